//! The pure model of Hamdel: groups, journal entries and their rules.
//!
//! Architecture invariant: nothing here does I/O, reads a clock, draws random numbers or holds
//! user-facing text. Time and identifiers arrive as arguments; errors are enums that the i18n
//! layer turns into words.

pub mod backup;
pub mod csv;
pub mod dates;
pub mod exercise;
pub mod exit;
pub mod goal;
pub mod group;
pub mod ics;
pub mod id;
pub mod iso_date;
pub mod journal;
pub mod kit;
pub mod member;
mod merge;
pub mod outcome;
pub mod overview;
pub mod prefs;
pub mod safety;
pub mod schedule;
pub mod search;
pub mod session;
pub mod survey;
pub mod template;
pub mod year;

pub use group::{Focus, Group, GroupError, PlanField, PlanIssue, Purpose};
pub use id::Id;
pub use journal::{JournalEntry, JournalError, Revision};
pub use prefs::{Calendar, Locale, Role, Settings, Theme};

/// The one table of collections: each kind of record stored as a collection of its own, with
/// its field name, type, key segment (`hamdel/<name>/…`), space and the name of the change
/// another tab reports. Every place that handles each collection expands it through a local
/// macro, `collections!(local)`: here the backup document, `Records` and `ImportPlan`; in
/// hamdel-storage the workspace (create, load, clear, pending, retry, storage events, the
/// scratch store, import, plain export). Adding a collection is one line here; the compiler
/// then asks for the rest (its `Workspace` field, its `Changed` variant, and `Keyed` and
/// `Record` for its type).
#[macro_export]
macro_rules! collections {
    ($then:ident) => {
        $then! {
            groups: $crate::Group, "groups", Counsellor, Groups;
            exercises: $crate::exercise::Exercise, "exercises", Counsellor, Exercises;
            surveys: $crate::survey::Survey, "surveys", Counsellor, Surveys;
            outcomes: $crate::outcome::Results, "outcomes", Counsellor, Outcomes;
            journal: $crate::JournalEntry, "journal", Member, Journal;
            attempts: $crate::survey::Attempt, "attempts", Member, Attempts;
            goals: $crate::goal::Goal, "goals", Member, Goals;
            kits: $crate::kit::JoinedKit, "kits", Member, Kits;
            plans: $crate::safety::SafetyPlan, "plans", Member, Plans;
        }
    };
}

/// A domain value that has a stable identity, so storage can keep it as a record of its own.
pub trait Keyed: Clone {
    /// The record's identity; never changes once created.
    fn id(&self) -> &Id;
    /// The same value under another identity (used to keep both sides of an edit conflict).
    fn with_id(&self, id: Id) -> Self;
    /// `mine` and `theirs` (two windows' versions of the record, both changed from `base`)
    /// as one record, when they can be merged without losing either side's change; `None`
    /// (the default) keeps both versions, `theirs` under a conflict copy's id.
    fn merge(_base: &Self, _mine: &Self, _theirs: &Self) -> Option<Self> {
        None
    }
}

/// Trims surrounding white space and checks a required, bounded text field.
pub(crate) fn required_text(raw: &str, max_chars: usize) -> Result<String, TextError> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(TextError::Empty);
    }
    let chars = trimmed.chars().count();
    if chars > max_chars {
        return Err(TextError::TooLong {
            max: max_chars,
            actual: chars,
        });
    }
    Ok(trimmed.to_owned())
}

/// Why a required text field was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextError {
    /// Nothing but white space.
    Empty,
    /// Longer than the field allows.
    TooLong {
        /// The most characters allowed.
        max: usize,
        /// How many were given.
        actual: usize,
    },
}

impl std::fmt::Display for TextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TextError::Empty => f.write_str("empty"),
            TextError::TooLong { max, actual } => {
                write!(f, "{actual} characters, more than {max}")
            }
        }
    }
}

impl std::error::Error for TextError {}
