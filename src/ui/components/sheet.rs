//! A sheet: a modal `<dialog>` that rises from the bottom on a phone and sits in the middle on
//! a wide screen. The browser gives it what a menu needs — focus moves in and back to the
//! button that opened it, Escape closes it, the page behind cannot be tapped — and a tap on the
//! dimmed page closes it too.

use crate::i18n::msg::*;
use crate::ui::context::AppContext;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A modal sheet, open while `open` is true; closing it by any way sets `open` to false.
#[component]
pub fn Sheet(
    /// The dialog's id.
    #[prop(into)]
    id: String,
    /// Whether it is showing.
    open: RwSignal<bool>,
    /// Its heading.
    #[prop(into)]
    title: Signal<String>,
    /// What it holds (buttons, mostly).
    children: ChildrenFn,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let node = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move || {
        let want = open.get();
        if let Some(d) = node.get() {
            if want && !d.open() {
                let _ = d.show_modal();
            } else if !want && d.open() {
                d.close();
            }
        }
    });
    let title_id = format!("{id}-title");
    let labelled = title_id.clone();
    // A tap outside the sheet lands on the dialog itself (its backdrop): close.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let on_backdrop = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDialogElement>().ok())
            .is_some();
        if on_backdrop {
            open.set(false);
        }
    };
    view! {
        <dialog class="sheet" id=id node_ref=node aria-labelledby=labelled
            on:close=move |_| open.set(false) on:click=on_click>
            <div class="sheet-body">
                <h2 class="sheet-title" id=title_id>{move || title.get()}</h2>
                {children()}
                <button type="button" class="quiet sheet-close" on:click=move |_| open.set(false)>{ctx.tr(CommonMsg::Close)}</button>
            </div>
        </dialog>
    }
}
