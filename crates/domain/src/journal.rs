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
    /// Neither a mood nor any text: nothing to keep.
    Empty,
    /// The text was refused.
    Text(TextError),
    /// The date is outside the accepted range (H1: a year such as 20266).
    Date(super::dates::DateProblem),
}

impl std::fmt::Display for JournalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JournalError::Empty => f.write_str("entry has neither a mood nor text"),
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

    /// A check-in: a mood for the day, no text (words and tags may come later by editing).
    pub fn check_in(id: Id, date: NaiveDate, mood: u8) -> Result<Self, JournalError> {
        super::dates::check(date).map_err(JournalError::Date)?;
        Ok(JournalEntry {
            id,
            date,
            text: String::new(),
            mood: Some(mood.clamp(1, 5)),
            tags: Vec::new(),
            task_done: None,
            prompt: None,
        })
    }

    /// An entry from the whole form: text, a mood, or both (text may be empty when there is a
    /// mood — a check-in with tags).
    pub fn composed(
        id: Id,
        date: NaiveDate,
        text: &str,
        mood: Option<u8>,
        tags: &[String],
    ) -> Result<Self, JournalError> {
        let base = JournalEntry::check_in(id, date, 3)?;
        base.edited(date, text, mood, tags)
    }

    /// The same entry with a new date, text, mood and tags, validated (the rest kept). The
    /// text may be empty only when there is a mood.
    pub fn edited(
        &self,
        date: NaiveDate,
        text: &str,
        mood: Option<u8>,
        tags: &[String],
    ) -> Result<Self, JournalError> {
        super::dates::check(date).map_err(JournalError::Date)?;
        let text = entry_text(text, mood)?;
        Ok(JournalEntry {
            date,
            text,
            ..self.clone()
        }
        .with_feelings(mood, tags))
    }

    /// The first line of the text, for a compact card (empty for a check-in).
    pub fn first_line(&self) -> &str {
        self.text
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim()
    }

    /// This entry edited from an editor opened on `base`, as stored now (`self`). If another
    /// window changed the entry since the editor opened, both are kept (review #10): the edit
    /// takes the entry, and the other window's version comes back as a copy under `copy_id`.
    pub fn edited_from(
        &self,
        base: &JournalEntry,
        revision: &Revision,
        copy_id: Id,
    ) -> Result<(JournalEntry, Option<JournalEntry>), JournalError> {
        let edited = self.edited(revision.date, &revision.text, revision.mood, &revision.tags)?;
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

/// What an edit form holds: everything a member can change in an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    /// The day.
    pub date: NaiveDate,
    /// The text (may be empty when there is a mood).
    pub text: String,
    /// The mood, if any.
    pub mood: Option<u8>,
    /// The tags.
    pub tags: Vec<String>,
}

/// An entry's text, trimmed and bounded; empty only when there is a mood.
fn entry_text(raw: &str, mood: Option<u8>) -> Result<String, JournalError> {
    match required_text(raw, ENTRY_TEXT_MAX) {
        Ok(t) => Ok(t),
        Err(TextError::Empty) if mood.is_some() => Ok(String::new()),
        Err(TextError::Empty) => Err(JournalError::Empty),
        Err(e) => Err(JournalError::Text(e)),
    }
}

/// Whether a stored entry is one the app could have made: text or a mood, text within bounds.
pub fn entry_is_valid(e: &JournalEntry) -> Result<(), JournalError> {
    entry_text(&e.text, e.mood).map(|_| ())
}

/// The mood of each day that has one: the mean of that day's moods, oldest day first.
pub fn day_moods(entries: &[JournalEntry]) -> Vec<(NaiveDate, f64)> {
    let mut days: std::collections::BTreeMap<NaiveDate, (u32, u32)> = Default::default();
    for e in entries {
        if let Some(m) = e.mood {
            let d = days.entry(e.date).or_default();
            d.0 += u32::from(m);
            d.1 += 1;
        }
    }
    days.into_iter()
        .map(|(day, (sum, n))| (day, f64::from(sum) / f64::from(n)))
        .collect()
}

/// A tag and the mood of the days it was used on.
#[derive(Debug, Clone, PartialEq)]
pub struct TagMood {
    /// The tag.
    pub tag: String,
    /// The mean mood (1–5) of the entries with this tag and a mood.
    pub mean: f64,
    /// How many such entries.
    pub entries: usize,
}

/// Mood by tag, for tags on at least `min_entries` entries with a mood: highest mean first,
/// then the more frequent, then by name. Computed on the device; nothing leaves it.
pub fn mood_by_tag(entries: &[JournalEntry], min_entries: usize) -> Vec<TagMood> {
    let mut by_tag: std::collections::BTreeMap<&str, (u32, usize)> = Default::default();
    for e in entries {
        let Some(m) = e.mood else { continue };
        for t in &e.tags {
            let s = by_tag.entry(t.as_str()).or_default();
            s.0 += u32::from(m);
            s.1 += 1;
        }
    }
    let mut out: Vec<TagMood> = by_tag
        .into_iter()
        .filter(|(_, (_, n))| *n >= min_entries.max(1))
        .map(|(tag, (sum, n))| TagMood {
            tag: tag.to_owned(),
            mean: f64::from(sum) / n as f64,
            entries: n,
        })
        .collect();
    out.sort_by(|a, b| {
        b.mean
            .total_cmp(&a.mean)
            .then(b.entries.cmp(&a.entries))
            .then_with(|| a.tag.cmp(&b.tag))
    });
    out
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
        let e2 = e.edited(day(2), "b", None, &[]).expect("valid");
        assert_eq!(e2.id, e.id);
        assert_eq!((e2.date, e2.text.as_str()), (day(2), "b"));
    }

    #[test]
    fn an_edit_over_a_change_made_elsewhere_keeps_both() {
        let base = JournalEntry::new(Id::from_raw("e"), day(1), "first").expect("valid");
        let elsewhere = base
            .edited(day(1), "changed in window A", None, &[])
            .expect("valid");
        let rev = |text: &str| Revision {
            date: day(1),
            text: text.into(),
            mood: None,
            tags: vec![],
        };
        let (mine, copy) = elsewhere
            .edited_from(&base, &rev("typed in window B"), Id::from_raw("e2"))
            .expect("valid");
        assert_eq!(mine.text, "typed in window B");
        assert_eq!(
            copy.map(|c| (c.id, c.text)),
            Some((Id::from_raw("e2"), "changed in window A".to_owned()))
        );
        // Nothing changed elsewhere: an ordinary edit.
        let (_, none) = base
            .edited_from(&base, &rev("typed"), Id::from_raw("e3"))
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
        let edited = e
            .edited(day(2), "y", Some(2), &["tired".into()])
            .expect("valid");
        assert_eq!(
            (edited.mood, edited.tags.as_slice()),
            (Some(2), ["tired".to_owned()].as_slice()),
            "an edit changes mood and tags too"
        );
    }

    #[test]
    fn a_check_in_is_a_mood_without_words_and_an_empty_entry_is_refused() {
        let c = JournalEntry::check_in(Id::from_raw("c"), day(3), 4).expect("valid");
        assert_eq!((c.mood, c.text.as_str(), c.first_line()), (Some(4), "", ""));
        assert_eq!(entry_is_valid(&c), Ok(()));
        // Words and a tag added later; then the mood taken away with the words kept.
        let c2 = c
            .edited(day(3), " first line\nsecond ", Some(4), &["sport".into()])
            .expect("valid");
        assert_eq!((c2.first_line(), c2.tags.len()), ("first line", 1));
        assert_eq!(
            c2.edited(day(3), "words", None, &[]).map(|e| e.mood),
            Ok(None)
        );
        assert_eq!(
            c.edited(day(3), "  ", None, &[]),
            Err(JournalError::Empty),
            "neither mood nor text"
        );
        assert_eq!(
            JournalEntry::composed(Id::from_raw("d"), day(3), "", None, &[]),
            Err(JournalError::Empty)
        );
        let blank = JournalEntry {
            mood: None,
            ..c.clone()
        };
        assert_eq!(entry_is_valid(&blank), Err(JournalError::Empty));
    }

    #[test]
    fn moods_by_day_and_by_tag() {
        let e = |n: &str, d: u32, mood: Option<u8>, tags: &[&str]| {
            JournalEntry::composed(
                Id::from_raw(n),
                day(d),
                "x",
                mood,
                &tags.iter().map(|t| t.to_string()).collect::<Vec<_>>(),
            )
            .expect("valid")
        };
        let all = vec![
            e("a", 2, Some(4), &["sport"]),
            e("b", 2, Some(5), &["sport", "friends"]),
            e("c", 1, Some(2), &["exam"]),
            e("d", 3, None, &["sport"]),
            e("e", 4, Some(3), &["exam", "sport"]),
        ];
        assert_eq!(
            day_moods(&all),
            vec![(day(1), 2.0), (day(2), 4.5), (day(4), 3.0)]
        );
        let by = mood_by_tag(&all, 2);
        let rows: Vec<(&str, f64, usize)> = by
            .iter()
            .map(|t| (t.tag.as_str(), t.mean, t.entries))
            .collect();
        assert_eq!(rows, vec![("sport", 4.0, 3), ("exam", 2.5, 2)]);
        assert_eq!(mood_by_tag(&all, 1).len(), 3, "friends once");
    }
}
