//! The only I/O seam: a key-value store trait, versioned chunked records on top of it, and the
//! [`Workspace`] the UI changes data through.
//!
//! Key layout (all values are JSON documents starting `{"v":<schema version>`):
//! - `hamdel/settings` — the person's settings;
//! - `hamdel/draft/journal` — the journal entry being written;
//! - `hamdel/<collection>/<nnnnn>` — a chunk of up to [`collection::CHUNK_CAPACITY`] records;
//! - `hamdel-quarantine/<original key>#<n>` — an unreadable value, moved aside unchanged;
//! - `hamdel/lock/<space>` — a space's at-rest lock (its values are then sealed: see [`sealed`]).

pub mod backup_file;
pub mod collection;
pub mod draft_store;
pub mod kits;
pub mod kv;
pub mod memory;
pub use hamdel_records::schema;
pub mod sealed;
pub mod settings_store;
pub mod vec_map;
pub mod workspace;

pub use collection::{Collection, Conflict, LoadIssue, ReadOnlyCause, Stored, WriteError};
pub use kv::{KeyValueStore, QUOTA_UNITS, StoreError};
pub use memory::MemoryStore;
pub use workspace::{Changed, Usage, Workspace};

#[cfg(test)]
mod tests {
    /// Every error of the library crates is a `std::error::Error` with a message of its own
    /// (#13: one name per failure, readable in logs and tests).
    #[test]
    fn every_error_is_an_error_with_a_message() {
        fn message(e: &dyn std::error::Error) -> String {
            e.to_string()
        }
        let errors: Vec<Box<dyn std::error::Error>> = vec![
            Box::new(hamdel_crypto::CryptoError::NoPassphrase),
            Box::new(hamdel_domain::backup::BackupError::DuplicateIds),
            Box::new(hamdel_domain::GroupError::Name(
                hamdel_domain::TextError::Empty,
            )),
            Box::new(hamdel_domain::JournalError::Text(
                hamdel_domain::TextError::TooLong { max: 2, actual: 3 },
            )),
            Box::new(hamdel_domain::kit::KitError::Newer),
            Box::new(crate::backup_file::OpenError::Crypto(
                hamdel_crypto::CryptoError::WrongKey,
            )),
            Box::new(crate::WriteError::Store(crate::StoreError::QuotaExceeded)),
            Box::new(crate::kits::ShareError::OtherGroup),
            Box::new(crate::StoreError::Locked),
            Box::new(crate::sealed::LockError::AlreadyOn),
        ];
        let texts: Vec<String> = errors.iter().map(|e| message(e.as_ref())).collect();
        for (i, t) in texts.iter().enumerate() {
            assert!(!t.is_empty(), "error {i} says nothing");
            assert!(!texts[..i].contains(t), "{t} said twice");
        }
        // The layered ones name their cause.
        assert!(errors[6].source().is_some());
        assert!(texts[6].contains("quota"));
    }
}
