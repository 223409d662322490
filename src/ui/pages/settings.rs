//! Settings: language, calendar, theme, the space that opens first, the names of the plan's
//! ASCA fields, and storage usage.

use crate::domain::prefs::AscaNames;
use crate::domain::{Calendar, Locale, Role, Theme};
use crate::i18n::msg::*;
use crate::storage::QUOTA_UNITS;
use crate::ui::context::AppContext;
use crate::ui::route::Route;
use leptos::prelude::*;

/// The settings screen.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let ctx = AppContext::expect();
    // Usage can change from other tabs; measure again whenever the page opens.
    ctx.measure_usage();
    let usage = move || ctx.usage.get();
    view! {
        <section class="page settings" aria-labelledby="settings-title">
            <h1 id="settings-title">{ctx.tr(CommonMsg::SettingsTitle)}</h1>

            <ChoiceGroup
                legend=SettingsMsg::Language.into()
                name="locale"
                options=vec![
                    Opt { id: "locale-fa", label: Label::Own("فارسی", "fa") },
                    Opt { id: "locale-en", label: Label::Own("English", "en") },
                ]
                selected=Signal::derive(move || match ctx.locale() {
                    Locale::Fa => 0,
                    Locale::En => 1,
                })
                on_pick=Callback::new(move |i| ctx.set_locale(if i == 0 { Locale::Fa } else { Locale::En }))
            />
            <ChoiceGroup
                legend=SettingsMsg::CalendarLabel.into()
                name="calendar"
                options=vec![
                    Opt { id: "calendar-jalali", label: Label::Msg(SettingsMsg::CalendarJalali.into()) },
                    Opt { id: "calendar-gregorian", label: Label::Msg(SettingsMsg::CalendarGregorian.into()) },
                ]
                selected=Signal::derive(move || match ctx.settings.with(|s| s.effective_calendar()) {
                    Calendar::Jalali => 0,
                    Calendar::Gregorian => 1,
                })
                on_pick=Callback::new(move |i| {
                    ctx.set_calendar(if i == 0 { Calendar::Jalali } else { Calendar::Gregorian })
                })
            />
            <ChoiceGroup
                legend=SettingsMsg::ThemeLabel.into()
                name="theme"
                options=vec![
                    Opt { id: "theme-system", label: Label::Msg(SettingsMsg::ThemeSystem.into()) },
                    Opt { id: "theme-light", label: Label::Msg(SettingsMsg::ThemeLight.into()) },
                    Opt { id: "theme-dark", label: Label::Msg(SettingsMsg::ThemeDark.into()) },
                ]
                selected=Signal::derive(move || match ctx.settings.with(|s| s.theme) {
                    Theme::System => 0,
                    Theme::Light => 1,
                    Theme::Dark => 2,
                })
                on_pick=Callback::new(move |i| {
                    ctx.set_theme(match i {
                        1 => Theme::Light,
                        2 => Theme::Dark,
                        _ => Theme::System,
                    })
                })
            />
            <ChoiceGroup
                legend=SettingsMsg::StartSpace.into()
                name="role"
                options=vec![
                    Opt { id: "start-counsellor", label: Label::Msg(CommonMsg::NavCounsellor.into()) },
                    Opt { id: "start-member", label: Label::Msg(CommonMsg::NavMember.into()) },
                ]
                selected=Signal::derive(move || match ctx.settings.with(|s| s.role) {
                    Some(Role::Counsellor) => 0,
                    Some(Role::Member) => 1,
                    None => usize::MAX,
                })
                on_pick=Callback::new(move |i| {
                    let role = if i == 0 { Role::Counsellor } else { Role::Member };
                    ctx.update_settings(|s| s.role = Some(role));
                })
            />

            // #17: how the plan's ASCA fields are named; a counsellor's choice only.
            <Show when=move || ctx.settings.with(|s| s.role != Some(Role::Member))>
                <ChoiceGroup
                    legend=SettingsMsg::AscaNamesLabel.into()
                    name="asca-names"
                    hint=SettingsMsg::AscaNamesHint.into()
                    options=vec![
                        Opt { id: "asca-plain", label: Label::Msg(SettingsMsg::AscaPlain.into()) },
                        Opt { id: "asca-fifth", label: Label::Msg(SettingsMsg::AscaFifth.into()) },
                        Opt { id: "asca-fourth", label: Label::Msg(SettingsMsg::AscaFourth.into()) },
                    ]
                    selected=Signal::derive(move || match ctx.settings.with(|s| s.asca_names) {
                        AscaNames::Plain => 0,
                        AscaNames::Fifth => 1,
                        AscaNames::Fourth => 2,
                    })
                    on_pick=Callback::new(move |i| {
                        let names = match i {
                            1 => AscaNames::Fifth,
                            2 => AscaNames::Fourth,
                            _ => AscaNames::Plain,
                        };
                        ctx.update_settings(|s| s.asca_names = names);
                    })
                />
            </Show>

            <section class="card" aria-labelledby="safety-title">
                <h2 id="safety-title">{ctx.tr(SafetyMsg::HelpNow)}</h2>
                <div class="choice">
                    <input type="checkbox" class="toggle" role="switch" id="risk-check"
                        aria-describedby="risk-check-hint"
                        prop:checked=move || ctx.settings.with(|s| s.risk_check)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            ctx.update_settings(|s| s.risk_check = on);
                        } />
                    <label for="risk-check">{ctx.tr(SafetyMsg::RiskCheckLabel)}</label>
                </div>
                <p class="muted" id="risk-check-hint">{ctx.tr(SafetyMsg::RiskCheckHint)}</p>
                <p class="stand-alone"><a id="settings-help" href=Route::Help.path()>{ctx.tr(SafetyMsg::HelpNow)}</a></p>
            </section>
            <section class="card" aria-labelledby="security-title">
                <h2 id="security-title">{ctx.tr(SettingsMsg::SecurityLink)}</h2>
                <ul class="links link-list">
                    <li><a id="backup-link" href=Route::Backup.path()>{ctx.tr(CommonMsg::BackupTitle)}</a></li>
                    <li><a id="lock-link" href=Route::Lock.path()>{ctx.tr(CommonMsg::LockTitle)}</a></li>
                </ul>
            </section>
            <section class="card" aria-labelledby="storage-title">
                <h2 id="storage-title">{ctx.tr(SettingsMsg::StorageTitle)}</h2>
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
                        ctx.t(SettingsMsg::StorageUsed {
                            used_kb: u.used_units.div_ceil(1024),
                            total_kb: u.quota_units / 1024,
                            percent: u.percent(),
                        })
                    }}
                </p>
                <Show when=move || usage().nearly_full()>
                    <p class="warning" role="alert" id="storage-warning">{ctx.tr(SettingsMsg::StorageNearlyFull)}</p>
                </Show>
                <button type="button" id="export-all" on:click=move |_| ctx.export_all()>{ctx.tr(CommonMsg::ExportAll)}</button>
                <p class="muted">{ctx.tr(SettingsMsg::ExportPlainNote)}</p>
            </section>
        </section>
    }
}

/// A radio option's label: a message in the interface language, or a fixed text in its own
/// language (language names).
#[derive(Clone)]
enum Label {
    Msg(Msg),
    Own(&'static str, &'static str),
}

/// One radio option.
#[derive(Clone)]
struct Opt {
    id: &'static str,
    label: Label,
}

/// A fieldset of radio buttons. Data-driven with type-erased props, so its view code is
/// generated once for every group of choices (measured: smaller wasm).
#[component]
fn ChoiceGroup(
    /// The fieldset's legend.
    legend: Msg,
    /// The radio group's name.
    name: &'static str,
    /// The options, in order.
    options: Vec<Opt>,
    /// Index of the current option (out of range: none).
    selected: Signal<usize>,
    /// Runs with the index of the option picked.
    on_pick: Callback<usize>,
    /// A line under the options saying what the choice changes.
    #[prop(optional)]
    hint: Option<Msg>,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, opt)| {
            let lang = match opt.label {
                Label::Msg(_) => None,
                Label::Own(_, lang) => Some(lang),
            };
            let label = opt.label;
            let text = move || match &label {
                Label::Msg(m) => ctx.t(m.clone()),
                Label::Own(text, _) => (*text).to_owned(),
            };
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        name=name
                        id=opt.id
                        prop:checked=move || selected.get() == i
                        on:change=move |_| on_pick.run(i)
                    />
                    <label for=opt.id lang=lang>{text}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="card">
            <legend>{ctx.tr(legend)}</legend>
            {items}
            {hint.map(|h| view! { <p class="muted">{ctx.tr(h)}</p> })}
        </fieldset>
    }
}
