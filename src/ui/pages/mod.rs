//! One file per screen.

mod counsellor;
mod member;
mod settings;
mod welcome;

pub use counsellor::CounsellorPage;
pub use member::MemberPage;
pub use settings::SettingsPage;
pub use welcome::WelcomePage;
