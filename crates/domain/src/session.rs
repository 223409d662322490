//! A planned session: its stage in the group's life, objectives, and an agenda of timed blocks,
//! plus the counsellor's private notes and attendance afterwards.

use super::member::Attendance;
use super::{Id, iso_date};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Corey's stages of a group's life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Getting to know each other; safety, rules, trust.
    Initial,
    /// Anxiety, testing, resistance; building trust.
    Transition,
    /// Cohesion and productive work on goals.
    Working,
    /// Review, transfer to everyday life, goodbye.
    Final,
}

impl Stage {
    /// All stages in order.
    pub const ALL: [Stage; 4] = [
        Stage::Initial,
        Stage::Transition,
        Stage::Working,
        Stage::Final,
    ];
}

/// The kind of an agenda block; it decides which fields the block offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// Opening and check-in.
    Opening,
    /// Warm-up / icebreaker.
    WarmUp,
    /// The main exercise or activity.
    Main,
    /// Processing: questions about what happened.
    Processing,
    /// Closing, with the between-sessions task and a journal prompt.
    Closing,
}

impl BlockKind {
    /// All kinds in agenda order.
    pub const ALL: [BlockKind; 5] = [
        BlockKind::Opening,
        BlockKind::WarmUp,
        BlockKind::Main,
        BlockKind::Processing,
        BlockKind::Closing,
    ];
}

/// Text that is either what the counsellor typed or a built-in default that the interface shows
/// in the person's language (the domain holds no words).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Text {
    /// Typed by the counsellor.
    Typed(String),
    /// A built-in default.
    Builtin(Builtin),
}

impl Default for Text {
    fn default() -> Self {
        Text::Typed(String::new())
    }
}

impl Text {
    /// Whether the counsellor left it empty.
    pub fn is_empty(&self) -> bool {
        matches!(self, Text::Typed(s) if s.trim().is_empty())
    }
}

/// Built-in default texts (the first and last sessions' standard content).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Builtin {
    /// First session objectives: get to know each other, agree how the group works, feel safe.
    FirstObjectives,
    /// Welcome and introductions.
    Welcome,
    /// Agreeing the ground rules together.
    GroundRules,
    /// Confidentiality and its limits.
    Confidentiality,
    /// Consent and what membership asks of members.
    Consent,
    /// First session's between-sessions task.
    FirstTask,
    /// First session's journal prompt.
    FirstPrompt,
    /// Last session objectives: review, transfer, goodbye.
    FinalObjectives,
    /// Looking back at the group's journey.
    Review,
    /// Planning how to keep using what was learned.
    Transfer,
    /// Saying goodbye.
    Goodbye,
    /// Last session's task: a plan for the weeks after the group.
    FinalTask,
    /// Last session's journal prompt.
    FinalPrompt,
    /// The exit ticket's built-in statement (#18): "Today I learned something I can use."
    ExitLearned,
    /// A follow-up meeting's objectives (#19): how members have kept going since the group.
    FollowUpObjectives,
    /// A follow-up meeting's main part: what has held, what has been hard.
    FollowUpReview,
    /// A follow-up meeting's journal prompt.
    FollowUpPrompt,
}

/// One timed block of a session's agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// Stable identity within the session.
    pub id: Id,
    /// What part of the session this is.
    pub kind: BlockKind,
    /// Short title.
    #[serde(default)]
    pub title: Text,
    /// Planned minutes.
    pub minutes: u16,
    /// What happens, step by step.
    #[serde(default)]
    pub description: Text,
    /// Materials, one per line.
    #[serde(default)]
    pub materials: String,
    /// Processing questions, one per line.
    #[serde(default)]
    pub questions: String,
    /// Closing: the between-sessions task (transfer to everyday life).
    #[serde(default)]
    pub task: Text,
    /// Closing: the journal prompt for members.
    #[serde(default)]
    pub prompt: Text,
    /// The library exercise this block was filled from, if any.
    #[serde(default)]
    pub exercise: Option<Id>,
}

impl Block {
    /// An empty block of `kind` with a sensible default length.
    pub fn new(id: Id, kind: BlockKind) -> Self {
        let minutes = match kind {
            BlockKind::Opening => 5,
            BlockKind::WarmUp => 10,
            BlockKind::Main => 15,
            BlockKind::Processing => 10,
            BlockKind::Closing => 5,
        };
        Block {
            id,
            kind,
            title: Text::default(),
            minutes,
            description: Text::default(),
            materials: String::new(),
            questions: String::new(),
            task: Text::default(),
            prompt: Text::default(),
            exercise: None,
        }
    }

    fn builtin(id: Id, kind: BlockKind, title: Builtin, minutes: u16) -> Self {
        Block {
            title: Text::Builtin(title),
            minutes,
            ..Block::new(id, kind)
        }
    }
}

/// One session of a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Stable identity.
    pub id: Id,
    /// A date set by hand, replacing the generated one.
    #[serde(default, with = "iso_date::serde_iso_opt")]
    pub moved_to: Option<NaiveDate>,
    /// The group's stage.
    pub stage: Stage,
    /// What the session aims for.
    #[serde(default)]
    pub objectives: Text,
    /// The agenda, in order.
    #[serde(default)]
    pub blocks: Vec<Block>,
    /// Private notes after the session (never in a kit or a print for members).
    #[serde(default)]
    pub notes: String,
    /// Attendance marks by member id.
    #[serde(default)]
    pub attendance: Vec<(Id, Attendance)>,
    /// A journal prompt members receive with the group's kit, for the days after this session.
    #[serde(default)]
    pub prompt: String,
    /// A between-sessions task members receive with the kit.
    #[serde(default)]
    pub task: String,
    /// The exit ticket's quick statements for this session (#18), at most
    /// [`exit::MAX_ITEMS`](super::exit::MAX_ITEMS); none typed means the built-in one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exit_items: Vec<String>,
    /// A follow-up meeting some weeks after the group ended (#19), not one of its weekly
    /// sessions: its date is its own ([`Session::moved_to`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub follow_up: bool,
}

/// How the planned minutes compare with the session length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timing {
    /// Sum of the blocks' minutes.
    pub planned: u32,
    /// The session length.
    pub available: u32,
}

impl Timing {
    /// Minutes over the length, if any.
    pub fn over_by(&self) -> Option<u32> {
        (self.planned > self.available).then(|| self.planned - self.available)
    }
}

impl Session {
    /// Whether nothing was planned or recorded for it (any stage, any date): the only sessions
    /// a smaller session count may remove (review M5: a session holding only a prompt, a task
    /// or a moved date was deleted).
    pub fn is_blank(&self) -> bool {
        let Session {
            id: _,
            stage: _,
            moved_to,
            objectives,
            blocks,
            notes,
            attendance,
            prompt,
            task,
            exit_items,
            follow_up,
        } = self;
        !follow_up
            && moved_to.is_none()
            && exit_items.iter().all(|s| s.trim().is_empty())
            && objectives.is_empty()
            && blocks.is_empty()
            && notes.trim().is_empty()
            && attendance.is_empty()
            && prompt.trim().is_empty()
            && task.trim().is_empty()
    }

    /// What members receive for the days after this session, as (prompt, task): the session's
    /// own, or where that is blank the last closing block's (a template's or the standard plan's
    /// words, resolved by `resolve`). The planner edits this one pair (#17: the prompt and task
    /// were in two places, and a template's never reached the kit).
    pub fn for_members(&self, resolve: impl Fn(&Text) -> String) -> (String, String) {
        let closing = self
            .blocks
            .iter()
            .rev()
            .find(|b| b.kind == BlockKind::Closing);
        let pick = |own: &str, block: Option<&Text>| {
            if own.trim().is_empty() {
                block
                    .map(|t| resolve(t).trim().to_owned())
                    .unwrap_or_default()
            } else {
                own.trim().to_owned()
            }
        };
        (
            pick(&self.prompt, closing.map(|b| &b.prompt)),
            pick(&self.task, closing.map(|b| &b.task)),
        )
    }

    /// Sets what members receive: the session's own pair, and no second copy left in a closing
    /// block.
    pub fn set_for_members(&mut self, prompt: Option<String>, task: Option<String>) {
        for b in self
            .blocks
            .iter_mut()
            .filter(|b| b.kind == BlockKind::Closing)
        {
            if prompt.is_some() {
                b.prompt = Text::default();
            }
            if task.is_some() {
                b.task = Text::default();
            }
        }
        if let Some(p) = prompt {
            self.prompt = p.trim().to_owned();
        }
        if let Some(t) = task {
            self.task = t.trim().to_owned();
        }
    }

    /// A session at `stage` with no agenda yet.
    pub fn empty(id: Id, stage: Stage) -> Self {
        Session {
            id,
            moved_to: None,
            stage,
            objectives: Text::default(),
            blocks: Vec::new(),
            notes: String::new(),
            attendance: Vec::new(),
            prompt: String::new(),
            task: String::new(),
            exit_items: Vec::new(),
            follow_up: false,
        }
    }

    /// The exit ticket's statements (#18): those typed (blank lines dropped, at most
    /// [`exit::MAX_ITEMS`](super::exit::MAX_ITEMS)), or the built-in one resolved by `resolve`.
    pub fn exit_statements(&self, resolve: impl Fn(&Text) -> String) -> Vec<String> {
        let typed: Vec<String> = self
            .exit_items
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .take(super::exit::MAX_ITEMS)
            .map(str::to_owned)
            .collect();
        if typed.is_empty() {
            vec![resolve(&Text::Builtin(Builtin::ExitLearned))]
        } else {
            typed
        }
    }

    /// Planned minutes against `session_minutes`.
    pub fn timing(&self, session_minutes: u16) -> Timing {
        Timing {
            planned: self.blocks.iter().map(|b| u32::from(b.minutes)).sum(),
            available: u32::from(session_minutes),
        }
    }

    /// Every material of the session, once each, in agenda order.
    pub fn materials(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for line in self.blocks.iter().flat_map(|b| b.materials.lines()) {
            let item = line.trim();
            if !item.is_empty() && !out.iter().any(|o| o.eq_ignore_ascii_case(item)) {
                out.push(item.to_owned());
            }
        }
        out
    }

    /// The mark for a member, if any.
    pub fn attendance_of(&self, member: &Id) -> Option<Attendance> {
        self.attendance
            .iter()
            .find(|(m, _)| m == member)
            .map(|(_, a)| *a)
    }

    /// Sets (or clears, with `None`) a member's mark.
    pub fn mark(&mut self, member: &Id, mark: Option<Attendance>) {
        self.attendance.retain(|(m, _)| m != member);
        if let Some(a) = mark {
            self.attendance.push((member.clone(), a));
        }
    }

    /// Moves the block at `from` to `to` (both clamped); the keyboard and drag reorder.
    pub fn move_block(&mut self, from: usize, to: usize) {
        if from < self.blocks.len() {
            let block = self.blocks.remove(from);
            let to = to.min(self.blocks.len());
            self.blocks.insert(to, block);
        }
    }
}

/// The standard session (#17): one block of each kind in agenda order, with the minutes of a
/// 45-minute school period (5, 10, 15, 10, 5) scaled to `minutes`; the main activity takes what
/// rounding leaves, so the agenda fills the session exactly.
pub fn standard_blocks(minutes: u16, mut ids: impl FnMut() -> Id) -> Vec<Block> {
    let mut blocks: Vec<Block> = BlockKind::ALL
        .iter()
        .map(|k| {
            let mut b = Block::new(ids(), *k);
            b.minutes = ((u32::from(b.minutes) * u32::from(minutes) + 22) / 45) as u16;
            b
        })
        .collect();
    let others: u16 = blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Main)
        .map(|b| b.minutes)
        .sum();
    if let Some(main) = blocks.iter_mut().find(|b| b.kind == BlockKind::Main) {
        main.minutes = minutes.saturating_sub(others).max(1);
    }
    blocks
}

/// The first sentence of a text (to its first `.`, `!`, `?` or `؟` followed by a space or the
/// end), trimmed; the whole first line when it has no such end. For short summaries on paper,
/// such as the session list of a parents' letter.
pub fn first_sentence(text: &str) -> &str {
    let line = text.trim().lines().next().unwrap_or_default().trim();
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '.' | '!' | '?' | '؟') && chars.peek().is_none_or(|(_, n)| n.is_whitespace())
        {
            return &line[..i + c.len_utf8()];
        }
    }
    line
}

/// The stage a session has by default: the first is initial, the last final, the second
/// transition when there are at least four sessions, the rest working.
pub fn default_stage(index: usize, count: usize) -> Stage {
    match index {
        0 => Stage::Initial,
        i if i + 1 == count => Stage::Final,
        1 if count >= 4 => Stage::Transition,
        _ => Stage::Working,
    }
}

/// A follow-up meeting (#19): a check-in on how members have kept going, what has held and
/// what has been hard, and a goodbye again; ids from `ids`.
pub fn follow_up_session(mut ids: impl FnMut() -> Id) -> Session {
    let mut s = Session::empty(ids(), Stage::Final);
    s.follow_up = true;
    s.objectives = Text::Builtin(Builtin::FollowUpObjectives);
    let mut closing = Block::builtin(ids(), BlockKind::Closing, Builtin::Goodbye, 10);
    closing.prompt = Text::Builtin(Builtin::FollowUpPrompt);
    s.blocks = vec![
        Block::builtin(ids(), BlockKind::Opening, Builtin::Welcome, 10),
        Block::builtin(ids(), BlockKind::Main, Builtin::FollowUpReview, 20),
        closing,
    ];
    s
}

/// The default sessions of a new plan, with ids from `ids`: the first holds the safety items
/// (ground rules, confidentiality and its limits, consent), the last the review, transfer and
/// goodbye.
pub fn default_sessions(count: usize, mut ids: impl FnMut() -> Id) -> Vec<Session> {
    (0..count)
        .map(|i| {
            let stage = default_stage(i, count);
            let mut s = Session::empty(ids(), stage);
            if i == 0 {
                s.objectives = Text::Builtin(Builtin::FirstObjectives);
                let mut closing = Block::new(ids(), BlockKind::Closing);
                closing.task = Text::Builtin(Builtin::FirstTask);
                closing.prompt = Text::Builtin(Builtin::FirstPrompt);
                s.blocks = vec![
                    Block::builtin(ids(), BlockKind::Opening, Builtin::Welcome, 10),
                    Block::builtin(ids(), BlockKind::Main, Builtin::GroundRules, 15),
                    Block::builtin(ids(), BlockKind::Main, Builtin::Confidentiality, 10),
                    Block::builtin(ids(), BlockKind::Processing, Builtin::Consent, 5),
                    closing,
                ];
            } else if i + 1 == count {
                s.objectives = Text::Builtin(Builtin::FinalObjectives);
                let mut closing = Block::builtin(ids(), BlockKind::Closing, Builtin::Goodbye, 10);
                closing.task = Text::Builtin(Builtin::FinalTask);
                closing.prompt = Text::Builtin(Builtin::FinalPrompt);
                s.blocks = vec![
                    Block::builtin(ids(), BlockKind::Opening, Builtin::Review, 15),
                    Block::builtin(ids(), BlockKind::Main, Builtin::Transfer, 20),
                    closing,
                ];
            }
            s
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_get_one_prompt_and_task_the_sessions_or_the_closing_blocks() {
        let resolve = |t: &Text| match t {
            Text::Typed(s) => s.clone(),
            Text::Builtin(b) => format!("{b:?}"),
        };
        let mut s = default_sessions(8, counter()).remove(0);
        assert_eq!(
            s.for_members(resolve),
            ("FirstPrompt".to_owned(), "FirstTask".to_owned()),
            "the standard plan's words reach members"
        );
        s.set_for_members(Some(" What felt safe? ".into()), None);
        assert_eq!(
            s.for_members(resolve),
            ("What felt safe?".to_owned(), "FirstTask".to_owned())
        );
        let closing = s.blocks.iter().find(|b| b.kind == BlockKind::Closing);
        assert!(
            closing.is_some_and(|b| b.prompt.is_empty() && !b.task.is_empty()),
            "no second copy of the prompt"
        );
        s.set_for_members(None, Some(String::new()));
        assert_eq!(s.for_members(resolve).1, "", "a cleared task stays cleared");
        let empty = Session::empty(Id::from_raw("x"), Stage::Working);
        assert_eq!(empty.for_members(resolve), (String::new(), String::new()));
    }

    #[test]
    fn the_standard_session_fills_its_length() {
        for minutes in [30u16, 45, 50, 90] {
            let blocks = standard_blocks(minutes, counter());
            let kinds: Vec<BlockKind> = blocks.iter().map(|b| b.kind).collect();
            assert_eq!(kinds, BlockKind::ALL);
            let sum: u16 = blocks.iter().map(|b| b.minutes).sum();
            assert_eq!(sum, minutes, "{minutes}: {blocks:?}");
        }
        let m: Vec<u16> = standard_blocks(45, counter())
            .iter()
            .map(|b| b.minutes)
            .collect();
        assert_eq!(m, [5, 10, 15, 10, 5]);
    }

    #[test]
    fn the_first_sentence_ends_at_its_mark() {
        assert_eq!(
            first_sentence("  Welcome members. Agree on rules."),
            "Welcome members."
        );
        assert_eq!(
            first_sentence("به اعضا خوش‌آمد بگوییم؟ بعد قانون‌ها."),
            "به اعضا خوش‌آمد بگوییم؟"
        );
        assert_eq!(
            first_sentence("Grades 8.5 and up\nmore"),
            "Grades 8.5 and up"
        );
        assert_eq!(first_sentence(""), "");
    }

    fn counter() -> impl FnMut() -> Id {
        let mut n = 0;
        move || {
            n += 1;
            Id::from_raw(format!("i{n}"))
        }
    }

    #[test]
    fn stages_default_from_first_to_last() {
        let stages: Vec<Stage> = (0..6).map(|i| default_stage(i, 6)).collect();
        use Stage::*;
        assert_eq!(
            stages,
            [Initial, Transition, Working, Working, Working, Final]
        );
        assert_eq!(
            (0..2).map(|i| default_stage(i, 2)).collect::<Vec<_>>(),
            [Initial, Final]
        );
        assert_eq!(
            default_stage(0, 1),
            Initial,
            "a one-session group starts, at least, safe"
        );
    }

    #[test]
    fn the_first_session_holds_the_safety_items_and_the_last_says_goodbye() {
        let sessions = default_sessions(8, counter());
        assert_eq!(sessions.len(), 8);
        let first: Vec<&Text> = sessions[0].blocks.iter().map(|b| &b.title).collect();
        for item in [
            Builtin::GroundRules,
            Builtin::Confidentiality,
            Builtin::Consent,
        ] {
            assert!(
                first.contains(&&Text::Builtin(item)),
                "{item:?} in session 1"
            );
        }
        let last = &sessions[7];
        assert_eq!(last.stage, Stage::Final);
        assert!(
            last.blocks
                .iter()
                .any(|b| b.title == Text::Builtin(Builtin::Goodbye))
        );
        assert!(
            last.blocks
                .iter()
                .any(|b| b.kind == BlockKind::Closing && !b.task.is_empty())
        );
        // Every id is distinct.
        let mut ids: Vec<&Id> = sessions
            .iter()
            .map(|s| &s.id)
            .chain(sessions.iter().flat_map(|s| s.blocks.iter().map(|b| &b.id)))
            .collect();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }

    #[test]
    fn timing_warns_only_when_over() {
        let mut s = Session::empty(Id::from_raw("s"), Stage::Working);
        for (i, m) in [10, 15, 15, 10].into_iter().enumerate() {
            let mut b = Block::new(Id::from_raw(format!("b{i}")), BlockKind::Main);
            b.minutes = m;
            s.blocks.push(b);
        }
        assert_eq!(s.timing(45).over_by(), Some(5));
        s.blocks[1].minutes = 10;
        assert_eq!(
            s.timing(45),
            Timing {
                planned: 45,
                available: 45
            }
        );
        assert_eq!(s.timing(45).over_by(), None);
    }

    #[test]
    fn materials_are_listed_once_in_agenda_order() {
        let mut s = Session::empty(Id::from_raw("s"), Stage::Working);
        let mut a = Block::new(Id::from_raw("a"), BlockKind::WarmUp);
        a.materials = "Ball\nname cards\n".into();
        let mut b = Block::new(Id::from_raw("b"), BlockKind::Main);
        b.materials = "paper\n ball \n\n".into();
        s.blocks = vec![a, b];
        assert_eq!(s.materials(), ["Ball", "name cards", "paper"]);
    }

    #[test]
    fn blocks_move_and_marks_replace() {
        let mut s = Session::empty(Id::from_raw("s"), Stage::Working);
        s.blocks = ["a", "b", "c"]
            .iter()
            .map(|i| Block::new(Id::from_raw(*i), BlockKind::Main))
            .collect();
        s.move_block(2, 0);
        assert_eq!(
            s.blocks.iter().map(|b| b.id.as_str()).collect::<Vec<_>>(),
            ["c", "a", "b"]
        );
        s.move_block(0, 99);
        assert_eq!(
            s.blocks.iter().map(|b| b.id.as_str()).collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
        let m = Id::from_raw("m1");
        s.mark(&m, Some(Attendance::Absent));
        s.mark(&m, Some(Attendance::Present));
        assert_eq!(s.attendance_of(&m), Some(Attendance::Present));
        s.mark(&m, None);
        assert_eq!(s.attendance_of(&m), None);
    }
}
