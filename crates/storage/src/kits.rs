//! Share-backs between devices: a member's [`Share`] encrypted to the counsellor's recipient
//! (an age file), and the counsellor's keys that open them.

use super::kv::{KeyValueStore, StoreError};
use super::schema::{Decoded, SCHEMA_VERSION, decode};
use hamdel_crypto::{CryptoError, KeyPair, MAX_FILE_BYTES, Recipient};
use hamdel_domain::kit::{KitError, Share};
use serde::{Deserialize, Serialize};

/// Where the counsellor's X25519 keys live (counsellor space: sealed when that space is locked).
pub const IDENTITY_KEY: &str = "hamdel/identity/counsellor";

#[derive(Serialize, Deserialize)]
struct IdentityDoc {
    v: u32,
    /// `AGE-SECRET-KEY-1…`, the current one first; older ones still open earlier share-backs.
    keys: Vec<String>,
}

/// Why a share-back file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// This counsellor space has no keys yet (no kit was ever made here).
    NoKeys,
    /// Encrypted for another counsellor.
    OtherCounsellor,
    /// Damaged, tampered with or cut short.
    Damaged,
    /// Not a share-back file.
    NotAShare,
    /// Made by a newer version.
    Newer,
    /// For another group.
    OtherGroup,
    /// Already brought in.
    Duplicate,
    /// Its results do not fit the group's surveys (review M2); nothing was stored.
    BadResults(hamdel_domain::kit::ResultProblem),
    /// Read and checked, but storing it failed (review M3): the results are kept in this tab
    /// and a retry stores them.
    Store(super::collection::WriteError),
    /// The counsellor's key record cannot be read (review #16).
    KeysUnreadable,
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::NoKeys => f.write_str("this device has no counsellor key"),
            ShareError::OtherCounsellor => f.write_str("encrypted for another counsellor"),
            ShareError::Damaged => f.write_str("a damaged share-back file"),
            ShareError::NotAShare => f.write_str("not a share-back"),
            ShareError::Newer => f.write_str("a share-back of a newer format"),
            ShareError::OtherGroup => f.write_str("a share-back for another group"),
            ShareError::Duplicate => f.write_str("this share-back was brought in already"),
            ShareError::BadResults(p) => write!(f, "results that do not fit: {p}"),
            ShareError::Store(e) => write!(f, "the share-back was not stored: {e}"),
            ShareError::KeysUnreadable => f.write_str("the counsellor's key record is unreadable"),
        }
    }
}

impl std::error::Error for ShareError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ShareError::Store(e) => Some(e),
            ShareError::BadResults(p) => Some(p),
            _ => None,
        }
    }
}

/// Reads the counsellor's keys (empty if none yet).
pub fn load_keys(store: &impl KeyValueStore) -> Result<Vec<String>, StoreError> {
    let Some(raw) = store.get(IDENTITY_KEY)? else {
        return Ok(Vec::new());
    };
    match decode::<IdentityDoc>(&raw) {
        Ok(Decoded::Current(doc) | Decoded::Migrated(doc)) => Ok(doc.keys),
        _ => Err(StoreError::Backend {
            name: "identity unreadable".into(),
        }),
    }
}

/// Stores the counsellor's keys.
pub fn save_keys(store: &impl KeyValueStore, keys: &[String]) -> Result<(), StoreError> {
    let doc = IdentityDoc {
        v: SCHEMA_VERSION,
        keys: keys.to_vec(),
    };
    let json = serde_json::to_string(&doc).map_err(|e| StoreError::Backend {
        name: e.to_string(),
    })?;
    store.set(IDENTITY_KEY, &json)
}

/// Encrypts a share-back to the counsellor's recipient (from the kit).
pub fn encrypt_share(share: &Share, recipient: &str) -> Result<Vec<u8>, CryptoError> {
    let recipient = Recipient::parse(recipient).ok_or(CryptoError::Internal)?;
    recipient.encrypt(share.to_json_pretty().as_bytes())
}

/// Opens a share-back with any of the counsellor's keys.
pub fn open_share(keys: &[String], bytes: &[u8]) -> Result<Share, ShareError> {
    if keys.is_empty() {
        return Err(ShareError::NoKeys);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ShareError::NotAShare);
    }
    let mut result = Err(ShareError::OtherCounsellor);
    for key in keys.iter().filter_map(|k| KeyPair::from_secret(k)) {
        match key.decrypt(bytes) {
            Ok(json) => {
                return Share::from_json(&json).map_err(|e| match e {
                    KitError::Newer => ShareError::Newer,
                    _ => ShareError::NotAShare,
                });
            }
            Err(CryptoError::WrongKey) => {}
            Err(CryptoError::NotAgeFile | CryptoError::TooLarge) => {
                return Err(ShareError::NotAShare);
            }
            Err(_) => result = Err(ShareError::Damaged),
        }
    }
    result
}
