//! The backup document (the plaintext inside an encrypted backup file) and the rules for
//! bringing one back: what a merge or a replace would change, decided before anything changes.
//!
//! The layout is documented in `docs/export-format.md` and `docs/backup.schema.json`.

use super::{Group, Id, JournalEntry, Keyed};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The `format` field of every backup.
pub const BACKUP_FORMAT: &str = "hamdel-backup";
/// The version this build writes and the newest it reads.
pub const BACKUP_VERSION: u32 = 1;

/// What a backup was made of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Scope {
    /// Every record of both spaces.
    Everything,
    /// One group (counsellor).
    Group {
        /// The group's id.
        id: Id,
    },
    /// Journal entries dated within a range, both ends included (member).
    Journal {
        /// First day.
        #[serde(with = "super::iso_date::serde_iso")]
        from: NaiveDate,
        /// Last day.
        #[serde(with = "super::iso_date::serde_iso")]
        to: NaiveDate,
    },
}

macro_rules! documents {
    ($($field:ident: $t:ty, $name:literal, $space:ident, $changed:ident;)*) => {
        /// A backup's content.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        pub struct Backup {
            /// Always [`BACKUP_FORMAT`].
            pub format: String,
            /// Layout version ([`BACKUP_VERSION`]).
            pub version: u32,
            /// When it was made (RFC 3339, UTC), as the caller's clock said.
            pub created: String,
            /// What it holds.
            pub scope: Scope,
            $(
                #[doc = concat!("The `", $name, "` records (", stringify!($space), " space).")]
                #[serde(default)]
                pub $field: Vec<$t>,
            )*
            /// The counsellor's age X25519 keys (`AGE-SECRET-KEY-1…`), which open members'
            /// share-backs: a new device needs them.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub counsellor_keys: Vec<String>,
        }

        /// Everything a backup can hold, as plain lists (the workspace's current data, or a
        /// backup's).
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct Records {
            $(
                #[doc = concat!("The `", $name, "` records.")]
                pub $field: Vec<$t>,
            )*
            /// The counsellor's keys.
            pub counsellor_keys: Vec<String>,
            /// Each key's public recipient (`age1…`), in the same order, where the holder knows
            /// it (the workspace does; a backup read from a file leaves it empty). A backup of
            /// one group keeps only the keys its kits used (review L8).
            pub key_recipients: Vec<String>,
        }

        /// What bringing back a whole backup would do, kind by kind.
        #[derive(Debug, Clone, PartialEq)]
        pub struct ImportPlan {
            /// How.
            pub mode: ImportMode,
            $(
                #[doc = concat!("The `", $name, "` records.")]
                pub $field: KindPlan<$t>,
            )*
            /// Counsellor keys in the backup that are not here (added, never removed).
            pub new_keys: Vec<String>,
        }

        impl Backup {
            fn from_records(r: Records, scope: Scope, created: String) -> Self {
                Backup {
                    format: BACKUP_FORMAT.to_owned(),
                    version: BACKUP_VERSION,
                    created,
                    scope,
                    $($field: r.$field,)*
                    counsellor_keys: r.counsellor_keys,
                }
            }

            /// The records it holds.
            pub fn records(&self) -> Records {
                Records {
                    $($field: self.$field.clone(),)*
                    counsellor_keys: self.counsellor_keys.clone(),
                    key_recipients: Vec::new(),
                }
            }

            /// How many records it holds.
            pub fn len(&self) -> usize {
                0 $(+ self.$field.len())*
            }
        }

        impl Records {
            fn has_duplicate_ids(&self) -> bool {
                false $(|| has_duplicates(&self.$field))*
            }

            /// Checks every record with the rules typed data meets.
            fn check(&self) -> Result<(), BackupError> {
                $(
                    for record in &self.$field {
                        Checked::check(record).map_err(|(k, p)| BackupError::Refused(k, p))?;
                    }
                )*
                Ok(())
            }
        }

        impl ImportPlan {
            /// Every kind planned with `mode_of(covered by the scope)`, over `current`.
            fn of_kinds(current: &Records, backup: &Backup, mode: ImportMode, kind: ImportMode) -> Self {
                ImportPlan {
                    mode,
                    $($field: plan_kind(&current.$field, &backup.$field, kind),)*
                    new_keys: backup
                        .counsellor_keys
                        .iter()
                        .filter(|k| !current.counsellor_keys.contains(k))
                        .cloned()
                        .collect(),
                }
            }

            /// Totals over every kind: (added, updated, unchanged, conflicting, removed).
            pub fn totals(&self) -> (usize, usize, usize, usize, usize) {
                let mut t = (self.new_keys.len(), 0, 0, 0, 0);
                $(
                    t.0 += self.$field.added;
                    t.1 += self.$field.updated;
                    t.2 += self.$field.unchanged;
                    t.3 += self.$field.conflicting;
                    t.4 += self.$field.removes.len();
                )*
                t
            }

            /// Whether it would change nothing.
            pub fn is_noop(&self) -> bool {
                true $(&& self.$field.is_noop())* && self.new_keys.is_empty()
            }
        }
    };
}
crate::collections!(documents);

impl Backup {
    /// Builds a backup of `records` limited to `scope`.
    pub fn new(records: Records, scope: Scope, created: String) -> Self {
        let mut r = records;
        match &scope {
            Scope::Everything => {}
            Scope::Group { id } => {
                r.groups.retain(|g| &g.id == id);
                let keys = if r.key_recipients.len() == r.counsellor_keys.len() {
                    r.counsellor_keys
                        .into_iter()
                        .zip(&r.key_recipients)
                        .filter(|(_, to)| r.groups.iter().any(|g| g.needs_key(to)))
                        .map(|(key, _)| key)
                        .collect()
                } else {
                    // Which key is which is unknown here: none is left out.
                    r.counsellor_keys
                };
                r.outcomes.retain(|o| &o.group == id);
                r = Records {
                    groups: r.groups,
                    outcomes: r.outcomes,
                    counsellor_keys: keys,
                    ..Records::default()
                };
            }
            Scope::Journal { from, to } => {
                r.journal.retain(|e| e.date >= *from && e.date <= *to);
                r = Records {
                    journal: r.journal,
                    ..Records::default()
                };
            }
        }
        Backup::from_records(r, scope, created)
    }

    /// Whether it holds no record.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The JSON text of the backup.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Why decrypted bytes are not a backup this version can bring back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupError {
    /// Not JSON, or not a Hamdel backup.
    NotABackup,
    /// Made by a newer version of Hamdel.
    Newer {
        /// Its version.
        version: u32,
    },
    /// A Hamdel backup whose records do not read.
    Invalid,
    /// The same id twice in one list.
    DuplicateIds,
    /// A record the app would refuse if it were typed (review #18): which kind, and why.
    /// Nothing of the backup is brought in.
    Refused(RecordKind, RecordProblem),
}

impl std::fmt::Display for BackupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BackupError::NotABackup => f.write_str("not a Hamdel backup document"),
            BackupError::Newer { version } => write!(f, "a backup of newer format {version}"),
            BackupError::Invalid => f.write_str("a backup whose contents do not decode"),
            BackupError::DuplicateIds => f.write_str("a backup with an id used twice"),
            BackupError::Refused(kind, problem) => {
                write!(f, "a {kind:?} record refused: {problem:?}")
            }
        }
    }
}

impl std::error::Error for BackupError {}

/// The kinds of record a backup holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    /// A group.
    Group,
    /// A journal entry.
    Entry,
    /// A goal.
    Goal,
    /// A survey attempt.
    Attempt,
    /// One of the counsellor's own exercises.
    Exercise,
    /// A group the member joined.
    Kit,
    /// The member's safety plan.
    SafetyPlan,
    /// One of the counsellor's own surveys.
    Survey,
    /// What one share-back or one sitting of paper forms brought into a group.
    Results,
}

/// Why an imported record is refused: the same rules as typed data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordProblem {
    /// A required text is empty.
    Empty,
    /// A text is longer than the field allows.
    TooLong {
        /// The most characters allowed.
        max: usize,
    },
    /// A date outside 1900–2200.
    DateOutOfRange,
    /// A mood outside 1–5.
    BadMood,
    /// A list longer than the record allows.
    TooMany {
        /// The most items allowed.
        max: usize,
    },
}

/// A kind of record as a backup may bring it in: refused by the rules typed data meets. Every
/// type in the table of collections implements it, so a new collection is checked on import or
/// does not compile.
pub trait Checked {
    /// `Ok`, or what kind of record this is and why it is refused.
    fn check(&self) -> Result<(), (RecordKind, RecordProblem)>;
}

/// A required, bounded text as a backup's record holds it.
fn text(kind: RecordKind, value: &str, max: usize) -> Result<(), (RecordKind, RecordProblem)> {
    use super::TextError;
    match super::required_text(value, max) {
        Ok(_) => Ok(()),
        Err(TextError::Empty) => Err((kind, RecordProblem::Empty)),
        Err(TextError::TooLong { max, .. }) => Err((kind, RecordProblem::TooLong { max })),
    }
}

/// A date as a backup's record holds it: within the years the date fields take.
fn date(kind: RecordKind, d: NaiveDate) -> Result<(), (RecordKind, RecordProblem)> {
    if super::dates::in_range(d) {
        Ok(())
    } else {
        Err((kind, RecordProblem::DateOutOfRange))
    }
}

/// At most `max` items in a list a record holds.
fn at_most(kind: RecordKind, n: usize, max: usize) -> Result<(), (RecordKind, RecordProblem)> {
    if n <= max {
        Ok(())
    } else {
        Err((kind, RecordProblem::TooMany { max }))
    }
}

impl Checked for super::JournalEntry {
    fn check(&self) -> Result<(), (RecordKind, RecordProblem)> {
        use super::TextError;
        use super::journal::{JournalError, entry_is_valid};
        const KIND: RecordKind = RecordKind::Entry;
        // A check-in has a mood and no text; an entry with neither is refused.
        match entry_is_valid(self) {
            Ok(()) => {}
            Err(JournalError::Text(TextError::TooLong { max, .. })) => {
                return Err((KIND, RecordProblem::TooLong { max }));
            }
            Err(_) => return Err((KIND, RecordProblem::Empty)),
        }
        date(KIND, self.date)?;
        if self.mood.is_some_and(|m| !(1..=5).contains(&m)) {
            return Err((KIND, RecordProblem::BadMood));
        }
        Ok(())
    }
}

impl Checked for super::Group {
    fn check(&self) -> Result<(), (RecordKind, RecordProblem)> {
        const KIND: RecordKind = RecordKind::Group;
        text(KIND, &self.name, super::group::GROUP_NAME_MAX)?;
        date(KIND, self.created_on)?;
        let dates = self.start_date.iter().chain(&self.skipped).copied();
        let moved = self.sessions.iter().filter_map(|s| s.moved_to);
        let results = self.legacy_outcomes.iter().map(|o| o.date);
        for d in dates.chain(moved).chain(results) {
            date(KIND, d)?;
        }
        // Each recipient is compared when a one-group backup picks its keys; a file could
        // otherwise carry any number of them.
        if self.help.chars().count() > super::group::HELP_TEXT_MAX {
            let max = super::group::HELP_TEXT_MAX;
            return Err((KIND, RecordProblem::TooLong { max }));
        }
        let recipients = self.kit_recipients.as_ref().map_or(0, Vec::len);
        at_most(KIND, recipients, super::group::KIT_RECIPIENTS_MAX)
    }
}

impl Checked for super::outcome::Results {
    fn check(&self) -> Result<(), (RecordKind, RecordProblem)> {
        const KIND: RecordKind = RecordKind::Results;
        if self.group.as_str().is_empty() {
            return Err((KIND, RecordProblem::Empty));
        }
        let dates = self.outcomes.iter().map(|o| o.date);
        let tickets = self.exit.iter().map(|e| e.date);
        let notes = self.notes.iter().map(|n| n.date);
        for d in dates.chain(tickets).chain(notes) {
            date(KIND, d)?;
        }
        Ok(())
    }
}

impl Checked for super::goal::Goal {
    fn check(&self) -> Result<(), (RecordKind, RecordProblem)> {
        const KIND: RecordKind = RecordKind::Goal;
        text(KIND, &self.title, super::goal::GOAL_TEXT_MAX)?;
        for step in &self.steps {
            text(KIND, &step.text, super::goal::GOAL_TEXT_MAX)?;
        }
        Ok(())
    }
}

impl Checked for super::survey::Attempt {
    fn check(&self) -> Result<(), (RecordKind, RecordProblem)> {
        date(RecordKind::Attempt, self.date)
    }
}

impl Checked for super::survey::Survey {
    fn check(&self) -> Result<(), (RecordKind, RecordProblem)> {
        use super::survey::OwnSurveyProblem;
        match self.check_own() {
            Ok(()) => Ok(()),
            Err(OwnSurveyProblem::TooManyItems) => Err((
                RecordKind::Survey,
                RecordProblem::TooMany {
                    max: super::survey::OWN_MAX_ITEMS,
                },
            )),
            Err(_) => Err((RecordKind::Survey, RecordProblem::Empty)),
        }
    }
}

impl Checked for super::exercise::Exercise {
    fn check(&self) -> Result<(), (RecordKind, RecordProblem)> {
        // The exercise editor stores each field as it is typed and refuses nothing, so a backup
        // is held to the same: nothing here is refused.
        Ok(())
    }
}

impl Checked for super::safety::SafetyPlan {
    fn check(&self) -> Result<(), (RecordKind, RecordProblem)> {
        let max = super::safety::PLAN_STEP_MAX;
        for step in super::safety::PlanStep::ALL {
            if self.step(step).chars().count() > max {
                return Err((RecordKind::SafetyPlan, RecordProblem::TooLong { max }));
            }
        }
        Ok(())
    }
}

impl Checked for super::kit::JoinedKit {
    fn check(&self) -> Result<(), (RecordKind, RecordProblem)> {
        const KIND: RecordKind = RecordKind::Kit;
        date(KIND, self.joined_on)?;
        for sent in &self.sent {
            date(KIND, sent.date)?;
        }
        Ok(())
    }
}

#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

/// Reads a backup's JSON: the header first (so a newer file is named as such), then the rest.
pub fn parse_backup(bytes: &[u8]) -> Result<Backup, BackupError> {
    let header: Header = serde_json::from_slice(bytes).map_err(|_| BackupError::NotABackup)?;
    if header.format != BACKUP_FORMAT {
        return Err(BackupError::NotABackup);
    }
    if header.version > BACKUP_VERSION {
        return Err(BackupError::Newer {
            version: header.version,
        });
    }
    let mut backup: Backup = serde_json::from_slice(bytes).map_err(|_| BackupError::Invalid)?;
    // A backup made before schema 5 keeps results inside its groups: they come in as the
    // records they are now (#18, item 6).
    for g in &mut backup.groups {
        for r in g.take_results() {
            match backup.outcomes.iter_mut().find(|have| have.id == r.id) {
                Some(have) => have.absorb(r),
                None => backup.outcomes.push(r),
            }
        }
    }
    let r = backup.records();
    if r.has_duplicate_ids() {
        return Err(BackupError::DuplicateIds);
    }
    r.check()?;
    Ok(backup)
}

fn has_duplicates<T: Keyed>(items: &[T]) -> bool {
    let mut ids: Vec<&Id> = items.iter().map(Keyed::id).collect();
    ids.sort_unstable();
    ids.windows(2).any(|w| w[0] == w[1])
}

/// How a backup is brought back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Keep everything here; add what is new; where a record differs, keep both.
    Merge,
    /// Make the kinds of records the backup holds exactly as in the backup (records of those
    /// kinds that are not in it are removed).
    Replace,
}

/// What bringing back one kind of record would do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KindPlan<T> {
    /// Records to store (new ones, replacements, and the backup's side of conflicts under
    /// a new id).
    pub puts: Vec<T>,
    /// Records to remove (replace only).
    pub removes: Vec<Id>,
    /// New records.
    pub added: usize,
    /// Records here that the backup changes (replace).
    pub updated: usize,
    /// Records in both, equal.
    pub unchanged: usize,
    /// Records in both that differ: a merge keeps both.
    pub conflicting: usize,
}

impl<T> KindPlan<T> {
    /// Whether it would change nothing.
    pub fn is_noop(&self) -> bool {
        self.puts.is_empty() && self.removes.is_empty()
    }
}

/// The id given to the backup's side of a merge conflict: stable, so importing the same
/// backup twice does not add a second copy. `n` counts the copies already there: the first is
/// `<id>~restored`, then `<id>~restored2`, `<id>~restored3`… (review M4: a second merge of a
/// different version overwrote the first copy).
pub fn imported_copy(id: &Id) -> Id {
    imported_copy_n(id, 1)
}

fn imported_copy_n(id: &Id, n: usize) -> Id {
    if n <= 1 {
        Id::from_raw(format!("{id}~restored"))
    } else {
        Id::from_raw(format!("{id}~restored{n}"))
    }
}

/// Works out what bringing back `incoming` over `current` would do.
pub fn plan_kind<T: Keyed + PartialEq>(
    current: &[T],
    incoming: &[T],
    mode: ImportMode,
) -> KindPlan<T> {
    let mut plan = KindPlan {
        puts: Vec::new(),
        removes: Vec::new(),
        added: 0,
        updated: 0,
        unchanged: 0,
        conflicting: 0,
    };
    let mut index: Vec<(&Id, &T)> = current.iter().map(|t| (t.id(), t)).collect();
    index.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let find = |id: &Id| {
        index
            .binary_search_by(|(k, _)| (*k).cmp(id))
            .ok()
            .map(|i| index[i].1)
    };
    for item in incoming {
        match find(item.id()) {
            None => {
                plan.added += 1;
                plan.puts.push(item.clone());
            }
            Some(here) if here == item => plan.unchanged += 1,
            Some(_) => match mode {
                ImportMode::Replace => {
                    plan.updated += 1;
                    plan.puts.push(item.clone());
                }
                ImportMode::Merge => {
                    // The first free copy id, unless one of the copies already holds this
                    // version.
                    let mut n = 1;
                    loop {
                        let copy_id = imported_copy_n(item.id(), n);
                        match find(&copy_id) {
                            Some(copy) if copy.with_id(item.id().clone()) == *item => {
                                plan.unchanged += 1;
                                break;
                            }
                            Some(_) => n += 1,
                            None => {
                                plan.conflicting += 1;
                                plan.puts.push(item.with_id(copy_id));
                                break;
                            }
                        }
                    }
                }
            },
        }
    }
    if mode == ImportMode::Replace {
        let mut wanted: Vec<&Id> = incoming.iter().map(Keyed::id).collect();
        wanted.sort_unstable();
        for item in current {
            if wanted.binary_search(&item.id()).is_err() {
                plan.removes.push(item.id().clone());
            }
        }
    }
    plan
}

impl ImportPlan {
    /// Plans bringing back `backup` over `current`. A replace touches only the kinds the backup's
    /// scope covers: a one-group backup never removes the other groups.
    pub fn new(current: &Records, backup: &Backup, mode: ImportMode) -> Self {
        let whole = backup.scope == Scope::Everything;
        let group_mode = match &backup.scope {
            Scope::Group { .. } if mode == ImportMode::Replace => None,
            _ => Some(mode),
        };
        let kind_mode = |covered: bool| {
            if covered || mode == ImportMode::Merge {
                mode
            } else {
                ImportMode::Merge
            }
        };
        let groups = match group_mode {
            Some(m) => plan_kind(&current.groups, &backup.groups, m),
            // One group replaced: only that group is made as in the backup.
            None => {
                let ids: Vec<&Id> = backup.groups.iter().map(Keyed::id).collect();
                let here: Vec<Group> = current
                    .groups
                    .iter()
                    .filter(|g| ids.contains(&&g.id))
                    .cloned()
                    .collect();
                plan_kind(&here, &backup.groups, ImportMode::Replace)
            }
        };
        let journal = match &backup.scope {
            Scope::Journal { from, to } if mode == ImportMode::Replace => {
                let here: Vec<JournalEntry> = current
                    .journal
                    .iter()
                    .filter(|e| e.date >= *from && e.date <= *to)
                    .cloned()
                    .collect();
                plan_kind(&here, &backup.journal, ImportMode::Replace)
            }
            _ => plan_kind(&current.journal, &backup.journal, kind_mode(whole)),
        };
        // Every kind as the scope says, then the two a scope narrows (they are planned again:
        // an import is rare, and this keeps every other kind to the table of collections).
        let mut plan = ImportPlan::of_kinds(current, backup, mode, kind_mode(whole));
        plan.groups = groups;
        plan.journal = journal;
        plan
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, day: u32, text: &str) -> JournalEntry {
        JournalEntry {
            id: Id::from_raw(id),
            date: NaiveDate::from_ymd_opt(2026, 3, day).expect("test value"),
            text: text.to_owned(),
            mood: None,
            tags: Vec::new(),
            task_done: None,
            prompt: None,
        }
    }

    fn backup_of(journal: Vec<JournalEntry>) -> Backup {
        Backup::new(
            Records {
                journal,
                ..Records::default()
            },
            Scope::Everything,
            "2026-03-21T00:00:00Z".into(),
        )
    }

    #[test]
    fn merge_adds_new_keeps_both_on_difference_and_is_idempotent() {
        let here = Records {
            journal: vec![entry("a", 1, "one"), entry("b", 2, "two")],
            ..Records::default()
        };
        let backup = backup_of(vec![
            entry("a", 1, "one"),
            entry("b", 2, "TWO"),
            entry("c", 3, "three"),
        ]);
        let plan = ImportPlan::new(&here, &backup, ImportMode::Merge);
        assert_eq!(plan.totals(), (1, 0, 1, 1, 0));
        let ids: Vec<&str> = plan.journal.puts.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["b~restored", "c"]);
        // After applying, the same merge changes nothing.
        let mut after = here.clone();
        after.journal.extend(plan.journal.puts.clone());
        let again = ImportPlan::new(&after, &backup, ImportMode::Merge);
        assert!(again.is_noop(), "{again:?}");
        // Review M4: a second backup with yet another version of "b" keeps both copies.
        let other = backup_of(vec![entry("b", 2, "Two, third version")]);
        let plan = ImportPlan::new(&after, &other, ImportMode::Merge);
        let ids: Vec<&str> = plan.journal.puts.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["b~restored2"]);
        after.journal.extend(plan.journal.puts.clone());
        assert!(ImportPlan::new(&after, &other, ImportMode::Merge).is_noop());
        assert!(ImportPlan::new(&after, &backup, ImportMode::Merge).is_noop());
    }

    /// #18, item 6: a backup made before results were records of their own brings its groups'
    /// results in as records — one per share-back, the paper forms' under the group's id — and
    /// a backup of one group carries that group's records and no other's.
    #[test]
    fn results_inside_an_older_backups_groups_come_in_as_records_of_their_own() {
        use crate::outcome::{Outcome, Results, Source};
        use crate::survey::Moment;
        let day = NaiveDate::from_ymd_opt(2026, 10, 4).expect("test value");
        let mut g = Group::new(Id::from_raw("g"), "Study", day).expect("valid");
        let result = |code: &str, source: Source| Outcome {
            code: code.into(),
            survey: Id::from_raw("who5"),
            moment: Moment::Pre,
            date: day,
            answers: vec![3; 5],
            source,
            attempt: None,
        };
        g.legacy_outcomes = vec![
            result("M1", Source::Paper),
            result(
                "M2",
                Source::Shared {
                    share: Id::from_raw("s1"),
                },
            ),
        ];
        g.legacy_shared = vec![crate::group::SharedNote {
            code: "M2".into(),
            share: Id::from_raw("s1"),
            date: day,
            text: "done".into(),
        }];
        let old = Backup::new(
            Records {
                groups: vec![g.clone()],
                ..Records::default()
            },
            Scope::Everything,
            "2026-10-05T00:00:00Z".into(),
        );
        let back = parse_backup(old.to_json().as_bytes()).expect("reads");
        assert!(!back.groups[0].has_legacy_results(), "out of the group");
        let ids: Vec<&str> = back.outcomes.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["g~paper", "s1"]);
        assert_eq!(back.outcomes[1].notes.len(), 1);
        assert!(back.outcomes.iter().all(|r| r.group == g.id));

        let mut other = Results::new(Id::from_raw("s9"), Id::from_raw("h"));
        other.outcomes = vec![result("M9", Source::Paper)];
        let mut records = back.records();
        records.outcomes.push(other);
        records
            .groups
            .push(Group::new(Id::from_raw("h"), "Other", day).expect("valid"));
        let one = Backup::new(
            records,
            Scope::Group { id: g.id.clone() },
            "2026-10-05T00:00:00Z".into(),
        );
        let ids: Vec<&str> = one.outcomes.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["g~paper", "s1"], "this group's records only");
    }

    #[test]
    fn a_backup_is_held_to_the_rules_of_typed_data() {
        // Review #18: a backup brought in a 1,000,000-character entry (the limit is 20,000),
        // after which even fixing a typo was refused.
        let json = |entries: Vec<JournalEntry>| {
            serde_json::to_vec(&backup_of(entries)).expect("serialises")
        };
        let huge = entry("a", 1, &"x".repeat(1_000_000));
        assert_eq!(
            parse_backup(&json(vec![huge])),
            Err(BackupError::Refused(
                RecordKind::Entry,
                RecordProblem::TooLong { max: 20_000 }
            ))
        );
        let mut far = entry("b", 1, "ok");
        far.date = NaiveDate::from_ymd_opt(2999, 1, 1).expect("valid");
        assert_eq!(
            parse_backup(&json(vec![far])),
            Err(BackupError::Refused(
                RecordKind::Entry,
                RecordProblem::DateOutOfRange
            ))
        );
        let mut moody = entry("c", 1, "ok");
        moody.mood = Some(9);
        assert!(parse_backup(&json(vec![moody])).is_err());
        assert!(parse_backup(&json(vec![entry("d", 1, "fine")])).is_ok());
        // A group's kit recipients are bounded: each is compared when a backup picks its keys.
        let day = NaiveDate::from_ymd_opt(2026, 3, 1).expect("valid");
        let mut group = crate::Group::new(Id::from_raw("g"), "Group", day).expect("valid");
        group.kit_recipients = Some(vec!["age1x".to_owned(); crate::group::KIT_RECIPIENTS_MAX]);
        let with = |group: crate::Group| {
            let records = Records {
                groups: vec![group],
                ..Records::default()
            };
            let backup = Backup::new(records, Scope::Everything, "2026-03-21T00:00:00Z".into());
            serde_json::to_vec(&backup).expect("serialises")
        };
        assert!(parse_backup(&with(group.clone())).is_ok());
        group
            .kit_recipients
            .as_mut()
            .expect("set")
            .push("age1y".to_owned());
        assert_eq!(
            parse_backup(&with(group)),
            Err(BackupError::Refused(
                RecordKind::Group,
                RecordProblem::TooMany {
                    max: crate::group::KIT_RECIPIENTS_MAX
                }
            ))
        );
    }

    #[test]
    fn replace_updates_and_removes_only_within_scope() {
        let here = Records {
            journal: vec![
                entry("a", 1, "one"),
                entry("b", 2, "two"),
                entry("z", 30, "late"),
            ],
            ..Records::default()
        };
        let everything = backup_of(vec![entry("b", 2, "TWO"), entry("c", 3, "three")]);
        let plan = ImportPlan::new(&here, &everything, ImportMode::Replace);
        assert_eq!(plan.totals(), (1, 1, 0, 0, 2));
        let mut ranged = Backup::new(
            everything.records(),
            Scope::Journal {
                from: NaiveDate::from_ymd_opt(2026, 3, 1).expect("test value"),
                to: NaiveDate::from_ymd_opt(2026, 3, 10).expect("test value"),
            },
            String::new(),
        );
        ranged.journal.retain(|e| e.id.as_str() != "c");
        let plan = ImportPlan::new(&here, &ranged, ImportMode::Replace);
        // "a" (in range, not in the backup) goes; "z" (out of range) stays.
        assert_eq!(plan.journal.removes, vec![Id::from_raw("a")]);
        assert_eq!(plan.totals(), (0, 1, 0, 0, 1));
    }

    #[test]
    fn scope_limits_what_a_backup_holds() {
        let r = Records {
            journal: vec![entry("a", 1, "one"), entry("b", 20, "two")],
            ..Records::default()
        };
        let b = Backup::new(
            r,
            Scope::Journal {
                from: NaiveDate::from_ymd_opt(2026, 3, 10).expect("test value"),
                to: NaiveDate::from_ymd_opt(2026, 3, 31).expect("test value"),
            },
            String::new(),
        );
        assert_eq!(b.journal.len(), 1);
        assert_eq!(b.journal[0].id.as_str(), "b");
    }

    #[test]
    fn parsing_names_what_is_wrong() {
        let good = backup_of(vec![entry("a", 1, "سلام")]);
        assert_eq!(
            parse_backup(good.to_json().as_bytes()).expect("test value"),
            good
        );
        assert_eq!(parse_backup(b"not json"), Err(BackupError::NotABackup));
        assert_eq!(
            parse_backup(br#"{"format":"other","version":1}"#),
            Err(BackupError::NotABackup)
        );
        assert_eq!(
            parse_backup(br#"{"format":"hamdel-backup","version":9}"#),
            Err(BackupError::Newer { version: 9 })
        );
        assert_eq!(
            parse_backup(br#"{"format":"hamdel-backup","version":1,"created":"x","scope":{"kind":"everything"},"journal":[{"id":1}]}"#),
            Err(BackupError::Invalid)
        );
        let dup = backup_of(vec![entry("a", 1, "x"), entry("a", 2, "y")]);
        assert_eq!(
            parse_backup(dup.to_json().as_bytes()),
            Err(BackupError::DuplicateIds)
        );
    }
}
