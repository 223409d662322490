//! The counsellor's day (#17): a group at a glance (the next session, sessions held, what needs
//! attention) on the groups list and on top of the group page, and the roll call — large
//! present / absent / excused buttons per member for one session, "Mark all present" with Undo,
//! and the member's consent still to come as chips.

use crate::domain::member::{Attendance, Consent};
use crate::domain::overview::{Status, status};
use crate::domain::{Group, Id};
use crate::i18n::msg::*;
use crate::i18n::{format_date_long, localize_digits};
use crate::ui::context::AppContext;
use crate::ui::platform;
use crate::ui::route::Route;
use leptos::prelude::*;

/// When and where a session meets: its date (if any), then the group's time and room.
fn when(ctx: AppContext, group: &Group, date: Option<chrono::NaiveDate>) -> String {
    let s = ctx.settings.get_untracked();
    let mut parts: Vec<String> = Vec::new();
    if let Some(d) = date {
        parts.push(format_date_long(d, s.effective_calendar(), s.locale));
    }
    if !group.time.is_empty() {
        parts.push(localize_digits(&group.time, s.locale));
    }
    if !group.room.trim().is_empty() {
        // Isolated, so a room typed in Latin letters keeps its place in a Persian line.
        parts.push(format!("\u{2068}{}\u{2069}", group.room.trim()));
    }
    parts.join(" · ")
}

/// The next-session line of a status.
fn next_line(ctx: AppContext, group: &Group, st: &Status) -> String {
    let today = platform::today();
    match st.next {
        Some(n) if n.date == Some(today) => {
            let at = when(ctx, group, None);
            ctx.t(OverviewMsg::Today {
                number: n.index + 1,
                at,
            })
        }
        Some(n) if n.date.is_some() => ctx.t(OverviewMsg::Next {
            number: n.index + 1,
            when: when(ctx, group, n.date),
        }),
        Some(n) => ctx.t(OverviewMsg::NextUndated(n.index + 1)),
        None if st.total > 0 && st.held > 0 => ctx.t(OverviewMsg::AllHeld),
        None => ctx.t(OverviewMsg::NoSchedule),
    }
}

/// What needs attention, one message each.
fn attention(st: &Status) -> Vec<OverviewMsg> {
    let mut out = Vec::new();
    if st.consents_missing > 0 {
        out.push(OverviewMsg::ConsentsMissing(st.consents_missing));
    }
    if let Some(i) = st.attendance_missing {
        out.push(OverviewMsg::AttendanceMissing(i + 1));
    }
    if st.results_waiting > 0 {
        out.push(OverviewMsg::ResultsWaiting(st.results_waiting));
    }
    out
}

/// A group's glance on the groups list: next session, progress, what needs attention.
pub fn glance(ctx: AppContext, group: &Group) -> impl IntoView + use<> {
    let st = status(
        group,
        &ctx.results_of(&group.id).outcomes,
        platform::today(),
    );
    let next = next_line(ctx, group, &st);
    let held = ctx.t(OverviewMsg::Held {
        held: st.held,
        total: st.total,
    });
    let chips = attention(&st)
        .into_iter()
        .map(|m| view! { <li class="chip attention">{ctx.t(m)}</li> })
        .collect_view();
    view! {
        <span class="item-meta glance-next" dir="auto">{next}</span>
        <span class="item-meta">{held}</span>
        <ul class="chips glance-attention">{chips}</ul>
    }
}

/// Scrolls to a section's heading on this page and moves focus there (the hash is the route,
/// so an in-page `#` link cannot be used).
fn go_to(heading: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(heading))
    {
        el.scroll_into_view();
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = el.focus();
        }
    }
}

/// The overview card on top of the group page.
#[component]
pub fn OverviewCard(id: Id, stored: Memo<Option<Group>>) -> impl IntoView {
    let ctx = AppContext::expect();
    // Worked out once per change of the group, for every line of the card.
    let status_memo = Memo::new(move |_| {
        stored.with(|g| {
            g.as_ref().map(|g| {
                let results = ctx.results_of(&g.id);
                status(g, &results.outcomes, platform::today())
            })
        })
    });
    let st = move || status_memo.get();
    let next = move || {
        stored.with(|g| {
            g.as_ref()
                .zip(status_memo.get())
                .map(|(g, s)| next_line(ctx, g, &s))
        })
    };
    let planner = {
        let id = id.clone();
        move || {
            st().and_then(|s| s.next)
                .map(|n| Route::Session(id.clone(), n.index).path())
        }
    };
    let to_roll_call = move |_| go_to("roll-call-title");
    let to_plan = move |_| go_to("plan-title");
    let items = move || {
        let list = st().map(|s| attention(&s)).unwrap_or_default();
        if list.is_empty() {
            view! { <p class="muted" id="all-clear">{ctx.t(OverviewMsg::AllClear)}</p> }.into_any()
        } else {
            view! {
                <ul class="attention-list" id="attention">
                    {list.into_iter().map(|m| view! { <li>{ctx.t(m)}</li> }).collect_view()}
                </ul>
            }
            .into_any()
        }
    };
    view! {
        <section class="card overview" id="overview" aria-labelledby="next-title">
            <h2 id="next-title">{ctx.tr(OverviewMsg::NextTitle)}</h2>
            <p class="next-session" id="next-session" dir="auto">{next}</p>
            <p class="muted" id="sessions-held">
                {move || st().map(|s| ctx.t(OverviewMsg::Held { held: s.held, total: s.total }))}
            </p>
            <p class="actions">
                {move || planner().map(|href| view! {
                    <a class="button primary" id="open-next-planner" href=href>{ctx.tr(OverviewMsg::OpenPlanner)}</a>
                })}
                <button type="button" id="take-attendance" on:click=to_roll_call>{ctx.tr(OverviewMsg::TakeAttendance)}</button>
                <button type="button" id="go-to-plan" on:click=to_plan>{ctx.tr(OverviewMsg::SeePlan)}</button>
            </p>
            <h3>{ctx.tr(OverviewMsg::AttentionTitle)}</h3>
            {items}
        </section>
    }
}

/// The session a roll call opens on: today's, else the latest past one without attendance,
/// else the next, else the first.
fn default_session(group: &Group) -> usize {
    let today = platform::today();
    // Results do not choose the session.
    let st = status(group, &[], today);
    let dates = group.session_dates();
    dates
        .iter()
        .position(|d| *d == Some(today))
        .or(st.attendance_missing)
        .or(st.next.map(|n| n.index))
        .unwrap_or(0)
}

/// The roll call for one session.
#[component]
pub fn RollCall(id: Id, stored: Memo<Option<Group>>) -> impl IntoView {
    let ctx = AppContext::expect();
    let chosen = RwSignal::new(stored.with_untracked(|g| g.as_ref().map_or(0, default_session)));
    let gid = StoredValue::new(id);
    let options = move || {
        let s = ctx.settings.get();
        stored.with(|g| {
            g.as_ref()
                .map(|g| {
                    g.session_dates()
                        .into_iter()
                        .enumerate()
                        .map(|(i, d)| {
                            let mut label = ctx.session_name(g, i);
                            if let Some(d) = d {
                                label.push_str(" · ");
                                label.push_str(&crate::i18n::format_date(
                                    d,
                                    s.effective_calendar(),
                                    s.locale,
                                ));
                            }
                            (i, label)
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let members = move || {
        stored.with(|g| {
            g.as_ref()
                .map(|g| {
                    g.members
                        .iter()
                        .map(|m| {
                            (
                                m.id.clone(),
                                m.code.clone(),
                                m.consent,
                                m.parental_permission,
                            )
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let mark_of = move |member: &Id| {
        stored.with(|g| {
            g.as_ref()
                .and_then(|g| g.sessions.get(chosen.get()))
                .and_then(|s| s.attendance_of(member))
        })
    };
    let counts = move || {
        let list = members();
        let (mut p, mut a, mut e, mut u) = (0, 0, 0, 0);
        for (m, ..) in &list {
            match mark_of(m) {
                Some(Attendance::Present) => p += 1,
                Some(Attendance::Absent) => a += 1,
                Some(Attendance::Excused) => e += 1,
                None => u += 1,
            }
        }
        ctx.t(OverviewMsg::RollCount {
            present: p,
            absent: a,
            excused: e,
            unmarked: u,
        })
    };
    let all_present = move |_| {
        let session = chosen.get_untracked();
        ctx.change_group_undoable(&gid.get_value(), OverviewMsg::MarkedAllPresent, |g| {
            let ids: Vec<Id> = g.members.iter().map(|m| m.id.clone()).collect();
            if let Some(s) = g.sessions.get_mut(session) {
                for m in &ids {
                    s.mark(m, Some(Attendance::Present));
                }
            }
        });
    };
    let row = move |(member, code, consent, parental): (Id, String, Consent, Consent)| {
        let marks = [Attendance::Present, Attendance::Absent, Attendance::Excused];
        let buttons = marks
            .into_iter()
            .map(|mark| {
                let member = member.clone();
                let pressed = {
                    let member = member.clone();
                    move || mark_of(&member) == Some(mark)
                };
                let slug = format!("{mark:?}").to_lowercase();
                let click = move |_| {
                    let session = chosen.get_untracked();
                    let member = member.clone();
                    ctx.change_group(&gid.get_value(), |g| {
                        if let Some(s) = g.sessions.get_mut(session) {
                            // A second tap on the pressed mark clears it.
                            let next = (s.attendance_of(&member) != Some(mark)).then_some(mark);
                            s.mark(&member, next);
                        }
                    });
                };
                view! {
                    <button type="button" class=format!("mark mark-{slug}")
                        aria-pressed=move || if pressed() { "true" } else { "false" }
                        on:click=click>{ctx.tr(GroupsMsg::AttendanceName(mark))}</button>
                }
            })
            .collect_view();
        let chips = [
            (consent == Consent::Pending).then_some(OverviewMsg::ConsentPending),
            (parental == Consent::Pending).then_some(OverviewMsg::PermissionPending),
        ]
        .into_iter()
        .flatten()
        .map(|m| view! { <li class="chip consent-chip">{ctx.t(m)}</li> })
        .collect_view();
        let group_id = format!("roll-{member}");
        view! {
            <li class="roll-row">
                <div class="roll-who">
                    <strong id=group_id.clone() dir="auto">{code}</strong>
                    <ul class="chips">{chips}</ul>
                </div>
                <div class="roll-marks" role="group" aria-labelledby=group_id>{buttons}</div>
            </li>
        }
    };
    view! {
        <section class="card roll-call" id="roll-call" aria-labelledby="roll-call-title">
            <h2 id="roll-call-title" tabindex="-1">{ctx.tr(OverviewMsg::RollCallTitle)}</h2>
            <div class="field">
                <label for="roll-session">{ctx.tr(OverviewMsg::RollCallSession)}</label>
                <select id="roll-session" on:change=move |ev| {
                    if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                        chosen.set(i);
                    }
                }>
                    {move || options().into_iter().map(|(i, label)| view! {
                        <option value=i.to_string() selected=move || chosen.get() == i>{label}</option>
                    }).collect_view()}
                </select>
            </div>
            {move || if members().is_empty() {
                view! { <p class="muted">{ctx.t(OverviewMsg::NoMembers)}</p> }.into_any()
            } else {
                view! {
                    <p class="roll-actions">
                        <button type="button" class="primary" id="mark-all-present" on:click=all_present>{ctx.tr(OverviewMsg::MarkAllPresent)}</button>
                        <span class="muted" id="roll-count" role="status">{counts}</span>
                    </p>
                    <ul class="roll" id="roll">
                        <For each=members key=|m| m.clone() children=row />
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}
