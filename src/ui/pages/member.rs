//! Member home: the private journal (add with text and date, edit, delete with undo).

use crate::domain::{JournalEntry, iso_date, journal::ENTRY_TEXT_MAX};
use crate::i18n::{Msg, format_date_long};
use crate::ui::context::{AppContext, invalid};
use crate::ui::platform;
use chrono::NaiveDate;
use leptos::either::Either;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// The member's journal.
#[component]
pub fn MemberPage() -> impl IntoView {
    let ctx = AppContext::expect();
    let text = RwSignal::new(String::new());
    let date = RwSignal::new(iso_date::format(platform::today()));
    let error = RwSignal::new(None::<Msg>);
    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        let day = parse_day(&date.get_untracked());
        match ctx.add_entry(day, &text.get_untracked()) {
            Ok(()) => {
                text.set(String::new());
                error.set(None);
            }
            Err(m) => error.set(Some(m)),
        }
    };
    view! {
        <section class="page" aria-labelledby="journal-title">
            <h1 id="journal-title">{ctx.tr(Msg::JournalTitle)}</h1>
            <p class="muted">{ctx.tr(Msg::JournalPrivacy)}</p>
            <form class="card entry-form" on:submit=add novalidate>
                <DateField id="new-entry-date".to_owned() value=date />
                <div class="field">
                    <label for="new-entry-text">{ctx.tr(Msg::EntryText)}</label>
                    <textarea
                        id="new-entry-text"
                        dir="auto"
                        rows="4"
                        maxlength=ENTRY_TEXT_MAX
                        bind:value=text
                        aria-invalid=invalid(error)
                        aria-describedby="new-entry-error"
                    ></textarea>
                    <p class="field-error" id="new-entry-error">{ctx.field_error(error)}</p>
                </div>
                <button type="submit" id="add-entry" class="primary">{ctx.tr(Msg::AddEntry)}</button>
            </form>
            {move || ctx.journal.with(Vec::is_empty).then(|| view! { <p class="empty">{ctx.tr(Msg::NoEntries)}</p> })}
            <ul class="list" id="entry-list">
                <For
                    each=move || ctx.journal.get()
                    key=|e| (e.id.clone(), e.date, e.text.clone())
                    children=move |e| view! { <EntryRow entry=e /> }
                />
            </ul>
        </section>
    }
}

/// The ISO date from a date input; today if it is empty or invalid.
fn parse_day(raw: &str) -> NaiveDate {
    iso_date::parse(raw).unwrap_or_else(platform::today)
}

/// A date input that also shows the chosen day in the person's calendar and language.
#[component]
fn DateField(
    /// The input's id.
    id: String,
    /// ISO date text (`YYYY-MM-DD`).
    value: RwSignal<String>,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let shown_id = format!("{id}-shown");
    view! {
        <div class="field">
            <label for=id.clone()>{ctx.tr(Msg::EntryDate)}</label>
            <input id=id.clone() type="date" bind:value=value required aria-describedby=shown_id.clone() />
            <output id=shown_id class="date-shown" for=id>
                {move || {
                    let s = ctx.settings.get();
                    format_date_long(parse_day(&value.get()), s.effective_calendar(), s.locale)
                }}
            </output>
        </div>
    }
}

/// One journal entry, with its edit form.
#[component]
fn EntryRow(
    /// The entry shown.
    entry: JournalEntry,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(entry.text.clone());
    let draft_date = RwSignal::new(iso_date::format(entry.date));
    let error = RwSignal::new(None::<Msg>);
    let id = entry.id.clone();
    let text_id = format!("edit-text-{}", entry.id);
    let date_id = format!("edit-date-{}", entry.id);
    let save = {
        let id = id.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            match ctx.edit_entry(
                &id,
                parse_day(&draft_date.get_untracked()),
                &draft.get_untracked(),
            ) {
                Ok(()) => editing.set(false),
                Err(m) => error.set(Some(m)),
            }
        }
    };
    let day = entry.date;
    let text = entry.text.clone();
    let delete_id = id.clone();
    view! {
        <li class="list-item entry-item">
            {move || {
                if editing.get() {
                    Either::Left(view! {
                        <form class="entry-form" on:submit=save.clone() novalidate>
                            <DateField id=date_id.clone() value=draft_date />
                            <div class="field">
                                <label for=text_id.clone()>{ctx.tr(Msg::EntryText)}</label>
                                <textarea id=text_id.clone() dir="auto" rows="4" maxlength=ENTRY_TEXT_MAX bind:value=draft
                                    aria-invalid=invalid(error)></textarea>
                                <p class="field-error">{ctx.field_error(error)}</p>
                            </div>
                            <button type="submit" class="primary">{ctx.tr(Msg::Save)}</button>
                            <button type="button" on:click=move |_| { editing.set(false); error.set(None); }>{ctx.tr(Msg::Cancel)}</button>
                        </form>
                    })
                } else {
                    let delete_id = delete_id.clone();
                    Either::Right(view! {
                        <div class="item-main">
                            <span class="item-meta">
                                {move || {
                                    let s = ctx.settings.get();
                                    format_date_long(day, s.effective_calendar(), s.locale)
                                }}
                            </span>
                            <p class="entry-text" dir="auto">{text.clone()}</p>
                        </div>
                        <div class="item-actions">
                            <button type="button" class="edit" on:click=move |_| editing.set(true)>{ctx.tr(Msg::Edit)}</button>
                            <button type="button" class="delete danger" on:click=move |_| ctx.delete_entry(&delete_id)>{ctx.tr(Msg::Delete)}</button>
                        </div>
                    })
                }
            }}
        </li>
    }
}
