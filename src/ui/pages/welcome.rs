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
            <h1 id="welcome-title">{ctx.tr(Msg::WelcomeTitle)}</h1>
            <p class="lead">{ctx.tr(Msg::WelcomeQuestion)}</p>
            <div class="role-choices">
                <button type="button" class="role-choice" id="role-counsellor" on:click=move |_| ctx.choose_role(Role::Counsellor)>
                    <strong>{ctx.tr(Msg::RoleCounsellor)}</strong>
                    <span>{ctx.tr(Msg::RoleCounsellorHint)}</span>
                </button>
                <button type="button" class="role-choice" id="role-member" on:click=move |_| ctx.choose_role(Role::Member)>
                    <strong>{ctx.tr(Msg::RoleMember)}</strong>
                    <span>{ctx.tr(Msg::RoleMemberHint)}</span>
                </button>
            </div>
            <p class="muted">{ctx.tr(Msg::WelcomePrivacy)}</p>
        </section>
    }
}
