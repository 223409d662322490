//! The counsellor's own surveys (#18): the library's list and the editor. Items are typed as
//! attitude, skill or knowledge; statements take the agreement scale (4 or 6 points, no
//! middle), questions their own choices with one right. Each field is stored as it is left. A
//! survey in use (planned in a kit or holding results) is shown read-only; "Make a new
//! version" copies it under a new id, so results already kept keep their wording.

use crate::domain::Id;
use crate::domain::survey::{BiText, ItemKind, Survey, SurveyItem, agreement_options};
use crate::i18n::msg::*;
use crate::ui::components::{Control, SelectField, TextField};
use crate::ui::context::AppContext;
use crate::ui::platform;
use crate::ui::route::Route;
use leptos::prelude::*;

/// The library's card of the counsellor's own surveys: the newest version of each, and "New
/// survey".
#[component]
pub fn OwnSurveys() -> impl IntoView {
    let ctx = AppContext::expect();
    let rows = move || {
        let l = ctx.locale();
        ctx.surveys.with(|all| {
            all.iter()
                .map(|s| {
                    let title = s.title.get_or_other(l).to_owned();
                    let title = if title.trim().is_empty() { "—".to_owned() } else { title };
                    view! {
                        <li><a href=Route::EditSurvey(s.id.clone()).path()>
                            <span class="dots"><bdi>{title}</bdi><span>{ctx.t(SurveysMsg::VersionN(s.version))}</span>
                            <span>{ctx.t(CommonMsg::Verbatim(crate::i18n::number(s.items.len(), l)))}</span></span>
                        </a></li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="card" aria-labelledby="own-surveys-title" id="own-surveys">
            <h2 id="own-surveys-title">{ctx.tr(SurveysMsg::OwnTitle)}</h2>
            <p class="muted">{ctx.tr(SurveysMsg::OwnIntro)}</p>
            {move || ctx.surveys.with(Vec::is_empty).then(|| view! { <p class="empty">{ctx.t(SurveysMsg::OwnNone)}</p> })}
            <ul class="list own-survey-list" id="own-survey-list">{rows}</ul>
            <button type="button" id="new-survey" on:click=move |_| ctx.new_survey()>{ctx.tr(SurveysMsg::NewSurvey)}</button>
        </section>
    }
}

/// Lines of a text area as choices' wording.
fn lines(text: &str) -> Vec<String> {
    text.lines().map(|l| l.trim().to_owned()).collect()
}

/// Editing survey `id`.
#[component]
pub fn EditSurveyPage(id: Id) -> impl IntoView {
    let ctx = AppContext::expect();
    let id = StoredValue::new(id);
    let survey = Memo::new(move |_| {
        ctx.surveys
            .with(|all| all.iter().find(|s| s.id == id.get_value()).cloned())
    });
    if survey.get_untracked().is_none() {
        return view! { <section class="page"><h1>{ctx.tr(CommonMsg::NotFound)}</h1></section> }
            .into_any();
    }
    let in_use = Memo::new(move |_| ctx.survey_in_use(&id.get_value()));
    // Every change is stored at once, on the survey as stored now.
    let change = move |f: Box<dyn FnOnce(&mut Survey)>| {
        if let Some(mut s) = survey.get_untracked() {
            f(&mut s);
            ctx.save_survey(s);
        }
    };
    let field = move |fid: &'static str,
                      label: Msg,
                      get: fn(&Survey) -> String,
                      set: fn(&mut Survey, String)| {
        view! {
            <TextField id=fid label=label value=Signal::derive(move || survey.get().map(|s| get(&s)).unwrap_or_default())
                on_change=Callback::new(move |v: String| change(Box::new(move |s| set(s, v.trim().to_owned())))) />
        }
    };
    let item_editor = move |i: usize| {
        let item = move || survey.get().and_then(|s| s.items.get(i).cloned());
        let set_item = move |f: Box<dyn FnOnce(&mut SurveyItem)>| {
            change(Box::new(move |s| {
                if let Some(it) = s.items.get_mut(i) {
                    f(it);
                }
            }))
        };
        let kinds = ItemKind::ASK
            .iter()
            .map(|k| (k.slug().to_owned(), SurveysMsg::KindName(*k).into()))
            .collect();
        // Memos, so storing one field does not draw the others again (and lose a click or the
        // focus on its way to them).
        let is_question = Memo::new(move |_| item().is_some_and(|it| it.is_knowledge()));
        let choice_count = Memo::new(move |_| item().map_or(0, |it| it.choices.len()));
        view! {
            <fieldset class="card survey-edit-item" id=format!("item-{i}")>
                <legend>{move || ctx.t(SurveysMsg::ItemN(i + 1))}</legend>
                <SelectField id=format!("item-{i}-kind") label=SurveysMsg::KindLabel.into() options=kinds
                    value=Signal::derive(move || item().map(|it| it.kind.slug().to_owned()).unwrap_or_default())
                    on_change=Callback::new(move |v: String| set_item(Box::new(move |it| {
                        it.kind = ItemKind::ASK.into_iter().find(|k| k.slug() == v).unwrap_or(ItemKind::Attitude);
                        if it.kind != ItemKind::Knowledge {
                            it.choices.clear();
                            it.correct = 0;
                        }
                    }))) />
                <TextField id=format!("item-{i}-fa") label=SurveysMsg::TextFa.into() control=Control::Area
                    value=Signal::derive(move || item().map(|it| it.fa).unwrap_or_default())
                    on_change=Callback::new(move |v: String| set_item(Box::new(move |it| it.fa = v.trim().to_owned()))) />
                <TextField id=format!("item-{i}-en") label=SurveysMsg::TextEn.into() control=Control::Area
                    value=Signal::derive(move || item().map(|it| it.en).unwrap_or_default())
                    on_change=Callback::new(move |v: String| set_item(Box::new(move |it| it.en = v.trim().to_owned()))) />
                {move || is_question.get().then(|| {
                    let set_choices = move |v: String, fa: bool| set_item(Box::new(move |it| {
                        let typed = lines(&v);
                        let n = typed.len().max(it.choices.len());
                        it.choices.resize(n, BiText::default());
                        for (k, c) in it.choices.iter_mut().enumerate() {
                            let t = typed.get(k).cloned().unwrap_or_default();
                            if fa { c.fa = t } else { c.en = t }
                        }
                        it.choices.retain(|c| !(c.en.is_empty() && c.fa.is_empty()));
                        if usize::from(it.correct) > it.choices.len() {
                            it.correct = 0;
                        }
                    }));
                    view! {
                        <TextField id=format!("item-{i}-choices-fa") label=SurveysMsg::ChoicesFa.into() control=Control::Area
                            value=Signal::derive(move || item().map(|it| it.choices.iter().map(|c| c.fa.clone()).collect::<Vec<_>>().join("\n")).unwrap_or_default())
                            on_change=Callback::new(move |v: String| set_choices(v, true)) />
                        <TextField id=format!("item-{i}-choices-en") label=SurveysMsg::ChoicesEn.into() control=Control::Area
                            value=Signal::derive(move || item().map(|it| it.choices.iter().map(|c| c.en.clone()).collect::<Vec<_>>().join("\n")).unwrap_or_default())
                            on_change=Callback::new(move |v: String| set_choices(v, false)) />
                        // Its options follow the choices typed, without drawing the field again.
                        <div class="field">
                            <label for=format!("item-{i}-correct")>{ctx.tr(SurveysMsg::CorrectLabel)}</label>
                            <select id=format!("item-{i}-correct")
                                prop:value=move || item().map(|it| it.correct.to_string()).unwrap_or_default()
                                on:change=move |ev| { let v = event_target_value(&ev); set_item(Box::new(move |it| it.correct = v.parse().unwrap_or(0))); }>
                                <option value="0">"—"</option>
                                {move || (1..=choice_count.get()).map(|n| {
                                    view! { <option value=n.to_string() prop:selected=move || item().is_some_and(|it| usize::from(it.correct) == n)>{ctx.t(SurveysMsg::ChoiceN(n))}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                    }
                })}
                <button type="button" class="quiet danger" id=format!("item-{i}-remove")
                    on:click=move |_| {
                        let before = survey.get_untracked();
                        change(Box::new(move |s| { if i < s.items.len() { s.items.remove(i); } }));
                        if let Some(before) = before {
                            ctx.notify(SurveysMsg::ItemRemoved, crate::ui::context::Tone::Info,
                                vec![crate::ui::context::NoticeAction::RestoreSurvey(Box::new(before))]);
                        }
                    }>{ctx.tr(SurveysMsg::RemoveItem)}</button>
            </fieldset>
        }
    };
    let add_item = move |_| {
        let n = survey.get_untracked().map_or(0, |s| s.items.len());
        change(Box::new(move |s| {
            s.items.push(SurveyItem::new(
                Id::from_raw(format!("{}-{}", s.id, platform::new_id())),
                ItemKind::Attitude,
            ));
        }));
        platform::focus_soon(&format!("item-{n}-fa"));
    };
    let count = Memo::new(move |_| survey.with(|s| s.as_ref().map_or(0, |s| s.items.len())));
    let editor = move || {
        let count = count.get();
        view! {
            {field("survey-title-fa", SurveysMsg::TitleFa.into(), |s| s.title.fa.clone(), |s, v| s.title.fa = v)}
            {field("survey-title-en", SurveysMsg::TitleEn.into(), |s| s.title.en.clone(), |s, v| s.title.en = v)}
            <p class="muted">{ctx.t(SurveysMsg::OneLanguageNote)}</p>
            <SelectField id="survey-points" label=SurveysMsg::PointsLabel.into()
                options=[4u8, 6].iter().map(|p| (p.to_string(), SurveysMsg::Points(*p).into())).collect()
                value=Signal::derive(move || survey.get().map(|s| s.options.len().to_string()).unwrap_or_default())
                on_change=Callback::new(move |v: String| change(Box::new(move |s| s.options = agreement_options(v.parse().unwrap_or(4))))) />
            {(0..count).map(item_editor).collect_view()}
            <button type="button" id="add-survey-item" on:click=add_item>{ctx.t(SurveysMsg::AddItem)}</button>
        }
    };
    let summary = move || {
        let l = ctx.locale();
        survey.get().map(|s| {
            let items = s
                .items
                .iter()
                .map(|it| view! { <li><span class="lbl">{ctx.t(SurveysMsg::KindName(it.kind))}</span><bdi>{it.text(l).to_owned()}</bdi></li> })
                .collect_view();
            view! {
                <p class="muted" id="survey-in-use">{ctx.t(SurveysMsg::InUse)}</p>
                <ol class="survey-summary">{items}</ol>
                <button type="button" class="primary" id="new-version" on:click=move |_| ctx.new_survey_version(&id.get_value())>{ctx.t(SurveysMsg::NewVersion)}</button>
            }
        })
    };
    let status = move || {
        survey.get().map(|s| match s.check_own() {
            Ok(()) => view! { <p class="ok" id="survey-status" role="status">{ctx.t(SurveysMsg::Ready)}</p> }.into_any(),
            Err(p) => view! { <p class="field-error" id="survey-status" role="status">{ctx.t(SurveysMsg::Problem(p))}</p> }.into_any(),
        })
    };
    view! {
        <section class="page" aria-labelledby="edit-survey-title">
            <p class="no-print"><a href=Route::Library.path()>{ctx.tr(CommonMsg::LibraryTitle)}</a></p>
            <h1 id="edit-survey-title" class="dots"><span>{ctx.tr(SurveysMsg::EditSurveyTitle)}</span>
                <span>{move || survey.get().map(|s| ctx.t(SurveysMsg::VersionN(s.version)))}</span></h1>
            {status}
            {move || if in_use.get() { summary().into_any() } else { editor().into_any() }}
        </section>
    }
    .into_any()
}
