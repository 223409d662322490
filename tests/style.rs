//! The house style (`content/STYLE.md`, #19), checked over every string the app shows — the
//! message tables of `crates/i18n/src/messages/`, and every other Persian literal of the app's
//! code — and every string of `content/`. Each rule marked "(tested)" in the style guide is one
//! rule here; `each_rule_catches_its_planted_violation` plants a violation of each and checks
//! that it is caught, and by that rule alone.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::source::{files, rel as relative};
use serde_json::Value;

/// Who reads a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Audience {
    /// The counsellor (or parents): addressed as شما.
    Counsellor,
    /// A member (journal, surveys, kit, help now): addressed as تو.
    Member,
    /// Both spaces (storage, backups, the lock): no one named, requests in the polite plural.
    Both,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    Fa,
    En,
}

/// One string as the person reads it, and where it is.
#[derive(Debug, Clone)]
struct Text {
    place: String,
    text: String,
    lang: Lang,
    /// Who reads it.
    audience: Audience,
    /// For an English message whose code writes the singular itself (an `== 1` of its own), or
    /// a text whose code is not known (content): its numbers are not checked.
    counted: bool,
}

/// Source files whose Persian literals are data, not text shown as written.
const EXEMPT_FILES: &[(&str, &str)] = &[
    (
        "crates/domain/src/safety.rs",
        "words to recognise in what a member types, spelt as teenagers type them",
    ),
    (
        "crates/domain/src/search.rs",
        "the search normaliser's tables name the Arabic letters it folds",
    ),
    (
        "crates/domain/src/member.rs",
        "the member-code normaliser's tables",
    ),
    ("crates/i18n/src/digits.rs", "the digit tables"),
    (
        "crates/crypto/src/lib.rs",
        "the passphrase variants of other keyboards",
    ),
    (
        "src/ui/pages/member.rs",
        "the separators a typed list is split at",
    ),
];

/// Messages that name the other script on purpose.
const EXEMPT_MESSAGES: &[&str] = &["ShellMsg::OtherLanguage", "SecurityMsg::OpenedWithVariant"];

/// Names written as their owners write them, Latin digits and all.
const LATIN_NAMES: &[&str] = &["WHO-5", "UTF-8", "age1", "A4"];

/// Messages both spaces show: whole tables, and single messages.
const BOTH_TABLES: &[&str] = &["StorageMsg"];
const BOTH_MESSAGES: &[&str] = &[
    "CommonMsg::QuotaExceeded",
    "CommonMsg::SaveFailed",
    "CommonMsg::ImportUnverified",
    "SecurityMsg::LockOffWontFit",
];

/// The member space's messages: whole tables, and single messages of the shared tables.
const MEMBER_TABLES: &[&str] = &["JournalMsg"];
const MEMBER_MESSAGES: &[&str] = &[
    "SurveysMsg::PointLabel",
    "SurveysMsg::TakeSurvey",
    "SurveysMsg::SubmitAnswers",
    "SurveysMsg::YourScore",
    "SurveysMsg::BandText",
    "SurveysMsg::HistoryTitle",
    "SurveysMsg::NoAttempts",
    "SurveysMsg::ScoreChartTitle",
    "SurveysMsg::AboutSurvey",
    "SurveysMsg::Progress",
    "SurveysMsg::AnswerFirst",
    "SurveysMsg::AskThanks",
    "SafetyMsg::HelpNow",
    "SafetyMsg::HelpIntro",
    "SafetyMsg::PeopleTitle",
    "SafetyMsg::PeopleText",
    "SafetyMsg::YourPeople",
    "SafetyMsg::PlanTitle",
    "SafetyMsg::PlanCard",
    "SafetyMsg::PlanLocked",
    "SafetyMsg::CalmCard",
    "SafetyMsg::LocalEmergency",
    "SafetyMsg::HelpPrivacy",
    "SafetyMsg::PlanIntro",
    "SafetyMsg::StepHint",
    "SafetyMsg::PlanKept",
    "SafetyMsg::BreathingHow",
    "SafetyMsg::GroundingHow",
    "SafetyMsg::GroundingStep",
    "SafetyMsg::RiskText",
    "SafetyMsg::RiskPrivate",
    "SafetyMsg::NoOneReads",
    "KitsMsg::JoinedGroup",
    "KitsMsg::ShareSaved",
    "KitsMsg::KitNotAKit",
    "KitsMsg::KitNewer",
    "KitsMsg::KitTooLarge",
    "KitsMsg::KitInvalid",
    "KitsMsg::JoinTitle",
    "KitsMsg::KitFile",
    "KitsMsg::KitPreviewIntro",
    "KitsMsg::KitAlreadyJoined",
    "KitsMsg::KitShareNote",
    "KitsMsg::YourCode",
    "KitsMsg::ChooseCode",
    "KitsMsg::YourCodeHint",
    "KitsMsg::JoinGroup",
    "KitsMsg::SurveyDue",
    "KitsMsg::WriteAboutThis",
    "KitsMsg::ShareWithCounsellor",
    "KitsMsg::ShareIntro",
    "KitsMsg::ShareExactly",
    "KitsMsg::ShareEncryptedNote",
    "KitsMsg::SaveShare",
    "KitsMsg::ExitTicketTitle",
    "KitsMsg::ExitHelpful",
    "KitsMsg::ShareSent",
    "KitsMsg::SharePreviewTitle",
    "KitsMsg::ShareNothing",
    "KitsMsg::ShareFileContent",
    "KitsMsg::SendToCounsellor",
    "KitsMsg::SentTitle",
    "KitsMsg::SentLine",
];

/// Split or joined forms the style guide rejects, and the form it keeps.
const SPLIT_FORMS: &[(&str, &str)] = &[
    ("این‌جا", "اینجا"),
    ("این جا", "اینجا"),
    ("این‌که", "اینکه"),
    ("این که", "اینکه"),
    ("آن‌چه", "آنچه"),
    ("آن چه", "آنچه"),
    ("بی‌آن‌که", "بی‌آنکه"),
    ("بی آنکه", "بی‌آنکه"),
    ("بیش‌تر", "بیشتر"),
    ("بیش تر", "بیشتر"),
    ("کم‌تر", "کمتر"),
    ("دو نفره", "دونفره"),
    ("دو‌نفره", "دونفره"),
    ("پرسشنامه", "پرسش‌نامه"),
    ("پرسش نامه", "پرسش‌نامه"),
    ("بزرگسال", "بزرگ‌سال"),
    ("بزرگ سال", "بزرگ‌سال"),
    ("عزت نفس", "عزت‌نفس"),
];

/// One term per concept: the variants the glossary rejects.
const GLOSSARY: &[(&str, &str)] = &[
    ("قواعد گروه", "قوانین گروه"),
    ("توافق‌نامهٔ گروه", "قوانین گروه"),
    ("مرزهای رازداری", "حدود رازداری"),
    ("محدودیت‌های رازداری", "حدود رازداری"),
    ("تکلیف خانگی", "تکلیف بین جلسه‌ها"),
    ("کار خانگی", "تکلیف بین جلسه‌ها"),
    ("تکلیف بین‌جلسه‌ای", "تکلیف بین جلسه‌ها"),
    ("یادداشت مشترک", "یادداشت به‌اشتراک‌گذاشته"),
    ("درمانی", "اصلاحی"),
    ("پیش‌تست", "پیش‌آزمون"),
    ("پس‌تست", "پس‌آزمون"),
    ("نمرهٔ کل", "امتیاز کل"),
    ("نمرهٔ خام", "امتیاز خام"),
    ("نمره‌گذاری", "امتیازدهی"),
    ("میانگین نمره", "میانگین امتیاز"),
    ("حافظه پر", "فضای ذخیره پر"),
    ("پیام مربوط به حافظه", "پیام مربوط به فضای ذخیره"),
];

fn persian_letter(c: char) -> bool {
    // Diacritics (kasra, fatha, …), punctuation («،» «؛» «؟» «٪») and digits are not letters.
    let not_letters = [
        '\u{0600}'..='\u{060F}',
        '\u{061B}'..='\u{061F}',
        '\u{064B}'..='\u{065F}',
        '\u{0660}'..='\u{066D}',
        '\u{06D4}'..='\u{06D4}',
        '\u{06F0}'..='\u{06F9}',
    ];
    (('\u{0600}'..='\u{06FF}').contains(&c) && !not_letters.iter().any(|r| r.contains(&c)))
        || ('\u{FB50}'..='\u{FEFF}').contains(&c)
}

fn has_persian(s: &str) -> bool {
    s.chars().any(persian_letter)
}

/// The text without `{…}` placeholders and without the names in [`LATIN_NAMES`].
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    for name in LATIN_NAMES {
        out = out.replace(name, " ");
    }
    out
}

/// Whether `word` stands as a word of its own at byte `at` of `text`.
fn whole_word(text: &str, at: usize, word: &str) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + word.len()..].chars().next();
    !before.is_some_and(persian_letter) && !after.is_some_and(persian_letter)
}

/// The rules a text breaks: (rule, what was found).
fn check(t: &Text) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let text = plain(&t.text);
    match t.lang {
        Lang::Fa => {
            for (at, _) in text.match_indices('ه') {
                let rest = &text[at + 'ه'.len_utf8()..];
                for joiner in ["\u{200c}ی", " ی"] {
                    if let Some(after) = rest.strip_prefix(joiner)
                        && !after.chars().next().is_some_and(persian_letter)
                    {
                        let word: String = text[..at]
                            .chars()
                            .rev()
                            .take_while(|c| persian_letter(*c) || *c == '\u{200c}')
                            .collect::<Vec<_>>()
                            .into_iter()
                            .rev()
                            .collect();
                        out.push(("ezafe «ـهٔ»", format!("{word}ه{joiner} → {word}هٔ")));
                    }
                }
            }
            if let Some(c) = text.chars().find(|c| matches!(c, 'ي' | 'ك' | 'ى')) {
                out.push(("Persian ی and ک", format!("{c:?}")));
            }
            for (rejected, kept) in SPLIT_FORMS {
                // A half-spaced form is wrong with any ending too («بیش‌تری»); a form split
                // by a space only as a word of its own («آن چه», not «آن چهره»).
                let found = text.match_indices(rejected).any(|(at, _)| {
                    if rejected.contains('\u{200c}') {
                        !text[..at].chars().next_back().is_some_and(persian_letter)
                    } else {
                        whole_word(&text, at, rejected)
                    }
                });
                if found {
                    out.push(("joined forms", format!("{rejected} → {kept}")));
                }
            }
            for (rejected, kept) in GLOSSARY {
                if text.contains(rejected) {
                    out.push(("one term per concept", format!("{rejected} → {kept}")));
                }
            }
            if let Some(c) = text.chars().find(char::is_ascii_digit) {
                out.push(("Persian digits", format!("{c:?}")));
            }
            if let Some(c) = text.chars().find(|c| matches!(c, ',' | ';' | '?')) {
                out.push(("Persian punctuation", format!("{c:?}")));
            }
            if t.audience != Audience::Counsellor
                && text
                    .match_indices("شما")
                    .any(|(at, _)| whole_word(&text, at, "شما"))
            {
                out.push(("تو in the member space", "شما".to_owned()));
            }
            // «با هم … بگردید»: the member and others together take the plural.
            if t.audience == Audience::Member
                && !text.contains("با هم")
                && let Some(verb) = text
                    .split(|c: char| !(persian_letter(c) || c == '\u{200c}'))
                    .find(|w| plural_verb(w))
            {
                out.push(("تو in the member space", verb.to_owned()));
            }
        }
        Lang::En => {
            if text.replace("همدل", "").chars().any(persian_letter) {
                out.push(("no Persian in English", text.clone()));
            }
            for mark in ["(s)", "(es)", "(ies)"] {
                if text.contains(mark) {
                    out.push(("plurals through the helper", mark.to_owned()));
                }
            }
            // A count through the helper writes its own noun: a plural right after a number
            // is a fixed one.
            if !t.counted && fixed_plurals(&t.text) > 0 {
                out.push(("plurals through the helper", t.text.clone()));
            }
        }
    }
    out
}

/// A verb in the second person plural (شما): «کنید»، «می‌خواهید»، «بنویسید».
fn plural_verb(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "کنید",
        "نکنید",
        "دارید",
        "ندارید",
        "هستید",
        "نیستید",
        "شوید",
        "بشوید",
        "بروید",
        "بدهید",
    ];
    const NOT_VERBS: &[&str] = &[
        "باید",
        "نباید",
        "بعید",
        "بازدید",
        "بدید",
        "بید",
        "نوید",
        "بلند",
    ];
    let Some(stem) = word.strip_suffix("ید") else {
        return false;
    };
    // «بیاید»، «می‌آید»، «می‌گوید»: a stem ending in a vowel makes the third person singular
    // with «ید» (the plural doubles it: «بیایید»، «می‌گویید»).
    if NOT_VERBS.contains(&word)
        || stem.ends_with(['ا', 'آ'])
        || ["گو", "جو"].iter().any(|v| stem.ends_with(v))
    {
        return false;
    }
    WORDS.contains(&word)
        || ((word.starts_with("می\u{200c}") || word.starts_with("نمی\u{200c}"))
            && stem.chars().count() > 3)
        || (word.starts_with('ب') && stem.chars().count() > 2)
}

/// How many times a number is placed before a fixed plural noun, as in "{} minutes" (which
/// reads "1 minutes").
fn fixed_plurals(text: &str) -> usize {
    let plural =
        |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !NOT_PLURAL.contains(&w);
    let mut n = 0;
    let mut rest = text;
    while let Some(at) = rest.find('}') {
        rest = &rest[at + 1..];
        let Some(after) = rest.strip_prefix(' ') else {
            continue;
        };
        // The noun, or an adjective and the noun: "{} minutes", "{} short statements".
        let words: Vec<&str> = after
            .split(' ')
            .take(2)
            .map(|w| w.trim_end_matches(|c: char| !c.is_ascii_lowercase()))
            .take_while(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase()))
            .collect();
        if words.first().is_some_and(|w| plural(w))
            || (words.len() == 2 && !LINKS.contains(&words[0]) && plural(words[1]))
        {
            n += 1;
        }
    }
    n
}

/// Words after a number that link it to something else rather than describe a noun.
const LINKS: &[&str] = &[
    "of", "and", "or", "to", "in", "more", "will", "was", "has", "is", "yes", "no", "still",
    "left", "at",
];

/// Words after a number that are not a plural to agree with it.
const NOT_PLURAL: &[&str] = &[
    "plus", "minus", "was", "has", "is", "this", "always", "needs",
];

/// Rust string literals of `src` (comments, char literals and raw strings understood), with
/// the line each starts on; the part from the first `#[cfg(test)]` on is left out.
fn rust_literals(src: &str) -> Vec<(usize, String)> {
    let src = src.split("#[cfg(test)]").next().unwrap_or(src);
    let b: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        match c {
            '\n' => {
                line += 1;
                i += 1;
            }
            '/' if next == Some('/') => {
                while i < b.len() && b[i] != '\n' {
                    i += 1;
                }
            }
            '/' if next == Some('*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == '*' && b[i + 1] == '/') {
                    line += usize::from(b[i] == '\n');
                    i += 1;
                }
                i += 2;
            }
            '\'' => {
                // A char literal ('x', '\n', '\u{…}'), or a lifetime.
                if next == Some('\\') {
                    i += 2;
                    while i < b.len() && b[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                } else if b.get(i + 2) == Some(&'\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            'r' if (next == Some('"') || next == Some('#'))
                && !b
                    .get(i.wrapping_sub(1))
                    .is_some_and(|p| p.is_alphanumeric() || *p == '_') =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while b.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if b.get(j) != Some(&'"') {
                    i += 1;
                    continue;
                }
                let start_line = line;
                let mut text = String::new();
                j += 1;
                while j < b.len() {
                    if b[j] == '"' && (1..=hashes).all(|k| b.get(j + k) == Some(&'#')) {
                        break;
                    }
                    line += usize::from(b[j] == '\n');
                    text.push(b[j]);
                    j += 1;
                }
                out.push((start_line, text));
                i = j + 1 + hashes;
            }
            '"' => {
                let start_line = line;
                let mut text = String::new();
                i += 1;
                while i < b.len() && b[i] != '"' {
                    if b[i] == '\\' {
                        i += 1;
                        match b.get(i) {
                            Some('n') => text.push('\n'),
                            Some('u') => {
                                let hex: String =
                                    b[i + 2..].iter().take_while(|c| **c != '}').collect();
                                if let Some(ch) =
                                    u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
                                {
                                    text.push(ch);
                                }
                                i += hex.len() + 2;
                            }
                            Some('\n') => {
                                // A continued line: the next line's leading spaces are dropped.
                                line += 1;
                                while b.get(i + 1).is_some_and(|c| *c == ' ') {
                                    i += 1;
                                }
                            }
                            Some(other) => text.push(*other),
                            None => {}
                        }
                    } else {
                        line += usize::from(b[i] == '\n');
                        text.push(b[i]);
                    }
                    i += 1;
                }
                out.push((start_line, text));
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// One message of a table: its name, whether its code counts with the helper, and its
/// English and Persian literals.
struct Arm {
    name: String,
    counted: bool,
    en: Vec<String>,
    fa: Vec<String>,
}

/// Every message of one table's `text` function. An arm is `pick(l, "English", "Persian")` or
/// `match l { En => …, Fa => … }`.
fn arms(source: &str) -> Vec<Arm> {
    const START: &str = "\n            Self::";
    let source = source.split("#[cfg(test)]").next().unwrap_or(source);
    let Some(at) = source.find("pub fn text(") else {
        return Vec::new();
    };
    let table = &source[at..];
    let mut starts: Vec<usize> = table.match_indices(START).map(|(i, _)| i).collect();
    starts.push(table.len());
    starts
        .windows(2)
        .map(|w| {
            let arm = &table[w[0] + START.len()..w[1]];
            let name: String = arm.chars().take_while(|c| c.is_alphanumeric()).collect();
            let lits: Vec<String> = rust_literals(arm).into_iter().map(|(_, t)| t).collect();
            let (en, fa) = if arm.contains("pick(") && !arm.contains(" Fa =>") {
                let mut lits = lits.into_iter();
                (lits.next().into_iter().collect(), lits.collect())
            } else {
                let fa_at = arm.find(" Fa =>").unwrap_or(arm.len());
                let en: Vec<String> = rust_literals(&arm[..fa_at])
                    .into_iter()
                    .map(|(_, t)| t)
                    .collect();
                let fa: Vec<String> = rust_literals(&arm[fa_at..])
                    .into_iter()
                    .map(|(_, t)| t)
                    .collect();
                (en, fa)
            };
            Arm {
                counted: arm.contains("== 1"),
                name,
                en,
                fa,
            }
        })
        .collect()
}

/// Every string the app's code shows: the message tables, and every other Persian literal.
fn app_texts() -> Vec<Text> {
    let mut out = Vec::new();
    for p in files("crates/i18n/src/messages", "rs") {
        let source = std::fs::read_to_string(&p).expect("readable");
        let Some(table) = source.split("pub enum ").nth(1).map(|r| {
            r.chars()
                .take_while(|c| c.is_alphanumeric())
                .collect::<String>()
        }) else {
            continue;
        };
        for arm in arms(&source) {
            let name = format!("{table}::{}", arm.name);
            if EXEMPT_MESSAGES.contains(&name.as_str()) {
                continue;
            }
            let audience = if MEMBER_TABLES.contains(&table.as_str())
                || MEMBER_MESSAGES.contains(&name.as_str())
            {
                Audience::Member
            } else if BOTH_TABLES.contains(&table.as_str())
                || BOTH_MESSAGES.contains(&name.as_str())
            {
                Audience::Both
            } else {
                Audience::Counsellor
            };
            let place = format!("{}: {name}", relative(&p));
            for text in arm.fa {
                out.push(Text {
                    place: place.clone(),
                    text,
                    lang: Lang::Fa,
                    audience,
                    counted: false,
                });
            }
            for text in arm.en {
                out.push(Text {
                    place: place.clone(),
                    text,
                    lang: Lang::En,
                    audience,
                    counted: arm.counted,
                });
            }
        }
    }
    let code = [
        "src",
        "crates/domain/src",
        "crates/content/src",
        "crates/storage/src",
        "crates/i18n/src",
    ];
    for dir in code {
        for p in files(dir, "rs") {
            let rel = relative(&p);
            if rel.starts_with("crates/i18n/src/messages/")
                || EXEMPT_FILES.iter().any(|(f, _)| *f == rel)
            {
                continue;
            }
            let source = std::fs::read_to_string(&p).expect("readable");
            for (line, text) in rust_literals(&source) {
                if has_persian(&text) {
                    out.push(Text {
                        place: format!("{rel}:{line}"),
                        text,
                        lang: Lang::Fa,
                        audience: Audience::Counsellor,
                        counted: false,
                    });
                }
            }
        }
    }
    out
}

/// Every string of `content/`, with its JSON path: the member space's are the welcome, the
/// journal prompts, each session's prompt and task (sent in the kit) and the surveys.
fn content_texts() -> Vec<Text> {
    fn walk(v: &Value, path: &str, file: &str, member_file: bool, out: &mut Vec<Text>) {
        match v {
            Value::String(s) => {
                let lang = if has_persian(s) || path.ends_with(".fa") || path.contains(".fa.") {
                    Lang::Fa
                } else if path.ends_with(".en") || path.contains(".en.") {
                    Lang::En
                } else {
                    return;
                };
                // A survey's attribution speaks to the counsellor reading its results.
                let audience = if path.starts_with(".attribution") {
                    Audience::Counsellor
                } else if member_file || path.ends_with(".prompt") || path.ends_with(".task") {
                    Audience::Member
                } else {
                    Audience::Counsellor
                };
                out.push(Text {
                    place: format!("{file} {path}"),
                    text: s.clone(),
                    lang,
                    audience,
                    counted: true,
                });
            }
            Value::Array(items) => {
                for (i, x) in items.iter().enumerate() {
                    walk(x, &format!("{path}[{i}]"), file, member_file, out);
                }
            }
            Value::Object(map) => {
                for (k, x) in map {
                    walk(x, &format!("{path}.{k}"), file, member_file, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for p in files("content", "json") {
        let rel = relative(&p);
        let member = ["welcome.json", "prompts.json", "/surveys/", "/instruments/"]
            .iter()
            .any(|m| rel.contains(m));
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&p).expect("readable"))
            .unwrap_or_else(|e| panic!("{rel}: {e}"));
        walk(&v, "", &rel, member, &mut out);
    }
    out
}

#[test]
fn every_string_follows_the_house_style() {
    let app = app_texts();
    let content = content_texts();
    let fa = |list: &[Text]| list.iter().filter(|t| t.lang == Lang::Fa).count();
    assert!(fa(&app) > 800, "the message tables were read: {}", fa(&app));
    assert!(
        fa(&content) > 1_000,
        "the content was read: {}",
        fa(&content)
    );
    assert!(
        app.iter().any(|t| t.audience == Audience::Member)
            && app.iter().any(|t| t.audience == Audience::Both),
        "the member space's messages were found"
    );
    let mut bad: Vec<String> = Vec::new();
    for t in app.iter().chain(&content) {
        for (rule, found) in check(t) {
            bad.push(format!("{rule}: {} — {found}", t.place));
        }
    }
    bad.sort();
    assert!(
        bad.is_empty(),
        "{} strings break the house style (content/STYLE.md):\n{}",
        bad.len(),
        bad.join("\n")
    );
}

/// Each rule, given one planted violation, finds it and nothing else; the same string written
/// as the guide says passes.
#[test]
fn each_rule_catches_its_planted_violation() {
    let fa = |text: &str, member: bool| Text {
        place: "planted".into(),
        text: text.into(),
        lang: Lang::Fa,
        audience: if member {
            Audience::Member
        } else {
            Audience::Counsellor
        },
        counted: false,
    };
    let en = |text: &str, counted: bool| Text {
        place: "planted".into(),
        text: text.into(),
        lang: Lang::En,
        audience: Audience::Counsellor,
        counted,
    };
    let cases = [
        (
            fa("در جلسه‌ی اول", false),
            fa("در جلسهٔ اول", false),
            "ezafe «ـهٔ»",
        ),
        (
            fa("یکي از اعضا", false),
            fa("یکی از اعضا", false),
            "Persian ی and ک",
        ),
        (
            fa("این‌جا کلاس نیست", false),
            fa("اینجا کلاس نیست", false),
            "joined forms",
        ),
        (
            fa("وقت بیش‌تری بگذارید", false),
            fa("وقت بیشتری بگذارید", false),
            "joined forms",
        ),
        (
            fa("قواعد گروه را بنویسید", false),
            fa("قوانین گروه را بنویسید", false),
            "one term per concept",
        ),
        (fa("جلسهٔ 3", false), fa("جلسهٔ ۳", false), "Persian digits"),
        (
            fa("آماده‌ای?", false),
            fa("آماده‌ای؟", false),
            "Persian punctuation",
        ),
        (
            fa("دفترچهٔ شما، همین‌جا", true),
            fa("دفترچهٔ تو، همین‌جا", true),
            "تو in the member space",
        ),
        (
            fa("دفترچهٔ شما", true),
            fa("دفترچهٔ تو", true),
            "تو in the member space",
        ),
        (
            fa("فایل را به مشاور بدهید.", true),
            fa("فایل را به مشاور بده.", true),
            "تو in the member space",
        ),
        (
            fa("هر وقت می‌خواهید بنویسید", true),
            fa("هر وقت می‌خواهی بنویس", true),
            "تو in the member space",
        ),
        (
            fa("بروید و بپرسید", true),
            fa("با هم بروید و بپرسید", true),
            "تو in the member space",
        ),
        (
            en("Saved «همدل» دفترچه", false),
            en("Saved to your journal", false),
            "no Persian in English",
        ),
        (
            en("{} entry(s)", false),
            en("{}", false),
            "plurals through the helper",
        ),
        (
            en("{} minutes", false),
            en("{}", false),
            "plurals through the helper",
        ),
        (
            en("{} short statements", false),
            en("{}", false),
            "plurals through the helper",
        ),
        (
            en("{} of {} members", false),
            en("{} of {} members", true),
            "plurals through the helper",
        ),
    ];
    for (wrong, right, rule) in cases {
        let found: Vec<&str> = check(&wrong).into_iter().map(|(r, _)| r).collect();
        assert_eq!(found, [rule], "{:?}", wrong.text);
        assert!(
            check(&right).is_empty(),
            "{:?}: {:?}",
            right.text,
            check(&right)
        );
    }
    // What the rules must not take for a violation.
    for ok in [
        "شمارهٔ تلفن",
        "WHO-5 را پر کن",
        "{} نفر",
        "خانه‌ای در شهر",
        "وقتی امتحان می‌آید",
        "بگو چه می‌گوید",
        "باید بیاید",
        "آن چهره",
        "شماره‌ها، ۲۴ ساعته",
        "همه‌ی",
    ] {
        let found = check(&fa(ok, true));
        if ok == "همه‌ی" {
            assert_eq!(found.len(), 1, "{ok}");
        } else {
            assert!(found.is_empty(), "{ok}: {found:?}");
        }
    }
}
