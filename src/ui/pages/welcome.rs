//! First run: who uses Hamdel on this device?

use crate::domain::Role;
use crate::i18n::msg::*;
use crate::ui::context::AppContext;
use leptos::prelude::*;

/// Asks the role once; both spaces stay reachable from the navigation afterwards.
#[component]
pub fn WelcomePage() -> impl IntoView {
    let ctx = AppContext::expect();
    view! {
        <section class="page welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title">{ctx.tr(ShellMsg::WelcomeTitle)}</h1>
            <p class="lead">{ctx.tr(ShellMsg::WelcomeQuestion)}</p>
            <div class="role-choices">
                <button type="button" class="role-choice" id="role-counsellor" on:click=move |_| ctx.choose_role(Role::Counsellor)>
                    <strong>{ctx.tr(ShellMsg::RoleCounsellor)}</strong>
                    <span>{ctx.tr(ShellMsg::RoleCounsellorHint)}</span>
                </button>
                <button type="button" class="role-choice" id="role-member" on:click=move |_| ctx.choose_role(Role::Member)>
                    <strong>{ctx.tr(ShellMsg::RoleMember)}</strong>
                    <span>{ctx.tr(ShellMsg::RoleMemberHint)}</span>
                </button>
            </div>
            <p class="muted">{ctx.tr(ShellMsg::WelcomePrivacy)}</p>
        </section>
    }
}
