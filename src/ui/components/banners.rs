//! Standing messages about stored data: storage off, unreadable data set aside, data from a
//! newer version, changes not yet stored.
//!
//! The list is computed by one closure and every banner is drawn by one function: measured,
//! five separate `<Show>` blocks cost about 11 KiB of gzipped wasm.

use crate::i18n::msg::*;
use crate::storage::LoadIssue;
use crate::ui::context::AppContext;
use leptos::prelude::*;

/// What a banner's button does.
#[derive(Clone, Copy)]
enum BannerAction {
    ExportAll,
    ExportQuarantine,
    Retry,
}

/// One banner: its id (for tests and links), message, colour and buttons.
struct Banner {
    id: &'static str,
    msg: Msg,
    class: &'static str,
    actions: &'static [BannerAction],
}

/// The banners that apply now.
fn current(ctx: AppContext) -> Vec<Banner> {
    let mut out = Vec::new();
    if !ctx.storage_available.get() {
        out.push(Banner {
            id: "banner-unavailable",
            msg: StorageMsg::StorageUnavailable.into(),
            class: "banner banner-error",
            actions: &[BannerAction::ExportAll],
        });
    }
    ctx.issues.with(|issues| {
        let quarantined = issues
            .iter()
            .filter(|x| matches!(x, LoadIssue::Quarantined { .. }))
            .count();
        if quarantined > 0 {
            out.push(Banner {
                id: "banner-recovered",
                msg: StorageMsg::CorruptSetAside(quarantined).into(),
                class: "banner banner-warning",
                actions: &[BannerAction::ExportQuarantine],
            });
        }
        if issues
            .iter()
            .any(|x| matches!(x, LoadIssue::CorruptLeftInPlace { .. }))
        {
            out.push(Banner {
                id: "banner-left-in-place",
                msg: StorageMsg::CorruptLeftInPlace.into(),
                class: "banner banner-warning",
                actions: &[BannerAction::ExportAll],
            });
        }
        if issues
            .iter()
            .any(|x| matches!(x, LoadIssue::FutureVersion { .. }))
        {
            out.push(Banner {
                id: "banner-future",
                msg: StorageMsg::FutureVersion.into(),
                class: "banner banner-warning",
                actions: &[],
            });
        }
    });
    let pending = ctx.pending.get();
    if pending > 0 && ctx.storage_available.get() {
        out.push(Banner {
            id: "banner-unsaved",
            msg: StorageMsg::Unsaved(pending).into(),
            class: "banner banner-error",
            actions: &[BannerAction::Retry, BannerAction::ExportAll],
        });
    }
    out
}

/// Banners under the header; empty when all is well.
#[component]
pub fn Banners() -> impl IntoView {
    let ctx = AppContext::expect();
    view! {
        <div class="banners" role="alert">
            {move || current(ctx).into_iter().map(|b| banner(ctx, b)).collect_view()}
        </div>
    }
}

fn banner(ctx: AppContext, b: Banner) -> impl IntoView {
    let buttons = b
        .actions
        .iter()
        .map(|&action| {
            let label: Msg = match action {
                BannerAction::ExportAll => CommonMsg::ExportAll.into(),
                BannerAction::ExportQuarantine => StorageMsg::SaveSetAside.into(),
                BannerAction::Retry => CommonMsg::Retry.into(),
            };
            let run = move |_| match action {
                BannerAction::ExportAll => ctx.export_all(),
                BannerAction::ExportQuarantine => ctx.export_quarantine(),
                BannerAction::Retry => ctx.retry(),
            };
            view! { <button type="button" on:click=run>{ctx.tr(label)}</button> }
        })
        .collect_view();
    view! {
        <div class=b.class id=b.id>
            <p>{ctx.tr(b.msg)}</p>
            {buttons}
        </div>
    }
}
