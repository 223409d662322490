//! Ready multi-session group plans (bilingual, compiled in from `content/templates/`), and how a
//! counsellor's group is made from one.

use super::exercise::Exercise;
use super::group::{Focus, Group, Purpose};
use super::session::{Block, BlockKind, Session, Stage, Text};
use super::survey::Moment;
use super::{Id, Locale};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One language's text of a template.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateText {
    /// The group's name.
    pub name: String,
    /// Who it is for.
    pub population: String,
    /// The group's goals.
    pub goals: String,
    /// What the counsellor must weigh before and while running this group (screening, consent,
    /// dates to avoid), one item each; carried into the group, shown in the planner and the
    /// counsellor's prints, never in a kit (#16).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cautions: Vec<String>,
}

/// One language's text of a template session.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateSessionText {
    /// What the session aims for.
    pub objectives: String,
    /// The between-sessions task.
    pub task: String,
    /// The journal prompt.
    pub prompt: String,
}

/// A block of a template session: an exercise and its minutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateBlock {
    /// The exercise's id.
    pub exercise: Id,
    /// Planned minutes.
    pub minutes: u16,
    /// How this template runs the exercise differently (#19: the grief group's body map keeps
    /// to today's feelings), put before its steps in the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adapt: Option<crate::survey::BiText>,
}

/// One session of a template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateSession {
    /// Stage.
    pub stage: Stage,
    /// Persian text.
    pub fa: TemplateSessionText,
    /// English text.
    pub en: TemplateSessionText,
    /// Agenda.
    pub blocks: Vec<TemplateBlock>,
}

/// A ready group plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Template {
    /// Kebab-case id.
    pub id: Id,
    /// Focus.
    pub focus: Focus,
    /// Purpose.
    pub purpose: Purpose,
    /// Planned members.
    pub size: u16,
    /// Session length.
    pub minutes: u16,
    /// Persian text.
    pub fa: TemplateText,
    /// English text.
    pub en: TemplateText,
    /// Sessions in order.
    pub sessions: Vec<TemplateSession>,
    /// The template's own perception survey (#18, `content/surveys/`), planned before the
    /// first session and after the last in every group made from it.
    #[serde(default)]
    pub survey: Option<Id>,
}

impl Template {
    /// The template's text in `locale`.
    pub fn text(&self, locale: Locale) -> &TemplateText {
        match locale {
            Locale::Fa => &self.fa,
            Locale::En => &self.en,
        }
    }

    /// A new group planned from this template, in `locale`, every exercise's steps, materials and
    /// questions copied into its block (the counsellor edits freely afterwards).
    pub fn instantiate(
        &self,
        locale: Locale,
        exercises: &[Exercise],
        created_on: NaiveDate,
        mut ids: impl FnMut() -> Id,
    ) -> Group {
        let t = self.text(locale);
        let mut group = Group::new(ids(), &t.name, created_on).unwrap_or_else(|_| {
            // Templates are validated by tests; an empty name would still make a usable group.
            Group::new(Id::from_raw("template"), "—", created_on)
                .expect("invariant: a non-empty name")
        });
        group.id = ids();
        group.focus = self.focus;
        group.purpose = self.purpose;
        group.population = t.population.clone();
        group.goals = t.goals.clone();
        group.cautions = t.cautions.join("\n");
        group.planned_size = self.size;
        group.session_minutes = self.minutes;
        group.session_count = self.sessions.len() as u16;
        group.sessions = self
            .sessions
            .iter()
            .map(|ts| {
                let st = match locale {
                    Locale::Fa => &ts.fa,
                    Locale::En => &ts.en,
                };
                let mut session = Session::empty(ids(), ts.stage);
                session.objectives = Text::Typed(st.objectives.clone());
                session.blocks = ts
                    .blocks
                    .iter()
                    .filter_map(|b| {
                        exercises
                            .iter()
                            .find(|e| e.id == b.exercise)
                            .map(|e| (e, b))
                    })
                    .map(|(e, b)| {
                        let mut block = block_from_exercise(ids(), e, b.minutes, locale);
                        if let (Some(adapt), Text::Typed(steps)) = (&b.adapt, &block.description) {
                            block.description =
                                Text::Typed(format!("{}\n{steps}", adapt.get(locale).trim()));
                        }
                        block
                    })
                    .collect();
                let closing = session
                    .blocks
                    .iter_mut()
                    .rev()
                    .find(|b| b.kind == BlockKind::Closing);
                let closing = match closing {
                    Some(b) => b,
                    None => {
                        session.blocks.push(Block::new(ids(), BlockKind::Closing));
                        session.blocks.last_mut().expect("invariant: just pushed")
                    }
                };
                closing.task = Text::Typed(st.task.clone());
                closing.prompt = Text::Typed(st.prompt.clone());
                session
            })
            .collect();
        group.kit_surveys = self
            .survey
            .iter()
            .flat_map(|s| {
                [Moment::Pre, Moment::Post].map(|moment| super::group::PlannedSurvey {
                    survey: s.clone(),
                    moment,
                })
            })
            .collect();
        group
    }
}

/// A block filled from an exercise: its title, numbered steps, materials and processing
/// questions, in `locale`.
pub fn block_from_exercise(id: Id, e: &Exercise, minutes: u16, locale: Locale) -> Block {
    let t = e.text(locale);
    let steps: Vec<String> = t
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{}. {s}", step_number(i + 1, locale)))
        .collect();
    Block {
        title: Text::Typed(t.title),
        minutes,
        description: Text::Typed(steps.join("\n")),
        materials: t.materials.join("\n"),
        questions: t.questions.join("\n"),
        exercise: Some(e.id.clone()),
        ..Block::new(id, e.kind)
    }
}

/// A step's number in the locale's digits (Persian text gets Persian digits, #17).
fn step_number(n: usize, locale: Locale) -> String {
    let latin = n.to_string();
    match locale {
        Locale::En => latin,
        Locale::Fa => latin
            .chars()
            .map(|c| {
                c.to_digit(10)
                    .and_then(|d| char::from_u32(0x06F0 + d))
                    .unwrap_or(c)
            })
            .collect(),
    }
}
