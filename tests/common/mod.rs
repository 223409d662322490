//! Shared by the native tests that draw random cases: a tiny deterministic generator
//! (xorshift), so a seed reproduces a run and no dependency is needed; and ([`source`]) the
//! reading of the project's own files for the tests that check source text.

pub mod source;

/// Xorshift64; the seed must not be 0.
#[allow(dead_code)]
pub struct Rng(pub u64);

#[allow(dead_code)]
impl Rng {
    /// The next number.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n` (0 for `n` of 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A share-back from member `code` to group `group`: one WHO-5 attempt taken before the group,
/// nothing else (tests add what they need).
#[allow(dead_code)]
pub fn who5_share(id: &str, group: &hamdel::domain::Id, code: &str) -> hamdel::domain::kit::Share {
    use hamdel::domain::Id;
    use hamdel::domain::kit::{KIT_VERSION, SHARE_FORMAT, Share};
    use hamdel::domain::survey::{Attempt, Moment};
    Share {
        format: SHARE_FORMAT.into(),
        version: KIT_VERSION,
        id: Id::from_raw(id),
        group: group.clone(),
        code: code.into(),
        created: "2026-12-02T10:00:00Z".into(),
        attempts: vec![Attempt {
            id: Id::from_raw("a1"),
            survey: Id::from_raw("who5"),
            date: chrono::NaiveDate::from_ymd_opt(2026, 12, 2).expect("valid test date"),
            answers: vec![3, 3, 2, 4, 3],
            moment: Some(Moment::Pre),
            group: Some(group.clone()),
            session: None,
        }],
        journal: Vec::new(),
        goals: Vec::new(),
    }
}
