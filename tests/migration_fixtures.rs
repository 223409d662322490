//! Data stored by every earlier schema version, written by that version's own code
//! (`tests/fixtures/migration/`, see its README), loads with today's code with nothing set
//! aside, and a save rewrites it at the current version keeping every field it had.
//!
//! Review: the migration tests built their old documents by hand, so they showed only that
//! today's code reads what today's engineers believe older versions wrote.
#![cfg(not(target_arch = "wasm32"))]

use hamdel::domain::session::Text;
use hamdel::domain::{Calendar, Id, Locale, Role, Theme};
use hamdel::storage::schema::SCHEMA_VERSION;
use hamdel::storage::sealed::Space;
use hamdel::storage::{KeyValueStore, MemoryStore, Workspace};
use serde_json::Value;
use std::collections::BTreeMap;

fn fixture(name: &str) -> BTreeMap<String, String> {
    let path = format!(
        "{}/tests/fixtures/migration/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).expect("a fixture is a JSON object of strings")
}

fn store_of(map: &BTreeMap<String, String>) -> MemoryStore {
    let store = MemoryStore::new();
    for (k, v) in map {
        store.set(k, v).expect("fits");
    }
    store
}

/// Writes every record, the settings and the draft back (what the next saves do over time).
fn save_everything(ws: &mut Workspace<MemoryStore>) {
    ws.set_settings(ws.settings()).expect("settings stored");
    for g in ws.groups().items() {
        ws.put(g).expect("group stored");
    }
    for e in ws.journal().items() {
        ws.put(e).expect("entry stored");
    }
    for x in ws.exercises().items() {
        ws.put(x).expect("exercise stored");
    }
    for a in ws.attempts().items() {
        ws.put(a).expect("attempt stored");
    }
    for g in ws.goals().items() {
        ws.put(g).expect("goal stored");
    }
    for k in ws.kits().items() {
        ws.put(k).expect("kit stored");
    }
    for r in ws.outcomes().items() {
        ws.put(r).expect("results stored");
    }
    let draft = ws.draft().clone();
    if !draft.is_empty() {
        ws.set_draft(draft).expect("draft stored");
    }
}

/// Whether `new` holds everything `old` held: every member of an object with the same value
/// (recursively), arrays element by element; `new` may add members.
fn keeps(old: &Value, new: &Value, path: &str) -> Result<(), String> {
    match (old, new) {
        (Value::Object(o), Value::Object(n)) => {
            for (k, ov) in o {
                if k == "v" || k == "rev" {
                    continue;
                }
                let nv = n.get(k).ok_or_else(|| format!("{path}.{k} was dropped"))?;
                keeps(ov, nv, &format!("{path}.{k}"))?;
            }
            Ok(())
        }
        (Value::Array(o), Value::Array(n)) if o.len() == n.len() => o
            .iter()
            .zip(n)
            .enumerate()
            .try_for_each(|(i, (a, b))| keeps(a, b, &format!("{path}[{i}]"))),
        _ if old == new => Ok(()),
        _ => Err(format!("{path}: {old} became {new}")),
    }
}

/// Loads a plain fixture, checks nothing is set aside, saves everything, and checks every
/// document is rewritten at the current version with every old field kept.
fn load_save_and_compare(name: &str) -> Workspace<MemoryStore> {
    let old = fixture(name);
    let store = store_of(&old);
    let mut ws = Workspace::open(store.clone());
    assert!(ws.issues().is_empty(), "{name}: {:?}", ws.issues());
    let before = ws.records();
    save_everything(&mut ws);

    let reopened = Workspace::open(store.clone());
    assert!(
        reopened.issues().is_empty(),
        "{name}: {:?}",
        reopened.issues()
    );
    assert_eq!(
        reopened.records(),
        before,
        "{name}: records changed by a save"
    );
    for (key, old_raw) in &old {
        let new_raw = store
            .get(key)
            .expect("readable")
            .unwrap_or_else(|| panic!("{name}: {key} is gone after a save"));
        let new_doc: Value = serde_json::from_str(&new_raw).expect("JSON");
        if key != "hamdel/identity/counsellor" {
            assert_eq!(
                new_doc["v"].as_u64(),
                Some(u64::from(SCHEMA_VERSION)),
                "{name}: {key} not rewritten at the current version"
            );
        }
        let mut old_doc: Value = serde_json::from_str(old_raw).expect("JSON");
        if key.starts_with("hamdel/groups/") {
            results_moved(&mut old_doc, &reopened, name);
        }
        if let Err(e) = keeps(&old_doc, &new_doc, key) {
            panic!("{name}: {e}");
        }
    }
    reopened
}

/// Schema 5 (#18, item 6): what a group kept as results — `outcomes`, `exit_results`, `shared`
/// — is no longer in the group but each of it, every field kept, in one of the records of the
/// `outcomes` collection that belongs to the group. Takes those fields out of `old_doc` (a
/// groups chunk) once found.
fn results_moved(old_doc: &mut Value, ws: &Workspace<MemoryStore>, name: &str) {
    let records = ws.outcomes().items();
    for stored in old_doc["records"].as_array_mut().expect("records") {
        let item = stored["item"].as_object_mut().expect("a group");
        let group = item["id"].as_str().expect("id").to_owned();
        for (field, list) in [
            ("outcomes", "outcomes"),
            ("exit_results", "exit"),
            ("shared", "notes"),
        ] {
            let Some(Value::Array(old)) = item.remove(field) else {
                continue;
            };
            let moved: Vec<Value> = records
                .iter()
                .filter(|r| r.group.as_str() == group)
                .flat_map(|r| {
                    serde_json::to_value(r).expect("JSON")[list]
                        .clone()
                        .as_array()
                        .cloned()
                        .unwrap_or_default()
                })
                .collect();
            for (i, o) in old.iter().enumerate() {
                assert!(
                    moved.iter().any(|m| keeps(o, m, "").is_ok()),
                    "{name}: {group}.{field}[{i}] is not in the group's results records"
                );
            }
        }
    }
}

#[test]
fn version_1_settings_groups_and_entries_load_and_are_rewritten_whole() {
    let ws = load_save_and_compare("v1.json");
    let s = ws.settings();
    assert_eq!(s.role, Some(Role::Counsellor));
    assert_eq!(s.locale, Locale::Fa);
    assert_eq!(s.calendar, Some(Calendar::Jalali));
    assert_eq!(s.theme, Theme::Dark);
    let g = ws.groups().get(&Id::from_raw("g-v1")).expect("group");
    assert_eq!(g.name, "گروه مهارت‌های مطالعه");
    // A group from before plans were stored gets the plan's defaults, not an empty plan.
    assert!(g.session_count > 0 && g.session_minutes > 0);
    let e = ws.journal().get(&Id::from_raw("e-v1")).expect("entry");
    assert_eq!(e.text, "امروز آرام‌تر بودم.");
}

#[test]
fn version_2_plans_sessions_members_and_exercises_load_and_are_rewritten_whole() {
    let ws = load_save_and_compare("v2.json");
    let g = ws.groups().get(&Id::from_raw("g-v2")).expect("group");
    assert_eq!(g.room, "کتابخانه");
    assert_eq!(g.time, "10:30");
    assert_eq!(g.weekday, Some(6));
    assert_eq!(g.skipped.len(), 1);
    assert_eq!(g.sessions.len(), usize::from(g.session_count));
    assert!(g.sessions[1].moved_to.is_some());
    assert_eq!(g.members.len(), 2);
    assert_eq!(g.members[1].code, "ع.ر");
    assert_eq!(g.sessions[0].attendance.len(), 2);
    let block = g.sessions[0]
        .blocks
        .iter()
        .find(|b| b.id == Id::from_raw("b-v2"))
        .expect("the block added");
    assert_eq!(block.title, Text::Typed("نقشهٔ بدن".into()));
    assert_eq!(block.minutes, 20);
    let x = ws.exercises().get(&Id::from_raw("x-v2")).expect("exercise");
    assert_eq!(x.fa.title, "دماسنج خشم");
    assert_eq!(ws.journal().len(), 1);
}

#[test]
fn version_3_member_data_and_the_draft_load_and_are_rewritten_whole() {
    let ws = load_save_and_compare("v3.json");
    let e = ws.journal().get(&Id::from_raw("e-v3")).expect("entry");
    assert_eq!(e.mood, Some(2));
    assert_eq!(e.tags, ["مدرسه", "امتحان"]);
    assert_eq!(e.task_done, Some(true));
    assert!(e.prompt.is_some());
    let a = ws.attempts().get(&Id::from_raw("a-v3")).expect("attempt");
    assert_eq!(a.answers, [3, 2, 4, 1, 3]);
    let goal = ws.goals().get(&Id::from_raw("goal-v3")).expect("goal");
    assert!(goal.steps[0].done);
    assert_eq!(goal.ratings.len(), 1);
    assert_eq!(ws.draft().text, "نیمه‌تمام");
    assert_eq!(ws.draft().mood, Some(4));
}

#[test]
fn version_4_both_roles_load_and_are_rewritten_whole() {
    let ws = load_save_and_compare("v4.json");
    let g = ws.groups().get(&Id::from_raw("g-v4")).expect("group");
    assert_eq!(g.kit_surveys.len(), 2);
    // Schema 5 (#18, item 6): the group's results moved into records of their own — the
    // share-back's under its id, the paper form's under the group's — and out of the group.
    assert!(!g.has_legacy_results());
    let r = ws.results_of(&g.id);
    assert_eq!(r.outcomes.len(), 2);
    assert_eq!(r.notes.len(), 1);
    let shared = ws
        .outcomes()
        .get(&Id::from_raw("share-v4"))
        .expect("the share-back");
    assert_eq!((shared.outcomes.len(), shared.notes.len()), (1, 1));
    assert_eq!(
        shared.outcomes[0].moment,
        hamdel::domain::survey::Moment::Post
    );
    let paper = ws
        .outcomes()
        .get(&Id::from_raw("g-v4~paper"))
        .expect("the paper form");
    assert_eq!(paper.outcomes[0].answers, [2, 2, 3, 1, 2]);
    assert_eq!(g.contributing, "Good attendance");
    assert_eq!(g.sessions[0].task, "Plan one study hour");
    // Stored before kits recorded their recipient: its backup keeps every key.
    assert_eq!(g.kit_recipients, None);
    let kit = ws.kits().get(&Id::from_raw("k-v4")).expect("kit");
    assert_eq!(kit.code, "M1");
    assert_eq!(ws.records().counsellor_keys.len(), 1);
    assert!(kit.kit.recipient.starts_with("age1"));
    assert_eq!(
        ws.attempts()
            .get(&Id::from_raw("a-v4"))
            .expect("attempt")
            .group,
        Some(Id::from_raw("g-v4"))
    );
}

/// #18, item 6: moving a version 4 group's results into records of their own when storage
/// refuses writes (a full quota) loses nothing: the tab shows every result, what is stored
/// still holds every result, and the next load finishes the move.
#[test]
fn a_move_of_version_4_results_that_cannot_be_written_loses_nothing() {
    let old = fixture("v4.json");
    let g = Id::from_raw("g-v4");
    for at in 0..3 {
        let store = store_of(&old);
        store.fail_writes_after(at);
        let ws = Workspace::open(store.clone());
        let r = ws.results_of(&g);
        assert_eq!(
            (r.outcomes.len(), r.notes.len()),
            (2, 1),
            "failing at write {at}"
        );
        store.clear_faults();
        drop(ws);
        let again = Workspace::open(store.clone());
        let r = again.results_of(&g);
        assert_eq!(
            (r.outcomes.len(), r.notes.len()),
            (2, 1),
            "failing at write {at}"
        );
        assert!(!again.groups().get(&g).expect("group").has_legacy_results());
        let third = Workspace::open(store);
        assert_eq!(
            third.outcomes().len(),
            2,
            "failing at write {at}: no extra record"
        );
    }
}

/// A locked space written by an older version opens with its passphrase and holds what the
/// same version wrote in plain; a save keeps it sealed and readable.
fn locked_matches_plain(locked: &str, plain: &str, passphrases: &[(Space, &str)]) {
    let store = store_of(&fixture(locked));
    let mut ws = Workspace::open(store.clone());
    for (space, pass) in passphrases {
        ws.unlock(*space, pass)
            .unwrap_or_else(|e| panic!("{locked}: {space:?} does not open: {e:?}"));
    }
    assert!(ws.issues().is_empty(), "{locked}: {:?}", ws.issues());
    let plain_ws = Workspace::open(store_of(&fixture(plain)));
    let mut want = plain_ws.records();
    let mut got = ws.records();
    // Each fixture made its own counsellor key.
    want.counsellor_keys.clear();
    want.key_recipients.clear();
    want.kits.iter_mut().for_each(|k| k.kit.recipient.clear());
    got.counsellor_keys.clear();
    got.key_recipients.clear();
    got.kits.iter_mut().for_each(|k| k.kit.recipient.clear());
    assert_eq!(got, want, "{locked}");
    assert_eq!(ws.draft(), plain_ws.draft());

    save_everything(&mut ws);
    for key in store.keys().expect("keys") {
        let raw = store.get(&key).expect("read").expect("there");
        if key.starts_with("hamdel/journal/") || key.starts_with("hamdel/groups/") {
            assert!(
                raw.starts_with("hamdel-sealed:"),
                "{locked}: {key} written in plain"
            );
        }
    }
    let mut again = Workspace::open(store);
    for (space, pass) in passphrases {
        again.unlock(*space, pass).expect("opens after a save");
    }
    let mut after = again.records();
    after.counsellor_keys.clear();
    after.key_recipients.clear();
    after.kits.iter_mut().for_each(|k| k.kit.recipient.clear());
    assert_eq!(after, want, "{locked}: lost in a save");
}

#[test]
fn a_member_space_locked_by_version_3_opens_and_stays_sealed_through_a_save() {
    locked_matches_plain(
        "v3-locked.json",
        "v3.json",
        &[(Space::Member, "رمز آزمایشی فیکسچر")],
    );
}

#[test]
fn both_spaces_locked_by_version_4_open_and_stay_sealed_through_a_save() {
    locked_matches_plain(
        "v4-locked.json",
        "v4.json",
        &[
            (Space::Member, "member fixture passphrase"),
            (Space::Counsellor, "counsellor fixture passphrase"),
        ],
    );
}
