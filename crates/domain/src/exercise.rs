//! Structured exercises: the built-in library (bilingual, compiled in from `content/`) and the
//! counsellor's own, with the filters the library and the planner use.

use super::group::Focus;
use super::session::{BlockKind, Stage};
use super::{Id, Keyed, Locale};
use serde::{Deserialize, Serialize};

/// One language's text of an exercise.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExerciseText {
    /// Title.
    pub title: String,
    /// What it is for.
    pub goal: String,
    /// Materials needed.
    pub materials: Vec<String>,
    /// Numbered steps.
    pub steps: Vec<String>,
    /// Processing questions.
    pub questions: Vec<String>,
    /// Variations.
    pub variations: Vec<String>,
    /// What to watch for; when not to use it.
    pub cautions: Vec<String>,
}

/// A structured exercise (built-in or the counsellor's own).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exercise {
    /// Built-ins: a kebab-case name; custom ones: a generated id.
    pub id: Id,
    /// For a copy: the built-in it was made from.
    #[serde(default)]
    pub based_on: Option<Id>,
    /// The agenda block it fills.
    pub kind: BlockKind,
    /// The stages it fits.
    pub stages: Vec<Stage>,
    /// The focus areas it serves.
    pub focus: Vec<Focus>,
    /// Typical length.
    pub minutes: u16,
    /// Smallest and largest group it works for.
    pub size: (u16, u16),
    /// Youngest and oldest age it suits.
    pub ages: (u16, u16),
    /// Persian text.
    pub fa: ExerciseText,
    /// English text.
    pub en: ExerciseText,
}

impl Keyed for Exercise {
    fn id(&self) -> &Id {
        &self.id
    }
    fn with_id(&self, id: Id) -> Self {
        Exercise { id, ..self.clone() }
    }
}

impl Exercise {
    /// The text in `locale`, falling back field by field to the other language where empty
    /// (a counsellor's own exercise may exist in one language only).
    pub fn text(&self, locale: Locale) -> ExerciseText {
        let (first, other) = match locale {
            Locale::Fa => (&self.fa, &self.en),
            Locale::En => (&self.en, &self.fa),
        };
        let pick_s = |a: &String, b: &String| {
            if a.trim().is_empty() {
                b.clone()
            } else {
                a.clone()
            }
        };
        let pick_v =
            |a: &Vec<String>, b: &Vec<String>| if a.is_empty() { b.clone() } else { a.clone() };
        ExerciseText {
            title: pick_s(&first.title, &other.title),
            goal: pick_s(&first.goal, &other.goal),
            materials: pick_v(&first.materials, &other.materials),
            steps: pick_v(&first.steps, &other.steps),
            questions: pick_v(&first.questions, &other.questions),
            variations: pick_v(&first.variations, &other.variations),
            cautions: pick_v(&first.cautions, &other.cautions),
        }
    }

    /// A copy for the counsellor to edit: a new id, marked as based on this one.
    pub fn duplicate(&self, id: Id) -> Exercise {
        Exercise {
            id,
            based_on: Some(self.based_on.clone().unwrap_or_else(|| self.id.clone())),
            ..self.clone()
        }
    }

    /// A blank exercise of the counsellor's own.
    pub fn blank(id: Id) -> Exercise {
        Exercise {
            id,
            based_on: None,
            kind: BlockKind::Main,
            stages: vec![Stage::Working],
            focus: vec![Focus::Personal],
            minutes: 15,
            size: (2, 12),
            ages: (11, 18),
            fa: ExerciseText::default(),
            en: ExerciseText::default(),
        }
    }
}

/// What the library and the planner filter by; `None` means any.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExerciseFilter {
    /// Fits this stage.
    pub stage: Option<Stage>,
    /// Serves this focus.
    pub focus: Option<Focus>,
    /// Takes at most this many minutes.
    pub max_minutes: Option<u16>,
    /// Works for a group of this size.
    pub group_size: Option<u16>,
    /// Suits this age.
    pub age: Option<u16>,
    /// Fills this kind of block.
    pub kind: Option<BlockKind>,
}

impl ExerciseFilter {
    /// Whether `e` passes every set criterion.
    pub fn matches(&self, e: &Exercise) -> bool {
        self.stage.is_none_or(|s| e.stages.contains(&s))
            && self.focus.is_none_or(|f| e.focus.contains(&f))
            && self.max_minutes.is_none_or(|m| e.minutes <= m)
            && self
                .group_size
                .is_none_or(|n| (e.size.0..=e.size.1).contains(&n))
            && self.age.is_none_or(|a| (e.ages.0..=e.ages.1).contains(&a))
            && self.kind.is_none_or(|k| e.kind == k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Exercise {
        let mut e = Exercise::blank(Id::from_raw("x"));
        e.en.title = "Feelings wheel".into();
        e.fa.title = "چرخهٔ احساس‌ها".into();
        e.stages = vec![Stage::Initial, Stage::Working];
        e.focus = vec![Focus::Social];
        e.minutes = 20;
        e.size = (4, 10);
        e.ages = (12, 16);
        e
    }

    #[test]
    fn filters_combine() {
        let e = sample();
        assert!(ExerciseFilter::default().matches(&e));
        let f = ExerciseFilter {
            stage: Some(Stage::Working),
            focus: Some(Focus::Social),
            max_minutes: Some(20),
            ..Default::default()
        };
        assert!(f.matches(&e));
        assert!(
            !ExerciseFilter {
                max_minutes: Some(19),
                ..f
            }
            .matches(&e)
        );
        assert!(
            !ExerciseFilter {
                stage: Some(Stage::Final),
                ..f
            }
            .matches(&e)
        );
        assert!(
            !ExerciseFilter {
                group_size: Some(12),
                ..f
            }
            .matches(&e)
        );
        assert!(!ExerciseFilter { age: Some(17), ..f }.matches(&e));
    }

    #[test]
    fn text_falls_back_to_the_other_language() {
        let mut e = sample();
        e.fa.goal.clear();
        e.en.goal = "Name feelings".into();
        assert_eq!(e.text(Locale::Fa).goal, "Name feelings");
        assert_eq!(e.text(Locale::Fa).title, "چرخهٔ احساس‌ها");
    }

    #[test]
    fn a_duplicate_remembers_its_origin() {
        let e = sample();
        let copy = e.duplicate(Id::from_raw("mine"));
        assert_eq!(copy.based_on, Some(Id::from_raw("x")));
        assert_eq!(
            copy.duplicate(Id::from_raw("again")).based_on,
            Some(Id::from_raw("x"))
        );
    }
}
