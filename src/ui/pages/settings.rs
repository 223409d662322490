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
            <h1 id="settings-title">{ctx.tr(Msg::SettingsTitle)}</h1>

            <fieldset class="card">
                <legend>{ctx.tr(Msg::Language)}</legend>
                <Choice name="locale" id="locale-fa" lang="fa" label=Signal::stored("فارسی".to_owned())
                    checked=Signal::derive(move || ctx.locale() == Locale::Fa) on_pick=Callback::new(move |()| ctx.set_locale(Locale::Fa)) />
                <Choice name="locale" id="locale-en" lang="en" label=Signal::stored("English".to_owned())
                    checked=Signal::derive(move || ctx.locale() == Locale::En) on_pick=Callback::new(move |()| ctx.set_locale(Locale::En)) />
            </fieldset>

            <fieldset class="card">
                <legend>{ctx.tr(Msg::CalendarLabel)}</legend>
                <Choice name="calendar" id="calendar-jalali" label=Signal::derive(ctx.tr(Msg::CalendarJalali))
                    checked=Signal::derive(move || ctx.settings.with(|s| s.effective_calendar()) == Calendar::Jalali)
                    on_pick=Callback::new(move |()| ctx.set_calendar(Calendar::Jalali)) />
                <Choice name="calendar" id="calendar-gregorian" label=Signal::derive(ctx.tr(Msg::CalendarGregorian))
                    checked=Signal::derive(move || ctx.settings.with(|s| s.effective_calendar()) == Calendar::Gregorian)
                    on_pick=Callback::new(move |()| ctx.set_calendar(Calendar::Gregorian)) />
            </fieldset>

            <fieldset class="card">
                <legend>{ctx.tr(Msg::ThemeLabel)}</legend>
                <Choice name="theme" id="theme-system" label=Signal::derive(ctx.tr(Msg::ThemeSystem))
                    checked=Signal::derive(move || ctx.settings.with(|s| s.theme) == Theme::System) on_pick=Callback::new(move |()| ctx.set_theme(Theme::System)) />
                <Choice name="theme" id="theme-light" label=Signal::derive(ctx.tr(Msg::ThemeLight))
                    checked=Signal::derive(move || ctx.settings.with(|s| s.theme) == Theme::Light) on_pick=Callback::new(move |()| ctx.set_theme(Theme::Light)) />
                <Choice name="theme" id="theme-dark" label=Signal::derive(ctx.tr(Msg::ThemeDark))
                    checked=Signal::derive(move || ctx.settings.with(|s| s.theme) == Theme::Dark) on_pick=Callback::new(move |()| ctx.set_theme(Theme::Dark)) />
            </fieldset>

            <fieldset class="card">
                <legend>{ctx.tr(Msg::StartSpace)}</legend>
                <Choice name="role" id="start-counsellor" label=Signal::derive(ctx.tr(Msg::NavCounsellor))
                    checked=Signal::derive(move || ctx.settings.with(|s| s.role) == Some(Role::Counsellor))
                    on_pick=Callback::new(move |()| ctx.update_settings(|s| s.role = Some(Role::Counsellor))) />
                <Choice name="role" id="start-member" label=Signal::derive(ctx.tr(Msg::NavMember))
                    checked=Signal::derive(move || ctx.settings.with(|s| s.role) == Some(Role::Member))
                    on_pick=Callback::new(move |()| ctx.update_settings(|s| s.role = Some(Role::Member))) />
            </fieldset>

            <section class="card" aria-labelledby="storage-title">
                <h2 id="storage-title">{ctx.tr(Msg::StorageTitle)}</h2>
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
                    <p class="warning" role="alert" id="storage-warning">{ctx.tr(Msg::StorageNearlyFull)}</p>
                </Show>
                <button type="button" id="export-all" on:click=move |_| ctx.export_all()>{ctx.tr(Msg::ExportAll)}</button>
                <p class="muted">{ctx.tr(Msg::ExportPlainNote)}</p>
            </section>
        </section>
    }
}

/// A radio button with its label. Its props are type-erased (`Signal`, `Callback`) so the
/// component's view code is generated once, however many choices there are.
#[component]
fn Choice(
    /// The radio group's name.
    name: &'static str,
    /// The input's id.
    id: &'static str,
    /// Language of the label when it is fixed (language names), else empty.
    #[prop(default = "")]
    lang: &'static str,
    /// The label.
    #[prop(into)]
    label: Signal<String>,
    /// Whether this choice is the current one.
    #[prop(into)]
    checked: Signal<bool>,
    /// Runs when picked.
    on_pick: Callback<()>,
) -> impl IntoView {
    let lang = (!lang.is_empty()).then_some(lang);
    view! {
        <div class="choice">
            <input type="radio" name=name id=id prop:checked=checked on:change=move |_| on_pick.run(()) />
            <label for=id lang=lang>{label}</label>
        </div>
    }
}
