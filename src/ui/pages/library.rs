//! The exercise library: browse and filter, search as you type across both languages (Persian
//! spelling variants treated alike), read an exercise, and keep exercises of one's own
//! (create, duplicate a built-in and edit the copy, delete with undo).

use crate::content;
use crate::domain::exercise::{Exercise, ExerciseFilter, ExerciseText};
use crate::domain::search::SearchIndex;
use crate::domain::session::{BlockKind, Stage};
use crate::domain::{Focus, Id, Locale};
use crate::i18n::msg::*;
use crate::i18n::to_ascii_digits;
use crate::ui::components::{Control, SelectField, TextField};
use crate::ui::components::{choice_options, choice_value, parse_choice};
use crate::ui::context::AppContext;
use crate::ui::pages::OwnSurveys;
use crate::ui::route::Route;
use leptos::prelude::*;

fn stage_options() -> Vec<(String, Msg)> {
    std::iter::once((String::new(), CommonMsg::AnyOption.into()))
        .chain(choice_options(&Stage::ALL, CommonMsg::StageName))
        .collect()
}

fn focus_options() -> Vec<(String, Msg)> {
    std::iter::once((String::new(), CommonMsg::AnyOption.into()))
        .chain(choice_options(&Focus::ALL, CommonMsg::FocusName))
        .collect()
}

fn parse_num(s: &str) -> Option<u16> {
    to_ascii_digits(s.trim()).parse().ok()
}

/// Exercises matching `filter` and `query`: the counsellor's own first, then the built-ins.
pub fn find(ctx: AppContext, filter: ExerciseFilter, query: &str) -> Vec<Exercise> {
    let mut out: Vec<Exercise> = ctx.exercises.with(|custom| {
        let texts: Vec<String> = custom.iter().map(content::searchable_text).collect();
        let idx = SearchIndex::new(texts.iter().map(String::as_str));
        idx.search(query)
            .into_iter()
            .map(|i| &custom[i])
            .filter(|e| filter.matches(e))
            .cloned()
            .collect()
    });
    let builtin = content::exercises();
    out.extend(
        content::builtin_index()
            .search(query)
            .into_iter()
            .map(|i| &builtin[i])
            .filter(|e| filter.matches(e))
            .cloned(),
    );
    out
}

/// The library's search field (the library page, the planner's library sheet).
pub(super) fn search_field(id: &'static str, query: RwSignal<String>) -> impl IntoView {
    let ctx = AppContext::expect();
    view! {
        <div class="field">
            <label for=id>{ctx.tr(LibraryMsg::SearchLabel)}</label>
            <input id=id type="search" dir="auto" autocomplete="off"
                prop:value=query on:input=move |ev| query.set(event_target_value(&ev)) />
        </div>
    }
}

/// The library: filters, search and results.
#[component]
pub fn LibraryPage() -> impl IntoView {
    let ctx = AppContext::expect();
    let query = RwSignal::new(String::new());
    let stage = RwSignal::new(String::new());
    let focus = RwSignal::new(String::new());
    let max_minutes = RwSignal::new(String::new());
    let size = RwSignal::new(String::new());
    let age = RwSignal::new(String::new());
    let results = Memo::new(move |_| {
        let filter = ExerciseFilter {
            stage: parse_choice(&Stage::ALL, &stage.get()),
            focus: parse_choice(&Focus::ALL, &focus.get()),
            max_minutes: parse_num(&max_minutes.get()),
            group_size: parse_num(&size.get()),
            age: parse_num(&age.get()),
            kind: None,
        };
        find(ctx, filter, &query.get())
    });
    let number_field = move |id: &'static str, label: Msg, sig: RwSignal<String>| {
        view! {
            <TextField id=id label=label control=Control::Number value=sig on_change=Callback::new(move |v| sig.set(v)) />
        }
    };
    view! {
        <section class="page library" aria-labelledby="library-title">
            <h1 id="library-title">{ctx.tr(CommonMsg::LibraryTitle)}</h1>
            <div class="card">
                {search_field("library-search", query)}
                <div class="field-row">
                    <SelectField id="filter-stage" label=CommonMsg::StageLabel.into() options=stage_options() value=stage on_change=Callback::new(move |v| stage.set(v)) />
                    <SelectField id="filter-focus" label=CommonMsg::FocusLabel.into() options=focus_options() value=focus on_change=Callback::new(move |v| focus.set(v)) />
                    {number_field("filter-minutes", LibraryMsg::MaxMinutesLabel.into(), max_minutes)}
                    {number_field("filter-size", LibraryMsg::GroupSizeLabel.into(), size)}
                    {number_field("filter-age", LibraryMsg::AgeLabel.into(), age)}
                </div>
                <button type="button" id="new-exercise" on:click=move |_| ctx.new_exercise()>{ctx.tr(LibraryMsg::NewExercise)}</button>
            </div>
            <p id="results-count" role="status">{move || ctx.t(LibraryMsg::ResultsCount(results.with(Vec::len)))}</p>
            <ul class="list" id="exercise-list">
                <For
                    each=move || results.get()
                    key=|e| (e.id.clone(), e.fa.title.clone(), e.en.title.clone(), e.minutes)
                    children=move |e| view! { <ExerciseRow exercise=e /> }
                />
            </ul>
            // #18: the counsellor's own surveys live in the library too.
            <OwnSurveys />
        </section>
    }
}

#[component]
fn ExerciseRow(exercise: Exercise) -> impl IntoView {
    let ctx = AppContext::expect();
    let href = Route::Exercise(exercise.id.clone()).path();
    let custom = !content::exercises().iter().any(|b| b.id == exercise.id);
    let e = exercise.clone();
    let title = move || e.text(ctx.locale()).title;
    let stages = exercise.stages.clone();
    view! {
        <li class="list-item exercise-item">
            <div class="item-main">
                <a class="item-title" dir="auto" href=href>{title}</a>
                <span class="item-meta">
                    {move || {
                        let mut parts = vec![ctx.t(CommonMsg::BlockKindName(exercise.kind)), ctx.t(LibraryMsg::MinutesShort(exercise.minutes))];
                        parts.extend(stages.iter().map(|s| ctx.t(CommonMsg::StageName(*s))));
                        crate::i18n::dots(&parts)
                    }}
                </span>
            </div>
            <span class="stage-tag">{ctx.tr(if custom { LibraryMsg::CustomTag } else { LibraryMsg::BuiltinTag })}</span>
        </li>
    }
}

fn list_section(label: Msg, items: Vec<String>, ordered: bool) -> impl IntoView {
    let ctx = AppContext::expect();
    let lis = items
        .into_iter()
        .map(|i| view! { <li dir="auto">{i}</li> })
        .collect_view();
    view! {
        <h2>{ctx.tr(label)}</h2>
        {if ordered { view! { <ol>{lis}</ol> }.into_any() } else { view! { <ul>{lis}</ul> }.into_any() }}
    }
}

/// One exercise, readable in full, with the groups that use it.
#[component]
pub fn ExercisePage(
    /// The exercise's id.
    id: Id,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let exercise = {
        let id = id.clone();
        move || ctx.exercise(&id)
    };
    let used_by = {
        let id = id.clone();
        move || {
            ctx.groups.with(|gs| {
                gs.iter()
                    .filter(|g| {
                        g.sessions
                            .iter()
                            .any(|s| s.blocks.iter().any(|b| b.exercise.as_ref() == Some(&id)))
                    })
                    .map(|g| (g.id.clone(), g.name.clone()))
                    .collect::<Vec<_>>()
            })
        }
    };
    let custom = {
        let id = id.clone();
        move || ctx.exercises.with(|c| c.iter().any(|e| e.id == id))
    };
    let (dup_id, edit_id, del_id) = (id.clone(), id.clone(), id.clone());
    view! {
        <section class="page exercise-page">
            <p class="no-print"><a href=Route::Library.path()>{ctx.tr(CommonMsg::LibraryTitle)}</a></p>
            {move || match exercise() {
                None => view! { <h1>{ctx.t(CommonMsg::NotFound)}</h1> }.into_any(),
                Some(e) => {
                    let t = e.text(ctx.locale());
                    view! {
                        <article class="card">
                            <h1 id="exercise-title" dir="auto">{t.title.clone()}</h1>
                            <p class="item-meta">{ctx.t(LibraryMsg::ExerciseFacts { minutes: e.minutes, size: e.size, ages: e.ages })}</p>
                            <p class="item-meta dots">
                                <span>{ctx.t(CommonMsg::BlockKindName(e.kind))}</span>
                                <span>{crate::i18n::list(&e.stages.iter().map(|s| ctx.t(CommonMsg::StageName(*s))).collect::<Vec<_>>(), ctx.locale())}</span>
                                <span>{crate::i18n::list(&e.focus.iter().map(|f| ctx.t(CommonMsg::FocusName(*f))).collect::<Vec<_>>(), ctx.locale())}</span>
                            </p>
                            <h2>{ctx.t(LibraryMsg::GoalLabel)}</h2>
                            <p dir="auto">{t.goal.clone()}</p>
                            // Headings, not the form's hints (#19: "Steps (one per line)" read as a heading).
                            {list_section(LibraryMsg::MaterialsHeading.into(), t.materials.clone(), false)}
                            {list_section(LibraryMsg::StepsHeading.into(), t.steps.clone(), true)}
                            {list_section(LibraryMsg::QuestionsHeading.into(), t.questions.clone(), false)}
                            {list_section(LibraryMsg::VariationsHeading.into(), t.variations.clone(), false)}
                            {list_section(LibraryMsg::CautionsHeading.into(), t.cautions.clone(), false)}
                        </article>
                    }
                    .into_any()
                }
            }}
            <div class="item-actions no-print">
                <button type="button" id="duplicate-exercise" on:click=move |_| ctx.duplicate_exercise(&dup_id)>{ctx.tr(CommonMsg::Duplicate)}</button>
                {move || {
                    let (edit_id, del_id) = (edit_id.clone(), del_id.clone());
                    if custom() {
                        view! {
                            <a class="button-link" id="edit-exercise" href=Route::EditExercise(edit_id).path()>{ctx.t(CommonMsg::Edit)}</a>
                            <button type="button" class="danger" id="delete-exercise" on:click=move |_| ctx.delete_exercise(&del_id)>{ctx.t(CommonMsg::Delete)}</button>
                        }
                        .into_any()
                    } else {
                        view! { <p class="muted">{ctx.t(LibraryMsg::BuiltinReadOnlyHint)}</p> }.into_any()
                    }
                }}
            </div>
            <section class="card" aria-labelledby="used-by-title">
                <h2 id="used-by-title">{ctx.tr(LibraryMsg::UsedBy)}</h2>
                {move || {
                    let groups = used_by();
                    if groups.is_empty() {
                        view! { <p class="muted" id="used-by">{ctx.t(LibraryMsg::NotUsedYet)}</p> }.into_any()
                    } else {
                        view! {
                            <ul id="used-by">
                                {groups.into_iter().map(|(gid, name)| view! { <li><a dir="auto" href=Route::Group(gid).path()>{name}</a></li> }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    }
                }}
            </section>
        </section>
    }
}

/// A change to an exercise, given the interface language.
type ExerciseChange = Box<dyn FnOnce(&mut Exercise, Locale)>;

fn lines(v: &[String]) -> String {
    v.join("\n")
}

fn split_lines(s: &str) -> Vec<String> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Editing one of the counsellor's own exercises, in the current language.
#[component]
pub fn EditExercisePage(
    /// The exercise's id.
    id: Id,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let is_custom = ctx
        .exercises
        .with_untracked(|c| c.iter().any(|e| e.id == id));
    if !is_custom {
        return view! {
            <section class="page">
                <p class="muted">{ctx.tr(LibraryMsg::BuiltinReadOnlyHint)}</p>
                <a href=Route::Exercise(id).path()>{ctx.tr(LibraryMsg::BackToExercise)}</a>
            </section>
        }
        .into_any();
    }
    let id = StoredValue::new(id);
    let current = Signal::derive(move || {
        ctx.exercises
            .with(|c| c.iter().find(|e| e.id == id.get_value()).cloned())
    });
    // Changes one field of the current language's text (or the exercise) and stores it.
    let update = move |change: ExerciseChange| {
        if let Some(mut e) = current.get_untracked() {
            change(&mut e, ctx.locale());
            ctx.save_exercise(e);
        }
    };
    let text_of = move |e: &Exercise| e.text(ctx.locale());
    let field = move |fid: &'static str,
                      label: Msg,
                      control: Control,
                      get: fn(&ExerciseText) -> String,
                      set: fn(&mut ExerciseText, String)| {
        view! {
            <TextField
                id=fid
                label=label
                control=control
                value=Signal::derive(move || current.get().map(|e| get(&text_of(&e))).unwrap_or_default())
                on_change=Callback::new(move |v: String| {
                    update(Box::new(move |e, l| {
                        let t = match l {
                            Locale::Fa => &mut e.fa,
                            Locale::En => &mut e.en,
                        };
                        set(t, v);
                    }))
                })
            />
        }
    };
    let kind_options: Vec<(String, Msg)> =
        choice_options(&BlockKind::ALL, CommonMsg::BlockKindName);
    let checks = move |legend: Msg,
                       items: Vec<(String, Msg)>,
                       has: fn(&Exercise, &str) -> bool,
                       toggle: fn(&mut Exercise, &str)| {
        let boxes = items
            .into_iter()
            .map(|(value, label)| {
                let v2 = value.clone();
                let cid = format!("check-{value}");
                view! {
                    <div class="choice">
                        <input type="checkbox" id=cid.clone()
                            prop:checked=move || current.get().is_some_and(|e| has(&e, &value))
                            on:change=move |_| { let v = v2.clone(); update(Box::new(move |e, _| toggle(e, &v))) } />
                        <label for=cid>{ctx.tr(label)}</label>
                    </div>
                }
            })
            .collect_view();
        view! { <fieldset class="card"><legend>{ctx.tr(legend)}</legend>{boxes}</fieldset> }
    };
    let del = move |_| ctx.delete_exercise(&id.get_value());
    view! {
        <section class="page edit-exercise">
            <p class="no-print link-list"><a href=move || Route::Exercise(id.get_value()).path()>{ctx.tr(LibraryMsg::BackToExercise)}</a><a href=Route::Library.path()>{ctx.tr(CommonMsg::LibraryTitle)}</a></p>
            <div class="card">
                {field("exercise-title", CommonMsg::BlockTitleLabel.into(), Control::Line, |t| t.title.clone(), |t, v| t.title = v)}
                {field("exercise-goal", LibraryMsg::GoalLabel.into(), Control::Area, |t| t.goal.clone(), |t, v| t.goal = v)}
                <div class="field-row">
                    <SelectField id="exercise-kind" label=CommonMsg::BlockKindLabel.into() options=kind_options
                        value=Signal::derive(move || current.get().map(|e| choice_value(&e.kind)).unwrap_or_default())
                        on_change=Callback::new(move |v: String| {
                            if let Some(k) = parse_choice(&BlockKind::ALL, &v) {
                                update(Box::new(move |e, _| e.kind = k));
                            }
                        }) />
                    <TextField id="exercise-minutes" label=CommonMsg::BlockMinutesLabel.into() control=Control::Number
                        value=Signal::derive(move || current.get().map(|e| crate::i18n::number(e.minutes, ctx.locale())).unwrap_or_default())
                        on_change=Callback::new(move |v: String| {
                            if let Some(n) = parse_num(&v) {
                                update(Box::new(move |e, _| e.minutes = n));
                            }
                        }) />
                </div>
                {field("exercise-materials", LibraryMsg::MaterialsLabel.into(), Control::Area, |t| lines(&t.materials), |t, v| t.materials = split_lines(&v))}
                {field("exercise-steps", LibraryMsg::StepsLabel.into(), Control::Area, |t| lines(&t.steps), |t, v| t.steps = split_lines(&v))}
                {field("exercise-questions", LibraryMsg::QuestionsLabel.into(), Control::Area, |t| lines(&t.questions), |t, v| t.questions = split_lines(&v))}
                {field("exercise-variations", LibraryMsg::VariationsLabel.into(), Control::Area, |t| lines(&t.variations), |t, v| t.variations = split_lines(&v))}
                {field("exercise-cautions", LibraryMsg::CautionsLabel.into(), Control::Area, |t| lines(&t.cautions), |t, v| t.cautions = split_lines(&v))}
            </div>
            {checks(LibraryMsg::StagesLabel.into(), choice_options(&Stage::ALL, CommonMsg::StageName),
                |e, v| e.stages.iter().any(|s| choice_value(s) == v),
                |e, v| {
                    if let Some(s) = parse_choice(&Stage::ALL, v) {
                        if e.stages.contains(&s) { e.stages.retain(|x| *x != s) } else { e.stages.push(s) }
                    }
                })}
            {checks(LibraryMsg::FocusAreasLabel.into(), choice_options(&Focus::ALL, CommonMsg::FocusName),
                |e, v| e.focus.iter().any(|f| choice_value(f) == v),
                |e, v| {
                    if let Some(f) = parse_choice(&Focus::ALL, v) {
                        if e.focus.contains(&f) { e.focus.retain(|x| *x != f) } else { e.focus.push(f) }
                    }
                })}
            <button type="button" class="danger" id="delete-exercise" on:click=del>{ctx.tr(CommonMsg::Delete)}</button>
        </section>
    }
    .into_any()
}
