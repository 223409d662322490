//! The at-rest lock: which stored values belong to which space, the lock records, and a
//! [`KeyValueStore`] view that seals values on the way in and opens them on the way out.
//!
//! A locked space keeps, under `hamdel/lock/<space>`, its age X25519 recipient (public) and its
//! identity wrapped by the person's passphrase. Every value of that space — collection chunks,
//! the draft, and values moved to quarantine — is stored sealed to the recipient
//! ([`hamdel_crypto::seal`]); keys stay readable (they hold no personal text). Writing needs only
//! the recipient; reading needs the identity, which lives only in memory after an unlock.

use super::collection::{KEY_PREFIX, QUARANTINE_PREFIX};
use super::kv::{KeyValueStore, StoreError};
use hamdel_crypto::{self as crypto, KeyPair, Recipient};
use serde::{Deserialize, Serialize};

/// The two spaces, each with its own lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Space {
    /// The member's journal, surveys, goals and draft.
    Member,
    /// The counsellor's groups and exercises.
    Counsellor,
}

impl Space {
    /// Both spaces.
    pub const ALL: [Space; 2] = [Space::Member, Space::Counsellor];

    /// The key of this space's lock record.
    pub fn lock_key(self) -> &'static str {
        match self {
            Space::Member => "hamdel/lock/member",
            Space::Counsellor => "hamdel/lock/counsellor",
        }
    }

    /// The space's name in files (`member`, `counsellor`).
    pub fn name(self) -> &'static str {
        match self {
            Space::Member => "member",
            Space::Counsellor => "counsellor",
        }
    }

    fn index(self) -> usize {
        match self {
            Space::Member => 0,
            Space::Counsellor => 1,
        }
    }
}

/// The space a stored key belongs to (`None`: settings, lock records and anything else that
/// holds no personal text). Quarantined keys belong to the space of the key they came from.
pub fn space_of_key(key: &str) -> Option<Space> {
    let original = key.strip_prefix(QUARANTINE_PREFIX).unwrap_or(key);
    let rest = original.strip_prefix(KEY_PREFIX)?;
    let segment = rest.split(['/', '#']).next()?;
    macro_rules! space_of_collection {
        ($($field:ident: $t:ty, $name:literal, $space:ident, $changed:ident;)*) => {
            match segment {
                $($name => return Some(Space::$space),)*
                _ => {}
            }
        };
    }
    hamdel_domain::collections!(space_of_collection);
    match segment {
        "draft" => Some(Space::Member),
        "identity" => Some(Space::Counsellor),
        _ => None,
    }
}

/// Default minutes of inactivity before a space locks itself.
pub const DEFAULT_IDLE_MINUTES: u16 = 10;

/// What is stored under [`Space::lock_key`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockRecord {
    /// Version of this record's layout.
    pub v: u32,
    /// The recipient every value of the space is sealed to (`age1…`).
    pub recipient: String,
    /// The identity, as an age file encrypted to the passphrase, base64.
    pub wrapped: String,
    /// Minutes of inactivity before locking (0: never).
    #[serde(default)]
    pub idle_minutes: u16,
}

/// One space's lock in memory.
#[derive(Debug)]
pub struct SpaceLock {
    /// As stored.
    pub record: LockRecord,
    /// `None` when the stored record is damaged or could not be read: the space is then
    /// read-only (review L2: it used to seal to a throwaway key nobody holds).
    recipient: Option<Recipient>,
    /// Present only while unlocked.
    keys: Option<KeyPair>,
}

impl SpaceLock {
    /// Whether the stored lock record is damaged or unreadable (the space is read-only).
    pub fn is_damaged(&self) -> bool {
        self.recipient.is_none()
    }

    /// A lock whose record could not be read: nothing of its space is read or written.
    fn damaged() -> Self {
        SpaceLock {
            record: LockRecord {
                v: 1,
                recipient: String::new(),
                wrapped: String::new(),
                idle_minutes: 0,
            },
            recipient: None,
            keys: None,
        }
    }

    /// Whether the identity is in memory.
    pub fn is_open(&self) -> bool {
        self.keys.is_some()
    }
}

/// Both spaces' locks (`None`: that space is not locked at rest).
#[derive(Debug, Default)]
pub struct Locks {
    spaces: [Option<SpaceLock>; 2],
}

/// Why a lock operation did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockError {
    /// The passphrase did not open the identity.
    WrongPassphrase,
    /// The lock record or the wrapped identity is damaged.
    Damaged,
    /// Encryption failed.
    Internal,
    /// The store refused.
    Store(StoreError),
    /// The space is locked, or not set up for a lock.
    NotOpen,
    /// Changes that could not be stored yet would be lost by locking.
    /// The space has no lock (there is nothing to lock, open or switch off).
    NoLock,
    /// The space has a lock already (it cannot be switched on twice).
    AlreadyOn,
    PendingChanges,
    /// Switching the lock off would not fit: the plain data needs this many more UTF-16 units
    /// than the browser allows (review L9). Nothing was changed.
    WontFit {
        /// Units over the quota.
        needed: usize,
    },
}

impl std::fmt::Display for LockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LockError::WrongPassphrase => f.write_str("the passphrase does not open the lock"),
            LockError::Damaged => f.write_str("the lock record is damaged"),
            LockError::Internal => f.write_str("the lock could not be made (no randomness?)"),
            LockError::Store(e) => write!(f, "not stored: {e}"),
            LockError::NotOpen => f.write_str("the space is locked: unlock it first"),
            LockError::NoLock => f.write_str("the space has no lock"),
            LockError::AlreadyOn => f.write_str("the space has a lock already"),
            LockError::PendingChanges => f.write_str("changes of the space are not stored yet"),
            LockError::WontFit { needed } => {
                write!(f, "the plain data would need {needed} more units than fit")
            }
        }
    }
}

impl std::error::Error for LockError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LockError::Store(e) => Some(e),
            _ => None,
        }
    }
}

impl From<crypto::CryptoError> for LockError {
    fn from(e: crypto::CryptoError) -> Self {
        match e {
            crypto::CryptoError::WrongKey => LockError::WrongPassphrase,
            crypto::CryptoError::Internal => LockError::Internal,
            _ => LockError::Damaged,
        }
    }
}

impl Locks {
    /// Reads both lock records. A damaged record still marks its space locked (nothing is
    /// read or written in plain text there), and unlocking reports the damage.
    pub fn load(store: &impl KeyValueStore) -> Self {
        let mut locks = Locks::default();
        for space in Space::ALL {
            match store.get(space.lock_key()) {
                Ok(Some(raw)) => locks.spaces[space.index()] = Some(parse_lock(&raw)),
                Ok(None) => {}
                // Review L2: a record that cannot be read is not "no lock" (that would write
                // plain text into a locked space): the space stays closed and read-only.
                Err(StoreError::Unavailable) => {}
                Err(_) => locks.spaces[space.index()] = Some(SpaceLock::damaged()),
            }
        }
        locks
    }

    /// The space's lock, if it has one.
    pub fn get(&self, space: Space) -> Option<&SpaceLock> {
        self.spaces[space.index()].as_ref()
    }

    /// Whether the space has a lock.
    pub fn enabled(&self, space: Space) -> bool {
        self.get(space).is_some()
    }

    /// Whether the space has a lock and it is closed (its data is not readable now).
    pub fn closed(&self, space: Space) -> bool {
        self.get(space).is_some_and(|l| !l.is_open())
    }

    /// Opens the space's identity with the passphrase (the one slow step: a key derivation).
    pub fn unlock(&mut self, space: Space, passphrase: &str) -> Result<(), LockError> {
        let lock = self.spaces[space.index()]
            .as_mut()
            .ok_or(LockError::NoLock)?;
        let Some(recipient) = &lock.recipient else {
            return Err(LockError::Damaged);
        };
        let keys = KeyPair::unwrap(&lock.record.wrapped, passphrase)?;
        if keys.recipient().to_string() != recipient.to_string() {
            return Err(LockError::Damaged);
        }
        lock.keys = Some(keys);
        Ok(())
    }

    /// Forgets the identity.
    pub fn close(&mut self, space: Space) {
        if let Some(lock) = self.spaces[space.index()].as_mut() {
            lock.keys = None;
        }
    }

    /// Installs a new, open lock (after its record was stored).
    pub fn install(&mut self, space: Space, record: LockRecord, keys: KeyPair) {
        let recipient = Some(keys.recipient());
        self.spaces[space.index()] = Some(SpaceLock {
            record,
            recipient,
            keys: Some(keys),
        });
    }

    /// Removes the space's lock from memory.
    pub fn remove(&mut self, space: Space) -> Option<SpaceLock> {
        self.spaces[space.index()].take()
    }

    /// The open identity of a space.
    pub fn keys(&self, space: Space) -> Option<&KeyPair> {
        self.get(space).and_then(|l| l.keys.as_ref())
    }

    /// Replaces a space's record in memory (after the stored one was replaced).
    pub fn set_record(&mut self, space: Space, record: LockRecord) {
        if let Some(lock) = self.spaces[space.index()].as_mut() {
            lock.record = record;
        }
    }

    /// Re-reads a lock record another tab changed. Returns whether this space's state changed
    /// (a new or removed lock: the space's data must be reloaded or locked).
    pub fn apply_external(&mut self, space: Space, new_value: Option<&str>) -> bool {
        let current = self.get(space).map(|l| l.record.clone());
        match new_value {
            None => self.spaces[space.index()].take().is_some(),
            Some(raw) => {
                let fresh = parse_lock(raw);
                if current.as_ref() == Some(&fresh.record) {
                    return false;
                }
                let same_key = current.is_some_and(|c| c.recipient == fresh.record.recipient);
                let keys = if same_key {
                    self.spaces[space.index()]
                        .as_mut()
                        .and_then(|l| l.keys.take())
                } else {
                    None
                };
                self.spaces[space.index()] = Some(SpaceLock { keys, ..fresh });
                !same_key
            }
        }
    }
}

fn parse_lock(raw: &str) -> SpaceLock {
    let record: Option<LockRecord> = serde_json::from_str(raw).ok();
    let recipient = record.as_ref().and_then(|r| Recipient::parse(&r.recipient));
    match (record, recipient) {
        (Some(record), Some(recipient)) => SpaceLock {
            record,
            recipient: Some(recipient),
            keys: None,
        },
        // Unreadable record: the space is read-only, and unlocking reports the damage.
        _ => SpaceLock::damaged(),
    }
}

/// Builds a fresh lock for a space: a new identity wrapped by `passphrase`.
pub fn new_lock(
    passphrase: &str,
    idle_minutes: u16,
    log_n: u8,
) -> Result<(LockRecord, KeyPair), LockError> {
    let keys = KeyPair::generate();
    let record = LockRecord {
        v: 1,
        recipient: keys.recipient().to_string(),
        wrapped: keys.wrap(passphrase, log_n)?,
        idle_minutes,
    };
    Ok((record, keys))
}

/// A view of a store through the locks: values of a locked space are sealed when written and
/// opened when read. Reading a sealed value of a closed space is refused
/// ([`StoreError::Locked`]), never passed on as if it were data.
pub struct SealedStore<'a, S> {
    /// The store underneath.
    pub inner: &'a S,
    /// The locks.
    pub locks: &'a Locks,
}

impl<S: KeyValueStore> KeyValueStore for SealedStore<'_, S> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        let Some(raw) = self.inner.get(key)? else {
            return Ok(None);
        };
        if !crypto::is_sealed(&raw) {
            return Ok(Some(raw));
        }
        let Some(space) = space_of_key(key) else {
            return Ok(Some(raw));
        };
        match self.locks.keys(space) {
            // A sealed value that does not open is damaged data: handed on as it is, so the
            // reader quarantines it, sealed, like any other unreadable value.
            Some(keys) => Ok(Some(crypto::unseal(keys, &raw).unwrap_or(raw))),
            None => Err(StoreError::Locked),
        }
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let lock = space_of_key(key).and_then(|space| self.locks.get(space));
        match lock {
            Some(lock) if !crypto::is_sealed(value) => {
                let recipient = lock.recipient.as_ref().ok_or(StoreError::LockDamaged)?;
                let sealed = crypto::seal(recipient, value).map_err(|_| StoreError::Backend {
                    name: "seal".into(),
                })?;
                self.inner.set(key, &sealed)
            }
            // A damaged lock: not even an already sealed value is written.
            Some(lock) if lock.is_damaged() => Err(StoreError::LockDamaged),
            _ => self.inner.set(key, value),
        }
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.inner.remove(key)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.inner.keys()
    }

    fn used_units(&self) -> Result<usize, StoreError> {
        self.inner.used_units()
    }

    fn quota_units(&self) -> usize {
        self.inner.quota_units()
    }

    fn move_value(&self, from: &str, to: &str) -> Result<bool, StoreError> {
        // The stored form moves as it is: sealed stays sealed, byte for byte.
        self.inner.move_value(from, to)
    }
}

/// Opens a value read from the store (or from another tab's `storage` event) for a key.
/// `None`: it is sealed and its space is closed.
pub fn open_value(locks: &Locks, key: &str, raw: &str) -> Option<String> {
    if !crypto::is_sealed(raw) {
        return Some(raw.to_owned());
    }
    match space_of_key(key).map(|s| locks.keys(s)) {
        Some(Some(keys)) => Some(crypto::unseal(keys, raw).unwrap_or_else(|_| raw.to_owned())),
        Some(None) => None,
        None => Some(raw.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MemoryStore;

    #[test]
    fn keys_map_to_their_space() {
        assert_eq!(space_of_key("hamdel/journal/00001"), Some(Space::Member));
        assert_eq!(space_of_key("hamdel/draft/journal"), Some(Space::Member));
        assert_eq!(space_of_key("hamdel/goals/00002"), Some(Space::Member));
        assert_eq!(space_of_key("hamdel/attempts/00001"), Some(Space::Member));
        assert_eq!(space_of_key("hamdel/groups/00001"), Some(Space::Counsellor));
        assert_eq!(
            space_of_key("hamdel-quarantine/hamdel/journal/00001#2"),
            Some(Space::Member)
        );
        assert_eq!(
            space_of_key("hamdel-quarantine/hamdel/exercises/00001#1"),
            Some(Space::Counsellor)
        );
        assert_eq!(space_of_key("hamdel/settings"), None);
        assert_eq!(space_of_key("hamdel/lock/member"), None);
        assert_eq!(space_of_key("other"), None);
    }

    #[test]
    fn the_view_seals_a_locked_space_only_and_refuses_reads_when_closed() {
        let store = MemoryStore::new();
        let mut locks = Locks::default();
        let (record, keys) = new_lock("pass phrase long", 0, 10).expect("test value");
        locks.install(Space::Member, record, keys);
        let view = SealedStore {
            inner: &store,
            locks: &locks,
        };
        view.set("hamdel/journal/00001", "{\"secret\":1}")
            .expect("test value");
        view.set("hamdel/groups/00001", "{\"plain\":1}")
            .expect("test value");
        let raw = store
            .get("hamdel/journal/00001")
            .expect("test value")
            .expect("test value");
        assert!(crypto::is_sealed(&raw) && !raw.contains("secret"));
        assert_eq!(
            store
                .get("hamdel/groups/00001")
                .expect("test value")
                .expect("test value"),
            "{\"plain\":1}"
        );
        assert_eq!(
            view.get("hamdel/journal/00001")
                .expect("test value")
                .expect("test value"),
            "{\"secret\":1}"
        );
        locks.close(Space::Member);
        let view = SealedStore {
            inner: &store,
            locks: &locks,
        };
        assert_eq!(view.get("hamdel/journal/00001"), Err(StoreError::Locked));
        // Writing needs no identity: still sealed.
        view.set("hamdel/journal/00002", "{\"more\":2}")
            .expect("test value");
        assert!(crypto::is_sealed(
            &store
                .get("hamdel/journal/00002")
                .expect("test value")
                .expect("test value")
        ));
    }
}
