//! The one seam between Hamdel and wherever bytes are kept: a small key-value store trait.

/// About how much a browser lets one origin keep in localStorage, in UTF-16 code units
/// (keys and values both count; Chromium: 5,242,880).
pub const QUOTA_UNITS: usize = 5 * 1024 * 1024;

/// Why the store refused an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The write would exceed the origin's quota; the previous value is untouched.
    QuotaExceeded,
    /// Storage is switched off or not available (private mode, policy, no window).
    Unavailable,
    /// The value is sealed by the at-rest lock and its space is locked now.
    Locked,
    /// The space's lock record is damaged or unreadable: its data is read-only (nothing is
    /// written in plain text, nor sealed to a key nobody holds).
    LockDamaged,
    /// Any other failure, with the platform's error name.
    Backend {
        /// e.g. the DOMException name.
        name: String,
    },
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::QuotaExceeded => f.write_str("the storage quota is full"),
            StoreError::Unavailable => f.write_str("storage is switched off"),
            StoreError::Locked => f.write_str("the space is locked"),
            StoreError::LockDamaged => f.write_str("the space's lock record is damaged"),
            StoreError::Backend { name } => write!(f, "the browser refused: {name}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// A synchronous string key-value store with localStorage's semantics.
///
/// Architecture invariant: the browser implementation of this trait is the only code that
/// touches localStorage; everything else goes through it, so every write path can be tested
/// against [`super::MemoryStore`] with faults injected.
pub trait KeyValueStore {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Stores `value` under `key`. On error the previous value is unchanged.
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key` (no error if absent).
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Every key currently stored, in no particular order.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
    /// Space used by every key and value, in UTF-16 code units (how browsers count the quota).
    fn used_units(&self) -> Result<usize, StoreError>;
    /// How many UTF-16 units the store lets the origin keep (localStorage: about
    /// [`QUOTA_UNITS`]; browsers do not say, so that is the assumption).
    fn quota_units(&self) -> usize {
        QUOTA_UNITS
    }
    /// Moves the value of `from` to `to` (then removes `from`) without passing it through a
    /// Rust `String`, where the store can: a browser value may hold a lone UTF-16 surrogate,
    /// which a `String` would change to U+FFFD. Returns `false` if this store cannot, and the
    /// caller copies it itself. On error nothing changed.
    fn move_value(&self, from: &str, to: &str) -> Result<bool, StoreError> {
        let _ = (from, to);
        Ok(false)
    }
}

/// The length of `s` in UTF-16 code units.
pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}
