//! The app shell: header with navigation and language switch, status banners, the current
//! screen, and the notice area.

use super::components::{Banners, Notices};
use super::context::AppContext;
use super::pages::{
    BackupPage, CounsellorPage, EditExercisePage, ExercisePage, GoalsPage, GroupPage, GuidePage,
    JoinPage, KitPage, LibraryPage, LockPage, MemberPage, PrintPage, ReportPage, SessionPage,
    SettingsPage, SharePage, SurveysPage, TakeSurveyPage, UnlockScreen, WelcomePage,
};
use super::platform;
use super::route::Route;
use super::vault::LockStatus;
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
                Route::Group(id) => view! { <GroupPage id=id /> }.into_any(),
                Route::Session(id, n) => view! { <SessionPage id=id index=n /> }.into_any(),
                Route::Print(id, v) => view! { <PrintPage id=id view=v /> }.into_any(),
                Route::Library => view! { <LibraryPage /> }.into_any(),
                Route::Exercise(id) => view! { <ExercisePage id=id /> }.into_any(),
                Route::EditExercise(id) => view! { <EditExercisePage id=id /> }.into_any(),
                Route::Surveys => view! { <SurveysPage /> }.into_any(),
                Route::TakeSurvey(id) => view! { <TakeSurveyPage id=id /> }.into_any(),
                Route::Goals => view! { <GoalsPage /> }.into_any(),
                Route::Backup => view! { <BackupPage /> }.into_any(),
                Route::Lock => view! { <LockPage /> }.into_any(),
                Route::Kit(id) => view! { <KitPage id=id /> }.into_any(),
                Route::Report(id) => view! { <ReportPage id=id /> }.into_any(),
                Route::Join(payload) => view! { <JoinPage payload=payload /> }.into_any(),
                Route::JoinFile => view! { <JoinPage /> }.into_any(),
                Route::Share(id) => view! { <SharePage id=id /> }.into_any(),
                Route::TakeSurveyFor(s, g, m) => view! { <TakeSurveyPage id=s asked=(g, m) /> }.into_any(),
                }
            }}
        </main>
        <Notices />
    }
}

/// The top bar: name, navigation, language switch.
#[component]
fn Header() -> impl IntoView {
    let ctx = AppContext::expect();
    let current = move |r: Route| {
        let route = ctx.route.get();
        let role = ctx.settings.with(|s| s.role);
        let active = route == r
            || matches!(
                (&route, &r),
                (
                    Route::Group(_)
                        | Route::Session(..)
                        | Route::Print(..)
                        | Route::Guide
                        | Route::Kit(_)
                        | Route::Report(_),
                    Route::Counsellor
                ) | (Route::Exercise(_) | Route::EditExercise(_), Route::Library)
                    | (
                        Route::Surveys
                            | Route::TakeSurvey(_)
                            | Route::Goals
                            | Route::Join(_)
                            | Route::JoinFile
                            | Route::Share(_)
                            | Route::TakeSurveyFor(..),
                        Route::Member
                    )
            )
            || (route == Route::Home
                && matches!(
                    (r, role),
                    (Route::Counsellor, Some(Role::Counsellor))
                        | (Route::Member, Some(Role::Member))
                ));
        active.then_some("page")
    };
    let other_language = move || match ctx.locale() {
        Locale::Fa => Locale::En,
        Locale::En => Locale::Fa,
    };
    view! {
        <header class="app-header">
            <a class="brand" href="#/">
                <span class="brand-name">{ctx.tr(ShellMsg::AppName)}</span>
                <span class="brand-tagline">{ctx.tr(ShellMsg::Tagline)}</span>
            </a>
            <nav aria-label=move || ctx.t(ShellMsg::MainNavigation)>
                <ul>
                    <li><a href=Route::Counsellor.path() aria-current=move || current(Route::Counsellor)>{ctx.tr(CommonMsg::NavCounsellor)}</a></li>
                    <li><a href=Route::Library.path() aria-current=move || current(Route::Library)>{ctx.tr(CommonMsg::LibraryTitle)}</a></li>
                    <li><a href=Route::Member.path() aria-current=move || current(Route::Member)>{ctx.tr(CommonMsg::NavMember)}</a></li>
                    <li><a href=Route::Settings.path() aria-current=move || current(Route::Settings)>{ctx.tr(ShellMsg::NavSettings)}</a></li>
                </ul>
            </nav>
            {move || {
                let open: Vec<Space> = [Space::Member, Space::Counsellor]
                    .into_iter()
                    .filter(|s| matches!(ctx.lock_status(*s), LockStatus::Open(_)))
                    .collect();
                (!open.is_empty()).then(|| view! {
                    <button type="button" class="lock-button" id="lock-button"
                        on:click=move |_| for s in &open { ctx.lock_now(*s) }>
                        {ctx.t(ShellMsg::LockThisSpace)}
                    </button>
                })
            }}
            <button
                type="button"
                class="lang-switch"
                id="lang-switch"
                lang=move || other_language().tag()
                on:click=move |_| ctx.set_locale(other_language())
            >
                {ctx.tr(ShellMsg::OtherLanguage)}
            </button>
        </header>
    }
}
