//! Self-assessment: the shipped instruments (Rosenberg Self-Esteem Scale, WHO-5) with their
//! attribution; taking one gives the score and a plain, non-diagnostic description (and, for a
//! low WHO-5, a gentle suggestion to talk to someone); each has a history with a chart.

use crate::content;
use crate::domain::Id;
use crate::domain::survey::{Attempt, Band, Survey, band, who5_percent};
use crate::i18n::format_date;
use crate::i18n::msg::*;
use crate::ui::components::LineChart;
use crate::ui::context::AppContext;
use crate::ui::platform;
use crate::ui::route::Route;
use chrono::NaiveDate;
use leptos::prelude::*;

fn survey(id: &Id) -> Option<&'static Survey> {
    content::instrument(id)
}

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
            view! {
                <section class="card survey-card" id=format!("survey-{sid}")>
                    <h2>{move || s.title.get(ctx.locale()).to_owned()}</h2>
                    <p class="muted">{move || s.attribution.get(ctx.locale()).to_owned()}</p>
                    {(s.translation == "hamdel").then(|| view! { <p class="muted">{ctx.tr(SurveysMsg::TranslatedForHamdel)}</p> })}
                    <p><a class="button-link" id=format!("take-{sid}") href=Route::TakeSurvey(sid.clone()).path()>{ctx.tr(SurveysMsg::TakeSurvey)}</a></p>
                    <h3>{ctx.tr(SurveysMsg::HistoryTitle)}</h3>
                    {move || if points.with(Vec::is_empty) {
                        view! { <p class="muted">{ctx.t(SurveysMsg::NoAttempts)}</p> }.into_any()
                    } else {
                        view! {
                            <LineChart id=chart_id.clone() title=Signal::derive(move || ctx.t(SurveysMsg::ScoreChartTitle(s.title.get(ctx.locale()).to_owned())))
                                y_min=0.0 y_max=max points=points value_label=SurveysMsg::ScoreColumn.into() />
                        }
                        .into_any()
                    }}
                </section>
            }
        })
        .collect_view();
    view! {
        <section class="page" aria-labelledby="surveys-title">
            <p class="no-print"><a href=Route::Member.path()>{ctx.tr(CommonMsg::JournalTitle)}</a></p>
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
    let Some(s) = survey(&id) else {
        return view! { <section class="page"><h1>{ctx.tr(CommonMsg::NotFound)}</h1></section> }
            .into_any();
    };
    let answers = RwSignal::new(vec![None::<u8>; s.items.len()]);
    let result = RwSignal::new(None::<(u32, u32, Option<Band>)>);
    let error = RwSignal::new(None::<Msg>);
    let items = s
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let options = s
                .options
                .iter()
                .enumerate()
                .map(|(k, o)| {
                    let value = s.scale_min + k as u8;
                    let oid = format!("q{}-{}", i + 1, value);
                    view! {
                        <span class="choice">
                            <input type="radio" name=format!("q{}", i + 1) id=oid.clone() value=value.to_string()
                                prop:checked=move || answers.with(|a| a[i] == Some(value))
                                on:change=move |_| answers.update(|a| a[i] = Some(value)) />
                            <label for=oid>{move || o.get(ctx.locale()).to_owned()}</label>
                        </span>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="card survey-item">
                    <legend class="num">{move || match ctx.locale() {
                        crate::domain::Locale::Fa => item.fa.clone(),
                        crate::domain::Locale::En => item.en.clone(),
                    }}</legend>
                    {options}
                </fieldset>
            }
        })
        .collect_view();
    let sid = id.clone();
    let asked_for_view = asked.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let given = answers.get_untracked();
        match s.score(&given) {
            Ok(score) => {
                let attempt = Attempt {
                    id: platform::new_id(),
                    survey: sid.clone(),
                    date: platform::today(),
                    answers: given.into_iter().flatten().collect(),
                    moment: asked.as_ref().map(|(_, m)| *m),
                    group: asked.as_ref().map(|(g, _)| g.clone()),
                };
                if ctx.save_attempt(attempt) {
                    error.set(None);
                    result.set(Some((score.total, score.max, band(&sid, &score))));
                }
            }
            Err(crate::domain::survey::SurveyError::Incomplete { missing }) => {
                error.set(Some(CommonMsg::AnswerAll(missing).into()))
            }
            Err(_) => error.set(Some(CommonMsg::AnswerAll(0).into())),
        }
    };
    let is_who5 = id.as_str() == "who5";
    view! {
        <section class="page take-survey">
            <p class="no-print"><a href=Route::Surveys.path()>{ctx.tr(CommonMsg::SurveysTitle)}</a></p>
            <h1>{move || s.title.get(ctx.locale()).to_owned()}</h1>
            {asked_for_view.map(|(g, m)| view! {
                <p class="prompt" id="asked-by">
                    <span class="dots"><bdi>{move || ctx.joined(&g).map(|k| k.kit.name).unwrap_or_default()}</bdi><span>{ctx.t(CommonMsg::MomentName(m))}</span></span>
                </p>
            })}
            <p>{move || s.instructions.get(ctx.locale()).to_owned()}</p>
            <form on:submit=submit novalidate>
                {items}
                <p class="field-error" role="alert" id="survey-error">{ctx.field_error(error)}</p>
                <button type="submit" class="primary" id="submit-survey">{ctx.tr(SurveysMsg::SubmitAnswers)}</button>
            </form>
            {move || result.get().map(|(total, max, b)| view! {
                <section class="card result" id="survey-result" role="status">
                    <p><strong>{ctx.t(SurveysMsg::YourScore(total, max))}</strong></p>
                    {is_who5.then(|| view! { <p>{ctx.t(SurveysMsg::Who5Percent(who5_percent(total)))}</p> })}
                    {b.map(|b| view! { <p class="band">{ctx.t(SurveysMsg::BandText(b))}</p> })}
                    <p class="muted">
                        {move || {
                            let st = ctx.settings.get();
                            format_date(platform::today(), st.effective_calendar(), st.locale)
                        }}
                    </p>
                </section>
            })}
        </section>
    }
    .into_any()
}
