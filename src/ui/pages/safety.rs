//! Help now (#16): people first, then the member's own safety plan, calm-down tools, and the
//! help lines with call links. Everything here works offline and sends nothing anywhere; the
//! screen opens with every space locked (only the plan itself needs the journal open).

use crate::domain::safety::{IRAN_LINES, PlanStep, lines_checked, phone_span};
use crate::domain::{Locale, safety::HelpLine};
use crate::i18n::msg::*;
use crate::i18n::{format_date_long, localize_digits, number};
use crate::storage::sealed::Space;
use crate::ui::context::AppContext;
use crate::ui::route::Route;
use crate::ui::security::LockStatus;
use leptos::prelude::*;

/// One line of text, its phone number (if any) kept left-to-right and the line a call link.
fn call_link(ctx: AppContext, line: String) -> impl IntoView {
    match phone_span(&line) {
        Some((at, number)) => {
            let name = ctx.t(SafetyMsg::Call(line.clone()));
            let (before, digits, after) = (
                line[..at.start].to_owned(),
                line[at.clone()].to_owned(),
                line[at.end..].to_owned(),
            );
            view! {
                <a class="call" href=format!("tel:{number}") aria-label=name>
                    <bdi>{before}<span dir="ltr">{digits}</span>{after}</bdi>
                </a>
            }
            .into_any()
        }
        None => view! { <bdi>{line}</bdi> }.into_any(),
    }
}

/// What each joined group's counsellor gave for Help now: a heading per group and its lines as
/// call links; `as_lines` when they stand in for Iran's national lines.
fn group_lines(
    ctx: AppContext,
    groups: Vec<(String, String, bool)>,
    as_lines: bool,
) -> impl IntoView {
    groups
        .into_iter()
        .map(|(name, help, _)| {
            let lines = help
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(|l| view! { <li>{call_link(ctx, l.to_owned())}</li> })
                .collect_view();
            let heading = if as_lines {
                ctx.t(SafetyMsg::GroupLines(name))
            } else {
                ctx.t(SafetyMsg::GroupCounsellor(name))
            };
            view! {
                <h3>{heading}</h3>
                <ul class="people group-help" class:lines=as_lines>{lines}</ul>
            }
        })
        .collect_view()
}

fn iran_line(ctx: AppContext, line: HelpLine) -> impl IntoView {
    let shown = move || number(line.number, ctx.locale());
    // The link's name is what it shows: the number, the service and what it is for.
    view! {
        <li>
            <a class="line" href=format!("tel:{}", line.number)>
                <span class="line-number">{shown}</span>
                <span class="line-text">
                    <strong>{ctx.tr(SafetyMsg::ServiceName(line.service))}</strong>
                    <span class="muted">{ctx.tr(SafetyMsg::ServiceFor(line.service))}</span>
                </span>
            </a>
        </li>
    }
}

/// Help now.
#[component]
pub fn HelpPage() -> impl IntoView {
    let ctx = AppContext::expect();
    let member_closed = move || ctx.lock_status(Space::Member) == LockStatus::Closed;
    let people = move || {
        if member_closed() {
            return None;
        }
        let people = ctx.safety_plan().people();
        (!people.is_empty()).then(|| {
            let items = people
                .into_iter()
                .map(|(line, _)| view! { <li>{call_link(ctx, line)}</li> })
                .collect_view();
            view! {
                <h3>{ctx.tr(SafetyMsg::YourPeople)}</h3>
                <ul class="people" id="plan-people">{items}</ul>
            }
        })
    };
    // What each joined group's counsellor added for their members (contact, local lines).
    let from_groups = move || {
        if member_closed() {
            return Vec::new();
        }
        ctx.kits.with(|kits| {
            kits.iter()
                .filter(|k| !k.kit.help.trim().is_empty())
                .map(|k| (k.kit.name.clone(), k.kit.help.clone(), k.kit.help_replaces))
                .collect::<Vec<_>>()
        })
    };
    // Iran's lines give way only when every group that gave lines asked for it (a school
    // outside Iran); the groups' lines are then listed where Iran's would be.
    let replaced = move || {
        let groups = from_groups();
        !groups.is_empty() && groups.iter().all(|(_, _, r)| *r)
    };
    let group_help = move || (!replaced()).then(|| group_lines(ctx, from_groups(), false));
    let plan_card = move || {
        if member_closed() {
            return view! { <p class="muted" id="plan-locked">{ctx.tr(SafetyMsg::PlanLocked)}</p> }
                .into_any();
        }
        let written = !ctx.safety_plan().is_empty();
        view! {
            <p>{ctx.tr(SafetyMsg::PlanCard)}</p>
            <p><a class="button primary" id="open-plan" href=Route::SafetyPlan.path()>
                {ctx.tr(if written { SafetyMsg::OpenPlan } else { SafetyMsg::WritePlan })}
            </a></p>
        }
        .into_any()
    };
    let iran = move || {
        if replaced() {
            return view! { <div id="group-lines">{group_lines(ctx, from_groups(), true)}</div> }
                .into_any();
        }
        let items = IRAN_LINES
            .iter()
            .map(|line| iran_line(ctx, *line))
            .collect_view();
        view! {
            <h3>{ctx.tr(SafetyMsg::InIran)}</h3>
            <ul class="lines" id="iran-lines">{items}</ul>
        }
        .into_any()
    };
    let local = move || view! { <p class="local" id="local-emergency">{ctx.tr(SafetyMsg::LocalEmergency)}</p> };
    let checked = move || {
        let st = ctx.settings.get();
        ctx.t(SafetyMsg::LinesChecked(format_date_long(
            lines_checked(),
            st.effective_calendar(),
            st.locale,
        )))
    };
    view! {
        <section class="page help-page" aria-labelledby="help-title">
            <h1 id="help-title">{ctx.tr(SafetyMsg::HelpNow)}</h1>
            <p class="lead">{ctx.tr(SafetyMsg::HelpIntro)}</p>
            <section class="card help-people" aria-labelledby="people-title">
                <h2 id="people-title">{ctx.tr(SafetyMsg::PeopleTitle)}</h2>
                <p>{ctx.tr(SafetyMsg::PeopleText)}</p>
                {group_help}
                {people}
            </section>
            <section class="card" aria-labelledby="plan-title">
                <h2 id="plan-title">{ctx.tr(SafetyMsg::PlanTitle)}</h2>
                {plan_card}
            </section>
            <section class="card" aria-labelledby="calm-title">
                <h2 id="calm-title">{ctx.tr(SafetyMsg::CalmTitle)}</h2>
                <p>{ctx.tr(SafetyMsg::CalmCard)}</p>
                <p><a class="button" id="open-calm" href=Route::Calm.path()>{ctx.tr(SafetyMsg::CalmTitle)}</a></p>
            </section>
            <section class="card help-lines" aria-labelledby="lines-title">
                <h2 id="lines-title">{ctx.tr(SafetyMsg::LinesTitle)}</h2>
                // In English the local number comes first (the reader may be anywhere); in
                // Persian Iran's lines do, and "outside Iran" follows them.
                {move || match ctx.locale() {
                    Locale::En => view! { {local} {iran} }.into_any(),
                    Locale::Fa => view! { {iran} {local} }.into_any(),
                }}
                <p class="muted" id="lines-checked">{checked}</p>
            </section>
            <p class="muted">{ctx.tr(SafetyMsg::HelpPrivacy)}</p>
        </section>
    }
}

/// The member's safety plan: six steps, each kept as it is typed.
#[component]
pub fn SafetyPlanPage() -> impl IntoView {
    let ctx = AppContext::expect();
    let steps = PlanStep::ALL
        .iter()
        .map(|step| {
            let step = *step;
            let id = format!("plan-{}", step.slug());
            let hint = format!("{id}-hint");
            let value = move || ctx.safety_plan().step(step).to_owned();
            let on_input = move |ev: leptos::ev::Event| {
                let text = event_target_value(&ev);
                let plan = ctx.safety_plan();
                if plan.step(step) != text {
                    ctx.save_safety_plan(plan.with_step(step, &text));
                }
            };
            view! {
                <li class="plan-step">
                    <label for=id.clone()>{ctx.tr(SafetyMsg::StepTitle(step))}</label>
                    <p class="muted hint" id=hint.clone()>{ctx.tr(SafetyMsg::StepHint(step))}</p>
                    <textarea id=id dir="auto" rows="3" aria-describedby=hint
                        prop:value=value on:input=on_input></textarea>
                    <p class="print-only plan-text" dir="auto">{value}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="page plan-page" aria-labelledby="safety-plan-title">
            <p class="no-print"><a href=Route::Help.path()>{ctx.tr(SafetyMsg::BackToHelp)}</a></p>
            <h1 id="safety-plan-title">{ctx.tr(SafetyMsg::PlanTitle)}</h1>
            <p class="no-print">{ctx.tr(SafetyMsg::PlanIntro)}</p>
            <ol class="plan-steps">{steps}</ol>
            <p class="muted no-print">{ctx.tr(SafetyMsg::PlanKept)}</p>
            <p class="muted no-print">{ctx.tr(SafetyMsg::SharedPhone)}</p>
            <p class="no-print">
                <button type="button" class="primary" id="print-plan" on:click=|_| {
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                }>{ctx.tr(SafetyMsg::PrintPlan)}</button>
            </p>
        </section>
    }
}

/// Calm-down tools: box breathing with a paced guide (still under reduced motion, with a
/// counted text alternative) and 5-4-3-2-1 grounding.
#[component]
pub fn CalmPage() -> impl IntoView {
    let ctx = AppContext::expect();
    // The side of the square being breathed (0 in, 1 hold, 2 out, 3 hold); `None`: stopped.
    let phase = RwSignal::new(None::<u8>);
    let timer = StoredValue::new(None::<leptos::leptos_dom::helpers::IntervalHandle>);
    let stop = move || {
        if let Some(t) = timer.get_value() {
            t.clear();
        }
        timer.set_value(None);
        phase.set(None);
    };
    let start = move || {
        stop();
        phase.set(Some(0));
        let handle = set_interval_with_handle(
            move || phase.update(|p| *p = p.map(|p| (p + 1) % 4)),
            std::time::Duration::from_secs(4),
        )
        .ok();
        timer.set_value(handle);
    };
    on_cleanup(stop);
    let counted = (0..4u8)
        .map(|p| view! { <li>{ctx.tr(SafetyMsg::BreathingCounted(p))}</li> })
        .collect_view();
    let grounding = [5u8, 4, 3, 2, 1]
        .into_iter()
        .map(|n| {
            view! {
                <li>
                    <span class="ground-count" aria-hidden="true">{move || localize_digits(&n.to_string(), ctx.locale())}</span>
                    <span>{ctx.tr(SafetyMsg::GroundingStep(n))}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="page calm-page" aria-labelledby="calm-page-title">
            <p><a href=Route::Help.path()>{ctx.tr(SafetyMsg::BackToHelp)}</a></p>
            <h1 id="calm-page-title">{ctx.tr(SafetyMsg::CalmTitle)}</h1>
            <section class="card" aria-labelledby="breathing-title">
                <h2 id="breathing-title">{ctx.tr(SafetyMsg::BreathingTitle)}</h2>
                <p>{ctx.tr(SafetyMsg::BreathingHow)}</p>
                <div class="breath-box" class:running=move || phase.with(Option::is_some) aria-hidden="true">
                    <span class="breath-dot"></span>
                </div>
                <p class="breath-phase" id="breath-phase" aria-live="polite">
                    {move || phase.get().map(|p| ctx.t(SafetyMsg::BreathingPhase(p)))}
                </p>
                <p>
                    {move || if phase.with(Option::is_some) {
                        view! { <button type="button" id="breath-stop" on:click=move |_| stop()>{ctx.t(SafetyMsg::StopBreathing)}</button> }.into_any()
                    } else {
                        view! { <button type="button" class="primary" id="breath-start" on:click=move |_| start()>{ctx.t(SafetyMsg::StartBreathing)}</button> }.into_any()
                    }}
                </p>
                <ol class="counted" id="breath-counted">{counted}</ol>
            </section>
            <section class="card" aria-labelledby="grounding-title">
                <h2 id="grounding-title">{ctx.tr(SafetyMsg::GroundingTitle)}</h2>
                <p>{ctx.tr(SafetyMsg::GroundingHow)}</p>
                <ol class="grounding" id="grounding">{grounding}</ol>
            </section>
        </section>
    }
}
