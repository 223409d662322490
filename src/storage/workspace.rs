//! Everything stored on this device, loaded once and changed only through this type's actions:
//! settings, the counsellor's groups and the member's journal.

use super::collection::{Collection, Conflict, KEY_PREFIX, LoadIssue, WriteError, quarantined};
use super::draft_store::{JournalDraft, load_draft, save_draft};
use super::kv::{KeyValueStore, QUOTA_UNITS};
use super::settings_store::{SETTINGS_KEY, load_settings, parse_settings, save_settings};
use crate::domain::exercise::Exercise;
use crate::domain::goal::Goal;
use crate::domain::survey::Attempt;
use crate::domain::{Group, Id, JournalEntry, Settings};
use serde::Serialize;

/// Collection name of the counsellor's groups.
pub const GROUPS: &str = "groups";
/// Collection name of the member's journal.
pub const JOURNAL: &str = "journal";
/// Collection name of the counsellor's own exercises.
pub const EXERCISES: &str = "exercises";
/// Collection name of the member's survey attempts.
pub const ATTEMPTS: &str = "attempts";
/// Collection name of the member's goals.
pub const GOALS: &str = "goals";

/// Which part of the workspace a change from another tab touched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changed {
    /// Not a Hamdel key.
    Nothing,
    /// Settings.
    Settings,
    /// Groups.
    Groups,
    /// Journal.
    Journal,
    /// The counsellor's own exercises.
    Exercises,
    /// Survey attempts.
    Attempts,
    /// Goals.
    Goals,
}

/// Space used on the device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Usage {
    /// UTF-16 code units used by every key and value of the origin.
    pub used_units: usize,
    /// The quota, in the same units.
    pub quota_units: usize,
}

impl Usage {
    /// Share used, 0–100 (rounded down).
    pub fn percent(&self) -> usize {
        (self.used_units.saturating_mul(100) / self.quota_units.max(1)).min(100)
    }
    /// Whether the person should be warned (80 % or more).
    pub fn nearly_full(&self) -> bool {
        self.percent() >= 80
    }
}

/// The app's data and the store it lives in.
#[derive(Debug)]
pub struct Workspace<S: KeyValueStore> {
    store: S,
    settings: Settings,
    settings_read_only: bool,
    settings_pending: bool,
    groups: Collection<Group>,
    journal: Collection<JournalEntry>,
    exercises: Collection<Exercise>,
    attempts: Collection<Attempt>,
    goals: Collection<Goal>,
    draft: JournalDraft,
    issues: Vec<LoadIssue>,
}

#[derive(Serialize)]
struct QuarantineExport {
    format: &'static str,
    items: Vec<QuarantinedItem>,
}

#[derive(Serialize)]
struct QuarantinedItem {
    key: String,
    raw: String,
}

#[derive(Serialize)]
struct PlainExport<'a> {
    format: &'static str,
    version: u32,
    settings: &'a Settings,
    groups: Vec<Group>,
    journal: Vec<JournalEntry>,
    exercises: Vec<Exercise>,
    attempts: Vec<Attempt>,
    goals: Vec<Goal>,
}

impl<S: KeyValueStore> Workspace<S> {
    /// Loads everything from `store`, recovering from what cannot be read.
    pub fn open(store: S) -> Self {
        let settings = load_settings(&store);
        let (groups, group_issues) = Collection::load(&store, GROUPS);
        let (journal, journal_issues) = Collection::load(&store, JOURNAL);
        let (exercises, exercise_issues) = Collection::load(&store, EXERCISES);
        let (attempts, attempt_issues) = Collection::load(&store, ATTEMPTS);
        let (goals, goal_issues) = Collection::load(&store, GOALS);
        let (draft, draft_issues) = load_draft(&store);
        let mut issues = settings.issues;
        issues.extend(group_issues);
        issues.extend(journal_issues);
        issues.extend(exercise_issues);
        issues.extend(attempt_issues);
        issues.extend(goal_issues);
        issues.extend(draft_issues);
        issues.dedup();
        Workspace {
            store,
            settings: settings.settings,
            settings_read_only: settings.read_only,
            settings_pending: false,
            groups,
            journal,
            exercises,
            attempts,
            goals,
            draft,
            issues,
        }
    }

    /// The store (tests inspect it).
    pub fn store(&self) -> &S {
        &self.store
    }

    /// What loading found that the person should know.
    pub fn issues(&self) -> &[LoadIssue] {
        &self.issues
    }

    /// Current settings.
    pub fn settings(&self) -> Settings {
        self.settings
    }

    /// Changes the settings in memory and stores them. On error they stay in effect in this tab.
    pub fn set_settings(&mut self, settings: Settings) -> Result<(), WriteError> {
        self.settings = settings;
        if self.settings_read_only {
            return Err(WriteError::ReadOnly(
                super::collection::ReadOnlyCause::FutureVersion,
            ));
        }
        self.settings_pending = true;
        save_settings(&self.store, &settings).map_err(WriteError::Store)?;
        self.settings_pending = false;
        Ok(())
    }

    /// The groups.
    pub fn groups(&self) -> &Collection<Group> {
        &self.groups
    }

    /// The journal.
    pub fn journal(&self) -> &Collection<JournalEntry> {
        &self.journal
    }

    /// Adds or replaces a group.
    pub fn put_group(&mut self, group: Group) -> Result<Vec<Conflict>, WriteError> {
        self.groups.put(&self.store, group)
    }

    /// Deletes a group.
    pub fn remove_group(&mut self, id: &Id) -> Result<Vec<Conflict>, WriteError> {
        self.groups.remove(&self.store, id)
    }

    /// Adds or replaces a journal entry.
    pub fn put_entry(&mut self, entry: JournalEntry) -> Result<Vec<Conflict>, WriteError> {
        self.journal.put(&self.store, entry)
    }

    /// Deletes a journal entry.
    pub fn remove_entry(&mut self, id: &Id) -> Result<Vec<Conflict>, WriteError> {
        self.journal.remove(&self.store, id)
    }

    /// Changes made here that are not stored yet.
    pub fn pending_count(&self) -> usize {
        self.groups.pending_count()
            + self.journal.pending_count()
            + self.exercises.pending_count()
            + self.attempts.pending_count()
            + self.goals.pending_count()
            + usize::from(self.settings_pending)
    }

    /// The member's survey attempts.
    pub fn attempts(&self) -> &Collection<Attempt> {
        &self.attempts
    }

    /// Stores a survey attempt.
    pub fn put_attempt(&mut self, attempt: Attempt) -> Result<Vec<Conflict>, WriteError> {
        self.attempts.put(&self.store, attempt)
    }

    /// The member's goals.
    pub fn goals(&self) -> &Collection<Goal> {
        &self.goals
    }

    /// Adds or replaces a goal.
    pub fn put_goal(&mut self, goal: Goal) -> Result<Vec<Conflict>, WriteError> {
        self.goals.put(&self.store, goal)
    }

    /// Deletes a goal.
    pub fn remove_goal(&mut self, id: &Id) -> Result<Vec<Conflict>, WriteError> {
        self.goals.remove(&self.store, id)
    }

    /// The journal draft.
    pub fn draft(&self) -> &JournalDraft {
        &self.draft
    }

    /// Keeps the journal draft (in memory even if storing fails).
    pub fn set_draft(&mut self, draft: JournalDraft) -> Result<(), WriteError> {
        self.draft = draft;
        save_draft(&self.store, &self.draft).map_err(WriteError::Store)
    }

    /// The counsellor's own exercises.
    pub fn exercises(&self) -> &Collection<Exercise> {
        &self.exercises
    }

    /// Adds or replaces one of the counsellor's exercises.
    pub fn put_exercise(&mut self, exercise: Exercise) -> Result<Vec<Conflict>, WriteError> {
        self.exercises.put(&self.store, exercise)
    }

    /// Deletes one of the counsellor's exercises.
    pub fn remove_exercise(&mut self, id: &Id) -> Result<Vec<Conflict>, WriteError> {
        self.exercises.remove(&self.store, id)
    }

    /// Tries again to store every pending change.
    pub fn retry(&mut self) -> Result<Vec<Conflict>, WriteError> {
        if self.settings_pending && !self.settings_read_only {
            save_settings(&self.store, &self.settings).map_err(WriteError::Store)?;
            self.settings_pending = false;
        }
        let mut conflicts = self.groups.retry(&self.store)?;
        conflicts.extend(self.journal.retry(&self.store)?);
        conflicts.extend(self.exercises.retry(&self.store)?);
        conflicts.extend(self.attempts.retry(&self.store)?);
        conflicts.extend(self.goals.retry(&self.store)?);
        Ok(conflicts)
    }

    /// Takes in a change another tab made (from the `storage` event).
    pub fn apply_external(&mut self, key: &str, new_value: Option<&str>) -> Changed {
        if !key.starts_with(KEY_PREFIX) {
            return Changed::Nothing;
        }
        if key == SETTINGS_KEY {
            if let Some(settings) = new_value.and_then(parse_settings) {
                self.settings = settings;
                return Changed::Settings;
            }
            return Changed::Nothing;
        }
        if let Some(issues) = self.groups.apply_external(key, new_value) {
            self.issues.extend(issues);
            return Changed::Groups;
        }
        if let Some(issues) = self.journal.apply_external(key, new_value) {
            self.issues.extend(issues);
            return Changed::Journal;
        }
        if let Some(issues) = self.exercises.apply_external(key, new_value) {
            self.issues.extend(issues);
            return Changed::Exercises;
        }
        if let Some(issues) = self.attempts.apply_external(key, new_value) {
            self.issues.extend(issues);
            return Changed::Attempts;
        }
        if let Some(issues) = self.goals.apply_external(key, new_value) {
            self.issues.extend(issues);
            return Changed::Goals;
        }
        Changed::Nothing
    }

    /// Space used on the device.
    pub fn usage(&self) -> Usage {
        Usage {
            used_units: self.store.used_units().unwrap_or(0),
            quota_units: QUOTA_UNITS,
        }
    }

    /// Unreadable values moved aside at load, with their raw text.
    pub fn quarantined(&self) -> Vec<(String, String)> {
        quarantined(&self.store)
    }

    /// Everything this tab holds (including changes not yet stored) as plain JSON, for the
    /// "save my data to a file" way out when storage fails.
    pub fn export_plain_json(&self) -> String {
        let doc = PlainExport {
            format: "hamdel-plain-export",
            version: super::schema::SCHEMA_VERSION,
            settings: &self.settings,
            groups: self.groups.items(),
            journal: self.journal.items(),
            exercises: self.exercises.items(),
            attempts: self.attempts.items(),
            goals: self.goals.items(),
        };
        serde_json::to_string(&doc).unwrap_or_else(|_| String::from("{}"))
    }

    /// The unreadable values set aside at load, exactly as they were stored, as JSON for a file.
    pub fn export_quarantine_json(&self) -> String {
        let doc = QuarantineExport {
            format: "hamdel-unreadable",
            items: self
                .quarantined()
                .into_iter()
                .map(|(key, raw)| QuarantinedItem { key, raw })
                .collect(),
        };
        serde_json::to_string(&doc).unwrap_or_else(|_| String::from("{}"))
    }
}
