//! The app shell: a one-row top bar (name, lock, language), the tabs of the space in use, status
//! banners, the current screen, and the notice area.

use super::components::{Banners, Notices};
use super::context::AppContext;
use super::pages::{
    BackupPage, CalmPage, CounsellorPage, EditExercisePage, EditSurveyPage, ExercisePage,
    ExitTicketPage, GoalsPage, GroupPage, GuidePage, HelpPage, JoinPage, JournalPrintPage, KitPage,
    LibraryPage, LockPage, MemberPage, PrintPage, ReportPage, SafetyPlanPage, SessionPage,
    SettingsPage, SharePage, SurveysPage, TakeSurveyPage, UnlockScreen, WelcomePage, YearPage,
};
use super::platform;
use super::route::Route;
use super::security::LockStatus;
use crate::domain::{Locale, Role};
use crate::i18n::msg::*;
use crate::storage::sealed::Space;
use leptos::prelude::*;

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    platform::close_network();
    let ctx = AppContext::open();
    provide_context(ctx);

    // The first screen is on the page at the next frame (the benchmark reads this mark).
    request_animation_frame(|| platform::mark("hamdel-first-screen"));

    // <html lang dir data-theme> and the title follow the settings.
    Effect::new(move |_| {
        let s = ctx.settings.get();
        platform::apply_to_root(&s);
        platform::set_title(&ShellMsg::AppName.text(s.locale));
    });

    // Another tab changed something: take it in.
    let storage_listener = window_event_listener(leptos::ev::storage, move |ev| {
        if let Some(key) = ev.key() {
            ctx.apply_external(&key, ev.new_value().as_deref());
        }
    });
    let hash_listener = window_event_listener(leptos::ev::hashchange, move |_| {
        // A field still focused would send its `change` while being removed with the old
        // screen: blur it first, so the edit is stored while its screen still exists.
        platform::blur_active();
        ctx.route.set(Route::from_hash(&platform::location_hash()));
        // A new screen: the focus goes to its heading, so a screen reader says where it is.
        platform::focus_heading_soon();
    });
    // The idle lock: any key or pointer press is activity; a timer locks idle spaces.
    let key_listener = window_event_listener(leptos::ev::keydown, move |_| ctx.touch());
    let pointer_listener = window_event_listener(leptos::ev::pointerdown, move |_| ctx.touch());
    // Review #11: changes not stored yet (storage full) exist only in this tab: the browser
    // asks before the page is closed or reloaded.
    let unload_listener = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if ctx.pending.get_untracked() > 0 {
            ev.prevent_default();
            ev.set_return_value("unsaved");
        }
    });
    let idle_timer = set_interval_with_handle(
        move || {
            ctx.lock_if_idle();
            ctx.measure_usage_if_stale();
        },
        std::time::Duration::from_secs(15),
    )
    .ok();
    on_cleanup(move || {
        storage_listener.remove();
        hash_listener.remove();
        key_listener.remove();
        pointer_listener.remove();
        unload_listener.remove();
        if let Some(t) = idle_timer {
            t.clear();
        }
    });

    // Memos, so the screen is rebuilt only when what it depends on changes (not on every save).
    let role = Memo::new(move |_| ctx.settings.with(|s| s.role));
    let closed = Memo::new(move |_| {
        ctx.route
            .with(|r| r.space(role.get()))
            .filter(|space| ctx.lock_status(*space) == LockStatus::Closed)
    });
    view! {
        // The hash router owns `#…`: the skip link moves focus itself, on the same screen.
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            platform::focus_soon("main");
        }>{ctx.tr(ShellMsg::SkipToContent)}</a>
        <Header />
        <Banners />
        <main id="main" tabindex="-1">
            {move || {
                let route = ctx.route.get();
                if let Some(space) = closed.get() {
                    return view! { <UnlockScreen space=space /> }.into_any();
                }
                match route {
                Route::Home => match role.get() {
                    None => view! { <WelcomePage /> }.into_any(),
                    Some(Role::Counsellor) => view! { <CounsellorPage /> }.into_any(),
                    Some(Role::Member) => view! { <MemberPage /> }.into_any(),
                },
                Route::Counsellor => view! { <CounsellorPage /> }.into_any(),
                Route::Member => view! { <MemberPage /> }.into_any(),
                Route::Settings => view! { <SettingsPage /> }.into_any(),
                Route::Guide => view! { <GuidePage /> }.into_any(),
                Route::Year => view! { <YearPage /> }.into_any(),
                Route::Group(id) => view! { <GroupPage id=id /> }.into_any(),
                Route::Session(id, n) => view! { <SessionPage id=id index=n /> }.into_any(),
                Route::Print(id, v) => view! { <PrintPage id=id view=v /> }.into_any(),
                Route::Library => view! { <LibraryPage /> }.into_any(),
                Route::Exercise(id) => view! { <ExercisePage id=id /> }.into_any(),
                Route::EditExercise(id) => view! { <EditExercisePage id=id /> }.into_any(),
                Route::EditSurvey(id) => view! { <EditSurveyPage id=id /> }.into_any(),
                Route::Surveys => view! { <SurveysPage /> }.into_any(),
                Route::TakeSurvey(id) => view! { <TakeSurveyPage id=id /> }.into_any(),
                Route::Goals => view! { <GoalsPage /> }.into_any(),
                Route::PrintJournal => view! { <JournalPrintPage /> }.into_any(),
                Route::Backup => view! { <BackupPage /> }.into_any(),
                Route::Lock => view! { <LockPage /> }.into_any(),
                Route::Kit(id) => view! { <KitPage id=id /> }.into_any(),
                Route::Report(id) => view! { <ReportPage id=id /> }.into_any(),
                Route::Join(payload) => view! { <JoinPage payload=payload /> }.into_any(),
                Route::JoinFile => view! { <JoinPage /> }.into_any(),
                Route::Share(id) => view! { <SharePage id=id /> }.into_any(),
                Route::TakeSurveyFor(s, g, m) => view! { <TakeSurveyPage id=s asked=(g, m) /> }.into_any(),
                Route::ExitTicket(g, n) => view! { <ExitTicketPage group=g session=n /> }.into_any(),
                Route::Help => view! { <HelpPage /> }.into_any(),
                Route::SafetyPlan => view! { <SafetyPlanPage /> }.into_any(),
                Route::Calm => view! { <CalmPage /> }.into_any(),
                }
            }}
        </main>
        <Notices />
    }
}

/// The tabs of one space: its screens a person moves between every day. The other space is
/// reached from Settings, never shown as a tab.
fn tabs(space: Space) -> &'static [(Route, Tab)] {
    match space {
        Space::Member => &[
            (Route::Member, Tab::Journal),
            (Route::Surveys, Tab::Surveys),
            (Route::Goals, Tab::Goals),
            (Route::Settings, Tab::Settings),
        ],
        Space::Counsellor => &[
            (Route::Counsellor, Tab::Groups),
            (Route::Library, Tab::Library),
            (Route::Settings, Tab::Settings),
        ],
    }
}

/// A tab: its label and its icon.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Journal,
    Surveys,
    Goals,
    Groups,
    Library,
    Settings,
}

impl Tab {
    fn label(self) -> Msg {
        match self {
            Tab::Journal => ShellMsg::TabJournal.into(),
            Tab::Surveys => ShellMsg::TabSurveys.into(),
            Tab::Goals => ShellMsg::TabGoals.into(),
            Tab::Groups => ShellMsg::TabGroups.into(),
            Tab::Library => ShellMsg::TabLibrary.into(),
            Tab::Settings => ShellMsg::NavSettings.into(),
        }
    }

    /// The icon's path, on a 24-unit grid, drawn with the text colour (decorative: the label
    /// names the tab).
    fn icon(self) -> &'static str {
        match self {
            Tab::Journal => {
                "M6 3h11a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H6a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zM8 7h7M8 11h7M8 15h4"
            }
            Tab::Surveys => "M9 6h10M9 12h10M9 18h10M4 5.5l1 1 2-2M4 11.5l1 1 2-2M4 17.5l1 1 2-2",
            Tab::Goals => "M5 21V4M5 4h11l-2 4 2 4H5",
            Tab::Groups => {
                "M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20a6 6 0 0 1 12 0M16 11a3 3 0 1 0 0-6M18 20a6 6 0 0 0-3-5.2"
            }
            Tab::Library => "M4 4h4v16H4zM10 4h4v16h-4zM16 5l3.5-1 3 15.5-3.5 1z",
            Tab::Settings => {
                "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM12 2v3M12 19v3M4.2 4.2l2.1 2.1M17.7 17.7l2.1 2.1M2 12h3M19 12h3M4.2 19.8l2.1-2.1M17.7 6.3l2.1-2.1"
            }
        }
    }
}

/// Which tab a screen belongs to (a group's page is under Groups, an exercise under Library).
fn tab_of(route: &Route, role: Option<Role>) -> Option<Route> {
    Some(match route {
        Route::Home => match role? {
            Role::Counsellor => Route::Counsellor,
            Role::Member => Route::Member,
        },
        Route::Counsellor
        | Route::Year
        | Route::Group(_)
        | Route::Session(..)
        | Route::Print(..)
        | Route::Guide
        | Route::Kit(_)
        | Route::Report(_) => Route::Counsellor,
        Route::Library | Route::Exercise(_) | Route::EditExercise(_) | Route::EditSurvey(_) => {
            Route::Library
        }
        Route::Surveys | Route::TakeSurvey(_) | Route::TakeSurveyFor(..) => Route::Surveys,
        Route::Goals => Route::Goals,
        Route::Member
        | Route::PrintJournal
        | Route::Join(_)
        | Route::JoinFile
        | Route::ExitTicket(..)
        | Route::Share(_) => Route::Member,
        Route::Settings | Route::Backup | Route::Lock => Route::Settings,
        // Help is a button of the top bar, not a tab.
        Route::Help | Route::SafetyPlan | Route::Calm => return None,
    })
}

/// The top bar, one row: the app's mark and name, the lock and the language switch; and the
/// tabs of the space in use (a bar at the bottom on a phone, in the top bar on a wide screen).
#[component]
fn Header() -> impl IntoView {
    let ctx = AppContext::expect();
    let role = Memo::new(move |_| ctx.settings.with(|s| s.role));
    // The tabs follow the screen's space; screens of no space (settings) follow the role.
    let space = Memo::new(move |_| {
        ctx.route
            .with(|r| r.space(role.get()))
            .or_else(|| match role.get()? {
                Role::Counsellor => Some(Space::Counsellor),
                Role::Member => Some(Space::Member),
            })
    });
    let current = Memo::new(move |_| ctx.route.with(|r| tab_of(r, role.get())));
    let other_language = move || match ctx.locale() {
        Locale::Fa => Locale::En,
        Locale::En => Locale::Fa,
    };
    let tab_bar = move || {
        let space = space.get()?;
        let items = tabs(space)
            .iter()
            .map(|(route, tab)| {
                let (route, tab) = (route.clone(), *tab);
                let here = route.clone();
                let aria_current = move || (current.get() == Some(here.clone())).then_some("page");
                view! {
                    <li>
                        <a href=route.path() aria-current=aria_current>
                            <svg class="tab-icon" viewBox="0 0 24 24" aria-hidden="true"><path d=tab.icon() /></svg>
                            <span>{ctx.tr(tab.label())}</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <nav class="tab-bar" aria-label=move || ctx.t(ShellMsg::MainNavigation)>
                <ul>{items}</ul>
            </nav>
        })
    };
    view! {
        <header class="app-header">
            <a class="brand" href="#/">
                <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
                    <rect width="32" height="32" rx="8" />
                    <circle cx="12.5" cy="16" r="6.5" />
                    <circle cx="19.5" cy="16" r="6.5" />
                </svg>
                <span class="brand-name">{ctx.tr(ShellMsg::AppName)}</span>
            </a>
            {tab_bar}
            <div class="header-actions">
                // Help now, one tap from every screen (#16): a link, so it works with the
                // spaces locked and without the app's own state.
                <a class="help-button" id="help-button" href=Route::Help.path()
                    aria-current=move || ctx.route.with(|r| matches!(r, Route::Help | Route::SafetyPlan | Route::Calm)).then_some("page")>
                    <svg class="help-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 21s-7.5-4.6-9.5-9.3C1.2 8.6 3.1 5 6.6 5c2.1 0 3.6 1.2 5.4 3.2C13.8 6.2 15.3 5 17.4 5c3.5 0 5.4 3.6 4.1 6.7C19.5 16.4 12 21 12 21z" /></svg>
                    <span>{ctx.tr(SafetyMsg::HelpNow)}</span>
                </a>
                {move || {
                    let open: Vec<Space> = [Space::Member, Space::Counsellor]
                        .into_iter()
                        .filter(|s| matches!(ctx.lock_status(*s), LockStatus::Open(_)))
                        .collect();
                    (!open.is_empty()).then(|| view! {
                        <button type="button" class="lock-button quiet" id="lock-button"
                            on:click=move |_| for s in &open { ctx.lock_now(*s) }>
                            {ctx.t(ShellMsg::LockThisSpace)}
                        </button>
                    })
                }}
                <button
                    type="button"
                    class="lang-switch quiet"
                    id="lang-switch"
                    lang=move || other_language().tag()
                    on:click=move |_| ctx.set_locale(other_language())
                >
                    {ctx.tr(ShellMsg::OtherLanguage)}
                </button>
            </div>
        </header>
    }
}
