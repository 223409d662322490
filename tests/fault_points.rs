//! Every write path that touches many stored values, failed at each of its writes in turn
//! (`MemoryStore::fail_once_after`, and a failing removal): switching a lock on, resealing,
//! switching it off, bringing in a share-back and trying a pending change again. Each ends with
//! what is stored readable and holding exactly the records it held before — or, where the
//! operation adds records, with the change kept as pending, reported, and stored by a retry.
//! (`apply_import` is driven the same way in `tests/hardening.rs`.)
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use hamdel::domain::backup::Records;
use hamdel::domain::group::PlannedSurvey;
use hamdel::domain::survey::Moment;
use hamdel::domain::{Group, Id, JournalEntry};
use hamdel::storage::kits::encrypt_share;
use hamdel::storage::sealed::Space;
use hamdel::storage::{MemoryStore, Workspace};

mod common;

const PASS: &str = "عبارت عبور آزمایشی";
const LOG_N: u8 = 10;
/// More than any of these operations writes: later points fail nothing.
const POINTS: usize = 12;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).expect("valid test date")
}

/// Both spaces with data across several chunks, and the counsellor's key: built once (250
/// writes take a second in a debug build) and planted into a fresh store for each run.
fn filled() -> (MemoryStore, Workspace<MemoryStore>) {
    static SNAPSHOT: std::sync::OnceLock<std::collections::BTreeMap<String, String>> =
        std::sync::OnceLock::new();
    let snapshot = SNAPSHOT.get_or_init(|| {
        let store = MemoryStore::new();
        let mut ws = Workspace::open(store.clone());
        for n in 0..250 {
            let e = JournalEntry::new(Id::from_raw(format!("e{n:04}")), day(1 + n % 28), "نوشته")
                .expect("valid");
            ws.put(e).expect("stored");
        }
        let mut g = Group::new(Id::from_raw("g1"), "گروه", day(1)).expect("valid");
        g.kit_surveys = vec![PlannedSurvey {
            survey: Id::from_raw("who5"),
            moment: Moment::Pre,
        }];
        ws.put(g).expect("stored");
        ws.counsellor_recipient().expect("keys");
        store.snapshot()
    });
    let store = MemoryStore::new();
    for (k, v) in snapshot {
        store.plant(k, v);
    }
    let ws = Workspace::open(store.clone());
    (store, ws)
}

/// What a fresh tab reads from `store`, unlocking whatever has a lock record.
fn read_back(store: &MemoryStore) -> Records {
    let mut ws = Workspace::open(store.clone());
    for space in Space::ALL {
        if ws.locks().enabled(space) {
            ws.unlock(space, PASS)
                .unwrap_or_else(|e| panic!("{space:?} does not open: {e:?}"));
        }
    }
    ws.records()
}

/// Runs `op` on a fresh [`filled`] workspace (prepared by `prepare`) failing at each write in
/// turn; the records read back must equal those before, every time. Returns how many points
/// failed.
fn every_point(
    what: &str,
    prepare: impl Fn(&mut Workspace<MemoryStore>),
    op: impl Fn(&mut Workspace<MemoryStore>) -> bool,
    fault: impl Fn(&MemoryStore, usize),
) -> usize {
    let mut failed = 0;
    for at in 0..POINTS {
        let (store, mut ws) = filled();
        prepare(&mut ws);
        let before = read_back(&store);
        fault(&store, at);
        if !op(&mut ws) {
            failed += 1;
        }
        store.clear_faults();
        assert_eq!(read_back(&store), before, "{what}, failing at write {at}");
    }
    failed
}

fn once(store: &MemoryStore, at: usize) {
    store.fail_once_after(at);
}

#[test]
fn switching_the_lock_on_failing_at_any_write_keeps_everything_readable() {
    for space in Space::ALL {
        let failed = every_point(
            "enable_lock",
            |_| {},
            |ws| ws.enable_lock(space, PASS, 10, LOG_N).is_ok(),
            once,
        );
        assert!(failed >= 2, "{space:?}: failed at {failed} points");
    }
}

#[test]
fn resealing_and_switching_the_lock_off_failing_at_any_write_keep_everything_readable() {
    let locked = |ws: &mut Workspace<MemoryStore>| {
        for space in Space::ALL {
            ws.enable_lock(space, PASS, 10, LOG_N).expect("locked");
        }
    };
    for space in Space::ALL {
        let failed = every_point(
            "disable_lock",
            locked,
            |ws| ws.disable_lock(space).is_ok(),
            once,
        );
        assert!(failed >= 2, "disable {space:?}: failed at {failed} points");
        // The lock record's removal failing: every value is plain again, the record stays,
        // and the space still opens with its passphrase.
        every_point(
            "disable_lock, removal failing",
            locked,
            |ws| ws.disable_lock(space).is_ok(),
            |store, _| store.fail_removes(),
        );
    }
    // Values left plain (the lock switched on while storage was full) sealed again.
    let failed = every_point(
        "reseal",
        |ws| {
            ws.store().fail_once_after(1);
            assert!(ws.enable_lock(Space::Member, PASS, 10, LOG_N).is_err());
            ws.store().clear_faults();
            assert!(ws.plain_values(Space::Member) >= 2);
        },
        |ws| ws.reseal(Space::Member).is_ok(),
        once,
    );
    assert!(failed >= 2, "reseal failed at {failed} points");
}

fn share_file(ws: &mut Workspace<MemoryStore>) -> Vec<u8> {
    let recipient = ws.counsellor_recipient().expect("keys");
    encrypt_share(
        &common::who5_share("share-1", &Id::from_raw("g1"), "M3"),
        &recipient,
    )
    .expect("encrypted")
}

#[test]
fn a_share_back_failing_at_any_write_is_kept_pending_and_stored_by_a_retry() {
    let mut failed = 0;
    for at in 0..POINTS {
        let (store, mut ws) = filled();
        let file = share_file(&mut ws);
        let before = read_back(&store);
        store.fail_once_after(at);
        let got = ws.receive_share(&Id::from_raw("g1"), &file, day(3), |id| {
            hamdel::content::instrument(id).cloned()
        });
        store.clear_faults();
        if got.is_err() {
            failed += 1;
            // Nothing half-written: the stored data is as before, the change is pending.
            assert_eq!(read_back(&store), before, "failing at write {at}");
            assert!(
                ws.pending_count() > 0,
                "failing at write {at}: the change was dropped"
            );
            ws.retry().expect("stored by a retry");
        }
        let after = read_back(&store);
        let results =
            hamdel::domain::outcome::GroupResults::of(&Id::from_raw("g1"), &after.outcomes);
        assert_eq!(results.outcomes.len(), 1, "failing at write {at}");
    }
    assert!(failed >= 1, "the share-back never failed");
}

#[test]
fn a_retry_failing_again_keeps_the_change_and_a_later_retry_stores_it() {
    let mut failed = 0;
    for at in 0..POINTS {
        let (store, mut ws) = filled();
        store.fail_writes_after(0);
        for n in 0..3 {
            let e =
                JournalEntry::new(Id::from_raw(format!("new{n}")), day(5), "تازه").expect("valid");
            assert!(ws.put(e).is_err());
        }
        store.clear_faults();
        let before = read_back(&store);
        store.fail_once_after(at);
        if ws.retry().is_err() {
            failed += 1;
            store.clear_faults();
            let now = read_back(&store);
            // What was stored before stays; what the retry stored before failing is whole.
            for e in &before.journal {
                assert!(now.journal.contains(e), "failing at write {at}");
            }
            assert!(ws.pending_count() > 0, "failing at write {at}");
            ws.retry().expect("a later retry");
        }
        store.clear_faults();
        let after = read_back(&store);
        assert_eq!(after.journal.len(), 253, "failing at write {at}");
    }
    assert!(failed >= 1, "the retry never failed");
}
