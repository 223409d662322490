//! Standing messages about stored data: storage off, unreadable data set aside, data from a
//! newer version, changes not yet stored.

use crate::i18n::Msg;
use crate::storage::LoadIssue;
use crate::ui::context::AppContext;
use leptos::prelude::*;

/// Banners under the header; empty when all is well.
#[component]
pub fn Banners() -> impl IntoView {
    let ctx = AppContext::expect();
    let quarantined = move || {
        ctx.issues.with(|i| {
            i.iter()
                .filter(|x| matches!(x, LoadIssue::Quarantined { .. }))
                .count()
        })
    };
    let left_in_place = move || {
        ctx.issues.with(|i| {
            i.iter()
                .any(|x| matches!(x, LoadIssue::CorruptLeftInPlace { .. }))
        })
    };
    let future = move || {
        ctx.issues.with(|i| {
            i.iter()
                .any(|x| matches!(x, LoadIssue::FutureVersion { .. }))
        })
    };
    view! {
        <div class="banners">
            <Show when=move || !ctx.storage_available.get()>
                <div class="banner banner-error" role="alert" id="banner-unavailable">
                    <p>{ctx.tr(Msg::StorageUnavailable)}</p>
                    <button type="button" on:click=move |_| ctx.export_all()>{ctx.tr(Msg::ExportAll)}</button>
                </div>
            </Show>
            <Show when=move || { quarantined() > 0 }>
                <div class="banner banner-warning" role="alert" id="banner-recovered">
                    <p>{move || ctx.t(Msg::CorruptSetAside(quarantined()))}</p>
                    <button type="button" on:click=move |_| ctx.export_quarantine()>{ctx.tr(Msg::SaveSetAside)}</button>
                </div>
            </Show>
            <Show when=left_in_place>
                <div class="banner banner-warning" role="alert">
                    <p>{ctx.tr(Msg::CorruptLeftInPlace)}</p>
                    <button type="button" on:click=move |_| ctx.export_all()>{ctx.tr(Msg::ExportAll)}</button>
                </div>
            </Show>
            <Show when=future>
                <div class="banner banner-warning" role="alert" id="banner-future">
                    <p>{ctx.tr(Msg::FutureVersion)}</p>
                </div>
            </Show>
            <Show when=move || { ctx.pending.get() > 0 && ctx.storage_available.get() }>
                <div class="banner banner-error" role="status" id="banner-unsaved">
                    <p>{move || ctx.t(Msg::Unsaved(ctx.pending.get()))}</p>
                    <button type="button" on:click=move |_| ctx.retry()>{ctx.tr(Msg::Retry)}</button>
                    <button type="button" on:click=move |_| ctx.export_all()>{ctx.tr(Msg::ExportAll)}</button>
                </div>
            </Show>
        </div>
    }
}
