//! Writes the benchmark's dataset as the browser would store it: 10,000 journal entries (half
//! Persian, half English, 100–600 characters each of real sentences, moods and tags) and 30 groups of 10 sessions
//! with 8 members and attendance, through the app's own `Workspace` into an in-memory store,
//! then every key and value as one JSON object.
//!
//! `cargo run --release --example bench_data -- target/bench/data.json` (the benchmark command
//! runs it). Deterministic: the same file every time.

use chrono::{Days, NaiveDate};
use hamdel::domain::backup::{Backup, ImportMode, ImportPlan, Records, Scope};
use hamdel::domain::member::{Attendance, Member};
use hamdel::domain::{Group, Id, JournalEntry, Locale, Role};
use hamdel::storage::{KeyValueStore, MemoryStore, Workspace};

const ENTRIES: usize = 10_000;
const GROUPS: usize = 30;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Every sentence of the built-in content (exercises, templates, surveys, prompts, the welcome
/// text), split into Persian and English: thousands of varied, real sentences, so compression
/// and matching behave as with real writing (review: a 40-word vocabulary compressed far better
/// and matched almost every query).
fn sentences() -> (Vec<String>, Vec<String>) {
    fn walk(v: &serde_json::Value, fa: &mut Vec<String>, en: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => {
                for sentence in s.split_inclusive(['.', '!', '?', '؟']) {
                    let sentence = sentence.trim();
                    if !(20..=220).contains(&sentence.chars().count()) {
                        continue;
                    }
                    let persian = sentence
                        .chars()
                        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
                    if persian { &mut *fa } else { &mut *en }.push(sentence.to_owned());
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, fa, en)),
            serde_json::Value::Object(o) => o.values().for_each(|x| walk(x, fa, en)),
            _ => {}
        }
    }
    let (exercises, templates) = hamdel::content::raw_files();
    let (mut fa, mut en) = (Vec::new(), Vec::new());
    for file in exercises
        .iter()
        .chain(templates)
        .chain(hamdel::content::raw_survey_files())
    {
        let v: serde_json::Value = serde_json::from_str(file).expect("content is JSON");
        walk(&v, &mut fa, &mut en);
    }
    fa.sort_unstable();
    fa.dedup();
    en.sort_unstable();
    en.dedup();
    (fa, en)
}

/// Sentences drawn at random until the text is `len` characters long (cut at a sentence).
fn text(rng: &mut Rng, sentences: &[String], len: usize) -> String {
    let mut s = String::new();
    while s.chars().count() < len {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&sentences[rng.below(sentences.len())]);
    }
    s.chars().take(len).collect::<String>().trim().to_owned()
}

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/bench/data.json".into());
    let mut rng = Rng(0x5DEE_CE66_D1CE_4E5B);
    let start = NaiveDate::from_ymd_opt(2024, 1, 1).expect("valid");
    let (fa, en) = sentences();
    eprintln!(
        "bench_data: {} Persian and {} English sentences from the built-in content",
        fa.len(),
        en.len()
    );
    let journal: Vec<JournalEntry> = (0..ENTRIES)
        .map(|i| {
            let len = 100 + rng.below(501);
            let source = if i % 2 == 0 { &fa } else { &en };
            let body = text(&mut rng, source, len);
            let date = start + Days::new((i / 10) as u64);
            let mut e = JournalEntry::new(Id::from_raw(format!("e{i:05}")), date, &body)
                .expect("valid entry");
            e.mood = Some(1 + rng.below(5) as u8);
            e.tags = vec![["calm", "worried", "hopeful", "tired"][rng.below(4)].into()];
            e
        })
        .collect();
    let groups: Vec<Group> = (0..GROUPS)
        .map(|g| {
            let mut n = 0;
            let mut group = Group::new(
                Id::from_raw(format!("g{g:02}")),
                &format!("گروه {g} · Group {g}"),
                start,
            )
            .expect("valid group");
            group.session_count = 10;
            group = group.with_default_sessions(|| {
                n += 1;
                Id::from_raw(format!("g{g:02}s{n:02}"))
            });
            group.start_date = Some(start);
            group.weekday = Some(5);
            group.members = (1..=8)
                .map(|m| Member {
                    id: Id::from_raw(format!("g{g:02}m{m}")),
                    code: format!("M{m}"),
                    real_name: String::new(),
                    consent: Default::default(),
                    parental_permission: Default::default(),
                })
                .collect();
            let ids: Vec<Id> = group.members.iter().map(|m| m.id.clone()).collect();
            for s in &mut group.sessions {
                s.attendance = ids
                    .iter()
                    .map(|id| {
                        let a = if rng.below(10) == 0 {
                            Attendance::Absent
                        } else {
                            Attendance::Present
                        };
                        (id.clone(), a)
                    })
                    .collect();
            }
            group
        })
        .collect();

    let store = MemoryStore::new();
    let mut ws = Workspace::open(store.clone());
    let mut settings = ws.settings();
    settings.locale = Locale::En;
    settings.role = Some(Role::Member);
    ws.set_settings(settings).expect("settings stored");
    let backup = Backup::new(
        Records {
            groups,
            journal,
            ..Records::default()
        },
        Scope::Everything,
        String::new(),
    );
    let plan = ImportPlan::new(&ws.records(), &backup, ImportMode::Merge);
    ws.apply_import(&plan).expect("the dataset fits the quota");
    let data = store.snapshot();
    if let Some(dir) = std::path::Path::new(&out).parent() {
        std::fs::create_dir_all(dir).expect("output directory");
    }
    std::fs::write(&out, serde_json::to_string(&data).expect("JSON")).expect("write the dataset");
    println!(
        "{out}: {} keys, {} UTF-16 units ({:.0} % of the quota)",
        data.len(),
        store.used_units().unwrap_or(0),
        store.used_units().unwrap_or(0) as f64 * 100.0 / hamdel::storage::QUOTA_UNITS as f64
    );
}
