//! A printable part of the member's journal (#15): the member chooses the days, and only those
//! days' entries are on the A4 page (date, mood, feelings, prompt, text) — nothing else, to take
//! to the counsellor if they want to.

use crate::domain::JournalEntry;
use crate::i18n::msg::*;
use crate::i18n::{format_date, format_date_long};
use crate::ui::components::CalendarDateField;
use crate::ui::context::AppContext;
use crate::ui::platform;
use crate::ui::route::Route;
use chrono::NaiveDate;
use leptos::prelude::*;

/// The print page: the range, then the sheet.
#[component]
pub fn JournalPrintPage() -> impl IntoView {
    let ctx = AppContext::expect();
    let today = platform::today();
    let from = RwSignal::new(Some(today - chrono::Duration::days(6)));
    let to = RwSignal::new(Some(today));
    let chosen = Memo::new(move |_| {
        let (a, b) = (
            from.get().unwrap_or(NaiveDate::MIN),
            to.get().unwrap_or(today),
        );
        let mut list: Vec<JournalEntry> = ctx.journal.with(|j| {
            j.iter()
                .filter(|e| e.date >= a && e.date <= b)
                .cloned()
                .collect()
        });
        // Oldest first, as a diary reads on paper.
        list.reverse();
        list
    });
    let sheet = move || {
        let s = ctx.settings.get();
        let (cal, l) = (s.effective_calendar(), s.locale);
        let range = JournalMsg::PrintRange {
            from: from
                .get()
                .map(|d| format_date(d, cal, l))
                .unwrap_or_default(),
            to: to.get().map(|d| format_date(d, cal, l)).unwrap_or_default(),
        }
        .text(l);
        let entries = chosen.get();
        let body = if entries.is_empty() {
            view! { <p class="empty">{JournalMsg::NothingToPrint.text(l)}</p> }.into_any()
        } else {
            entries
                .into_iter()
                .map(|e| {
                    view! {
                        <li class="print-entry">
                            <p class="dots">
                                <strong>{format_date_long(e.date, cal, l)}</strong>
                                {e.mood.map(|m| view! { <span>{JournalMsg::MoodName(m).text(l)}</span> })}
                            </p>
                            {(!e.tags.is_empty()).then(|| view! { <p class="muted" dir="auto">{crate::i18n::list(&e.tags, l)}</p> })}
                            {e.prompt.clone().map(|p| view! { <p class="prompt" dir="auto">{p}</p> })}
                            {(!e.text.is_empty()).then(|| view! { <p class="entry-text" dir="auto">{e.text.clone()}</p> })}
                        </li>
                    }
                })
                .collect_view()
                .into_any()
        };
        view! {
            <h2 class="sheet-heading">{range}</h2>
            <ol class="print-entries">{body}</ol>
        }
    };
    view! {
        <section class="page print-page" aria-labelledby="print-journal-title">
            <div class="no-print">
                <h1 id="print-journal-title">{ctx.tr(JournalMsg::PrintTitle)}</h1>
                <p>{ctx.tr(JournalMsg::PrintIntro)}</p>
                <div class="card field-row">
                    <CalendarDateField id="print-from" label=JournalMsg::FromLabel.into() value=from on_change=Callback::new(move |d| from.set(d)) />
                    <CalendarDateField id="print-to" label=JournalMsg::ToLabel.into() value=to on_change=Callback::new(move |d| to.set(d)) />
                </div>
                <p class="muted" id="print-count" role="status">{move || ctx.t(JournalMsg::PrintCount(chosen.with(Vec::len)))}</p>
                <p class="print-actions">
                    <a href=Route::Member.path()>{ctx.tr(CommonMsg::JournalTitle)}</a>
                    <button type="button" class="primary" id="print-now" on:click=|_| {
                        if let Some(w) = web_sys::window() {
                            let _ = w.print();
                        }
                    }>{ctx.tr(CommonMsg::PrintNow)}</button>
                </p>
            </div>
            <article class="sheet" id="print-sheet">{sheet}</article>
        </section>
    }
}
