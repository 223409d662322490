//! The school year at a glance (#18): every group run in a chosen school year — students served,
//! sessions held, attendance, each survey's paired change — under ASCA's data categories (named
//! as Settings chooses), printable and as a CSV file.

use crate::content;
use crate::domain::Calendar;
use crate::domain::csv::{decimal, file};
use crate::domain::year::{YearSummary, year_summary};
use crate::i18n::msg::*;
use crate::i18n::{JalaliDate, from_jalali, number, to_jalali};
use crate::ui::context::AppContext;
use crate::ui::platform;
use crate::ui::route::Route;
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

/// The school year that starts in `start` (a Jalali year from 1 Mehr, a Gregorian one from
/// 1 September), as its first and last day.
pub fn school_year(start: i32, calendar: Calendar) -> (NaiveDate, NaiveDate) {
    let first = |y: i32| match calendar {
        Calendar::Jalali => from_jalali(JalaliDate {
            year: y,
            month: 7,
            day: 1,
        })
        .unwrap_or(NaiveDate::MIN),
        Calendar::Gregorian => NaiveDate::from_ymd_opt(y, 9, 1).unwrap_or(NaiveDate::MIN),
    };
    let next = first(start + 1);
    (first(start), next.pred_opt().unwrap_or(next))
}

/// The school year `day` falls in, by its starting year.
pub fn school_year_of(day: NaiveDate, calendar: Calendar) -> i32 {
    let y = match calendar {
        Calendar::Jalali => to_jalali(day).year,
        Calendar::Gregorian => day.year(),
    };
    if day >= school_year(y, calendar).0 {
        y
    } else {
        y - 1
    }
}

fn signed(v: Option<f64>, ctx: AppContext) -> String {
    match v {
        Some(v) => {
            let s = format!("{v:+.1}");
            crate::i18n::localize_digits(&s, ctx.locale())
        }
        None => "—".into(),
    }
}

/// The year as CSV: a row per group, then the totals.
fn year_csv(ctx: AppContext, y: &YearSummary) -> String {
    let l = ctx.locale();
    let mut rows = vec![vec![
        ctx.t(YearMsg::GroupColumn),
        ctx.t(CommonMsg::FocusLabel),
        ctx.t(KitsMsg::CsvDateIso),
        ctx.t(YearMsg::StudentsColumn),
        ctx.t(YearMsg::HeldColumn),
        ctx.t(GroupsMsg::SessionCountLabel),
        ctx.t(KitsMsg::ReportAttendance),
        ctx.t(KitsMsg::PaperSurvey),
        ctx.t(KitsMsg::CsvPairedChange),
        ctx.t(KitsMsg::CsvN),
    ]];
    for r in &y.rows {
        let base = vec![
            r.name.clone(),
            ctx.t(CommonMsg::FocusName(r.focus)),
            r.first.format("%Y-%m-%d").to_string(),
            r.students.to_string(),
            r.held.to_string(),
            r.planned.to_string(),
            r.attendance_rate()
                .map(|v| v.to_string())
                .unwrap_or_default(),
        ];
        if r.outcomes.is_empty() {
            rows.push(base.clone());
        }
        for o in &r.outcomes {
            let title = ctx
                .survey(&o.survey)
                .map(|s| s.title.get_or_other(l).to_owned())
                .unwrap_or_else(|| o.survey.to_string());
            let mut row = base.clone();
            row.extend([title, decimal(o.change), o.paired.to_string()]);
            rows.push(row);
        }
    }
    rows.push(vec![
        ctx.t(YearMsg::Total),
        String::new(),
        String::new(),
        y.students().to_string(),
        y.held().to_string(),
        String::new(),
        y.attendance_rate()
            .map(|v| v.to_string())
            .unwrap_or_default(),
    ]);
    // The other ASCA categories, as each group's plan and report put them in words.
    let names = ctx.settings.with_untracked(|s| s.asca_names);
    let written: Vec<_> = y.rows.iter().filter(|r| r.has_words()).collect();
    if !written.is_empty() {
        rows.push(Vec::new());
        rows.push(vec![
            ctx.t(YearMsg::GroupColumn),
            ctx.t(GroupsMsg::AscaStandards(names)),
            ctx.t(CommonMsg::AscaAchievement(names)),
            ctx.t(KitsMsg::ReportContributing),
        ]);
        for r in written {
            rows.push(vec![
                r.name.clone(),
                r.standards.clone(),
                r.achievement.clone(),
                r.contributing.clone(),
            ]);
        }
    }
    file(&rows)
}

/// The categories a year's plans and reports hold in words (#18): each group's student
/// standards, achievement-related data and contributing factors, under the ASCA names chosen.
fn words(
    ctx: AppContext,
    y: &YearSummary,
    names: crate::domain::prefs::AscaNames,
) -> impl IntoView + use<> {
    let section = |id: &'static str,
                   title: String,
                   pick: fn(&crate::domain::year::YearRow) -> &str| {
        let items = y
            .rows
            .iter()
            .filter(|r| !pick(r).is_empty())
            .map(|r| view! { <li><span class="lbl"><bdi>{r.name.clone()}</bdi></span><span class="pre-line" dir="auto">{pick(r).to_owned()}</span></li> })
            .collect_view();
        let empty = y.rows.iter().all(|r| pick(r).is_empty());
        view! {
            <section class="card" id=id>
                <h2>{title}</h2>
                {if empty {
                    view! { <p class="muted">{ctx.t(YearMsg::NothingWritten)}</p> }.into_any()
                } else {
                    view! { <ul class="list">{items}</ul> }.into_any()
                }}
            </section>
        }
    };
    view! {
        {section("year-standards", ctx.t(GroupsMsg::AscaStandards(names)), |r| &r.standards)}
        {section("year-achievement", ctx.t(CommonMsg::AscaAchievement(names)), |r| &r.achievement)}
        {section("year-contributing", ctx.t(KitsMsg::ReportContributing), |r| &r.contributing)}
    }
}

/// The year page.
#[component]
pub fn YearPage() -> impl IntoView {
    let ctx = AppContext::expect();
    let calendar = move || ctx.settings.with(|s| s.effective_calendar());
    // The years with a group in them, and this one; the latest first.
    let years = Memo::new(move |_| {
        let cal = calendar();
        let mut ys: Vec<i32> = ctx.groups.with(|gs| {
            gs.iter()
                .filter_map(|g| g.session_dates().into_iter().flatten().min())
                .map(|d| school_year_of(d, cal))
                .collect()
        });
        ys.push(school_year_of(platform::today(), cal));
        ys.sort_unstable();
        ys.dedup();
        ys.reverse();
        ys
    });
    let chosen = RwSignal::new(None::<i32>);
    let year = move || {
        chosen
            .get()
            .unwrap_or_else(|| school_year_of(platform::today(), calendar()))
    };
    let summary = Memo::new(move |_| {
        let (from, to) = school_year(year(), calendar());
        ctx.groups.with(|gs| {
            // The counsellor's own surveys count as the built-in ones do (#18).
            let own = ctx.surveys.get();
            let results = ctx.outcomes.get();
            year_summary(gs, &results, from, to, |id| {
                content::instrument(id).or_else(|| own.iter().find(|s| &s.id == id))
            })
        })
    });
    let label = move |y: i32| {
        let l = ctx.locale();
        ctx.t(YearMsg::SchoolYear(number(y, l), number(y + 1, l)))
    };
    let save_csv = move |_| {
        let y = summary.get_untracked();
        let name = format!("hamdel-year-{}.csv", year());
        platform::save_file(&name, "text/csv;charset=utf-8", &year_csv(ctx, &y));
    };
    let body = move || {
        let y = summary.get();
        let l = ctx.locale();
        let names = ctx.settings.with(|s| s.asca_names);
        if y.rows.is_empty() {
            return view! { <p class="empty" id="year-empty">{ctx.t(YearMsg::NoGroups)}</p> }
                .into_any();
        }
        let pct = |v: Option<u32>| v.map_or_else(|| "—".into(), |v| crate::i18n::percent(v, l));
        let participation = y
            .rows
            .iter()
            .map(|r| {
                view! {
                    <tr>
                        <th scope="row"><a href=Route::Group(r.group.clone()).path() dir="auto">{r.name.clone()}</a></th>
                        <td>{ctx.t(CommonMsg::FocusName(r.focus))}</td>
                        <td class="num">{number(r.students, l)}</td>
                        <td class="num">{ctx.t(YearMsg::HeldOf(r.held, r.planned))}</td>
                        <td class="num">{pct(r.attendance_rate())}</td>
                    </tr>
                }
            })
            .collect_view();
        let results = y
            .rows
            .iter()
            .flat_map(|r| {
                r.outcomes.iter().map(move |o| {
                    let title = ctx.survey(&o.survey)
                        .map(|s| s.title.get_or_other(l).to_owned())
                        .unwrap_or_else(|| o.survey.to_string());
                    view! {
                        <tr>
                            <th scope="row" dir="auto">{r.name.clone()}</th>
                            <td>{title}</td>
                            <td class="num">{signed(o.change, ctx)}<small>{ctx.t(KitsMsg::SampleSize(o.paired))}</small></td>
                        </tr>
                    }
                })
            })
            .collect_view();
        let has_results = y.rows.iter().any(|r| !r.outcomes.is_empty());
        view! {
            <section class="card" aria-labelledby="year-participation-title">
                <h2 id="year-participation-title">{ctx.t(CommonMsg::AscaParticipation(names))}</h2>
                <p id="year-totals" class="dots">
                    <span>{ctx.t(YearMsg::Groups(y.groups()))}</span>
                    <span>{ctx.t(YearMsg::Students(y.students()))}</span>
                    <span>{ctx.t(YearMsg::Held(y.held()))}</span>
                    <span>{ctx.t(KitsMsg::ReportAttendance)}" "{pct(y.attendance_rate())}</span>
                </p>
                <div class="table-scroll">
                    <table id="year-groups">
                        <thead><tr>
                            <th scope="col">{ctx.t(YearMsg::GroupColumn)}</th>
                            <th scope="col">{ctx.t(CommonMsg::FocusLabel)}</th>
                            <th scope="col">{ctx.t(YearMsg::StudentsColumn)}</th>
                            <th scope="col">{ctx.t(YearMsg::HeldColumn)}</th>
                            <th scope="col">{ctx.t(KitsMsg::ReportAttendance)}</th>
                        </tr></thead>
                        <tbody>{participation}</tbody>
                    </table>
                </div>
                <p class="muted">{ctx.t(YearMsg::StudentsNote)}</p>
            </section>
            {words(ctx, &y, names)}
            <section class="card" aria-labelledby="year-results-title">
                <h2 id="year-results-title">{ctx.t(CommonMsg::AscaPerception(names))}</h2>
                {if has_results {
                    view! {
                        <table id="year-results">
                            <thead><tr>
                                <th scope="col">{ctx.t(YearMsg::GroupColumn)}</th>
                                <th scope="col">{ctx.t(KitsMsg::PaperSurvey)}</th>
                                <th scope="col">{ctx.t(KitsMsg::CsvPairedChange)}</th>
                            </tr></thead>
                            <tbody>{results}</tbody>
                        </table>
                        <p class="muted">{ctx.t(KitsMsg::PairedNote)}</p>
                    }
                    .into_any()
                } else {
                    view! { <p class="muted">{ctx.t(KitsMsg::NoPairs)}</p> }.into_any()
                }}
            </section>
        }
        .into_any()
    };
    view! {
        <section class="page year-page" aria-labelledby="year-title">
            <p class="no-print print-actions">
                <a href=Route::Counsellor.path()>{ctx.tr(GroupsMsg::GroupsTitle)}</a>
                <button type="button" id="year-csv" on:click=save_csv>{ctx.tr(YearMsg::SaveCsv)}</button>
                <button type="button" on:click=|_| if let Some(w) = web_sys::window() { let _ = w.print(); }>{ctx.tr(CommonMsg::PrintNow)}</button>
            </p>
            <h1 id="year-title">{ctx.tr(YearMsg::Title)}</h1>
            <div class="field no-print">
                <label for="year-pick">{ctx.tr(YearMsg::YearLabel)}</label>
                <select id="year-pick" on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())>
                    {move || years.get().into_iter().map(|y| view! {
                        <option value=y.to_string() selected=move || year() == y>{label(y)}</option>
                    }).collect_view()}
                </select>
            </div>
            <p class="print-only" id="year-chosen">{move || label(year())}</p>
            {body}
        </section>
    }
}
