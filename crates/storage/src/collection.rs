//! A collection of records kept in numbered chunks (`hamdel/<name>/<n>`), newest chunk highest.
//!
//! Each save re-reads the one chunk it touches, merges this tab's pending changes into what is
//! stored *now* (so another tab's changes to other records survive), and writes that chunk
//! back. Records carry a revision; an edit based on a stale revision keeps both versions.
//! A failed write leaves the stored copy as it was and keeps the change pending in memory.

use super::kv::{KeyValueStore, StoreError};
use super::schema::SCHEMA_VERSION;
use super::vec_map::VecMap;
use hamdel_domain::Id;
pub use hamdel_records::{ChunkRead, Record, Stored};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// Records per chunk before a new chunk is started. Small enough that a save rewrites a few
/// tens of kilobytes, large enough that the first screen needs one chunk.
pub const CHUNK_CAPACITY: usize = 200;

/// Prefix of every key Hamdel owns in live use.
pub const KEY_PREFIX: &str = "hamdel/";
/// Prefix of keys holding unreadable values that were moved aside (never written over).
pub const QUARANTINE_PREFIX: &str = "hamdel-quarantine/";

#[derive(Serialize)]
struct ChunkDocRef<'a, T> {
    v: u32,
    records: &'a [Stored<T>],
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Op<T> {
    /// `was` is the record as stored at revision `base`, for a three-way merge when another
    /// window stored a newer revision meanwhile ([`Keyed::merge`]).
    Put {
        item: T,
        base: Option<u32>,
        was: Option<T>,
    },
    Delete {
        base: u32,
    },
}

/// Why a collection refuses writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadOnlyCause {
    /// A chunk was written by a newer version of Hamdel.
    FutureVersion,
    /// A chunk is unreadable and could not be moved aside.
    CorruptInPlace,
}

/// Something found while loading that the person should be told about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadIssue {
    /// An unreadable value was moved, unchanged, to `quarantine_key`.
    Quarantined {
        /// Where it was.
        key: String,
        /// Where it is now.
        quarantine_key: String,
    },
    /// An unreadable value could not be moved (no room); it was left untouched.
    CorruptLeftInPlace {
        /// Where it is.
        key: String,
    },
    /// A value written by a newer schema version.
    FutureVersion {
        /// Where it is.
        key: String,
        /// The version found.
        version: u32,
    },
    /// Storage could not be read at all.
    Unavailable,
}

/// Why a change was not stored. The change itself is kept in memory unless it was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// Refused: the collection is read-only (nothing changed, not even in memory).
    ReadOnly(ReadOnlyCause),
    /// The store refused the write; the change stays pending in memory.
    Store(StoreError),
    /// The chunk became unreadable since it was loaded; left untouched, change pending.
    Unreadable {
        /// The chunk's key.
        key: String,
    },
    /// A restore failed part way and what was stored before could not all be put back: the
    /// earlier data is kept in memory ([`super::Workspace::unrestored_json`]) to save to a file.
    RestoreUnverified,
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::ReadOnly(cause) => write!(f, "the collection is read-only ({cause:?})"),
            WriteError::Store(e) => write!(f, "not stored: {e}"),
            WriteError::Unreadable { key } => write!(f, "{key} is unreadable"),
            WriteError::RestoreUnverified => {
                f.write_str("the data from before the restore could not be verified as put back")
            }
        }
    }
}

impl std::error::Error for WriteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WriteError::Store(e) => Some(e),
            _ => None,
        }
    }
}

/// A concurrent change met while saving. Nothing is dropped in any case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    /// The record was edited elsewhere too: this edit won the id, the other version was kept
    /// under `copy`.
    KeptBoth {
        /// The record edited here.
        id: Id,
        /// Where the other tab's version now lives.
        copy: Id,
    },
    /// The record was deleted elsewhere: this edit brought it back.
    DeletedElsewhere {
        /// The record.
        id: Id,
    },
    /// The record was edited elsewhere, so this deletion was not applied.
    EditedElsewhere {
        /// The record.
        id: Id,
    },
}

static STAMP: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// A number never handed out before: a collection takes a new one whenever it may have changed.
fn next_stamp() -> u64 {
    STAMP.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// A chunked collection of records of type `T`.
#[derive(Debug, Clone)]
pub struct Collection<T> {
    name: &'static str,
    stamp: u64,
    chunks: VecMap<u32, Vec<Stored<T>>>,
    pending: VecMap<Id, (u32, Op<T>)>,
    /// The revision each record deleted here had: one put back (Undo) continues the count, so
    /// a stale tab's edit based on an old revision meets a conflict instead of overwriting it
    /// (found by tests/two_tabs_model.rs, seed 305).
    tombstones: VecMap<Id, u32>,
    read_only: Option<ReadOnlyCause>,
}

impl<T: Record> Collection<T> {
    /// An empty collection named `name` (the key segment after `hamdel/`).
    pub fn empty(name: &'static str) -> Self {
        Collection {
            name,
            stamp: next_stamp(),
            chunks: VecMap::default(),
            pending: VecMap::default(),
            tombstones: VecMap::default(),
            read_only: None,
        }
    }

    /// Loads every chunk. Unreadable chunks are moved to quarantine (or, if that fails, left
    /// in place and the collection made read-only); newer-version chunks make it read-only.
    pub fn load(store: &impl KeyValueStore, name: &'static str) -> (Self, Vec<LoadIssue>) {
        let mut coll = Self::empty(name);
        let mut issues = Vec::new();
        let keys = match store.keys() {
            Ok(keys) => keys,
            Err(_) => return (coll, vec![LoadIssue::Unavailable]),
        };
        let mut numbered: Vec<(u32, String)> = keys
            .into_iter()
            .filter_map(|k| coll.chunk_number(&k).map(|n| (n, k)))
            .collect();
        numbered.sort_unstable_by_key(|(n, _)| std::cmp::Reverse(*n));
        for (n, key) in numbered {
            let raw = match store.get(&key) {
                Ok(Some(raw)) => raw,
                Ok(None) => continue,
                Err(_) => {
                    issues.push(LoadIssue::Unavailable);
                    continue;
                }
            };
            match T::read_chunk(&raw) {
                Ok(ChunkRead::Records { good, bad }) => {
                    if !bad.is_empty() {
                        issues.extend(set_aside_records(store, &key, &good, &bad));
                    }
                    coll.chunks.insert(n, good);
                }
                Ok(ChunkRead::Future { version }) => {
                    coll.read_only = Some(ReadOnlyCause::FutureVersion);
                    issues.push(LoadIssue::FutureVersion { key, version });
                }
                Err(_) => match quarantine(store, &key, &raw) {
                    Ok(quarantine_key) => issues.push(LoadIssue::Quarantined {
                        key,
                        quarantine_key,
                    }),
                    Err(_) => {
                        coll.read_only.get_or_insert(ReadOnlyCause::CorruptInPlace);
                        issues.push(LoadIssue::CorruptLeftInPlace { key });
                    }
                },
            }
        }
        (coll, issues)
    }

    /// The same collection with no records in memory, keeping the changes not stored yet only
    /// when `keep_pending` ([`Collection::keeping_pending`]).
    pub fn cleared(&self, keep_pending: bool) -> Self {
        if keep_pending {
            self.keeping_pending()
        } else {
            Self::empty(self.name)
        }
    }

    /// The same collection with no stored records in memory, but every change not yet stored
    /// (a space that locks keeps what exists nowhere else; review M6).
    pub fn keeping_pending(&self) -> Self {
        let mut kept = Self::empty(self.name);
        kept.pending = self.pending.clone();
        for (chunk, op) in self.pending.values() {
            if let Op::Put { item, base, .. } = op {
                kept.chunks.get_or_default(*chunk).push(Stored {
                    rev: base.unwrap_or(0),
                    item: item.clone(),
                });
            }
        }
        kept
    }

    /// Takes over the changes `earlier` had not stored (after this collection was loaded
    /// afresh, e.g. at an unlock), on top of what is stored now; each is stored at the next
    /// write or retry, with the usual conflict rules against its original revision.
    pub fn adopt_pending(&mut self, earlier: &Self) {
        self.stamp = next_stamp();
        for (id, (_, op)) in earlier.pending.iter() {
            match op {
                Op::Put { item, base, was } => {
                    let chunk = match self.locate(id) {
                        Some((chunk, _)) => chunk,
                        None => self.head_for_new(),
                    };
                    self.stage_put(chunk, *base, was.clone(), item.clone());
                }
                Op::Delete { base } => {
                    if let Some((chunk, _)) = self.locate(id) {
                        if let Some(records) = self.chunks.get_mut(&chunk) {
                            records.retain(|s| s.item.id() != id);
                        }
                        self.pending
                            .insert(id.clone(), (chunk, Op::Delete { base: *base }));
                    }
                }
            }
        }
    }

    /// The changes not stored yet, as a document for a store that outlives a reload of the
    /// page but not the tab (review #11); `None` when there are none.
    pub fn pending_doc(&self) -> Option<String> {
        if self.pending.is_empty() {
            return None;
        }
        #[derive(Serialize)]
        struct Doc<'a, T> {
            v: u32,
            ops: Vec<(&'a Id, &'a (u32, Op<T>))>,
        }
        let doc = Doc {
            v: super::schema::SCHEMA_VERSION,
            ops: self.pending.iter().collect(),
        };
        serde_json::to_string(&doc).ok()
    }

    /// Takes over the changes in `raw` (a [`Collection::pending_doc`] written before a reload)
    /// on top of what is stored now, as [`Collection::adopt_pending`] does; how many. A
    /// document this version cannot read is left alone (0).
    pub fn adopt_pending_doc(&mut self, raw: &str) -> usize {
        #[derive(Deserialize)]
        #[serde(bound = "T: DeserializeOwned")]
        struct Doc<T> {
            v: u32,
            ops: Vec<(Id, (u32, Op<T>))>,
        }
        let Ok(doc) = serde_json::from_str::<Doc<T>>(raw) else {
            return 0;
        };
        if doc.v != super::schema::SCHEMA_VERSION {
            return 0;
        }
        let mut earlier = Self::empty(self.name);
        let n = doc.ops.len();
        for (id, op) in doc.ops {
            earlier.pending.insert(id, op);
        }
        self.adopt_pending(&earlier);
        n
    }

    /// Changes whenever the records may have changed (so a view copies them only then).
    pub fn stamp(&self) -> u64 {
        self.stamp
    }

    /// The collection's name.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// Why writes are refused, if they are.
    pub fn read_only(&self) -> Option<ReadOnlyCause> {
        self.read_only
    }

    /// Every record, newest chunk first (within a chunk, insertion order).
    pub fn items(&self) -> Vec<T> {
        self.chunks
            .values()
            .rev()
            .flat_map(|c| c.iter().map(|s| s.item.clone()))
            .collect()
    }

    /// Every record, borrowed, newest chunk first (as [`Collection::items`], without the copy).
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.chunks
            .values()
            .rev()
            .flat_map(|c| c.iter().map(|s| &s.item))
    }

    /// The record with this id.
    pub fn get(&self, id: &Id) -> Option<&T> {
        self.chunks
            .values()
            .flat_map(|c| c.iter())
            .find(|s| s.item.id() == id)
            .map(|s| &s.item)
    }

    /// How many records are held.
    pub fn len(&self) -> usize {
        self.chunks.values().map(Vec::len).sum()
    }

    /// Whether no record is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many chunks are held.
    pub fn chunk_count(&self) -> usize {
        self.chunks.len()
    }

    /// Changes made here that are not stored yet.
    pub fn pending_count(&self) -> usize {
        self.pending.len()
    }

    /// Adds or replaces a record and stores its chunk.
    pub fn put(
        &mut self,
        store: &impl KeyValueStore,
        item: T,
    ) -> Result<Vec<Conflict>, WriteError> {
        self.stamp = next_stamp();
        if let Some(cause) = self.read_only {
            return Err(WriteError::ReadOnly(cause));
        }
        let id = item.id().clone();
        let (chunk, base, was) = match self.pending.get(&id) {
            Some((chunk, Op::Put { base, was, .. })) => (*chunk, *base, was.clone()),
            Some((chunk, Op::Delete { base })) => (*chunk, Some(*base), None),
            None => match self.locate(&id) {
                Some((chunk, rev)) => (chunk, Some(rev), self.get(&id).cloned()),
                None => (self.head_for_new(), None, None),
            },
        };
        self.stage_put(chunk, base, was, item);
        self.flush_chunk(store, chunk)
    }

    /// Removes a record and stores its chunk. Removing an unknown id does nothing.
    pub fn remove(
        &mut self,
        store: &impl KeyValueStore,
        id: &Id,
    ) -> Result<Vec<Conflict>, WriteError> {
        self.stamp = next_stamp();
        if let Some(cause) = self.read_only {
            return Err(WriteError::ReadOnly(cause));
        }
        let (chunk, base) = match self.pending.get(id) {
            Some((chunk, Op::Put { base, .. })) => (*chunk, *base),
            Some((_, Op::Delete { .. })) => return Ok(Vec::new()),
            None => match self.locate(id) {
                Some((chunk, rev)) => (chunk, Some(rev)),
                None => return Ok(Vec::new()),
            },
        };
        if let Some(records) = self.chunks.get_mut(&chunk) {
            records.retain(|s| s.item.id() != id);
        }
        match base {
            // Never stored: forgetting the pending put is the whole deletion.
            None => {
                self.pending.remove(id);
                Ok(Vec::new())
            }
            Some(base) => {
                self.tombstones.insert(id.clone(), base);
                self.pending
                    .insert(id.clone(), (chunk, Op::Delete { base }));
                self.flush_chunk(store, chunk)
            }
        }
    }

    /// Stores many changes at once (a restore): every touched chunk is read and written once.
    /// On error, the changes not stored stay pending, like single changes.
    pub fn apply_batch(
        &mut self,
        store: &impl KeyValueStore,
        puts: Vec<T>,
        removes: &[Id],
    ) -> Result<Vec<Conflict>, WriteError> {
        self.stamp = next_stamp();
        if let Some(cause) = self.read_only {
            return Err(WriteError::ReadOnly(cause));
        }
        let mut located: Vec<(Id, (u32, u32))> = self
            .chunks
            .iter()
            .flat_map(|(n, c)| c.iter().map(move |s| (s.item.id().clone(), (*n, s.rev))))
            .collect();
        located.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let find = |id: &Id| {
            located
                .binary_search_by(|(k, _)| k.cmp(id))
                .ok()
                .map(|i| located[i].1)
        };
        let mut touched: Vec<u32> = Vec::new();
        for id in removes {
            if let Some((chunk, rev)) = find(id) {
                if let Some(records) = self.chunks.get_mut(&chunk) {
                    records.retain(|s| s.item.id() != id);
                }
                self.tombstones.insert(id.clone(), rev);
                self.pending
                    .insert(id.clone(), (chunk, Op::Delete { base: rev }));
                touched.push(chunk);
            }
        }
        for item in puts {
            let id = item.id().clone();
            let (chunk, base) = match find(&id) {
                Some((chunk, rev)) => (chunk, Some(rev)),
                None => (self.head_for_new(), None),
            };
            self.stage_put(chunk, base, None, item);
            touched.push(chunk);
        }
        touched.sort_unstable();
        touched.dedup();
        let mut conflicts = Vec::new();
        for chunk in touched {
            conflicts.extend(self.flush_chunk(store, chunk)?);
        }
        Ok(conflicts)
    }

    /// Tries again to store every pending change.
    pub fn retry(&mut self, store: &impl KeyValueStore) -> Result<Vec<Conflict>, WriteError> {
        self.stamp = next_stamp();
        let mut chunks: Vec<u32> = Vec::new();
        for (c, _) in self.pending.values() {
            if !chunks.contains(c) {
                chunks.push(*c);
            }
        }
        let mut conflicts = Vec::new();
        for chunk in chunks {
            conflicts.extend(self.flush_chunk(store, chunk)?);
        }
        Ok(conflicts)
    }

    /// Takes in a change another tab made to `key` (the `storage` event). Returns whether the
    /// key belongs to this collection.
    pub fn apply_external(&mut self, key: &str, new_value: Option<&str>) -> Option<Vec<LoadIssue>> {
        self.stamp = next_stamp();
        let n = self.chunk_number(key)?;
        let mut issues = Vec::new();
        let fresh = match new_value {
            None => Vec::new(),
            Some(raw) => match T::read_chunk(raw) {
                Ok(ChunkRead::Records { good, bad }) => {
                    // Records that do not decode stay where the other tab put them; this tab
                    // sets them aside before it next writes the chunk.
                    if !bad.is_empty() {
                        issues.push(LoadIssue::CorruptLeftInPlace {
                            key: key.to_owned(),
                        });
                    }
                    good
                }
                Ok(ChunkRead::Future { version }) => {
                    self.read_only = Some(ReadOnlyCause::FutureVersion);
                    return Some(vec![LoadIssue::FutureVersion {
                        key: key.to_owned(),
                        version,
                    }]);
                }
                // Another tab wrote something unreadable: keep what we have, touch nothing.
                Err(_) => {
                    return Some(vec![LoadIssue::CorruptLeftInPlace {
                        key: key.to_owned(),
                    }]);
                }
            },
        };
        let (merged, _) = self.merge_pending(n, fresh);
        if merged.is_empty() {
            // An emptied chunk is removed, not kept as an empty entry.
            self.chunks.remove(&n);
        } else {
            self.chunks.insert(n, merged);
        }
        Some(issues)
    }

    /// Puts `item` into chunk `chunk` in memory and records it as pending (based on `base`).
    fn stage_put(&mut self, chunk: u32, base: Option<u32>, was: Option<T>, item: T) {
        let id = item.id().clone();
        let records = self.chunks.get_or_default(chunk);
        match records.iter_mut().find(|s| s.item.id() == &id) {
            Some(s) => s.item = item.clone(),
            None => records.push(Stored {
                rev: base.unwrap_or(0),
                item: item.clone(),
            }),
        }
        self.pending
            .insert(id, (chunk, Op::Put { item, base, was }));
    }

    fn chunk_key(&self, n: u32) -> String {
        format!("{KEY_PREFIX}{}/{n:05}", self.name)
    }

    fn chunk_number(&self, key: &str) -> Option<u32> {
        let rest = key
            .strip_prefix(KEY_PREFIX)?
            .strip_prefix(self.name)?
            .strip_prefix('/')?;
        if rest.is_empty() || !rest.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        rest.parse().ok()
    }

    fn locate(&self, id: &Id) -> Option<(u32, u32)> {
        self.chunks
            .iter()
            .find_map(|(n, c)| c.iter().find(|s| s.item.id() == id).map(|s| (*n, s.rev)))
    }

    fn head_for_new(&self) -> u32 {
        match self.chunks.last() {
            Some((n, records)) if records.len() < CHUNK_CAPACITY => *n,
            Some((n, _)) => n + 1,
            None => 1,
        }
    }

    /// Applies this tab's pending changes for chunk `n` on top of `fresh` (what is stored now).
    fn merge_pending(&self, n: u32, mut fresh: Vec<Stored<T>>) -> (Vec<Stored<T>>, Vec<Conflict>) {
        let mut conflicts = Vec::new();
        for (id, (_, op)) in self.pending.iter().filter(|(_, (c, _))| *c == n) {
            let pos = fresh.iter().position(|s| s.item.id() == id);
            match (op, pos) {
                (Op::Put { item, base, was }, Some(p)) => {
                    let theirs = fresh[p].clone();
                    let merged = match was {
                        Some(was) if *base != Some(theirs.rev) => T::merge(was, item, &theirs.item),
                        _ => None,
                    };
                    fresh[p] = Stored {
                        rev: theirs.rev + 1,
                        item: merged.clone().unwrap_or_else(|| item.clone()),
                    };
                    // The same record written the same way in two windows (one share-back
                    // brought in by both, #18) is one record, not a conflict.
                    let same = theirs.item == *item;
                    if *base != Some(theirs.rev) && merged.is_none() && !same {
                        // The copy's id is stable (a retry finds the copy it made and adds no
                        // second one), but an id already holding *another* version — an
                        // earlier conflict at the same revision, after a deletion restarted
                        // the count — is never written over (found by tests/two_tabs_model.rs,
                        // seed 55): the next free `~rev.n` is used.
                        let mut copy = id.conflict_copy(theirs.rev);
                        let mut n = 1u32;
                        loop {
                            match fresh.iter().find(|s| s.item.id() == &copy) {
                                None => {
                                    fresh.push(Stored {
                                        rev: 1,
                                        item: theirs.item.with_id(copy.clone()),
                                    });
                                    break;
                                }
                                Some(s) if s.item.with_id(id.clone()) == theirs.item => break,
                                Some(_) => {
                                    n += 1;
                                    copy = Id::from_raw(format!(
                                        "{}.{n}",
                                        id.conflict_copy(theirs.rev).as_str()
                                    ));
                                }
                            }
                        }
                        conflicts.push(Conflict::KeptBoth {
                            id: id.clone(),
                            copy,
                        });
                    }
                }
                (Op::Put { item, base, .. }, None) => {
                    // Brought back after a deletion elsewhere, it continues the count: at 1
                    // again, a stale tab's edit based on revision 1 would overwrite it without
                    // a conflict (found by tests/two_tabs_model.rs, seed 228).
                    let rev = match base {
                        Some(b) => b + 1,
                        None => self.tombstones.get(id).map_or(1, |t| t + 1),
                    };
                    fresh.push(Stored {
                        rev,
                        item: item.clone(),
                    });
                    if base.is_some() {
                        conflicts.push(Conflict::DeletedElsewhere { id: id.clone() });
                    }
                }
                (Op::Delete { base }, Some(p)) => {
                    if fresh[p].rev == *base {
                        fresh.remove(p);
                    } else {
                        conflicts.push(Conflict::EditedElsewhere { id: id.clone() });
                    }
                }
                (Op::Delete { .. }, None) => {}
            }
        }
        (fresh, conflicts)
    }

    fn flush_chunk(
        &mut self,
        store: &impl KeyValueStore,
        n: u32,
    ) -> Result<Vec<Conflict>, WriteError> {
        let key = self.chunk_key(n);
        let fresh = match store.get(&key).map_err(WriteError::Store)? {
            None => Vec::new(),
            Some(raw) => match T::read_chunk(&raw) {
                Ok(ChunkRead::Records { good, bad }) => {
                    // Records that do not decode are copied aside first: the write below leaves
                    // them out, so it may happen only once they are safe elsewhere.
                    for record in &bad {
                        set_aside(store, &key, record)
                            .map_err(|_| WriteError::Unreadable { key: key.clone() })?;
                    }
                    good
                }
                Ok(ChunkRead::Future { .. }) => {
                    self.read_only = Some(ReadOnlyCause::FutureVersion);
                    return Err(WriteError::ReadOnly(ReadOnlyCause::FutureVersion));
                }
                Err(_) => return Err(WriteError::Unreadable { key }),
            },
        };
        let (merged, conflicts) = self.merge_pending(n, fresh);
        let result = if merged.is_empty() {
            store.remove(&key)
        } else {
            let doc = ChunkDocRef {
                v: SCHEMA_VERSION,
                records: &merged,
            };
            match serde_json::to_string(&doc) {
                Ok(json) => store.set(&key, &json),
                Err(e) => Err(StoreError::Backend {
                    name: format!("serialize: {e}"),
                }),
            }
        };
        // Memory shows the merged view whether or not the write succeeded: this tab's changes
        // stay visible (and pending on failure) and the other tabs' changes are picked up.
        if merged.is_empty() {
            self.chunks.remove(&n);
        } else {
            self.chunks.insert(n, merged);
        }
        result.map_err(WriteError::Store)?;
        self.pending.retain(|_, (c, _)| *c != n);
        Ok(conflicts)
    }
}

/// Copies an unreadable value, unchanged, to a fresh quarantine key for `key`
/// (`hamdel-quarantine/<key>#<n>`), never over an existing one. Returns the quarantine key.
pub fn set_aside(store: &impl KeyValueStore, key: &str, raw: &str) -> Result<String, StoreError> {
    let qkey = fresh_quarantine_key(store, key)?;
    store.set(&qkey, raw)?;
    Ok(qkey)
}

/// The first `hamdel-quarantine/<key>#<n>` not in use.
fn fresh_quarantine_key(store: &impl KeyValueStore, key: &str) -> Result<String, StoreError> {
    let mut n = 1u32;
    loop {
        let candidate = format!("{QUARANTINE_PREFIX}{key}#{n}");
        if store.get(&candidate)?.is_none() {
            return Ok(candidate);
        }
        n += 1;
    }
}

/// Moves an unreadable value to a fresh quarantine key and removes the original. The store
/// moves it without reading it into Rust where it can ([`KeyValueStore::move_value`]: a lone
/// UTF-16 surrogate survives). Never writes over an existing quarantine key. On any error the
/// original stays in place.
pub fn quarantine(store: &impl KeyValueStore, key: &str, raw: &str) -> Result<String, StoreError> {
    let qkey = fresh_quarantine_key(store, key)?;
    if !store.move_value(key, &qkey)? {
        store.set(&qkey, raw)?;
        store.remove(key)?;
    }
    Ok(qkey)
}

/// Sets aside the records of chunk `key` that do not decode, then rewrites the chunk with the
/// `good` ones. If a copy cannot be made, the chunk is left as it is (nothing is lost: the next
/// write of the chunk tries again, and refuses to write until the copy is made).
fn set_aside_records<T: Serialize>(
    store: &impl KeyValueStore,
    key: &str,
    good: &[Stored<T>],
    bad: &[String],
) -> Vec<LoadIssue> {
    let mut issues = Vec::new();
    for record in bad {
        match set_aside(store, key, record) {
            Ok(quarantine_key) => issues.push(LoadIssue::Quarantined {
                key: key.to_owned(),
                quarantine_key,
            }),
            Err(_) => {
                return vec![LoadIssue::CorruptLeftInPlace {
                    key: key.to_owned(),
                }];
            }
        }
    }
    let rewritten = if good.is_empty() {
        store.remove(key)
    } else {
        let doc = ChunkDocRef {
            v: SCHEMA_VERSION,
            records: good,
        };
        match serde_json::to_string(&doc) {
            Ok(json) => store.set(key, &json),
            Err(e) => Err(StoreError::Backend {
                name: format!("serialize: {e}"),
            }),
        }
    };
    // If the rewrite fails the records are both set aside and still in the chunk: a second
    // copy at the next load, never a loss.
    let _ = rewritten;
    issues
}

/// Every quarantined key and its raw value, for saving to a file.
pub fn quarantined(store: &impl KeyValueStore) -> Vec<(String, String)> {
    store
        .keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|k| k.starts_with(QUARANTINE_PREFIX))
        .filter_map(|k| store.get(&k).ok().flatten().map(|v| (k, v)))
        .collect()
}
