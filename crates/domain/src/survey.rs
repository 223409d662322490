//! Surveys and instruments on a Likert scale: items (some reverse-scored, some in subscales),
//! scoring exactly as published for the shipped instruments (Rosenberg Self-Esteem Scale 0–30;
//! WHO-5 raw 0–25 and ×4 as a percentage), plain-language bands, and attempts over time.
//!
//! A group's own perception survey (#18, "ASK") types each item as attitude, skill or
//! knowledge. Attitude and skill items are agreement statements on an even scale with no middle
//! ([`agreement_options`]: 4 or 6 points, scored from 1); knowledge items are multiple choice
//! with one right answer. Their rules:
//! - an agreement item's answer is an option value, as on any Likert survey; a knowledge item's
//!   answer is the number of the choice taken, counted from 1 (the number printed on paper);
//! - the total ([`Score::total`]) sums the agreement items only; knowledge items are counted
//!   right or wrong apart from it ([`Score::correct`] of [`Score::questions`]);
//! - [`Survey::item_score`] of a knowledge item is 1 when right and 0 when wrong, so an item's
//!   mean over members is the share who got it right.

use super::{Id, Keyed, Locale, iso_date};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The same text in both languages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BiText {
    /// English.
    pub en: String,
    /// Persian.
    pub fa: String,
}

impl BiText {
    /// The text in `locale`.
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::Fa => &self.fa,
            Locale::En => &self.en,
        }
    }
}

/// What an item of a group's own survey measures (#18). Published instruments' items are
/// [`ItemKind::Scale`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// An item of a published instrument.
    #[default]
    Scale,
    /// How a member feels about something (agreement).
    Attitude,
    /// How sure a member is that they can do something (agreement).
    Skill,
    /// What a member knows: multiple choice, one right answer.
    Knowledge,
}

impl ItemKind {
    /// The kinds a counsellor chooses from, in the order "ASK" names them.
    pub const ASK: [ItemKind; 3] = [ItemKind::Attitude, ItemKind::Skill, ItemKind::Knowledge];

    /// The name in addresses, form values and stored JSON.
    pub fn slug(self) -> &'static str {
        match self {
            ItemKind::Scale => "scale",
            ItemKind::Attitude => "attitude",
            ItemKind::Skill => "skill",
            ItemKind::Knowledge => "knowledge",
        }
    }
}

fn is_scale(k: &ItemKind) -> bool {
    *k == ItemKind::Scale
}

fn is_zero(n: &u8) -> bool {
    *n == 0
}

/// The agreement options of a group's own survey: an even scale with no middle, 4 or 6
/// points (any other number is taken as 4), scored 1 to `points`.
pub fn agreement_options(points: u8) -> Vec<BiText> {
    let t = |en: &str, fa: &str| BiText {
        en: en.into(),
        fa: fa.into(),
    };
    if points == 6 {
        vec![
            t("Strongly disagree", "کاملاً مخالفم"),
            t("Disagree", "مخالفم"),
            t("Slightly disagree", "کمی مخالفم"),
            t("Slightly agree", "کمی موافقم"),
            t("Agree", "موافقم"),
            t("Strongly agree", "کاملاً موافقم"),
        ]
    } else {
        vec![
            t("Strongly disagree", "کاملاً مخالفم"),
            t("Disagree", "مخالفم"),
            t("Agree", "موافقم"),
            t("Strongly agree", "کاملاً موافقم"),
        ]
    }
}

/// One statement to answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyItem {
    /// Stable id (the same on paper forms).
    pub id: Id,
    /// English wording.
    pub en: String,
    /// Persian wording.
    pub fa: String,
    /// Scored in reverse (the highest answer counts lowest).
    #[serde(default)]
    pub reverse: bool,
    /// The subscale it belongs to, if any.
    #[serde(default)]
    pub subscale: Option<String>,
    /// What it measures (a group's own survey); published items are `Scale`.
    #[serde(default, skip_serializing_if = "is_scale")]
    pub kind: ItemKind,
    /// A knowledge item's choices, in order (numbered from 1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<BiText>,
    /// A knowledge item's right choice, counted from 1.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub correct: u8,
}

impl SurveyItem {
    /// An item of `kind` with no wording yet: not reversed, in no subscale, no choices.
    pub fn new(id: Id, kind: ItemKind) -> Self {
        SurveyItem {
            id,
            en: String::new(),
            fa: String::new(),
            reverse: false,
            subscale: None,
            kind,
            choices: Vec::new(),
            correct: 0,
        }
    }

    /// Its wording in `locale`, or the other language's where it has none.
    pub fn text(&self, locale: Locale) -> &str {
        match locale {
            Locale::Fa if !self.fa.trim().is_empty() => &self.fa,
            Locale::En if !self.en.trim().is_empty() => &self.en,
            Locale::Fa => &self.en,
            Locale::En => &self.fa,
        }
    }

    /// Whether it is a knowledge item (answered by a choice, scored right or wrong).
    pub fn is_knowledge(&self) -> bool {
        self.kind == ItemKind::Knowledge
    }
}

/// A survey or instrument.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Survey {
    /// Stable id ("rses", "who5", or a counsellor's survey id).
    pub id: Id,
    /// The value of the first response option.
    #[serde(default)]
    pub scale_min: u8,
    /// Response options, lowest value first.
    pub options: Vec<BiText>,
    /// The items in order.
    pub items: Vec<SurveyItem>,
    /// Title.
    pub title: BiText,
    /// How to answer.
    #[serde(default)]
    pub instructions: BiText,
    /// Authors, licence, translation source.
    #[serde(default)]
    pub attribution: BiText,
    /// Where the Persian wording comes from: "published", or "hamdel" (translated for Hamdel).
    #[serde(default)]
    pub translation: String,
    /// The survey's version: a survey once used is changed only as a new version, so results
    /// already kept keep their meaning.
    #[serde(default = "first_version", skip_serializing_if = "is_first_version")]
    pub version: u16,
}

fn first_version() -> u16 {
    1
}

fn is_first_version(v: &u16) -> bool {
    *v == 1
}

/// The most items a counsellor's own survey holds.
pub const OWN_MAX_ITEMS: usize = 20;
/// The most choices a knowledge item offers (one digit on the paper grid).
pub const OWN_MAX_CHOICES: usize = 9;

/// Why a counsellor's own survey cannot be used yet (#18).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnSurveyProblem {
    /// No title in either language.
    NoTitle,
    /// No item.
    NoItems,
    /// More than [`OWN_MAX_ITEMS`] items.
    TooManyItems,
    /// An item (its position) with no text in either language.
    EmptyItem(usize),
    /// A knowledge item (its position) with fewer than two choices, more than
    /// [`OWN_MAX_CHOICES`], an empty one, or no right choice among them.
    BadChoices(usize),
    /// A scale other than 4 or 6 agreement points.
    BadScale,
}

impl BiText {
    /// The text in `locale`, or the other language's where it has none (a counsellor's survey
    /// may be written in one language only).
    pub fn get_or_other(&self, locale: Locale) -> &str {
        let own = self.get(locale);
        if own.trim().is_empty() {
            match locale {
                Locale::Fa => &self.en,
                Locale::En => &self.fa,
            }
        } else {
            own
        }
    }

    fn is_blank(&self) -> bool {
        self.en.trim().is_empty() && self.fa.trim().is_empty()
    }
}

impl Survey {
    /// A new survey of the counsellor's own: no items yet, agreement on `points` (4 or 6).
    pub fn own(id: Id, points: u8) -> Survey {
        Survey {
            id,
            scale_min: 1,
            options: agreement_options(points),
            items: Vec::new(),
            title: BiText::default(),
            instructions: BiText::default(),
            attribution: BiText::default(),
            translation: "hamdel".into(),
            version: 1,
        }
    }

    /// What stops a counsellor's own survey from being asked (the rules of item 1, #18): a
    /// title, 1 to [`OWN_MAX_ITEMS`] items each with text, agreement on 4 or 6 points, and each
    /// knowledge item 2 to [`OWN_MAX_CHOICES`] choices with text and one right choice.
    pub fn check_own(&self) -> Result<(), OwnSurveyProblem> {
        if self.title.is_blank() {
            return Err(OwnSurveyProblem::NoTitle);
        }
        if self.items.is_empty() {
            return Err(OwnSurveyProblem::NoItems);
        }
        if self.items.len() > OWN_MAX_ITEMS {
            return Err(OwnSurveyProblem::TooManyItems);
        }
        if !(self.scale_min == 1 && [4, 6].contains(&self.options.len())) && self.is_ask() {
            return Err(OwnSurveyProblem::BadScale);
        }
        for (i, item) in self.items.iter().enumerate() {
            if item.en.trim().is_empty() && item.fa.trim().is_empty() {
                return Err(OwnSurveyProblem::EmptyItem(i));
            }
            if item.is_knowledge()
                && (!(2..=OWN_MAX_CHOICES).contains(&item.choices.len())
                    || item.choices.iter().any(BiText::is_blank)
                    || !(1..=item.choices.len()).contains(&usize::from(item.correct)))
            {
                return Err(OwnSurveyProblem::BadChoices(i));
            }
        }
        Ok(())
    }

    /// The next version of this survey under `id`, to take its place in the library once
    /// results exist (editing those would change what they mean): the same items, one version
    /// up.
    pub fn next_version(&self, id: Id) -> Survey {
        Survey {
            id,
            version: self.version.saturating_add(1),
            ..self.clone()
        }
    }
}

impl Keyed for Survey {
    fn id(&self) -> &Id {
        &self.id
    }
    fn with_id(&self, id: Id) -> Self {
        Survey { id, ..self.clone() }
    }
}

/// Why answers could not be scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurveyError {
    /// Not every item was answered.
    Incomplete {
        /// How many answers are missing.
        missing: usize,
    },
    /// An answer is not one of the options.
    OutOfRange {
        /// The item's position.
        item: usize,
    },
}

/// A scored attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Score {
    /// Sum of the agreement (or scale) items' scores.
    pub total: u32,
    /// Highest possible total.
    pub max: u32,
    /// Per subscale: name, total, highest possible.
    pub subscales: Vec<(String, u32, u32)>,
    /// Knowledge items answered right.
    pub correct: u32,
    /// Knowledge items.
    pub questions: u32,
}

impl Survey {
    /// The highest option value.
    pub fn max_value(&self) -> u8 {
        let steps = u8::try_from(self.options.len().saturating_sub(1)).unwrap_or(u8::MAX);
        self.scale_min.saturating_add(steps)
    }

    /// One item's score for `answer` (reverse items flipped). An answer outside the options is
    /// first brought to the nearest option (review M2: `9` on a 0–5 scale wrapped or read as 9);
    /// [`Survey::check_answers`] is what refuses such answers where they come in.
    /// A knowledge item scores 1 when its right choice was taken, else 0.
    pub fn item_score(&self, item: &SurveyItem, answer: u8) -> u8 {
        if item.is_knowledge() {
            return u8::from(answer == item.correct);
        }
        let (min, max) = (self.scale_min, self.max_value());
        let answer = answer.clamp(min, max.max(min));
        if item.reverse {
            // max + min − answer, which lies in min..=max for an answer in range.
            let flipped = u16::from(max) + u16::from(min) - u16::from(answer);
            u8::try_from(flipped).unwrap_or(max)
        } else {
            answer
        }
    }

    /// Whether `answers` are a complete set for this survey: one per item, each an option value.
    pub fn check_answers(&self, answers: &[u8]) -> Result<(), SurveyError> {
        if answers.len() != self.items.len() {
            return Err(SurveyError::Incomplete {
                missing: self.items.len().abs_diff(answers.len()),
            });
        }
        match self
            .items
            .iter()
            .zip(answers)
            .position(|(item, a)| !self.answers_range(item).contains(a))
        {
            Some(item) => Err(SurveyError::OutOfRange { item }),
            None => Ok(()),
        }
    }

    /// The answers `item` takes: the option values, or a knowledge item's choice numbers.
    pub fn answers_range(&self, item: &SurveyItem) -> std::ops::RangeInclusive<u8> {
        if item.is_knowledge() {
            let n = u8::try_from(item.choices.len()).unwrap_or(u8::MAX);
            1..=n
        } else {
            self.scale_min..=self.max_value()
        }
    }

    /// Whether any item is a group's own attitude, skill or knowledge item (an "ASK" survey).
    pub fn is_ask(&self) -> bool {
        self.items.iter().any(|i| i.kind != ItemKind::Scale)
    }

    /// How many items are agreement (or scale) items: the ones the total sums.
    pub fn agreement_items(&self) -> usize {
        self.items.iter().filter(|i| !i.is_knowledge()).count()
    }

    /// Scores answers given in item order (each an option value).
    pub fn score(&self, answers: &[Option<u8>]) -> Result<Score, SurveyError> {
        let missing = self.items.len().saturating_sub(answers.len())
            + answers
                .iter()
                .take(self.items.len())
                .filter(|a| a.is_none())
                .count();
        if missing > 0 {
            return Err(SurveyError::Incomplete { missing });
        }
        let mut total = 0u32;
        let (mut correct, mut questions) = (0u32, 0u32);
        let mut subscales: Vec<(String, u32, u32)> = Vec::new();
        let span = u32::from(self.max_value() - self.scale_min);
        for (i, (item, answer)) in self.items.iter().zip(answers).enumerate() {
            let a = answer.unwrap_or_default();
            if !self.answers_range(item).contains(&a) {
                return Err(SurveyError::OutOfRange { item: i });
            }
            if item.is_knowledge() {
                questions += 1;
                correct += u32::from(self.item_score(item, a));
                continue;
            }
            let s = u32::from(self.item_score(item, a) - self.scale_min);
            total += s;
            if let Some(name) = &item.subscale {
                match subscales.iter_mut().find(|(n, _, _)| n == name) {
                    Some(entry) => {
                        entry.1 += s;
                        entry.2 += span;
                    }
                    None => subscales.push((name.clone(), s, span)),
                }
            }
        }
        Ok(Score {
            total,
            max: span * self.agreement_items() as u32,
            subscales,
            correct,
            questions,
        })
    }
}

/// When in a group's life an attempt was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Moment {
    /// Before the group.
    Pre,
    /// Half way.
    Mid,
    /// After the group.
    Post,
}

impl Moment {
    /// All three, in the group's order.
    pub const ALL: [Moment; 3] = [Moment::Pre, Moment::Mid, Moment::Post];

    /// The name used in addresses and form values (the same as in stored JSON).
    pub fn slug(self) -> &'static str {
        match self {
            Moment::Pre => "pre",
            Moment::Mid => "mid",
            Moment::Post => "post",
        }
    }

    /// Reads [`Moment::slug`].
    pub fn from_slug(s: &str) -> Option<Moment> {
        Moment::ALL.into_iter().find(|m| m.slug() == s)
    }
}

/// A member's answers to a survey on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    /// Stable identity.
    pub id: Id,
    /// Which survey.
    pub survey: Id,
    /// The day it was taken.
    #[serde(with = "iso_date::serde_iso")]
    pub date: NaiveDate,
    /// Answers in item order.
    pub answers: Vec<u8>,
    /// Pre, mid or post, where the group planned it.
    #[serde(default)]
    pub moment: Option<Moment>,
    /// The joined group (kit) that asked for it, if any.
    #[serde(default)]
    pub group: Option<Id>,
    /// The session an exit ticket is for (1-based; #18), if it is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<u16>,
}

impl Keyed for Attempt {
    fn id(&self) -> &Id {
        &self.id
    }
    fn with_id(&self, id: Id) -> Self {
        Attempt { id, ..self.clone() }
    }
}

/// A plain, non-diagnostic description of a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    /// RSES 0–14.
    SelfEsteemLow,
    /// RSES 15–25.
    SelfEsteemTypical,
    /// RSES 26–30.
    SelfEsteemHigh,
    /// WHO-5 raw 9 or less (the adolescent screening cut-off, Allgaier et al. 2012): please
    /// talk to the counsellor this week; Help now is offered.
    WellBeingVeryLow,
    /// WHO-5 raw 10–12: worth talking to the counsellor or another trusted adult.
    WellBeingLow,
    /// WHO-5 raw 13 or more.
    WellBeingOk,
}

/// WHO-5 raw scores below this are low (worth talking to someone).
pub const WHO5_LOW: u32 = 13;
/// WHO-5 raw scores at or below this are very low: the adolescent screening cut-off (Allgaier
/// et al. 2012, ages 13–16).
pub const WHO5_VERY_LOW: u32 = 9;

/// The band for a shipped instrument's score; `None` for other surveys.
pub fn band(survey: &Id, score: &Score) -> Option<Band> {
    match survey.as_str() {
        "rses" => Some(match score.total {
            0..=14 => Band::SelfEsteemLow,
            15..=25 => Band::SelfEsteemTypical,
            _ => Band::SelfEsteemHigh,
        }),
        "who5" => Some(if score.total <= WHO5_VERY_LOW {
            Band::WellBeingVeryLow
        } else if score.total < WHO5_LOW {
            Band::WellBeingLow
        } else {
            Band::WellBeingOk
        }),
        _ => None,
    }
}

/// WHO-5's percentage score: the raw score (0–25) times four.
pub fn who5_percent(raw: u32) -> u32 {
    raw * 4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moment_slug_is_its_stored_name_and_reads_back() {
        for m in Moment::ALL {
            assert_eq!(
                serde_json::to_string(&m).expect("json"),
                format!("\"{}\"", m.slug())
            );
            assert_eq!(Moment::from_slug(m.slug()), Some(m));
        }
        assert_eq!(Moment::from_slug("later"), None);
    }

    fn likert(id: &str, points: usize, items: &[(bool, Option<&str>)]) -> Survey {
        Survey {
            id: Id::from_raw(id),
            scale_min: 0,
            options: (0..points)
                .map(|i| BiText {
                    en: i.to_string(),
                    fa: i.to_string(),
                })
                .collect(),
            items: items
                .iter()
                .enumerate()
                .map(|(i, (reverse, sub))| SurveyItem {
                    en: format!("item {}", i + 1),
                    fa: format!("گویه {}", i + 1),
                    reverse: *reverse,
                    subscale: sub.map(str::to_owned),
                    ..SurveyItem::new(Id::from_raw(format!("{id}-{}", i + 1)), ItemKind::Scale)
                })
                .collect(),
            title: BiText::default(),
            instructions: BiText::default(),
            attribution: BiText::default(),
            translation: String::new(),
            version: 1,
        }
    }

    /// RSES as published: 4 points scored 0–3, items 2, 5, 6, 8, 9 reversed, total 0–30.
    fn rses() -> Survey {
        let reversed = [2, 5, 6, 8, 9];
        let items: Vec<(bool, Option<&str>)> =
            (1..=10).map(|i| (reversed.contains(&i), None)).collect();
        likert("rses", 4, &items)
    }

    #[test]
    fn rses_reverse_items_and_total_worked_by_hand() {
        let s = rses();
        // Answers (0 = strongly disagree … 3 = strongly agree), item by item:
        //  1: agree 2 → 2;  2: disagree 1 → reversed 2;  3: agree 2 → 2;  4: strongly agree 3 → 3;
        //  5: strongly disagree 0 → reversed 3;  6: agree 2 → reversed 1;  7: agree 2 → 2;
        //  8: disagree 1 → reversed 2;  9: strongly agree 3 → reversed 0;  10: disagree 1 → 1.
        // Total 2+2+2+3+3+1+2+2+0+1 = 18.
        let answers = [2, 1, 2, 3, 0, 2, 2, 1, 3, 1].map(Some);
        let score = s.score(&answers).expect("complete");
        assert_eq!((score.total, score.max), (18, 30));
        assert_eq!(band(&s.id, &score), Some(Band::SelfEsteemTypical));
        // Every reverse item, one at a time: strongly agree counts 0, strongly disagree 3.
        for i in [2, 5, 6, 8, 9] {
            let item = &s.items[i - 1];
            assert!(item.reverse);
            assert_eq!(
                (s.item_score(item, 3), s.item_score(item, 0)),
                (0, 3),
                "item {i}"
            );
        }
        // The extremes.
        let best = [3, 0, 3, 3, 0, 0, 3, 0, 0, 3].map(Some);
        assert_eq!(s.score(&best).expect("complete").total, 30);
        let worst = [0, 3, 0, 0, 3, 3, 0, 3, 3, 0].map(Some);
        let low = s.score(&worst).expect("complete");
        assert_eq!(low.total, 0);
        assert_eq!(band(&s.id, &low), Some(Band::SelfEsteemLow));
    }

    #[test]
    fn who5_raw_and_percentage_worked_by_hand() {
        let s = likert("who5", 6, &[(false, None); 5]);
        // "More than half of the time" (3), "Most of the time" (4), "Some of the time" (1),
        // "Less than half" (2), "At no time" (0): raw 10, percentage 40, below 13.
        let score = s.score(&[3, 4, 1, 2, 0].map(Some)).expect("complete");
        assert_eq!((score.total, score.max), (10, 25));
        assert_eq!(who5_percent(score.total), 40);
        assert_eq!(band(&s.id, &score), Some(Band::WellBeingLow));
        // Raw 9 and below: the second tier.
        let nine = s.score(&[3, 3, 1, 2, 0].map(Some)).expect("complete");
        assert_eq!(nine.total, 9);
        assert_eq!(band(&s.id, &nine), Some(Band::WellBeingVeryLow));
        let ok = s.score(&[3, 3, 3, 2, 2].map(Some)).expect("complete");
        assert_eq!((ok.total, who5_percent(ok.total)), (13, 52));
        assert_eq!(band(&s.id, &ok), Some(Band::WellBeingOk));
    }

    #[test]
    fn a_likert_survey_with_subscales_and_reverse_items() {
        // A 4-point (even) counsellor survey scored 1–4: two subscales, one reverse item each.
        let mut s = likert(
            "mine",
            4,
            &[
                (false, Some("calm")),
                (true, Some("calm")),
                (false, Some("study")),
                (true, Some("study")),
            ],
        );
        s.scale_min = 1;
        // Item scores count from the lowest option (0–3 each):
        // item 1: 4 → 3; item 2: 1, reversed → 4 → 3; item 3: 2 → 1; item 4: 4, reversed → 1 → 0.
        let score = s.score(&[4, 1, 2, 4].map(Some)).expect("complete");
        assert_eq!((score.total, score.max), (7, 12));
        assert_eq!(
            score.subscales,
            [("calm".to_owned(), 6, 6), ("study".to_owned(), 1, 6)]
        );
        assert_eq!(band(&s.id, &score), None);
    }

    /// A group's own survey: two agreement items on the 4-point scale (1–4) and one knowledge
    /// item of three choices, the second right.
    pub(crate) fn ask() -> Survey {
        let mut s = likert(
            "ask-study",
            4,
            &[(false, None), (true, None), (false, None)],
        );
        s.scale_min = 1;
        s.options = agreement_options(4);
        s.items[0].kind = ItemKind::Attitude;
        s.items[1].kind = ItemKind::Skill;
        s.items[2].kind = ItemKind::Knowledge;
        s.items[2].choices = agreement_options(6)[..3].to_vec();
        s.items[2].correct = 2;
        s
    }

    #[test]
    fn an_ask_survey_sums_agreement_and_counts_knowledge_apart() {
        let s = ask();
        assert!(s.is_ask() && !rses().is_ask());
        assert_eq!(s.agreement_items(), 2);
        assert_eq!(agreement_options(4).len(), 4);
        assert_eq!(agreement_options(6).len(), 6);
        // Item 1: agree (3) → 3 − 1 = 2; item 2 reversed: disagree (2) → 3 → 2; item 3: choice 2,
        // right. Total 4 of 6 (two items, 0–3 each), 1 of 1 right.
        let score = s.score(&[3, 2, 2].map(Some)).expect("complete");
        assert_eq!((score.total, score.max), (4, 6));
        assert_eq!((score.correct, score.questions), (1, 1));
        // Choice 3 is wrong and takes nothing from the total; choice 4 is not a choice.
        let wrong = s.score(&[3, 2, 3].map(Some)).expect("complete");
        assert_eq!((wrong.total, wrong.correct), (4, 0));
        assert_eq!(s.item_score(&s.items[2], 2), 1);
        assert_eq!(s.item_score(&s.items[2], 1), 0);
        assert_eq!(
            s.check_answers(&[3, 2, 4]),
            Err(SurveyError::OutOfRange { item: 2 })
        );
        assert_eq!(
            s.check_answers(&[3, 2, 0]),
            Err(SurveyError::OutOfRange { item: 2 })
        );
        // An agreement answer of 0 is off a scale that starts at 1.
        assert_eq!(
            s.check_answers(&[0, 2, 2]),
            Err(SurveyError::OutOfRange { item: 0 })
        );
        assert!(s.check_answers(&[4, 1, 1]).is_ok());
        // Stored JSON of a published item stays as it was: no kind, choices or right answer.
        let published = serde_json::to_string(&rses().items[0]).expect("json");
        assert!(
            !published.contains("kind") && !published.contains("choices"),
            "{published}"
        );
        let back: Survey =
            serde_json::from_str(&serde_json::to_string(&s).expect("json")).expect("read");
        assert_eq!(back, s);
    }

    #[test]
    fn a_counsellors_own_survey_is_checked_and_changes_only_as_a_new_version() {
        let item = |kind, fa: &str, choices: Vec<BiText>, correct| SurveyItem {
            fa: fa.into(),
            choices,
            correct,
            ..SurveyItem::new(Id::from_raw(format!("own-{fa}")), kind)
        };
        let two = vec![
            BiText {
                en: String::new(),
                fa: "الف".into(),
            },
            BiText {
                en: String::new(),
                fa: "ب".into(),
            },
        ];
        let mut s = Survey::own(Id::from_raw("own"), 6);
        assert_eq!(s.options.len(), 6);
        assert_eq!(s.check_own(), Err(OwnSurveyProblem::NoTitle));
        s.title.fa = "برنامه‌ریزی".into();
        assert_eq!(s.check_own(), Err(OwnSurveyProblem::NoItems));
        s.items.push(item(ItemKind::Attitude, "", Vec::new(), 0));
        assert_eq!(s.check_own(), Err(OwnSurveyProblem::EmptyItem(0)));
        s.items[0].fa = "برنامه‌ریزی مهم است".into();
        s.items
            .push(item(ItemKind::Knowledge, "کدام؟", two[..1].to_vec(), 1));
        assert_eq!(
            s.check_own(),
            Err(OwnSurveyProblem::BadChoices(1)),
            "one choice"
        );
        s.items[1].choices = two.clone();
        s.items[1].correct = 3;
        assert_eq!(
            s.check_own(),
            Err(OwnSurveyProblem::BadChoices(1)),
            "no such choice"
        );
        s.items[1].correct = 2;
        assert_eq!(s.check_own(), Ok(()));
        s.options = agreement_options(4)[..3].to_vec();
        assert_eq!(
            s.check_own(),
            Err(OwnSurveyProblem::BadScale),
            "an odd scale"
        );
        s.options = agreement_options(4);
        let first = s.items[0].clone();
        s.items.extend((0..OWN_MAX_ITEMS).map(|_| first.clone()));
        assert_eq!(s.check_own(), Err(OwnSurveyProblem::TooManyItems));
        s.items.truncate(2);
        // In one language only: the other shows it.
        assert_eq!(s.title.get_or_other(Locale::En), "برنامه‌ریزی");
        assert_eq!(s.items[0].text(Locale::En), "برنامه‌ریزی مهم است");
        // A new version: a new id, one version up, the same items; the first stays as it was.
        let v2 = s.next_version(Id::from_raw("own-2"));
        assert_eq!(
            (v2.id.as_str(), v2.version, &v2.items),
            ("own-2", 2, &s.items)
        );
        assert_eq!(s.version, 1);
        let json = serde_json::to_string(&v2).expect("json");
        assert!(json.contains("\"version\":2"), "{json}");
    }

    #[test]
    fn answers_outside_the_scale_are_refused_and_never_wrap() {
        // Review M2: WHO-5 answers [9,9,9,9,9] read as item means of 9 on a 0–5 scale, and a
        // reversed item wrapped around u8.
        let s = rses();
        let nines = vec![9u8; s.items.len()];
        assert_eq!(
            s.check_answers(&nines),
            Err(SurveyError::OutOfRange { item: 0 })
        );
        assert_eq!(
            s.check_answers(&nines[..3]),
            Err(SurveyError::Incomplete {
                missing: s.items.len() - 3
            })
        );
        for item in &s.items {
            for answer in [0u8, 3, 9, 255] {
                let score = s.item_score(item, answer);
                assert!(
                    (s.scale_min..=s.max_value()).contains(&score),
                    "{answer} → {score}"
                );
            }
        }
        assert!(s.check_answers(&vec![s.scale_min; s.items.len()]).is_ok());
    }

    #[test]
    fn incomplete_and_out_of_range_answers_are_refused() {
        let s = rses();
        let mut answers = [Some(1); 10];
        answers[3] = None;
        assert_eq!(
            s.score(&answers),
            Err(SurveyError::Incomplete { missing: 1 })
        );
        assert_eq!(
            s.score(&[Some(1); 8]),
            Err(SurveyError::Incomplete { missing: 2 })
        );
        let mut bad = [Some(1); 10];
        bad[6] = Some(4);
        assert_eq!(s.score(&bad), Err(SurveyError::OutOfRange { item: 6 }));
    }
}
