## Status and history
status-header = 📊 Your indicators ({ $count }):
status-kr = { $index }. { $title }
    {"   "}{ checkin-figures } · confidence { $confidence ->
        [none] –
       *[other] { $confidence }/10
    }
status-kr-unreported = { $index }. { $title }
    {"   "}Target: { $target } · no result reported yet
history-header = 🗂 Your latest progress reports:
history-line = • Week of { checkin-week }: { $updated } of { $total ->
        [one] one indicator
       *[other] { $total } indicators
    } updated{ $blockers ->
        [0] { "" }
        [one] , one blocker
       *[other] , { $blockers } blockers
    }{ $dialog ->
        [yes] , performance dialogue requested
       *[no] { "" }
    }{ $revised ->
        [yes] {" "}(changed)
       *[no] { "" }
    }{ $support ->
        [none] { "" }
       *[other] {"\u000A"}{"   "}Support needed: { $support }
    }
history-empty = You have not submitted a progress report yet. Type /checkin to start.
