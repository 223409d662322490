//! The built-in library: exercises and group templates from `content/` (JSON, written in both
//! languages), compiled into the app and parsed once on first use.

use hamdel_domain::exercise::Exercise;
use hamdel_domain::search::SearchIndex;
use hamdel_domain::template::Template;
use std::sync::OnceLock;

const EXERCISE_FILES: &[&str] = &[
    include_str!("../../../content/exercises/batch-1.json"),
    include_str!("../../../content/exercises/batch-2.json"),
    include_str!("../../../content/exercises/batch-3.json"),
    include_str!("../../../content/exercises/batch-4.json"),
];

const TEMPLATE_FILES: &[&str] = &[
    include_str!("../../../content/templates/study-skills.json"),
    include_str!("../../../content/templates/test-anxiety.json"),
    include_str!("../../../content/templates/friendship-social-skills.json"),
    include_str!("../../../content/templates/anger-management.json"),
    include_str!("../../../content/templates/self-esteem.json"),
    include_str!("../../../content/templates/track-choice.json"),
    include_str!("../../../content/templates/career-exploration.json"),
    include_str!("../../../content/templates/new-school-transition.json"),
    include_str!("../../../content/templates/grief-and-loss.json"),
];

/// Every built-in exercise, in file order. A file that fails to parse is a build defect caught
/// by `tests/content.rs`; at run time it contributes nothing rather than stopping the app.
pub fn exercises() -> &'static [Exercise] {
    static ALL: OnceLock<Vec<Exercise>> = OnceLock::new();
    ALL.get_or_init(|| {
        EXERCISE_FILES
            .iter()
            .flat_map(|f| serde_json::from_str::<Vec<Exercise>>(f).unwrap_or_default())
            .collect()
    })
}

/// Every built-in template.
pub fn templates() -> &'static [Template] {
    static ALL: OnceLock<Vec<Template>> = OnceLock::new();
    ALL.get_or_init(|| {
        TEMPLATE_FILES
            .iter()
            .filter_map(|f| serde_json::from_str(f).ok())
            .collect()
    })
}

const INSTRUMENT_FILES: &[&str] = &[
    include_str!("../../../content/instruments/rses.json"),
    include_str!("../../../content/instruments/who5.json"),
];

const SURVEY_FILES: &[&str] = &[
    include_str!("../../../content/surveys/study-skills.json"),
    include_str!("../../../content/surveys/test-anxiety.json"),
    include_str!("../../../content/surveys/friendship-social-skills.json"),
    include_str!("../../../content/surveys/anger-management.json"),
    include_str!("../../../content/surveys/self-esteem.json"),
    include_str!("../../../content/surveys/track-choice.json"),
    include_str!("../../../content/surveys/career-exploration.json"),
    include_str!("../../../content/surveys/new-school-transition.json"),
    include_str!("../../../content/surveys/grief-and-loss.json"),
];

/// A reflective prompt for members who journal on their own.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct Prompt {
    /// Stable id.
    pub id: String,
    /// Theme.
    pub theme: String,
    /// English.
    pub en: String,
    /// Persian.
    pub fa: String,
}

/// The welcome for members, in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct WelcomeText {
    /// Heading.
    pub title: String,
    /// Paragraphs.
    pub paragraphs: Vec<String>,
}

/// The welcome in both languages.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
pub struct Welcome {
    /// English.
    pub en: WelcomeText,
    /// Persian.
    pub fa: WelcomeText,
}

/// The built-in survey with this id: a published instrument or a template's own survey.
pub fn instrument(id: &hamdel_domain::Id) -> Option<&'static hamdel_domain::survey::Survey> {
    instruments()
        .iter()
        .chain(template_surveys())
        .find(|s| &s.id == id)
}

/// The templates' own perception surveys (#18: attitude, skill and knowledge items written for
/// each template), in template order.
pub fn template_surveys() -> &'static [hamdel_domain::survey::Survey] {
    static ALL: OnceLock<Vec<hamdel_domain::survey::Survey>> = OnceLock::new();
    ALL.get_or_init(|| {
        SURVEY_FILES
            .iter()
            .filter_map(|f| serde_json::from_str(f).ok())
            .collect()
    })
}

/// The shipped instruments (Rosenberg Self-Esteem Scale, WHO-5), parsed once.
pub fn instruments() -> &'static [hamdel_domain::survey::Survey] {
    static ALL: OnceLock<Vec<hamdel_domain::survey::Survey>> = OnceLock::new();
    ALL.get_or_init(|| {
        INSTRUMENT_FILES
            .iter()
            .filter_map(|f| serde_json::from_str(f).ok())
            .collect()
    })
}

/// The bank of reflective prompts.
pub fn prompts() -> &'static [Prompt] {
    static ALL: OnceLock<Vec<Prompt>> = OnceLock::new();
    ALL.get_or_init(|| {
        serde_json::from_str(include_str!("../../../content/prompts.json")).unwrap_or_default()
    })
}

/// The members' welcome.
pub fn welcome() -> &'static Welcome {
    static W: OnceLock<Welcome> = OnceLock::new();
    W.get_or_init(|| {
        serde_json::from_str(include_str!("../../../content/welcome.json")).unwrap_or_default()
    })
}

/// The text searched for an exercise: every field in both languages.
pub fn searchable_text(e: &Exercise) -> String {
    let mut s = String::new();
    for t in [&e.fa, &e.en] {
        for part in [&t.title, &t.goal] {
            s.push_str(part);
            s.push('\n');
        }
        for list in [
            &t.materials,
            &t.steps,
            &t.questions,
            &t.variations,
            &t.cautions,
        ] {
            for item in list {
                s.push_str(item);
                s.push('\n');
            }
        }
    }
    s
}

/// The search index of the built-in exercises (same order as [`exercises`]).
pub fn builtin_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let texts: Vec<String> = exercises().iter().map(searchable_text).collect();
        SearchIndex::new(texts.iter().map(String::as_str))
    })
}

/// Raw file texts, for tests that check each file parses.
pub fn raw_files() -> (&'static [&'static str], &'static [&'static str]) {
    (EXERCISE_FILES, TEMPLATE_FILES)
}

/// The templates' survey files as written, for tests that check each parses.
pub fn raw_survey_files() -> &'static [&'static str] {
    SURVEY_FILES
}
