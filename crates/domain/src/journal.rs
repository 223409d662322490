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
    /// Mood on the 5-point scale (1 = very low … 5 = very good), if given.
    #[serde(default)]
    pub mood: Option<u8>,
    /// Feelings tags (starter set and the member's own).
    #[serde(default)]
    pub tags: Vec<String>,
    /// Whether the between-sessions task was done, if it applies.
    #[serde(default)]
    pub task_done: Option<bool>,
    /// The prompt the member wrote to, if any.
    #[serde(default)]
    pub prompt: Option<String>,
}

/// Why an entry could not be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JournalError {
    /// The text was refused.
    Text(TextError),
    /// The date is outside the accepted range (H1: a year such as 20266).
    Date(super::dates::DateProblem),
}

impl std::fmt::Display for JournalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JournalError::Text(e) => write!(f, "entry text: {e}"),
            JournalError::Date(e) => write!(f, "entry date: {e}"),
        }
    }
}

impl std::error::Error for JournalError {}

impl JournalEntry {
    /// Creates an entry after validating its text.
    pub fn new(id: Id, date: NaiveDate, text: &str) -> Result<Self, JournalError> {
        super::dates::check(date).map_err(JournalError::Date)?;
        let text = required_text(text, ENTRY_TEXT_MAX).map_err(JournalError::Text)?;
        Ok(JournalEntry {
            id,
            date,
            text,
            mood: None,
            tags: Vec::new(),
            task_done: None,
            prompt: None,
        })
    }

    /// The same entry with new text and date, validated (mood, tags and the rest kept).
    pub fn edited(&self, date: NaiveDate, text: &str) -> Result<Self, JournalError> {
        super::dates::check(date).map_err(JournalError::Date)?;
        let text = required_text(text, ENTRY_TEXT_MAX).map_err(JournalError::Text)?;
        Ok(JournalEntry {
            date,
            text,
            ..self.clone()
        })
    }

    /// This entry edited from an editor opened on `base`, as stored now (`self`). If another
    /// window changed the entry since the editor opened, both are kept (review #10): the edit
    /// takes the entry, and the other window's version comes back as a copy under `copy_id`.
    pub fn edited_from(
        &self,
        base: &JournalEntry,
        date: NaiveDate,
        text: &str,
        copy_id: Id,
    ) -> Result<(JournalEntry, Option<JournalEntry>), JournalError> {
        let edited = self.edited(date, text)?;
        let changed_elsewhere = self != base && *self != edited;
        Ok((edited, changed_elsewhere.then(|| self.with_id(copy_id))))
    }

    /// With a mood (clamped to 1–5) and tags (trimmed, empty and repeated ones dropped).
    pub fn with_feelings(mut self, mood: Option<u8>, tags: &[String]) -> Self {
        self.mood = mood.map(|m| m.clamp(1, 5));
        self.tags = Vec::new();
        for t in tags.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
            if !self.tags.iter().any(|x| x == t) {
                self.tags.push(t.to_owned());
            }
        }
        self
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

/// The search index of the entries' texts (same order).
pub fn search_index(entries: &[JournalEntry]) -> super::search::SearchIndex {
    super::search::SearchIndex::new(entries.iter().map(|e| e.text.as_str()))
}

/// What the journal list is narrowed to; `None` or empty means any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JournalFilter {
    /// On or after this day.
    pub from: Option<NaiveDate>,
    /// On or before this day.
    pub to: Option<NaiveDate>,
    /// Has this tag.
    pub tag: Option<String>,
    /// Has this mood.
    pub mood: Option<u8>,
    /// Contains these words (Persian spelling variants treated alike).
    pub text: String,
}

impl JournalFilter {
    /// The entries that pass, in the order given (builds a search index: for one-off use).
    pub fn apply<'a>(&self, entries: &'a [JournalEntry]) -> Vec<&'a JournalEntry> {
        self.apply_indexed(entries, &search_index(entries))
    }

    /// The entries that pass, using `index` built by [`search_index`] from the same entries —
    /// so typing in the search field normalises nothing but the query.
    pub fn apply_indexed<'a>(
        &self,
        entries: &'a [JournalEntry],
        index: &super::search::SearchIndex,
    ) -> Vec<&'a JournalEntry> {
        self.positions_indexed(entries, index)
            .into_iter()
            .map(|i| &entries[i])
            .collect()
    }

    /// Like [`JournalFilter::apply_indexed`], as positions in `entries` (nothing is copied: the
    /// list draws a page of them).
    pub fn positions_indexed(
        &self,
        entries: &[JournalEntry],
        index: &super::search::SearchIndex,
    ) -> Vec<usize> {
        let text_hits = index.search(&self.text);
        let all = self.text.trim().is_empty();
        entries
            .iter()
            .enumerate()
            .filter(|(i, e)| {
                (all || text_hits.binary_search(i).is_ok())
                    && self.from.is_none_or(|d| e.date >= d)
                    && self.to.is_none_or(|d| e.date <= d)
                    && self.mood.is_none_or(|m| e.mood == Some(m))
                    && self
                        .tag
                        .as_ref()
                        .is_none_or(|t| e.tags.iter().any(|x| x == t))
            })
            .map(|(i, _)| i)
            .collect()
    }
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
    fn an_edit_over_a_change_made_elsewhere_keeps_both() {
        let base = JournalEntry::new(Id::from_raw("e"), day(1), "first").expect("valid");
        let elsewhere = base.edited(day(1), "changed in window A").expect("valid");
        let (mine, copy) = elsewhere
            .edited_from(&base, day(1), "typed in window B", Id::from_raw("e2"))
            .expect("valid");
        assert_eq!(mine.text, "typed in window B");
        assert_eq!(
            copy.map(|c| (c.id, c.text)),
            Some((Id::from_raw("e2"), "changed in window A".to_owned()))
        );
        // Nothing changed elsewhere: an ordinary edit.
        let (_, none) = base
            .edited_from(&base, day(1), "typed", Id::from_raw("e3"))
            .expect("valid");
        assert!(none.is_none());
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

    #[test]
    fn filters_and_search_combine() {
        let e = |n: &str, d: u32, text: &str, mood: u8, tags: &[&str]| {
            JournalEntry::new(Id::from_raw(n), day(d), text)
                .expect("valid")
                .with_feelings(
                    Some(mood),
                    &tags.iter().map(|t| t.to_string()).collect::<Vec<_>>(),
                )
        };
        let all = vec![
            e("a", 1, "امروز در کلاس احساس آرامش داشتم", 4, &["آرام"]),
            e("b", 5, "Test tomorrow, a bit worried", 2, &["worried"]),
            e("c", 9, "با دوستم حرف زدم و سبک شدم", 5, &["آرام", "شاد"]),
        ];
        let ids = |f: &JournalFilter| {
            f.apply(&all)
                .iter()
                .map(|e| e.id.as_str().to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&JournalFilter::default()), ["a", "b", "c"]);
        assert_eq!(
            ids(&JournalFilter {
                tag: Some("آرام".into()),
                ..Default::default()
            }),
            ["a", "c"]
        );
        assert_eq!(
            ids(&JournalFilter {
                mood: Some(2),
                ..Default::default()
            }),
            ["b"]
        );
        assert_eq!(
            ids(&JournalFilter {
                from: Some(day(2)),
                to: Some(day(8)),
                ..Default::default()
            }),
            ["b"]
        );
        // Arabic-keyboard spelling finds Persian text.
        assert_eq!(
            ids(&JournalFilter {
                text: "كلاس".into(),
                ..Default::default()
            }),
            ["a"]
        );
        assert_eq!(
            ids(&JournalFilter {
                text: "WORRIED".into(),
                ..Default::default()
            }),
            ["b"]
        );
    }

    #[test]
    fn feelings_are_tidied() {
        let e = JournalEntry::new(Id::from_raw("e"), day(1), "x")
            .expect("valid")
            .with_feelings(
                Some(9),
                &[" شاد ".into(), "".into(), "شاد".into(), "tired".into()],
            );
        assert_eq!(e.mood, Some(5));
        assert_eq!(e.tags, ["شاد", "tired"]);
        let edited = e.edited(day(2), "y").expect("valid");
        assert_eq!(
            (edited.mood, edited.tags.len()),
            (Some(5), 2),
            "editing keeps feelings"
        );
    }
}
