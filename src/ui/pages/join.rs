//! The member's side of kits: joining a group from a link or a file (what the kit holds is shown
//! first, nothing is added before the member agrees), the joined groups' cards on the journal
//! (today's prompt and task, surveys due), and sharing back exactly what the member picks,
//! encrypted to the counsellor.

use crate::content;
use crate::domain::kit::{JoinedKit, Kit, KitError};
use crate::domain::{Id, Locale};
use crate::i18n::format_date;
use crate::i18n::msg::*;
use crate::ui::components::FilePicker;
use crate::ui::context::AppContext;
use crate::ui::platform;
use crate::ui::route::Route;
use leptos::prelude::*;

fn kit_error_msg(e: KitError) -> Msg {
    match e {
        KitError::NotAKit => KitsMsg::KitNotAKit.into(),
        KitError::Newer => KitsMsg::KitNewer.into(),
        KitError::TooLarge => KitsMsg::KitTooLarge.into(),
        KitError::Invalid => KitsMsg::KitInvalid.into(),
    }
}

fn survey_title(id: &Id, locale: Locale) -> String {
    content::instrument(id)
        .map(|s| s.title.get(locale).to_owned())
        .unwrap_or_else(|| id.to_string())
}

/// Joining from a link (`payload`) or, without one, from a chosen kit file.
#[component]
pub fn JoinPage(#[prop(optional)] payload: Option<String>) -> impl IntoView {
    let ctx = AppContext::expect();
    let kit = RwSignal::new(payload.map(|p| Kit::from_payload(&p).map_err(kit_error_msg)));
    let on_file = move |ev: leptos::ev::Event| {
        if let Some(f) = platform::chosen_file(&ev) {
            leptos::task::spawn_local(async move {
                let parsed = match platform::read_file(f).await {
                    Some(bytes) => Kit::from_json(&bytes).map_err(kit_error_msg),
                    None => Err(KitsMsg::KitNotAKit.into()),
                };
                kit.set(Some(parsed));
            });
        }
    };
    view! {
        <section class="page" aria-labelledby="join-title">
            <p class="no-print"><a href=Route::Member.path()>{ctx.tr(CommonMsg::JournalTitle)}</a></p>
            <h1 id="join-title">{ctx.tr(KitsMsg::JoinTitle)}</h1>
            <div class="card">
                <FilePicker id="kit-file" label=KitsMsg::KitFile.into() accept=".json,application/json" on_change=Callback::new(on_file) />
            </div>
            {move || match kit.get() {
                None => None,
                Some(Err(m)) => Some(view! { <p class="field-error" role="alert" id="kit-error">{ctx.t(m)}</p> }.into_any()),
                Some(Ok(k)) => Some(view! { <KitPreview kit=k /> }.into_any()),
            }}
        </section>
    }
}

#[component]
fn KitPreview(kit: Kit) -> impl IntoView {
    let ctx = AppContext::expect();
    let already = ctx.joined(&kit.group).is_some();
    let code = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Msg>);
    // Review #19: the preview follows a change of language or calendar (it was drawn once).
    let kit_sessions = kit.sessions.clone();
    let sessions = move || {
        let st = ctx.settings.get();
        let locale = st.locale;
        kit_sessions
        .iter()
        .map(|s| {
            let when = s
                .date
                .map(|d| format_date(d, st.effective_calendar(), locale))
                .unwrap_or_default();
            view! {
                <li>
                    <span class="dots"><strong>{ctx.t(CommonMsg::SessionN(usize::from(s.number)))}</strong><span>{when}</span></span>
                    {(!s.prompt.is_empty()).then(|| view! { <p><span class="lbl">{ctx.tr(KitsMsg::PromptLabel)}</span><bdi>{s.prompt.clone()}</bdi></p> })}
                    {(!s.task.is_empty()).then(|| view! { <p><span class="lbl">{ctx.tr(KitsMsg::TaskLabel)}</span><bdi>{s.task.clone()}</bdi></p> })}
                </li>
            }
        })
        .collect_view()
    };
    let kit_surveys = kit.surveys.clone();
    let surveys = move || {
        let st = ctx.settings.get();
        let locale = st.locale;
        kit_surveys
        .iter()
        .map(|s| {
            let when = s
                .due
                .map(|d| format_date(d, st.effective_calendar(), locale))
                .unwrap_or_default();
            view! { <li class="dots"><span>{survey_title(&s.survey, locale)}</span><span>{ctx.t(CommonMsg::MomentName(s.moment))}</span><span>{when}</span></li> }
        })
        .collect_view()
    };
    let codes = kit.codes.clone();
    let has_codes = !codes.is_empty();
    let code_choices = codes
        .iter()
        .map(|c| {
            let c = c.clone();
            let box_id = format!("code-{c}");
            let value = c.clone();
            view! {
                <div class="choice">
                    <input type="radio" name="member-code" id=box_id.clone() on:change=move |_| code.set(value.clone()) />
                    <label for=box_id dir="auto">{c}</label>
                </div>
            }
        })
        .collect_view();
    let kit = StoredValue::new(kit);
    let join = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let c = code.get_untracked().trim().to_owned();
        if c.is_empty() {
            error.set(Some(KitsMsg::ChooseCode.into()));
            return;
        }
        ctx.join_kit(kit.get_value(), c);
    };
    view! {
        <section class="card" id="kit-preview" aria-labelledby="kit-preview-title">
            <h2 id="kit-preview-title" dir="auto">{kit.with_value(|k| k.name.clone())}</h2>
            <p>{ctx.tr(KitsMsg::KitPreviewIntro)}</p>
            {already.then(|| view! { <p class="warning">{ctx.tr(KitsMsg::KitAlreadyJoined)}</p> })}
            <h3>{ctx.tr(KitsMsg::KitSessions)}</h3>
            <ol class="kit-sessions">{sessions}</ol>
            <h3>{ctx.tr(KitsMsg::KitSurveys)}</h3>
            <ul>{surveys}</ul>
            <p class="muted">{ctx.tr(KitsMsg::KitShareNote)}</p>
            <form on:submit=join novalidate>
                <fieldset class="choices">
                    <legend>{ctx.tr(KitsMsg::YourCode)}</legend>
                    {code_choices}
                    {(!has_codes).then(|| view! {
                        <div class="field">
                            <label for="own-code">{ctx.tr(KitsMsg::YourCode)}</label>
                            <input id="own-code" type="text" dir="auto" bind:value=code />
                        </div>
                    })}
                </fieldset>
                <p class="field-error" role="alert" id="join-error">{ctx.field_error(error)}</p>
                <div class="actions">
                    <button type="submit" class="primary" id="join-group">{ctx.tr(KitsMsg::JoinGroup)}</button>
                    <a href=Route::Member.path()>{ctx.tr(CommonMsg::Cancel)}</a>
                </div>
            </form>
        </section>
    }
}

/// The joined groups on the journal page: today's prompt and task, surveys due, share link.
#[component]
pub fn KitCards(
    /// Set to a prompt when the member chooses to write about it.
    prompt: RwSignal<Option<String>>,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let cards = move || {
        let today = platform::today();
        ctx.kits
            .get()
            .into_iter()
            .map(|j: JoinedKit| {
                let locale = ctx.locale();
                let session = j.kit.current_session(today).cloned();
                let taken = |s: &crate::domain::kit::KitSurvey| {
                    ctx.attempts.with(|a| {
                        a.iter().any(|x| {
                            x.survey == s.survey && x.moment == Some(s.moment) && x.group.as_ref() == Some(&j.id)
                        })
                    })
                };
                let due = j
                    .kit
                    .due_surveys(today, taken)
                    .into_iter()
                    .map(|s| {
                        let href = Route::TakeSurveyFor(s.survey.clone(), j.id.clone(), s.moment).path();
                        view! {
                            <li><a class="survey-due" href=href><span class="lbl">{ctx.t(KitsMsg::SurveyDue)}</span><span class="dots"><span>{survey_title(&s.survey, locale)}</span><span>{ctx.t(CommonMsg::MomentName(s.moment))}</span></span></a></li>
                        }
                    })
                    .collect_view();
                let write = session.as_ref().filter(|s| !s.prompt.is_empty()).map(|s| {
                    let p = s.prompt.clone();
                    let shown = p.clone();
                    view! {
                        <p class="prompt"><span class="lbl">{ctx.t(KitsMsg::PromptLabel)}</span><bdi>{shown}</bdi></p>
                        <button type="button" class="link-button write-prompt" on:click=move |_| prompt.set(Some(p.clone()))>{ctx.t(KitsMsg::WriteAboutThis)}</button>
                    }
                });
                let task = session.as_ref().filter(|s| !s.task.is_empty()).map(|s| {
                    view! { <p class="task"><span class="lbl">{ctx.t(KitsMsg::TaskLabel)}</span><bdi>{s.task.clone()}</bdi></p> }
                });
                view! {
                    <section class="card kit-card" aria-label=j.kit.name.clone()>
                        <h2 class="dots"><bdi>{j.kit.name.clone()}</bdi><small><span class="lbl">{ctx.t(KitsMsg::YourCode)}</span><bdi>{j.code.clone()}</bdi></small></h2>
                        {session.as_ref().map(|s| view! { <p class="muted">{ctx.t(CommonMsg::SessionN(usize::from(s.number)))}</p> })}
                        {write}
                        {task}
                        <ul class="due-list">{due}</ul>
                        <a class="share-link" href=Route::Share(j.id.clone()).path()>{ctx.t(KitsMsg::ShareWithCounsellor)}</a>
                    </section>
                }
            })
            .collect_view()
    };
    view! {
        <div id="kit-cards">{cards}</div>
        <p class="link-list"><a id="join-link" href=Route::JoinFile.path()>{ctx.tr(KitsMsg::JoinTitle)}</a></p>
    }
}

/// Sharing back with a joined group's counsellor: pick, preview, save encrypted.
#[component]
pub fn SharePage(id: Id) -> impl IntoView {
    let ctx = AppContext::expect();
    let Some(joined) = ctx.joined(&id) else {
        return view! { <section class="page"><h1>{ctx.tr(CommonMsg::NotFound)}</h1></section> }
            .into_any();
    };
    let st = ctx.settings.get_untracked();
    let locale = st.locale;
    // By default: the survey results this group asked for. Nothing else.
    let attempts = RwSignal::new(
        ctx.attempts
            .with_untracked(|a| crate::domain::kit::Chosen::by_default(&joined.id, a).attempts),
    );
    let entries = RwSignal::new(Vec::<Id>::new());
    let goals = RwSignal::new(Vec::<Id>::new());
    let preview = RwSignal::new(None::<crate::domain::kit::Share>);
    let error = RwSignal::new(None::<Msg>);
    let check = |list: RwSignal<Vec<Id>>, id: Id, box_id: String, label: String| {
        let checked_id = id.clone();
        view! {
            <div class="choice">
                <input type="checkbox" id=box_id.clone()
                    prop:checked=move || list.with(|l| l.contains(&checked_id))
                    on:change=move |_| list.update(|l| match l.iter().position(|x| x == &id) {
                        Some(i) => { l.remove(i); }
                        None => l.push(id.clone()),
                    }) />
                <label for=box_id dir="auto">{label}</label>
            </div>
        }
    };
    let attempt_boxes = ctx
        .attempts
        .get_untracked()
        .into_iter()
        .map(|a| {
            let moment = a
                .moment
                .map(|m| ctx.t(CommonMsg::MomentName(m)))
                .unwrap_or_default();
            let label = crate::i18n::dots(&[
                survey_title(&a.survey, locale),
                format_date(a.date, st.effective_calendar(), locale),
                moment,
            ]);
            check(
                attempts,
                a.id.clone(),
                format!("share-attempt-{}", a.id),
                label,
            )
        })
        .collect_view();
    let entry_boxes = ctx
        .journal
        .get_untracked()
        .into_iter()
        .map(|e| {
            let mut text: String = e.text.chars().take(80).collect();
            if e.text.chars().count() > 80 {
                text.push('…');
            }
            let label =
                crate::i18n::dots(&[format_date(e.date, st.effective_calendar(), locale), text]);
            check(
                entries,
                e.id.clone(),
                format!("share-entry-{}", e.id),
                label,
            )
        })
        .collect_view();
    let goal_boxes = ctx
        .goals
        .get_untracked()
        .into_iter()
        .map(|g| {
            check(
                goals,
                g.id.clone(),
                format!("share-goal-{}", g.id),
                g.title.clone(),
            )
        })
        .collect_view();
    let joined = StoredValue::new(joined);
    let show_preview = move |_| {
        let share = ctx.build_share(
            &joined.get_value(),
            &attempts.get_untracked(),
            &entries.get_untracked(),
            &goals.get_untracked(),
        );
        error.set(None);
        preview.set(Some(share));
    };
    let save = move |_| {
        if let Some(share) = preview.get_untracked() {
            let recipient = joined.with_value(|j| j.kit.recipient.clone());
            match ctx.save_share(&recipient, &share) {
                Ok(()) => preview.set(None),
                Err(m) => error.set(Some(m)),
            }
        }
    };
    view! {
        <section class="page" aria-labelledby="share-title">
            <p class="no-print"><a href=Route::Member.path()>{ctx.tr(CommonMsg::JournalTitle)}</a></p>
            <h1 id="share-title" class="dots"><span>{ctx.tr(KitsMsg::ShareWithCounsellor)}</span><bdi>{joined.with_value(|j| j.kit.name.clone())}</bdi></h1>
            <p>{ctx.tr(KitsMsg::ShareIntro)}</p>
            <fieldset class="card choices" id="share-attempts">
                <legend>{ctx.tr(KitsMsg::ShareSurveys)}</legend>
                {attempt_boxes}
            </fieldset>
            <fieldset class="card choices" id="share-entries">
                <legend>{ctx.tr(KitsMsg::ShareEntries)}</legend>
                {entry_boxes}
            </fieldset>
            <fieldset class="card choices" id="share-goals">
                <legend>{ctx.tr(KitsMsg::ShareGoals)}</legend>
                {goal_boxes}
            </fieldset>
            <button type="button" id="preview-share" on:click=show_preview>{ctx.tr(KitsMsg::PreviewShare)}</button>
            {move || preview.get().map(|share| {
                let counts = ctx.t(KitsMsg::ShareCounts {
                    surveys: share.attempts.len(),
                    entries: share.journal.len(),
                    goals: share.goals.len(),
                });
                view! {
                    <section class="card" id="share-preview" aria-labelledby="share-preview-title">
                        <h2 id="share-preview-title">{ctx.t(KitsMsg::ShareExactly)}</h2>
                        <p id="share-counts">{counts}</p>
                        <pre dir="ltr" id="share-json" tabindex="0">{share.to_json_pretty()}</pre>
                        <p class="muted">{ctx.t(KitsMsg::ShareEncryptedNote)}</p>
                        <button type="button" class="primary" id="save-share" on:click=save>{ctx.t(KitsMsg::SaveShare)}</button>
                    </section>
                }
            })}
            <p class="field-error" role="alert">{ctx.field_error(error)}</p>
        </section>
    }
    .into_any()
}
