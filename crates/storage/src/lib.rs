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
pub mod exchange;
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
