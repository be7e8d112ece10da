## Slack: App Home (what waits for the person, a supervisor's team) and the check-in form's pages
slack-home-form = Fill in the form
slack-home-waiting = Waiting for you
slack-home-continuous-draft = ✍️ Your feedback for a colleague has not been sent yet. Type /umpanbalik to continue it.
slack-home-more = • … and { $count } more. Type { $command } to see them all.
slack-home-team-title = Your team
slack-home-team-week = Week of { checkin-week }:
slack-home-team-attention = { $count ->
        [0] ⚠️ Needs attention: nobody.
       *[other] ⚠️ Needs attention: { $count } { $count ->
            [one] employee
           *[other] employees
        }.
    }
slack-home-team-rekap = Full summary
slack-form-next = Next
slack-form-back = Back
slack-form-page = Page { $page } of { $pages }. This page's answers are checked and kept when you press Next; the report is sent with Send on the last page.
slack-form-stale = The answers of the earlier pages are no longer kept: this form was opened again elsewhere, the week has changed, or your indicators changed. Please type /checkin to open a new form.
