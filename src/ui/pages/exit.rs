//! The member's exit ticket after a session (#18): "how helpful was today" as a 0–10 row of taps,
//! then the session's one to three quick statements on the agreement scale; saved on the device
//! as an attempt of the survey `exit` with the session's number, shared only when the member
//! shares it.

use crate::domain::Id;
use crate::domain::exit::{EXIT, HELPFUL_MAX};
use crate::domain::survey::{Attempt, agreement_options};
use crate::i18n::msg::*;
use crate::i18n::number;
use crate::ui::context::AppContext;
use crate::ui::platform;
use crate::ui::route::Route;
use leptos::prelude::*;

/// Joined group `group`'s exit ticket for session `session` (1-based).
#[component]
pub fn ExitTicketPage(group: Id, session: u16) -> impl IntoView {
    let ctx = AppContext::expect();
    let Some(joined) = ctx.joined(&group) else {
        return view! { <section class="page"><h1>{ctx.tr(CommonMsg::NotFound)}</h1></section> }
            .into_any();
    };
    let Some(statements) = joined
        .kit
        .sessions
        .iter()
        .find(|s| s.number == session)
        .map(|s| s.exit.clone())
        .filter(|e| !e.is_empty())
    else {
        return view! { <section class="page"><h1>{ctx.tr(CommonMsg::NotFound)}</h1></section> }
            .into_any();
    };
    let count = statements.len();
    let helpful = RwSignal::new(None::<u8>);
    let answers = RwSignal::new(vec![None::<u8>; count]);
    let error = RwSignal::new(None::<Msg>);
    let saved = RwSignal::new(false);
    let gid = StoredValue::new(group.clone());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(h), given) = (helpful.get_untracked(), answers.get_untracked()) else {
            error.set(Some(
                CommonMsg::AnswerAll(
                    1 + answers.with_untracked(|a| a.iter().filter(|x| x.is_none()).count()),
                )
                .into(),
            ));
            platform::focus_soon("exit-helpful-0");
            return;
        };
        if let Some(k) = given.iter().position(Option::is_none) {
            error.set(Some(
                CommonMsg::AnswerAll(given.iter().filter(|x| x.is_none()).count()).into(),
            ));
            platform::focus_soon(&format!("exit-{}-1", k + 1));
            return;
        }
        let mut all = vec![h];
        all.extend(given.into_iter().flatten());
        let attempt = Attempt {
            id: platform::new_id(),
            survey: Id::from_raw(EXIT),
            date: platform::today(),
            answers: all,
            moment: None,
            group: Some(gid.get_value()),
            session: Some(session),
        };
        if ctx.save_attempt(attempt) {
            error.set(None);
            saved.set(true);
            platform::focus_soon("exit-saved");
        }
    };
    let helpful_row = (0..=HELPFUL_MAX)
        .map(|v| {
            let rid = format!("exit-helpful-{v}");
            let for_id = rid.clone();
            view! {
                <label class="rate-choice" for=for_id>
                    <input type="radio" class="rate" name="exit-helpful" id=rid value=v.to_string()
                        prop:checked=move || helpful.get() == Some(v)
                        on:change=move |_| { helpful.set(Some(v)); error.set(None); } />
                    <span>{move || number(v, ctx.locale())}</span>
                </label>
            }
        })
        .collect_view();
    let options = agreement_options(4);
    let items = statements
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            let choices = options
                .iter()
                .enumerate()
                .map(|(k, o)| {
                    let value = k as u8 + 1;
                    let oid = format!("exit-{}-{value}", i + 1);
                    let label = o.clone();
                    view! {
                        <span class="choice answer">
                            <input type="radio" name=format!("exit-{}", i + 1) id=oid.clone() value=value.to_string()
                                prop:checked=move || answers.with(|a| a[i] == Some(value))
                                on:change=move |_| { answers.update(|a| a[i] = Some(value)); error.set(None); } />
                            <label for=oid>{move || label.get(ctx.locale()).to_owned()}</label>
                        </span>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="card survey-item exit-item">
                    <legend><bdi>{text}</bdi></legend>
                    {choices}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <section class="page exit-ticket" aria-labelledby="exit-title">
            <p class="no-print"><a href=Route::Member.path()>{ctx.tr(SurveysMsg::BackToJournal)}</a></p>
            <h1 id="exit-title">{ctx.tr(KitsMsg::ExitTicketTitle(usize::from(session)))}</h1>
            <p class="prompt"><bdi>{joined.kit.name.clone()}</bdi></p>
            <div hidden=move || saved.get()>
                <form on:submit=submit novalidate>
                    <fieldset class="rating-row" id="exit-helpful">
                        <legend>{ctx.tr(KitsMsg::ExitHelpful)}</legend>
                        {helpful_row}
                    </fieldset>
                    {items}
                    <p class="field-error" role="alert" id="exit-error">{ctx.field_error(error)}</p>
                    <button type="submit" class="primary" id="submit-exit">{ctx.tr(SurveysMsg::SubmitAnswers)}</button>
                </form>
            </div>
            {move || saved.get().then(|| view! {
                <section class="card result" role="status">
                    <p id="exit-saved" tabindex="-1"><strong>{ctx.t(SurveysMsg::AskThanks)}</strong></p>
                    <p><a class="button" id="back-to-journal" href=Route::Member.path()>{ctx.t(SurveysMsg::BackToJournal)}</a></p>
                </section>
            })}
        </section>
    }
    .into_any()
}
