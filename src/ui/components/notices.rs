//! The notice area: confirmations with undo, and errors with a way out. A live region, so
//! screen readers announce each notice.

use crate::i18n::msg::*;
use crate::ui::context::{AppContext, NoticeAction, Tone};
use leptos::prelude::*;

/// The list of current notices.
#[component]
pub fn Notices() -> impl IntoView {
    let ctx = AppContext::expect();
    view! {
        <section class="notices" aria-live="polite" aria-relevant="additions">
            <For
                each=move || ctx.notices.get()
                key=|n| n.id
                children=move |n| {
                    let id = n.id;
                    let class = match n.tone {
                        Tone::Info => "notice",
                        Tone::Error => "notice notice-error",
                    };
                    let role = match n.tone {
                        Tone::Info => "status",
                        Tone::Error => "alert",
                    };
                    let msg = n.msg.clone();
                    let buttons = n
                        .actions
                        .into_iter()
                        .map(|action| {
                            let label = match &action {
                                NoticeAction::RestoreGroup(..)
                                | NoticeAction::RestoreEntry(_)
                                | NoticeAction::RemoveEntry(_)
                                | NoticeAction::RestoreExercise(_)
                                | NoticeAction::RestoreSurvey(_)
                                | NoticeAction::RestoreGoal(_) => CommonMsg::Undo,
                                NoticeAction::ExportAll => CommonMsg::ExportAll,
                                NoticeAction::Retry => CommonMsg::Retry,
                                NoticeAction::SaveBeforeRestore => CommonMsg::SaveBeforeRestore,
                                NoticeAction::PutBackAgain => CommonMsg::PutBackAgain,
                            };
                            let cls = if label == CommonMsg::Undo { "undo" } else { "notice-action" };
                            view! {
                                <button type="button" class=cls on:click=move |_| ctx.run_action(id, action.clone())>
                                    {move || ctx.t(label.clone())}
                                </button>
                            }
                        })
                        .collect_view();
                    view! {
                        <div class=class role=role>
                            <p>{move || ctx.t(msg.clone())}</p>
                            <div class="notice-buttons">
                                {buttons}
                                <button type="button" class="dismiss" on:click=move |_| ctx.dismiss(id)>
                                    {ctx.tr(CommonMsg::Dismiss)}
                                </button>
                            </div>
                        </div>
                    }
                }
            />
        </section>
    }
}
