## BerAKHLAK 360° feedback results (/hasil360, the HR export, the summary for rating work behaviour)

hasil360-title = 📊 { $own ->
        [yes] Your BerAKHLAK 360° feedback results
       *[other] BerAKHLAK 360° feedback results of { $name }
    }, period { $period }.
    Peer and direct-report answers are anonymous and shown only when at least { $k } people answered. Scale: how often the behaviour was seen in the last 3 months, from 1 (never) to 5 (always).
hasil360-suppressed = { $category ->
        [peer] Peers
       *[other] Direct reports
    }: not shown (fewer than { $k } raters)
hasil360-nothing-shown = There are no results that can be shown yet.
hasil360-category = { $category ->
        [peer] Peers
       *[other] Direct reports
    } ({ $raters } raters): mean { $mean } of 5 · always { $l5 }, often { $l4 }, sometimes { $l3 }, rarely { $l2 }, never { $l1 }, cannot judge { $none }
hasil360-category-withheld = { $category ->
        [peer] Peers
       *[other] Direct reports
    } ({ $raters } raters): distribution and mean not shown because fewer than { $k } raters could judge every behaviour indicator ("cannot judge" answers: { $none })
hasil360-indicators = {"  "}per behaviour indicator: (1) { $i1 } · (2) { $i2 } · (3) { $i3 }
hasil360-comment = {"  "}💬 "{ $body }" ({ $category ->
        [peer] peer
       *[other] direct report
    })
hasil360-appraiser = Appraiser ({ $name }): { $rating ->
        [below] below expectation
        [meets] meets expectation
        [above] above expectation
       *[other] not rated
    }
hasil360-named-comment = {"  "}✍️ "{ $body }"
hasil360-self = Self-rating: { $score ->
        [1] never
        [2] rarely
        [3] sometimes
        [4] often
        [5] always
       *[other] cannot judge
    }
hasil360-overall = Overall comments
hasil360-appraiser-overall = ✍️ Appraiser ({ $name }): "{ $body }"
hasil360-self-overall = 🪞 Self-rating: "{ $body }"
hasil360-summary-category = {"  "}{ $category ->
        [peer] Peers
       *[other] Direct reports
    } ({ $raters } raters): { $withheld ->
        [yes] mean not shown (fewer than { $k } raters could judge every behaviour indicator)
       *[other] mean { $mean } of 5
    }
hasil360-summary-title = BerAKHLAK 360° feedback, period { $period } (input for you; the appraiser decides):

## Answers to /hasil360

hasil360-not-closed = The 360° feedback results for { $period } are available once the round has closed. Answers are due by { DATETIME($closes, day: "numeric", month: "long", year: "numeric") }.
hasil360-no-cycle = { $own ->
        [yes] No 360° feedback round has rated you
       *[other] No 360° feedback round has rated { $name }
    }{ $period ->
        [none] .
       *[other] {" "}in { $period }.
    }
hasil360-not-allowed = 360° feedback results can be seen only by the person rated and their appraiser. Nobody you appraise has that name or NIP.
hasil360-ambiguous = { $count } people you appraise have that name: { $names }. Type their NIP, for example /hasil360 { $nip }.
hasil360-chart-title = How often BerAKHLAK behaviour is seen: { $name }, { $period }
hasil360-chart-subtitle = Share of "often" or "always" among the answers that judged, per rater group shown
hasil360-chart-axis = Often or always (%)
hasil360-chart-group = { $category ->
        [peer] Peers
       *[other] Direct reports
    }
hasil360-chart-caption = Chart: share of "often" or "always" answers per BerAKHLAK value.

## Export for HR (npm run dika -- feedback-export)

hasil360-export-sheet = 360 results
hasil360-col-nip = NIP
hasil360-col-name = Name
hasil360-col-unit = Unit
hasil360-col-period = Period
hasil360-col-category = Rater group
hasil360-col-value = BerAKHLAK value
hasil360-col-raters = Raters
hasil360-col-l5 = Always
hasil360-col-l4 = Often
hasil360-col-l3 = Sometimes
hasil360-col-l2 = Rarely
hasil360-col-l1 = Never
hasil360-col-none = Cannot judge
hasil360-col-mean = Mean (1–5)
hasil360-col-note = Note
hasil360-export-category = { $category ->
        [peer] Peers
       *[other] Direct reports
    }
hasil360-export-suppressed = not shown (fewer than { $k } raters)
hasil360-export-withheld = distribution and mean not shown (fewer than { $k } raters could judge every behaviour indicator)
hasil360-cli-usage = Usage: npm run dika -- feedback-export <period, e.g. 2026-Q4> --out <file.csv|file.xlsx>
hasil360-cli-bad-period = Unknown period "{ $period }". Write e.g. 2026-Q4.
hasil360-cli-no-cycle = No closed 360° feedback round for { $period }.
hasil360-cli-open-skipped = The { $period } round for { $unit } has not closed yet (due { $closes }) and is not exported.
hasil360-cli-written = 360° feedback results for { $period }: { $ratees } people ({ $rows } aggregate rows) written to { $file }.
hasil360-cli-failed = The export file could not be written ({ $error }). No file was created.
