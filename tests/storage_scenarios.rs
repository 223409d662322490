//! Storage scenarios across modules, over the in-memory store with injected faults: a full
//! quota at every write, corrupt and future-version data, and two tabs editing at once.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use hamdel::domain::{Group, Id, JournalEntry, Locale, Settings};
use hamdel::storage::collection::{CHUNK_CAPACITY, QUARANTINE_PREFIX};
use hamdel::storage::schema::SCHEMA_VERSION;
use hamdel::storage::{
    Changed, Conflict, KeyValueStore, LoadIssue, MemoryStore, ReadOnlyCause, StoreError, Workspace,
    WriteError,
};

/// One write of the quota script.
type Step = Box<dyn Fn(&mut Workspace<MemoryStore>) -> Result<Vec<Conflict>, WriteError>>;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).expect("valid test date")
}

fn entry(n: u32, text: &str) -> JournalEntry {
    JournalEntry::new(Id::from_raw(format!("e{n:05}")), day(1 + n % 28), text).expect("valid")
}

fn group(n: u32, name: &str) -> Group {
    Group::new(Id::from_raw(format!("g{n:03}")), name, day(1)).expect("valid")
}

fn texts(ws: &Workspace<MemoryStore>) -> Vec<String> {
    let mut t: Vec<String> = ws.journal().items().into_iter().map(|e| e.text).collect();
    t.sort();
    t
}

#[test]
fn data_survives_reopening() {
    let store = MemoryStore::new();
    let mut ws = Workspace::open(store.clone());
    ws.put(group(1, "مهارت‌های مطالعه")).expect("stored");
    ws.put(entry(1, "first")).expect("stored");
    let mut s = ws.settings();
    s.locale = Locale::En;
    ws.set_settings(s).expect("stored");

    let again = Workspace::open(store);
    assert!(again.issues().is_empty());
    assert_eq!(again.groups().items()[0].name, "مهارت‌های مطالعه");
    assert_eq!(texts(&again), ["first"]);
    assert_eq!(again.settings().locale, Locale::En);
}

/// Runs a fixed script of writes; with the quota hit at write `k`, the stored copy must be
/// exactly what it was before that write, the tab must still show every change, and a retry
/// once space is free must store everything.
#[test]
fn quota_exceeded_at_each_write_loses_nothing() {
    let script_len = 7;
    for k in 0..script_len {
        let store = MemoryStore::new();
        let mut ws = Workspace::open(store.clone());
        store.fail_writes_after(k);
        let mut failed_at = None;
        let mut before = store.snapshot();
        let steps: Vec<Step> = vec![
            Box::new(|ws| ws.put(entry(1, "one"))),
            Box::new(|ws| ws.put(entry(2, "two"))),
            Box::new(|ws| ws.put(group(1, "A"))),
            Box::new(|ws| ws.put(entry(1, "one, edited"))),
            Box::new(|ws| ws.remove::<JournalEntry>(&Id::from_raw("e00002"))),
            Box::new(|ws| {
                let mut s = ws.settings();
                s.locale = Locale::En;
                ws.set_settings(s).map(|()| Vec::new())
            }),
            Box::new(|ws| ws.put(group(1, "A renamed"))),
        ];
        assert_eq!(steps.len(), script_len);
        for (i, step) in steps.iter().enumerate() {
            match step(&mut ws) {
                Ok(_) => {}
                Err(WriteError::Store(StoreError::QuotaExceeded)) => {
                    if failed_at.is_none() {
                        failed_at = Some(i);
                        assert_eq!(
                            store.snapshot(),
                            before,
                            "stored copy changed by failed write {i}"
                        );
                    }
                }
                Err(other) => panic!("unexpected error {other:?} at step {i}"),
            }
            if failed_at.is_none() {
                before = store.snapshot();
            }
        }
        assert_eq!(failed_at, Some(k), "the injected fault fires at write {k}");
        // Memory holds every change.
        assert_eq!(texts(&ws), ["one, edited"]);
        assert_eq!(ws.groups().items()[0].name, "A renamed");
        assert_eq!(ws.settings().locale, Locale::En);
        assert!(ws.pending_count() > 0);
        assert!(
            ws.export_plain_json().0.contains("one, edited"),
            "the way out holds the data"
        );

        store.clear_faults();
        ws.retry().expect("space is free again");
        assert_eq!(ws.pending_count(), 0);
        let reopened = Workspace::open(store.clone());
        assert_eq!(texts(&reopened), ["one, edited"], "after fault at {k}");
        assert_eq!(reopened.groups().items()[0].name, "A renamed");
        assert_eq!(reopened.settings().locale, Locale::En);
    }
}

#[test]
fn a_real_quota_limit_keeps_the_previous_copy() {
    let store = MemoryStore::with_quota(2_000);
    let mut ws = Workspace::open(store.clone());
    ws.put(entry(1, "short")).expect("fits");
    let before = store.snapshot();
    let big = "ب".repeat(3_000);
    assert_eq!(
        ws.put(entry(2, &big)),
        Err(WriteError::Store(StoreError::QuotaExceeded))
    );
    assert_eq!(store.snapshot(), before);
    assert_eq!(
        ws.journal().len(),
        2,
        "the tab still shows the unsaved entry"
    );
}

#[test]
fn corrupt_chunks_and_settings_are_moved_aside_unchanged() {
    let store = MemoryStore::new();
    let garbage = "{\"v\":1,\"records\":[{\"rev\":1,\"item\":{\"id\":";
    store.plant("hamdel/journal/00001", garbage);
    store.plant("hamdel/settings", "not json at all ✗");
    // A value already quarantined earlier must never be written over.
    store.plant("hamdel-quarantine/hamdel/journal/00001#1", "older");

    let mut ws = Workspace::open(store.clone());
    let quarantined: Vec<_> = ws
        .issues()
        .iter()
        .filter_map(|i| match i {
            LoadIssue::Quarantined { quarantine_key, .. } => Some(quarantine_key.clone()),
            _ => None,
        })
        .collect();
    // The two found now, and the one set aside earlier (offered for as long as it exists).
    assert_eq!(quarantined.len(), 3);
    let snap = store.snapshot();
    assert_eq!(
        snap.get("hamdel-quarantine/hamdel/journal/00001#1")
            .map(String::as_str),
        Some("older")
    );
    assert_eq!(
        snap.get("hamdel-quarantine/hamdel/journal/00001#2")
            .map(String::as_str),
        Some(garbage)
    );
    assert_eq!(
        snap.get("hamdel-quarantine/hamdel/settings#1")
            .map(String::as_str),
        Some("not json at all ✗")
    );
    assert!(!snap.contains_key("hamdel/journal/00001"));
    assert_eq!(ws.settings(), Settings::default());

    // The app still works, and the set-aside values can be saved to a file.
    ws.put(entry(1, "after recovery")).expect("writable");
    assert_eq!(ws.quarantined().len(), 3);
    assert!(
        ws.quarantined()
            .iter()
            .all(|(k, _)| k.starts_with(QUARANTINE_PREFIX))
    );
    let file: serde_json::Value =
        serde_json::from_str(&ws.export_quarantine_json()).expect("the export is JSON");
    let raws: Vec<&str> = file["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["raw"].as_str())
        .collect();
    assert!(
        raws.contains(&garbage),
        "the file holds the raw value unchanged"
    );
}

#[test]
fn corrupt_data_with_no_room_to_move_it_stays_put_and_read_only() {
    let store = MemoryStore::new();
    store.plant("hamdel/groups/00001", "{{{{");
    store.fail_writes_after(0);
    let mut ws = Workspace::open(store.clone());
    assert!(ws.issues().contains(&LoadIssue::CorruptLeftInPlace {
        key: "hamdel/groups/00001".into()
    }));
    assert_eq!(ws.groups().read_only(), Some(ReadOnlyCause::CorruptInPlace));
    store.clear_faults();
    assert_eq!(
        ws.put(group(1, "x")),
        Err(WriteError::ReadOnly(ReadOnlyCause::CorruptInPlace))
    );
    assert_eq!(
        store.get("hamdel/groups/00001"),
        Ok(Some("{{{{".to_owned()))
    );
}

#[test]
fn newer_version_data_is_read_only_and_never_written_over() {
    let store = MemoryStore::new();
    let future = r#"{"v":99,"records":"a shape this build does not know"}"#;
    store.plant("hamdel/journal/00001", future);
    store.plant("hamdel/settings", r#"{"v":99,"settings":{"role":"member","locale":"en","calendar":null,"theme":"dark"},"more":1}"#);
    let mut ws = Workspace::open(store.clone());
    assert!(
        ws.issues()
            .iter()
            .any(|i| matches!(i, LoadIssue::FutureVersion { version: 99, .. }))
    );
    assert_eq!(
        ws.settings().locale,
        Locale::En,
        "understood parts are used"
    );
    let before = store.snapshot();
    assert_eq!(
        ws.put(entry(1, "x")),
        Err(WriteError::ReadOnly(ReadOnlyCause::FutureVersion))
    );
    let mut s = ws.settings();
    s.locale = Locale::Fa;
    assert!(ws.set_settings(s).is_err());
    assert_eq!(store.snapshot(), before);
    assert_eq!(
        ws.settings().locale,
        Locale::Fa,
        "the choice applies in this tab"
    );
}

#[test]
fn two_tabs_adding_and_editing_different_records_both_survive() {
    let store = MemoryStore::new();
    let mut seed = Workspace::open(store.clone());
    seed.put(entry(1, "shared")).expect("stored");
    seed.put(entry(2, "other")).expect("stored");

    let mut a = Workspace::open(store.clone());
    let mut b = Workspace::open(store.clone());
    a.put(entry(3, "from A")).expect("stored");
    b.put(entry(4, "from B")).expect("stored");
    a.put(entry(1, "shared, edited in A")).expect("stored");
    b.put(entry(2, "other, edited in B")).expect("stored");

    let fresh = Workspace::open(store);
    assert_eq!(
        texts(&fresh),
        [
            "from A",
            "from B",
            "other, edited in B",
            "shared, edited in A"
        ]
    );
}

#[test]
fn two_tabs_editing_the_same_record_keep_both_versions() {
    let store = MemoryStore::new();
    Workspace::open(store.clone())
        .put(entry(1, "original"))
        .expect("stored");
    let mut a = Workspace::open(store.clone());
    let mut b = Workspace::open(store.clone());
    assert!(a.put(entry(1, "A's version")).expect("stored").is_empty());
    let conflicts = b.put(entry(1, "B's version")).expect("stored");
    assert_eq!(conflicts.len(), 1);
    assert!(matches!(conflicts[0], Conflict::KeptBoth { .. }));
    let fresh = Workspace::open(store);
    assert_eq!(texts(&fresh), ["A's version", "B's version"]);
}

/// Review M7: a result brought in in one window while the plan is edited in another became
/// a second, whole-group conflict copy, and the results split between the two groups. Results
/// are records of their own now (#18, item 6; `tests/kits.rs`), and changes to different parts
/// of one group — here the room in one window, a skipped day in the other — merge into the one
/// group.
#[test]
fn two_tabs_changing_different_parts_of_one_group_merge_into_one_group() {
    let store = MemoryStore::new();
    let mut g = group(1, "گروه مطالعه");
    g.session_count = 8;
    Workspace::open(store.clone())
        .put(g.clone())
        .expect("stored");
    let mut a = Workspace::open(store.clone());
    let mut b = Workspace::open(store.clone());

    let mut in_a = a.groups().get(&g.id).cloned().expect("loaded");
    in_a.room = "کتابخانه".into();
    assert!(a.put(in_a).expect("stored").is_empty());

    let mut in_b = b.groups().get(&g.id).cloned().expect("loaded");
    in_b.skipped.push(day(2));
    let conflicts = b.put(in_b).expect("stored");
    assert!(conflicts.is_empty(), "{conflicts:?}");

    let fresh = Workspace::open(store.clone());
    let groups = fresh.groups().items();
    assert_eq!(groups.len(), 1, "no second group");
    assert_eq!(groups[0].room, "کتابخانه");
    assert_eq!(groups[0].skipped, [day(2)]);
    assert_eq!(groups[0].session_count, 8);

    // The same field changed differently in both still keeps both versions.
    let mut a = Workspace::open(store.clone());
    let mut b = Workspace::open(store.clone());
    let mut in_a = a.groups().get(&g.id).cloned().expect("loaded");
    in_a.name = "نام الف".into();
    a.put(in_a).expect("stored");
    let mut in_b = b.groups().get(&g.id).cloned().expect("loaded");
    in_b.name = "نام ب".into();
    let conflicts = b.put(in_b).expect("stored");
    assert!(matches!(conflicts[..], [Conflict::KeptBoth { .. }]));
    let mut names: Vec<String> = Workspace::open(store)
        .groups()
        .items()
        .into_iter()
        .map(|g| g.name)
        .collect();
    names.sort();
    assert_eq!(names, ["نام الف", "نام ب"]);
}

#[test]
fn delete_in_one_tab_and_edit_in_another_keeps_the_edit() {
    let store = MemoryStore::new();
    Workspace::open(store.clone())
        .put(entry(1, "original"))
        .expect("stored");
    let mut a = Workspace::open(store.clone());
    let mut b = Workspace::open(store.clone());
    a.remove::<JournalEntry>(&Id::from_raw("e00001"))
        .expect("stored");
    let conflicts = b.put(entry(1, "edited")).expect("stored");
    assert_eq!(
        conflicts,
        [Conflict::DeletedElsewhere {
            id: Id::from_raw("e00001")
        }]
    );
    assert_eq!(texts(&Workspace::open(store.clone())), ["edited"]);

    // And the other way round: an edit elsewhere wins over a stale deletion.
    let mut c = Workspace::open(store.clone());
    let mut d = Workspace::open(store.clone());
    c.put(entry(1, "edited again")).expect("stored");
    let conflicts = d
        .remove::<JournalEntry>(&Id::from_raw("e00001"))
        .expect("stored");
    assert_eq!(
        conflicts,
        [Conflict::EditedElsewhere {
            id: Id::from_raw("e00001")
        }]
    );
    assert_eq!(texts(&Workspace::open(store)), ["edited again"]);
}

#[test]
fn a_change_in_another_tab_is_taken_in_from_the_storage_event() {
    let store = MemoryStore::new();
    let mut a = Workspace::open(store.clone());
    let mut b = Workspace::open(store.clone());
    a.put(entry(1, "from A")).expect("stored");
    let key = "hamdel/journal/00001";
    let value = store.get(key).expect("readable");
    assert_eq!(b.apply_external(key, value.as_deref()), Changed::Journal);
    assert_eq!(texts(&b), ["from A"]);
    assert_eq!(b.apply_external("someone-else", None), Changed::Nothing);

    let mut s = a.settings();
    s.locale = Locale::En;
    a.set_settings(s).expect("stored");
    let value = store.get("hamdel/settings").expect("readable");
    assert_eq!(
        b.apply_external("hamdel/settings", value.as_deref()),
        Changed::Settings
    );
    assert_eq!(b.settings().locale, Locale::En);
}

#[test]
fn a_save_rewrites_only_the_chunk_it_touched() {
    let store = MemoryStore::new();
    let mut ws = Workspace::open(store.clone());
    let n = (CHUNK_CAPACITY * 2 + 50) as u32;
    for i in 0..n {
        ws.put(entry(i, &format!("entry {i}"))).expect("stored");
    }
    assert_eq!(ws.journal().chunk_count(), 3);
    let before = store.snapshot();
    ws.put(entry(5, "edited")).expect("stored");
    let after = store.snapshot();
    let changed: Vec<_> = after
        .iter()
        .filter(|(k, v)| before.get(*k) != Some(*v))
        .map(|(k, _)| k.clone())
        .collect();
    assert_eq!(changed, ["hamdel/journal/00001"]);
    // Newest chunk first.
    assert_eq!(
        ws.journal().items()[0].text,
        format!("entry {}", CHUNK_CAPACITY * 2)
    );
    assert_eq!(Workspace::open(store).journal().len(), n as usize);
}

#[test]
fn storage_switched_off_is_reported_and_the_tab_keeps_working() {
    let store = MemoryStore::new();
    store.make_unavailable();
    let mut ws = Workspace::open(store);
    assert!(ws.issues().contains(&LoadIssue::Unavailable));
    assert_eq!(
        ws.put(entry(1, "kept here")),
        Err(WriteError::Store(StoreError::Unavailable))
    );
    assert_eq!(texts(&ws), ["kept here"]);
}

#[test]
fn usage_counts_what_is_stored() {
    let store = MemoryStore::new();
    let mut ws = Workspace::open(store.clone());
    assert_eq!(ws.usage().used_units, 0);
    ws.put(entry(1, "سلام")).expect("stored");
    assert_eq!(ws.usage().used_units, store.used_units().expect("readable"));
    assert!(!ws.usage().nearly_full());
}

// Regression: dates were deserialized as borrowed `&str`, which works from JSON text but not
// from the `serde_json::Value` a migration produces, so every migrated chunk was quarantined.
#[test]
fn foundation_data_is_migrated_and_rewritten_at_the_next_save() {
    let store = MemoryStore::new();
    store.plant(
        "hamdel/groups/00001",
        r#"{"v":1,"records":[{"rev":1,"item":{"id":"g1","name":"Old group","created_on":"2026-11-01"}}]}"#,
    );
    let mut ws = Workspace::open(store.clone());
    assert!(ws.issues().is_empty());
    let g = ws.groups().items()[0].clone();
    assert_eq!((g.name.as_str(), g.session_minutes), ("Old group", 45));
    ws.put(g.renamed("Renamed").expect("valid"))
        .expect("stored");
    let raw = store
        .get("hamdel/groups/00001")
        .expect("readable")
        .expect("present");
    assert!(
        raw.starts_with(&format!("{{\"v\":{SCHEMA_VERSION},")),
        "{raw}"
    );
}

#[test]
fn a_journal_draft_survives_reopening_and_is_cleared_when_empty() {
    use hamdel::storage::draft_store::JournalDraft;
    let store = MemoryStore::new();
    let mut ws = Workspace::open(store.clone());
    let draft = JournalDraft {
        date: "2026-11-26".into(),
        text: "نیمه‌کاره…".into(),
        mood: Some(3),
        tags: vec!["خسته".into()],
    };
    ws.set_draft(draft.clone()).expect("stored");
    let reopened = Workspace::open(store.clone());
    assert_eq!(reopened.draft(), &draft, "a closed tab loses nothing");
    let mut ws = reopened;
    ws.set_draft(JournalDraft::default()).expect("stored");
    assert_eq!(store.get("hamdel/draft/journal"), Ok(None));
    // A corrupt draft is set aside, not thrown away.
    store.plant("hamdel/draft/journal", "{\"v\":3,\"draft\":");
    let ws = Workspace::open(store.clone());
    assert!(
        ws.issues()
            .iter()
            .any(|i| matches!(i, LoadIssue::Quarantined { .. }))
    );
    assert!(ws.draft().is_empty());
}
