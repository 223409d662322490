//! A member's journal entry: a dated piece of free text that stays on their device.

use super::{Id, Keyed, TextError, required_text};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The longest entry accepted, in characters (a long page of writing).
pub const ENTRY_TEXT_MAX: usize = 20_000;

/// One entry in a member's private journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalEntry {
    /// Stable identity.
    pub id: Id,
    /// The day the entry is about (chosen by the member).
    #[serde(with = "super::iso_date::serde_iso")]
    pub date: NaiveDate,
    /// What the member wrote (trimmed).
    pub text: String,
}

/// Why an entry could not be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JournalError {
    /// The text was refused.
    Text(TextError),
}

impl JournalEntry {
    /// Creates an entry after validating its text.
    pub fn new(id: Id, date: NaiveDate, text: &str) -> Result<Self, JournalError> {
        let text = required_text(text, ENTRY_TEXT_MAX).map_err(JournalError::Text)?;
        Ok(JournalEntry { id, date, text })
    }

    /// The same entry with new text and date, validated.
    pub fn edited(&self, date: NaiveDate, text: &str) -> Result<Self, JournalError> {
        JournalEntry::new(self.id.clone(), date, text)
    }
}

impl Keyed for JournalEntry {
    fn id(&self) -> &Id {
        &self.id
    }
    fn with_id(&self, id: Id) -> Self {
        JournalEntry { id, ..self.clone() }
    }
}

/// Entries in the order the member reads them: newest date first; same day, newest id first.
pub fn sort_for_display(entries: &mut [JournalEntry]) {
    entries.sort_unstable_by(|a, b| b.date.cmp(&a.date).then_with(|| b.id.cmp(&a.id)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).expect("valid test date")
    }

    #[test]
    fn text_is_required() {
        assert_eq!(
            JournalEntry::new(Id::from_raw("e"), day(1), "\n "),
            Err(JournalError::Text(TextError::Empty))
        );
        let e = JournalEntry::new(Id::from_raw("e"), day(1), " امروز خوب بود ").expect("valid");
        assert_eq!(e.text, "امروز خوب بود");
    }

    #[test]
    fn edit_keeps_identity() {
        let e = JournalEntry::new(Id::from_raw("e"), day(1), "a").expect("valid");
        let e2 = e.edited(day(2), "b").expect("valid");
        assert_eq!(e2.id, e.id);
        assert_eq!((e2.date, e2.text.as_str()), (day(2), "b"));
    }

    #[test]
    fn newest_first() {
        let mut es = vec![
            JournalEntry::new(Id::from_raw("a"), day(1), "old").expect("valid"),
            JournalEntry::new(Id::from_raw("b"), day(5), "new").expect("valid"),
            JournalEntry::new(Id::from_raw("c"), day(5), "newer id").expect("valid"),
        ];
        sort_for_display(&mut es);
        let order: Vec<_> = es.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(order, ["newer id", "new", "old"]);
    }
}
