//! The member's private journal: a welcome, entries with a date (in the person's calendar), a
//! labelled mood, feelings tags and an optional prompt from the bank; the draft is stored on
//! every keystroke. Search (Persian variants alike) and filters by date, tag and mood; a mood
//! chart with its data table; edit and delete with undo.

use crate::content;
use crate::domain::journal::{ENTRY_TEXT_MAX, JournalFilter};
use crate::domain::{JournalEntry, iso_date};
use crate::i18n::format_date_long;
use crate::i18n::msg::*;
use crate::storage::draft_store::JournalDraft;
use crate::ui::components::{CalendarDateField, LineChart, SelectField};
use crate::ui::context::{AppContext, invalid};
use crate::ui::pages::KitCards;
use crate::ui::platform;
use crate::ui::route::Route;
use chrono::NaiveDate;
use leptos::either::Either;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

const STARTER_TAGS: u8 = 10;

/// Entries drawn at a time in the journal list.
const PAGE: usize = 50;

fn split_tags(s: &str) -> Vec<String> {
    s.split([',', '،', '\n'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The member's journal.
#[component]
pub fn MemberPage() -> impl IntoView {
    let ctx = AppContext::expect();
    let saved = ctx.draft();
    let restored = !saved.is_empty();
    let text = RwSignal::new(saved.text.clone());
    let date = RwSignal::new(iso_date::parse(&saved.date).unwrap_or_else(platform::today));
    let mood = RwSignal::new(saved.mood);
    let starter = RwSignal::new(Vec::<String>::new());
    let own_tags = RwSignal::new(String::new());
    {
        // Restore tags: starter ones back to their boxes, the rest into the text field.
        let locale = ctx.locale();
        let starter_words: Vec<String> = (0..STARTER_TAGS)
            .map(|i| JournalMsg::StarterTag(i).text(locale))
            .collect();
        let (s, own): (Vec<String>, Vec<String>) = saved
            .tags
            .iter()
            .cloned()
            .partition(|t| starter_words.contains(t));
        starter.set(s);
        own_tags.set(own.join("، "));
    }
    let prompt = RwSignal::new(None::<String>);
    let task_done = RwSignal::new(false);
    let error = RwSignal::new(None::<Msg>);
    let all_tags = move || {
        let mut t = starter.get();
        t.extend(split_tags(&own_tags.get()));
        t
    };
    // Every change to the form is kept as the draft.
    Effect::new(move |first: Option<()>| {
        let draft = JournalDraft {
            date: iso_date::format(date.get()),
            text: text.get(),
            mood: mood.get(),
            tags: all_tags(),
        };
        if first.is_some() {
            ctx.save_draft(draft);
        }
    });
    if restored {
        ctx.notify(
            JournalMsg::DraftRestored,
            crate::ui::context::Tone::Info,
            vec![],
        );
    }
    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        let task = task_done.get_untracked().then_some(true);
        match ctx.add_entry(
            date.get_untracked(),
            &text.get_untracked(),
            mood.get_untracked(),
            &all_tags(),
            prompt.get_untracked(),
            task,
        ) {
            Ok(()) => {
                text.set(String::new());
                mood.set(None);
                starter.set(Vec::new());
                own_tags.set(String::new());
                prompt.set(None);
                task_done.set(false);
                error.set(None);
            }
            Err(m) => error.set(Some(m)),
        }
    };
    let idea = move |_| {
        let bank = content::prompts();
        if !bank.is_empty() {
            let i = (js_sys::Math::random() * bank.len() as f64) as usize % bank.len();
            let p = &bank[i];
            prompt.set(Some(match ctx.locale() {
                crate::domain::Locale::Fa => p.fa.clone(),
                crate::domain::Locale::En => p.en.clone(),
            }));
        }
    };
    let moods = move || {
        (1..=5u8)
            .map(|m| {
                let id = format!("mood-{m}");
                view! {
                    <span class="choice">
                        <input type="radio" name="mood" id=id.clone() prop:checked=move || mood.get() == Some(m)
                            on:change=move |_| mood.set(Some(m)) />
                        <label for=id>{ctx.tr(JournalMsg::MoodName(m))}</label>
                    </span>
                }
            })
            .collect_view()
    };
    let tag_boxes = move || {
        (0..STARTER_TAGS)
            .map(|i| {
                let id = format!("tag-{i}");
                let word = move || ctx.t(JournalMsg::StarterTag(i));
                view! {
                    <span class="choice">
                        <input type="checkbox" id=id.clone() prop:checked=move || starter.with(|s| s.contains(&word()))
                            on:change=move |_| {
                                let w = word();
                                starter.update(|s| if s.contains(&w) { s.retain(|x| *x != w) } else { s.push(w) });
                            } />
                        <label for=id>{word}</label>
                    </span>
                }
            })
            .collect_view()
    };
    let welcome = move || {
        let w = content::welcome();
        let t = match ctx.locale() {
            crate::domain::Locale::Fa => &w.fa,
            crate::domain::Locale::En => &w.en,
        };
        view! {
            <h2>{t.title.clone()}</h2>
            {t.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
        }
    };
    let open_welcome = ctx.journal.with_untracked(Vec::is_empty);
    view! {
        <section class="page" aria-labelledby="journal-title">
            <h1 id="journal-title">{ctx.tr(CommonMsg::JournalTitle)}</h1>
            <p class="muted">{ctx.tr(JournalMsg::JournalPrivacy)}</p>
            <details class="card welcome-text" open=open_welcome>
                <summary>{ctx.tr(JournalMsg::WelcomeToggle)}</summary>
                {welcome}
            </details>
            <p class="link-list">
                <a id="surveys-link" href=Route::Surveys.path()>{ctx.tr(CommonMsg::SurveysTitle)}</a>
                <a id="goals-link" href=Route::Goals.path()>{ctx.tr(JournalMsg::GoalsTitle)}</a>
            </p>
            <KitCards prompt=prompt />
            <form class="card entry-form" on:submit=add novalidate>
                <CalendarDateField id="new-entry-date" label=CommonMsg::EntryDate.into() value=Signal::derive(move || Some(date.get()))
                    on_change=Callback::new(move |d: Option<NaiveDate>| date.set(d.unwrap_or_else(platform::today))) />
                <fieldset class="choices" id="mood-choices">
                    <legend>{ctx.tr(JournalMsg::MoodLabel)}</legend>
                    {moods}
                </fieldset>
                <fieldset class="choices">
                    <legend>{ctx.tr(JournalMsg::TagsLabel)}</legend>
                    {tag_boxes}
                    <div class="field">
                        <label for="own-tags">{ctx.tr(JournalMsg::OwnTagsLabel)}</label>
                        <input id="own-tags" type="text" dir="auto" bind:value=own_tags />
                    </div>
                </fieldset>
                <p>
                    <button type="button" id="need-idea" class="link-button" on:click=idea>{ctx.tr(JournalMsg::NeedIdea)}</button>
                </p>
                {move || prompt.get().map(|p| view! { <p class="prompt" id="entry-prompt" dir="auto">{p}</p> })}
                <div class="field">
                    <label for="new-entry-text">{ctx.tr(JournalMsg::EntryText)}</label>
                    <textarea
                        id="new-entry-text"
                        dir="auto"
                        rows="5"
                        maxlength=ENTRY_TEXT_MAX
                        bind:value=text
                        aria-invalid=invalid(error)
                        aria-describedby="new-entry-error"
                    ></textarea>
                    <p class="field-error" id="new-entry-error">{ctx.field_error(error)}</p>
                </div>
                <div class="choice">
                    <input type="checkbox" id="task-done" prop:checked=task_done on:change=move |_| task_done.update(|t| *t = !*t) />
                    <label for="task-done">{ctx.tr(JournalMsg::TaskDoneLabel)}</label>
                </div>
                <button type="submit" id="add-entry" class="primary">{ctx.tr(JournalMsg::AddEntry)}</button>
            </form>
            <MoodChart />
            <JournalList />
        </section>
    }
}

/// Mood over time, from entries that have one.
#[component]
fn MoodChart() -> impl IntoView {
    let ctx = AppContext::expect();
    let points = Signal::derive(move || {
        let mut pts: Vec<(NaiveDate, f64)> = ctx.journal.with(|j| {
            j.iter()
                .filter_map(|e| e.mood.map(|m| (e.date, f64::from(m))))
                .collect()
        });
        pts.sort_by_key(|(d, _)| *d);
        pts
    });
    view! {
        {move || (!points.with(Vec::is_empty)).then(|| view! {
            <LineChart id="mood-chart" title=Signal::derive(move || ctx.t(JournalMsg::MoodChartTitle)) y_min=1.0 y_max=5.0
                points=points value_label=JournalMsg::MoodLabel.into() />
        })}
    }
}

/// The entries, searched and filtered.
#[component]
fn JournalList() -> impl IntoView {
    let ctx = AppContext::expect();
    let query = RwSignal::new(String::new());
    let tag = RwSignal::new(String::new());
    let mood = RwSignal::new(String::new());
    let from = RwSignal::new(None::<NaiveDate>);
    let to = RwSignal::new(None::<NaiveDate>);
    // Normalised once per change to the journal, not once per keystroke in the search field.
    let index = Memo::new(move |_| {
        ctx.journal
            .with(|j| crate::domain::journal::search_index(j))
    });
    let limit = RwSignal::new(PAGE);
    let matched = Memo::new(move |_| {
        let filter = JournalFilter {
            from: from.get(),
            to: to.get(),
            tag: Some(tag.get()).filter(|t| !t.is_empty()),
            mood: mood.get().parse().ok(),
            text: query.get(),
        };
        platform::timed("hamdel-search", || {
            index.with(|idx| ctx.journal.with(|j| filter.positions_indexed(j, idx)))
        })
    });
    // Only a page of entries is drawn (thousands of rows would make every keystroke slow).
    let shown = Memo::new(move |_| {
        let n = limit.get();
        matched.with(|positions| {
            ctx.journal.with(|j| {
                positions
                    .iter()
                    .take(n)
                    .filter_map(|i| j.get(*i).cloned())
                    .collect::<Vec<_>>()
            })
        })
    });
    let tag_options = move || {
        let mut tags: Vec<String> = ctx
            .journal
            .with(|j| j.iter().flat_map(|e| e.tags.iter().cloned()).collect());
        tags.sort_unstable();
        tags.dedup();
        std::iter::once((String::new(), CommonMsg::AnyOption.into()))
            .chain(
                tags.into_iter()
                    .map(|t| (t.clone(), CommonMsg::Verbatim(t).into())),
            )
            .collect::<Vec<_>>()
    };
    let mood_options: Vec<(String, Msg)> =
        std::iter::once((String::new(), CommonMsg::AnyOption.into()))
            .chain((1..=5u8).map(|m| (m.to_string(), JournalMsg::MoodName(m).into())))
            .collect::<Vec<_>>();
    view! {
        <section class="card no-print" aria-labelledby="journal-search-label">
            <div class="field">
                <label for="journal-search" id="journal-search-label">{ctx.tr(JournalMsg::SearchJournal)}</label>
                <input id="journal-search" type="search" dir="auto" prop:value=query on:input=move |ev| query.set(event_target_value(&ev)) />
            </div>
            <div class="field-row">
                {move || view! { <SelectField id="filter-tag" label=JournalMsg::TagsLabel.into() options=tag_options() value=tag on_change=Callback::new(move |v| tag.set(v)) /> }}
                <SelectField id="filter-mood" label=JournalMsg::MoodLabel.into() options=mood_options value=mood on_change=Callback::new(move |v| mood.set(v)) />
                <CalendarDateField id="filter-from" label=JournalMsg::FromLabel.into() value=from on_change=Callback::new(move |d| from.set(d)) />
                <CalendarDateField id="filter-to" label=JournalMsg::ToLabel.into() value=to on_change=Callback::new(move |d| to.set(d)) />
            </div>
        </section>
        {move || ctx.journal.with(Vec::is_empty).then(|| view! { <p class="empty">{ctx.tr(JournalMsg::NoEntries)}</p> })}
        <ul class="list" id="entry-list">
            <For
                each=move || shown.get()
                // Keyed on the id alone: an edit form open here stays open, with what was typed,
                // when another window saves the entry (review #10); the row follows the entry.
                key=|e| e.id.clone()
                children=move |e| {
                    let id = e.id.clone();
                    let entry = Signal::derive(move || {
                        ctx.journal
                            .with(|j| j.iter().find(|x| x.id == id).cloned())
                            .unwrap_or_else(|| e.clone())
                    });
                    view! { <EntryRow entry=entry /> }
                }
            />
        </ul>
        {move || {
            let total = matched.with(Vec::len);
            let n = limit.get();
            (total > n).then(|| view! {
                <p class="more">
                    <button type="button" id="show-more" on:click=move |_| limit.update(|l| *l += PAGE)>
                        {ctx.t(JournalMsg::ShowMore { shown: n, total })}
                    </button>
                </p>
            })
        }}
    }
}

/// The ISO date from a date input; today if it is empty or invalid.
fn parse_day(raw: &str) -> NaiveDate {
    iso_date::parse(raw).unwrap_or_else(platform::today)
}

/// One journal entry, with its edit form. The entry is a signal: a change saved in another
/// window shows here, and an open edit form keeps what was typed (review #10).
#[component]
fn EntryRow(
    /// The entry shown.
    #[prop(into)]
    entry: Signal<JournalEntry>,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let editing = RwSignal::new(false);
    let first = entry.get_untracked();
    // The entry as the edit form opened on it: saving compares it with what is stored then.
    let base = StoredValue::new(first.clone());
    let draft = RwSignal::new(first.text.clone());
    let draft_date = RwSignal::new(iso_date::format(first.date));
    let error = RwSignal::new(None::<Msg>);
    let text_id = format!("edit-text-{}", first.id);
    let date_id = format!("edit-date-{}", first.id);
    let open_editor = move |_| {
        let now = entry.get_untracked();
        draft.set(now.text.clone());
        draft_date.set(iso_date::format(now.date));
        base.set_value(now);
        editing.set(true);
    };
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        match ctx.edit_entry(
            &base.get_value(),
            parse_day(&draft_date.get_untracked()),
            &draft.get_untracked(),
        ) {
            Ok(()) => editing.set(false),
            Err(m) => error.set(Some(m)),
        }
    };
    view! {
        <li class="list-item entry-item">
            {move || {
                if editing.get() {
                    Either::Left(view! {
                        <form class="entry-form" on:submit=save novalidate>
                            <CalendarDateField id=date_id.clone() label=CommonMsg::EntryDate.into()
                                value=Signal::derive(move || iso_date::parse(&draft_date.get()))
                                on_change=Callback::new(move |d: Option<NaiveDate>| draft_date.set(d.map(iso_date::format).unwrap_or_default())) />
                            <div class="field">
                                <label for=text_id.clone()>{ctx.tr(JournalMsg::EntryText)}</label>
                                <textarea id=text_id.clone() dir="auto" rows="4" maxlength=ENTRY_TEXT_MAX bind:value=draft
                                    aria-invalid=invalid(error)></textarea>
                                <p class="field-error">{ctx.field_error(error)}</p>
                            </div>
                            <button type="submit" class="primary">{ctx.tr(CommonMsg::Save)}</button>
                            <button type="button" on:click=move |_| { editing.set(false); error.set(None); }>{ctx.tr(CommonMsg::Cancel)}</button>
                        </form>
                    })
                } else {
                    let e = entry.get();
                    let day = e.date;
                    let tags = e.tags.join("، ");
                    let delete_id = e.id.clone();
                    Either::Right(view! {
                        <div class="item-main">
                            <span class="item-meta">
                                {move || {
                                    let s = ctx.settings.get();
                                    format_date_long(day, s.effective_calendar(), s.locale)
                                }}
                            </span>
                            {e.mood.map(|m| view! { <span class="mood-tag">{ctx.tr(JournalMsg::MoodName(m))}</span> })}
                            {e.prompt.clone().map(|p| view! { <p class="prompt" dir="auto">{p}</p> })}
                            {e.task_done.filter(|d| *d).map(|_| view! { <span class="mood-tag">{ctx.tr(JournalMsg::TaskDoneLabel)}</span> })}
                            <p class="entry-text" dir="auto">{e.text.clone()}</p>
                            {(!tags.is_empty()).then(|| view! { <p class="entry-tags" dir="auto">{tags}</p> })}
                        </div>
                        <div class="item-actions">
                            <button type="button" class="edit" on:click=open_editor>{ctx.tr(CommonMsg::Edit)}</button>
                            <button type="button" class="delete danger" on:click=move |_| ctx.delete_entry(&delete_id)>{ctx.tr(CommonMsg::Delete)}</button>
                        </div>
                    })
                }
            }}
        </li>
    }
}
