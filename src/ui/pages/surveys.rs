//! Self-assessment: the shipped instruments (Rosenberg Self-Esteem Scale, WHO-5), each offered
//! in plain words ("10 short statements, about 2 minutes") with a big Start and its attribution
//! folded away; taking one shows a statement at a time with progress (a tap on an answer goes
//! on to the next), then the score and a plain, non-diagnostic description (and, for a low
//! WHO-5, a gentle suggestion to talk to someone); each has a history with a chart.

use crate::content;
use crate::domain::Id;
use crate::domain::survey::{Attempt, Band, band, who5_percent};
use crate::i18n::format_date;
use crate::i18n::msg::*;
use crate::ui::components::LineChart;
use crate::ui::context::AppContext;
use crate::ui::platform;
use crate::ui::route::Route;
use chrono::NaiveDate;
use leptos::prelude::*;

/// The instruments, each with its history.
#[component]
pub fn SurveysPage() -> impl IntoView {
    let ctx = AppContext::expect();
    let cards = content::instruments()
        .iter()
        .map(|s| {
            let sid = s.id.clone();
            let history_id = sid.clone();
            let points = Signal::derive(move || {
                ctx.attempts.with(|a| {
                    a.iter()
                        .filter(|x| x.survey == history_id)
                        .filter_map(|x| s.score(&x.answers.iter().map(|v| Some(*v)).collect::<Vec<_>>()).ok().map(|sc| (x.date, f64::from(sc.total))))
                        .collect::<Vec<(NaiveDate, f64)>>()
                })
            });
            let max = f64::from(s.score(&vec![Some(s.max_value()); s.items.len()]).map_or(0, |sc| sc.max));
            let chart_id = format!("chart-{sid}");
            let items = s.items.len();
            // About twelve seconds a statement, rounded up to whole minutes.
            let minutes = (items * 12).div_ceil(60).max(1);
            view! {
                <section class="card survey-card" id=format!("survey-{sid}")>
                    <h2>{move || s.title.get(ctx.locale()).to_owned()}</h2>
                    <p class="lead">{ctx.tr(SurveysMsg::Size { items, minutes })}</p>
                    <p><a class="button primary start" id=format!("take-{sid}") href=Route::TakeSurvey(sid.clone()).path()>{ctx.tr(SurveysMsg::TakeSurvey)}</a></p>
                    {move || (!points.with(Vec::is_empty)).then(|| view! {
                        <h3>{ctx.t(SurveysMsg::HistoryTitle)}</h3>
                        <LineChart id=chart_id.clone() title=Signal::derive(move || ctx.t(SurveysMsg::ScoreChartTitle(s.title.get(ctx.locale()).to_owned())))
                            y_min=0.0 y_max=max points=points value_label=SurveysMsg::ScoreColumn.into() />
                    })}
                    <details class="about-survey">
                        <summary>{ctx.tr(SurveysMsg::AboutSurvey)}</summary>
                        <p class="muted">{move || s.attribution.get(ctx.locale()).to_owned()}</p>
                        {(s.translation == "hamdel").then(|| view! { <p class="muted">{ctx.tr(SurveysMsg::TranslatedForHamdel)}</p> })}
                    </details>
                </section>
            }
        })
        .collect_view();
    view! {
        <section class="page" aria-labelledby="surveys-title">
            <h1 id="surveys-title">{ctx.tr(CommonMsg::SurveysTitle)}</h1>
            {cards}
        </section>
    }
}

/// Taking one instrument.
#[component]
pub fn TakeSurveyPage(
    /// The survey's id.
    id: Id,
    /// The joined group that asked for it, and at which moment (from a kit).
    #[prop(optional)]
    asked: Option<(Id, crate::domain::survey::Moment)>,
) -> impl IntoView {
    let ctx = AppContext::expect();
    // A built-in survey, or one a joined group's kit carried (#18).
    let Some(s) = ctx.survey(&id) else {
        return view! { <section class="page"><h1>{ctx.tr(CommonMsg::NotFound)}</h1></section> }
            .into_any();
    };
    let is_ask = s.is_ask();
    let s = StoredValue::new(s);
    let total = s.with_value(|s| s.items.len());
    let answers = RwSignal::new(vec![None::<u8>; total]);
    let result = RwSignal::new(None::<(u32, u32, Option<Band>)>);
    let error = RwSignal::new(None::<Msg>);
    // The statement shown: one at a time, with progress.
    let at = RwSignal::new(0usize);
    let go_on = move || {
        if at.get_untracked() + 1 < total {
            at.update(|a| *a += 1);
            platform::focus_soon("survey-statement");
        }
    };
    let item = move || {
        let i = at.get();
        let item = s.with_value(|s| s.items[i].clone());
        // A knowledge item's choices are numbered from 1; a statement's options are the scale's.
        let (first, choices) = if item.is_knowledge() {
            (1, item.choices.clone())
        } else {
            s.with_value(|s| (s.scale_min, s.options.clone()))
        };
        let options = choices
            .into_iter()
            .enumerate()
            .map(|(k, o)| {
                let value = first + k as u8;
                let oid = format!("q{}-{}", i + 1, value);
                // A tap or a click goes on to the next statement; arrow keys only choose (a
                // keyboard's click has no pointer: detail 0).
                view! {
                    <span class="choice answer">
                        <input type="radio" name=format!("q{}", i + 1) id=oid.clone() value=value.to_string()
                            prop:checked=move || answers.with(|a| a[i] == Some(value))
                            on:change=move |_| { answers.update(|a| a[i] = Some(value)); error.set(None); }
                            on:click=move |ev: leptos::ev::MouseEvent| {
                                if ev.detail() > 0 {
                                    // Chosen here too: the next statement replaces this one
                                    // before its change event would arrive.
                                    answers.update(|a| a[i] = Some(value));
                                    error.set(None);
                                    go_on();
                                }
                            } />
                        <label for=oid>{move || o.get_or_other(ctx.locale()).to_owned()}</label>
                    </span>
                }
            })
            .collect_view();
        view! {
            <fieldset class="card survey-item" aria-describedby="survey-progress">
                <legend id="survey-statement" tabindex="-1">{move || {
                    let text = crate::domain::survey::BiText { en: item.en.clone(), fa: item.fa.clone() };
                    text.get_or_other(ctx.locale()).to_owned()
                }}</legend>
                {options}
            </fieldset>
        }
    };
    let progress = move || {
        let a = at.get() + 1;
        view! {
            <p class="progress-line" id="survey-progress">{ctx.t(SurveysMsg::Progress { at: a, of: total })}</p>
            <progress max=total.to_string() value=a.to_string() aria-hidden="true"></progress>
        }
    };
    let next = move |_| {
        if answers.with_untracked(|a| a[at.get_untracked()].is_some()) {
            go_on();
        } else {
            error.set(Some(SurveysMsg::AnswerFirst.into()));
        }
    };
    let sid = id.clone();
    let asked_for_view = asked.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let given = answers.get_untracked();
        match s.with_value(|s| s.score(&given)) {
            Ok(score) => {
                let attempt = Attempt {
                    id: platform::new_id(),
                    survey: sid.clone(),
                    date: platform::today(),
                    answers: given.into_iter().flatten().collect(),
                    moment: asked.as_ref().map(|(_, m)| *m),
                    group: asked.as_ref().map(|(g, _)| g.clone()),
                    session: None,
                };
                if ctx.save_attempt(attempt) {
                    error.set(None);
                    result.set(Some((score.total, score.max, band(&sid, &score))));
                }
            }
            Err(crate::domain::survey::SurveyError::Incomplete { missing }) => {
                if let Some(k) = answers.with_untracked(|a| a.iter().position(Option::is_none)) {
                    at.set(k);
                }
                error.set(Some(CommonMsg::AnswerAll(missing).into()))
            }
            Err(_) => error.set(Some(CommonMsg::AnswerAll(0).into())),
        }
    };
    let is_who5 = id.as_str() == "who5";
    view! {
        <section class="page take-survey">
            <p class="no-print"><a href=Route::Surveys.path()>{ctx.tr(CommonMsg::SurveysTitle)}</a></p>
            <h1>{move || s.with_value(|s| s.title.get_or_other(ctx.locale()).to_owned())}</h1>
            {asked_for_view.map(|(g, m)| view! {
                <p class="prompt" id="asked-by">
                    <span class="dots"><bdi>{move || ctx.joined(&g).map(|k| k.kit.name).unwrap_or_default()}</bdi><span>{ctx.t(CommonMsg::MomentName(m))}</span></span>
                </p>
            })}
            // Hidden once the result shows (the form keeps its answers behind it).
            <div hidden=move || result.with(Option::is_some)>
                <p>{move || s.with_value(|s| s.instructions.get_or_other(ctx.locale()).to_owned())}</p>
                <form on:submit=submit novalidate class="survey-steps">
                    {progress}
                    {item}
                    <p class="field-error" role="alert" id="survey-error">{ctx.field_error(error)}</p>
                    <div class="buttons step-buttons">
                        {move || (at.get() > 0).then(|| view! {
                            <button type="button" class="quiet" id="survey-back" on:click=move |_| { at.update(|a| *a -= 1); error.set(None); }>{ctx.t(SurveysMsg::PrevItem)}</button>
                        })}
                        {move || if at.get() + 1 < total {
                            view! { <button type="button" class="primary" id="survey-next" on:click=next>{ctx.t(SurveysMsg::NextItem)}</button> }.into_any()
                        } else {
                            view! { <button type="submit" class="primary" id="submit-survey">{ctx.t(SurveysMsg::SubmitAnswers)}</button> }.into_any()
                        }}
                    </div>
                </form>
            </div>
            // A group's own survey is not scored for the member: what they think, can do and
            // know goes to the counsellor's report, not into a number about them.
            {move || (is_ask && result.with(Option::is_some)).then(|| view! {
                <section class="card result" id="survey-result" role="status">
                    <p><strong>{ctx.t(SurveysMsg::AskThanks)}</strong></p>
                    <p><a class="button" id="back-to-journal" href=Route::Member.path()>{ctx.t(SurveysMsg::BackToJournal)}</a></p>
                </section>
            })}
            {move || result.get().filter(|_| !is_ask).map(|(total, max, b)| view! {
                <section class="card result" id="survey-result" role="status"
                    class:very-low=b == Some(Band::WellBeingVeryLow)>
                    <p><strong>{ctx.t(SurveysMsg::YourScore(total, max))}</strong></p>
                    {is_who5.then(|| view! { <p>{ctx.t(SurveysMsg::Who5Percent(who5_percent(total)))}</p> })}
                    {b.map(|b| view! { <p class="band">{ctx.t(SurveysMsg::BandText(b))}</p> })}
                    // #16: a low well-being score offers Help now; a very low one says so first.
                    {matches!(b, Some(Band::WellBeingLow | Band::WellBeingVeryLow)).then(|| view! {
                        <p><a class="button" class:primary=b == Some(Band::WellBeingVeryLow) id="result-help" href=Route::Help.path()>{ctx.t(SafetyMsg::HelpNow)}</a></p>
                    })}
                    <p class="muted">
                        {move || {
                            let st = ctx.settings.get();
                            format_date(platform::today(), st.effective_calendar(), st.locale)
                        }}
                    </p>
                    <p><a class="button" id="back-to-surveys" href=Route::Surveys.path()>{ctx.t(SurveysMsg::BackToSurveys)}</a></p>
                </section>
            })}
        </section>
    }
    .into_any()
}
