## Continuous feedback (/umpanbalik): any time, to colleagues in one's own and neighbouring units
cmd-umpanbalik = Give BerAKHLAK feedback to a colleague
cf-value = { $value ->
        [berorientasi-pelayanan] { berakhlak-berorientasi-pelayanan }
        [akuntabel] { berakhlak-akuntabel }
        [kompeten] { berakhlak-kompeten }
        [harmonis] { berakhlak-harmonis }
        [loyal] { berakhlak-loyal }
        [adaptif] { berakhlak-adaptif }
       *[kolaboratif] { berakhlak-kolaboratif }
    }
cf-ask-name = 💬 Continuous feedback. Who would you like to give feedback to? Type part of their name. You can choose colleagues in your unit and neighbouring units, your supervisor or your direct reports.
cf-hint-short = Please type at least { $min } letters of the name you are looking for.
cf-not-found = "{ $query }" was not found in your unit or the units around it.
cf-self = You cannot give feedback to yourself.
cf-pick = Choose who receives your feedback, or type another name.{ $more ->
        [yes] { " " }More than { $max } names match; type more of the name if the person is not listed.
       *[other] {""}
    }
cf-btn-colleague = { $name }{ $unit ->
        [none] {""}
       *[other] { " " }({ $unit })
    }
cf-ask-values = Which BerAKHLAK values does your feedback for { $name } concern? Choose one or more, then press "Next".
cf-ask-values-none = Please choose at least one BerAKHLAK value for { $name }, then press "Next".
cf-btn-value = { $selected ->
        [yes] ✅
       *[other] ▫️
    } { cf-value }
cf-btn-next = Next ➡️
cf-ask-kind = Is your feedback for { $name } appreciation or a suggestion?
cf-btn-appreciation = 👏 Appreciation
cf-btn-suggestion = 💡 Suggestion
cf-ask-text = ✍️ Write your { $kind ->
        [appreciation] appreciation
       *[other] suggestion
    } for { $name } (at most { $max } characters).
cf-anonymous-note = 🔒 Your feedback is sent without your name; the recipient receives it in a bundle together with other feedback. If you wish, you can choose "Send with my name" on the summary.
cf-named-note = 👤 You are { $relation ->
        [appraiser] the performance appraiser
       *[other] the direct supervisor
    } of { $name }, so your feedback is always sent with your name.
cf-hint-text = Please write your feedback for { $name } as text, or type /batal.
cf-hint-long = Feedback can be at most { $max } characters (you wrote { $length }). Please shorten it and send it again.
cf-summary =
    📝 Summary of your feedback for { $name }
    Kind: { $kind ->
        [appreciation] appreciation
       *[other] suggestion
    }
    Sender: { $named ->
        [yes] with your name
       *[other] without your name
    }
    "{ $body }"
    BerAKHLAK values:
cf-value-line = {"   "}• { cf-value }
cf-btn-send = ✅ Send
cf-btn-send-anonymous = ✅ Send without my name
cf-btn-send-named = 👤 Send with my name
cf-btn-cancel = Cancel
cf-sent = ✅ Thank you. Your feedback for { $name } is saved { $named ->
        [yes] and will be delivered with your name in the next bundle (at 16.00 on working days).
       *[other] without your name. The recipient receives it in a bundle together with other feedback, within about a week at the latest.
    }
cf-cancelled = Done, the feedback is cancelled. Nothing was saved.
cf-gone = Sorry, this person is no longer in your unit or the units around it. The feedback was not saved; type /umpanbalik to start again.
cf-changed = Sorry, your working relationship with this person changed since you started writing, and with it whether your name is shown. The feedback was not saved; type /umpanbalik to start again.
cf-bundle = 💬 Continuous feedback for you ({ $count } { $count ->
        [one] item
       *[other] items
    }). The order is random; feedback without a name does not say who sent it.
cf-bundle-item =
    {""}
    { $index }. { $kind ->
        [appreciation] 👏 Appreciation
       *[other] 💡 Suggestion
    }{ $from ->
        [none] {""}
       *[other] { " " }from { $from }
    }
cf-bundle-body = {"   "}"{ $body }"
