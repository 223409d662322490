//! Review #12 "nothing lost, nothing misreported": each test names the bug it covers, drives
//! the real `Workspace` over the in-memory store with faults injected, and checks the stored
//! data itself (not only the result value).
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use hamdel::domain::backup::{Backup, ImportMode, ImportPlan, Records, Scope};
use hamdel::domain::{Id, JournalEntry};
use hamdel::storage::collection::QUARANTINE_PREFIX;
use hamdel::storage::{KeyValueStore, LoadIssue, MemoryStore, Workspace, WriteError};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).expect("valid test date")
}

fn entry(n: u32, text: &str) -> JournalEntry {
    JournalEntry::new(Id::from_raw(format!("e{n:05}")), day(1 + n % 28), text).expect("valid")
}

fn quarantined(store: &MemoryStore) -> Vec<(String, String)> {
    store
        .snapshot()
        .into_iter()
        .filter(|(k, _)| k.starts_with(QUARANTINE_PREFIX))
        .collect()
}

/// Review #2 and H1: a record whose date has a five-digit year (typed as `20266-11-26` before
/// the date range existed) made the whole chunk of up to 200 records unreadable.
#[test]
fn one_bad_record_is_set_aside_alone_and_its_neighbours_load() {
    let store = MemoryStore::new();
    let mut ws = Workspace::open(store.clone());
    for n in 0..3 {
        ws.put(entry(n, &format!("entry {n}"))).expect("stored");
    }
    let key = "hamdel/journal/00001";
    let good = store.get(key).unwrap().unwrap();
    let bad_record = r#"{"rev":1,"item":{"id":"bad","date":"20266-11-26","text":"far future"}}"#;
    let planted = good.replacen("\"records\":[", &format!("\"records\":[{bad_record},"), 1);
    store.plant(key, &planted);

    let ws = Workspace::open(store.clone());
    assert_eq!(ws.journal().len(), 3, "the three good records load");
    let aside = quarantined(&store);
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(aside[0].1, bad_record, "set aside byte for byte");
    assert!(
        ws.issues()
            .iter()
            .any(|i| matches!(i, LoadIssue::Quarantined { .. }))
    );
    assert!(!store.get(key).unwrap().unwrap().contains("far future"));
    // Loading again sets nothing aside twice.
    let again = Workspace::open(store.clone());
    assert_eq!(again.journal().len(), 3);
    assert_eq!(quarantined(&store).len(), 1);
}

/// A bad record that cannot be copied aside (no room) stays in its chunk; the good records
/// load, and the next write of that chunk refuses until the copy can be made.
#[test]
fn a_bad_record_with_no_room_to_copy_it_stays_and_blocks_only_its_chunk() {
    let store = MemoryStore::new();
    let mut ws = Workspace::open(store.clone());
    ws.put(entry(1, "kept")).expect("stored");
    let key = "hamdel/journal/00001";
    let good = store.get(key).unwrap().unwrap();
    let bad_record = r#"{"rev":1,"item":{"id":"bad","date":"nope","text":"x"}}"#;
    store.plant(
        key,
        &good.replacen("\"records\":[", &format!("\"records\":[{bad_record},"), 1),
    );
    store.fail_writes_after(0);
    let mut ws = Workspace::open(store.clone());
    assert_eq!(ws.journal().len(), 1);
    assert!(store.get(key).unwrap().unwrap().contains(bad_record));
    assert!(matches!(
        ws.put(entry(2, "new")),
        Err(WriteError::Unreadable { .. } | WriteError::Store(_))
    ));
    assert!(
        store.get(key).unwrap().unwrap().contains(bad_record),
        "never dropped"
    );
    store.clear_faults();
    ws.retry().expect("stored once the copy fits");
    assert_eq!(quarantined(&store)[0].1, bad_record);
    assert_eq!(Workspace::open(store).journal().len(), 2);
}

/// A workspace over `store` holding `entries`, written chunk by chunk in one batch (the same
/// layout as one put at a time, without rewriting a chunk per entry).
fn filled_with(store: &MemoryStore, entries: Vec<JournalEntry>) -> Workspace<MemoryStore> {
    let mut ws = Workspace::open(store.clone());
    let plan = ImportPlan::new(&ws.records(), &journal_backup(entries), ImportMode::Merge);
    ws.apply_import(&plan).expect("stored");
    ws
}

fn journal_backup(entries: Vec<JournalEntry>) -> Backup {
    Backup::new(
        Records {
            journal: entries,
            ..Records::default()
        },
        Scope::Everything,
        "2026-11-26T00:00:00Z".into(),
    )
}

/// Review H2: the rollback wrote old values back key by key while later keys still held their
/// larger new values, ignored every error, and said "exactly as it was before". Here a replace
/// shrinks chunk 1, grows chunk 2 and fails on chunk 3, near a full quota.
#[test]
fn a_failed_restore_near_a_full_quota_is_put_back_exactly() {
    let long = "متن بلند ".repeat(40);
    let build = |store: &MemoryStore| {
        let entries = (0..450)
            .map(|n| {
                let text = if (200..400).contains(&n) {
                    "short"
                } else {
                    &long
                };
                entry(n, text)
            })
            .collect();
        filled_with(store, entries)
    };
    let probe = MemoryStore::new();
    build(&probe);
    let used = probe.used_units().unwrap();
    // Chunk 1 (0–199) loses 150 records, chunk 2 (200–399) grows, chunk 3 cannot be written.
    let mut incoming: Vec<JournalEntry> = (0..50).map(|n| entry(n, &long)).collect();
    incoming.extend((200..400).map(|n| entry(n, &long)));
    incoming.extend((400..450).map(|n| entry(n, "changed")));
    let backup = journal_backup(incoming);
    for margin in [0usize, 20_000, 60_000, 150_000] {
        let store = MemoryStore::with_quota(used + margin);
        let mut ws = build(&store);
        let before = store.snapshot();
        store.fail_key("hamdel/journal/00003");
        let plan = ImportPlan::new(&ws.records(), &backup, ImportMode::Replace);
        let result = ws.apply_import(&plan);
        store.clear_faults();
        assert!(result.is_err(), "margin {margin}");
        assert!(
            store.snapshot() == before,
            "margin {margin}: stored data changed ({result:?})"
        );
        assert_eq!(ws.journal().len(), 450);
        assert!(ws.unrestored_json().is_none());
    }
}

/// When the earlier data cannot be put back (here storage fills up for good right after the
/// restore wrote its first chunk), the person is told so — never "exactly as before" — the
/// earlier data stays in memory to save to a file, and putting it back works once there is room.
#[test]
fn a_restore_that_cannot_be_put_back_says_so_and_keeps_the_earlier_data() {
    let make = || {
        let store = MemoryStore::new();
        let mut ws = Workspace::open(store.clone());
        for n in 0..5 {
            ws.put(entry(n, &format!("old {n}"))).expect("stored");
        }
        (store, ws)
    };
    let backup = journal_backup((0..400).map(|n| entry(n, &"new ".repeat(20))).collect());
    // How much the restore's first chunk takes.
    let (probe, mut probe_ws) = make();
    let plan = ImportPlan::new(&probe_ws.records(), &backup, ImportMode::Replace);
    probe_ws.apply_import(&plan).expect("fits");
    let first = "hamdel/journal/00001";
    let units = first.len() + probe.get(first).unwrap().unwrap().chars().count();

    let (store, mut ws) = make();
    let before = store.snapshot();
    let plan = ImportPlan::new(&ws.records(), &backup, ImportMode::Replace);
    store.fail_after_units(units + 10);
    assert_eq!(ws.apply_import(&plan), Err(WriteError::RestoreUnverified));
    let kept = ws.unrestored_json().expect("the earlier data is kept");
    assert!(kept.contains("old 3"), "{kept}");
    assert!(!ws.retry_put_back(), "still no room");
    store.clear_faults();
    assert!(ws.retry_put_back());
    assert!(store.snapshot() == before);
    assert!(ws.unrestored_json().is_none());
    assert_eq!(ws.journal().len(), 5);
}

/// Every write of a restore, failing once: each run ends exactly as before, or with the
/// restore done, or (never silently) with the earlier data kept for a file.
#[test]
fn a_restore_failing_at_every_write_point_loses_nothing() {
    let make = || {
        let store = MemoryStore::new();
        let ws = filled_with(
            &store,
            (0..250).map(|n| entry(n, &format!("old {n}"))).collect(),
        );
        (store, ws)
    };
    let backup = journal_backup((100..500).map(|n| entry(n, "new")).collect());
    let mut points = 0;
    for fail_at in 0..12 {
        let (store, mut ws) = make();
        let before = store.snapshot();
        let plan = ImportPlan::new(&ws.records(), &backup, ImportMode::Replace);
        store.fail_once_after(fail_at);
        match ws.apply_import(&plan) {
            Ok(()) => {
                let after = Workspace::open(store.clone());
                assert_eq!(after.journal().len(), 400, "fail_at {fail_at}");
            }
            Err(WriteError::RestoreUnverified) => panic!("fail_at {fail_at}: a one-off fault"),
            Err(_) => {
                points += 1;
                assert!(store.snapshot() == before, "fail_at {fail_at}");
            }
        }
    }
    assert!(
        points >= 3,
        "the restore should fail at several points, failed at {points}"
    );
}

/// Review #15: set-aside data was offered only in the session that found it.
#[test]
fn data_set_aside_earlier_is_offered_after_every_reload() {
    let store = MemoryStore::new();
    store.plant("hamdel/journal/00001", "{\"v\":4,\"records\":[tru");
    let first = Workspace::open(store.clone());
    assert_eq!(
        first
            .issues()
            .iter()
            .filter(|i| matches!(i, LoadIssue::Quarantined { .. }))
            .count(),
        1
    );
    for _ in 0..2 {
        let again = Workspace::open(store.clone());
        let offered: Vec<_> = again
            .issues()
            .iter()
            .filter_map(|i| match i {
                LoadIssue::Quarantined { key, .. } => Some(key.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(offered, ["hamdel/journal/00001"]);
        assert!(again.export_quarantine_json().contains("[tru"));
    }
}

fn draft(text: &str) -> hamdel::storage::draft_store::JournalDraft {
    hamdel::storage::draft_store::JournalDraft {
        text: text.to_owned(),
        ..Default::default()
    }
}

/// Review L7: another tab's draft was overwritten at every keystroke, and a draft written by a
/// newer version was overwritten too.
#[test]
fn each_tab_keeps_its_own_draft_and_a_newer_draft_is_left_alone() {
    use hamdel::storage::draft_store::DRAFT_KEY;
    let store = MemoryStore::new();
    let mut a = Workspace::open_as(store.clone(), "tab-a");
    let mut b = Workspace::open_as(store.clone(), "tab-b");
    a.set_draft(draft("written in A")).expect("stored");
    b.set_draft(draft("written in B")).expect("stored");
    a.set_draft(draft("written in A, more")).expect("stored");
    assert_eq!(
        Workspace::open_as(store.clone(), "tab-a").draft().text,
        "written in A, more"
    );
    assert_eq!(
        Workspace::open_as(store.clone(), "tab-b").draft().text,
        "written in B"
    );
    // A new tab takes over the newest draft; what it then types keeps both texts stored.
    let mut c = Workspace::open_as(store.clone(), "tab-c");
    assert_eq!(c.draft().text, "written in A, more");
    c.set_draft(draft("written in A, more, then C"))
        .expect("stored");
    let raw = store.get(DRAFT_KEY).unwrap().unwrap();
    assert!(
        raw.contains("then C") && raw.contains("written in B"),
        "{raw}"
    );
    // Saving an entry empties only this tab's draft.
    b.set_draft(draft("")).expect("stored");
    assert!(store.get(DRAFT_KEY).unwrap().unwrap().contains("then C"));

    let newer = r#"{"v":99,"draft":{"text":"from a newer Hamdel"}}"#;
    store.plant(DRAFT_KEY, newer);
    let mut d = Workspace::open_as(store.clone(), "tab-d");
    assert!(d.set_draft(draft("typed here")).is_err());
    assert_eq!(store.get(DRAFT_KEY).unwrap().as_deref(), Some(newer));
}

/// `Collection::apply_external` (review: no unit tests): another tab's change to a chunk is
/// taken in with this tab's pending change on top; an emptied chunk goes; a future chunk makes
/// the collection read-only; an unreadable one is left alone and reported.
#[test]
fn changes_from_another_tab_meet_this_tabs_pending_changes() {
    let store = MemoryStore::new();
    let mut a = Workspace::open(store.clone());
    for n in 0..3 {
        a.put(entry(n, &format!("entry {n}"))).expect("stored");
    }
    let mut b = Workspace::open(store.clone());
    let key = "hamdel/journal/00001";
    // B cannot store its edit of entry 0 (full for a moment): pending.
    store.fail_writes_after(0);
    let e0 = b.journal().get(&Id::from_raw("e00000")).unwrap().clone();
    assert!(
        b.put(e0.edited(day(1), "B's pending edit", None, &[]).unwrap())
            .is_err()
    );
    store.clear_faults();
    // A edits entry 1; the event reaches B, whose pending edit stays on top.
    let e1 = a.journal().get(&Id::from_raw("e00001")).unwrap().clone();
    a.put(e1.edited(day(2), "A's edit", None, &[]).unwrap())
        .unwrap();
    b.apply_external(key, store.get(key).unwrap().as_deref());
    let text = |ws: &Workspace<MemoryStore>, id: &str| {
        ws.journal().get(&Id::from_raw(id)).map(|e| e.text.clone())
    };
    assert_eq!(text(&b, "e00001").as_deref(), Some("A's edit"));
    assert_eq!(text(&b, "e00000").as_deref(), Some("B's pending edit"));
    assert_eq!(b.pending_count(), 1);
    b.retry().unwrap();
    let fresh = Workspace::open(store.clone());
    assert_eq!(text(&fresh, "e00000").as_deref(), Some("B's pending edit"));
    assert_eq!(text(&fresh, "e00001").as_deref(), Some("A's edit"));

    // An emptied chunk (removed by the other tab) goes from memory.
    b.apply_external(key, None);
    assert_eq!(b.journal().len(), 0);
    assert_eq!(b.journal().chunk_count(), 0);

    // A chunk from a newer version arriving by event: read-only, nothing written over it.
    let mut c = Workspace::open(store.clone());
    c.apply_external(key, Some("{\"v\":99,\"records\":[]}"));
    assert!(c.journal().read_only().is_some());
    assert!(matches!(
        c.put(entry(9, "refused")),
        Err(WriteError::ReadOnly(_))
    ));

    // An unreadable chunk arriving by event: kept as it was in memory, and reported.
    let mut d = Workspace::open(store.clone());
    let before = d.journal().len();
    d.apply_external(key, Some("{\"v\":4,\"records\":[tru"));
    assert_eq!(d.journal().len(), before);
    assert!(
        d.issues()
            .iter()
            .any(|i| matches!(i, LoadIssue::CorruptLeftInPlace { .. }))
    );
}

/// Two tabs edit the same entry; then the stale tab saves again, and its write fails once and
/// is retried (the merge meets the conflict copy it made already): every version is kept once.
#[test]
fn a_conflict_copy_is_made_once_and_every_version_kept() {
    let store = MemoryStore::new();
    let mut a = Workspace::open(store.clone());
    a.put(entry(0, "original")).unwrap();
    let mut b = Workspace::open(store.clone());
    let e = a.journal().get(&Id::from_raw("e00000")).unwrap().clone();
    a.put(e.edited(day(1), "A", None, &[]).unwrap()).unwrap();
    let conflicts = b.put(e.edited(day(1), "B", None, &[]).unwrap()).unwrap();
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    let texts = |store: &MemoryStore| {
        let ws = Workspace::open(store.clone());
        let mut t: Vec<String> = ws.journal().items().into_iter().map(|e| e.text).collect();
        t.sort();
        t
    };
    assert_eq!(texts(&store), ["A", "B"]);
    // A, stale, saves "A2"; the first write fails, the retry stores it.
    store.fail_writes_after(0);
    let stale = a.journal().get(&Id::from_raw("e00000")).unwrap().clone();
    assert!(
        a.put(stale.edited(day(1), "A2", None, &[]).unwrap())
            .is_err()
    );
    store.clear_faults();
    a.retry().unwrap();
    assert_eq!(texts(&store), ["A", "A2", "B"]);
}

/// Review #11: an entry written while storage was full existed only in the tab's memory and
/// was gone after a reload. The changes not stored yet are kept in a per-tab scratch store
/// (sessionStorage in the browser) — sealed where the space is locked — and taken up again
/// after the reload, where a retry stores them.
#[test]
fn a_change_that_could_not_be_stored_survives_a_reload_of_the_tab() {
    use hamdel::storage::sealed::Space;
    for locked in [false, true] {
        let store = MemoryStore::new();
        let scratch = MemoryStore::new();
        let mut ws = Workspace::open(store.clone());
        ws.put(entry(1, "stored")).expect("stored");
        if locked {
            ws.enable_lock(Space::Member, "عبارت عبور آزمایشی", 10, 10)
                .expect("locked");
        }
        store.fail_writes_after(0);
        assert!(ws.put(entry(2, "written while full")).is_err());
        ws.keep_pending_in(&scratch).expect("scratch takes it");
        let kept = scratch.snapshot();
        assert_eq!(kept.len(), 1, "{kept:?}");
        let raw = kept.values().next().expect("one value");
        assert_eq!(
            raw.contains("written while full"),
            !locked,
            "plain only where the space has no lock: {raw}"
        );

        // The page reloads: a fresh workspace over the same stores.
        store.clear_faults();
        let mut again = Workspace::open(store.clone());
        if locked {
            // Closed: nothing can be taken up yet, and nothing is lost.
            assert_eq!(again.take_pending_from(&scratch), 0);
            again
                .unlock(Space::Member, "عبارت عبور آزمایشی")
                .expect("opens");
        }
        assert_eq!(again.take_pending_from(&scratch), 1);
        again.retry().expect("stored now");
        again.keep_pending_in(&scratch).expect("cleared");
        assert!(scratch.snapshot().is_empty(), "nothing left pending");
        let mut fresh = Workspace::open(store);
        if locked {
            fresh
                .unlock(Space::Member, "عبارت عبور آزمایشی")
                .expect("opens");
        }
        let mut texts: Vec<String> = fresh
            .journal()
            .items()
            .into_iter()
            .map(|e| e.text)
            .collect();
        texts.sort();
        assert_eq!(texts, ["stored", "written while full"], "locked: {locked}");
    }
}
