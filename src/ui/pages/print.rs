//! A4 print views: a session handout, the whole group plan, and an attendance sheet with blank
//! boxes for paper use. Private notes are never printed.

use crate::domain::session::{BlockKind, Session};
use crate::domain::{Group, Id};
use crate::i18n::{Msg, format_date, format_date_long, number};
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
        return view! { <section class="page"><h1>{ctx.tr(Msg::NotFound)}</h1></section> }
            .into_any();
    };
    let body = move || {
        let dates = group.session_dates();
        match view {
            PrintView::Session(i) => match group.sessions.get(i) {
                Some(s) => session_sheet(ctx, &group, s, i, dates[i]).into_any(),
                None => view! { <p>{ctx.t(Msg::NotFound)}</p> }.into_any(),
            },
            PrintView::Plan => plan_sheet(ctx, &group, &dates).into_any(),
            PrintView::Attendance => attendance_sheet(ctx, &group, &dates).into_any(),
            PrintView::Surveys => survey_forms(ctx, &group).into_any(),
        }
    };
    view! {
        <section class="page print-page">
            <p class="no-print print-actions">
                <a href=Route::Group(id.clone()).path()>{ctx.tr(Msg::BackToGroup)}</a>
                <button type="button" class="primary" on:click=|_| {
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                }>{ctx.tr(Msg::PrintNow)}</button>
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

fn session_sheet(
    ctx: AppContext,
    group: &Group,
    s: &Session,
    i: usize,
    date: Option<NaiveDate>,
) -> impl IntoView {
    let l = ctx.locale();
    let timing = s.timing(group.session_minutes);
    let rows = s
        .blocks
        .iter()
        .map(|b| {
            let closing = (b.kind == BlockKind::Closing).then(|| {
                view! {
                    <p><strong>{ctx.t(Msg::BlockTaskLabel)}": "</strong><span dir="auto">{ctx.text(&b.task)}</span></p>
                    <p><strong>{ctx.t(Msg::BlockPromptLabel)}": "</strong><span dir="auto">{ctx.text(&b.prompt)}</span></p>
                }
            });
            view! {
                <tr>
                    <td class="num">{number(b.minutes, l)}</td>
                    <td>
                        <strong>{ctx.t(Msg::BlockKindName(b.kind))}</strong>
                        <p dir="auto">{ctx.text(&b.title)}</p>
                    </td>
                    <td>
                        <p dir="auto" class="pre">{ctx.text(&b.description)}</p>
                        <ul>{lines(&b.questions)}</ul>
                        {closing}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let materials = s.materials();
    view! {
        <article class="sheet" id="print-sheet">
            <h1><span dir="auto">{group.name.clone()}</span>" — "{ctx.t(Msg::SessionN(i + 1))}</h1>
            <p>{date_text(ctx, date)}" — "{ctx.t(Msg::StageName(s.stage))}" — "{ctx.t(Msg::Minutes { planned: timing.planned, available: timing.available })}</p>
            <h2>{ctx.t(Msg::ObjectivesLabel)}</h2>
            <p dir="auto" class="pre">{ctx.text(&s.objectives)}</p>
            <h2>{ctx.t(Msg::AgendaTitle)}</h2>
            <table class="agenda">
                <thead><tr><th>{ctx.t(Msg::BlockMinutesLabel)}</th><th>{ctx.t(Msg::BlockKindLabel)}</th><th>{ctx.t(Msg::BlockDescriptionLabel)}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <h2>{ctx.t(Msg::MaterialsTitle)}</h2>
            <ul>{materials.into_iter().map(|m| view! { <li dir="auto">{m}</li> }).collect_view()}</ul>
        </article>
    }
}

fn plan_sheet(ctx: AppContext, group: &Group, dates: &[Option<NaiveDate>]) -> impl IntoView {
    let row = |label: Msg, value: String| view! { <tr><th scope="row">{ctx.t(label)}</th><td dir="auto" class="pre">{value}</td></tr> };
    let sessions = group
        .sessions
        .iter()
        .enumerate()
        .map(|(i, s)| view! { <section class="sheet-session">{session_sheet(ctx, group, s, i, dates[i])}</section> })
        .collect_view();
    view! {
        <article class="sheet" id="print-sheet">
            <h1 dir="auto">{group.name.clone()}</h1>
            <table class="facts">
                {row(Msg::FocusLabel, ctx.t(Msg::FocusName(group.focus)))}
                {row(Msg::PurposeLabel, ctx.t(Msg::PurposeName(group.purpose)))}
                {row(Msg::PopulationLabel, group.population.clone())}
                {row(Msg::PlannedSizeLabel, number(group.planned_size, ctx.locale()))}
                {row(Msg::SessionCountLabel, number(group.sessions.len(), ctx.locale()))}
                {row(Msg::SessionMinutesLabel, number(group.session_minutes, ctx.locale()))}
                {row(Msg::RoomLabel, group.room.clone())}
                {row(Msg::CoFacilitatorLabel, group.co_facilitator.clone())}
                {row(Msg::GoalsLabel, group.goals.clone())}
                {row(Msg::GroundRulesLabel, group.ground_rules.clone())}
                {row(Msg::AscaTarget, group.asca.target_group.clone())}
                {row(Msg::AscaSelection, group.asca.selection_data.clone())}
                {row(Msg::AscaStandards, group.asca.standards.clone())}
                {row(Msg::AscaResources, group.asca.resources.clone())}
                {row(Msg::AscaParticipation, group.asca.participation_data.clone())}
                {row(Msg::AscaPerception, group.asca.perception_data.clone())}
                {row(Msg::AscaAchievement, group.asca.achievement_data.clone())}
            </table>
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
            let s = crate::content::instrument(&id)?;
            let heads = s
                .options
                .iter()
                .map(|o| view! { <th scope="col">{o.get(locale).to_owned()}</th> })
                .collect_view();
            let rows = s
                .items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let boxes = (0..s.options.len())
                        .map(|_| view! { <td class="box" aria-label=" ">"☐"</td> })
                        .collect_view();
                    let text = match locale {
                        crate::domain::Locale::Fa => item.fa.clone(),
                        crate::domain::Locale::En => item.en.clone(),
                    };
                    view! {
                        <tr>
                            <th scope="row"><small>{item.id.to_string()}</small>" "{number(i + 1, locale)}". "{text}</th>
                            {boxes}
                        </tr>
                    }
                })
                .collect_view();
            Some(view! {
                <article class="sheet survey-form">
                    <h1>{s.title.get(locale).to_owned()}</h1>
                    <p><span dir="auto">{group.name.clone()}</span>" · "{ctx.t(Msg::MemberColumn)}": "
                        <strong dir="auto">{code}</strong>" · "{ctx.t(Msg::EntryDate)}": ________"</p>
                    <p>{ctx.t(Msg::MomentChoice)}": ☐ "{ctx.t(Msg::MomentName(crate::domain::survey::Moment::Pre))}
                        " ☐ "{ctx.t(Msg::MomentName(crate::domain::survey::Moment::Mid))}
                        " ☐ "{ctx.t(Msg::MomentName(crate::domain::survey::Moment::Post))}</p>
                    <p>{s.instructions.get(locale).to_owned()}</p>
                    <table class="attendance-sheet">
                        <thead><tr><th scope="col">{ctx.t(Msg::ItemColumn)}</th>{heads}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                    <p class="muted"><small>{s.attribution.get(locale).to_owned()}</small></p>
                </article>
            })
        })
        .collect_view();
    view! { <div id="print-sheet">{forms}</div> }
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
                .map(|_| view! { <td class="box" aria-label=" ">"☐"</td> })
                .collect_view();
            view! { <tr><th scope="row" dir="auto">{m.code.clone()}</th>{boxes}</tr> }
        })
        .collect_view();
    view! {
        <article class="sheet" id="print-sheet">
            <h1><span dir="auto">{group.name.clone()}</span>" — "{ctx.t(Msg::PrintAttendance)}</h1>
            <table class="attendance-sheet">
                <thead><tr><th scope="col">{ctx.t(Msg::MemberColumn)}</th>{heads}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </article>
    }
}
