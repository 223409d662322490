//! First run: who uses Hamdel on this device?

use crate::domain::Role;
use crate::i18n::Msg;
use crate::ui::context::AppContext;
use leptos::prelude::*;

/// Asks the role once; both spaces stay reachable from the navigation afterwards.
#[component]
pub fn WelcomePage() -> impl IntoView {
    let ctx = AppContext::expect();
    view! {
        <section class="page welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title">{move || ctx.t(Msg::WelcomeTitle)}</h1>
            <p class="lead">{move || ctx.t(Msg::WelcomeQuestion)}</p>
            <div class="role-choices">
                <button type="button" class="role-choice" id="role-counsellor" on:click=move |_| ctx.choose_role(Role::Counsellor)>
                    <strong>{move || ctx.t(Msg::RoleCounsellor)}</strong>
                    <span>{move || ctx.t(Msg::RoleCounsellorHint)}</span>
                </button>
                <button type="button" class="role-choice" id="role-member" on:click=move |_| ctx.choose_role(Role::Member)>
                    <strong>{move || ctx.t(Msg::RoleMember)}</strong>
                    <span>{move || ctx.t(Msg::RoleMemberHint)}</span>
                </button>
            </div>
            <p class="muted">{move || ctx.t(Msg::WelcomePrivacy)}</p>
        </section>
    }
}
