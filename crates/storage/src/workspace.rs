//! Everything stored on this device, loaded once and changed only through this type's actions:
//! settings, the counsellor's groups and the member's journal.

use super::collection::{
    Collection, Conflict, KEY_PREFIX, LoadIssue, QUARANTINE_PREFIX, Record, WriteError, quarantined,
};
use super::draft_store::{JournalDraft, load_draft, save_draft};
use super::kits::{IDENTITY_KEY, ShareError, load_keys, open_share, save_keys};
use super::kv::{KeyValueStore, StoreError};
use super::sealed::{LockError, Locks, SealedStore, Space, new_lock, open_value, space_of_key};
use super::settings_store::{SETTINGS_KEY, load_settings, parse_settings, save_settings};
use hamdel_crypto::{self as crypto, KeyPair};
use hamdel_domain::backup::{ImportPlan, Records};
use hamdel_domain::exercise::Exercise;
use hamdel_domain::goal::Goal;
use hamdel_domain::group::SharedNote;
use hamdel_domain::kit::JoinedKit;
use hamdel_domain::outcome::{GroupResults, Outcome, Results, Source};
use hamdel_domain::safety::SafetyPlan;
use hamdel_domain::survey::{Attempt, Survey};
use hamdel_domain::{Group, Id, JournalEntry, Settings};
use serde::Serialize;

use hamdel_domain::collections;

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
    /// The counsellor's own surveys (#18).
    Surveys,
    /// Results brought into groups (#18).
    Outcomes,
    /// Survey attempts.
    Attempts,
    /// Goals.
    Goals,
    /// Joined group kits.
    Kits,
    /// The member's safety plan.
    Plans,
    /// A space's lock was switched on or off in another tab: everything may have changed.
    Locks,
}

/// The store seen through the locks (a macro, so the borrow of `store` and `locks` stays
/// separate from the collection being changed).
/// Where a collection's changes not stored yet wait across a reload (in the scratch store).
fn pending_key(name: &str) -> String {
    format!("{KEY_PREFIX}{name}/pending")
}

macro_rules! sealed {
    ($ws:expr) => {
        SealedStore {
            inner: &$ws.store,
            locks: &$ws.locks,
        }
    };
}

/// A type the workspace keeps as a collection of its own: made for each line of the table of
/// collections, so [`Workspace::put`] and [`Workspace::remove`] serve a new collection without
/// a method of its own.
pub trait InWorkspace: Record {
    /// The space its records are stored (and locked) in.
    const SPACE: Space;
    /// Its collection in `ws`, with the store seen through the locks to write it with.
    fn in_workspace<S: KeyValueStore>(
        ws: &mut Workspace<S>,
    ) -> (&mut Collection<Self>, SealedStore<'_, S>);
}

macro_rules! stored {
    ($($field:ident: $t:ty, $name:literal, $space:ident, $changed:ident;)*) => {
        $(
            impl InWorkspace for $t {
                const SPACE: Space = Space::$space;
                fn in_workspace<S: KeyValueStore>(
                    ws: &mut Workspace<S>,
                ) -> (&mut Collection<Self>, SealedStore<'_, S>) {
                    (&mut ws.$field, sealed!(ws))
                }
            }
        )*
    };
}
collections!(stored);

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
    surveys: Collection<Survey>,
    outcomes: Collection<Results>,
    attempts: Collection<Attempt>,
    goals: Collection<Goal>,
    kits: Collection<JoinedKit>,
    plans: Collection<SafetyPlan>,
    draft: JournalDraft,
    /// This tab's id for its own journal draft, and the other tab's draft it took over at load.
    tab: String,
    adopted_draft: Option<JournalDraft>,
    issues: Vec<LoadIssue>,
    locks: Locks,
    /// What was stored before a restore that could not be put back exactly: kept in memory
    /// until it is saved to a file or put back (review H2).
    unrestored: Vec<(String, String)>,
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

macro_rules! plain_export {
    ($($field:ident: $t:ty, $name:literal, $space:ident, $changed:ident;)*) => {
        /// "Save all my data to a file": every collection, the keys, and what stays sealed.
        #[derive(Serialize)]
        struct PlainExport<'a> {
            format: &'static str,
            version: u32,
            settings: &'a Settings,
            $($field: Vec<$t>,)*
            counsellor_keys: Vec<String>,
            /// Spaces locked now: their records are not readable in this tab, so they are in
            /// `sealed_values` as stored (still encrypted), and the person is told.
            locked_spaces: Vec<&'static str>,
            sealed_values: Vec<QuarantinedItem>,
        }
    };
}
collections!(plain_export);

impl<S: KeyValueStore> Workspace<S> {
    /// Loads everything from `store`, recovering from what cannot be read.
    pub fn open(store: S) -> Self {
        Self::open_as(store, "")
    }

    /// [`Workspace::open`] for the tab `tab` (its journal draft is its own).
    pub fn open_as(store: S, tab: &str) -> Self {
        let settings = load_settings(&store);
        macro_rules! new_workspace {
            ($($field:ident: $t:ty, $name:literal, $space:ident, $changed:ident;)*) => {
                Workspace {
                    locks: Locks::load(&store),
                    store,
                    settings: settings.settings,
                    settings_read_only: settings.read_only,
                    settings_pending: false,
                    $($field: Collection::empty($name),)*
                    draft: JournalDraft::default(),
                    tab: tab.to_owned(),
                    adopted_draft: None,
                    issues: settings.issues,
                    unrestored: Vec::new(),
                }
            };
        }
        let mut ws = collections!(new_workspace);
        for space in Space::ALL {
            if !ws.locks.closed(space) {
                ws.load_space(space);
            }
        }
        // Review #15: data set aside in an earlier session is offered for as long as it exists,
        // not only in the session that found it.
        let earlier: Vec<String> = ws
            .store
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| k.starts_with(QUARANTINE_PREFIX))
            .collect();
        for quarantine_key in earlier {
            let known = ws.issues.iter().any(|i| {
                matches!(i, LoadIssue::Quarantined { quarantine_key: q, .. } if *q == quarantine_key)
            });
            if !known {
                let rest = &quarantine_key[QUARANTINE_PREFIX.len()..];
                let key = rest.rsplit_once('#').map_or(rest, |(k, _)| k).to_owned();
                ws.issues.push(LoadIssue::Quarantined {
                    key,
                    quarantine_key,
                });
            }
        }
        ws
    }

    /// (Re)reads one space's data from the store, through the locks. Changes this tab had not
    /// stored yet are kept on top of what is read (review M6: an unlock dropped them).
    fn load_space(&mut self, space: Space) {
        let view = sealed!(self);
        let mut issues = Vec::new();
        macro_rules! reload {
            ($($field:ident: $t:ty, $name:literal, $space:ident, $changed:ident;)*) => {
                $(
                    if space == Space::$space {
                        let (mut fresh, found) = Collection::load(&view, $name);
                        fresh.adopt_pending(&self.$field);
                        self.$field = fresh;
                        issues.extend(found);
                    }
                )*
            };
        }
        collections!(reload);
        if space == Space::Member {
            let (draft, d) = load_draft(&view, &self.tab);
            self.adopted_draft = (!draft.is_empty()).then(|| draft.clone());
            self.draft = draft;
            issues.extend(d);
        }
        for issue in issues {
            if !self.issues.contains(&issue) {
                self.issues.push(issue);
            }
        }
        if space == Space::Counsellor {
            self.move_results_out_of_groups();
        }
    }

    /// Forgets one space's stored data in memory (it stays stored); changes not stored yet are
    /// kept when `keep_pending` (a lock: they exist nowhere else), dropped otherwise (a failed
    /// restore: they are what the restore staged).
    fn clear_space(&mut self, space: Space, keep_pending: bool) {
        macro_rules! clear {
            ($($field:ident: $t:ty, $name:literal, $space:ident, $changed:ident;)*) => {
                $(
                    if space == Space::$space {
                        self.$field = self.$field.cleared(keep_pending);
                    }
                )*
            };
        }
        collections!(clear);
        if space == Space::Member {
            self.draft = JournalDraft::default();
        }
    }

    /// Refuses a write to a space that is closed, before anything is staged (review M6: such
    /// writes were staged, then dropped at the unlock).
    fn open_for(&self, space: Space) -> Result<(), WriteError> {
        match self.locks.get(space) {
            Some(lock) if lock.is_damaged() => Err(WriteError::Store(StoreError::LockDamaged)),
            Some(lock) if !lock.is_open() => Err(WriteError::Store(StoreError::Locked)),
            _ => Ok(()),
        }
    }

    /// Changes of one space that are not stored yet.
    pub fn pending_in(&self, space: Space) -> usize {
        let mut n = 0;
        macro_rules! count {
            ($($field:ident: $t:ty, $name:literal, $space:ident, $changed:ident;)*) => {
                $(
                    if space == Space::$space {
                        n += self.$field.pending_count();
                    }
                )*
            };
        }
        collections!(count);
        n
    }

    /// The at-rest locks.
    pub fn locks(&self) -> &Locks {
        &self.locks
    }

    /// Opens a locked space with its passphrase and loads its data.
    pub fn unlock(&mut self, space: Space, passphrase: &str) -> Result<(), LockError> {
        self.locks.unlock(space, passphrase)?;
        self.load_space(space);
        if self.pending_in(space) > 0 {
            // Changes kept while the space was closed are stored now where they fit; what does
            // not fit stays pending and the usual "not saved yet" banner shows it.
            let _ = self.retry();
        }
        Ok(())
    }

    /// Locks a space now: its identity and data leave memory. Refused while some of its changes
    /// are not stored (they exist nowhere else).
    pub fn lock(&mut self, space: Space) -> Result<(), LockError> {
        if !self.locks.enabled(space) {
            return Err(LockError::NoLock);
        }
        if self.pending_in(space) > 0 {
            return Err(LockError::PendingChanges);
        }
        self.locks.close(space);
        self.clear_space(space, true);
        Ok(())
    }

    /// Switches the at-rest lock on for a space: a new identity wrapped by `passphrase`
    /// (scrypt 2^`log_n`), then every stored value of the space sealed. If storing fails part
    /// way, the lock is on and the rest stays readable; [`Workspace::reseal`] finishes the job.
    pub fn enable_lock(
        &mut self,
        space: Space,
        passphrase: &str,
        idle_minutes: u16,
        log_n: u8,
    ) -> Result<(), LockError> {
        if self.locks.enabled(space) {
            return Err(LockError::AlreadyOn);
        }
        let (record, keys) = new_lock(passphrase, idle_minutes, log_n)?;
        let json = serde_json::to_string(&record).map_err(|_| LockError::Internal)?;
        self.store
            .set(space.lock_key(), &json)
            .map_err(LockError::Store)?;
        self.locks.install(space, record, keys);
        self.reseal(space)
    }

    /// Seals every value of a locked space that is still stored in plain text.
    pub fn reseal(&mut self, space: Space) -> Result<(), LockError> {
        let view = sealed!(self);
        for key in self.space_keys(space)? {
            if let Some(raw) = self.store.get(&key).map_err(LockError::Store)?
                && !crypto::is_sealed(&raw)
            {
                view.set(&key, &raw).map_err(LockError::Store)?;
            }
        }
        Ok(())
    }

    /// How many stored values of the space are in plain text.
    pub fn plain_values(&self, space: Space) -> usize {
        self.space_keys(space)
            .unwrap_or_default()
            .iter()
            .filter(|k| {
                self.store
                    .get(k)
                    .ok()
                    .flatten()
                    .is_some_and(|v| !crypto::is_sealed(&v))
            })
            .count()
    }

    fn space_keys(&self, space: Space) -> Result<Vec<String>, LockError> {
        Ok(self
            .store
            .keys()
            .map_err(LockError::Store)?
            .into_iter()
            .filter(|k| space_of_key(k) == Some(space))
            .collect())
    }

    /// The open space's key pair: `NoLock` without a lock, `NotOpen` while it is locked.
    fn open_keys(&self, space: Space) -> Result<&KeyPair, LockError> {
        match self.locks.keys(space) {
            Some(keys) => Ok(keys),
            None if self.locks.enabled(space) => Err(LockError::NotOpen),
            None => Err(LockError::NoLock),
        }
    }

    /// Switches the lock off: every value opened and stored in plain text, then the lock record
    /// removed. If storing fails part way, the lock stays on and nothing is unreadable.
    pub fn disable_lock(&mut self, space: Space) -> Result<(), LockError> {
        let keys = self.open_keys(space)?;
        // Review L9: plain text takes more room than sealed, compressed text. Say so before
        // starting rather than failing part way with a quota message.
        let mut opened: Vec<(String, String)> = Vec::new();
        let mut growth: i64 = 0;
        for key in self.space_keys(space)? {
            if let Some(raw) = self.store.get(&key).map_err(LockError::Store)?
                && let Ok(plain) = crypto::unseal(keys, &raw)
            {
                growth += super::kv::utf16_len(&plain) as i64 - super::kv::utf16_len(&raw) as i64;
                opened.push((key, plain));
            }
        }
        let used = self.store.used_units().map_err(LockError::Store)? as i64;
        let quota = self.store.quota_units() as i64;
        if growth > 0 && used + growth > quota {
            return Err(LockError::WontFit {
                needed: (used + growth - quota) as usize,
            });
        }
        // A sealed value that does not open stays as it is (damaged already).
        for (key, plain) in opened {
            self.store.set(&key, &plain).map_err(LockError::Store)?;
        }
        self.store
            .remove(space.lock_key())
            .map_err(LockError::Store)?;
        self.locks.remove(space);
        Ok(())
    }

    /// Wraps the open identity with a new passphrase (the data is not rewritten).
    pub fn change_passphrase(
        &mut self,
        space: Space,
        passphrase: &str,
        log_n: u8,
    ) -> Result<(), LockError> {
        let keys = self.open_keys(space)?;
        let mut record = self
            .locks
            .get(space)
            .ok_or(LockError::NoLock)?
            .record
            .clone();
        record.wrapped = keys.wrap(passphrase, log_n)?;
        self.store_lock_record(space, record)
    }

    /// Changes how long the space may stay idle before it locks itself (0: never).
    pub fn set_idle_minutes(&mut self, space: Space, minutes: u16) -> Result<(), LockError> {
        let mut record = self
            .locks
            .get(space)
            .ok_or(LockError::NoLock)?
            .record
            .clone();
        record.idle_minutes = minutes;
        self.store_lock_record(space, record)
    }

    fn store_lock_record(
        &mut self,
        space: Space,
        record: super::sealed::LockRecord,
    ) -> Result<(), LockError> {
        let json = serde_json::to_string(&record).map_err(|_| LockError::Internal)?;
        self.store
            .set(space.lock_key(), &json)
            .map_err(LockError::Store)?;
        self.locks.set_record(space, record);
        Ok(())
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

    /// Adds or replaces a record of any collection (refused while its space is locked).
    pub fn put<T: InWorkspace>(&mut self, item: T) -> Result<Vec<Conflict>, WriteError> {
        self.open_for(T::SPACE)?;
        let (collection, sealed) = T::in_workspace(self);
        collection.put(&sealed, item)
    }

    /// Deletes a record of any collection (refused while its space is locked).
    pub fn remove<T: InWorkspace>(&mut self, id: &Id) -> Result<Vec<Conflict>, WriteError> {
        self.open_for(T::SPACE)?;
        let (collection, sealed) = T::in_workspace(self);
        collection.remove(&sealed, id)
    }

    /// Changes made here that are not stored yet.
    pub fn pending_count(&self) -> usize {
        Space::ALL
            .iter()
            .map(|s| self.pending_in(*s))
            .sum::<usize>()
            + usize::from(self.settings_pending)
    }

    /// The member's survey attempts.
    pub fn attempts(&self) -> &Collection<Attempt> {
        &self.attempts
    }

    /// The member's goals.
    pub fn goals(&self) -> &Collection<Goal> {
        &self.goals
    }

    /// The journal draft.
    pub fn draft(&self) -> &JournalDraft {
        &self.draft
    }

    /// Keeps the journal draft (in memory even if storing fails).
    pub fn set_draft(&mut self, draft: JournalDraft) -> Result<(), WriteError> {
        self.draft = draft;
        save_draft(
            &sealed!(self),
            &self.tab,
            self.adopted_draft.as_ref(),
            &self.draft,
        )
        .map_err(WriteError::Store)?;
        self.adopted_draft = None;
        Ok(())
    }

    /// The counsellor's own exercises.
    pub fn exercises(&self) -> &Collection<Exercise> {
        &self.exercises
    }

    /// The counsellor's own surveys (#18), every version.
    pub fn surveys(&self) -> &Collection<Survey> {
        &self.surveys
    }

    /// What share-backs and paper forms brought into groups, a record each (#18, item 6).
    pub fn outcomes(&self) -> &Collection<Results> {
        &self.outcomes
    }

    /// One group's results, gathered from its records.
    pub fn results_of(&self, group: &Id) -> GroupResults {
        GroupResults::of(group, self.outcomes.iter())
    }

    /// Removes a group and the results brought into it (#18, item 6), the group first: a
    /// failure after it leaves results no screen shows, removed at the next try, never a group
    /// without its results. Returns the results removed, for an undo.
    pub fn remove_group(&mut self, id: &Id) -> Result<(Vec<Conflict>, Vec<Results>), WriteError> {
        let mut conflicts = self.remove::<Group>(id)?;
        let results: Vec<Results> = self
            .outcomes
            .iter()
            .filter(|r| &r.group == id)
            .cloned()
            .collect();
        for r in &results {
            conflicts.extend(self.remove::<Results>(&r.id)?);
        }
        Ok((conflicts, results))
    }

    /// Schema 5 (#18, item 6): results an older version kept inside a group move into records
    /// of their own. A group's records are stored first, and the group is rewritten without
    /// them only once every one of them is: a failure at any point leaves each result stored
    /// at least once, and the next load finishes the move (the records' ids are stable, so a
    /// repeated move makes the same records; the report counts a result once either way).
    fn move_results_out_of_groups(&mut self) {
        if self.locks.closed(Space::Counsellor) {
            return;
        }
        // Runs at every load: only a group still holding results is copied.
        let holding: Vec<Group> = self
            .groups
            .iter()
            .filter(|g| g.has_legacy_results())
            .cloned()
            .collect();
        for mut g in holding {
            let mut all_stored = true;
            for mut r in g.take_results() {
                if let Some(here) = self.outcomes.get(&r.id) {
                    let mut both = here.clone();
                    both.absorb(r);
                    r = both;
                }
                if self.outcomes.get(&r.id) == Some(&r) {
                    continue;
                }
                all_stored &= matches!(self.put(r), Ok(c) if c.is_empty());
            }
            if all_stored && self.outcomes.pending_count() == 0 {
                let _ = self.put(g);
            }
        }
    }

    /// Tries again to store every pending change.
    pub fn retry(&mut self) -> Result<Vec<Conflict>, WriteError> {
        if self.settings_pending && !self.settings_read_only {
            save_settings(&self.store, &self.settings).map_err(WriteError::Store)?;
            self.settings_pending = false;
        }
        let mut conflicts = Vec::new();
        macro_rules! retry {
            ($($field:ident: $t:ty, $name:literal, $space:ident, $changed:ident;)*) => {
                $(conflicts.extend(self.$field.retry(&sealed!(self))?);)*
            };
        }
        collections!(retry);
        Ok(conflicts)
    }

    /// Takes in a change another tab made (from the `storage` event).
    pub fn apply_external(&mut self, key: &str, new_value: Option<&str>) -> Changed {
        if !key.starts_with(KEY_PREFIX) {
            return Changed::Nothing;
        }
        for space in Space::ALL {
            if key == space.lock_key() {
                if self.locks.apply_external(space, new_value) {
                    if self.locks.closed(space) {
                        self.clear_space(space, true);
                    } else {
                        self.load_space(space);
                    }
                }
                return Changed::Locks;
            }
        }
        let opened = match new_value {
            Some(raw) => match open_value(&self.locks, key, raw) {
                Some(plain) => Some(plain),
                // Sealed data of a space locked in this tab: nothing to show until unlocked.
                None => return Changed::Nothing,
            },
            None => None,
        };
        let new_value = opened.as_deref();
        if key == SETTINGS_KEY {
            if let Some(settings) = new_value.and_then(parse_settings) {
                self.settings = settings;
                return Changed::Settings;
            }
            return Changed::Nothing;
        }
        macro_rules! take_in {
            ($($field:ident: $t:ty, $name:literal, $space:ident, $changed:ident;)*) => {
                $(
                    if let Some(issues) = self.$field.apply_external(key, new_value) {
                        self.issues.extend(issues);
                        return Changed::$changed;
                    }
                )*
            };
        }
        collections!(take_in);
        if key == IDENTITY_KEY {
            return Changed::Groups;
        }
        Changed::Nothing
    }

    /// Keeps the changes not stored yet in `scratch` (the browser's sessionStorage: it
    /// survives a reload of the page, not the closing of the tab), one value a collection
    /// under `hamdel/<name>/pending`, sealed like stored data where the space is locked, so
    /// no plain text goes anywhere the lock would not cover (review #11); a collection with
    /// nothing pending has its value removed.
    pub fn keep_pending_in(&self, scratch: &impl KeyValueStore) -> Result<(), StoreError> {
        let view = SealedStore {
            inner: scratch,
            locks: &self.locks,
        };
        macro_rules! keep {
            ($($field:ident: $t:ty, $name:literal, $space:ident, $changed:ident;)*) => {
                $(
                    let key = pending_key($name);
                    match self.$field.pending_doc() {
                        Some(doc) => view.set(&key, &doc)?,
                        None => scratch.remove(&key)?,
                    }
                )*
            };
        }
        collections!(keep);
        Ok(())
    }

    /// Takes over the changes [`Workspace::keep_pending_in`] kept before a reload, on top of
    /// what is stored now (a retry then stores them, with the usual conflict rules); how many.
    /// Those of a locked space stay in `scratch` until it is unlocked and this is called again.
    pub fn take_pending_from(&mut self, scratch: &impl KeyValueStore) -> usize {
        let view = SealedStore {
            inner: scratch,
            locks: &self.locks,
        };
        let mut taken = 0;
        macro_rules! take {
            ($($field:ident: $t:ty, $name:literal, $space:ident, $changed:ident;)*) => {
                $(
                    let key = pending_key($name);
                    if let Ok(Some(doc)) = view.get(&key) {
                        taken += self.$field.adopt_pending_doc(&doc);
                    }
                )*
            };
        }
        collections!(take);
        taken
    }

    /// Space used on the device.
    pub fn usage(&self) -> Usage {
        Usage {
            used_units: self.store.used_units().unwrap_or(0),
            quota_units: self.store.quota_units(),
        }
    }

    /// Every record held in both spaces (for a backup).
    pub fn records(&self) -> Records {
        let counsellor_keys = load_keys(&sealed!(self)).unwrap_or_default();
        let key_recipients = counsellor_keys
            .iter()
            .map(|k| {
                KeyPair::from_secret(k).map_or_else(String::new, |p| p.recipient().to_string())
            })
            .collect();
        macro_rules! records {
            ($($field:ident: $t:ty, $name:literal, $space:ident, $changed:ident;)*) => {
                Records {
                    $($field: self.$field.items(),)*
                    counsellor_keys,
                    key_recipients,
                }
            };
        }
        collections!(records)
    }

    /// Brings back a planned import, all or nothing: if any write fails, every key of both
    /// spaces is put back exactly as it was (removing what was added first, so the old values
    /// fit again) and the error is returned.
    pub fn apply_import(&mut self, plan: &ImportPlan) -> Result<(), WriteError> {
        let mut touches_counsellor = !plan.new_keys.is_empty();
        let mut touches_member = false;
        macro_rules! touches {
            ($($field:ident: $t:ty, $name:literal, $space:ident, $changed:ident;)*) => {
                $(
                    if !plan.$field.is_noop() {
                        match Space::$space {
                            Space::Member => touches_member = true,
                            Space::Counsellor => touches_counsellor = true,
                        }
                    }
                )*
            };
        }
        collections!(touches);
        for (space, touched) in [
            (Space::Member, touches_member),
            (Space::Counsellor, touches_counsellor),
        ] {
            if touched && self.locks.closed(space) {
                return Err(WriteError::Store(StoreError::Locked));
            }
        }
        // Earlier changes that could not be stored would be tangled with the restore.
        self.retry()?;
        let live = |k: &str| !k.starts_with(QUARANTINE_PREFIX) && space_of_key(k).is_some();
        let mut before: Vec<(String, String)> = Vec::new();
        for key in self.store.keys().map_err(WriteError::Store)? {
            if live(&key)
                && let Some(raw) = self.store.get(&key).map_err(WriteError::Store)?
            {
                before.push((key, raw));
            }
        }
        let result = (|| {
            let view = sealed!(self);
            macro_rules! apply {
                ($($field:ident: $t:ty, $name:literal, $space:ident, $changed:ident;)*) => {
                    $(
                        self.$field.apply_batch(
                            &view,
                            plan.$field.puts.clone(),
                            &plan.$field.removes,
                        )?;
                    )*
                };
            }
            collections!(apply);
            if !plan.new_keys.is_empty() {
                let mut keys = load_keys(&view).map_err(WriteError::Store)?;
                keys.extend(plan.new_keys.iter().cloned());
                save_keys(&view, &keys).map_err(WriteError::Store)?;
            }
            Ok::<(), WriteError>(())
        })();
        if let Err(e) = result {
            let restored = self.put_back(&before);
            self.reload_as_stored();
            if !restored {
                // Review H2: never "exactly as before" unless it was read back and compared.
                self.unrestored = before;
                return Err(WriteError::RestoreUnverified);
            }
            return Err(e);
        }
        Ok(())
    }

    /// Puts the live keys back as in `before`: first removes what was added and shrinks what
    /// grew (so the old values fit again), then writes back what is still different, then
    /// reads everything back and compares. Returns whether the store now equals `before`.
    fn put_back(&self, before: &[(String, String)]) -> bool {
        let live = |k: &str| !k.starts_with(QUARANTINE_PREFIX) && space_of_key(k).is_some();
        let mut wanted: Vec<(&str, &str)> = before
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        wanted.sort_unstable();
        let find = |key: &str| {
            wanted
                .binary_search_by(|(k, _)| (*k).cmp(key))
                .ok()
                .map(|i| wanted[i].1)
        };
        for key in self.store.keys().unwrap_or_default() {
            if live(&key) && find(&key).is_none() {
                let _ = self.store.remove(&key);
            }
        }
        // Values that differ, the ones that free the most space first.
        let mut writes: Vec<(i64, &str, &str)> = wanted
            .iter()
            .filter_map(|(k, v)| {
                let now = self.store.get(k).ok().flatten();
                (now.as_deref() != Some(*v)).then(|| {
                    let now_len = now.map_or(0, |n| super::kv::utf16_len(&n)) as i64;
                    (super::kv::utf16_len(v) as i64 - now_len, *k, *v)
                })
            })
            .collect();
        writes.sort_unstable_by_key(|(growth, _, _)| *growth);
        for (_, key, value) in writes {
            let _ = self.store.set(key, value);
        }
        let Ok(keys) = self.store.keys() else {
            return false;
        };
        let mut now: Vec<String> = keys.into_iter().filter(|k| live(k)).collect();
        now.sort_unstable();
        now.len() == wanted.len()
            && now.iter().zip(&wanted).all(|(k, (wk, wv))| {
                k == wk && self.store.get(k).ok().flatten().as_deref() == Some(*wv)
            })
    }

    /// The stored data from before a restore that could not be put back exactly (empty when
    /// there is none), as JSON for a file: every key and its value as it was stored (values
    /// of a locked space stay sealed).
    pub fn unrestored_json(&self) -> Option<String> {
        if self.unrestored.is_empty() {
            return None;
        }
        let doc = QuarantineExport {
            format: "hamdel-before-restore",
            items: self
                .unrestored
                .iter()
                .map(|(key, raw)| QuarantinedItem {
                    key: key.clone(),
                    raw: raw.clone(),
                })
                .collect(),
        };
        serde_json::to_string(&doc).ok()
    }

    /// Tries again to put the data from before a failed restore back (after space was freed).
    /// Returns whether it is now exactly as before.
    pub fn retry_put_back(&mut self) -> bool {
        let before = std::mem::take(&mut self.unrestored);
        let done = self.put_back(&before);
        if !done {
            self.unrestored = before;
        }
        self.reload_as_stored();
        done
    }

    /// Reads every open space again exactly as stored, dropping what a failed restore staged
    /// (no other change is pending then: a restore first stores every earlier change).
    fn reload_as_stored(&mut self) {
        for space in Space::ALL {
            if !self.locks.closed(space) {
                self.clear_space(space, false);
                self.load_space(space);
            }
        }
    }

    /// The group kits the member joined.
    pub fn kits(&self) -> &Collection<JoinedKit> {
        &self.kits
    }

    /// The member's safety plan (one record at most).
    pub fn plans(&self) -> &Collection<SafetyPlan> {
        &self.plans
    }

    /// The counsellor's public recipient (`age1…`), creating the counsellor's key pair on first
    /// use. Refused while the counsellor space is locked.
    pub fn counsellor_recipient(&mut self) -> Result<String, WriteError> {
        let view = sealed!(self);
        // Review #16: a damaged key record is named as such, never "could not be stored".
        let unreadable = || WriteError::Unreadable {
            key: IDENTITY_KEY.to_owned(),
        };
        let mut keys = match load_keys(&view) {
            Ok(keys) => keys,
            Err(StoreError::Backend { .. }) => return Err(unreadable()),
            Err(e) => return Err(WriteError::Store(e)),
        };
        if keys.is_empty() {
            keys.push(KeyPair::generate().secret_text());
            save_keys(&view, &keys).map_err(WriteError::Store)?;
        }
        keys.first()
            .and_then(|k| KeyPair::from_secret(k))
            .map(|k| k.recipient().to_string())
            .ok_or_else(unreadable)
    }

    /// Brings a member's share-back into a group: survey results become outcomes (those taken
    /// for a moment of the group), exit tickets the group's exit results (#18), chosen entries
    /// and goals become shared notes. Refused, with
    /// nothing stored, for another counsellor, another group, a duplicate, a damaged file or
    /// results that do not fit the group's surveys (`survey` finds a survey by id). An attempt
    /// already brought in by an earlier share-back is not added again (review L5).
    pub fn receive_share(
        &mut self,
        group: &Id,
        bytes: &[u8],
        today: chrono::NaiveDate,
        survey: impl Fn(&Id) -> Option<hamdel_domain::survey::Survey>,
    ) -> Result<(String, usize, usize), ShareError> {
        let keys = match load_keys(&sealed!(self)) {
            Ok(keys) => keys,
            Err(StoreError::Locked) => {
                return Err(ShareError::Store(WriteError::Store(StoreError::Locked)));
            }
            Err(_) => return Err(ShareError::KeysUnreadable),
        };
        if keys.is_empty() {
            return Err(ShareError::NoKeys);
        }
        let share = open_share(&keys, bytes)?;
        if &share.group != group {
            return Err(ShareError::OtherGroup);
        }
        let g = self.groups.get(group).ok_or(ShareError::OtherGroup)?;
        // Each share-back is a record of its own, under its id (#18, item 6).
        if self.outcomes.get(&share.id).is_some() {
            return Err(ShareError::Duplicate);
        }
        share
            .check_results(g, survey)
            .map_err(ShareError::BadResults)?;
        let had = self.results_of(group);
        // An attempt is the member's: the same id from another member is another attempt.
        let code = hamdel_domain::member::code_key(&share.code);
        let mine = |c: &str| hamdel_domain::member::code_key(c) == code;
        let seen = |id: &Id| {
            had.outcomes
                .iter()
                .any(|o| o.attempt.as_ref() == Some(id) && mine(&o.code))
        };
        let outcomes: Vec<Outcome> = share
            .attempts
            .iter()
            .filter(|a| !seen(&a.id))
            .filter_map(|a| {
                a.moment.map(|moment| Outcome {
                    code: share.code.trim().to_owned(),
                    survey: a.survey.clone(),
                    moment,
                    date: a.date,
                    answers: a.answers.clone(),
                    source: Source::Shared {
                        share: share.id.clone(),
                    },
                    attempt: Some(a.id.clone()),
                })
            })
            .collect();
        let notes = share
            .journal
            .iter()
            .map(|e| (e.date, e.text.clone()))
            .chain(share.goals.iter().map(|goal| {
                let steps: Vec<&str> = goal.steps.iter().map(|s| s.text.as_str()).collect();
                (
                    today,
                    format!("{}\n{}", goal.title, steps.join("\n"))
                        .trim()
                        .to_owned(),
                )
            }))
            .map(|(date, text)| SharedNote {
                code: share.code.trim().to_owned(),
                share: share.id.clone(),
                date,
                text,
            })
            .collect::<Vec<_>>();
        let seen_ticket = |id: &Id| had.exit.iter().any(|r| &r.attempt == id && mine(&r.code));
        let tickets: Vec<hamdel_domain::exit::ExitResult> = share
            .attempts
            .iter()
            .filter(|a| a.survey.as_str() == hamdel_domain::exit::EXIT && !seen_ticket(&a.id))
            .filter_map(|a| {
                Some(hamdel_domain::exit::ExitResult {
                    code: share.code.trim().to_owned(),
                    session: a.session?,
                    date: a.date,
                    answers: a.answers.clone(),
                    share: share.id.clone(),
                    attempt: a.id.clone(),
                })
            })
            .collect();
        // An exit ticket is a survey result to the member and in the count the counsellor sees.
        let counts = (
            share.code.trim().to_owned(),
            outcomes.len() + tickets.len(),
            notes.len(),
        );
        let record = Results {
            id: share.id.clone(),
            group: group.clone(),
            outcomes,
            exit: tickets,
            notes,
        };
        self.put(record).map_err(ShareError::Store)?;
        Ok(counts)
    }

    /// Unreadable values moved aside at load, with their raw text.
    pub fn quarantined(&self) -> Vec<(String, String)> {
        quarantined(&sealed!(self))
    }

    /// Everything this tab holds (including changes not yet stored) as plain JSON, for the
    /// "save my data to a file" way out when storage fails: every collection, joined kits and
    /// the counsellor's keys (review #17). A locked space cannot be read here: its values go in
    /// as stored (still encrypted), and the spaces left locked are returned so the person is
    /// told.
    pub fn export_plain_json(&self) -> (String, Vec<Space>) {
        let closed: Vec<Space> = Space::ALL
            .into_iter()
            .filter(|s| self.locks.closed(*s))
            .collect();
        let sealed_values = self
            .store
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| space_of_key(k).is_some_and(|s| closed.contains(&s)))
            .filter_map(|key| {
                let raw = self.store.get(&key).ok().flatten()?;
                Some(QuarantinedItem { key, raw })
            })
            .collect();
        macro_rules! export {
            ($($field:ident: $t:ty, $name:literal, $space:ident, $changed:ident;)*) => {
                PlainExport {
                    format: "hamdel-plain-export",
                    version: super::schema::SCHEMA_VERSION,
                    settings: &self.settings,
                    $($field: self.$field.items(),)*
                    counsellor_keys: load_keys(&sealed!(self)).unwrap_or_default(),
                    locked_spaces: closed.iter().map(|s| s.name()).collect(),
                    sealed_values,
                }
            };
        }
        let doc = collections!(export);
        let json = serde_json::to_string(&doc).unwrap_or_else(|_| String::from("{}"));
        (json, closed)
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
