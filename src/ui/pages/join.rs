//! The member's side of kits: joining a group from a link or a file (what the kit holds is shown
//! first, nothing is added before the member agrees), the joined groups' cards on the journal
//! (today's prompt and task, surveys due), and sharing back exactly what the member picks,
//! encrypted to the counsellor.

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

/// What an attempt is called to the member: an exit ticket by its session, else its survey.
fn attempt_title(a: &crate::domain::survey::Attempt, locale: Locale) -> String {
    match a
        .session
        .filter(|_| a.survey.as_str() == crate::domain::exit::EXIT)
    {
        Some(n) => Msg::from(KitsMsg::ExitTicketTitle(usize::from(n))).text(locale),
        None => survey_title(&a.survey, locale),
    }
}

fn survey_title(id: &Id, locale: Locale) -> String {
    AppContext::expect()
        .survey(id)
        .map(|s| s.title.get_or_other(locale).to_owned())
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
    // The counsellor's own surveys come in the kit itself (#18): named from it before joining.
    let carried = kit.instruments.clone();
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
            let title = carried
                .iter()
                .find(|c| c.id == s.survey)
                .map(|c| c.title.get_or_other(locale).to_owned())
                .unwrap_or_else(|| survey_title(&s.survey, locale));
            view! { <li class="dots"><span>{title}</span><span>{ctx.t(CommonMsg::MomentName(s.moment))}</span><span>{when}</span></li> }
        })
        .collect_view()
    };
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
                // The member types the code on their slip: a kit lists no one's code (#15).
                <div class="field">
                    <label for="own-code">{ctx.tr(KitsMsg::YourCode)}</label>
                    <input id="own-code" type="text" dir="auto" autocomplete="off" bind:value=code
                        aria-describedby="own-code-hint join-error" />
                    <p class="muted small" id="own-code-hint">{ctx.tr(KitsMsg::YourCodeHint)}</p>
                </div>
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
                // #18: the latest session's exit ticket, until it is answered.
                let exit = session.as_ref().filter(|s| !s.exit.is_empty()).filter(|s| {
                    !ctx.attempts.with(|a| {
                        a.iter().any(|x| {
                            x.survey.as_str() == crate::domain::exit::EXIT
                                && x.session == Some(s.number)
                                && x.group.as_ref() == Some(&j.id)
                        })
                    })
                }).map(|s| {
                    let href = Route::ExitTicket(j.id.clone(), s.number).path();
                    view! {
                        <li><a class="exit-due" href=href><span class="lbl">{ctx.t(KitsMsg::SurveyDue)}</span><span>{ctx.t(KitsMsg::ExitTicketTitle(usize::from(s.number)))}</span></a></li>
                    }
                });
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
                        <ul class="due-list">{exit}{due}</ul>
                        {j.kit.sessions.iter().any(|s| s.date.is_some()).then(|| {
                            let kit = j.kit.clone();
                            view! {
                                <button type="button" class="calendar-file" on:click=move |_| save_calendar(ctx, &kit)>{ctx.t(KitsMsg::MemberCalendar)}</button>
                            }
                        })}
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

/// A text cut to `max` characters, with an ellipsis if it was longer.
/// Saves the kit's sessions as an `.ics` file for the member's own calendar (#17).
fn save_calendar(ctx: AppContext, kit: &Kit) {
    let zone = crate::domain::ics::Zone {
        name: platform::time_zone(),
    };
    let meetings = kit.meetings(|n| {
        ctx.t(OverviewMsg::EventTitle {
            group: kit.name.clone(),
            number: usize::from(n),
        })
    });
    let file = crate::domain::ics::ics(
        &meetings,
        &zone,
        platform::utc_offset_minutes,
        platform::now_utc(),
    );
    platform::save_file("hamdel-sessions.ics", "text/calendar", &file);
}

fn shortened(text: &str, max: usize) -> String {
    let mut t: String = text.chars().take(max).collect();
    if text.chars().count() > max {
        t.push('…');
    }
    t
}

/// Sharing back with a joined group's counsellor: pick, see in words what the counsellor will
/// see (the exact file one tap away), send through the phone's share sheet or save the file;
/// what was sent stays listed.
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
                attempt_title(&a, locale),
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
            let date = format_date(e.date, st.effective_calendar(), locale);
            let label = match e.mood.filter(|_| e.text.is_empty()) {
                Some(m) => KitsMsg::ShareLineCheckIn {
                    date,
                    mood: JournalMsg::MoodName(m).text(locale),
                }
                .text(locale),
                None => crate::i18n::dots(&[date, shortened(e.first_line(), 80)]),
            };
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
    let group_id = joined.id.clone();
    let joined = StoredValue::new(joined);
    let sending = RwSignal::new(false);
    // The share as ticked now: its preview follows every tick.
    let share = Memo::new(move |_| {
        let (a, e, g) = (attempts.get(), entries.get(), goals.get());
        ctx.build_share(&joined.get_value(), &a, &e, &g)
    });
    let send = move |_| {
        let share = share.get_untracked();
        if share.attempts.is_empty() && share.journal.is_empty() && share.goals.is_empty() {
            error.set(Some(KitsMsg::ShareNothing.into()));
            return;
        }
        error.set(None);
        sending.set(true);
        let joined = joined.get_value();
        ctx.send_share(&joined, share, move |sent| {
            sending.set(false);
            if sent {
                attempts.set(Vec::new());
                entries.set(Vec::new());
                goals.set(Vec::new());
            }
        });
    };
    let lines = move || {
        let s = share.get();
        let st = ctx.settings.get();
        let (cal, l) = (st.effective_calendar(), st.locale);
        let surveys = s.attempts.iter().map(|a| {
            let score = ctx.survey(&a.survey).and_then(|i| {
                i.score(&a.answers.iter().map(|v| Some(*v)).collect::<Vec<_>>())
                    .ok()
            });
            let title = attempt_title(a, l);
            let date = format_date(a.date, cal, l);
            if a.survey.as_str() == crate::domain::exit::EXIT {
                return KitsMsg::ShareLineExit {
                    title,
                    date,
                    helpful: a.answers.first().copied().unwrap_or_default(),
                }
                .text(l);
            }
            match score {
                Some(sc) => KitsMsg::ShareLineSurvey {
                    title,
                    date,
                    score: sc.total,
                    max: sc.max,
                }
                .text(l),
                None => crate::i18n::dots(&[title, date]),
            }
        });
        let entries = s.journal.iter().map(|e| {
            let date = format_date(e.date, cal, l);
            match e.mood.filter(|_| e.text.is_empty()) {
                Some(m) => KitsMsg::ShareLineCheckIn {
                    date,
                    mood: JournalMsg::MoodName(m).text(l),
                }
                .text(l),
                None => KitsMsg::ShareLineEntry {
                    date,
                    first: shortened(e.first_line(), 60),
                }
                .text(l),
            }
        });
        let goals = s.goals.iter().map(|g| {
            KitsMsg::ShareLineGoal {
                title: g.title.clone(),
                ratings: g.ratings.len(),
            }
            .text(l)
        });
        let all: Vec<String> = surveys.chain(entries).chain(goals).collect();
        if all.is_empty() {
            view! { <p class="muted">{KitsMsg::ShareNothing.text(l)}</p> }.into_any()
        } else {
            view! { <ul class="share-lines">{all.into_iter().map(|t| view! { <li dir="auto">{t}</li> }).collect_view()}</ul> }.into_any()
        }
    };
    let sent = move || {
        let list = ctx
            .kits
            .with(|k| k.iter().find(|k| k.id == group_id).map(|k| k.sent.clone()))
            .unwrap_or_default();
        (!list.is_empty()).then(|| {
            let st = ctx.settings.get();
            let l = st.locale;
            let items = list
                .iter()
                .rev()
                .map(|x| {
                    let counts = KitsMsg::ShareCounts { surveys: x.surveys, entries: x.entries, goals: x.goals }.text(l);
                    let date = format_date(x.date, st.effective_calendar(), l);
                    view! { <li>{KitsMsg::SentLine { date, counts, sheet: x.through_share_sheet }.text(l)}</li> }
                })
                .collect_view();
            view! {
                <section class="card" id="share-sent" aria-labelledby="share-sent-title">
                    <h2 id="share-sent-title">{ctx.t(KitsMsg::SentTitle)}</h2>
                    <ul class="plain-list">{items}</ul>
                </section>
            }
        })
    };
    view! {
        <section class="page" aria-labelledby="share-title">
            <h1 id="share-title" class="dots"><span>{ctx.tr(KitsMsg::ShareWithCounsellor)}</span><bdi>{joined.with_value(|j| j.kit.name.clone())}</bdi></h1>
            <p>{ctx.tr(KitsMsg::ShareIntro)}</p>
            <p class="card duty" id="share-duty">{ctx.tr(SafetyMsg::DutyToAct)}</p>
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
            <section class="card" id="share-preview" aria-labelledby="share-preview-title" aria-live="polite">
                <h2 id="share-preview-title">{ctx.tr(KitsMsg::SharePreviewTitle)}</h2>
                {lines}
                <p class="muted">{ctx.tr(KitsMsg::ShareEncryptedNote)}</p>
            </section>
            <details class="card" id="share-file-content">
                <summary>{ctx.tr(KitsMsg::ShareFileContent)}</summary>
                <pre dir="ltr" id="share-json" tabindex="0">{move || share.get().to_json_pretty()}</pre>
            </details>
            <p class="field-error" role="alert" id="share-error">{ctx.field_error(error)}</p>
            <button type="button" class="primary" id="send-share" on:click=send disabled=sending>{ctx.tr(KitsMsg::SendToCounsellor)}</button>
            {sent}
        </section>
    }
    .into_any()
}
