//! The app's screens and their addresses (`#/…`): route strings live only here.

use crate::domain::survey::Moment;
use crate::domain::{Id, Role};
use crate::storage::sealed::Space;

/// A printable view of a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintView {
    /// One session's handout (index, 0-based).
    Session(usize),
    /// The whole plan.
    Plan,
    /// The attendance sheet.
    Attendance,
    /// Paper survey forms, one per member code.
    Surveys,
    /// A slip for each member with their code and how to join (#15).
    Slips,
    /// The parents' letters with permission slips and the students' assent forms (#16).
    Consent,
}

/// A screen of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// First run (role not chosen) or the chosen space.
    Home,
    /// The counsellor's groups.
    Counsellor,
    /// The school year at a glance (#18).
    Year,
    /// The member's journal.
    Member,
    /// Settings.
    Settings,
    /// The counsellor's guide.
    Guide,
    /// One group: plan, schedule, members, attendance.
    Group(Id),
    /// One session's planner (index, 0-based).
    Session(Id, usize),
    /// A print view.
    Print(Id, PrintView),
    /// The exercise library.
    Library,
    /// One exercise.
    Exercise(Id),
    /// Editing one of the counsellor's own exercises.
    EditExercise(Id),
    /// Editing one of the counsellor's own surveys (#18).
    EditSurvey(Id),
    /// The member's surveys and their history.
    Surveys,
    /// Taking one survey.
    TakeSurvey(Id),
    /// The member's goals.
    Goals,
    /// A printable part of the member's journal (a date range they choose).
    PrintJournal,
    /// Encrypted backups: save and bring back.
    Backup,
    /// Each space's at-rest lock.
    Lock,
    /// A group's kit for members (file, link, QR code).
    Kit(Id),
    /// A group's results: share-backs, paper forms, the pre/post report.
    Report(Id),
    /// Joining a group from a kit link's payload.
    Join(String),
    /// Joining a group from a kit file.
    JoinFile,
    /// Sharing back with a joined group's counsellor.
    Share(Id),
    /// Taking a survey a joined group asked for (survey, group, moment).
    TakeSurveyFor(Id, Id, Moment),
    /// A joined group's exit ticket for a session (group, 1-based session; #18).
    ExitTicket(Id, u16),
    /// Help now: people, the safety plan, calm-down tools, the lines (#16). Reachable with
    /// every space locked.
    Help,
    /// The member's safety plan.
    SafetyPlan,
    /// Calm-down tools: box breathing, 5-4-3-2-1 grounding.
    Calm,
}

impl Route {
    /// The hash this screen lives at.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Counsellor => "#/counsellor".into(),
            Route::Year => "#/counsellor/year".into(),
            Route::Member => "#/member".into(),
            Route::Settings => "#/settings".into(),
            Route::Guide => "#/guide".into(),
            Route::Group(id) => format!("#/group/{id}"),
            Route::Session(id, n) => format!("#/group/{id}/session/{}", n + 1),
            Route::Print(id, PrintView::Session(n)) => {
                format!("#/group/{id}/print/session/{}", n + 1)
            }
            Route::Print(id, PrintView::Plan) => format!("#/group/{id}/print/plan"),
            Route::Print(id, PrintView::Attendance) => format!("#/group/{id}/print/attendance"),
            Route::Print(id, PrintView::Surveys) => format!("#/group/{id}/print/surveys"),
            Route::Print(id, PrintView::Slips) => format!("#/group/{id}/print/slips"),
            Route::Print(id, PrintView::Consent) => format!("#/group/{id}/print/consent"),
            Route::Library => "#/library".into(),
            Route::Exercise(id) => format!("#/library/{id}"),
            Route::EditExercise(id) => format!("#/library/{id}/edit"),
            Route::EditSurvey(id) => format!("#/library/surveys/{id}"),
            Route::Surveys => "#/member/surveys".into(),
            Route::TakeSurvey(id) => format!("#/member/surveys/{id}"),
            Route::Goals => "#/member/goals".into(),
            Route::PrintJournal => "#/member/print".into(),
            Route::Backup => "#/settings/backup".into(),
            Route::Lock => "#/settings/lock".into(),
            Route::Kit(id) => format!("#/group/{id}/kit"),
            Route::Report(id) => format!("#/group/{id}/report"),
            Route::Join(payload) => format!("#/join/{payload}"),
            Route::JoinFile => "#/join".into(),
            Route::Share(id) => format!("#/member/share/{id}"),
            Route::TakeSurveyFor(s, g, m) => {
                format!("#/member/surveys/{s}/{g}/{}", m.slug())
            }
            Route::ExitTicket(g, n) => format!("#/member/exit/{g}/{n}"),
            Route::Help => "#/help".into(),
            Route::SafetyPlan => "#/help/plan".into(),
            Route::Calm => "#/help/calm".into(),
        }
    }

    /// The space whose data this screen shows (`Home` shows the chosen space's).
    pub fn space(&self, role: Option<Role>) -> Option<Space> {
        match self {
            Route::Home => match role? {
                Role::Counsellor => Some(Space::Counsellor),
                Role::Member => Some(Space::Member),
            },
            Route::Counsellor
            | Route::Year
            | Route::Group(_)
            | Route::Session(..)
            | Route::Print(..)
            | Route::Library
            | Route::Exercise(_)
            | Route::EditExercise(_)
            | Route::EditSurvey(_)
            | Route::Kit(_)
            | Route::Report(_) => Some(Space::Counsellor),
            Route::Member
            | Route::Surveys
            | Route::TakeSurvey(_)
            | Route::Goals
            | Route::PrintJournal
            | Route::Join(_)
            | Route::JoinFile
            | Route::Share(_)
            | Route::TakeSurveyFor(..)
            | Route::ExitTicket(..)
            | Route::SafetyPlan => Some(Space::Member),
            Route::Settings
            | Route::Guide
            | Route::Backup
            | Route::Lock
            | Route::Help
            | Route::Calm => None,
        }
    }

    /// The screen for a location hash; unknown hashes go home.
    pub fn from_hash(hash: &str) -> Route {
        let parts: Vec<&str> = hash
            .trim_start_matches('#')
            .split('/')
            .filter(|p| !p.is_empty())
            .collect();
        let session = |n: &str| n.parse::<usize>().ok().filter(|n| *n > 0).map(|n| n - 1);
        match parts.as_slice() {
            ["counsellor"] => Route::Counsellor,
            ["counsellor", "year"] => Route::Year,
            ["member"] => Route::Member,
            ["member", "surveys"] => Route::Surveys,
            ["member", "goals"] => Route::Goals,
            ["member", "print"] => Route::PrintJournal,
            ["member", "surveys", id] => Route::TakeSurvey(Id::from_raw(*id)),
            ["settings"] => Route::Settings,
            ["settings", "backup"] => Route::Backup,
            ["settings", "lock"] => Route::Lock,
            ["join"] => Route::JoinFile,
            ["join", payload] => Route::Join((*payload).to_owned()),
            ["member", "share", id] => Route::Share(Id::from_raw(*id)),
            ["member", "surveys", s, g, m] => match Moment::from_slug(m) {
                Some(m) => Route::TakeSurveyFor(Id::from_raw(*s), Id::from_raw(*g), m),
                None => Route::Surveys,
            },
            ["member", "exit", g, n] => match n.parse::<u16>() {
                Ok(n) if n > 0 => Route::ExitTicket(Id::from_raw(*g), n),
                _ => Route::Member,
            },
            ["group", id, "kit"] => Route::Kit(Id::from_raw(*id)),
            ["group", id, "report"] => Route::Report(Id::from_raw(*id)),
            ["group", id, "print", "surveys"] => {
                Route::Print(Id::from_raw(*id), PrintView::Surveys)
            }
            ["group", id, "print", "slips"] => Route::Print(Id::from_raw(*id), PrintView::Slips),
            ["group", id, "print", "consent"] => {
                Route::Print(Id::from_raw(*id), PrintView::Consent)
            }
            ["guide"] => Route::Guide,
            ["help"] => Route::Help,
            ["help", "plan"] => Route::SafetyPlan,
            ["help", "calm"] => Route::Calm,
            ["library"] => Route::Library,
            ["library", id] => Route::Exercise(Id::from_raw(*id)),
            ["library", "surveys", id] => Route::EditSurvey(Id::from_raw(*id)),
            ["library", id, "edit"] => Route::EditExercise(Id::from_raw(*id)),
            ["group", id] => Route::Group(Id::from_raw(*id)),
            ["group", id, "session", n] => match session(n) {
                Some(n) => Route::Session(Id::from_raw(*id), n),
                None => Route::Group(Id::from_raw(*id)),
            },
            ["group", id, "print", "plan"] => Route::Print(Id::from_raw(*id), PrintView::Plan),
            ["group", id, "print", "attendance"] => {
                Route::Print(Id::from_raw(*id), PrintView::Attendance)
            }
            ["group", id, "print", "session", n] => match session(n) {
                Some(n) => Route::Print(Id::from_raw(*id), PrintView::Session(n)),
                None => Route::Group(Id::from_raw(*id)),
            },
            _ => Route::Home,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_path() {
        let g = Id::from_raw("abc123");
        for r in [
            Route::Home,
            Route::Counsellor,
            Route::Year,
            Route::Member,
            Route::Settings,
            Route::Guide,
            Route::Group(g.clone()),
            Route::Session(g.clone(), 0),
            Route::Session(g.clone(), 7),
            Route::Print(g.clone(), PrintView::Session(2)),
            Route::Print(g.clone(), PrintView::Plan),
            Route::Print(g.clone(), PrintView::Attendance),
            Route::Library,
            Route::Exercise(Id::from_raw("feelings-wheel")),
            Route::EditExercise(g.clone()),
            Route::EditSurvey(g.clone()),
            Route::Surveys,
            Route::TakeSurvey(Id::from_raw("who5")),
            Route::Goals,
            Route::PrintJournal,
            Route::Backup,
            Route::Lock,
            Route::Kit(g.clone()),
            Route::Report(g.clone()),
            Route::Print(g.clone(), PrintView::Surveys),
            Route::Print(g.clone(), PrintView::Slips),
            Route::Print(g.clone(), PrintView::Consent),
            Route::Join("eJzLSM3JyQcABiwCFQ".into()),
            Route::JoinFile,
            Route::Share(g.clone()),
            Route::TakeSurveyFor(Id::from_raw("who5"), g.clone(), Moment::Post),
            Route::ExitTicket(g.clone(), 3),
            Route::Help,
            Route::SafetyPlan,
            Route::Calm,
        ] {
            assert_eq!(Route::from_hash(&r.path()), r);
        }
        assert_eq!(Route::from_hash("#/nowhere"), Route::Home);
        assert_eq!(Route::from_hash(""), Route::Home);
        assert_eq!(
            Route::from_hash("#/group/x/session/0"),
            Route::Group(Id::from_raw("x"))
        );
    }
}
