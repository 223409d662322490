//! Versioned documents: every stored value starts with its schema version `{"v":N,…}`, and older
//! versions are migrated step by step on read.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The schema version this build writes. Raising it means adding a step to [`MIGRATIONS`].
///
/// - 1: the foundation (settings, groups with a name, journal entries).
/// - 2: groups carry their plan (focus, purpose, schedule, ASCA fields, sessions, members).
/// - 3: journal entries carry mood, tags, task and prompt; survey attempts; the journal draft.
/// - 4: sessions carry a prompt and a task for kits; groups carry planned surveys, outcomes,
///   shared notes and report notes; attempts name their group; joined kits; the counsellor's keys.
/// - 5: results brought into a group (survey results, exit tickets, shared notes) are records of
///   their own, collection `outcomes`, keyed by share-back (#18, item 6); groups no longer write
///   them. Moving what a version 4 group holds is the workspace's (it spans two collections):
///   `Workspace::open` and the reading of a backup do it.
pub const SCHEMA_VERSION: u32 = 5;

/// One migration step: a document of version `n` in, the same document as version `n + 1` out
/// (`None` if it cannot be migrated, which is treated as unreadable data).
pub type Migration = fn(Value) -> Option<Value>;

/// `MIGRATIONS[i]` migrates version `i + 1` to `i + 2`.
pub const MIGRATIONS: &[Migration] = &[v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5];

/// Version 2 only adds group fields, every one with a default, so a version 1 document reads
/// as it is; the step records the new version. (The bump itself matters: a version 1 build
/// must not load version 2 groups and write them back without their plans.)
fn v1_to_v2(mut doc: Value) -> Option<Value> {
    doc.as_object_mut()?.insert("v".into(), 2.into());
    Some(doc)
}

/// Version 3 adds journal fields with defaults and new collections: like version 2, a version 2
/// document reads as it is.
fn v2_to_v3(mut doc: Value) -> Option<Value> {
    doc.as_object_mut()?.insert("v".into(), 3.into());
    Some(doc)
}

/// Version 4 only adds fields with defaults and new collections: a version 3 document reads as
/// it is (the bump keeps a version 3 build from writing version 4 groups back without them).
fn v3_to_v4(mut doc: Value) -> Option<Value> {
    doc.as_object_mut()?.insert("v".into(), 4.into());
    Some(doc)
}

/// Version 5 reads a version 4 group as it is (its results in the `outcomes`, `exit_results`
/// and `shared` fields, which the workspace then moves into records of their own); the bump
/// keeps a version 4 build from writing a group back and from reading results it cannot see.
fn v4_to_v5(mut doc: Value) -> Option<Value> {
    doc.as_object_mut()?.insert("v".into(), 5.into());
    Some(doc)
}

/// What reading a stored document gave.
#[derive(Debug, Clone, PartialEq)]
pub enum Decoded<B> {
    /// Written by this version.
    Current(B),
    /// Written by an older version and migrated in memory (rewritten at the next save).
    Migrated(B),
    /// Written by a newer version: must not be written over.
    Future {
        /// The version found.
        version: u32,
    },
}

/// The stored text is not a document this app can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unreadable;

/// The version of a stored document, cheaply: a fast path for the `{"v":N` prefix this app
/// writes, and a lenient parse of just `v` otherwise.
pub fn peek_version(raw: &str) -> Option<u32> {
    if let Some(rest) = raw.strip_prefix("{\"v\":") {
        let digits: &str = &rest[..rest.bytes().take_while(u8::is_ascii_digit).count()];
        if !digits.is_empty() {
            return digits.parse().ok();
        }
    }
    #[derive(Deserialize)]
    struct Head {
        v: u32,
    }
    serde_json::from_str::<Head>(raw).ok().map(|h| h.v)
}

/// Reads a document whose body type `B` has a `v` field, migrating older versions.
pub fn decode<B: DeserializeOwned>(raw: &str) -> Result<Decoded<B>, Unreadable> {
    decode_with(raw, SCHEMA_VERSION, MIGRATIONS)
}

/// [`decode`] with an explicit current version and migration list (tests use their own).
pub fn decode_with<B: DeserializeOwned>(
    raw: &str,
    current: u32,
    migrations: &[Migration],
) -> Result<Decoded<B>, Unreadable> {
    let version = peek_version(raw).ok_or(Unreadable)?;
    if version == 0 {
        return Err(Unreadable);
    }
    if version > current {
        return Ok(Decoded::Future { version });
    }
    if version == current {
        return serde_json::from_str(raw)
            .map(Decoded::Current)
            .map_err(|_| Unreadable);
    }
    let mut value: Value = serde_json::from_str(raw).map_err(|_| Unreadable)?;
    for step in migrations
        .get((version - 1) as usize..(current - 1) as usize)
        .ok_or(Unreadable)?
    {
        value = step(value).ok_or(Unreadable)?;
    }
    serde_json::from_value(value)
        .map(Decoded::Migrated)
        .map_err(|_| Unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct DocV3 {
        v: u32,
        name: String,
        tags: Vec<String>,
    }

    fn v1_to_v2(mut v: Value) -> Option<Value> {
        // v1 called the field "title".
        let title = v.get("title")?.clone();
        let obj = v.as_object_mut()?;
        obj.remove("title");
        obj.insert("name".into(), title);
        obj.insert("v".into(), 2.into());
        Some(v)
    }
    fn v2_to_v3(mut v: Value) -> Option<Value> {
        let obj = v.as_object_mut()?;
        obj.insert("tags".into(), Value::Array(vec![]));
        obj.insert("v".into(), 3.into());
        Some(v)
    }
    const STEPS: &[Migration] = &[v1_to_v2, v2_to_v3];

    #[test]
    fn the_shipped_migration_list_reaches_the_current_version() {
        assert_eq!(MIGRATIONS.len() as u32 + 1, SCHEMA_VERSION);
    }

    #[test]
    fn a_version_1_document_migrates_to_the_current_version() {
        #[derive(Debug, Deserialize)]
        struct Doc {
            v: u32,
        }
        let got: Decoded<Doc> = decode(r#"{"v":1,"records":[]}"#).expect("readable");
        assert!(matches!(got, Decoded::Migrated(Doc { v: 5 })));
    }

    #[test]
    fn version_is_peeked_fast_and_leniently() {
        assert_eq!(peek_version(r#"{"v":12,"x":1}"#), Some(12));
        assert_eq!(peek_version(r#"{ "x": 1, "v": 3 }"#), Some(3));
        assert_eq!(peek_version("not json"), None);
        assert_eq!(peek_version(r#"{"x":1}"#), None);
    }

    #[test]
    fn old_documents_are_migrated_step_by_step() {
        let got: Decoded<DocV3> =
            decode_with(r#"{"v":1,"title":"گروه"}"#, 3, STEPS).expect("readable");
        assert_eq!(
            got,
            Decoded::Migrated(DocV3 {
                v: 3,
                name: "گروه".into(),
                tags: vec![]
            })
        );
        let got: Decoded<DocV3> =
            decode_with(r#"{"v":3,"name":"a","tags":["t"]}"#, 3, STEPS).expect("readable");
        assert!(matches!(got, Decoded::Current(_)));
    }

    #[test]
    fn newer_documents_are_reported_not_parsed() {
        let got: Decoded<DocV3> =
            decode_with(r#"{"v":9,"whatever":true}"#, 3, STEPS).expect("readable");
        assert_eq!(got, Decoded::Future { version: 9 });
    }

    #[test]
    fn garbage_and_broken_migrations_are_unreadable() {
        assert_eq!(
            decode_with::<DocV3>("{\"v\":3,\"name\":", 3, STEPS),
            Err(Unreadable)
        );
        assert_eq!(
            decode_with::<DocV3>(r#"{"v":1,"nope":1}"#, 3, STEPS),
            Err(Unreadable)
        );
        assert_eq!(
            decode_with::<DocV3>(r#"{"v":0}"#, 3, STEPS),
            Err(Unreadable)
        );
        assert_eq!(decode_with::<DocV3>("", 3, STEPS), Err(Unreadable));
    }
}
