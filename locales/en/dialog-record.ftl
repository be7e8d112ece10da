## Performance dialogue record: agreement, follow-up, next review date
dialog-record-btn-held = ✅ Mark the dialogue with { $name } as held
dialog-record-btn-skip = Skip
dialog-record-ask-agreement = 📝 Record of the performance dialogue with { $name }. What was agreed? Type /batal to cancel.
dialog-record-ask-follow-up = What is the follow-up plan? Press Skip if there is none.
dialog-record-ask-next-review = When is the next review? Type the date, for example { $example }, or press Skip.
dialog-record-hint-text = Please write the answer as text, or type /batal.
dialog-record-hint-long = An answer can be at most { $max } characters (this one has { $length }). Please shorten it and send it again.
dialog-record-hint-date = That date was not recognised. Type day/month, for example { $example }, or press Skip.
dialog-record-hint-past = The next review must be after today. Type a date to come, for example { $example }.
dialog-record-hint-far = That date is more than a year away. Type a nearer date, for example { $example }.
dialog-record-saved =
    ✅ The performance dialogue with { $name } is recorded and they have been told.
    Agreement: { $agreement }
    Follow-up: { $followUp ->
        [none] –
       *[other] { $followUp }
    }
    Next review: { $next ->
        [none] not set
       *[other] { DATETIME($next, day: "numeric", month: "long", year: "numeric") }
    }
dialog-record-cancelled = All right, the dialogue record is cancelled. The dialogue request stays open.
dialog-record-closed = This dialogue request is no longer open (already recorded or withdrawn).
dialog-record-received =
    📝 { $from } recorded the performance dialogue with you.
    Agreement: { $agreement }
    Follow-up: { $followUp ->
        [none] –
       *[other] { $followUp }
    }
    Next review: { $next ->
        [none] not set
       *[other] { DATETIME($next, day: "numeric", month: "long", year: "numeric") }
    }
