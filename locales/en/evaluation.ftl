## Periodic (quarterly) performance evaluation: SKP evaluation table, ratings of results and behaviour, predikat
cmd-evaluasi = Quarterly evaluation of the people you appraise
evaluation-person =
    📝 Performance evaluation, quarter { $quarter ->
        [1] I
        [2] II
        [3] III
       *[4] IV
    } { $year } · person { $n } of { $total }: { $name }
evaluation-row-rhk = { $n }. Work result plan (RHK): { $rhk }{ $kind ->
        [main] { "" }
       *[additional] {" "}(additional)
    }
evaluation-row-indicator = {"   "}Indicator: { $indicator }
evaluation-row-figures = {"   "}Target: { $target } · Actual: { $realisasi } · Achievement: { $capaian ->
        [none] –
       *[other] { $capaian }%
    }{ $level ->
        [below] {" "}(below expectations)
        [meets] {" "}(meets expectations)
        [above] {" "}(above expectations)
       *[none] { "" }
    }
evaluation-row-no-report = {"   "}Target: { $target } · Actual: not reported this quarter (counted as below expectations)
evaluation-row-evidence = {"   "}Evidence: { $count ->
        [0] none yet
       *[other] { $count }
    }
evaluation-row-link = {"   "}📎 { $url }
evaluation-row-feedback = {"   "}💬 { $author }, { DATETIME($date, day: "numeric", month: "short", year: "numeric") }: { $body }
evaluation-general-feedback = 💬 Feedback on a report ({ $author }, { DATETIME($date, day: "numeric", month: "short", year: "numeric") }): { $body }
evaluation-no-indicators = No active indicators this quarter.
evaluation-suggestion = 💡 dika's suggested rating of work results: { $rating ->
        [below] Below expectations
        [meets] Meets expectations
        [above] Above expectations
       *[none] none (no achievement that can be rated yet)
    }
evaluation-suggestion-tally = Of { $counted } work results counted: { $above } above, { $meets } meeting, { $below } below expectations.
evaluation-suggestion-rule = { $rule ->
        [most-above] Most work results are above expectations and no main work result is below.
        [utama-below] Most work results are above expectations, but a main work result is below, so at most "meets".
        [most-below] Most work results are below expectations.
        [otherwise] Most work results meet expectations.
       *[nothing-to-rate] No achievement can be computed; please rate on the evidence.
    } Achievement below 100% of the quarter's target counts as below expectations, from 110% as above. The decision is yours.
evaluation-previous = Stored before: work results { $result ->
        [below] below expectations
        [meets] meets expectations
        [above] above expectations
       *[none] –
    }, work behaviour { $behaviour ->
        [below] below expectations
        [meets] meets expectations
        [above] above expectations
       *[none] –
    }, predikat { $predikat ->
        [sangat-baik] Sangat Baik (very good)
        [baik] Baik (good)
        [butuh-perbaikan] Butuh Perbaikan (needs improvement)
        [kurang] Kurang/Misconduct (poor)
       *[sangat-kurang] Sangat Kurang (very poor)
    }. A new choice replaces it.
evaluation-ask-result = How do you rate { $name }'s work results this quarter?
evaluation-ask-behaviour = { $name }'s work results: { $result ->
        [below] below expectations
        [meets] meets expectations
       *[above] above expectations
    }. How do you rate { $name }'s work behaviour (BerAKHLAK)?
evaluation-no-360 = No 360° behaviour feedback yet; please rate from your own observation.
evaluation-360-open = This quarter's 360° behaviour feedback runs until { DATETIME($closesOn, day: "numeric", month: "long", year: "numeric") }; its results can be seen once it closes. Please rate from your own observation, or come back after that date.
evaluation-btn-result-below = Results: below expectations
evaluation-btn-result-meets = Results: meet expectations
evaluation-btn-result-above = Results: above expectations
evaluation-btn-behaviour-below = Behaviour: below expectations
evaluation-btn-behaviour-meets = Behaviour: meets expectations
evaluation-btn-behaviour-above = Behaviour: above expectations
evaluation-btn-skip = Skip
evaluation-btn-stop = Finish
evaluation-hint-buttons = Please choose one of the buttons below, or type /batal to stop.
evaluation-rated = ✅ { $name }'s predikat: { $predikat ->
        [sangat-baik] Sangat Baik (very good)
        [baik] Baik (good)
        [butuh-perbaikan] Butuh Perbaikan (needs improvement)
        [kurang] Kurang/Misconduct (poor)
       *[sangat-kurang] Sangat Kurang (very poor)
    } (work results { $result ->
        [below] below expectations
        [meets] meet expectations
       *[above] above expectations
    }, work behaviour { $behaviour ->
        [below] below expectations
        [meets] meets expectations
       *[above] above expectations
    }). Saved.
evaluation-done = Evaluation of quarter { $quarter ->
        [1] I
        [2] II
        [3] III
       *[4] IV
    } { $year } done for now: { $rated } rated, { $skipped } skipped. Ratings can be changed with /evaluasi until the period is closed by the performance administrator.
evaluation-distribution = 📊 Predikat of the people you appraise ({ $total } of { $people } have a predikat):
evaluation-distribution-line = • { $predikat ->
        [sangat-baik] Sangat Baik (very good)
        [baik] Baik (good)
        [butuh-perbaikan] Butuh Perbaikan (needs improvement)
        [kurang] Kurang/Misconduct (poor)
       *[sangat-kurang] Sangat Kurang (very poor)
    }: { $count } ({ $percent }%)
evaluation-guideline = Compared with the distribution pattern of SE MenPANRB 3/2023 for an organisational result of "{ $row ->
        [istimewa] Istimewa (outstanding)
        [baik] Baik (good)
        [butuh-perbaikan] Butuh Perbaikan (needs improvement)
        [kurang] Kurang (poor)
       *[sangat-kurang] Sangat Kurang (very poor)
    }"{ $assumed ->
        [yes] {" "}(the organisation's result is not known yet, so the "Baik" pattern is used)
       *[no] { "" }
    }. The pattern is a guideline, not a limit.
evaluation-guideline-ok = ✔️ This distribution follows that pattern.
evaluation-warning-not-most = ⚠️ The pattern suggests most people rated { $group ->
        [sangat-baik] Sangat Baik
       *[baik] Baik
    }; now { $count } ({ $percent }%).
evaluation-warning-above-max = ⚠️ { $group ->
        [sangat-baik] Sangat Baik
       *[baik] Baik
    } { $limit ->
        [0] should be none
       *[other] should be at most { $limit }%
    }; now { $count } ({ $percent }%).
evaluation-warning-below-min = ⚠️ { $group ->
        [butuh-perbaikan] Butuh Perbaikan
        [kurang] Kurang/Misconduct
        [sangat-kurang] Sangat Kurang
       *[kurang_butuh-perbaikan] Kurang/Misconduct and/or Butuh Perbaikan
    } should be at least { $limit }%; now { $count } ({ $percent }%).
evaluation-warning-missing = ⚠️ The "Baik" pattern includes some people rated Butuh Perbaikan and/or Kurang/Misconduct; there are none now.
evaluation-closed-not-saved = { $name }'s rating was not saved: the performance administrator has closed this period. The evaluation has stopped.
evaluation-bad-period = Period "{ $typed }" not recognised. Write the quarter like /evaluasi 2026-TW4, or just /evaluasi for the quarter that just ended.
evaluation-not-appraiser = Only appraisers (pejabat penilai kinerja) can use /evaluasi.
evaluation-future-period = Quarter { $quarter ->
        [1] I
        [2] II
        [3] III
       *[4] IV
    } { $year } has not started yet, so it cannot be evaluated.
evaluation-period-closed = Quarter { $quarter ->
        [1] I
        [2] II
        [3] III
       *[4] IV
    } { $year } has been closed by the performance administrator; ratings can no longer be changed.
evaluation-cancelled = The evaluation has stopped. Ratings already saved stay; type /evaluasi to continue.
period-cli-usage =
    Usage: npm run dika -- period close <period> | period open <period>
    Write a quarter as 2026-Q4 (or 2026-TW4), a year as 2026. A closed period freezes its ratings: appraisers can no longer change them.
period-cli-closed = Period { $code } closed. Its ratings can no longer be changed; recorded in the audit log.
period-cli-opened = Period { $code } opened again. Appraisers can change ratings again; recorded in the audit log.
period-cli-unchanged = Period { $code } is already { $status ->
        [closed] closed
       *[open] open
    }; nothing changed.
evaluation-reminder = 📝 { $phase ->
        [after] Quarter { $quarter ->
            [1] I
            [2] II
            [3] III
           *[4] IV
        } { $year } has ended.
       *[last-week] Quarter { $quarter ->
            [1] I
            [2] II
            [3] III
           *[4] IV
        } { $year } ends this week.
    } { $pending ->
        [one] { $pending } person you appraise has
       *[other] { $pending } people you appraise have
    } no predikat yet. Type /evaluasi { $code } to rate their work results and behaviour.
evaluation-no-longer-yours = { $name }'s rating was not saved: according to the latest HR data you are no longer their appraiser. The evaluation has stopped; type /evaluasi to start again with the current list.
