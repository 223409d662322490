//! The counsellor's guide: stages, the shape of a session, size and length, ground rules and
//! confidentiality, purpose, and transfer to everyday life.

use crate::i18n::msg::*;
use crate::ui::context::AppContext;
use leptos::prelude::*;

/// The guide, one paragraph per topic.
#[component]
pub fn GuidePage() -> impl IntoView {
    let ctx = AppContext::expect();
    view! {
        <section class="page guide" aria-labelledby="guide-title">
            <h1 id="guide-title">{ctx.tr(CommonMsg::GuideTitle)}</h1>
            {(0..6u8).map(|n| view! { <p class="card">{ctx.tr(SessionsMsg::GuideSection(n))}</p> }).collect_view()}
            <section aria-labelledby="protocol-title" id="safety-protocol">
                <h2 id="protocol-title">{ctx.tr(SafetyMsg::ProtocolTitle)}</h2>
                {(0..7u8).map(|n| view! { <p class="card">{ctx.tr(SafetyMsg::Protocol(n))}</p> }).collect_view()}
            </section>
        </section>
    }
}
