//! The journal draft: what a member is writing, stored on every keystroke under
//! `hamdel/draft/journal`, so a reload or a closed tab never loses it.
//!
//! Each tab (window) writes only its own draft into the document, read–merge–write like a
//! chunk (review L7: another tab's keystrokes overwrote it). A tab that opens with no draft of
//! its own takes over the newest draft of another tab (a reload in a new tab, a closed
//! window): at worst the same text is then in two drafts, never lost. A draft written by a
//! newer version is left alone.

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
    /// The draft of the tab that wrote last.
    draft: JournalDraft,
    /// That tab's id (empty: written before drafts were per tab).
    #[serde(default)]
    tab: String,
    /// Every other tab's draft.
    #[serde(default)]
    others: Vec<TabDraft>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct TabDraft {
    tab: String,
    draft: JournalDraft,
}

/// Every tab's draft in the stored document (`Ok(None)`: none stored; `Err`: a newer
/// version's or an unreadable document, which must not be written over).
fn read_drafts(store: &impl KeyValueStore) -> Result<Vec<TabDraft>, StoreError> {
    let Some(raw) = store.get(DRAFT_KEY)? else {
        return Ok(Vec::new());
    };
    match decode::<DraftDoc>(&raw) {
        Ok(Decoded::Current(doc) | Decoded::Migrated(doc)) => {
            let mut all = vec![TabDraft {
                tab: doc.tab,
                draft: doc.draft,
            }];
            all.extend(doc.others);
            Ok(all)
        }
        _ => Err(StoreError::Backend {
            name: "draft written by a newer version or unreadable".into(),
        }),
    }
}

/// Reads this tab's draft (`tab`); an unreadable one is quarantined (never thrown away) and
/// reported. With no draft of its own, the tab takes over the newest other draft.
pub fn load_draft(store: &impl KeyValueStore, tab: &str) -> (JournalDraft, Vec<LoadIssue>) {
    let raw = match store.get(DRAFT_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return (JournalDraft::default(), Vec::new()),
        Err(_) => return (JournalDraft::default(), vec![LoadIssue::Unavailable]),
    };
    match decode::<DraftDoc>(&raw) {
        Ok(Decoded::Current(_) | Decoded::Migrated(_)) => {
            let all = read_drafts(store).unwrap_or_default();
            let mine = all
                .iter()
                .find(|d| d.tab == tab && !d.draft.is_empty())
                // The document lists the last writer first: the newest other draft.
                .or_else(|| all.iter().find(|d| !d.draft.is_empty()))
                .map(|d| d.draft.clone())
                .unwrap_or_default();
            (mine, Vec::new())
        }
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

/// Stores this tab's draft on top of the other tabs' drafts as stored now (an empty draft
/// removes this tab's; the key goes when no draft is left). A document of a newer version (or
/// one that no longer reads) is left alone and the write refused.
pub fn save_draft(
    store: &impl KeyValueStore,
    tab: &str,
    adopted_from: Option<&JournalDraft>,
    draft: &JournalDraft,
) -> Result<(), StoreError> {
    let mut all = read_drafts(store)?;
    all.retain(|d| d.tab != tab && !d.draft.is_empty());
    // The draft this tab took over at load now lives in this tab's own.
    if let Some(adopted) = adopted_from
        && let Some(at) = all.iter().position(|d| &d.draft == adopted)
    {
        all.remove(at);
    }
    if !draft.is_empty() {
        all.insert(
            0,
            TabDraft {
                tab: tab.to_owned(),
                draft: draft.clone(),
            },
        );
    }
    let mut all = all.into_iter();
    let Some(first) = all.next() else {
        return store.remove(DRAFT_KEY);
    };
    let json = serde_json::to_string(&DraftDoc {
        v: SCHEMA_VERSION,
        draft: first.draft,
        tab: first.tab,
        others: all.collect(),
    })
    .map_err(|e| StoreError::Backend {
        name: format!("serialize: {e}"),
    })?;
    store.set(DRAFT_KEY, &json)
}
