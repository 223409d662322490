//! A member's safety: their own safety plan (Stanley–Brown's six steps), the help lines the
//! Help now screen lists, and the gentle on-device check of an entry for an unambiguous risk
//! phrase. Nothing here is sent anywhere; the check keeps no record of what it found.

use super::{Id, Keyed};
use crate::search::normalize;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The longest text of one step of the plan, in characters.
pub const PLAN_STEP_MAX: usize = 2_000;

/// The one safety plan's id (a member keeps one plan).
pub const PLAN_ID: &str = "safety-plan";

/// The six steps of a safety plan, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanStep {
    /// 1. Warning signs: thoughts, feelings, situations that come before a crisis.
    WarningSigns,
    /// 2. Things I can do on my own to feel calmer.
    OnMyOwn,
    /// 3. People and places that take my mind off it.
    Distractions,
    /// 4. People I can ask for help (with their numbers).
    People,
    /// 5. Professionals and help lines.
    Professionals,
    /// 6. Making my surroundings safe.
    SafeSurroundings,
}

impl PlanStep {
    /// Every step, in the plan's order.
    pub const ALL: [PlanStep; 6] = [
        PlanStep::WarningSigns,
        PlanStep::OnMyOwn,
        PlanStep::Distractions,
        PlanStep::People,
        PlanStep::Professionals,
        PlanStep::SafeSurroundings,
    ];

    /// A stable name, for element ids.
    pub fn slug(self) -> &'static str {
        match self {
            PlanStep::WarningSigns => "signs",
            PlanStep::OnMyOwn => "alone",
            PlanStep::Distractions => "distract",
            PlanStep::People => "people",
            PlanStep::Professionals => "professionals",
            PlanStep::SafeSurroundings => "surroundings",
        }
    }
}

/// A member's safety plan: each step in their own words, one thing a line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SafetyPlan {
    /// Always [`PLAN_ID`].
    pub id: Id,
    /// Step 1.
    #[serde(default)]
    pub warning_signs: String,
    /// Step 2.
    #[serde(default)]
    pub on_my_own: String,
    /// Step 3.
    #[serde(default)]
    pub distractions: String,
    /// Step 4.
    #[serde(default)]
    pub people: String,
    /// Step 5.
    #[serde(default)]
    pub professionals: String,
    /// Step 6.
    #[serde(default)]
    pub safe_surroundings: String,
}

impl Keyed for SafetyPlan {
    fn id(&self) -> &Id {
        &self.id
    }
    fn with_id(&self, id: Id) -> Self {
        SafetyPlan { id, ..self.clone() }
    }
    /// Step by step: two windows that changed different steps make one plan.
    fn merge(base: &Self, mine: &Self, theirs: &Self) -> Option<Self> {
        let mut plan = base.clone();
        for step in PlanStep::ALL {
            let (b, m, t) = (base.step(step), mine.step(step), theirs.step(step));
            let text = if m == b {
                t
            } else if t == b || t == m {
                m
            } else {
                return None;
            };
            plan = plan.with_step(step, text);
        }
        Some(plan)
    }
}

impl Default for SafetyPlan {
    fn default() -> Self {
        SafetyPlan::new()
    }
}

impl SafetyPlan {
    /// An empty plan under [`PLAN_ID`].
    pub fn new() -> Self {
        SafetyPlan {
            id: Id::from_raw(PLAN_ID),
            warning_signs: String::new(),
            on_my_own: String::new(),
            distractions: String::new(),
            people: String::new(),
            professionals: String::new(),
            safe_surroundings: String::new(),
        }
    }

    /// One step's text.
    pub fn step(&self, step: PlanStep) -> &str {
        match step {
            PlanStep::WarningSigns => &self.warning_signs,
            PlanStep::OnMyOwn => &self.on_my_own,
            PlanStep::Distractions => &self.distractions,
            PlanStep::People => &self.people,
            PlanStep::Professionals => &self.professionals,
            PlanStep::SafeSurroundings => &self.safe_surroundings,
        }
    }

    /// The plan with one step's text replaced (cut at [`PLAN_STEP_MAX`] characters).
    pub fn with_step(&self, step: PlanStep, text: &str) -> SafetyPlan {
        let text: String = text.chars().take(PLAN_STEP_MAX).collect();
        let mut plan = self.clone();
        *match step {
            PlanStep::WarningSigns => &mut plan.warning_signs,
            PlanStep::OnMyOwn => &mut plan.on_my_own,
            PlanStep::Distractions => &mut plan.distractions,
            PlanStep::People => &mut plan.people,
            PlanStep::Professionals => &mut plan.professionals,
            PlanStep::SafeSurroundings => &mut plan.safe_surroundings,
        } = text;
        plan
    }

    /// Whether nothing is written in it.
    pub fn is_empty(&self) -> bool {
        PlanStep::ALL
            .iter()
            .all(|s| self.step(*s).trim().is_empty())
    }

    /// The people of step 4, a line each, with the phone number a line holds (for a call link).
    pub fn people(&self) -> Vec<(String, Option<String>)> {
        self.people
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| (l.to_owned(), phone_number(l)))
            .collect()
    }
}

/// The digits of a phone number written in `line` (Latin, Persian or Arabic-Indic digits, with
/// spaces, dashes or a leading +), for a `tel:` link; `None` with fewer than three digits.
pub fn phone_number(line: &str) -> Option<String> {
    phone_span(line).map(|(_, digits)| digits)
}

/// Where in `line` its phone number is written (a byte range, so the screen can keep it
/// left-to-right inside a Persian line) and its digits for a `tel:` link.
pub fn phone_span(line: &str) -> Option<(std::ops::Range<usize>, String)> {
    let digit_of = |c: char| match c {
        '0'..='9' => Some(c),
        '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
        '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
        _ => None,
    };
    let count = |s: &str| s.chars().filter(char::is_ascii_digit).count();
    let mut best: Option<(std::ops::Range<usize>, String)> = None;
    let mut run = String::new();
    let mut run_at = 0;
    let mut run_end = 0;
    let mut flush = |run: &mut String, at: usize, end: usize| {
        if count(run) > best.as_ref().map_or(0, |(_, b)| count(b)) {
            best = Some((at..end, run.clone()));
        }
        run.clear();
    };
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_digit = chars.peek().is_some_and(|(_, n)| digit_of(*n).is_some());
        match (digit_of(c), c) {
            (Some(d), _) => {
                if run.is_empty() {
                    run_at = i;
                }
                run.push(d);
                run_end = i + c.len_utf8();
            }
            (None, '+') if run.is_empty() && next_is_digit => {
                run_at = i;
                run.push('+');
            }
            // Separators inside a number, when a digit follows.
            (None, ' ' | '-' | '(' | ')') if !run.is_empty() && next_is_digit => {}
            _ => flush(&mut run, run_at, run_end),
        }
    }
    flush(&mut run, run_at, run_end);
    best.filter(|(_, digits)| count(digits) >= 3)
}

/// A help line of the Help now screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HelpLine {
    /// What to dial.
    pub number: &'static str,
    /// Which service it is.
    pub service: HelpService,
}

/// The services of Iran's help lines (their names and what each is for are messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpService {
    /// اورژانس اجتماعی (Behzisti): abuse, violence, suicide; free, round the clock.
    SocialEmergency,
    /// صدای مشاور (Behzisti): counselling by phone, free and anonymous.
    CounsellingLine,
    /// The medical emergency.
    Ambulance,
    /// The police.
    Police,
    /// The Ministry of Education's line for students and parents (hours differ by province).
    EducationLine,
}

/// Iran's help lines, in the order the screen lists them.
pub const IRAN_LINES: [HelpLine; 5] = [
    HelpLine {
        number: "123",
        service: HelpService::SocialEmergency,
    },
    HelpLine {
        number: "1480",
        service: HelpService::CounsellingLine,
    },
    HelpLine {
        number: "115",
        service: HelpService::Ambulance,
    },
    HelpLine {
        number: "110",
        service: HelpService::Police,
    },
    HelpLine {
        number: "1570",
        service: HelpService::EducationLine,
    },
];

/// When the lines above were last checked against their services' own pages.
pub fn lines_checked() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).expect("a valid date")
}

/// Phrases that say, without doubt, that the writer may be in danger (self-harm, suicide,
/// being hurt by someone), in each language as a teenager might write them. Kept short on
/// purpose: a phrase that also means something harmless ("I could kill for a pizza") is left
/// out, so the check speaks rarely and is right when it does.
const RISK_PHRASES: &[&str] = &[
    // Persian (matched after normalisation: ی/ي, ک/ك, half-spaces and diacritics alike).
    "خودکشی",
    "خودم را بکشم",
    "خودمو بکشم",
    "خودم رو بکشم",
    "خودمو میکشم",
    "خودم را میکشم",
    "میخواهم بمیرم",
    "میخوام بمیرم",
    "دلم میخواد بمیرم",
    "دلم میخواهد بمیرم",
    "کاش مرده بودم",
    "کاش نبودم",
    "نمیخوام زنده باشم",
    "نمیخواهم زنده باشم",
    "به خودم آسیب",
    "خودزنی",
    "رگم را بزنم",
    "رگمو بزنم",
    "مرا کتک میزند",
    "منو کتک میزنه",
    "منو میزنه",
    "آزارم میده",
    "آزارم میدهد",
    "به من تجاوز",
    "اذیتم میکنه و نمیتونم به کسی بگم",
    // English.
    "kill myself",
    "killing myself",
    "suicide",
    "suicidal",
    "want to die",
    "wanna die",
    "end my life",
    "better off dead",
    "hurt myself",
    "hurting myself",
    "self harm",
    "self-harm",
    "cut myself",
    "cutting myself",
    "hits me",
    "beats me",
    "abuses me",
    "touched me and i",
];

/// Whether `text` holds one of the risk phrases (matched with the app's Persian
/// normalisation, so every spelling of a phrase counts, and on whole words).
pub fn mentions_risk(text: &str) -> bool {
    let text = format!(" {} ", fold(text));
    RISK_PHRASES.iter().any(|p| {
        let p = fold(p);
        text.match_indices(p.as_str()).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + p.len()..].chars().next();
            let bound = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
            // Persian prefixes and suffixes may be written joined; a word start is enough there.
            bound(before) && (bound(after) || !p.is_ascii())
        })
    })
}

/// Normalised, with the prefixes «می» and «نمی» written apart joined to their word (a
/// half-space is already dropped by the normalisation), and "self-harm" in one spelling.
fn fold(text: &str) -> String {
    let normal = normalize(&text.replace('-', " "));
    let mut out = String::with_capacity(normal.len());
    let mut words = normal.split(' ').peekable();
    while let Some(word) = words.next() {
        out.push_str(word);
        let prefix = word == "می" || word == "نمی";
        if words.peek().is_some() && !prefix {
            out.push(' ');
        }
    }
    out.replace("self harm", "selfharm")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_risk_phrase_is_found_in_any_spelling_and_a_harmless_text_is_not() {
        for text in [
            "امروز خیلی بد بود، می‌خواهم بمیرم",
            "امروز خیلی بد بود، میخواهم بمیرم",
            "امروز خیلی بد بود، می خواهم بمیرم",
            "گاهی به خودکشي فکر می‌کنم",
            "دیروز به خودم آسیب زدم",
            "I want to die",
            "sometimes I think about Suicide.",
            "I self-harm when it gets bad",
            "he hits me when he is angry",
            "کمی خودکشی",
        ] {
            assert!(mentions_risk(text), "{text}");
        }
        for text in [
            "امروز امتحان ریاضی داشتم و خوب بود",
            "فیلمی دربارهٔ یک آتش‌نشان دیدم",
            "I could eat a horse",
            "the story's hero dies in the end",
            "we played a hitsong game",
            "",
        ] {
            assert!(!mentions_risk(text), "{text}");
        }
    }

    #[test]
    fn a_number_in_a_line_is_read_in_any_digits() {
        assert_eq!(
            phone_number("مامان ۰۹۱۲ ۳۴۵ ۶۷۸۹").as_deref(),
            Some("09123456789")
        );
        assert_eq!(
            phone_number("Aunt Sara +44 20-7946-0958").as_deref(),
            Some("+442079460958")
        );
        assert_eq!(phone_number("my teacher, Mrs K."), None);
        assert_eq!(phone_number("room 12"), None);
        let line = "خاله ۰۹۱۲ ۱۱۱ ۲۲۲۲، عصرها";
        let (at, _) = phone_span(line).expect("a number");
        assert_eq!(&line[at], "۰۹۱۲ ۱۱۱ ۲۲۲۲");
    }

    #[test]
    fn a_plan_keeps_each_step_and_lists_its_people() {
        let plan = SafetyPlan::new()
            .with_step(PlanStep::People, "خاله مریم ۰۹۱۲۱۱۱۲۲۲۲\n\n  my coach  ")
            .with_step(PlanStep::WarningSigns, "I stop answering messages");
        assert!(!plan.is_empty());
        assert_eq!(
            plan.step(PlanStep::WarningSigns),
            "I stop answering messages"
        );
        assert_eq!(
            plan.people(),
            vec![
                (
                    "خاله مریم ۰۹۱۲۱۱۱۲۲۲۲".to_owned(),
                    Some("09121112222".to_owned())
                ),
                ("my coach".to_owned(), None),
            ]
        );
        assert!(SafetyPlan::new().is_empty());
    }

    #[test]
    fn two_windows_changing_different_steps_make_one_plan() {
        let base = SafetyPlan::new().with_step(PlanStep::OnMyOwn, "music");
        let mine = base.with_step(PlanStep::People, "Sara");
        let theirs = base.with_step(PlanStep::OnMyOwn, "music, a walk");
        let merged = SafetyPlan::merge(&base, &mine, &theirs).expect("merges");
        assert_eq!(merged.step(PlanStep::People), "Sara");
        assert_eq!(merged.step(PlanStep::OnMyOwn), "music, a walk");
        let other = base.with_step(PlanStep::People, "Ali");
        assert_eq!(SafetyPlan::merge(&base, &mine, &other), None);
    }
}
