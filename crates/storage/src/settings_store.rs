//! The person's settings, stored as one small versioned document under `hamdel/settings`.

use super::collection::{KEY_PREFIX, LoadIssue, quarantine};
use super::kv::{KeyValueStore, StoreError};
use super::schema::{Decoded, SCHEMA_VERSION, decode};
use hamdel_domain::Settings;
use serde::{Deserialize, Serialize};

/// The key settings live under.
pub const SETTINGS_KEY: &str = "hamdel/settings";

#[derive(Serialize, Deserialize)]
struct SettingsDoc {
    v: u32,
    settings: Settings,
}

/// Settings as loaded: the values and whether they may be written.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedSettings {
    /// The values in effect (defaults when nothing readable was stored).
    pub settings: Settings,
    /// True when a newer version wrote them: shown, never written over.
    pub read_only: bool,
    /// What the person should be told.
    pub issues: Vec<LoadIssue>,
}

/// Reads the settings; unreadable values are quarantined and defaults used.
pub fn load_settings(store: &impl KeyValueStore) -> LoadedSettings {
    debug_assert!(SETTINGS_KEY.starts_with(KEY_PREFIX));
    let mut loaded = LoadedSettings {
        settings: Settings::default(),
        read_only: false,
        issues: Vec::new(),
    };
    let raw = match store.get(SETTINGS_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return loaded,
        Err(_) => {
            loaded.issues.push(LoadIssue::Unavailable);
            return loaded;
        }
    };
    match decode::<SettingsDoc>(&raw) {
        Ok(Decoded::Current(doc) | Decoded::Migrated(doc)) => loaded.settings = doc.settings,
        Ok(Decoded::Future { version }) => {
            loaded.read_only = true;
            loaded.issues.push(LoadIssue::FutureVersion {
                key: SETTINGS_KEY.to_owned(),
                version,
            });
            // Use what can be understood of them; write nothing.
            #[derive(Deserialize)]
            struct Lenient {
                settings: Settings,
            }
            if let Ok(l) = serde_json::from_str::<Lenient>(&raw) {
                loaded.settings = l.settings;
            }
        }
        Err(_) => match quarantine(store, SETTINGS_KEY, &raw) {
            Ok(quarantine_key) => loaded.issues.push(LoadIssue::Quarantined {
                key: SETTINGS_KEY.to_owned(),
                quarantine_key,
            }),
            Err(_) => {
                loaded.read_only = true;
                loaded.issues.push(LoadIssue::CorruptLeftInPlace {
                    key: SETTINGS_KEY.to_owned(),
                });
            }
        },
    }
    loaded
}

/// Writes the settings.
pub fn save_settings(store: &impl KeyValueStore, settings: &Settings) -> Result<(), StoreError> {
    let json = serde_json::to_string(&SettingsDoc {
        v: SCHEMA_VERSION,
        settings: *settings,
    })
    .map_err(|e| StoreError::Backend {
        name: format!("serialize: {e}"),
    })?;
    store.set(SETTINGS_KEY, &json)
}

/// Parses settings another tab stored (the `storage` event); `None` if unreadable or newer.
pub fn parse_settings(raw: &str) -> Option<Settings> {
    match decode::<SettingsDoc>(raw) {
        Ok(Decoded::Current(doc) | Decoded::Migrated(doc)) => Some(doc.settings),
        _ => None,
    }
}
