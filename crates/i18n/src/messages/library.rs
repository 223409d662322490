//! The library of exercises and session templates.
//!
//! Each arm holds the message in both languages: English first, then Persian.

use super::prelude::*;

/// The library of exercises and session templates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LibraryMsg {
    /// Search field label.
    SearchLabel,
    /// Filter: at most this many minutes.
    MaxMinutesLabel,
    /// Filter: group size.
    GroupSizeLabel,
    /// Filter: age.
    AgeLabel,
    /// How many exercises match.
    ResultsCount(usize),
    /// An exercise's length in a list: "10 min".
    MinutesShort(u16),
    /// Button: a new exercise of one's own.
    NewExercise,
    /// Tag: a built-in exercise.
    BuiltinTag,
    /// Tag: the counsellor's own exercise.
    CustomTag,
    /// Exercise field: goal.
    GoalLabel,
    /// Exercise field: steps.
    StepsLabel,
    /// Exercise field: processing questions.
    QuestionsLabel,
    /// Exercise field: variations.
    VariationsLabel,
    /// Exercise field: cautions.
    CautionsLabel,
    /// Exercise field: materials.
    MaterialsLabel,
    /// An exercise's page (read-only): the heading of its steps.
    StepsHeading,
    /// An exercise's page: the heading of its processing questions.
    QuestionsHeading,
    /// An exercise's page: the heading of its variations.
    VariationsHeading,
    /// An exercise's page: the heading of its cautions.
    CautionsHeading,
    /// An exercise's page: the heading of its materials.
    MaterialsHeading,
    /// Exercise field: stages.
    StagesLabel,
    /// Exercise field: focus areas.
    FocusAreasLabel,
    /// Heading: groups that use an exercise.
    UsedBy,
    /// No group uses it yet.
    NotUsedYet,
    /// Built-ins are never changed in place.
    BuiltinReadOnlyHint,
    /// Link from the edit page back to the exercise.
    BackToExercise,
    /// Minutes, group size and ages of an exercise.
    ExerciseFacts {
        minutes: u16,
        size: (u16, u16),
        ages: (u16, u16),
    },
}

impl LibraryMsg {
    /// The message in the given language.
    pub fn text(&self, l: Locale) -> String {
        match self {
            Self::SearchLabel => pick(
                l,
                "Search (Persian or English)",
                "جست‌وجو (فارسی یا انگلیسی)",
            ),
            Self::MaxMinutesLabel => pick(l, "At most (minutes)", "حداکثر (دقیقه)"),
            Self::GroupSizeLabel => pick(l, "Group size", "اندازهٔ گروه"),
            Self::AgeLabel => pick(l, "Age", "سن"),
            Self::MinutesShort(n) => match l {
                En => format!("{} min", number(n, l)),
                Fa => format!("{} دقیقه", number(n, l)),
            },
            Self::ResultsCount(n) => match l {
                En => count(*n, "exercise", "exercises"),
                Fa => format!("{} تمرین", number(n, l)),
            },
            Self::NewExercise => pick(l, "New exercise of my own", "تمرین تازهٔ خودم"),
            Self::BuiltinTag => pick(l, "Built-in", "آماده"),
            Self::CustomTag => pick(l, "Mine", "از خودم"),
            Self::GoalLabel => pick(l, "Goal", "هدف"),
            Self::StepsLabel => pick(l, "Steps (one per line)", "گام‌ها (هر کدام در یک خط)"),
            Self::QuestionsLabel => pick(
                l,
                "Processing questions (one per line)",
                "پرسش‌های پردازش (هر کدام در یک خط)",
            ),
            Self::VariationsLabel => {
                pick(l, "Variations (one per line)", "گونه‌ها (هر کدام در یک خط)")
            }
            Self::StepsHeading => pick(l, "Steps", "گام‌ها"),
            Self::QuestionsHeading => pick(l, "Processing questions", "پرسش‌های پردازش"),
            Self::VariationsHeading => pick(l, "Variations", "گونه‌ها"),
            Self::CautionsHeading => pick(l, "Cautions", "هشدارها"),
            Self::MaterialsHeading => pick(l, "Materials", "وسایل"),
            Self::CautionsLabel => pick(l, "Cautions (one per line)", "هشدارها (هر کدام در یک خط)"),
            Self::MaterialsLabel => pick(l, "Materials (one per line)", "وسایل (هر کدام در یک خط)"),
            Self::StagesLabel => pick(l, "Stages", "مرحله‌ها"),
            Self::FocusAreasLabel => pick(l, "Focus areas", "حوزه‌ها"),
            Self::UsedBy => pick(l, "Groups that use it", "گروه‌هایی که از آن استفاده می‌کنند"),
            Self::NotUsedYet => pick(
                l,
                "No group uses it yet.",
                "هنوز هیچ گروهی از آن استفاده نمی‌کند.",
            ),
            Self::BackToExercise => pick(l, "Back to the exercise", "بازگشت به تمرین"),
            Self::BuiltinReadOnlyHint => pick(
                l,
                "Built-in exercises are never changed. Duplicate one to make a copy of your own to edit.",
                "تمرین‌های آماده هرگز تغییر نمی‌کنند. برای ویرایش، آن را تکثیر کنید و نسخهٔ خودتان را تغییر دهید.",
            ),
            Self::ExerciseFacts {
                minutes,
                size,
                ages,
            } => match l {
                En => format!(
                    "{} · groups of {}–{} · ages {}–{}",
                    count(usize::from(*minutes), "minute", "minutes"),
                    number(size.0, l),
                    number(size.1, l),
                    number(ages.0, l),
                    number(ages.1, l)
                ),
                Fa => format!(
                    "{} دقیقه · گروه‌های {} تا {} نفره · سن {} تا {}",
                    number(minutes, l),
                    number(size.0, l),
                    number(size.1, l),
                    number(ages.0, l),
                    number(ages.1, l)
                ),
            },
        }
    }
}
