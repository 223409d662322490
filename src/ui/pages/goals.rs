//! The member's goals: small steps to tick, a progress rating for this week, and a chart of the
//! weekly ratings; delete with undo.

use crate::domain::Id;
use crate::domain::goal::Goal;
use crate::i18n::msg::*;
use crate::i18n::number;
use crate::ui::components::LineChart;
use crate::ui::context::{AppContext, invalid};
use crate::ui::platform;
use chrono::NaiveDate;
use leptos::prelude::*;

/// The goals page.
#[component]
pub fn GoalsPage() -> impl IntoView {
    let ctx = AppContext::expect();
    let title = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Msg>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match ctx.add_goal(&title.get_untracked()) {
            Ok(()) => {
                title.set(String::new());
                error.set(None);
            }
            Err(m) => error.set(Some(m)),
        }
    };
    view! {
        <section class="page" aria-labelledby="goals-title">
            <h1 id="goals-title">{ctx.tr(JournalMsg::GoalsTitle)}</h1>
            <form class="card inline-form" on:submit=add novalidate>
                <div class="field">
                    <label for="new-goal">{ctx.tr(JournalMsg::NewGoal)}</label>
                    <input id="new-goal" type="text" dir="auto" bind:value=title aria-invalid=invalid(error) aria-describedby="new-goal-error" />
                    <p class="field-error" id="new-goal-error">{ctx.field_error(error)}</p>
                </div>
                <button type="submit" class="primary" id="add-goal">{ctx.tr(JournalMsg::AddGoal)}</button>
            </form>
            {move || ctx.goals.with(Vec::is_empty).then(|| view! { <p class="empty">{ctx.tr(JournalMsg::NoGoals)}</p> })}
            <ul class="list" id="goal-list">
                <For each=move || ctx.goals.get() key=|g| g.id.clone() children=move |g| view! { <GoalCard id=g.id.clone() /> } />
            </ul>
        </section>
    }
}

#[component]
fn GoalCard(id: Id) -> impl IntoView {
    let ctx = AppContext::expect();
    let id = StoredValue::new(id);
    let goal = Signal::derive(move || {
        ctx.goals
            .with(|gs| gs.iter().find(|g| g.id == id.get_value()).cloned())
    });
    let step = RwSignal::new(String::new());
    let step_error = RwSignal::new(None::<Msg>);
    let key = move || id.get_value().to_string();
    let add_step = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = step.get_untracked();
        let mut refused = None;
        ctx.change_goal(&id.get_value(), |g| refused = g.add_step(&text).err());
        match refused {
            Some(e) => step_error.set(Some(Msg::for_text_error(e))),
            None => {
                step.set(String::new());
                step_error.set(None);
            }
        }
    };
    let points = Signal::derive(move || {
        goal.get()
            .map(|g| {
                g.ratings
                    .iter()
                    .map(|r| (r.week, f64::from(r.value)))
                    .collect::<Vec<(NaiveDate, f64)>>()
            })
            .unwrap_or_default()
    });
    let this_week = move || goal.get().and_then(|g| g.rating_for(platform::today()));
    let steps = move || {
        goal.get()
            .map(|g: Goal| {
                g.steps
                    .into_iter()
                    .enumerate()
                    .map(|(i, s)| {
                        let sid = format!("goal-{}-step-{i}", key());
                        view! {
                            <li class="choice">
                                <input type="checkbox" id=sid.clone() prop:checked=s.done
                                    on:change=move |_| { ctx.change_goal(&id.get_value(), |g| if let Some(x) = g.steps.get_mut(i) { x.done = !x.done }); } />
                                <label for=sid dir="auto">{s.text}</label>
                            </li>
                        }
                    })
                    .collect_view()
            })
    };
    view! {
        <li class="card goal">
            <h2 dir="auto">{move || goal.get().map(|g| g.title).unwrap_or_default()}</h2>
            <ul class="steps">{steps}</ul>
            <form class="inline-form" on:submit=add_step novalidate>
                <div class="field">
                    <label for=move || format!("goal-{}-new-step", key())>{ctx.tr(JournalMsg::NewStep)}</label>
                    <input id=move || format!("goal-{}-new-step", key()) class="new-step" type="text" dir="auto" bind:value=step aria-invalid=invalid(step_error) />
                    <p class="field-error">{ctx.field_error(step_error)}</p>
                </div>
                <button type="submit" class="add-step">{ctx.tr(JournalMsg::AddStep)}</button>
            </form>
            // This week's rating: a tap on 0–10 (two rows of a phone's width), a radio group
            // for the keyboard (arrow keys) and screen readers.
            <fieldset class="rating-row">
                <legend>{ctx.tr(JournalMsg::RateWeek)}</legend>
                {move || {
                    let current = this_week();
                    (0..=10u8)
                        .map(|v| {
                            let rid = format!("goal-{}-rate-{v}", key());
                            let for_id = rid.clone();
                            // The whole box is the radio's label: a tap anywhere in it.
                            view! {
                                <label class="rate-choice" for=for_id>
                                    <input type="radio" class="rate" name=format!("goal-{}-rate", key()) id=rid value=v.to_string()
                                        prop:checked=current == Some(v)
                                        on:change=move |_| { ctx.change_goal(&id.get_value(), |g| g.rate(platform::today(), v)); } />
                                    <span>{number(v, ctx.locale())}</span>
                                </label>
                            }
                        })
                        .collect_view()
                }}
            </fieldset>
            {move || (!points.with(Vec::is_empty)).then(|| view! {
                <LineChart id=format!("goal-{}-chart", key()) title=Signal::derive(move || goal.get().map(|g| g.title).unwrap_or_default())
                    y_min=0.0 y_max=10.0 points=points value_label=JournalMsg::ProgressColumn.into() />
            })}
            <button type="button" class="danger delete-goal" on:click=move |_| ctx.delete_goal(&id.get_value())>{ctx.tr(CommonMsg::Delete)}</button>
        </li>
    }
}
