//! The journal draft: what a member is writing, stored on every keystroke under
//! `hamdel/draft/journal`, so a reload or a closed tab never loses it.

use super::collection::{LoadIssue, quarantine};
use super::kv::{KeyValueStore, StoreError};
use super::schema::{Decoded, SCHEMA_VERSION, decode};
use serde::{Deserialize, Serialize};

/// The key the draft lives under.
pub const DRAFT_KEY: &str = "hamdel/draft/journal";

/// An unsaved journal entry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct JournalDraft {
    /// ISO date chosen.
    pub date: String,
    /// Text so far.
    pub text: String,
    /// Mood chosen.
    pub mood: Option<u8>,
    /// Tags chosen.
    pub tags: Vec<String>,
}

impl JournalDraft {
    /// Whether there is nothing worth keeping.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.mood.is_none() && self.tags.is_empty()
    }
}

#[derive(Serialize, Deserialize)]
struct DraftDoc {
    v: u32,
    draft: JournalDraft,
}

/// Reads the draft; an unreadable one is quarantined (never thrown away) and reported.
pub fn load_draft(store: &impl KeyValueStore) -> (JournalDraft, Vec<LoadIssue>) {
    let raw = match store.get(DRAFT_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return (JournalDraft::default(), Vec::new()),
        Err(_) => return (JournalDraft::default(), vec![LoadIssue::Unavailable]),
    };
    match decode::<DraftDoc>(&raw) {
        Ok(Decoded::Current(doc) | Decoded::Migrated(doc)) => (doc.draft, Vec::new()),
        Ok(Decoded::Future { version }) => (
            JournalDraft::default(),
            vec![LoadIssue::FutureVersion {
                key: DRAFT_KEY.into(),
                version,
            }],
        ),
        Err(_) => match quarantine(store, DRAFT_KEY, &raw) {
            Ok(quarantine_key) => (
                JournalDraft::default(),
                vec![LoadIssue::Quarantined {
                    key: DRAFT_KEY.into(),
                    quarantine_key,
                }],
            ),
            Err(_) => (
                JournalDraft::default(),
                vec![LoadIssue::CorruptLeftInPlace {
                    key: DRAFT_KEY.into(),
                }],
            ),
        },
    }
}

/// Stores the draft (an empty draft removes the key).
pub fn save_draft(store: &impl KeyValueStore, draft: &JournalDraft) -> Result<(), StoreError> {
    if draft.is_empty() {
        return store.remove(DRAFT_KEY);
    }
    let json = serde_json::to_string(&DraftDoc {
        v: SCHEMA_VERSION,
        draft: draft.clone(),
    })
    .map_err(|e| StoreError::Backend {
        name: format!("serialize: {e}"),
    })?;
    store.set(DRAFT_KEY, &json)
}
