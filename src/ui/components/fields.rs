//! Form fields with type-erased props (so each is compiled once, however often it is used):
//! a labelled text/number/time input or text area, a select, and a date field that reads and
//! writes dates in the person's calendar and digits.

use crate::domain::Calendar;
use crate::domain::dates::DateProblem;
use crate::i18n::calendar::month_name;
use crate::i18n::msg::*;
use crate::i18n::{
    JalaliDate, format_date_long, format_numeric, from_jalali, number, read_numeric, to_jalali,
};
use crate::ui::context::AppContext;
use chrono::Datelike;
use chrono::NaiveDate;
use leptos::prelude::*;

/// The value an enum choice has in a `<select>` or a radio group: its variant name.
pub fn choice_value<T: std::fmt::Debug>(choice: &T) -> String {
    format!("{choice:?}")
}

/// The choice among `all` whose value (see [`choice_value`]) is `value`.
pub fn parse_choice<T: std::fmt::Debug + Copy>(all: &[T], value: &str) -> Option<T> {
    all.iter().copied().find(|c| choice_value(c) == value)
}

/// `(value, label)` options for a [`SelectField`], one per choice.
pub fn choice_options<T: std::fmt::Debug + Copy, M: Into<Msg>>(
    all: &[T],
    label: fn(T) -> M,
) -> Vec<(String, Msg)> {
    all.iter()
        .map(|c| (choice_value(c), label(*c).into()))
        .collect()
}

/// What kind of control a [`TextField`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    /// One line of text.
    Line,
    /// A whole number.
    Number,
    /// Several lines.
    Area,
}

/// A labelled input or text area, stored on `change` (leaving the field or pressing Enter), with
/// an error or hint below it.
#[component]
pub fn TextField(
    /// The control's id (labels and tests use it).
    #[prop(into)]
    id: String,
    /// The label.
    label: Msg,
    /// The current value.
    #[prop(into)]
    value: Signal<String>,
    /// Runs with the new value when the person leaves the field.
    on_change: Callback<String>,
    /// Line, number or area.
    #[prop(default = Control::Line)]
    control: Control,
    /// A message shown under the field (marks it invalid when `invalid` is true).
    #[prop(optional, into)]
    note: Signal<Option<Msg>>,
    /// Whether `note` is an error.
    #[prop(optional, into)]
    invalid: Signal<bool>,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let note_id = format!("{id}-note");
    let aria_invalid = move || invalid.get().then_some("true");
    let note_text = move || note.get().map(|m| ctx.t(m));
    // `try_run`: a field removed from the page while focused still sends `change`; the callback
    // may be gone by then (the router blurs the field first, so the value is stored before).
    let change = move |ev: leptos::ev::Event| {
        on_change.try_run(event_target_value(&ev));
    };
    let input = match control {
        Control::Area => view! {
            <textarea id=id.clone() dir="auto" rows="3" prop:value=value on:change=change
                aria-invalid=aria_invalid aria-describedby=note_id.clone()></textarea>
        }
        .into_any(),
        Control::Line | Control::Number => view! {
            <input
                id=id.clone()
                type="text"
                // A number keeps the page's direction, so it sits by its label (digits alone
                // would make `dir=auto` left-to-right).
                dir=(control == Control::Line).then_some("auto")
                inputmode=(control == Control::Number).then_some("numeric")
                prop:value=value
                on:change=change
                aria-invalid=aria_invalid
                aria-describedby=note_id.clone()
            />
        }
        .into_any(),
    };
    view! {
        <div class="field">
            <label for=id>{ctx.tr(label)}</label>
            {input}
            <p class="field-note" class:field-error=move || invalid.get() id=note_id>{note_text}</p>
        </div>
    }
}

/// A labelled select; option values are strings, labels messages.
#[component]
pub fn SelectField(
    /// The control's id.
    #[prop(into)]
    id: String,
    /// The label.
    label: Msg,
    /// `(value, label)` pairs in order.
    options: Vec<(String, Msg)>,
    /// The selected value.
    #[prop(into)]
    value: Signal<String>,
    /// Runs with the chosen value.
    on_change: Callback<String>,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let options = options
        .into_iter()
        .map(|(v, m)| {
            let selected_value = v.clone();
            view! { <option value=v prop:selected=move || value.get() == selected_value>{ctx.tr(m)}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{ctx.tr(label)}</label>
            <select id=id prop:value=value on:change=move |ev| { on_change.try_run(event_target_value(&ev)); }>
                {options}
            </select>
        </div>
    }
}

/// A file picker: the field's label, a button in the person's language and the chosen file's
/// name (the browser's own "Choose Files" control, in its own language, never shows). The
/// input stays in the page, visually hidden, so the keyboard, screen readers and tests use it.
#[component]
pub fn FilePicker(
    /// The input's id.
    #[prop(into)]
    id: String,
    /// The label.
    label: Msg,
    /// The `accept` attribute.
    accept: &'static str,
    /// Several files at once.
    #[prop(optional)]
    multiple: bool,
    /// Runs with the change event (read the files with `platform::chosen_file(s)`).
    on_change: Callback<leptos::ev::Event>,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let names = RwSignal::new(Vec::<String>::new());
    let label_id = format!("{id}-label");
    let name_id = format!("{id}-chosen");
    let shown = move || {
        names.with(|n| match n.as_slice() {
            [] => ctx.t(CommonMsg::NoFileChosen),
            [one] => one.clone(),
            many => ctx.t(CommonMsg::FilesChosen(many.len())),
        })
    };
    view! {
        <div class="field">
            <span class="field-label" id=label_id.clone()>{ctx.tr(label)}</span>
            <label class="file-picker">
                <input id=id type="file" class="visually-hidden" accept=accept multiple=multiple
                    aria-labelledby=format!("{label_id} {name_id}")
                    on:change=move |ev| {
                        names.set(crate::ui::platform::chosen_files(&ev).iter().map(|f| f.name()).collect());
                        on_change.run(ev);
                    } />
                <span class="button" aria-hidden="true">{ctx.tr(CommonMsg::ChooseFile)}</span>
                <bdi class="file-name" id=name_id>{shown}</bdi>
            </label>
        </div>
    }
}

/// A date typed in the person's calendar (`۱۴۰۵/۰۹/۰۵` in Jalali, `2026-11-26` in Gregorian) in
/// any digits; the day it means is shown in words under it, or why it was not understood.
#[component]
pub fn CalendarDateField(
    /// The control's id.
    #[prop(into)]
    id: String,
    /// The label.
    label: Msg,
    /// The current date.
    #[prop(into)]
    value: Signal<Option<NaiveDate>>,
    /// Runs with the new date (`None` when cleared).
    on_change: Callback<Option<NaiveDate>>,
    /// Set while the field shows an error, so the form can refuse the action that would use
    /// the field's last good date (review #21).
    #[prop(optional)]
    invalid: Option<RwSignal<bool>>,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let problem = RwSignal::new(None::<DateProblem>);
    let bad = invalid.unwrap_or_else(|| RwSignal::new(false));
    let note_id = format!("{id}-note");
    let id_picker = id.clone();
    let shown = move || {
        let s = ctx.settings.get();
        value
            .get()
            .map(|d| format_numeric(d, s.effective_calendar(), s.locale))
            .unwrap_or_default()
    };
    let note = move || {
        let s = ctx.settings.get();
        if bad.get() {
            let example = format_numeric(
                crate::ui::platform::today(),
                s.effective_calendar(),
                s.locale,
            );
            ctx.t(CommonMsg::DateFieldProblem(
                problem.get().unwrap_or(DateProblem::NotADate),
                example,
            ))
        } else {
            value
                .get()
                .map(|d| format_date_long(d, s.effective_calendar(), s.locale))
                .unwrap_or_default()
        }
    };
    let change = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        if text.trim().is_empty() {
            bad.set(false);
            on_change.run(None);
            return;
        }
        match read_numeric(
            &text,
            ctx.settings.with_untracked(|s| s.effective_calendar()),
        ) {
            Ok(d) => {
                bad.set(false);
                on_change.run(Some(d));
            }
            Err(p) => {
                problem.set(Some(p));
                bad.set(true);
            }
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{ctx.tr(label)}</label>
            <input
                id=id
                type="text"
                inputmode="numeric"
                autocomplete="off"
                prop:value=shown
                on:change=change
                aria-invalid=move || bad.get().then_some("true")
                aria-describedby=note_id.clone()
            />
            <p class="field-note" class:field-error=move || bad.get() id=note_id>{note}</p>
            <details class="date-picker">
                <summary>{ctx.tr(CommonMsg::PickDate)}</summary>
                {move || picker(ctx, id_picker.clone(), value.get(), bad, on_change)}
            </details>
        </div>
    }
}

/// Day, month and year selects in the person's calendar: a keyboard-friendly way to pick a
/// Jalali (or Gregorian) date without the browser's Gregorian-only picker.
fn picker(
    ctx: AppContext,
    id: String,
    value: Option<NaiveDate>,
    bad: RwSignal<bool>,
    on_change: Callback<Option<NaiveDate>>,
) -> impl IntoView {
    let s = ctx.settings.get_untracked();
    let calendar = s.effective_calendar();
    let locale = s.locale;
    let base = value.unwrap_or_else(crate::ui::platform::today);
    let (y, m, d) = match calendar {
        Calendar::Jalali => {
            let j = to_jalali(base);
            (j.year, j.month, j.day)
        }
        Calendar::Gregorian => (base.year(), base.month() as u8, base.day() as u8),
    };
    let parts = RwSignal::new((y, m, d));
    let pick = move |which: u8, v: String| {
        let n: i32 = v.parse().unwrap_or(0);
        parts.update(|p| match which {
            0 => p.2 = n as u8,
            1 => p.1 = n as u8,
            _ => p.0 = n,
        });
        let (y, m, d) = parts.get_untracked();
        let date = match calendar {
            Calendar::Jalali => from_jalali(JalaliDate {
                year: y,
                month: m,
                day: d,
            }),
            Calendar::Gregorian => NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(d)),
        };
        match date {
            Some(date) => {
                bad.set(false);
                on_change.run(Some(date));
            }
            None => bad.set(true),
        }
    };
    let select = move |which: u8, label: Msg, options: Vec<(i32, String)>, current: i32| {
        let sid = format!("{id}-pick-{which}");
        view! {
            <label for=sid.clone()>{ctx.t(label)}</label>
            <select id=sid on:change=move |ev| pick(which, event_target_value(&ev))>
                {options
                    .into_iter()
                    .map(|(v, text)| view! { <option value=v.to_string() selected=v == current>{text}</option> })
                    .collect_view()}
            </select>
        }
    };
    let days = (1..=31).map(|n| (n, number(n, locale))).collect();
    let months = (1..=12u8)
        .map(|n| (i32::from(n), month_name(calendar, locale, n).to_owned()))
        .collect();
    let years = (y - 1..=y + 2).map(|n| (n, number(n, locale))).collect();
    view! {
        <div class="picker-row">
            {select(0, CommonMsg::DayLabel.into(), days, i32::from(d))}
            {select(1, CommonMsg::MonthLabel.into(), months, i32::from(m))}
            {select(2, CommonMsg::YearLabel.into(), years, y)}
        </div>
    }
}
