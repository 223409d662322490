//! Group kits (counsellor → members) and share-backs (member → counsellor): the documents that
//! travel between devices, and their compact link form.
//!
//! A kit is public within the group (name, dates, prompts, tasks, surveys,
//! the counsellor's public age recipient): it travels as a plain file or in a link's fragment
//! (`#/join/<payload>`, never sent to a server). A share-back is private: the storage layer
//! encrypts it to the kit's recipient before it leaves the member's device.

use super::goal::Goal;
use super::survey::{Attempt, Moment, Survey};
use super::{Id, JournalEntry, Keyed};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The `format` of a kit.
pub const KIT_FORMAT: &str = "hamdel-kit";
/// The `format` of a share-back.
pub const SHARE_FORMAT: &str = "hamdel-share";
/// Version of both documents written by this build.
pub const KIT_VERSION: u32 = 1;
/// The largest kit accepted, as JSON (a real kit is a few kilobytes).
pub const MAX_KIT_BYTES: usize = 256 * 1024;
/// The longest link a QR code can carry (version 40, low error correction, bytes mode).
pub const MAX_QR_BYTES: usize = 2953;
/// Where a link's payload starts inside the fragment.
pub const JOIN_PREFIX: &str = "#/join/";

/// One session as a member sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KitSession {
    /// 1-based.
    pub number: u16,
    /// When it meets, if scheduled.
    #[serde(default, with = "super::iso_date::serde_iso_opt")]
    pub date: Option<NaiveDate>,
    /// A journal prompt for the days after it.
    #[serde(default)]
    pub prompt: String,
    /// A between-sessions task.
    #[serde(default)]
    pub task: String,
    /// The exit ticket's quick statements (#18); none when the group asks for no exit tickets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exit: Vec<String>,
}

/// A survey the group asks members to take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KitSurvey {
    /// The survey (`rses`, `who5`).
    pub survey: Id,
    /// Pre, mid or post.
    pub moment: Moment,
    /// From when it is due.
    #[serde(default, with = "super::iso_date::serde_iso_opt")]
    pub due: Option<NaiveDate>,
}

/// A group kit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kit {
    /// Always [`KIT_FORMAT`].
    pub format: String,
    /// [`KIT_VERSION`].
    pub version: u32,
    /// The group's id (share-backs name it).
    pub group: Id,
    /// The group's name.
    pub name: String,
    /// Sessions in order.
    #[serde(default)]
    pub sessions: Vec<KitSession>,
    /// Surveys and when.
    #[serde(default)]
    pub surveys: Vec<KitSurvey>,
    /// The counsellor's own surveys it asks for, whole (#18): the member's app has only the
    /// built-in ones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub instruments: Vec<Survey>,
    /// Member codes, from kits made before #15. Never shown: the member types their own code,
    /// and kits made now hold none.
    #[serde(default)]
    pub codes: Vec<String>,
    /// The counsellor's age X25519 recipient (`age1…`): share-backs are encrypted to it.
    pub recipient: String,
    /// The counsellor's contact and local lines for the Help now screen, one a line (#16).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub help: String,
    /// Whether `help` takes the place of Iran's national lines on Help now (a school outside
    /// Iran); never without any `help` text.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub help_replaces: bool,
    /// The meeting time, `HH:MM` (empty: not set), for the member's calendar (#17).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub time: String,
    /// Minutes per session.
    #[serde(default)]
    pub minutes: u16,
    /// Where the group meets.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub room: String,
}

/// Why a kit or a share-back does not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KitError {
    /// Not a kit (or not a share-back).
    NotAKit,
    /// Made by a newer version.
    Newer,
    /// Too large.
    TooLarge,
    /// Damaged: fields missing, no name, no recipient.
    Invalid,
}

impl std::fmt::Display for KitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            KitError::NotAKit => "not a Hamdel kit",
            KitError::Newer => "a kit of a newer format",
            KitError::TooLarge => "a kit too large to be one",
            KitError::Invalid => "a damaged kit",
        })
    }
}

impl std::error::Error for KitError {}

#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

fn check_header(json: &[u8], format: &str) -> Result<(), KitError> {
    if json.len() > MAX_KIT_BYTES {
        return Err(KitError::TooLarge);
    }
    let header: Header = serde_json::from_slice(json).map_err(|_| KitError::NotAKit)?;
    if header.format != format {
        return Err(KitError::NotAKit);
    }
    if header.version > KIT_VERSION {
        return Err(KitError::Newer);
    }
    Ok(())
}

impl Kit {
    /// The kit as JSON (the file form).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a kit file.
    pub fn from_json(json: &[u8]) -> Result<Kit, KitError> {
        check_header(json, KIT_FORMAT)?;
        let kit: Kit = serde_json::from_slice(json).map_err(|_| KitError::Invalid)?;
        if kit.name.trim().is_empty() || !kit.recipient.starts_with("age1") {
            return Err(KitError::Invalid);
        }
        Ok(kit)
    }

    /// The link payload: raw-deflated JSON in base64url (no padding).
    pub fn to_payload(&self) -> String {
        let packed = miniz_oxide::deflate::compress_to_vec(self.to_json().as_bytes(), 9);
        URL_SAFE_NO_PAD.encode(packed)
    }

    /// Reads a link payload (what follows [`JOIN_PREFIX`]).
    pub fn from_payload(payload: &str) -> Result<Kit, KitError> {
        if payload.len() > MAX_KIT_BYTES {
            return Err(KitError::TooLarge);
        }
        let packed = URL_SAFE_NO_PAD
            .decode(payload.trim())
            .map_err(|_| KitError::NotAKit)?;
        let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_KIT_BYTES)
            .map_err(|_| KitError::NotAKit)?;
        Kit::from_json(&json)
    }

    /// The whole link for an app served at `base` (origin and path, no fragment).
    pub fn link(&self, base: &str) -> String {
        format!("{base}{JOIN_PREFIX}{}", self.to_payload())
    }

    /// Whether a link for `base` fits in one QR code.
    pub fn fits_qr(&self, base: &str) -> bool {
        self.link(base).len() <= MAX_QR_BYTES
    }

    /// The session whose prompt and task apply on `day`: the latest one held on or before it.
    pub fn current_session(&self, day: NaiveDate) -> Option<&KitSession> {
        self.sessions
            .iter()
            .filter(|s| s.date.is_some_and(|d| d <= day))
            .max_by_key(|s| s.date)
    }

    /// Surveys due on `day` and not yet taken (`taken` says whether one was).
    pub fn due_surveys(
        &self,
        day: NaiveDate,
        taken: impl Fn(&KitSurvey) -> bool,
    ) -> Vec<&KitSurvey> {
        self.surveys
            .iter()
            .filter(|s| s.due.is_none_or(|d| d <= day) && !taken(s))
            .collect()
    }
}

/// A kit the member joined, kept in the member space.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinedKit {
    /// The group's id (one record per group).
    pub id: Id,
    /// The kit as received.
    pub kit: Kit,
    /// The member's pseudonymous code in this group.
    #[serde(default)]
    pub code: String,
    /// When they joined.
    #[serde(with = "super::iso_date::serde_iso")]
    pub joined_on: NaiveDate,
    /// What the member has sent back to this group, oldest first (#15: the screen keeps the
    /// list of what was shared and when).
    #[serde(default)]
    pub sent: Vec<SentShare>,
}

/// A share-back the member sent or saved: when, how, and how much of each kind it held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentShare {
    /// The share's id.
    pub id: Id,
    /// The day it was made.
    #[serde(with = "super::iso_date::serde_iso")]
    pub date: NaiveDate,
    /// Whether the phone's share sheet took it (`false`: saved as a file).
    pub through_share_sheet: bool,
    /// Survey results in it.
    pub surveys: usize,
    /// Journal entries in it.
    pub entries: usize,
    /// Goals in it.
    pub goals: usize,
}

impl SentShare {
    /// The record of `share` sent today.
    pub fn of(share: &Share, date: NaiveDate, through_share_sheet: bool) -> Self {
        SentShare {
            id: share.id.clone(),
            date,
            through_share_sheet,
            surveys: share.attempts.len(),
            entries: share.journal.len(),
            goals: share.goals.len(),
        }
    }
}

impl Keyed for JoinedKit {
    fn id(&self) -> &Id {
        &self.id
    }
    fn with_id(&self, id: Id) -> Self {
        JoinedKit { id, ..self.clone() }
    }
}

/// What a member shares with the counsellor: exactly what they chose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Share {
    /// Always [`SHARE_FORMAT`].
    pub format: String,
    /// [`KIT_VERSION`].
    pub version: u32,
    /// This share's id (importing it twice is refused).
    pub id: Id,
    /// The group it is for.
    pub group: Id,
    /// The member's code.
    pub code: String,
    /// When it was made (RFC 3339).
    pub created: String,
    /// Survey attempts.
    #[serde(default)]
    pub attempts: Vec<Attempt>,
    /// Journal entries.
    #[serde(default)]
    pub journal: Vec<JournalEntry>,
    /// Goals.
    #[serde(default)]
    pub goals: Vec<Goal>,
}

/// Why the results in a share-back are refused (review M2): each names what is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultProblem {
    /// A survey this app does not know.
    UnknownSurvey,
    /// Answers missing or too many for the survey.
    WrongCount,
    /// An answer that is not one of the survey's options.
    OutOfRange,
    /// An attempt made for another group.
    OtherGroup,
    /// A moment the group did not plan for that survey.
    UnplannedMoment,
    /// A date outside the accepted range.
    BadDate,
}

impl std::fmt::Display for ResultProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ResultProblem::UnknownSurvey => "a survey this app does not know",
            ResultProblem::WrongCount => "the wrong number of answers",
            ResultProblem::OutOfRange => "an answer outside the survey's options",
            ResultProblem::OtherGroup => "a result made for another group",
            ResultProblem::UnplannedMoment => "a moment the group did not plan",
            ResultProblem::BadDate => "a date outside 1900–2200",
        })
    }
}

impl std::error::Error for ResultProblem {}

/// What a member picked to share: ids of attempts, entries and goals.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Chosen {
    /// Survey attempts.
    pub attempts: Vec<Id>,
    /// Journal entries.
    pub entries: Vec<Id>,
    /// Goals.
    pub goals: Vec<Id>,
}

impl Chosen {
    /// What the share page ticks at first: the survey results and exit tickets this group
    /// asked for, nothing else (no journal entry, no goal).
    pub fn by_default(group: &Id, attempts: &[Attempt]) -> Chosen {
        Chosen {
            attempts: attempts
                .iter()
                .filter(|a| {
                    a.group.as_ref() == Some(group) && (a.moment.is_some() || a.session.is_some())
                })
                .map(|a| a.id.clone())
                .collect(),
            ..Chosen::default()
        }
    }
}

impl Share {
    /// The share-back of `joined` holding exactly what was `chosen` out of the member's
    /// records, and nothing else.
    pub fn of_chosen(
        joined: &JoinedKit,
        id: Id,
        created: String,
        (attempts, journal, goals): (&[Attempt], &[JournalEntry], &[Goal]),
        chosen: &Chosen,
    ) -> Share {
        fn pick<T: Keyed>(all: &[T], ids: &[Id]) -> Vec<T> {
            all.iter()
                .filter(|x| ids.contains(x.id()))
                .cloned()
                .collect()
        }
        Share {
            format: SHARE_FORMAT.into(),
            version: KIT_VERSION,
            id,
            group: joined.id.clone(),
            code: joined.code.clone(),
            created,
            attempts: pick(attempts, &chosen.attempts),
            journal: pick(journal, &chosen.entries),
            goals: pick(goals, &chosen.goals),
        }
    }

    /// Checks every result that would become an outcome of `group` (those with a moment):
    /// its survey is known (`survey`), the group planned that survey at that moment, it was
    /// made for this group, and every answer is an option of the survey.
    pub fn check_results(
        &self,
        group: &super::Group,
        survey: impl Fn(&Id) -> Option<Survey>,
    ) -> Result<(), ResultProblem> {
        for a in &self.attempts {
            // An exit ticket (#18): a session of this group, asked for, answers that fit.
            if a.survey.as_str() == super::exit::EXIT {
                let Some(n) = a.session else {
                    return Err(ResultProblem::UnplannedMoment);
                };
                if a.group.as_ref().is_some_and(|g| g != &self.group) {
                    return Err(ResultProblem::OtherGroup);
                }
                if !super::dates::in_range(a.date) {
                    return Err(ResultProblem::BadDate);
                }
                if !group.exit_tickets || n == 0 || usize::from(n) > group.sessions.len() {
                    return Err(ResultProblem::UnplannedMoment);
                }
                if !super::exit::answers_fit(&a.answers) {
                    return Err(ResultProblem::OutOfRange);
                }
                continue;
            }
            let Some(moment) = a.moment else { continue };
            if a.group.as_ref().is_some_and(|g| g != &self.group) {
                return Err(ResultProblem::OtherGroup);
            }
            if !super::dates::in_range(a.date) {
                return Err(ResultProblem::BadDate);
            }
            let s = survey(&a.survey).ok_or(ResultProblem::UnknownSurvey)?;
            if !group
                .kit_surveys
                .iter()
                .any(|p| p.survey == a.survey && p.moment == moment)
            {
                return Err(ResultProblem::UnplannedMoment);
            }
            match s.check_answers(&a.answers) {
                Ok(()) => {}
                Err(super::survey::SurveyError::Incomplete { .. }) => {
                    return Err(ResultProblem::WrongCount);
                }
                Err(super::survey::SurveyError::OutOfRange { .. }) => {
                    return Err(ResultProblem::OutOfRange);
                }
            }
        }
        Ok(())
    }

    /// The share as JSON (what is encrypted, and what the preview shows).
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads a decrypted share-back.
    pub fn from_json(json: &[u8]) -> Result<Share, KitError> {
        check_header(json, SHARE_FORMAT)?;
        let share: Share = serde_json::from_slice(json).map_err(|_| KitError::Invalid)?;
        if share.code.trim().is_empty() {
            return Err(KitError::Invalid);
        }
        Ok(share)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).expect("valid test date")
    }

    pub(crate) fn sample_kit(sessions: u16) -> Kit {
        Kit {
            format: KIT_FORMAT.into(),
            version: KIT_VERSION,
            group: Id::from_raw("g1"),
            name: "مهارت‌های مطالعه".into(),
            sessions: (1..=sessions)
                .map(|n| KitSession {
                    number: n,
                    date: Some(day(1) + chrono::Days::new(7 * u64::from(n - 1))),
                    prompt: format!("این هفته دربارهٔ جلسهٔ {n} بنویس: چه چیزی برایت تازه بود؟"),
                    task: format!("تمرین بین جلسه‌ای شمارهٔ {n}"),
                    exit: vec!["امروز چیزی یاد گرفتم که می‌توانم به کار ببرم.".into()],
                })
                .collect(),
            surveys: vec![
                KitSurvey {
                    survey: Id::from_raw("who5"),
                    moment: Moment::Pre,
                    due: Some(day(1)),
                },
                KitSurvey {
                    survey: Id::from_raw("who5"),
                    moment: Moment::Post,
                    due: Some(day(29)),
                },
            ],
            codes: (1..=8).map(|n| format!("M{n:02}")).collect(),
            instruments: Vec::new(),
            recipient: "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p".into(),
            help: String::new(),
            help_replaces: false,
            time: String::new(),
            minutes: 45,
            room: String::new(),
        }
    }

    #[test]
    fn file_and_link_round_trip() {
        let kit = sample_kit(8);
        assert_eq!(Kit::from_json(kit.to_json().as_bytes()), Ok(kit.clone()));
        let link = kit.link("http://127.0.0.1:8080/hamdel/");
        let payload = link.split(JOIN_PREFIX).nth(1).expect("a payload");
        assert!(
            payload
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
        assert_eq!(Kit::from_payload(payload), Ok(kit.clone()));
        // Compression pays: the link is shorter than the JSON.
        assert!(payload.len() < kit.to_json().len());
    }

    #[test]
    fn an_eight_session_kit_fits_a_qr_code_and_a_huge_one_does_not() {
        let base = "http://127.0.0.1:8080/hamdel/";
        assert!(sample_kit(8).fits_qr(base));
        let mut big = sample_kit(8);
        // Text that does not compress (a long, varied prompt per session).
        let mut x: u32 = 2_463_534_242;
        let mut noise = |n: usize| -> String {
            (0..n)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 17;
                    x ^= x << 5;
                    char::from(b'a' + (x % 26) as u8)
                })
                .collect()
        };
        for s in &mut big.sessions {
            s.prompt = noise(400);
            s.task = noise(400);
        }
        assert!(!big.fits_qr(base));
        let huge = "x".repeat(MAX_KIT_BYTES + 1);
        assert_eq!(Kit::from_payload(&huge), Err(KitError::TooLarge));
    }

    #[test]
    fn bad_kits_are_named() {
        assert_eq!(Kit::from_payload("%%%"), Err(KitError::NotAKit));
        assert_eq!(Kit::from_json(b"{}"), Err(KitError::NotAKit));
        assert_eq!(
            Kit::from_json(br#"{"format":"hamdel-kit","version":7}"#),
            Err(KitError::Newer)
        );
        let mut no_recipient = sample_kit(1);
        no_recipient.recipient = "nope".into();
        assert_eq!(
            Kit::from_json(no_recipient.to_json().as_bytes()),
            Err(KitError::Invalid)
        );
        assert_eq!(
            Kit::from_json(br#"{"format":"hamdel-kit","version":1,"name":3}"#),
            Err(KitError::Invalid)
        );
    }

    #[test]
    fn the_current_session_and_due_surveys_follow_the_calendar() {
        let kit = sample_kit(4);
        assert_eq!(kit.current_session(day(1) - chrono::Days::new(1)), None);
        assert_eq!(kit.current_session(day(10)).map(|s| s.number), Some(2));
        assert_eq!(kit.due_surveys(day(2), |_| false).len(), 1);
        assert_eq!(kit.due_surveys(day(30), |_| false).len(), 2);
        assert_eq!(
            kit.due_surveys(day(30), |s| s.moment == Moment::Pre).len(),
            1
        );
    }
}
