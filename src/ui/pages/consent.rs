//! The consent papers (#16): for each member still to answer, a letter to their parent or
//! guardian with a permission slip to cut off and return, and the student's own assent form,
//! both filled from the group's plan (what it is for, who it is for, its sessions and dates,
//! confidentiality and its limits, how to reach the counsellor). A blank set when nobody is
//! waiting. The member's code is on each paper so a returned slip can be marked in the member
//! list; their name only if the counsellor keeps one.

use crate::domain::Group;
use crate::domain::member::Consent;
use crate::domain::member::Member;
use crate::domain::session::first_sentence;
use crate::i18n::format_date_long;
use crate::i18n::msg::*;
use crate::ui::context::AppContext;
use leptos::prelude::*;

/// Counts of (given, refused, pending) over the members, for one of the two answers.
fn tally(group: &Group, answer: fn(&Member) -> Consent) -> (usize, usize, usize) {
    group
        .members
        .iter()
        .fold((0, 0, 0), |(g, r, p), m| match answer(m) {
            Consent::Given => (g + 1, r, p),
            Consent::Refused => (g, r + 1, p),
            Consent::Pending => (g, r, p + 1),
            Consent::NotNeeded => (g, r, p),
        })
}

/// A line to write on by hand, with its label.
fn blank(ctx: AppContext, label: ConsentMsg, filled: Option<String>) -> impl IntoView {
    view! {
        <p class="fill-line">
            <span class="lbl">{ctx.t(label)}</span>
            <span class="fill" dir="auto">{filled.unwrap_or_default()}</span>
        </p>
    }
}

/// A box to tick by hand (drawn with borders: "☐" is missing from common Android fonts).
fn tick(ctx: AppContext, label: ConsentMsg) -> impl IntoView {
    view! { <p class="tick"><span class="check-box" aria-hidden="true"></span>{ctx.t(label)}</p> }
}

/// The plan's facts both papers share: what, for whom, when and where, the sessions.
fn plan_facts(ctx: AppContext, group: &Group, for_parents: bool) -> impl IntoView {
    let s = ctx.settings.get_untracked();
    let l = s.locale;
    let long = |d| format_date_long(d, s.effective_calendar(), l);
    let dates = group.session_dates();
    let first = dates.iter().flatten().next().copied();
    let last = dates.iter().flatten().last().copied();
    let range = first
        .zip(last)
        .map(|(a, b)| ctx.t(ConsentMsg::Dates(long(a), long(b))));
    let day_time = group.weekday.filter(|_| !group.time.is_empty()).map(|d| {
        ctx.t(ConsentMsg::DayAndTime(
            ctx.t(GroupsMsg::WeekdayName(d)),
            crate::i18n::localize_digits(&group.time, l),
        ))
    });
    let room = (!group.room.trim().is_empty())
        .then(|| ctx.t(ConsentMsg::Room(group.room.trim().to_owned())));
    let sessions = group
        .sessions
        .iter()
        .enumerate()
        .map(|(i, session)| {
            let when = dates[i].map(long).unwrap_or_default();
            let aim = first_sentence(&ctx.text(&session.objectives)).to_owned();
            view! {
                <li>
                    <strong>{ctx.t(CommonMsg::SessionN(i + 1))}</strong>
                    {(!when.is_empty()).then(|| view! { " · "<span>{when}</span> })}
                    {(!aim.is_empty()).then(|| view! { <span class="aim" dir="auto">" — "{aim}</span> })}
                </li>
            }
        })
        .collect_view();
    let what = if for_parents {
        ConsentMsg::WhatTitle
    } else {
        ConsentMsg::AssentWhat
    };
    view! {
        <h3>{ctx.t(what)}</h3>
        <p dir="auto" class="pre">{group.goals.trim().to_owned()}</p>
        <h3>{ctx.t(ConsentMsg::WhenTitle)}</h3>
        <p>
            {ctx.t(ConsentMsg::Sessions { count: group.sessions.len(), minutes: group.session_minutes })}
            {range.map(|r| view! { " "{r} })}
            {day_time.map(|r| view! { " "{r} })}
            {room.map(|r| view! { " "<bdi>{r}</bdi> })}
        </p>
        {for_parents.then(|| view! {
            <h3>{ctx.t(ConsentMsg::SessionListTitle)}</h3>
            <ol class="consent-sessions">{sessions}</ol>
        })}
    }
}

/// The counsellor's contact lines (the kit's Help now text), or a line to write them in.
fn contact(group: &Group) -> impl IntoView {
    let lines: Vec<String> = group
        .help
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    if lines.is_empty() {
        view! { <p class="fill-line"><span class="fill"></span></p> }.into_any()
    } else {
        view! { <ul class="contact">{lines.into_iter().map(|l| view! { <li dir="auto">{l}</li> }).collect_view()}</ul> }
            .into_any()
    }
}

fn letter(ctx: AppContext, group: &Group, member: Option<&Member>) -> impl IntoView {
    let name = group.name.clone();
    let code = member.map(|m| m.code.clone());
    let student = member
        .map(|m| m.real_name.trim().to_owned())
        .filter(|n| !n.is_empty());
    // The message ends the sentence itself.
    let population = group
        .population
        .trim()
        .trim_end_matches(['.', '!', '؟', '?'])
        .to_owned();
    view! {
        <article class="sheet consent-paper consent-letter">
            {code.clone().map(|c| view! { <p class="paper-code" dir="auto">{ctx.t(ConsentMsg::Code(c))}</p> })}
            <h2>{ctx.t(ConsentMsg::LetterTitle)}</h2>
            <p>{ctx.t(ConsentMsg::Greeting)}</p>
            <p>{ctx.t(ConsentMsg::Invite(name.clone()))}" "{ctx.t(ConsentMsg::PurposeSentence(group.purpose))}</p>
            {(!population.is_empty()).then(|| view! { <p dir="auto">{ctx.t(ConsentMsg::ForWhom(population))}</p> })}
            {plan_facts(ctx, group, true)}
            <h3>{ctx.t(ConsentMsg::PrivacyTitle)}</h3>
            <p>{ctx.t(ConsentMsg::PrivacyText)}</p>
            <p>{ctx.t(ConsentMsg::Voluntary)}</p>
            <p>{ctx.t(ConsentMsg::Journal)}</p>
            <h3>{ctx.t(ConsentMsg::QuestionsTitle)}</h3>
            <p>{ctx.t(ConsentMsg::Questions)}</p>
            {contact(group)}
            <p>{ctx.t(ConsentMsg::Thanks)}<br/>{ctx.t(ConsentMsg::Counsellor)}
                {(!group.co_facilitator.trim().is_empty()).then(|| view! { <br/><bdi>{group.co_facilitator.trim().to_owned()}</bdi> })}
            </p>
            <div class="slip-part">
                <p class="cut small">{ctx.t(ConsentMsg::ReturnSlip)}</p>
                <h3>{ctx.t(ConsentMsg::SlipTitle)}</h3>
                {code.map(|c| view! { <p class="paper-code" dir="auto">{ctx.t(ConsentMsg::Code(c))}</p> })}
                <p>{ctx.t(ConsentMsg::SlipRead(name))}</p>
                {tick(ctx, ConsentMsg::SlipYes)}
                {tick(ctx, ConsentMsg::SlipNo)}
                {blank(ctx, ConsentMsg::StudentName, student)}
                {blank(ctx, ConsentMsg::ParentName, None)}
                {blank(ctx, ConsentMsg::Signature, None)}
                {blank(ctx, ConsentMsg::Date, None)}
                {blank(ctx, ConsentMsg::Phone, None)}
            </div>
        </article>
    }
}

fn assent(ctx: AppContext, group: &Group, member: Option<&Member>) -> impl IntoView {
    let code = member.map(|m| m.code.clone());
    let student = member
        .map(|m| m.real_name.trim().to_owned())
        .filter(|n| !n.is_empty());
    view! {
        <article class="sheet consent-paper consent-assent">
            {code.map(|c| view! { <p class="paper-code" dir="auto">{ctx.t(ConsentMsg::Code(c))}</p> })}
            <h2>{ctx.t(ConsentMsg::AssentTitle)}</h2>
            <p>{ctx.t(ConsentMsg::AssentInvite(group.name.clone()))}</p>
            {plan_facts(ctx, group, false)}
            <p>{ctx.t(ConsentMsg::AssentPrivacy)}</p>
            <p>{ctx.t(ConsentMsg::AssentChoice)}</p>
            <p>{ctx.t(ConsentMsg::AssentJournal)}</p>
            {tick(ctx, ConsentMsg::AssentYes)}
            {tick(ctx, ConsentMsg::AssentNo)}
            {blank(ctx, ConsentMsg::YourName, student)}
            {blank(ctx, ConsentMsg::Signature, None)}
            {blank(ctx, ConsentMsg::Date, None)}
        </article>
    }
}

/// The print view: where the answers stand (on screen), then the papers.
pub(super) fn consent_papers(ctx: AppContext, group: &Group) -> impl IntoView {
    let (given, refused, pending) = tally(group, |m| m.parental_permission);
    let permission = ConsentMsg::PermissionStatus {
        given,
        refused,
        pending,
    };
    let (given, refused, pending) = tally(group, |m| m.consent);
    let own = ConsentMsg::AssentStatus {
        given,
        refused,
        pending,
    };
    let papers = group.consent_papers();
    let blank_copies = papers.iter().all(|p| p.member.is_none()).then(|| {
        view! { <p class="muted" id="consent-blank">{ctx.t(ConsentMsg::BlankCopies)}</p> }
    });
    let sheets = papers
        .into_iter()
        .map(|p| {
            view! {
                {p.letter.then(|| letter(ctx, group, p.member))}
                {p.assent.then(|| assent(ctx, group, p.member))}
            }
        })
        .collect_view();
    view! {
        <div class="no-print card" id="consent-status">
            <h1>{ctx.t(ConsentMsg::PapersTitle)}</h1>
            <p>{ctx.t(ConsentMsg::PapersIntro)}</p>
            <ul>
                <li id="consent-permission">{ctx.t(permission)}</li>
                <li id="consent-assent">{ctx.t(own)}</li>
            </ul>
            {blank_copies}
        </div>
        <div id="print-sheet" class="consent-papers">{sheets}</div>
    }
}
