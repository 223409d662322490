//! One group: its plan (with validation next to each field), schedule with skipped and moved
//! dates, sessions, members (pseudonymous by default), attendance, and print links.

use crate::domain::member::{Attendance, Consent, Member, suggested_code};
use crate::domain::{Focus, Group, Id, PlanField, PlanIssue, Purpose};
use crate::i18n::msg::*;
use crate::i18n::{format_date, to_ascii_digits};
use crate::ui::components::{CalendarDateField, Control, SelectField, TextField};
use crate::ui::components::{choice_options, choice_value, parse_choice};
use crate::ui::context::AppContext;
use crate::ui::platform;
use crate::ui::route::{PrintView, Route};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The group page; shows "not found" for an unknown id.
#[component]
pub fn GroupPage(
    /// The group's id.
    id: Id,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let Some(group) = ctx.group(&id) else {
        return view! { <section class="page"><h1>{ctx.tr(CommonMsg::NotFound)}</h1></section> }
            .into_any();
    };
    let stored = Memo::new({
        let id = id.clone();
        move |_| ctx.group(&id)
    });
    let name = group.name.clone();
    view! {
        <section class="page group-page" aria-labelledby="group-title">
            <h1 id="group-title" dir="auto">{name}</h1>
            <p class="link-list"><a href=Route::Guide.path()>{ctx.tr(CommonMsg::GuideTitle)}</a></p>
            <super::overview::OverviewCard id=id.clone() stored=stored />
            // #16: the group's cautions (from its template), right after the overview (#17).
            {move || stored.with(|g| g.as_ref().and_then(|g| super::print::group_cautions(&g.cautions))).map(|items| view! {
                <aside class="cautions" id="group-cautions" aria-labelledby="group-cautions-title">
                    <h2 id="group-cautions-title">{ctx.t(SafetyMsg::GroupCautions)}</h2>
                    <ul>{items}</ul>
                </aside>
            })}
            <super::overview::RollCall id=id.clone() stored=stored />
            <Schedule id=id.clone() stored=stored />
            <Members id=id.clone() stored=stored />
            <AttendanceTable id=id.clone() stored=stored />
            <section class="card no-print" aria-labelledby="print-title">
                <h2 id="print-title">{ctx.tr(GroupsMsg::PrintTitle)}</h2>
                <ul class="link-list">
                    <li><a id="print-plan" href=Route::Print(id.clone(), PrintView::Plan).path()>{ctx.tr(GroupsMsg::PrintPlan)}</a></li>
                    <li><a id="print-attendance" href=Route::Print(id.clone(), PrintView::Attendance).path()>{ctx.tr(GroupsMsg::PrintAttendance)}</a></li>
                    <li><a id="print-surveys" href=Route::Print(id.clone(), PrintView::Surveys).path()>{ctx.tr(CommonMsg::PaperForms)}</a></li>
                    <li><a id="print-consent" href=Route::Print(id.clone(), PrintView::Consent).path()>{ctx.tr(ConsentMsg::PapersTitle)}</a></li>
                </ul>
            </section>
            <section class="card no-print" aria-labelledby="kit-section-title">
                <h2 id="kit-section-title">{ctx.tr(GroupsMsg::MembersAndResults)}</h2>
                <ul class="link-list">
                    <li><a id="kit-link-page" href=Route::Kit(id.clone()).path()>{ctx.tr(CommonMsg::KitTitle)}</a></li>
                    <li><a id="report-link" href=Route::Report(id.clone()).path()>{ctx.tr(CommonMsg::ReportTitle)}</a></li>
                </ul>
            </section>
            <PlanForm group=group stored=stored />
        </section>
    }
    .into_any()
}

fn parse_number(text: &str) -> u16 {
    to_ascii_digits(text.trim()).parse().unwrap_or(0)
}

/// The plan: read as a summary until "Edit the plan" (#17), then its fields, edited as a draft and
/// saved together after the domain's checks.
#[component]
fn PlanForm(group: Group, stored: Memo<Option<Group>>) -> impl IntoView {
    let ctx = AppContext::expect();
    // The group as this form last saw it stored: saving sends only what the form changed since.
    let base = StoredValue::new(group.clone());
    let draft = RwSignal::new(group);
    let editing = RwSignal::new(false);
    let start_bad = RwSignal::new(false);
    let issues = RwSignal::new(Vec::<(PlanField, PlanIssue)>::new());
    let note = move |field: PlanField| {
        Signal::derive(move || {
            issues.with(|is| {
                is.iter()
                    .find(|(f, _)| *f == field)
                    .map(|(_, i)| Msg::from(GroupsMsg::Plan(*i)))
            })
        })
    };
    let invalid = move |field: PlanField| {
        Signal::derive(move || {
            issues.with(|is| is.iter().any(|(f, i)| *f == field && i.blocks_saving()))
        })
    };
    // A text field bound to one String of the draft.
    let text = move |id: &'static str,
                     label: Msg,
                     get: fn(&Group) -> &String,
                     set: fn(&mut Group, String),
                     control: Control| {
        view! {
            <TextField
                id=id
                label=label
                control=control
                value=Signal::derive(move || draft.with(|g| get(g).clone()))
                on_change=Callback::new(move |v: String| draft.update(|g| set(g, v)))
            />
        }
    };
    let number = move |id: &'static str,
                       label: Msg,
                       field: PlanField,
                       get: fn(&Group) -> u16,
                       set: fn(&mut Group, u16)| {
        view! {
            <TextField
                id=id
                label=label
                control=Control::Number
                value=Signal::derive(move || {
                    let n = draft.with(get);
                    crate::i18n::number(n, ctx.locale())
                })
                on_change=Callback::new(move |v: String| {
                    draft.update(|g| set(g, parse_number(&v)));
                    issues.set(draft.with_untracked(Group::check));
                })
                note=note(field)
                invalid=invalid(field)
            />
        }
    };
    let focus_options = choice_options(&Focus::ALL, CommonMsg::FocusName);
    let purpose_options = choice_options(&Purpose::ALL, GroupsMsg::PurposeName);
    let weekday_options = move || {
        // Persian weeks start on Saturday; English ones on Monday.
        let order: [u8; 7] = match ctx.locale() {
            crate::domain::Locale::Fa => [5, 6, 0, 1, 2, 3, 4],
            crate::domain::Locale::En => [0, 1, 2, 3, 4, 5, 6],
        };
        let mut v: Vec<(String, Msg)> = vec![(String::new(), GroupsMsg::NotMarked.into())];
        v.extend(
            order
                .iter()
                .map(|d| (d.to_string(), GroupsMsg::WeekdayName(*d).into())),
        );
        v
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if start_bad.get_untracked() {
            ctx.refuse_for_field("plan-start", GroupsMsg::StartDateLabel);
            return;
        }
        let (found, saved) = ctx.save_plan(&base.get_value(), draft.get_untracked());
        // Not saved: the focus goes to the first field that stopped it (#17).
        if saved.is_none()
            && let Some((field, _)) = found.iter().find(|(_, i)| i.blocks_saving())
        {
            platform::focus_soon(match field {
                PlanField::Name => "plan-name",
                PlanField::PlannedSize => "plan-size",
                PlanField::SessionCount => "plan-sessions",
                PlanField::SessionMinutes => "plan-minutes",
                PlanField::Time => "plan-time",
                PlanField::StartDate => "plan-start",
            });
        }
        issues.set(found);
        if let Some(saved) = saved {
            base.set_value(saved.clone());
            draft.set(saved);
            // Saved: the plan reads as a summary again, from its heading.
            editing.set(false);
            platform::focus_soon("plan-title");
        }
    };
    // "Edit the plan" starts from the plan as stored now (another tab or the schedule may have
    // changed it since this page opened).
    let edit = move |_| {
        if let Some(g) = stored.get_untracked() {
            base.set_value(g.clone());
            draft.set(g);
        }
        issues.set(Vec::new());
        start_bad.set(false);
        editing.set(true);
        platform::focus_soon("plan-name");
    };
    let cancel = move |_| {
        editing.set(false);
        issues.set(Vec::new());
        platform::focus_soon("edit-plan");
    };
    let summary = move || {
        let Some(g) = stored.get() else {
            return ().into_any();
        };
        // Reading the settings here redraws the summary when the language or names change.
        let names = ctx.settings.with(|s| s.asca_names);
        let facts = |list: Vec<(Msg, String)>| {
            list.into_iter()
                .map(|(label, value)| {
                    let unset = value.trim().is_empty();
                    let long = value.chars().count() > 40;
                    view! {
                        <div class="fact" class:unset=unset class:long=long>
                            <dt>{ctx.t(label)}</dt>
                            <dd class="pre"><bdi>{if unset { ctx.t(GroupsMsg::NotPlanned) } else { value }}</bdi></dd>
                        </div>
                    }
                })
                .collect_view()
        };
        view! {
            <p class="buttons"><button type="button" id="edit-plan" on:click=edit>{ctx.t(GroupsMsg::EditPlan)}</button></p>
            <dl class="plan-summary" id="plan-summary">{facts(super::print::plan_facts(ctx, &g))}</dl>
            <details class="asca" id="plan-asca">
                <summary>{ctx.t(GroupsMsg::AscaTitle(names))}</summary>
                <dl class="plan-summary">{facts(super::print::asca_facts(ctx, &g))}</dl>
            </details>
        }
        .into_any()
    };
    let asca_names = move || ctx.settings.with(|s| s.asca_names);
    let form = move || {
        view! {
        <form class="plan-form" on:submit=save novalidate aria-labelledby="plan-title">
            <TextField
                id="plan-name"
                label=GroupsMsg::GroupName.into()
                value=Signal::derive(move || draft.with(|g| g.name.clone()))
                on_change=Callback::new(move |v: String| draft.update(|g| g.name = v))
                note=note(PlanField::Name)
                invalid=invalid(PlanField::Name)
            />
            <div class="field-row">
                <SelectField
                    id="plan-focus"
                    label=CommonMsg::FocusLabel.into()
                    options=focus_options.clone()
                    value=Signal::derive(move || draft.with(|g| choice_value(&g.focus)))
                    on_change=Callback::new(move |v: String| {
                        draft.update(|g| g.focus = parse_choice(&Focus::ALL, &v).unwrap_or_default())
                    })
                />
                <SelectField
                    id="plan-purpose"
                    label=GroupsMsg::PurposeLabel.into()
                    options=purpose_options.clone()
                    value=Signal::derive(move || draft.with(|g| choice_value(&g.purpose)))
                    on_change=Callback::new(move |v: String| {
                        draft.update(|g| g.purpose = parse_choice(&Purpose::ALL, &v).unwrap_or_default())
                    })
                />
            </div>
            {text("plan-population", GroupsMsg::PopulationLabel.into(), |g| &g.population, |g, v| g.population = v, Control::Line)}
            <div class="field-row">
                {number("plan-size", GroupsMsg::PlannedSizeLabel.into(), PlanField::PlannedSize, |g| g.planned_size, |g, n| g.planned_size = n)}
                {number("plan-sessions", GroupsMsg::SessionCountLabel.into(), PlanField::SessionCount, |g| g.session_count, |g, n| g.session_count = n)}
                {number("plan-minutes", GroupsMsg::SessionMinutesLabel.into(), PlanField::SessionMinutes, |g| g.session_minutes, |g, n| g.session_minutes = n)}
            </div>
            <div class="field-row">
                <CalendarDateField
                    id="plan-start"
                    label=GroupsMsg::StartDateLabel.into()
                    value=Signal::derive(move || draft.with(|g| g.start_date))
                    on_change=Callback::new(move |d: Option<NaiveDate>| draft.update(|g| g.start_date = d))
                    invalid=start_bad
                />
                {move || view! {
                    <SelectField
                        id="plan-weekday"
                        label=GroupsMsg::WeekdayLabel.into()
                        options=weekday_options()
                        value=Signal::derive(move || draft.with(|g| g.weekday.map(|d| d.to_string()).unwrap_or_default()))
                        on_change=Callback::new(move |v: String| draft.update(|g| g.weekday = v.parse().ok()))
                    />
                }}
                <TextField
                    id="plan-time"
                    label=GroupsMsg::TimeLabel.into()
                    value=Signal::derive(move || draft.with(|g| crate::i18n::localize_digits(&g.time, ctx.locale())))
                    on_change=Callback::new(move |v: String| {
                        draft.update(|g| g.time = to_ascii_digits(v.trim()));
                        issues.set(draft.with_untracked(Group::check));
                    })
                    note=note(PlanField::Time)
                    invalid=invalid(PlanField::Time)
                />
            </div>
            <div class="field-row">
                {text("plan-room", GroupsMsg::RoomLabel.into(), |g| &g.room, |g, v| g.room = v, Control::Line)}
                {text("plan-co", GroupsMsg::CoFacilitatorLabel.into(), |g| &g.co_facilitator, |g, v| g.co_facilitator = v, Control::Line)}
            </div>
            {text("plan-goals", GroupsMsg::GoalsLabel.into(), |g| &g.goals, |g, v| g.goals = v, Control::Area)}
            {text("plan-rules", GroupsMsg::GroundRulesLabel.into(), |g| &g.ground_rules, |g, v| g.ground_rules = v, Control::Area)}
            <TextField
                id="plan-cautions"
                label=SafetyMsg::GroupCautionsLabel.into()
                control=Control::Area
                value=Signal::derive(move || draft.with(|g| g.cautions.clone()))
                on_change=Callback::new(move |v: String| draft.update(|g| g.cautions = v))
                note=Signal::derive(|| Some(Msg::from(SafetyMsg::GroupCautionsNote)))
            />
            <details class="asca">
                <summary>{ctx.t(GroupsMsg::AscaTitle(asca_names()))}</summary>
                {text("asca-target", GroupsMsg::AscaTarget.into(), |g| &g.asca.target_group, |g, v| g.asca.target_group = v, Control::Area)}
                {text("asca-selection", GroupsMsg::AscaSelection.into(), |g| &g.asca.selection_data, |g, v| g.asca.selection_data = v, Control::Area)}
                {text("asca-standards", GroupsMsg::AscaStandards(asca_names()).into(), |g| &g.asca.standards, |g, v| g.asca.standards = v, Control::Area)}
                {text("asca-resources", GroupsMsg::AscaResources.into(), |g| &g.asca.resources, |g, v| g.asca.resources = v, Control::Area)}
                {text("asca-participation", CommonMsg::AscaParticipation(asca_names()).into(), |g| &g.asca.participation_data, |g, v| g.asca.participation_data = v, Control::Area)}
                {text("asca-perception", CommonMsg::AscaPerception(asca_names()).into(), |g| &g.asca.perception_data, |g, v| g.asca.perception_data = v, Control::Area)}
                {text("asca-achievement", CommonMsg::AscaAchievement(asca_names()).into(), |g| &g.asca.achievement_data, |g, v| g.asca.achievement_data = v, Control::Area)}
                <p class="muted">
                    {move || {
                        let s = ctx.settings.get();
                        let dates: Vec<NaiveDate> = draft.with(|g| g.session_dates().into_iter().flatten().collect());
                        let f = |d: Option<&NaiveDate>| d.map(|d| format_date(*d, s.effective_calendar(), s.locale)).unwrap_or_else(|| "—".into());
                        ctx.t(GroupsMsg::AscaDates(f(dates.first()), f(dates.last())))
                    }}
                </p>
            </details>
            <div class="buttons">
                <button type="submit" id="save-plan" class="primary">{ctx.tr(GroupsMsg::SavePlan)}</button>
                <button type="button" id="cancel-plan" on:click=cancel>{ctx.tr(CommonMsg::Cancel)}</button>
            </div>
        </form>
        }
    };
    view! {
        <section class="card" id="plan" aria-labelledby="plan-title">
            <h2 id="plan-title" tabindex="-1">{ctx.tr(GroupsMsg::PlanTitle)}</h2>
            {move || if editing.get() { form().into_any() } else { summary().into_any() }}
        </section>
    }
}

/// The sessions with their dates; skipped dates; moving one session.
#[component]
fn Schedule(id: Id, stored: Memo<Option<Group>>) -> impl IntoView {
    let ctx = AppContext::expect();
    let skip_date = RwSignal::new(None::<NaiveDate>);
    let skip_bad = RwSignal::new(false);
    let add_skip = {
        let id = id.clone();
        move |_| {
            if skip_bad.get_untracked() {
                ctx.refuse_for_field("skip-date", GroupsMsg::SkipDateLabel);
                return;
            }
            if let Some(d) = skip_date.get_untracked() {
                ctx.change_group(&id, |g| {
                    if !g.skipped.contains(&d) {
                        g.skipped.push(d);
                        g.skipped.sort_unstable();
                    }
                });
                skip_date.set(None);
            }
        }
    };
    let sessions = move || {
        stored.with(|g| {
            g.as_ref()
                .map(|g| {
                    let dates = g.session_dates();
                    g.sessions
                        .iter()
                        .enumerate()
                        .map(|(i, s)| {
                            (
                                i,
                                s.id.clone(),
                                (s.stage, s.follow_up),
                                dates[i],
                                s.timing(g.session_minutes),
                            )
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let skipped =
        move || stored.with(|g| g.as_ref().map(|g| g.skipped.clone()).unwrap_or_default());
    let id_rows = id.clone();
    let id_skips = id.clone();
    let id_follow = id.clone();
    view! {
        <section class="card" aria-labelledby="schedule-title">
            <h2 id="schedule-title">{ctx.tr(GroupsMsg::ScheduleTitle)}</h2>
            <Show when=move || stored.with(|g| g.as_ref().is_some_and(|g| g.start_date.is_none() || g.weekday.is_none()))>
                <p class="muted">{ctx.tr(GroupsMsg::ScheduleNotSet)}</p>
            </Show>
            <ol class="session-list" id="session-list">
                <For
                    each=sessions
                    key=|(i, sid, stage, date, timing)| (*i, sid.clone(), *stage, *date, *timing)
                    children=move |(i, _sid, (stage, follow_up), date, timing)| {
                        let id = id_rows.clone();
                        let move_id = id.clone();
                        let href = Route::Session(id.clone(), i).path();
                        view! {
                            <li class="session-row">
                                <a href=href class="session-link">{ctx.tr(if follow_up {
                                    Msg::from(GroupsMsg::FollowUpName)
                                } else {
                                    CommonMsg::SessionN(i + 1).into()
                                })}</a>
                                <span class="stage-tag">{ctx.tr(CommonMsg::StageName(stage))}</span>
                                <span class="item-meta">
                                    {move || {
                                        let s = ctx.settings.get();
                                        date.map(|d| crate::i18n::format_date_long(d, s.effective_calendar(), s.locale)).unwrap_or_default()
                                    }}
                                </span>
                                <span class="item-meta" class:over=timing.over_by().is_some()>
                                    {ctx.tr(CommonMsg::Minutes { planned: timing.planned, available: timing.available })}
                                </span>
                                <details class="move-session">
                                    <summary>{ctx.tr(GroupsMsg::MoveTo)}</summary>
                                    <CalendarDateField
                                        id=format!("move-{i}")
                                        label=GroupsMsg::MoveTo.into()
                                        value=Signal::derive(move || date)
                                        on_change=Callback::new(move |d: Option<NaiveDate>| {
                                            ctx.change_group(&move_id, |g| {
                                                if let Some(s) = g.sessions.get_mut(i) {
                                                    s.moved_to = d;
                                                }
                                            });
                                        })
                                    />
                                </details>
                            </li>
                        }
                    }
                />
            </ol>
            // #19: a follow-up meeting some weeks after the group, offered until there is one.
            <Show when=move || stored.with(|g| g.as_ref().is_some_and(|g| !g.sessions.iter().any(|s| s.follow_up)))>
                <p><button type="button" id="add-follow-up" on:click={
                    let id = id_follow.clone();
                    move |_| ctx.change_group_undoable(&id, GroupsMsg::FollowUpAdded, |g| {
                        g.add_follow_up(platform::new_id);
                    })
                }>{ctx.tr(GroupsMsg::AddFollowUp(crate::domain::group::FOLLOW_UP_WEEKS))}</button></p>
            </Show>
            <h3>{ctx.tr(GroupsMsg::SkippedTitle)}</h3>
            <ul class="chips" id="skipped-list">
                <For
                    each=skipped
                    key=|d| *d
                    children=move |d| {
                        let id = id_skips.clone();
                        view! {
                            <li class="chip">
                                <span>{move || {
                                    let s = ctx.settings.get();
                                    format_date(d, s.effective_calendar(), s.locale)
                                }}</span>
                                <button type="button" class="link-button" on:click=move |_| {
                                    ctx.change_group(&id, |g| g.skipped.retain(|x| *x != d));
                                }>{ctx.tr(CommonMsg::Remove)}</button>
                            </li>
                        }
                    }
                />
            </ul>
            <div class="inline-form">
                <CalendarDateField
                    id="skip-date"
                    label=GroupsMsg::SkipDateLabel.into()
                    value=skip_date
                    on_change=Callback::new(move |d| skip_date.set(d))
                    invalid=skip_bad
                />
                <button type="button" id="add-skip" on:click=add_skip>{ctx.tr(GroupsMsg::AddSkipped)}</button>
            </div>
            <div class="calendar-export">
                <button type="button" id="export-ics" aria-describedby="export-ics-note"
                    disabled=move || stored.with(|g| g.as_ref().is_none_or(|g| g.session_dates().iter().all(Option::is_none)))
                    on:click=move |_| {
                        if let Some(g) = stored.get_untracked() {
                            export_calendar(ctx, &g);
                        }
                    }>{ctx.tr(OverviewMsg::ExportCalendar)}</button>
                <p class="muted small" id="export-ics-note">{ctx.tr(OverviewMsg::CalendarNote)}</p>
            </div>
        </section>
    }
}

/// Saves the group's sessions as an `.ics` file in the device's time zone (#17).
fn export_calendar(ctx: AppContext, g: &Group) {
    let zone = crate::domain::ics::Zone {
        name: platform::time_zone(),
    };
    let file = crate::domain::ics::sessions_ics(
        g,
        |i| {
            ctx.t(OverviewMsg::EventTitle {
                group: g.name.clone(),
                number: i + 1,
            })
        },
        &zone,
        platform::utc_offset_minutes,
        platform::now_utc(),
    );
    let name = format!("{}.ics", crate::ui::export::file_stem(g));
    platform::save_file(&name, "text/calendar", &file);
}

/// A consent select for one member; `set` says which consent it changes.
fn consent_field(
    id: String,
    label: Msg,
    current: String,
    group: Id,
    member: Id,
    set: fn(&mut Member, Consent),
) -> impl IntoView {
    let ctx = AppContext::expect();
    let options = choice_options(&CONSENTS, GroupsMsg::ConsentName);
    view! {
        <SelectField
            id=id
            label=label
            options=options
            value=Signal::stored(current)
            on_change=Callback::new(move |v: String| {
                let chosen = parse_choice(&CONSENTS, &v).unwrap_or_default();
                ctx.change_group(&group, |g| {
                    if let Some(x) = g.members.iter_mut().find(|x| x.id == member) {
                        set(x, chosen);
                    }
                });
            })
        />
    }
}

const CONSENTS: [Consent; 4] = [
    Consent::Pending,
    Consent::Given,
    Consent::Refused,
    Consent::NotNeeded,
];

/// Members: codes by default, optional real names, consent and parental permission.
#[component]
fn Members(id: Id, stored: Memo<Option<Group>>) -> impl IntoView {
    let ctx = AppContext::expect();
    let members =
        move || stored.with(|g| g.as_ref().map(|g| g.members.clone()).unwrap_or_default());
    let code = RwSignal::new(String::new());
    let real_name = RwSignal::new(String::new());
    let add = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let typed = code.get_untracked();
            let n = stored.with_untracked(|g| g.as_ref().map_or(0, |g| g.members.len()));
            let code_text = if typed.trim().is_empty() {
                suggested_code(n + 1)
            } else {
                typed.trim().to_owned()
            };
            let member = Member {
                id: platform::new_id(),
                code: code_text,
                real_name: real_name.get_untracked().trim().to_owned(),
                consent: Consent::Pending,
                parental_permission: Consent::Pending,
            };
            if ctx.change_group(&id, |g| g.members.push(member)) {
                code.set(String::new());
                real_name.set(String::new());
            }
        }
    };
    let id_rows = id.clone();
    view! {
        <section class="card" aria-labelledby="members-title">
            <h2 id="members-title">{ctx.tr(GroupsMsg::MembersTitle)}</h2>
            <p class="muted">{ctx.tr(GroupsMsg::MemberPrivacyHint)}</p>
            <ul class="list" id="member-list">
                <For
                    each=members
                    key=|m| (m.id.clone(), m.code.clone(), m.real_name.clone(), m.consent, m.parental_permission)
                    children=move |m| {
                        let gid = id_rows.clone();
                        let (g1, g2, g3) = (gid.clone(), gid.clone(), gid.clone());
                        let (m1, m2, m3) = (m.id.clone(), m.id.clone(), m.id.clone());
                        let consent = choice_value(&m.consent);
                        let parental = choice_value(&m.parental_permission);
                        view! {
                            <li class="list-item member-item">
                                <div class="item-main">
                                    <span class="item-title" dir="auto">{m.code.clone()}</span>
                                    <span class="item-meta" dir="auto">{m.real_name.clone()}</span>
                                </div>
                                {consent_field(format!("consent-{}", m.id), GroupsMsg::ConsentLabel.into(), consent, g1, m1, |x, c| x.consent = c)}
                                {consent_field(format!("parental-{}", m.id), GroupsMsg::ParentalLabel.into(), parental, g2, m2, |x, c| x.parental_permission = c)}
                                <button type="button" class="danger remove-member" on:click=move |_| {
                                    let who = m3.clone();
                                    ctx.change_group_undoable(&g3, GroupsMsg::MemberRemoved, |g| g.members.retain(|x| x.id != who));
                                }>{ctx.tr(CommonMsg::Remove)}</button>
                            </li>
                        }
                    }
                />
            </ul>
            <form class="inline-form" on:submit=add novalidate>
                <div class="field">
                    <label for="member-code">{ctx.tr(GroupsMsg::MemberCode)}</label>
                    <input id="member-code" type="text" dir="auto" autocomplete="off" bind:value=code
                        placeholder=move || suggested_code(stored.with(|g| g.as_ref().map_or(0, |g| g.members.len())) + 1) />
                </div>
                <div class="field">
                    <label for="member-name">{ctx.tr(GroupsMsg::MemberRealName)}</label>
                    <input id="member-name" type="text" dir="auto" autocomplete="off" bind:value=real_name />
                </div>
                <button type="submit" id="add-member">{ctx.tr(GroupsMsg::AddMember)}</button>
            </form>
        </section>
    }
}

/// Marks every member for every session; the rate over all marks.
#[component]
fn AttendanceTable(id: Id, stored: Memo<Option<Group>>) -> impl IntoView {
    let ctx = AppContext::expect();
    let members = move || stored.with(|g| g.as_ref().map(Group::member_codes).unwrap_or_default());
    let session_count = move || stored.with(|g| g.as_ref().map_or(0, |g| g.sessions.len()));
    let rate = move || stored.with(|g| g.as_ref().and_then(Group::attendance_rate));
    // Today's session, marked in the grid (#17): the dates worked out once, not per cell.
    let today_column = Memo::new(move |_| {
        let today = platform::today();
        stored.with(|g| {
            g.as_ref()
                .and_then(|g| g.session_dates().iter().position(|d| *d == Some(today)))
        })
    });
    view! {
        <section class="card" aria-labelledby="attendance-title">
            <h2 id="attendance-title">{ctx.tr(CommonMsg::AttendanceTitle)}</h2>
            <p id="attendance-rate">{move || rate().map(|r| ctx.t(GroupsMsg::AttendanceRate(r)))}</p>
            <div class="table-scroll">
                <table class="attendance">
                    <thead>
                        <tr>
                            <th scope="col">{ctx.tr(CommonMsg::MemberColumn)}</th>
                            {move || (0..session_count()).map(|i| {
                                let is_today = today_column.get() == Some(i);
                                view! { <th scope="col" class:today=is_today aria-current=is_today.then_some("date")>{crate::i18n::number(i + 1, ctx.locale())}</th> }
                            }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        <For
                            each=members
                            key=|(mid, code)| (mid.clone(), code.clone())
                            children=move |(mid, code)| {
                                let gid = id.clone();
                                view! {
                                    <tr>
                                        <th scope="row" dir="auto">{code.clone()}</th>
                                        <For
                                            each=move || 0..session_count()
                                            key=|i| *i
                                            children=move |i| view! { <td class:today=move || today_column.get() == Some(i)><AttendanceCell id=gid.clone() member=mid.clone() code=code.clone() session=i stored=stored /></td> }
                                        />
                                    </tr>
                                }
                            }
                        />
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// One member's mark for one session.
#[component]
pub fn AttendanceCell(
    /// The group.
    id: Id,
    /// The member.
    member: Id,
    /// The member's code (for the label).
    code: String,
    /// The session index.
    session: usize,
    /// The stored group.
    stored: Memo<Option<Group>>,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let current = Signal::derive({
        let member = member.clone();
        move || {
            stored.with(|g| {
                g.as_ref()
                    .and_then(|g| g.sessions.get(session))
                    .and_then(|s| s.attendance_of(&member))
            })
        }
    });
    let word = move || match current.get() {
        Some(a) => ctx.t(GroupsMsg::AttendanceName(a)),
        None => ctx.t(GroupsMsg::NotMarked),
    };
    let label = move || {
        format!(
            "{} — {}: {}",
            code,
            ctx.t(CommonMsg::SessionN(session + 1)),
            word()
        )
    };
    // A tap moves the mark on: not marked → present → absent → excused → not marked (#17).
    let cycle = move |_| {
        let next = match current.get_untracked() {
            None => Some(Attendance::Present),
            Some(Attendance::Present) => Some(Attendance::Absent),
            Some(Attendance::Absent) => Some(Attendance::Excused),
            Some(Attendance::Excused) => None,
        };
        ctx.change_group(&id, |g| {
            if let Some(s) = g.sessions.get_mut(session) {
                s.mark(&member, next);
            }
        });
    };
    view! {
        <button type="button" class="mark-cell" aria-label=label
            data-mark=move || current.get().map(|a| choice_value(&a)).unwrap_or_default()
            on:click=cycle>
            <span aria-hidden="true">{word}</span>
        </button>
    }
}
