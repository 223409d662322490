//! Settings: language, calendar, theme, the space that opens first, and storage usage.

use crate::domain::{Calendar, Locale, Role, Theme};
use crate::i18n::Msg;
use crate::storage::QUOTA_UNITS;
use crate::ui::context::AppContext;
use leptos::prelude::*;

/// The settings screen.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let ctx = AppContext::expect();
    // Usage can change from other tabs; measure again whenever the page opens.
    ctx.refresh();
    let usage = move || ctx.usage.get();
    view! {
        <section class="page settings" aria-labelledby="settings-title">
            <h1 id="settings-title">{move || ctx.t(Msg::SettingsTitle)}</h1>

            <fieldset class="card">
                <legend>{move || ctx.t(Msg::Language)}</legend>
                <Choice name="locale" id="locale-fa" lang="fa" label=|_| "فارسی".to_owned()
                    checked=move || ctx.locale() == Locale::Fa on_pick=move || ctx.set_locale(Locale::Fa) />
                <Choice name="locale" id="locale-en" lang="en" label=|_| "English".to_owned()
                    checked=move || ctx.locale() == Locale::En on_pick=move || ctx.set_locale(Locale::En) />
            </fieldset>

            <fieldset class="card">
                <legend>{move || ctx.t(Msg::CalendarLabel)}</legend>
                <Choice name="calendar" id="calendar-jalali" lang="" label=move |_| ctx.t(Msg::CalendarJalali)
                    checked=move || ctx.settings.with(|s| s.effective_calendar()) == Calendar::Jalali
                    on_pick=move || ctx.set_calendar(Calendar::Jalali) />
                <Choice name="calendar" id="calendar-gregorian" lang="" label=move |_| ctx.t(Msg::CalendarGregorian)
                    checked=move || ctx.settings.with(|s| s.effective_calendar()) == Calendar::Gregorian
                    on_pick=move || ctx.set_calendar(Calendar::Gregorian) />
            </fieldset>

            <fieldset class="card">
                <legend>{move || ctx.t(Msg::ThemeLabel)}</legend>
                <Choice name="theme" id="theme-system" lang="" label=move |_| ctx.t(Msg::ThemeSystem)
                    checked=move || ctx.settings.with(|s| s.theme) == Theme::System on_pick=move || ctx.set_theme(Theme::System) />
                <Choice name="theme" id="theme-light" lang="" label=move |_| ctx.t(Msg::ThemeLight)
                    checked=move || ctx.settings.with(|s| s.theme) == Theme::Light on_pick=move || ctx.set_theme(Theme::Light) />
                <Choice name="theme" id="theme-dark" lang="" label=move |_| ctx.t(Msg::ThemeDark)
                    checked=move || ctx.settings.with(|s| s.theme) == Theme::Dark on_pick=move || ctx.set_theme(Theme::Dark) />
            </fieldset>

            <fieldset class="card">
                <legend>{move || ctx.t(Msg::StartSpace)}</legend>
                <Choice name="role" id="start-counsellor" lang="" label=move |_| ctx.t(Msg::NavCounsellor)
                    checked=move || ctx.settings.with(|s| s.role) == Some(Role::Counsellor)
                    on_pick=move || ctx.update_settings(|s| s.role = Some(Role::Counsellor)) />
                <Choice name="role" id="start-member" lang="" label=move |_| ctx.t(Msg::NavMember)
                    checked=move || ctx.settings.with(|s| s.role) == Some(Role::Member)
                    on_pick=move || ctx.update_settings(|s| s.role = Some(Role::Member)) />
            </fieldset>

            <section class="card" aria-labelledby="storage-title">
                <h2 id="storage-title">{move || ctx.t(Msg::StorageTitle)}</h2>
                <meter
                    id="storage-meter"
                    min="0"
                    max=QUOTA_UNITS
                    low=QUOTA_UNITS / 10 * 6
                    high=QUOTA_UNITS / 10 * 8
                    optimum="0"
                    value=move || usage().used_units
                    aria-describedby="storage-text"
                ></meter>
                <p id="storage-text">
                    {move || {
                        let u = usage();
                        ctx.t(Msg::StorageUsed {
                            used_kb: u.used_units.div_ceil(1024),
                            total_kb: u.quota_units / 1024,
                            percent: u.percent(),
                        })
                    }}
                </p>
                <Show when=move || usage().nearly_full()>
                    <p class="warning" role="alert" id="storage-warning">{move || ctx.t(Msg::StorageNearlyFull)}</p>
                </Show>
                <button type="button" id="export-all" on:click=move |_| ctx.export_all()>{move || ctx.t(Msg::ExportAll)}</button>
                <p class="muted">{move || ctx.t(Msg::ExportPlainNote)}</p>
            </section>
        </section>
    }
}

/// A radio button with its label.
#[component]
fn Choice(
    /// The radio group's name.
    name: &'static str,
    /// The input's id.
    id: &'static str,
    /// Language of the label when it is fixed (language names), else empty.
    lang: &'static str,
    /// The label, given the current language.
    label: impl Fn(()) -> String + Send + Sync + 'static,
    /// Whether this choice is the current one.
    checked: impl Fn() -> bool + Send + Sync + 'static,
    /// Runs when picked.
    on_pick: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let lang = (!lang.is_empty()).then_some(lang);
    view! {
        <div class="choice">
            <input type="radio" name=name id=id prop:checked=checked on:change=move |_| on_pick() />
            <label for=id lang=lang>{move || label(())}</label>
        </div>
    }
}
