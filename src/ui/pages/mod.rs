//! One file per screen.

mod consent;
mod counsellor;
mod goals;
mod group;
mod guide;
mod join;
mod journal_print;
mod kits;
mod library;
mod member;
mod overview;
mod print;
mod safety;
mod security;
mod session;
mod settings;
mod surveys;
mod welcome;
mod year;

pub use counsellor::CounsellorPage;
pub use goals::GoalsPage;
pub use group::GroupPage;
pub use guide::GuidePage;
pub use join::{JoinPage, KitCards, SharePage};
pub use journal_print::JournalPrintPage;
pub use kits::{KitPage, ReportPage};
pub use library::{EditExercisePage, ExercisePage, LibraryPage};
pub use member::MemberPage;
pub use print::PrintPage;
pub use safety::{CalmPage, HelpPage, SafetyPlanPage};
pub use security::{BackupPage, LockPage, UnlockScreen};
pub use session::SessionPage;
pub use settings::SettingsPage;
pub use surveys::{SurveysPage, TakeSurveyPage};
pub use welcome::WelcomePage;
pub use year::YearPage;
