//! Group outcomes: survey results per member code (from share-backs or typed from paper forms)
//! and the pre/post summary of the results report.
//!
//! Rules, in the report's words:
//! - a member's result at a moment is their latest attempt at that moment;
//! - an item's mean is over the members who answered at that moment, with reverse-scored items
//!   flipped (so higher is always better);
//! - the scale's mean uses the published scoring ([`Survey::score`]); the pre and post means are
//!   over whoever took each, shown with their n's;
//! - the change is **paired** (review M1): the mean of each member's post minus their own pre,
//!   over the members with both (its n is `paired`), for the scale and for each item; a member
//!   with only a pre or only a post result is listed by code and is in no change;
//! - "improved" counts the paired members whose total rose by at least the instrument's
//!   threshold ([`improvement_threshold`]: WHO-5 3 raw points, i.e. at least 10 percentage points
//!   on its 0–100 scale, where a raw point is 4; any other instrument 1 point), over the members
//!   with both;
//! - on a group's own ("ASK") survey the scale is its attitude and skill items, and "improved"
//!   is a rise of at least one scale step on the member's mean of those items (a rise in total
//!   of as many points as there are such items);
//! - its knowledge items are shown as the share who got each right (an item's mean × 100), and
//!   together as each member's percent correct: the pre and post means over whoever took each
//!   and the paired change in percentage points ([`KnowledgeSummary`]).
//!
//! Where results are kept (#18, item 6): each share-back, and each sitting of typing paper
//! forms, is a [`Results`] record of its own beside the group, keyed by the share-back's id
//! (paper: an id of its own). Two windows bringing files into one group write two records and
//! never the same one, and the group's record is not written at all. [`GroupResults::of`]
//! gathers a group's records for the report, counting a result shared twice once.

use super::Id;
use super::Keyed;
use super::exit::ExitResult;
use super::group::SharedNote;
use super::member::code_key;
use super::survey::{Moment, Survey};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where a result came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Source {
    /// A member's encrypted share-back file.
    Shared {
        /// The share's id (a second import of it is refused).
        share: Id,
    },
    /// Typed by the counsellor from a paper form.
    Paper,
}

/// One member's answers to one survey at one moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// The member's pseudonymous code.
    pub code: String,
    /// Which survey.
    pub survey: Id,
    /// Pre, mid or post.
    pub moment: Moment,
    /// The day it was taken.
    #[serde(with = "super::iso_date::serde_iso")]
    pub date: NaiveDate,
    /// Answers in item order (option values).
    pub answers: Vec<u8>,
    /// Where it came from.
    pub source: Source,
    /// The member's attempt it came from (a share-back), so an attempt shared again in a
    /// later share-back is counted once (review L5).
    #[serde(default)]
    pub attempt: Option<Id>,
}

/// What one share-back or one sitting of paper forms brought into a group: a record of its
/// own (collection `outcomes`), keyed by the share-back's id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Results {
    /// The share-back's id, or the paper entry's own.
    pub id: Id,
    /// The group they belong to.
    pub group: Id,
    /// Survey results.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outcomes: Vec<Outcome>,
    /// Exit tickets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exit: Vec<ExitResult>,
    /// Journal entries and goals the member chose to share.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<SharedNote>,
}

impl Results {
    /// An empty record for `group`.
    pub fn new(id: Id, group: Id) -> Self {
        Results {
            id,
            group,
            outcomes: Vec::new(),
            exit: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// Whether it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.outcomes.is_empty() && self.exit.is_empty() && self.notes.is_empty()
    }

    /// Everything `other` holds that this record does not yet, added to it.
    pub fn absorb(&mut self, other: Results) {
        for o in other.outcomes {
            if !self.outcomes.contains(&o) {
                self.outcomes.push(o);
            }
        }
        for e in other.exit {
            if !self.exit.contains(&e) {
                self.exit.push(e);
            }
        }
        for n in other.notes {
            if !self.notes.contains(&n) {
                self.notes.push(n);
            }
        }
    }
}

impl Keyed for Results {
    fn id(&self) -> &Id {
        &self.id
    }
    fn with_id(&self, id: Id) -> Self {
        Results { id, ..self.clone() }
    }
    /// Results are only ever added: both windows' additions are kept, never a second record.
    fn merge(base: &Self, mine: &Self, theirs: &Self) -> Option<Self> {
        use super::merge::set3;
        if base.id != mine.id || mine.id != theirs.id || mine.group != theirs.group {
            return None;
        }
        Some(Results {
            id: theirs.id.clone(),
            group: theirs.group.clone(),
            outcomes: set3(&base.outcomes, &mine.outcomes, &theirs.outcomes),
            exit: set3(&base.exit, &mine.exit, &theirs.exit),
            notes: set3(&base.notes, &mine.notes, &theirs.notes),
        })
    }
}

/// A group's results gathered from its [`Results`] records, for the report and its exports.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GroupResults {
    /// Survey results, by date (a result that came in twice — the same member's attempt in
    /// two records — once).
    pub outcomes: Vec<Outcome>,
    /// Exit tickets, by date, each attempt once.
    pub exit: Vec<ExitResult>,
    /// Shared notes, by date.
    pub notes: Vec<SharedNote>,
}

impl GroupResults {
    /// The results of `group` among `all`.
    pub fn of<'a>(group: &Id, all: impl IntoIterator<Item = &'a Results>) -> Self {
        let mut out = GroupResults::default();
        for r in all.into_iter().filter(|r| &r.group == group) {
            for o in &r.outcomes {
                let again = out.outcomes.iter().any(|have| {
                    have == o
                        || (o.attempt.is_some()
                            && have.attempt == o.attempt
                            && code_key(&have.code) == code_key(&o.code))
                });
                if !again {
                    out.outcomes.push(o.clone());
                }
            }
            for e in &r.exit {
                if !out.exit.iter().any(|have| {
                    have.attempt == e.attempt && code_key(&have.code) == code_key(&e.code)
                }) {
                    out.exit.push(e.clone());
                }
            }
            for n in &r.notes {
                if !out.notes.contains(n) {
                    out.notes.push(n.clone());
                }
            }
        }
        out.outcomes.sort_by_key(|o| o.date);
        out.exit.sort_by_key(|e| e.date);
        out.notes.sort_by_key(|n| n.date);
        out
    }

    /// Whether the group has no result, ticket or note.
    pub fn is_empty(&self) -> bool {
        self.outcomes.is_empty() && self.exit.is_empty() && self.notes.is_empty()
    }

    /// The surveys there are results for, in the order their first result came.
    pub fn surveys(&self) -> Vec<&Id> {
        let mut surveys: Vec<&Id> = Vec::new();
        for o in &self.outcomes {
            if !surveys.contains(&&o.survey) {
                surveys.push(&o.survey);
            }
        }
        surveys
    }
}

/// One item before and after.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemSummary {
    /// The item.
    pub item: Id,
    /// Mean before, over the members who answered.
    pub pre: Option<f64>,
    /// Mean after.
    pub post: Option<f64>,
    /// The paired change: the mean of each paired member's post minus pre on this item.
    pub change: Option<f64>,
}

/// The whole scale before and after.
#[derive(Debug, Clone, PartialEq)]
pub struct ScaleSummary {
    /// Members with a pre result.
    pub pre_n: usize,
    /// Members with a post result.
    pub post_n: usize,
    /// Mean total before.
    pub pre: Option<f64>,
    /// Mean total after.
    pub post: Option<f64>,
    /// The paired change: the mean of each member's post total minus their own pre total, over
    /// the `paired` members (none when nobody has both).
    pub change: Option<f64>,
    /// The highest possible total.
    pub max: u32,
    /// Members with both.
    pub paired: usize,
    /// Of those, how many rose by at least `threshold`.
    pub improved: usize,
    /// The rise in total that counts as improved ([`improvement_threshold`]).
    pub threshold: u32,
    /// Members with a pre result and no post one (codes as first typed), in code order.
    pub only_pre: Vec<String>,
    /// Members with a post result and no pre one.
    pub only_post: Vec<String>,
}

impl ScaleSummary {
    /// Share of paired members who improved, 0–100 (rounded), if any are paired.
    pub fn improved_percent(&self) -> Option<u32> {
        (self.paired > 0).then(|| ((self.improved * 200 + self.paired) / (2 * self.paired)) as u32)
    }
}

/// The knowledge items of a survey together: each member's percent correct (0–100).
#[derive(Debug, Clone, PartialEq)]
pub struct KnowledgeSummary {
    /// Mean percent correct before, over `pre_n` members.
    pub pre: Option<f64>,
    /// Mean percent correct after, over `post_n` members.
    pub post: Option<f64>,
    /// The paired change in percentage points, over `paired` members.
    pub change: Option<f64>,
    /// Members with a pre result.
    pub pre_n: usize,
    /// Members with a post result.
    pub post_n: usize,
    /// Members with both.
    pub paired: usize,
}

/// The summary of one survey in a group.
#[derive(Debug, Clone, PartialEq)]
pub struct SurveySummary {
    /// Per item, in the survey's order (a knowledge item's means are the share right, 0–1).
    pub items: Vec<ItemSummary>,
    /// The scale (a group's own survey: its attitude and skill items).
    pub scale: ScaleSummary,
    /// The knowledge items, if the survey has any.
    pub knowledge: Option<KnowledgeSummary>,
}

/// The rise in a member's total that counts as improved on `survey`: WHO-5 3 raw points (at
/// least 10 percentage points on its 0–100 scale, a raw point being 4); a group's own survey
/// one scale step on the mean of its agreement items (as many points as it has of them); any
/// other instrument 1 point.
pub fn improvement_threshold(survey: &Survey) -> u32 {
    match survey.id.as_str() {
        "who5" => 3,
        _ if survey.is_ask() => survey.agreement_items().max(1) as u32,
        _ => 1,
    }
}

/// Each member's latest complete result at `moment` for `survey`.
fn latest<'a>(survey: &Survey, outcomes: &'a [Outcome], moment: Moment) -> Vec<&'a Outcome> {
    let mut chosen: Vec<&Outcome> = Vec::new();
    for o in outcomes.iter().filter(|o| {
        o.survey == survey.id && o.moment == moment && survey.check_answers(&o.answers).is_ok()
    }) {
        // Codes compare as the member typed them in any case, digits or spacing (review L4).
        let code = super::member::code_key(&o.code);
        match chosen
            .iter_mut()
            .find(|c| super::member::code_key(&c.code) == code)
        {
            Some(c) if c.date <= o.date => *c = o,
            Some(_) => {}
            None => chosen.push(o),
        }
    }
    chosen
}

/// A WHO-5 result under the cut-offs, for individual follow-up (#16): never averaged away.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    /// The member's code, as they typed it.
    pub code: String,
    /// Pre, mid or post.
    pub moment: Moment,
    /// The day it was taken.
    pub date: NaiveDate,
    /// The raw score (0–25).
    pub raw: u32,
    /// At or below the adolescent screening cut-off (raw ≤ 9), not only below 13.
    pub very_low: bool,
}

/// Every WHO-5 result in `outcomes` under the low cut-off (raw below 13), each on its own:
/// every attempt counts, not only the latest, so a low score that was followed by a better
/// one is still seen. Most serious first, then by date.
pub fn wellbeing_flags(who5: &Survey, outcomes: &[Outcome]) -> Vec<Flag> {
    let mut flags: Vec<Flag> = outcomes
        .iter()
        .filter(|o| o.survey == who5.id)
        .filter_map(|o| {
            let raw = total(who5, &o.answers)?;
            (raw < super::survey::WHO5_LOW).then(|| Flag {
                code: o.code.clone(),
                moment: o.moment,
                date: o.date,
                raw,
                very_low: raw <= super::survey::WHO5_VERY_LOW,
            })
        })
        .collect();
    flags.sort_by(|a, b| (b.very_low, a.date, &a.code).cmp(&(a.very_low, b.date, &b.code)));
    flags.dedup();
    flags
}

/// The counsellor's private note on one flagged result (never in a kit, a handout or a print
/// for members).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    /// The member's code.
    pub code: String,
    /// The moment of the flagged result.
    pub moment: Moment,
    /// The day of the flagged result.
    #[serde(with = "super::iso_date::serde_iso")]
    pub date: NaiveDate,
    /// What was done or is planned.
    pub note: String,
}

impl Flag {
    /// Whether `f` is this flag's note.
    pub fn is_noted_by(&self, f: &FollowUp) -> bool {
        super::member::code_key(&f.code) == super::member::code_key(&self.code)
            && f.moment == self.moment
            && f.date == self.date
    }
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0u32), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / f64::from(n))
}

fn total(survey: &Survey, answers: &[u8]) -> Option<u32> {
    let given: Vec<Option<u8>> = answers.iter().copied().map(Some).collect();
    survey.score(&given).ok().map(|s| s.total)
}

/// Percent of the knowledge items right, if the survey has any.
fn percent_correct(survey: &Survey, answers: &[u8]) -> Option<f64> {
    let given: Vec<Option<u8>> = answers.iter().copied().map(Some).collect();
    let s = survey.score(&given).ok()?;
    (s.questions > 0).then(|| 100.0 * f64::from(s.correct) / f64::from(s.questions))
}

/// Summarises a survey's pre and post results (the rules are in the module's doc).
pub fn summarize(survey: &Survey, outcomes: &[Outcome]) -> SurveySummary {
    let key = super::member::code_key;
    let pre = latest(survey, outcomes, Moment::Pre);
    let post = latest(survey, outcomes, Moment::Post);
    // Each member with both, as (pre, post).
    let pairs: Vec<(&Outcome, &Outcome)> = pre
        .iter()
        .filter_map(|a| {
            post.iter()
                .find(|b| key(&b.code) == key(&a.code))
                .map(|b| (*a, *b))
        })
        .collect();
    let score =
        |o: &Outcome, i: usize| f64::from(survey.item_score(&survey.items[i], o.answers[i]));
    let items = (0..survey.items.len())
        .map(|i| ItemSummary {
            item: survey.items[i].id.clone(),
            pre: mean(pre.iter().map(|o| score(o, i))),
            post: mean(post.iter().map(|o| score(o, i))),
            change: mean(pairs.iter().map(|(a, b)| score(b, i) - score(a, i))),
        })
        .collect();
    let totals = |set: &[&Outcome]| -> Vec<u32> {
        set.iter()
            .filter_map(|o| total(survey, &o.answers))
            .collect()
    };
    let (pre_t, post_t) = (totals(&pre), totals(&post));
    let paired_t: Vec<(u32, u32)> = pairs
        .iter()
        .filter_map(|(a, b)| total(survey, &a.answers).zip(total(survey, &b.answers)))
        .collect();
    let threshold = improvement_threshold(survey);
    let alone = |set: &[&Outcome], other: &[&Outcome]| -> Vec<String> {
        let mut codes: Vec<&Outcome> = set
            .iter()
            .copied()
            .filter(|o| !other.iter().any(|p| key(&p.code) == key(&o.code)))
            .collect();
        codes.sort_by_key(|o| key(&o.code));
        codes.into_iter().map(|o| o.code.clone()).collect()
    };
    let max = u32::from(survey.max_value() - survey.scale_min) * survey.agreement_items() as u32;
    let knowledge = survey.items.iter().any(|i| i.is_knowledge()).then(|| {
        let pct = |set: &[&Outcome]| -> Vec<f64> {
            set.iter()
                .filter_map(|o| percent_correct(survey, &o.answers))
                .collect()
        };
        let (pre_k, post_k) = (pct(&pre), pct(&post));
        let paired_k: Vec<f64> = pairs
            .iter()
            .filter_map(|(a, b)| {
                Some(percent_correct(survey, &b.answers)? - percent_correct(survey, &a.answers)?)
            })
            .collect();
        KnowledgeSummary {
            pre: mean(pre_k.iter().copied()),
            post: mean(post_k.iter().copied()),
            change: mean(paired_k.iter().copied()),
            pre_n: pre_k.len(),
            post_n: post_k.len(),
            paired: paired_k.len(),
        }
    });
    SurveySummary {
        knowledge,
        items,
        scale: ScaleSummary {
            pre_n: pre_t.len(),
            post_n: post_t.len(),
            pre: mean(pre_t.iter().map(|t| f64::from(*t))),
            post: mean(post_t.iter().map(|t| f64::from(*t))),
            change: mean(paired_t.iter().map(|(a, b)| f64::from(*b) - f64::from(*a))),
            max,
            paired: paired_t.len(),
            improved: paired_t
                .iter()
                .filter(|(a, b)| *b >= *a + threshold)
                .count(),
            threshold,
            only_pre: alone(&pre, &post),
            only_post: alone(&post, &pre),
        },
    }
}

/// One member's total before and after on one survey (#17): the report's row per member, so a
/// member whose score fell is seen, not averaged away.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberChange {
    /// The member's code, as first typed.
    pub code: String,
    /// Total at the latest pre result.
    pub pre: Option<u32>,
    /// Total at the latest post result.
    pub post: Option<u32>,
}

impl MemberChange {
    /// `post − pre`, when both exist.
    pub fn change(&self) -> Option<i64> {
        self.pre
            .zip(self.post)
            .map(|(a, b)| i64::from(b) - i64::from(a))
    }

    /// Whether the total fell from before to after.
    pub fn declined(&self) -> bool {
        self.change().is_some_and(|c| c < 0)
    }
}

/// Each member with a pre or post result on `survey`, in code order (codes compared as typed in
/// any case, digits or spacing).
pub fn per_member(survey: &Survey, outcomes: &[Outcome]) -> Vec<MemberChange> {
    let key = super::member::code_key;
    let mut rows: Vec<MemberChange> = Vec::new();
    for (moment, set) in [
        (Moment::Pre, latest(survey, outcomes, Moment::Pre)),
        (Moment::Post, latest(survey, outcomes, Moment::Post)),
    ] {
        for o in set {
            let t = total(survey, &o.answers);
            let row = match rows.iter_mut().find(|r| key(&r.code) == key(&o.code)) {
                Some(r) => r,
                None => {
                    rows.push(MemberChange {
                        code: o.code.clone(),
                        pre: None,
                        post: None,
                    });
                    rows.last_mut().expect("invariant: just pushed")
                }
            };
            match moment {
                Moment::Pre => row.pre = t,
                _ => row.post = t,
            }
        }
    }
    rows.sort_by_key(|r| key(&r.code));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::{BiText, SurveyItem};

    fn text(s: &str) -> BiText {
        BiText {
            en: s.into(),
            fa: s.into(),
        }
    }

    /// Three items scored 0–3, the third reversed.
    fn survey() -> Survey {
        let item = |id: &str, reverse| SurveyItem {
            en: id.into(),
            fa: id.into(),
            reverse,
            ..SurveyItem::new(Id::from_raw(id), Default::default())
        };
        Survey {
            id: Id::from_raw("s"),
            scale_min: 0,
            options: vec![text("0"), text("1"), text("2"), text("3")],
            items: vec![item("q1", false), item("q2", false), item("q3", true)],
            title: text("S"),
            instructions: text(""),
            attribution: text(""),
            translation: String::new(),
            version: 1,
        }
    }

    fn o(code: &str, moment: Moment, day: u32, answers: [u8; 3]) -> Outcome {
        Outcome {
            code: code.into(),
            survey: Id::from_raw("s"),
            moment,
            date: NaiveDate::from_ymd_opt(2026, 12, day).expect("valid"),
            answers: answers.to_vec(),
            source: Source::Paper,
            attempt: None,
        }
    }

    /// Worked by hand:
    /// - A pre [1,2,3] → scored 1,2,0 = 3; A post [2,2,1] → 2,2,2 = 6 (improved).
    /// - B pre [3,3,0] → 3,3,3 = 9; B post [2,3,0] → 2,3,3 = 8 (not improved).
    /// - C pre only [0,0,3] → 0,0,0 = 0 (its earlier pre [3,3,3] on day 1 is replaced).
    /// - D post only [3,3,0] → 9.
    ///
    /// Pre: totals 3, 9, 0 → mean 4 (n 3); post: 6, 8, 9 → mean 23/3 (n 3).
    /// Paired change over A and B only (review M1): ((6 − 3) + (8 − 9)) / 2 = 1, n 2 — the
    /// unpaired 23/3 − 4 = 11/3 is not reported. Only pre: C; only post: D.
    /// Item q1: pre (1+3+0)/3 = 4/3, post (2+2+3)/3 = 7/3; paired change ((2−1) + (2−3))/2 = 0.
    /// Item q3 (reversed): pre (0+3+0)/3 = 1, post (2+3+3)/3 = 8/3; paired ((2−0) + (3−3))/2 = 1.
    /// Improved by at least 1 point: A (+3), not B (−1): one of two = 50 %.
    /// WHO-5 as shipped: five items scored 0–5.
    fn who5() -> Survey {
        let item = |id: &str| SurveyItem {
            en: id.into(),
            fa: id.into(),
            ..SurveyItem::new(Id::from_raw(id), Default::default())
        };
        Survey {
            id: Id::from_raw("who5"),
            scale_min: 0,
            options: (0..6).map(|n| text(&n.to_string())).collect(),
            items: ["w1", "w2", "w3", "w4", "w5"].map(item).to_vec(),
            title: text("WHO-5"),
            instructions: text(""),
            attribution: text(""),
            translation: String::new(),
            version: 1,
        }
    }

    #[test]
    fn low_wellbeing_is_flagged_per_member_and_never_averaged_away() {
        let w = |code: &str, moment, day, answers: [u8; 5]| Outcome {
            code: code.into(),
            survey: Id::from_raw("who5"),
            moment,
            date: NaiveDate::from_ymd_opt(2026, 12, day).expect("valid"),
            answers: answers.to_vec(),
            source: Source::Paper,
            attempt: None,
        };
        let outcomes = vec![
            w("A", Moment::Pre, 1, [5, 5, 5, 5, 5]),
            // B: raw 8 at pre (very low), 20 at post: the pre is still flagged.
            w("B", Moment::Pre, 1, [2, 2, 2, 1, 1]),
            w("B", Moment::Post, 20, [4, 4, 4, 4, 4]),
            // C: raw 12 (low, not very low).
            w("C", Moment::Post, 20, [3, 3, 2, 2, 2]),
            // D: raw 13 (not flagged).
            w("D", Moment::Post, 20, [3, 3, 3, 2, 2]),
        ];
        let flags = wellbeing_flags(&who5(), &outcomes);
        let seen: Vec<(&str, u32, bool)> = flags
            .iter()
            .map(|f| (f.code.as_str(), f.raw, f.very_low))
            .collect();
        assert_eq!(seen, [("B", 8, true), ("C", 12, false)]);
        // The group's mean is high; the flags are still there.
        assert!(summarize(&who5(), &outcomes).scale.post.expect("a mean") > 13.0);
    }

    #[test]
    fn a_hand_worked_example() {
        let outcomes = vec![
            o("C", Moment::Pre, 1, [3, 3, 3]),
            o("A", Moment::Pre, 2, [1, 2, 3]),
            o("B", Moment::Pre, 2, [3, 3, 0]),
            o("C", Moment::Pre, 3, [0, 0, 3]),
            o("A", Moment::Post, 20, [2, 2, 1]),
            o("B", Moment::Post, 20, [2, 3, 0]),
            o("D", Moment::Post, 20, [3, 3, 0]),
            o("A", Moment::Mid, 10, [3, 3, 0]),
        ];
        let s = summarize(&survey(), &outcomes);
        let close = |a: Option<f64>, b: f64| a.is_some_and(|a| (a - b).abs() < 1e-9);
        assert_eq!((s.scale.pre_n, s.scale.post_n), (3, 3));
        assert!(close(s.scale.pre, 4.0));
        assert!(close(s.scale.post, 23.0 / 3.0));
        assert!(close(s.scale.change, 1.0), "paired: {:?}", s.scale.change);
        assert_eq!(s.scale.max, 9);
        assert_eq!(
            (s.scale.paired, s.scale.improved, s.scale.threshold),
            (2, 1, 1)
        );
        assert_eq!(s.scale.improved_percent(), Some(50));
        assert_eq!(
            (s.scale.only_pre.clone(), s.scale.only_post.clone()),
            (vec!["C".to_owned()], vec!["D".to_owned()])
        );
        assert!(close(s.items[0].pre, 4.0 / 3.0));
        assert!(close(s.items[0].post, 7.0 / 3.0));
        assert!(close(s.items[0].change, 0.0));
        assert!(close(s.items[2].pre, 1.0));
        assert!(close(s.items[2].post, 8.0 / 3.0));
        assert!(close(s.items[2].change, 1.0));
    }

    /// WHO-5 counts a member as improved from 3 raw points (10 percentage points) up, worked
    /// by hand: A 10 → 12 (+2, 8 points: no), B 10 → 13 (+3: yes), C 20 → 15 (−5: no), E pre
    /// only. Paired change (2 + 3 − 5) / 3 = 0; pre mean (10 + 10 + 20 + 5) / 4 = 11.25.
    #[test]
    fn wellbeing_improves_from_ten_percentage_points_and_the_change_is_paired() {
        let w = |code: &str, moment, answers: [u8; 5]| Outcome {
            code: code.into(),
            survey: Id::from_raw("who5"),
            moment,
            date: NaiveDate::from_ymd_opt(2026, 12, 1).expect("valid"),
            answers: answers.to_vec(),
            source: Source::Paper,
            attempt: None,
        };
        let outcomes = vec![
            w("A", Moment::Pre, [2, 2, 2, 2, 2]),
            w("A", Moment::Post, [3, 3, 2, 2, 2]),
            w("B", Moment::Pre, [2, 2, 2, 2, 2]),
            w("B", Moment::Post, [3, 3, 3, 2, 2]),
            w("C", Moment::Pre, [4, 4, 4, 4, 4]),
            w("C", Moment::Post, [3, 3, 3, 3, 3]),
            w("E", Moment::Pre, [1, 1, 1, 1, 1]),
        ];
        let s = summarize(&who5(), &outcomes).scale;
        assert_eq!((s.threshold, s.paired, s.improved), (3, 3, 1));
        assert_eq!((s.pre_n, s.post_n), (4, 3));
        assert!(s.change.is_some_and(|c| c.abs() < 1e-9), "{:?}", s.change);
        assert!(s.pre.is_some_and(|m| (m - 11.25).abs() < 1e-9));
        assert_eq!((s.only_pre, s.only_post), (vec!["E".to_owned()], vec![]));
    }

    #[test]
    fn each_member_before_and_after_with_a_decline_marked() {
        let outcomes = vec![
            o("C", Moment::Pre, 1, [3, 3, 3]),
            o("A", Moment::Pre, 2, [1, 2, 3]),
            o("b", Moment::Pre, 2, [3, 3, 0]),
            o("C", Moment::Pre, 3, [0, 0, 3]),
            o("A", Moment::Post, 20, [2, 2, 1]),
            o("B", Moment::Post, 20, [2, 3, 0]),
            o("D", Moment::Post, 20, [3, 3, 0]),
        ];
        let rows = per_member(&survey(), &outcomes);
        type Row<'a> = (&'a str, Option<u32>, Option<u32>, Option<i64>, bool);
        let seen: Vec<Row<'_>> = rows
            .iter()
            .map(|r| (r.code.as_str(), r.pre, r.post, r.change(), r.declined()))
            .collect();
        assert_eq!(
            seen,
            [
                ("A", Some(3), Some(6), Some(3), false),
                ("b", Some(9), Some(8), Some(-1), true),
                ("C", Some(0), None, None, false),
                ("D", None, Some(9), None, false),
            ],
            "worked by hand as above; B typed twice in two cases is one member"
        );
    }

    /// A group's own survey: attitude and skill items on the 4-point scale (1–4; the skill
    /// item reversed), then two knowledge items (K1: three choices, the 2nd right; K2: two
    /// choices, the 1st right).
    fn ask() -> Survey {
        use crate::survey::{ItemKind, agreement_options};
        let item = |id: &str, kind, reverse, choices: usize, correct| SurveyItem {
            en: id.into(),
            fa: id.into(),
            reverse,
            choices: (0..choices).map(|n| text(&n.to_string())).collect(),
            correct,
            ..SurveyItem::new(Id::from_raw(id), kind)
        };
        Survey {
            id: Id::from_raw("ask"),
            scale_min: 1,
            options: agreement_options(4),
            items: vec![
                item("a1", ItemKind::Attitude, false, 0, 0),
                item("s1", ItemKind::Skill, true, 0, 0),
                item("k1", ItemKind::Knowledge, false, 3, 2),
                item("k2", ItemKind::Knowledge, false, 2, 1),
            ],
            title: text("ASK"),
            instructions: text(""),
            attribution: text(""),
            translation: String::new(),
            version: 1,
        }
    }

    /// Worked by hand. Agreement scores are answer − 1 (a1) and 4 − answer (s1, reversed), so
    /// a total runs 0–6; the threshold is one scale step on the mean of two items = 2 points.
    /// - P pre only [2,3,2,2]: 1 + 1 = 2; K1 right, K2 wrong → 50 %.
    /// - Q post only [4,1,2,1]: 3 + 3 = 6; both right → 100 %.
    /// - R pre [2,3,1,2]: 2, 0 % → post [3,2,2,1]: 2 + 2 = 4, 100 %: +2, improved.
    /// - S pre [2,3,2,1]: 2, 100 % → post [3,3,2,1]: 2 + 1 = 3, 100 %: +1, not improved.
    ///
    /// Scale: pre (2+2+2)/3 = 2 (n 3), post (6+4+3)/3 = 13/3 (n 3), paired (2 + 1)/2 = 1.5
    /// (n 2), improved 1 of 2. Knowledge: pre (50+0+100)/3 = 50, post 100 (n 3), paired
    /// (100 + 0)/2 = 50 points. K1 right: pre P, S of P, R, S = 2/3; post all 3; paired
    /// (R +1, S 0)/2 = 0.5. Only pre: P; only post: Q.
    #[test]
    fn an_ask_survey_pairs_agreement_and_counts_knowledge_as_percent_correct() {
        let a = |code: &str, moment, answers: [u8; 4]| Outcome {
            code: code.into(),
            survey: Id::from_raw("ask"),
            moment,
            date: NaiveDate::from_ymd_opt(2026, 12, 1).expect("valid"),
            answers: answers.to_vec(),
            source: Source::Paper,
            attempt: None,
        };
        let outcomes = vec![
            a("P", Moment::Pre, [2, 3, 2, 2]),
            a("Q", Moment::Post, [4, 1, 2, 1]),
            a("R", Moment::Pre, [2, 3, 1, 2]),
            a("R", Moment::Post, [3, 2, 2, 1]),
            a("S", Moment::Pre, [2, 3, 2, 1]),
            a("S", Moment::Post, [3, 3, 2, 1]),
        ];
        let s = ask();
        assert_eq!(improvement_threshold(&s), 2);
        let sum = summarize(&s, &outcomes);
        let close = |x: Option<f64>, y: f64| x.is_some_and(|x| (x - y).abs() < 1e-9);
        let sc = &sum.scale;
        assert_eq!((sc.pre_n, sc.post_n, sc.paired, sc.max), (3, 3, 2, 6));
        assert!(close(sc.pre, 2.0) && close(sc.post, 13.0 / 3.0), "{sc:?}");
        assert!(close(sc.change, 1.5), "{sc:?}");
        assert_eq!((sc.improved, sc.threshold), (1, 2));
        assert_eq!(
            (sc.only_pre.clone(), sc.only_post.clone()),
            (vec!["P".to_owned()], vec!["Q".to_owned()])
        );
        let k = sum.knowledge.as_ref().expect("knowledge items");
        assert_eq!((k.pre_n, k.post_n, k.paired), (3, 3, 2));
        assert!(
            close(k.pre, 50.0) && close(k.post, 100.0) && close(k.change, 50.0),
            "{k:?}"
        );
        let k1 = &sum.items[2];
        assert!(
            close(k1.pre, 2.0 / 3.0) && close(k1.post, 1.0) && close(k1.change, 0.5),
            "{k1:?}"
        );
        // A published instrument has no knowledge part.
        assert_eq!(summarize(&survey(), &[]).knowledge, None);
    }

    #[test]
    fn missing_pre_or_post_leaves_the_change_empty() {
        let only_pre = vec![o("A", Moment::Pre, 1, [1, 1, 1])];
        let s = summarize(&survey(), &only_pre);
        assert!(s.scale.post.is_none() && s.scale.change.is_none());
        assert_eq!(s.scale.improved_percent(), None);
        assert!(
            s.items
                .iter()
                .all(|i| i.change.is_none() && i.pre.is_some())
        );
        let none = summarize(&survey(), &[]);
        assert!(none.scale.pre.is_none() && none.items[0].pre.is_none());
        // An incomplete form is left out rather than counted as zeros.
        let short = vec![Outcome {
            answers: vec![1, 1],
            ..o("A", Moment::Pre, 1, [0, 0, 0])
        }];
        assert_eq!(summarize(&survey(), &short).scale.pre_n, 0);
        // Review M2: answers outside the scale are left out, never averaged as they are.
        let nines = vec![o("A", Moment::Pre, 1, [9, 9, 9])];
        assert_eq!(summarize(&survey(), &nines).scale.pre_n, 0);
        assert!(summarize(&survey(), &nines).items[0].pre.is_none());
    }

    #[test]
    fn codes_pair_whatever_case_digits_or_spacing_they_were_typed_in() {
        // Review L4: "M1" before and " m۱ " after are the same member.
        let set = vec![
            o("M1", Moment::Pre, 1, [1, 2, 3]),
            o(" m۱ ", Moment::Post, 2, [2, 2, 1]),
        ];
        let s = summarize(&survey(), &set);
        assert_eq!((s.scale.paired, s.scale.improved), (1, 1));
    }
}
