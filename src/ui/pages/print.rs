//! A4 print views: a session handout, the whole group plan, an attendance sheet with blank
//! boxes for paper use, paper survey forms and members' code slips. Private notes are never
//! printed.

use crate::domain::session::Session;
use crate::domain::{Group, Id};
use crate::i18n::msg::*;
use crate::i18n::{format_date, format_date_long, number};
use crate::ui::context::AppContext;
use crate::ui::route::{PrintView, Route};
use chrono::NaiveDate;
use leptos::prelude::*;

/// A print view of group `id`.
#[component]
pub fn PrintPage(
    /// The group.
    id: Id,
    /// Which view.
    view: PrintView,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let Some(group) = ctx.group(&id) else {
        return view! { <section class="page"><h1>{ctx.tr(CommonMsg::NotFound)}</h1></section> }
            .into_any();
    };
    let body = move || {
        let dates = group.session_dates();
        match view {
            PrintView::Session(i) => match group.sessions.get(i) {
                Some(s) => session_sheet(ctx, &group, s, i, dates[i], true).into_any(),
                None => view! { <p>{ctx.t(CommonMsg::NotFound)}</p> }.into_any(),
            },
            PrintView::Plan => plan_sheet(ctx, &group, &dates).into_any(),
            PrintView::Attendance => attendance_sheet(ctx, &group, &dates).into_any(),
            PrintView::Surveys => survey_forms(ctx, &group).into_any(),
            PrintView::Slips => code_slips(ctx, &group).into_any(),
            PrintView::Consent => super::consent::consent_papers(ctx, &group).into_any(),
        }
    };
    view! {
        <section class="page print-page">
            <p class="no-print print-actions">
                <a href=Route::Group(id.clone()).path()>{ctx.tr(CommonMsg::BackToGroup)}</a>
                <button type="button" class="primary" on:click=|_| {
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                }>{ctx.tr(CommonMsg::PrintNow)}</button>
            </p>
            {body}
        </section>
    }
    .into_any()
}

fn date_text(ctx: AppContext, date: Option<NaiveDate>) -> String {
    let s = ctx.settings.get_untracked();
    date.map(|d| format_date_long(d, s.effective_calendar(), s.locale))
        .unwrap_or_default()
}

fn lines(text: &str) -> impl IntoView {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| view! { <li dir="auto">{l.to_owned()}</li> })
        .collect_view()
}

/// The counsellor's copy only: the cautions of the exercise a block was made from (#16).
fn cautions(ctx: AppContext, b: &crate::domain::session::Block) -> Option<impl IntoView + use<>> {
    let e = ctx.exercise(b.exercise.as_ref()?)?;
    let list = e.text(ctx.locale()).cautions;
    (!list.is_empty()).then(|| {
        let items = list
            .into_iter()
            .map(|c| view! { <li dir="auto">{c}</li> })
            .collect_view();
        view! {
            <div class="cautions">
                <strong>{ctx.t(SafetyMsg::ExerciseCautions)}</strong>
                <ul>{items}</ul>
            </div>
        }
    })
}

/// The group's own cautions (from its template, then edited), one item a line; nothing when
/// there are none. The counsellor's screens and prints only: a kit never carries them (#16).
pub(super) fn group_cautions(text: &str) -> Option<impl IntoView + use<>> {
    let items: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    (!items.is_empty()).then(|| {
        items
            .into_iter()
            .map(|c| view! { <li dir="auto">{c}</li> })
            .collect_view()
    })
}

/// The group's cautions on a counsellor's print.
fn printed_cautions(ctx: AppContext, text: &str) -> Option<impl IntoView + use<>> {
    group_cautions(text).map(|items| {
        view! {
            <div class="cautions" id="print-group-cautions">
                <strong>{ctx.t(SafetyMsg::GroupCautions)}</strong>
                <ul>{items}</ul>
            </div>
        }
    })
}

fn session_sheet(
    ctx: AppContext,
    group: &Group,
    s: &Session,
    i: usize,
    date: Option<NaiveDate>,
    alone: bool,
) -> impl IntoView {
    let l = ctx.locale();
    let timing = s.timing(group.session_minutes);
    let rows = s
        .blocks
        .iter()
        .map(|b| {
            // #17: two columns (minutes, then the part, its title and what happens), so the
            // words have the page's width and a session fits on one or two sheets.
            view! {
                <tr>
                    <td class="num">{number(b.minutes, l)}</td>
                    <td>
                        <p class="block-name"><strong>{ctx.t(CommonMsg::BlockKindName(b.kind))}</strong><bdi>{ctx.text(&b.title)}</bdi></p>
                        <p dir="auto" class="pre">{ctx.text(&b.description)}</p>
                        <ul>{lines(&b.questions)}</ul>
                        {cautions(ctx, b)}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let materials = s.materials();
    // What members receive after the session, once (#17: it was in the closing row only).
    let (prompt, task) = s.for_members(|t| ctx.text(t));
    let for_members = (!prompt.is_empty() || !task.is_empty()).then(|| {
        view! {
            <h2>{ctx.t(SessionsMsg::ForMembersTitle)}</h2>
            {(!prompt.is_empty()).then(|| view! { <p><strong class="lbl">{ctx.t(SessionsMsg::SessionPromptLabel)}</strong><bdi>{prompt.clone()}</bdi></p> })}
            {(!task.is_empty()).then(|| view! { <p><strong class="lbl">{ctx.t(SessionsMsg::SessionTaskLabel)}</strong><bdi>{task.clone()}</bdi></p> })}
        }
    });
    // A session printed on its own carries the group's cautions; the whole plan prints them once.
    let group_cautions = alone
        .then(|| printed_cautions(ctx, &group.cautions))
        .flatten();
    view! {
        <article class="sheet" id=alone.then_some("print-sheet")>
            <h1 class="dots"><bdi>{group.name.clone()}</bdi><span>{ctx.session_name(group, i)}</span></h1>
            <p class="dots"><span>{date_text(ctx, date)}</span><span>{ctx.t(CommonMsg::StageName(s.stage))}</span><span>{ctx.t(CommonMsg::Minutes { planned: timing.planned, available: timing.available })}</span></p>
            {group_cautions}
            <h2>{ctx.t(CommonMsg::ObjectivesLabel)}</h2>
            <p dir="auto" class="pre">{ctx.text(&s.objectives)}</p>
            <h2>{ctx.t(CommonMsg::AgendaTitle)}</h2>
            <table class="agenda">
                <thead><tr><th>{ctx.t(CommonMsg::BlockMinutesLabel)}</th><th>{ctx.t(CommonMsg::BlockDescriptionLabel)}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            {for_members}
            <h2>{ctx.t(CommonMsg::MaterialsTitle)}</h2>
            <ul class="materials">{materials.into_iter().map(|m| view! { <li dir="auto">{m}</li> }).collect_view()}</ul>
        </article>
    }
}

/// The plan's facts as (label, value), in the order the plan page and its print show them;
/// a value is empty where nothing is planned yet.
pub(super) fn plan_facts(ctx: AppContext, group: &Group) -> Vec<(Msg, String)> {
    let s = ctx.settings.get_untracked();
    let start = group
        .start_date
        .map(|d| format_date_long(d, s.effective_calendar(), s.locale))
        .unwrap_or_default();
    let meets = group
        .weekday
        .map(|d| {
            let day = ctx.t(GroupsMsg::WeekdayName(d));
            if group.time.is_empty() {
                day
            } else {
                format!(
                    "{day} {}",
                    crate::i18n::localize_digits(&group.time, s.locale)
                )
            }
        })
        .unwrap_or_default();
    vec![
        (
            CommonMsg::FocusLabel.into(),
            ctx.t(CommonMsg::FocusName(group.focus)),
        ),
        (
            GroupsMsg::PurposeLabel.into(),
            ctx.t(GroupsMsg::PurposeName(group.purpose)),
        ),
        (GroupsMsg::PopulationLabel.into(), group.population.clone()),
        (
            GroupsMsg::PlannedSizeLabel.into(),
            number(group.planned_size, s.locale),
        ),
        (
            GroupsMsg::SessionCountLabel.into(),
            number(group.sessions.len(), s.locale),
        ),
        (
            GroupsMsg::SessionMinutesLabel.into(),
            number(group.session_minutes, s.locale),
        ),
        (GroupsMsg::StartDateLabel.into(), start),
        (GroupsMsg::WeekdayLabel.into(), meets),
        (GroupsMsg::RoomLabel.into(), group.room.clone()),
        (
            GroupsMsg::CoFacilitatorLabel.into(),
            group.co_facilitator.clone(),
        ),
        (GroupsMsg::GoalsLabel.into(), group.goals.clone()),
        (
            GroupsMsg::GroundRulesLabel.into(),
            group.ground_rules.clone(),
        ),
    ]
}

/// The plan's ASCA small-group fields as (label, value).
pub(super) fn asca_facts(ctx: AppContext, group: &Group) -> Vec<(Msg, String)> {
    let names = ctx.settings.get_untracked().asca_names;
    let a = &group.asca;
    vec![
        (GroupsMsg::AscaTarget.into(), a.target_group.clone()),
        (GroupsMsg::AscaSelection.into(), a.selection_data.clone()),
        (GroupsMsg::AscaStandards(names).into(), a.standards.clone()),
        (GroupsMsg::AscaResources.into(), a.resources.clone()),
        (
            CommonMsg::AscaParticipation(names).into(),
            a.participation_data.clone(),
        ),
        (
            CommonMsg::AscaPerception(names).into(),
            a.perception_data.clone(),
        ),
        (
            CommonMsg::AscaAchievement(names).into(),
            a.achievement_data.clone(),
        ),
    ]
}

fn plan_sheet(ctx: AppContext, group: &Group, dates: &[Option<NaiveDate>]) -> impl IntoView {
    // Rows with nothing in them are not printed (#17).
    let rows = plan_facts(ctx, group)
        .into_iter()
        .chain(asca_facts(ctx, group))
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(label, value)| view! { <tr><th scope="row">{ctx.t(label)}</th><td dir="auto" class="pre">{value}</td></tr> })
        .collect_view();
    let sessions = group
        .sessions
        .iter()
        .enumerate()
        .map(|(i, s)| view! { <section class="sheet-session">{session_sheet(ctx, group, s, i, dates[i], false)}</section> })
        .collect_view();
    view! {
        <article class="sheet" id="print-sheet">
            <h1 dir="auto">{group.name.clone()}</h1>
            <table class="facts">{rows}</table>
            {printed_cautions(ctx, &group.cautions)}
            {sessions}
        </article>
    }
}

/// Paper survey forms: one per member code and planned survey, with the item ids the counsellor
/// types the answers back under (Results → paper form).
fn survey_forms(ctx: AppContext, group: &Group) -> impl IntoView {
    let locale = ctx.settings.get_untracked().locale;
    let mut surveys: Vec<Id> = Vec::new();
    for p in &group.kit_surveys {
        if !surveys.contains(&p.survey) {
            surveys.push(p.survey.clone());
        }
    }
    if surveys.is_empty() {
        surveys = crate::content::instruments()
            .iter()
            .map(|s| s.id.clone())
            .collect();
    }
    let codes: Vec<String> = if group.members.is_empty() {
        vec![String::new()]
    } else {
        group.members.iter().map(|m| m.code.clone()).collect()
    };
    let forms = codes
        .into_iter()
        .flat_map(|code| surveys.iter().map(move |s| (code.clone(), s.clone())))
        .filter_map(|(code, id)| {
            let s = ctx.survey(&id)?;
            let heads = s
                .options
                .iter()
                .map(|o| view! { <th scope="col">{o.get(locale).to_owned()}</th> })
                .collect_view();
            // Each item's number is its column in the paper grid (Results → paper form), so it
            // is written out, not counted by CSS: questions stand apart from the table.
            let num = |i: usize| format!("{}. ", crate::i18n::number(i + 1, locale));
            let questions = s
                .items
                .iter()
                .enumerate()
                .filter(|(_, item)| item.is_knowledge())
                .map(|(i, item)| {
                    let text = item.text(locale).to_owned();
                    let choices = item
                        .choices
                        .iter()
                        .enumerate()
                        .map(|(k, c)| view! {
                            <li><span class="check-box" aria-hidden="true"></span>
                                {format!("{} ", crate::i18n::number(k + 1, locale))}{c.get(locale).to_owned()}</li>
                        })
                        .collect_view();
                    view! {
                        <div class="question">
                            <p><strong>{num(i)}</strong><small class="item-id">{item.id.to_string()}</small>{text}</p>
                            <ul class="question-choices">{choices}</ul>
                        </div>
                    }
                })
                .collect_view();
            let rows = s
                .items
                .iter()
                .enumerate()
                .filter(|(_, item)| !item.is_knowledge())
                .map(|(i, item)| {
                    let boxes = (0..s.options.len())
                        .map(|_| view! { <td class="box" aria-label=" "><span class="check-box" aria-hidden="true"></span></td> })
                        .collect_view();
                    let text = item.text(locale).to_owned();
                    view! {
                        <tr>
                            <th scope="row">{num(i)}<small class="item-id">{item.id.to_string()}</small>{text}</th>
                            {boxes}
                        </tr>
                    }
                })
                .collect_view();
            Some(view! {
                <article class="sheet survey-form">
                    <h1>{s.title.get_or_other(locale).to_owned()}</h1>
                    <p class="dots"><bdi>{group.name.clone()}</bdi>
                        <span><span class="lbl">{ctx.t(CommonMsg::MemberColumn)}</span><strong><bdi>{code}</bdi></strong></span>
                        <span><span class="lbl">{ctx.t(CommonMsg::EntryDate)}</span><span class="blank-line"></span></span></p>
                    <p><span class="lbl">{ctx.t(CommonMsg::MomentChoice)}</span>
                        <span class="tick-box">{ctx.t(CommonMsg::MomentName(crate::domain::survey::Moment::Pre))}</span>
                        <span class="tick-box">{ctx.t(CommonMsg::MomentName(crate::domain::survey::Moment::Mid))}</span>
                        <span class="tick-box">{ctx.t(CommonMsg::MomentName(crate::domain::survey::Moment::Post))}</span></p>
                    <p>{s.instructions.get(locale).to_owned()}</p>
                    <table class="attendance-sheet">
                        <thead><tr><th scope="col">{ctx.t(CommonMsg::ItemColumn)}</th>{heads}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                    {questions}
                    <p class="muted"><small>{s.attribution.get(locale).to_owned()}</small></p>
                    {(s.translation == "hamdel" && crate::content::instruments().iter().any(|i| i.id == s.id)).then(|| view! { <p class="muted"><small>{SurveysMsg::TranslatedForHamdel.text(locale)}</small></p> })}
                </article>
            })
        })
        .collect_view();
    view! { <div id="print-sheet">{forms}</div> }
}

/// A slip for each member to cut out: the group, their code, and how to join with it. The
/// kit itself carries no code, so no member ever sees another's.
fn code_slips(ctx: AppContext, group: &Group) -> impl IntoView {
    if group.members.is_empty() {
        return view! {
            <article class="sheet" id="print-sheet">
                <h1>{ctx.t(KitsMsg::SlipsTitle)}</h1>
                <p class="empty">{ctx.t(KitsMsg::NoMembersForSlips)}</p>
            </article>
        }
        .into_any();
    }
    let slips = group
        .members
        .iter()
        .map(|m| {
            view! {
                <li class="slip">
                    <p class="slip-group"><bdi>{group.name.clone()}</bdi></p>
                    <p class="slip-code"><span class="lbl">{ctx.t(KitsMsg::SlipCode)}</span><strong dir="auto">{m.code.clone()}</strong></p>
                    <p class="small">{ctx.t(KitsMsg::SlipHow)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="sheet" id="print-sheet">
            <h1 class="no-print">{ctx.t(KitsMsg::SlipsTitle)}</h1>
            <ul class="slips">{slips}</ul>
        </article>
    }
    .into_any()
}

fn attendance_sheet(ctx: AppContext, group: &Group, dates: &[Option<NaiveDate>]) -> impl IntoView {
    let s = ctx.settings.get_untracked();
    let heads = dates
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let when = d
                .map(|d| format_date(d, s.effective_calendar(), s.locale))
                .unwrap_or_default();
            view! { <th scope="col">{number(i + 1, s.locale)}<br/><small>{when}</small></th> }
        })
        .collect_view();
    let rows = group
        .members
        .iter()
        .map(|m| {
            let boxes = (0..dates.len())
                .map(|_| view! { <td class="box" aria-label=" "><span class="check-box" aria-hidden="true"></span></td> })
                .collect_view();
            view! { <tr><th scope="row" dir="auto">{m.code.clone()}</th>{boxes}</tr> }
        })
        .collect_view();
    view! {
        <article class="sheet" id="print-sheet">
            <h1 class="dots"><bdi>{group.name.clone()}</bdi><span>{ctx.t(GroupsMsg::PrintAttendance)}</span></h1>
            <table class="attendance-sheet">
                <thead><tr><th scope="col">{ctx.t(CommonMsg::MemberColumn)}</th>{heads}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </article>
    }
}
