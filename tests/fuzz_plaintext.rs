//! Review #12: fuzzing after decryption. The earlier fuzz test mutated ciphertext, so nearly
//! every case failed authentication and nothing after decryption ran. Here the *plaintext*
//! backup and share-back JSON is mutated — field by field (types, huge numbers, long and empty
//! strings, removed fields, repeated ids, dates) and byte by byte — then:
//! - 100,000 backups go through `parse_backup` and `ImportPlan`, every 25th that parses through
//!   `apply_import` on a real store, and 1,000 through encryption and `open_backup` first;
//! - 3,000 share-backs are encrypted to the counsellor and brought in with `receive_share`.
//!
//! No case may panic, and every refusal leaves the stored data byte for byte as it was.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use hamdel::domain::backup::{Backup, ImportMode, ImportPlan, Scope, parse_backup};
use hamdel::domain::group::PlannedSurvey;
use hamdel::domain::kit::Share;
use hamdel::domain::survey::{Moment, Survey};
use hamdel::domain::{Group, Id, JournalEntry};
use hamdel::storage::backup_file::{encrypt_backup, open_backup};
use hamdel::storage::kits::encrypt_share;
use hamdel::storage::{MemoryStore, Workspace};
use serde_json::Value;

mod common;
use common::Rng;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).expect("valid")
}

fn workspace() -> (MemoryStore, Workspace<MemoryStore>) {
    let store = MemoryStore::new();
    let mut ws = Workspace::open(store.clone());
    // Two sessions keep each case small (the fuzz is about shapes, not size).
    let mut g = Group::new(Id::from_raw("g1"), "گروه مطالعه", day(1)).expect("valid");
    g.session_count = 2;
    let mut g = g.with_default_sessions({
        let mut n = 0;
        move || {
            n += 1;
            Id::from_raw(format!("s{n}"))
        }
    });
    g.kit_surveys = vec![PlannedSurvey {
        survey: Id::from_raw("who5"),
        moment: Moment::Pre,
    }];
    ws.put(g).expect("stored");
    for n in 0..4 {
        let e =
            JournalEntry::new(Id::from_raw(format!("e{n}")), day(1 + n), "نوشته").expect("valid");
        ws.put(e).expect("stored");
    }
    (store, ws)
}

/// Every place in a JSON value (as a path of object keys and array indexes).
fn paths(v: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(at.clone());
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                at.push(k.clone());
                paths(child, at, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                at.push(i.to_string());
                paths(child, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn at_path<'a>(v: &'a mut Value, path: &[String]) -> Option<&'a mut Value> {
    let mut cur = v;
    for p in path {
        cur = match cur {
            Value::Object(map) => map.get_mut(p)?,
            Value::Array(items) => items.get_mut(p.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}

/// One structural or textual mutation of a JSON document.
fn mutate(doc: &Value, all: &[Vec<String>], rng: &mut Rng) -> Vec<u8> {
    let mut v = doc.clone();
    for _ in 0..1 + rng.below(3) {
        let path = &all[rng.below(all.len())];
        let Some(slot) = at_path(&mut v, path) else {
            continue;
        };
        *slot = match rng.below(12) {
            0 => Value::Null,
            1 => Value::from(u64::MAX),
            2 => Value::from(-1),
            3 => Value::from(9),
            4 => Value::from("x".repeat(if rng.below(20) == 0 {
                20_001
            } else {
                rng.below(300)
            })),
            5 => Value::from(""),
            6 => Value::from("20266-11-26"),
            7 => Value::from("1850-01-01"),
            8 => Value::Array(vec![slot.clone(), slot.clone()]),
            9 => Value::Object(Default::default()),
            10 => Value::from(1e308),
            _ => Value::from("e0"),
        };
    }
    let mut bytes = serde_json::to_vec(&v).expect("serialises");
    if rng.below(5) == 0 && !bytes.is_empty() {
        let i = rng.below(bytes.len());
        match rng.below(3) {
            0 => bytes[i] = rng.next() as u8,
            1 => bytes.truncate(i),
            _ => bytes.insert(i, b"{[\",:}]"[rng.below(7)]),
        }
    }
    bytes
}

#[test]
fn mutated_backup_plaintext_never_panics_and_a_refusal_changes_nothing() {
    let (_, source) = workspace();
    let backup = Backup::new(
        source.records(),
        Scope::Everything,
        "2026-11-26T00:00:00Z".into(),
    );
    let doc: Value = serde_json::from_str(&backup.to_json()).expect("JSON");
    let mut all = Vec::new();
    paths(&doc, &mut Vec::new(), &mut all);
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let (store, mut target) = workspace();
    let (mut parsed, mut applied, mut encrypted) = (0, 0, 0);
    for case in 0..100_000 {
        let bytes = mutate(&doc, &all, &mut rng);
        let result = if case % 100 == 0 {
            // Through the whole file path: encrypted to a passphrase, opened, parsed.
            let Ok(text) = String::from_utf8(bytes.clone()) else {
                continue;
            };
            let Ok(b) = parse_backup(text.as_bytes()) else {
                continue;
            };
            encrypted += 1;
            let file = encrypt_backup(&b, "pass", 1).expect("encrypts");
            open_backup(&file, "pass", 2).map_err(|_| ())
        } else {
            parse_backup(&bytes).map_err(|_| ())
        };
        let Ok(b) = result else { continue };
        parsed += 1;
        let mode = if case % 2 == 0 {
            ImportMode::Merge
        } else {
            ImportMode::Replace
        };
        let plan = ImportPlan::new(&target.records(), &b, mode);
        let _ = plan.totals();
        if parsed % 25 == 0 {
            let before = store.snapshot();
            match target.apply_import(&plan) {
                Ok(()) => {
                    applied += 1;
                    // Back to the starting data for the next case.
                    let (fresh_store, fresh) = workspace();
                    drop(fresh);
                    for (k, v) in fresh_store.snapshot() {
                        store.plant(&k, &v);
                    }
                    for k in store.snapshot().keys() {
                        if !fresh_store.snapshot().contains_key(k) {
                            hamdel::storage::KeyValueStore::remove(&store, k).expect("removed");
                        }
                    }
                    target = Workspace::open(store.clone());
                }
                Err(e) => assert!(
                    store.snapshot() == before,
                    "case {case}: {e:?} changed data"
                ),
            }
        }
    }
    eprintln!(
        "100,000 mutated backups: {parsed} parsed ({encrypted} through encryption), {applied} applied"
    );
    assert!(
        parsed > 1_000,
        "the mutations should often stay a valid backup"
    );
}

#[test]
fn mutated_share_plaintext_never_panics_and_a_refusal_changes_nothing() {
    let (store, mut ws) = workspace();
    let recipient = ws.counsellor_recipient().expect("keys");
    let mut share = common::who5_share("share-1", &Id::from_raw("g1"), "M1");
    share.journal = vec![JournalEntry::new(Id::from_raw("j1"), day(2), "shared").expect("valid")];
    let doc: Value = serde_json::from_str(&share.to_json_pretty()).expect("JSON");
    let mut all = Vec::new();
    paths(&doc, &mut Vec::new(), &mut all);
    let instrument = |id: &Id| -> Option<Survey> { hamdel::content::instrument(id).cloned() };
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut received = 0;
    for case in 0..3_000 {
        let bytes = mutate(&doc, &all, &mut rng);
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        let Ok(mutated) = serde_json::from_str::<Share>(&text) else {
            continue;
        };
        let mut mutated = mutated;
        mutated.id = Id::from_raw(format!("share-{case}"));
        let file = encrypt_share(&mutated, &recipient).expect("encrypts");
        let before = store.snapshot();
        match ws.receive_share(&Id::from_raw("g1"), &file, day(3), instrument) {
            Ok(_) => {
                received += 1;
                for o in &ws.results_of(&Id::from_raw("g1")).outcomes {
                    let s = instrument(&o.survey).expect("a known survey");
                    assert!(s.check_answers(&o.answers).is_ok(), "case {case}: {o:?}");
                }
            }
            Err(e) => assert!(
                store.snapshot() == before,
                "case {case}: {e:?} changed data"
            ),
        }
    }
    eprintln!("3,000 mutated share-backs: {received} brought in");
    assert!(received > 50);
}
