## BerAKHLAK 360° feedback: invitations, questionnaire, admin commands

fb360-invite =
    📝 BerAKHLAK 360° feedback: you are asked to fill in a questionnaire for { $count } people by { DATETIME($closes, day: "numeric", month: "long", year: "numeric") }.
fb360-remind =
    ⏰ Reminder: 360° feedback questionnaires for { $count } people are not sent yet. The deadline is { DATETIME($closes, day: "numeric", month: "long", year: "numeric") }.
fb360-list =
    📝 360° feedback questionnaires you have not sent yet ({ $count }), due by { DATETIME($closes, day: "numeric", month: "long", year: "numeric") }:
fb360-invite-ratee = • { $name } ({ $relation ->
        [appraiser] you are the appraiser
        [subordinate] your direct supervisor
        [self] self-assessment
       *[other] colleague
    })
fb360-invite-choose = Choose a name to start.
fb360-invite-anonymous = 🔒 Your answers are anonymous; colleagues' results are shown only when at least { $k } people answered.
fb360-invite-named = ✍️ Your rating as appraiser is recorded under your name.
fb360-btn-ratee = { $relation ->
        [self] Self-assessment
       *[other] { $name }
    }

fb360-intro = { $relation ->
        [appraiser] ✍️ BerAKHLAK questionnaire for { $name }. Your rating as appraiser is recorded under your name.
        [self] 🪞 BerAKHLAK self-assessment. Your answers are recorded as your self-assessment.
        [subordinate] 🔒 BerAKHLAK questionnaire for { $name }. Your answers are anonymous; subordinates' results are shown only when at least { $k } people answered.
       *[other] 🔒 BerAKHLAK questionnaire for { $name }. Your answers are anonymous; colleagues' results are shown only when at least { $k } people answered.
    } You can change your answers until you send them.
fb360-value-head = Value { $n } of { $total }
fb360-indicator = Behaviour indicator { $i } of { $total }:
fb360-item-question = { $relation ->
        [self] How often did you show this behaviour in the last 3 months?
       *[other] How often did you see { $name } show this behaviour in the last 3 months?
    }
fb360-current-score = Current answer: { $score ->
        [1] never
        [2] rarely
        [3] sometimes
        [4] often
        [5] always
       *[other] cannot judge
    }
fb360-rating-indicators = Behaviour indicators:
fb360-expectation = Leader's specific expectation: { $text }
fb360-expectation-none = Leader's specific expectation: none set for this value.
fb360-rating-question = How does { $name }'s work behaviour on this value compare with expectations?
fb360-current-rating = Current rating: { $rating ->
        [below] below expectations
        [above] above expectations
       *[other] meets expectations
    }
fb360-comment-ask = A comment on this value (optional, at most { $max } characters). Type it or choose Skip.
fb360-overall-ask = An overall comment for { $name } (optional, at most { $max } characters). Type it or choose Skip.
fb360-current-comment = Current comment: { $text }
fb360-comment-written = You already wrote a comment on this value. Type a new one to replace it.
fb360-btn-back = ⬅️ Back
fb360-btn-skip = Skip
fb360-btn-keep = Keep as is
fb360-btn-clear = Remove comment
fb360-btn-send = ✅ Send
fb360-btn-edit-overall = Overall comment
fb360-summary = { $relation ->
        [self] Summary of your self-assessment:
       *[other] Summary of your answers for { $name }:
    }
fb360-summary-scores = {"   "}{ $a ->
        [1] never
        [2] rarely
        [3] sometimes
        [4] often
        [5] always
        [0] cannot judge
       *[other] –
    } · { $b ->
        [1] never
        [2] rarely
        [3] sometimes
        [4] often
        [5] always
        [0] cannot judge
       *[other] –
    } · { $c ->
        [1] never
        [2] rarely
        [3] sometimes
        [4] often
        [5] always
        [0] cannot judge
       *[other] –
    }
fb360-summary-rating = {"   "}{ $rating ->
        [below] below expectations
        [meets] meets expectations
        [above] above expectations
       *[other] –
    }
fb360-summary-comment = {"   "}💬 { $text }
fb360-summary-overall = Overall comment: { $text }
fb360-summary-overall-none = Overall comment: –
fb360-summary-overall-written = Overall comment: written
fb360-summary-answered = {"   "}{ $answered } of { $total } behaviours answered
fb360-summary-commented = {"   "}💬 comment written
fb360-summary-hint =
    Check your answers, then choose Send. To change one, choose the value's name.
    For anonymity, your answers are not repeated in messages.
fb360-incomplete = Some questions are still unanswered. Please complete them first.
fb360-submitted = { $relation ->
        [self] ✅ Your self-assessment was sent. Thank you.
       *[other] ✅ The questionnaire for { $name } was sent. Thank you.
    }
fb360-not-saved = The questionnaire for { $name } was not saved: it was already sent or the feedback cycle has closed.
fb360-hint-buttons = Please choose one of the buttons below.
fb360-hint-long = The comment is too long ({ $length } characters); at most { $max }.
fb360-finish-open-first = You are still filling in the questionnaire for { $name }. Finish and send it first, or type /batal to cancel it.
fb360-nothing-asked = There is no 360° feedback questionnaire for you to fill in right now.
fb360-cancelled = Questionnaire cancelled; the unsent answers were deleted.
fb360-not-allowed = You cannot use this button.

## Admin commands: npm run dika -- feedback …

fb360-cli-usage =
    Usage:
      feedback open <period> [--unit <unit path>] [--close-at <yyyy-mm-dd>] [--peers 4] [--max-peer-requests 6] [--self] [--k 3]
      feedback status [<period>]
      feedback close <period> [--unit <unit path>]
fb360-cli-opened = 360° feedback cycle { $period } ({ $unit ->
        [all] all units
       *[other] { $unit }
    }) open until { $closes }: { $ratees } employees rated, { $raters } raters invited, { $assignments } assignments.
fb360-cli-already-open = The 360° feedback cycle { $period } ({ $unit ->
        [all] all units
       *[other] { $unit }
    }) was already opened (status: { $status }). Not opened again.
fb360-cli-overlap = The 360° feedback cycle { $period } is already open for { $unit ->
        [all] all units
       *[other] { $unit }
    }, which covers some of the same people. Close it first or choose another unit.
fb360-cli-k-too-low = The minimum number of raters (--k) is at least { $min }.
fb360-cli-unit-not-found = Unit "{ $path }" not found.
fb360-cli-bad-period = Unknown period "{ $period }". Write it like 2026-Q4.
fb360-cli-bad-close-date = The close date (--close-at) must be yyyy-mm-dd and not before today.
fb360-cli-no-cycle = There is no 360° feedback cycle { $period }.
fb360-cli-cycle = { $period } · { $unit ->
        [all] all units
       *[other] { $unit }
    } · { $status ->
        [open] open
       *[other] closed
    } · due { $closes } · at least { $k } raters per group
fb360-cli-count = {"  "}{ $relation ->
        [appraiser] appraiser
        [peer] colleagues
        [subordinate] subordinates
       *[other] self
    }: { $submitted } of { $asked } answered
fb360-cli-already-closed = The 360° feedback cycle { $period } is already closed.
fb360-cli-closed = 360° feedback cycle { $period } ({ $unit ->
        [all] all units
       *[other] { $unit }
    }) closed; { $drafts } unsent drafts deleted.

## /rekan: proposing or declining a peer rater

fb360-peer-no-cycle = There is no 360° feedback cycle rating you at the moment.
fb360-peer-list =
    Colleagues asked to rate you: { $names }.
    To propose or decline a colleague, type:
    /rekan usul <name> <reason>
    /rekan tolak <name> <reason>
    Your appraiser reads the reason and decides.
fb360-peer-usage =
    Type /rekan usul <name> <reason> or /rekan tolak <name> <reason>, for example:
    /rekan usul Dodi Pratama often works with me on the budget team
fb360-peer-no-reason = Please write the reason after the name; your appraiser will read it.
fb360-peer-unknown = "{ $typed }" is not among the colleagues you can choose. Type /rekan to see them.
fb360-peer-no-appraiser = You have no appraiser on record, so the request cannot be passed on.
fb360-peer-sent = { $kind ->
        [propose] Your proposal that { $name } rates you
       *[other] Your request that { $name } does not rate you
    } was passed to your appraiser to decide.
fb360-review = Requested changes of peer raters (360° feedback):
fb360-review-line = • { $kind ->
        [propose] { $ratee } proposes { $rater } as a peer rater
       *[other] { $ratee } asks that { $rater } not be a peer rater
    }. Reason: { $reason }
fb360-btn-review-yes = ✅ Agree: { $kind ->
        [propose] { $rater } rates { $ratee }
       *[other] { $rater } does not rate { $ratee }
    }
fb360-btn-review-no = ❌ Refuse
fb360-review-gone = This request is no longer valid.
fb360-review-done = { $accept ->
        [yes] Agreed
       *[other] Refused
    }: { $kind ->
        [propose] { $rater } proposed as peer rater of { $ratee }.
       *[other] the request that { $rater } not rate { $ratee }.
    }
cmd-360 = Give the 360° behaviour feedback you were asked for
cmd-hasil360 = See the results of your 360° behaviour feedback
