## Status and history
status-header = 📊 Your key results ({ $count }):
status-kr = { $index }. { $title }
    {"   "}Current: { $value ->
        [none] none yet
       *[other] { $value }
    } of target { $target }{ $progress ->
        [none] { "" }
       *[other] {" "}({ $progress }%)
    } · confidence { $confidence ->
        [none] –
       *[other] { $confidence }/10
    }
history-header = 🗂 Your latest check-ins:
history-line = • Week { $week } ({ DATETIME($start, day: "numeric", month: "short") }): { $updated } of { $total } key results updated{ $blockers ->
        [0] { "" }
       *[other] , { $blockers } blockers
    }{ $dialog ->
        [yes] , dialogue requested
       *[no] { "" }
    }{ $revised ->
        [yes] {" "}(revised)
       *[no] { "" }
    }
history-empty = You have not submitted a check-in yet. Type /checkin to start.
