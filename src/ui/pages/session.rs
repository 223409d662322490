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
use crate::ui::components::{Control, SelectField, Sheet, TextField};
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
        let (name, date) = stored.with(|g| {
            g.as_ref().map_or_else(
                || (ctx.t(CommonMsg::SessionN(index + 1)), None),
                |g| {
                    let date = g.session_dates().get(index).copied().flatten();
                    (ctx.session_name(g, index), date)
                },
            )
        });
        let mut t = name;
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
    let for_members = move || {
        session()
            .map(|s| s.for_members(|t| ctx.text(t)))
            .unwrap_or_default()
    };
    // The block open for editing, and the library sheet.
    let open_block = RwSignal::new(None::<Id>);
    let library = Library::new();
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
                // #17: the agenda as a timeline of rows (kind, title, minutes as a bar against
                // the session's length); one block is open for editing at a time.
                <ol class="blocks timeline" id="blocks">
                    <For
                        each=block_keys
                        key=|(i, bid)| (*i, bid.clone())
                        children=move |(i, bid)| view! { <BlockEditor index=i block_id=bid stored=stored session=index group=gid_store.get_value() open=open_block library=library /> }
                    />
                </ol>
                // #17: the running total again where blocks are added, so a session that runs
                // over is seen by the person adding to it (the first is above the agenda).
                <p class="timing no-print" id="timing-end" class:over=move || timing().is_some_and(|t| t.over_by().is_some())>
                    {move || timing().map(|t| ctx.t(CommonMsg::Minutes { planned: t.planned, available: t.available }))}
                    {move || timing().and_then(|t| t.over_by()).map(|over| view! { " · "{ctx.t(SessionsMsg::OverBy(over))} })}
                </p>
                <div class="agenda-actions no-print">
                    <button type="button" class="primary" id="open-library" aria-haspopup="dialog"
                        on:click=move |_| library.show(None)>{ctx.tr(SessionsMsg::AddFromLibrary)}</button>
                    <div class="inline-form">
                        <SelectField
                            id="new-block-kind"
                            label=CommonMsg::BlockKindLabel.into()
                            options=choice_options(&BlockKind::ALL, CommonMsg::BlockKindName)
                            value=new_kind
                            on_change=Callback::new(move |v| new_kind.set(v))
                        />
                        <button type="button" id="add-block" on:click=move |_| {
                            let kind = parse_choice(&BlockKind::ALL, &new_kind.get_untracked()).unwrap_or(BlockKind::Main);
                            let nid = platform::new_id();
                            let at = block_keys().len();
                            let block = Block::new(nid.clone(), kind);
                            run(Box::new(move |s| s.blocks.push(block)));
                            // The new block opens, its title ready to type.
                            open_block.set(Some(nid));
                            platform::focus_soon(&format!("block-{at}-title"));
                        }>{ctx.tr(SessionsMsg::AddBlock)}</button>
                    </div>
                </div>
                <LibrarySheet id=id.clone() index=index stored=stored target=library />
            </section>
            // #17: what members receive, in one place (it was also in the closing block).
            <section class="card" aria-labelledby="kit-text-title">
                <h2 id="kit-text-title">{ctx.tr(SessionsMsg::ForMembersTitle)}</h2>
                <p class="muted">{ctx.tr(SessionsMsg::ForMembersHint)}</p>
                <TextField
                    id="session-prompt"
                    label=SessionsMsg::SessionPromptLabel.into()
                    control=Control::Area
                    value=Signal::derive(move || for_members().0)
                    on_change=Callback::new(move |v: String| run(Box::new(move |s| s.set_for_members(Some(v), None))))
                />
                <TextField
                    id="session-task"
                    label=SessionsMsg::SessionTaskLabel.into()
                    control=Control::Area
                    value=Signal::derive(move || for_members().1)
                    on_change=Callback::new(move |v: String| run(Box::new(move |s| s.set_for_members(None, Some(v)))))
                />
                // #18: the exit ticket's quick statements (the built-in one where none is typed).
                <TextField
                    id="session-exit"
                    label=KitsMsg::SessionExitLabel.into()
                    control=Control::Area
                    value=Signal::derive(move || session().map(|s| s.exit_items.join("\n")).unwrap_or_default())
                    note=Signal::derive(move || Some(KitsMsg::SessionExitHint(ctx.text(&crate::domain::session::Text::Builtin(crate::domain::session::Builtin::ExitLearned))).into()))
                    on_change=Callback::new(move |v: String| run(Box::new(move |s| {
                        s.exit_items = v.lines().map(str::trim).filter(|l| !l.is_empty()).take(crate::domain::exit::MAX_ITEMS).map(str::to_owned).collect();
                    })))
                />
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

/// One block of the agenda: a row of the timeline that opens its editor.
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
    /// The block open for editing (one at a time).
    open: RwSignal<Option<Id>>,
    /// The library sheet.
    library: Library,
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
    let is_open = move || open.with(|o| o.as_ref() == Some(&bid_store.get_value()));
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
    let toggle = move |_| {
        let me = bid_store.get_value();
        open.update(|o| {
            *o = if o.as_ref() == Some(&me) {
                None
            } else {
                Some(me)
            }
        });
    };
    // The bar's share of the session (or of the planned minutes, when they run over).
    let share = move || {
        let (m, length) = stored.with(|g| {
            let length = g.as_ref().map_or(45, |g| {
                let planned = g
                    .sessions
                    .get(session)
                    .map_or(0, |s| s.timing(g.session_minutes).planned);
                planned.max(u32::from(g.session_minutes))
            });
            (
                block.with(|b| b.as_ref().map_or(0, |b| u32::from(b.minutes))),
                length,
            )
        });
        format!("{}%", (m * 100).checked_div(length).unwrap_or(0).min(100))
    };
    view! {
        <li class="block" class:open=is_open draggable="true" on:dragstart=drag_start on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=drop>
            <button type="button" class="block-row" id=pid("row") aria-controls=pid("editor")
                aria-expanded=move || if is_open() { "true" } else { "false" } on:click=toggle>
                <span class="block-kind">{move || kind().map(|k| ctx.t(CommonMsg::BlockKindName(k)))}</span>
                <span class="block-title" dir="auto">{move || {
                    let t = text_value(|b| &b.title).get();
                    if t.trim().is_empty() { ctx.t(SessionsMsg::Untitled) } else { t }
                }}</span>
                <span class="block-minutes">{move || ctx.t(LibraryMsg::MinutesShort(block.with(|b| b.as_ref().map_or(0, |b| b.minutes))))}</span>
                <span class="block-bar" aria-hidden="true"><span style:inline-size=share></span></span>
            </button>
            <div class="block-editor" id=pid("editor") hidden=move || !is_open()>
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
                <div class="item-actions block-actions no-print">
                    <button type="button" id=pid("fill") aria-haspopup="dialog" on:click=move |_| library.show(Some(bid_store.get_value()))>{ctx.tr(SessionsMsg::FillFromLibrary)}</button>
                    <button type="button" id=pid("up") disabled=move || index == 0 on:click=move |_| move_to(index.saturating_sub(1))>{ctx.tr(SessionsMsg::MoveUp)}</button>
                    <button type="button" id=pid("down") disabled={move || index + 1 >= count()} on:click=move |_| move_to(index + 1)>{ctx.tr(SessionsMsg::MoveDown)}</button>
                    <button type="button" on:click=duplicate>{ctx.tr(CommonMsg::Duplicate)}</button>
                    <button type="button" class="danger" id=pid("remove") on:click=remove>{ctx.tr(CommonMsg::Remove)}</button>
                </div>
            </div>
        </li>
    }
}

/// The planner's library sheet: whether it shows, and the block it fills (none: it adds one).
#[derive(Clone, Copy)]
struct Library {
    open: RwSignal<bool>,
    fill: RwSignal<Option<Id>>,
}

impl Library {
    fn new() -> Self {
        Library {
            open: RwSignal::new(false),
            fill: RwSignal::new(None),
        }
    }

    /// Opens the sheet to fill block `fill`, or to add a block.
    fn show(self, fill: Option<Id>) {
        self.fill.set(fill);
        self.open.set(true);
    }
}

/// The library as a sheet (#17): search and previews (goal, minutes, size, ages, stage), at
/// first only what fits the session's stage, the group's focus and the minutes left. A result
/// adds a block, or fills the block the sheet was opened from, and the sheet closes.
#[component]
fn LibrarySheet(
    id: Id,
    index: usize,
    stored: Memo<Option<Group>>,
    /// Whether it shows, and what it adds to.
    target: Library,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let open = target.open;
    let query = RwSignal::new(String::new());
    let all = RwSignal::new(false);
    let filling = move || target.fill.get();
    let left = move || {
        let fill = filling();
        stored.with(|g| {
            let Some((s, length)) = g
                .as_ref()
                .and_then(|g| g.sessions.get(index).map(|s| (s, g.session_minutes)))
            else {
                return 0;
            };
            let t = s.timing(length);
            t.available.saturating_sub(t.planned)
                + fill
                    .and_then(|b| s.blocks.iter().find(|x| x.id == b))
                    .map_or(0, |b| u32::from(b.minutes))
        })
    };
    let results = move || {
        if !open.get() {
            return Vec::new();
        }
        let filter = if all.get() {
            ExerciseFilter::default()
        } else {
            let (stage, focus) = stored.with(|g| {
                g.as_ref()
                    .map(|g| (g.sessions.get(index).map(|s| s.stage), Some(g.focus)))
                    .unwrap_or((None, None))
            });
            ExerciseFilter {
                stage,
                focus,
                max_minutes: Some(u16::try_from(left()).unwrap_or(u16::MAX)),
                ..Default::default()
            }
        };
        super::library::find(ctx, filter, &query.get())
    };
    let gid = StoredValue::new(id);
    let use_exercise = move |eid: Id| {
        let Some(e) = ctx.exercise(&eid) else {
            return;
        };
        let l = ctx.locale();
        let fill = filling();
        edit_session(
            ctx,
            &gid.get_value(),
            index,
            Box::new(
                move |s| match fill.and_then(|b| s.blocks.iter_mut().find(|x| x.id == b)) {
                    Some(target) => {
                        *target = block_from_exercise(target.id.clone(), &e, e.minutes, l);
                    }
                    None => {
                        s.blocks
                            .push(block_from_exercise(platform::new_id(), &e, e.minutes, l))
                    }
                },
            ),
        );
        open.set(false);
    };
    let title = Signal::derive(move || {
        ctx.t(if filling().is_some() {
            SessionsMsg::FillFromLibrary
        } else {
            SessionsMsg::AddFromLibrary
        })
    });
    view! {
        <Sheet id="library-sheet" open=open title=title>
            <p class="muted" id="library-minutes-left">{move || ctx.t(SessionsMsg::MinutesLeft(left()))}</p>
            {super::library::search_field("library-sheet-search", query)}
            <div class="choice">
                <input type="checkbox" id="library-all" prop:checked=all on:change=move |ev| all.set(event_target_checked(&ev)) />
                <label for="library-all">{ctx.tr(SessionsMsg::LibraryShowAll)}</label>
            </div>
            {move || {
                let found = results();
                if found.is_empty() {
                    return view! { <p class="muted" id="library-nothing" role="status">{ctx.t(SessionsMsg::LibraryNothing)}</p> }.into_any();
                }
                let l = ctx.locale();
                let action = if filling().is_some() { SessionsMsg::UseForBlock } else { SessionsMsg::AddExercise };
                let items = found.into_iter().map(|e| {
                    let t = e.text(l);
                    let eid = e.id.clone();
                    let stages = crate::i18n::list(&e.stages.iter().map(|s| ctx.t(CommonMsg::StageName(*s))).collect::<Vec<_>>(), l);
                    view! {
                        <li class="library-result">
                            <h3 dir="auto">{t.title.clone()}</h3>
                            <p class="item-meta">{ctx.t(LibraryMsg::ExerciseFacts { minutes: e.minutes, size: e.size, ages: e.ages })}</p>
                            <p class="item-meta">{ctx.t(SessionsMsg::LibraryResultStages(stages))}</p>
                            <p class="goal" dir="auto">{t.goal.clone()}</p>
                            <button type="button" class="use-exercise" data-exercise=e.id.to_string()
                                on:click=move |_| use_exercise(eid.clone())>{ctx.t(action.clone())}</button>
                        </li>
                    }
                }).collect_view();
                view! { <ul class="plain-list library-results" id="library-results">{items}</ul> }.into_any()
            }}
        </Sheet>
    }
}
