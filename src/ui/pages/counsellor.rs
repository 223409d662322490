//! Counsellor home: the list of groups (create, rename, delete with undo).

use crate::domain::{Group, group::GROUP_NAME_MAX};
use crate::i18n::msg::*;
use crate::ui::components::SelectField;
use crate::ui::context::{AppContext, invalid};
use crate::ui::route::Route;
use leptos::either::Either;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// The counsellor's groups.
#[component]
pub fn CounsellorPage() -> impl IntoView {
    let ctx = AppContext::expect();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Msg>);
    let create = move |ev: SubmitEvent| {
        ev.prevent_default();
        match ctx.create_group(&name.get_untracked()) {
            Ok(()) => {
                name.set(String::new());
                error.set(None);
            }
            Err(msg) => error.set(Some(msg)),
        }
    };
    view! {
        <section class="page" aria-labelledby="groups-title">
            <h1 id="groups-title">{ctx.tr(GroupsMsg::GroupsTitle)}</h1>
            {move || ctx.groups.with(Vec::is_empty).then(|| view! { <p class="empty">{ctx.tr(GroupsMsg::NoGroups)}</p> })}
            <ul class="list" id="group-list">
                <For
                    each=move || ctx.groups.get()
                    key=|g| (g.id.clone(), g.name.clone())
                    children=move |g| view! { <GroupRow group=g /> }
                />
            </ul>
            <form class="card inline-form" on:submit=create novalidate>
                <div class="field">
                    <label for="new-group-name">{ctx.tr(GroupsMsg::NewGroupName)}</label>
                    <input
                        id="new-group-name"
                        type="text"
                        dir="auto"
                        autocomplete="off"
                        maxlength=GROUP_NAME_MAX
                        bind:value=name
                        aria-invalid=invalid(error)
                        aria-describedby="new-group-error"
                    />
                    <p class="field-error" id="new-group-error">
                        {ctx.field_error(error)}
                    </p>
                </div>
                <button type="submit" id="create-group" class="primary">{ctx.tr(GroupsMsg::CreateGroup)}</button>
            </form>
            <TemplatePicker />
            <p class="stand-alone"><a id="year-link" href=Route::Year.path()>{ctx.tr(YearMsg::Link)}</a></p>
        </section>
    }
}

/// One group in the list, with its rename form.
#[component]
fn GroupRow(
    /// The group shown.
    group: Group,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(group.name.clone());
    let error = RwSignal::new(None::<Msg>);
    let id = group.id.clone();
    let field_id = format!("rename-{}", group.id);
    let error_id = format!("rename-error-{}", group.id);
    let save = {
        let id = id.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            match ctx.rename_group(&id, &draft.get_untracked()) {
                Ok(()) => editing.set(false),
                Err(m) => error.set(Some(m)),
            }
        }
    };
    let delete_id = id.clone();
    let name = group.name.clone();
    let href = crate::ui::route::Route::Group(id.clone()).path();
    view! {
        <li class="list-item group-item">
            {move || {
                if editing.get() {
                    Either::Left(view! {
                        <form class="inline-form" on:submit=save.clone() novalidate>
                            <div class="field">
                                <label for=field_id.clone()>{ctx.tr(GroupsMsg::GroupName)}</label>
                                <input
                                    id=field_id.clone()
                                    type="text"
                                    dir="auto"
                                    maxlength=GROUP_NAME_MAX
                                    bind:value=draft
                                    aria-invalid=invalid(error)
                                    aria-describedby=error_id.clone()
                                />
                                <p class="field-error" id=error_id.clone()>{ctx.field_error(error)}</p>
                            </div>
                            <button type="submit" class="primary">{ctx.tr(CommonMsg::Save)}</button>
                            <button type="button" on:click=move |_| { editing.set(false); error.set(None); }>{ctx.tr(CommonMsg::Cancel)}</button>
                        </form>
                    })
                } else {
                    let delete_id = delete_id.clone();
                    Either::Right(view! {
                        <div class="item-main">
                            <a class="item-title" dir="auto" href=href.clone()>{name.clone()}</a>
                            {super::overview::glance(ctx, &group)}
                        </div>
                        <div class="item-actions">
                            <button type="button" class="rename" on:click=move |_| editing.set(true)>{ctx.tr(GroupsMsg::Rename)}</button>
                            <button type="button" class="delete danger" on:click=move |_| ctx.delete_group(&delete_id)>{ctx.tr(CommonMsg::Delete)}</button>
                        </div>
                    })
                }
            }}
        </li>
    }
}

/// Creating a group from one of the ready plans.
#[component]
fn TemplatePicker() -> impl IntoView {
    let ctx = AppContext::expect();
    let chosen = RwSignal::new(
        crate::content::templates()
            .first()
            .map(|t| t.id.to_string())
            .unwrap_or_default(),
    );
    let options = move || {
        let l = ctx.locale();
        crate::content::templates()
            .iter()
            .map(|t| {
                (
                    t.id.to_string(),
                    CommonMsg::Verbatim(t.text(l).name.clone()).into(),
                )
            })
            .collect::<Vec<_>>()
    };
    view! {
        <section class="card inline-form" aria-labelledby="templates-title">
            <h2 id="templates-title">{ctx.tr(GroupsMsg::TemplatesTitle)}</h2>
            {move || view! {
                <SelectField id="template-pick" label=GroupsMsg::TemplateChoose.into() options=options() value=chosen
                    on_change=Callback::new(move |v| chosen.set(v)) />
            }}
            <button type="button" id="create-from-template" on:click=move |_| {
                ctx.create_from_template(&crate::domain::Id::from_raw(chosen.get_untracked()));
            }>{ctx.tr(GroupsMsg::CreateFromTemplate)}</button>
        </section>
    }
}
