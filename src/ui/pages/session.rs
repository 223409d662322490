//! The session planner: stage, objectives, an agenda of timed blocks (add, edit, duplicate,
//! remove with undo, reorder by keyboard or drag), the minutes against the session length, the
//! materials of the whole session, attendance and private notes.

use super::group::AttendanceCell;
use crate::domain::exercise::ExerciseFilter;
use crate::domain::session::{Block, BlockKind, Session, Stage, Text};
use crate::domain::template::block_from_exercise;
use crate::domain::{Group, Id};
use crate::i18n::msg::*;
use crate::i18n::to_ascii_digits;
use crate::ui::components::{Control, SelectField, TextField};
use crate::ui::components::{choice_options, choice_value, parse_choice};
use crate::ui::context::AppContext;
use crate::ui::platform;
use crate::ui::route::{PrintView, Route};
use leptos::prelude::*;

/// The planner for session `index` of group `id`.
#[component]
pub fn SessionPage(
    /// The group.
    id: Id,
    /// The session's index (0-based).
    index: usize,
) -> impl IntoView {
    let ctx = AppContext::expect();
    if ctx
        .group(&id)
        .and_then(|g| g.sessions.get(index).cloned())
        .is_none()
    {
        return view! { <section class="page"><h1>{ctx.tr(CommonMsg::NotFound)}</h1></section> }
            .into_any();
    }
    let stored = Memo::new({
        let id = id.clone();
        move |_| ctx.group(&id)
    });
    let session = move || stored.with(|g| g.as_ref().and_then(|g| g.sessions.get(index).cloned()));
    let minutes = move || stored.with(|g| g.as_ref().map_or(45, |g| g.session_minutes));
    let gid_store = StoredValue::new(id.clone());
    let run = move |change: Box<dyn FnOnce(&mut Session)>| {
        edit_session(ctx, &gid_store.get_value(), index, change);
    };

    let stage_options = choice_options(&Stage::ALL, CommonMsg::StageName);
    let timing = move || session().map(|s| s.timing(minutes()));
    let new_kind = RwSignal::new(String::from("Main"));
    let title = move || {
        let s = ctx.settings.get();
        let date = stored.with(|g| {
            g.as_ref()
                .and_then(|g| g.session_dates().get(index).copied().flatten())
        });
        let mut t = ctx.t(CommonMsg::SessionN(index + 1));
        if let Some(d) = date {
            t.push_str(" — ");
            t.push_str(&crate::i18n::format_date_long(
                d,
                s.effective_calendar(),
                s.locale,
            ));
        }
        t
    };
    let block_keys = move || {
        let blocks = session().map(|s| s.blocks).unwrap_or_default();
        blocks
            .into_iter()
            .enumerate()
            .map(|(i, b)| (i, b.id))
            .collect::<Vec<(usize, Id)>>()
    };
    let members = move || stored.with(|g| g.as_ref().map(Group::member_codes).unwrap_or_default());
    let gid = id.clone();
    view! {
        <section class="page session-page" aria-labelledby="session-title">
            <p class="no-print print-actions">
                <a href=Route::Group(id.clone()).path()>{ctx.tr(CommonMsg::BackToGroup)}</a>
                <a href=Route::Guide.path()>{ctx.tr(CommonMsg::GuideTitle)}</a>
            </p>
            <h1 id="session-title">{title}</h1>
            // #16: the group's cautions, open on the first session, folded after it.
            {move || stored.with(|g| g.as_ref().map(|g| (g.cautions.lines().filter(|l| !l.trim().is_empty()).count(), super::print::group_cautions(&g.cautions)))).and_then(|(n, items)| items.map(|items| view! {
                <details class="cautions" id="group-cautions" open=index == 0>
                    <summary>{ctx.t(SafetyMsg::GroupCautionsCount(n))}</summary>
                    <ul>{items}</ul>
                </details>
            }))}
            <div class="card">
                <SelectField
                    id="session-stage"
                    label=CommonMsg::StageLabel.into()
                    options=stage_options
                    value=Signal::derive(move || session().map(|s| choice_value(&s.stage)).unwrap_or_default())
                    on_change=Callback::new(move |v: String| {
                        if let Some(stage) = parse_choice(&Stage::ALL, &v) {
                            run(Box::new(move |s| s.stage = stage));
                        }
                    })
                />
                <p class="muted">{move || session().map(|s| ctx.t(SessionsMsg::StageHint(s.stage)))}</p>
                <TextField
                    id="session-objectives"
                    label=CommonMsg::ObjectivesLabel.into()
                    control=Control::Area
                    value=Signal::derive(move || session().map(|s| ctx.text(&s.objectives)).unwrap_or_default())
                    on_change=Callback::new(move |v: String| run(Box::new(move |s| s.objectives = Text::Typed(v))))
                />
            </div>
            <section class="card" aria-labelledby="agenda-title">
                <h2 id="agenda-title">{ctx.tr(CommonMsg::AgendaTitle)}</h2>
                <p id="timing" class="timing">
                    {move || timing().map(|t| ctx.t(CommonMsg::Minutes { planned: t.planned, available: t.available }))}
                </p>
                {move || timing().and_then(|t| t.over_by()).map(|over| view! {
                    <p class="warning" role="alert" id="over-warning">{ctx.t(SessionsMsg::OverBy(over))}</p>
                })}
                // #17: an empty session starts from the standard agenda in one tap.
                {move || (block_keys().is_empty()).then(|| view! {
                    <p class="no-print">
                        <button type="button" class="primary" id="standard-session" on:click=move |_| {
                            let m = minutes();
                            run(Box::new(move |s| {
                                if s.blocks.is_empty() {
                                    s.blocks = crate::domain::session::standard_blocks(m, platform::new_id);
                                }
                            }));
                        }>{ctx.t(SessionsMsg::StandardSession(minutes()))}</button>
                    </p>
                })}
                <ol class="blocks" id="blocks">
                    <For
                        each=block_keys
                        key=|(i, bid)| (*i, bid.clone())
                        children=move |(i, bid)| view! { <BlockEditor index=i block_id=bid stored=stored session=index group=gid_store.get_value() /> }
                    />
                </ol>
                // #17: the running total again where blocks are added, so a session that runs
                // over is seen by the person adding to it (the first is above the agenda).
                <p class="timing no-print" id="timing-end" class:over=move || timing().is_some_and(|t| t.over_by().is_some())>
                    {move || timing().map(|t| ctx.t(CommonMsg::Minutes { planned: t.planned, available: t.available }))}
                    {move || timing().and_then(|t| t.over_by()).map(|over| view! { " · "{ctx.t(SessionsMsg::OverBy(over))} })}
                </p>
                <LibraryPicker id=id.clone() index=index stored=stored block=None />
                <div class="inline-form no-print">
                    <SelectField
                        id="new-block-kind"
                        label=CommonMsg::BlockKindLabel.into()
                        options=choice_options(&BlockKind::ALL, CommonMsg::BlockKindName)
                        value=new_kind
                        on_change=Callback::new(move |v| new_kind.set(v))
                    />
                    <button type="button" id="add-block" on:click=move |_| {
                        let kind = parse_choice(&BlockKind::ALL, &new_kind.get_untracked()).unwrap_or(BlockKind::Main);
                        run(Box::new(move |s| s.blocks.push(Block::new(platform::new_id(), kind))));
                    }>{ctx.tr(SessionsMsg::AddBlock)}</button>
                </div>
            </section>
            <section class="card" aria-labelledby="materials-title">
                <h2 id="materials-title">{ctx.tr(CommonMsg::MaterialsTitle)}</h2>
                {move || {
                    let items = session().map(|s| s.materials()).unwrap_or_default();
                    if items.is_empty() {
                        view! { <p class="muted">{ctx.t(SessionsMsg::NoMaterials)}</p> }.into_any()
                    } else {
                        view! { <ul id="materials">{items.into_iter().map(|m| view! { <li dir="auto">{m}</li> }).collect_view()}</ul> }.into_any()
                    }
                }}
            </section>
            <section class="card" aria-labelledby="session-attendance-title">
                <h2 id="session-attendance-title">{ctx.tr(CommonMsg::AttendanceTitle)}</h2>
                <ul class="list">
                    <For
                        each=members
                        key=|(m, c)| (m.clone(), c.clone())
                        children=move |(m, c)| view! {
                            <li class="list-item"><span dir="auto">{c.clone()}</span><AttendanceCell id=gid.clone() member=m code=c session=index stored=stored /></li>
                        }
                    />
                </ul>
            </section>
            <section class="card" aria-labelledby="kit-text-title">
                <h2 id="kit-text-title">{ctx.tr(SessionsMsg::ForMembersTitle)}</h2>
                <p class="muted">{ctx.tr(SessionsMsg::ForMembersHint)}</p>
                <TextField
                    id="session-prompt"
                    label=SessionsMsg::SessionPromptLabel.into()
                    control=Control::Area
                    value=Signal::derive(move || session().map(|s| s.prompt).unwrap_or_default())
                    on_change=Callback::new(move |v: String| run(Box::new(move |s| s.prompt = v.trim().to_owned())))
                />
                <TextField
                    id="session-task"
                    label=SessionsMsg::SessionTaskLabel.into()
                    control=Control::Area
                    value=Signal::derive(move || session().map(|s| s.task).unwrap_or_default())
                    on_change=Callback::new(move |v: String| run(Box::new(move |s| s.task = v.trim().to_owned())))
                />
            </section>
            <section class="card" aria-labelledby="notes-title">
                <h2 id="notes-title">{ctx.tr(SessionsMsg::NotesLabel)}</h2>
                <p class="muted">{ctx.tr(SessionsMsg::NotesHint)}</p>
                <TextField
                    id="session-notes"
                    label=SessionsMsg::NotesLabel.into()
                    control=Control::Area
                    value=Signal::derive(move || session().map(|s| s.notes).unwrap_or_default())
                    on_change=Callback::new(move |v: String| run(Box::new(move |s| s.notes = v)))
                />
            </section>
            <p class="no-print"><a id="print-session" href=Route::Print(id.clone(), PrintView::Session(index)).path()>{ctx.tr(SessionsMsg::PrintSession)}</a></p>
        </section>
    }
    .into_any()
}

/// Applies `change` to session `index` of group `id` and stores the group.
fn edit_session(ctx: AppContext, id: &Id, index: usize, change: Box<dyn FnOnce(&mut Session)>) {
    ctx.change_group(id, |g| {
        if let Some(s) = g.sessions.get_mut(index) {
            change(s);
        }
    });
}

/// One block of the agenda.
#[component]
fn BlockEditor(
    /// Position in the agenda.
    index: usize,
    /// The block's id.
    block_id: Id,
    /// The stored group.
    stored: Memo<Option<Group>>,
    /// The session's index.
    session: usize,
    /// The group's id.
    group: Id,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let group = StoredValue::new(group);
    let run = move |change: Box<dyn FnOnce(&mut Session)>| {
        edit_session(ctx, &group.get_value(), session, change);
    };
    let block = {
        let bid = block_id.clone();
        move || {
            stored.with(|g| {
                g.as_ref()
                    .and_then(|g| g.sessions.get(session))
                    .and_then(|s| s.blocks.iter().find(|b| b.id == bid).cloned())
            })
        }
    };
    let block = Signal::derive(block);
    let count = move || {
        stored.with(|g| {
            g.as_ref()
                .and_then(|g| g.sessions.get(session))
                .map_or(0, |s| s.blocks.len())
        })
    };
    let bid_store = StoredValue::new(block_id.clone());
    let with_block = move |f: fn(&mut Block, String)| {
        Callback::new(move |v: String| {
            let bid = bid_store.get_value();
            run(Box::new(move |s| {
                if let Some(b) = s.blocks.iter_mut().find(|b| b.id == bid) {
                    f(b, v);
                }
            }));
        })
    };
    let text_value = move |get: fn(&Block) -> &Text| {
        Signal::derive(move || {
            block.with(|b| b.as_ref().map(|b| ctx.text(get(b))).unwrap_or_default())
        })
    };
    let kind = move || block.with(|b| b.as_ref().map(|b| b.kind));
    let pid = move |name: &str| format!("block-{index}-{name}");
    let move_to = move |to: usize| {
        run(Box::new(move |s| s.move_block(index, to)));
        // The block's editor is rebuilt at its new place; keep the keyboard where it was.
        platform::focus_soon(&format!(
            "block-{to}-{}",
            if to < index { "up" } else { "down" }
        ));
    };
    let duplicate = move |_| {
        run(Box::new(move |s| {
            if let Some(b) = s.blocks.get(index).cloned() {
                s.blocks.insert(
                    index + 1,
                    Block {
                        id: platform::new_id(),
                        ..b
                    },
                );
            }
        }));
    };
    let remove = move |_| {
        ctx.change_group_undoable(&group.get_value(), SessionsMsg::BlockRemoved, |g| {
            if let Some(s) = g.sessions.get_mut(session)
                && index < s.blocks.len()
            {
                s.blocks.remove(index);
            }
        });
    };
    let drag_start = move |ev: leptos::ev::DragEvent| {
        if let Some(dt) = ev.data_transfer() {
            let _ = dt.set_data("text/plain", &index.to_string());
        }
    };
    let drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        let from = ev
            .data_transfer()
            .and_then(|dt| dt.get_data("text/plain").ok())
            .and_then(|s| s.parse::<usize>().ok());
        if let Some(from) = from.filter(|f| *f != index) {
            run(Box::new(move |s| s.move_block(from, index)));
        }
    };
    view! {
        <li class="block card" draggable="true" on:dragstart=drag_start on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=drop>
            <div class="block-head">
                <strong>{move || kind().map(|k| ctx.t(CommonMsg::BlockKindName(k)))}</strong>
                <div class="item-actions no-print">
                    <button type="button" id=pid("up") disabled=move || index == 0 on:click=move |_| move_to(index.saturating_sub(1))>{ctx.tr(SessionsMsg::MoveUp)}</button>
                    <button type="button" id=pid("down") disabled={move || index + 1 >= count()} on:click=move |_| move_to(index + 1)>{ctx.tr(SessionsMsg::MoveDown)}</button>
                    <button type="button" on:click=duplicate>{ctx.tr(CommonMsg::Duplicate)}</button>
                    <button type="button" class="danger" id=pid("remove") on:click=remove>{ctx.tr(CommonMsg::Remove)}</button>
                </div>
            </div>
            // #16: the cautions of the exercise this block was made from, with a link to it.
            {move || {
                let e = block
                    .with(|b| b.as_ref().and_then(|b| b.exercise.clone()))
                    .and_then(|eid| ctx.exercise(&eid))?;
                let t = e.text(ctx.locale());
                (!t.cautions.is_empty()).then(|| {
                    let items = t.cautions.iter().map(|c| view! { <li dir="auto">{c.clone()}</li> }).collect_view();
                    view! {
                        <aside class="cautions" id=pid("cautions")>
                            <strong>{ctx.t(SafetyMsg::ExerciseCautions)}</strong>
                            <ul>{items}</ul>
                            <a href=Route::Exercise(e.id.clone()).path()>{ctx.t(SafetyMsg::AboutExercise(t.title.clone()))}</a>
                        </aside>
                    }
                })
            }}
            <div class="field-row">
                <TextField id=pid("title") label=CommonMsg::BlockTitleLabel.into() value=text_value(|b| &b.title)
                    on_change=with_block(|b, v| b.title = Text::Typed(v)) />
                <TextField id=pid("minutes") label=CommonMsg::BlockMinutesLabel.into() control=Control::Number
                    value=Signal::derive(move || block.with(|b| b.as_ref().map(|b| crate::i18n::number(b.minutes, ctx.locale())).unwrap_or_default()))
                    on_change=with_block(|b, v| b.minutes = to_ascii_digits(v.trim()).parse().unwrap_or(b.minutes)) />
            </div>
            <details class="no-print fill-from-library">
                <summary>{ctx.tr(SessionsMsg::AddFromLibrary)}</summary>
                <LibraryPicker id=group.get_value() index=session stored=stored block=Some(index) />
            </details>
            <TextField id=pid("description") label=CommonMsg::BlockDescriptionLabel.into() control=Control::Area value=text_value(|b| &b.description)
                on_change=with_block(|b, v| b.description = Text::Typed(v)) />
            <TextField id=pid("materials") label=SessionsMsg::BlockMaterialsLabel.into() control=Control::Area
                value=Signal::derive(move || block.with(|b| b.as_ref().map(|b| b.materials.clone()).unwrap_or_default()))
                on_change=with_block(|b, v| b.materials = v) />
            {move || (kind() == Some(BlockKind::Processing) || block.with(|b| b.as_ref().is_some_and(|b| !b.questions.is_empty()))).then(|| view! {
                <TextField id=pid("questions") label=SessionsMsg::BlockQuestionsLabel.into() control=Control::Area
                    value=Signal::derive(move || block.with(|b| b.as_ref().map(|b| b.questions.clone()).unwrap_or_default()))
                    on_change=with_block(|b, v| b.questions = v) />
            })}
            {move || (kind() == Some(BlockKind::Closing)).then(|| view! {
                <TextField id=pid("task") label=CommonMsg::BlockTaskLabel.into() control=Control::Area value=text_value(|b| &b.task)
                    on_change=with_block(|b, v| b.task = Text::Typed(v)) />
                <TextField id=pid("prompt") label=CommonMsg::BlockPromptLabel.into() control=Control::Area value=text_value(|b| &b.prompt)
                    on_change=with_block(|b, v| b.prompt = Text::Typed(v)) />
            })}
        </li>
    }
}

/// Picks an exercise from the library, pre-filtered to the session's stage, the group's focus and
/// the minutes left; its steps, materials and questions fill a new block, or block `block`.
#[component]
fn LibraryPicker(
    id: Id,
    index: usize,
    stored: Memo<Option<Group>>,
    block: Option<usize>,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let chosen = RwSignal::new(String::new());
    // Ids: "library-pick" for a new block; "block-2-library-pick" to fill block 2.
    let pid = move |name: &str| match block {
        Some(b) => format!("block-{b}-{name}"),
        None => name.to_owned(),
    };
    let left = move || {
        stored.with(|g| {
            g.as_ref()
                .and_then(|g| g.sessions.get(index).map(|s| s.timing(g.session_minutes)))
                .map_or(0, |t| t.available.saturating_sub(t.planned))
                + block
                    .and_then(|b| {
                        g.as_ref()
                            .and_then(|g| g.sessions.get(index))
                            .and_then(|s| s.blocks.get(b))
                    })
                    .map_or(0, |b| u32::from(b.minutes))
        })
    };
    let options = move || {
        let (stage, focus) = stored.with(|g| {
            g.as_ref()
                .map(|g| (g.sessions.get(index).map(|s| s.stage), Some(g.focus)))
                .unwrap_or((None, None))
        });
        let filter = ExerciseFilter {
            stage,
            focus,
            max_minutes: Some(u16::try_from(left()).unwrap_or(u16::MAX)),
            ..Default::default()
        };
        let l = ctx.locale();
        let found = super::library::find(ctx, filter, "");
        if chosen.get_untracked().is_empty()
            || !found
                .iter()
                .any(|e| e.id.as_str() == chosen.get_untracked())
        {
            chosen.set(found.first().map(|e| e.id.to_string()).unwrap_or_default());
        }
        found
            .into_iter()
            .map(|e| {
                (
                    e.id.to_string(),
                    CommonMsg::Verbatim(format!(
                        "{} ({})",
                        e.text(l).title,
                        crate::i18n::number(e.minutes, l)
                    ))
                    .into(),
                )
            })
            .collect::<Vec<(String, Msg)>>()
    };
    let add = move |_| {
        let Some(e) = ctx.exercise(&Id::from_raw(chosen.get_untracked())) else {
            return;
        };
        let l = ctx.locale();
        edit_session(
            ctx,
            &id,
            index,
            Box::new(move |s| match block.and_then(|b| s.blocks.get_mut(b)) {
                Some(target) => {
                    let filled = block_from_exercise(target.id.clone(), &e, e.minutes, l);
                    *target = Block {
                        task: target.task.clone(),
                        prompt: target.prompt.clone(),
                        ..filled
                    };
                }
                None => s
                    .blocks
                    .push(block_from_exercise(platform::new_id(), &e, e.minutes, l)),
            }),
        );
    };
    view! {
        <div class="inline-form no-print library-picker">
            <p class="muted" id=pid("minutes-left")>{move || ctx.t(SessionsMsg::MinutesLeft(left()))}</p>
            {move || {
                let opts = options();
                let empty = opts.is_empty();
                view! {
                    <SelectField id=pid("library-pick") label=SessionsMsg::AddFromLibrary.into() options=opts value=chosen
                        on_change=Callback::new(move |v| chosen.set(v)) />
                    <button type="button" id=pid("add-from-library") disabled=empty on:click=add.clone()>{ctx.t(SessionsMsg::AddExercise)}</button>
                }
            }}
        </div>
    }
}
