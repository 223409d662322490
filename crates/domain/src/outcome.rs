//! Group outcomes: survey results per member code (from share-backs or typed from paper forms)
//! and the pre/post summary of the results report.
//!
//! Rules, in the report's words:
//! - a member's result at a moment is their latest attempt at that moment;
//! - an item's mean is over the members who answered at that moment, with reverse-scored items
//!   flipped (so higher is always better);
//! - the scale's mean uses the published scoring ([`Survey::score`]); the change is the post mean
//!   minus the pre mean (both over whoever took each);
//! - "improved" counts members with both a pre and a post result whose post total is higher,
//!   over the members with both.

use super::Id;
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

/// One item before and after.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemSummary {
    /// The item.
    pub item: Id,
    /// Mean before, over the members who answered.
    pub pre: Option<f64>,
    /// Mean after.
    pub post: Option<f64>,
    /// `post − pre`, when both exist.
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
    /// `post − pre`.
    pub change: Option<f64>,
    /// The highest possible total.
    pub max: u32,
    /// Members with both.
    pub paired: usize,
    /// Of those, how many scored higher after.
    pub improved: usize,
}

impl ScaleSummary {
    /// Share of paired members who improved, 0–100 (rounded), if any are paired.
    pub fn improved_percent(&self) -> Option<u32> {
        (self.paired > 0).then(|| ((self.improved * 200 + self.paired) / (2 * self.paired)) as u32)
    }
}

/// The summary of one survey in a group.
#[derive(Debug, Clone, PartialEq)]
pub struct SurveySummary {
    /// Per item, in the survey's order.
    pub items: Vec<ItemSummary>,
    /// The scale.
    pub scale: ScaleSummary,
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

/// Summarises a survey's pre and post results.
pub fn summarize(survey: &Survey, outcomes: &[Outcome]) -> SurveySummary {
    let pre = latest(survey, outcomes, Moment::Pre);
    let post = latest(survey, outcomes, Moment::Post);
    let item_mean = |set: &[&Outcome], i: usize| {
        mean(
            set.iter()
                .map(|o| f64::from(survey.item_score(&survey.items[i], o.answers[i]))),
        )
    };
    let items = (0..survey.items.len())
        .map(|i| {
            let (a, b) = (item_mean(&pre, i), item_mean(&post, i));
            ItemSummary {
                item: survey.items[i].id.clone(),
                pre: a,
                post: b,
                change: a.zip(b).map(|(a, b)| b - a),
            }
        })
        .collect();
    let totals = |set: &[&Outcome]| -> Vec<(String, u32)> {
        set.iter()
            .filter_map(|o| {
                total(survey, &o.answers).map(|t| (super::member::code_key(&o.code), t))
            })
            .collect()
    };
    let (pre_t, post_t) = (totals(&pre), totals(&post));
    let pre_mean = mean(pre_t.iter().map(|(_, t)| f64::from(*t)));
    let post_mean = mean(post_t.iter().map(|(_, t)| f64::from(*t)));
    let pairs: Vec<(u32, u32)> = pre_t
        .iter()
        .filter_map(|(code, a)| {
            post_t
                .iter()
                .find(|(c, _)| c == code)
                .map(|(_, b)| (*a, *b))
        })
        .collect();
    let max = survey
        .score(&vec![Some(survey.scale_min); survey.items.len()])
        .map_or(0, |s| s.max);
    SurveySummary {
        items,
        scale: ScaleSummary {
            pre_n: pre_t.len(),
            post_n: post_t.len(),
            pre: pre_mean,
            post: post_mean,
            change: pre_mean.zip(post_mean).map(|(a, b)| b - a),
            max,
            paired: pairs.len(),
            improved: pairs.iter().filter(|(a, b)| b > a).count(),
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
            id: Id::from_raw(id),
            en: id.into(),
            fa: id.into(),
            reverse,
            subscale: None,
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
    /// Pre: totals 3, 9, 0 → mean 4; post: 6, 8, 9 → mean 23/3; change 23/3 − 4 = 11/3.
    /// Item q1: pre (1+3+0)/3 = 4/3, post (2+2+3)/3 = 7/3, change 1.
    /// Item q3 (reversed): pre (0+3+0)/3 = 1, post (2+3+3)/3 = 8/3.
    /// Paired A and B: one of two improved = 50 %.
    /// WHO-5 as shipped: five items scored 0–5.
    fn who5() -> Survey {
        let item = |id: &str| SurveyItem {
            id: Id::from_raw(id),
            en: id.into(),
            fa: id.into(),
            reverse: false,
            subscale: None,
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
        assert!(close(s.scale.change, 11.0 / 3.0));
        assert_eq!(s.scale.max, 9);
        assert_eq!((s.scale.paired, s.scale.improved), (2, 1));
        assert_eq!(s.scale.improved_percent(), Some(50));
        assert!(close(s.items[0].pre, 4.0 / 3.0));
        assert!(close(s.items[0].post, 7.0 / 3.0));
        assert!(close(s.items[0].change, 1.0));
        assert!(close(s.items[2].pre, 1.0));
        assert!(close(s.items[2].post, 8.0 / 3.0));
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
