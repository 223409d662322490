//! The group's data as CSV files for a school office (#18): attendance, every result per member
//! code and statement, and the report's tables. Words are in the person's language; numbers in
//! ASCII digits with a point and dates once as ISO and once in the person's calendar, so a
//! spreadsheet reads them in any language. Escaping, the byte-order mark and the guard against
//! formulas are `domain::csv`'s.

use crate::domain::Group;
use crate::domain::csv::{decimal, file};
use crate::domain::outcome::{Source, per_member, summarize};
use crate::domain::survey::Moment;
use crate::i18n::format_date;
use crate::i18n::msg::*;
use crate::ui::context::AppContext;
use chrono::NaiveDate;
use leptos::prelude::GetUntracked;

fn date_cells(ctx: AppContext, d: Option<NaiveDate>) -> [String; 2] {
    let s = ctx.settings.get_untracked();
    match d {
        Some(d) => [
            d.format("%Y-%m-%d").to_string(),
            format_date(d, s.effective_calendar(), s.locale),
        ],
        None => [String::new(), String::new()],
    }
}

/// Attendance: a column per session (its dates, ISO and in the person's calendar, under it),
/// a row per member with the marks in words, then the group's rate.
pub fn attendance(ctx: AppContext, g: &Group) -> String {
    let dates = g.session_dates();
    let mut head = vec![ctx.t(CommonMsg::MemberColumn)];
    head.extend((0..g.sessions.len()).map(|i| ctx.t(CommonMsg::SessionN(i + 1))));
    let mut iso = vec![ctx.t(KitsMsg::CsvDateIso)];
    let mut local = vec![ctx.t(CommonMsg::EntryDate)];
    for d in dates.iter().take(g.sessions.len()) {
        let [a, b] = date_cells(ctx, *d);
        iso.push(a);
        local.push(b);
    }
    let mut rows = vec![head, iso, local];
    for (id, code) in g.member_codes() {
        let mut row = vec![code];
        row.extend(g.sessions.iter().map(|s| {
            s.attendance
                .iter()
                .find(|(m, _)| *m == id)
                .map(|(_, a)| ctx.t(GroupsMsg::AttendanceName(*a)))
                .unwrap_or_default()
        }));
        rows.push(row);
    }
    rows.push(vec![
        ctx.t(KitsMsg::ReportAttendance),
        g.attendance_rate()
            .map(|r| r.to_string())
            .unwrap_or_default(),
    ]);
    file(&rows)
}

/// Every result: a row per member code, survey, moment and statement, with the answer as given
/// and its score (reversed statements flipped), oldest first.
pub fn results(ctx: AppContext, g: &Group) -> String {
    let l = ctx.locale();
    let mut rows = vec![vec![
        ctx.t(CommonMsg::MemberColumn),
        ctx.t(KitsMsg::PaperSurvey),
        ctx.t(CommonMsg::MomentChoice),
        ctx.t(KitsMsg::CsvDateIso),
        ctx.t(CommonMsg::EntryDate),
        ctx.t(KitsMsg::CsvStatementNumber),
        ctx.t(CommonMsg::ItemColumn),
        ctx.t(KitsMsg::CsvAnswer),
        ctx.t(KitsMsg::CsvScore),
        ctx.t(KitsMsg::CsvFrom),
    ]];
    let results = ctx.results_of(&g.id);
    let mut outcomes: Vec<_> = results.outcomes.iter().collect();
    outcomes.sort_by(|a, b| (a.date, &a.code).cmp(&(b.date, &b.code)));
    for o in outcomes {
        let Some(s) = ctx.survey(&o.survey) else {
            continue;
        };
        let [iso, local] = date_cells(ctx, Some(o.date));
        let from = match o.source {
            Source::Paper => ctx.t(KitsMsg::CsvFromPaper),
            Source::Shared { .. } => ctx.t(KitsMsg::CsvFromShare),
        };
        for (i, (item, answer)) in s.items.iter().zip(&o.answers).enumerate() {
            rows.push(vec![
                o.code.clone(),
                s.title.get_or_other(l).to_owned(),
                ctx.t(CommonMsg::MomentName(o.moment)),
                iso.clone(),
                local.clone(),
                (i + 1).to_string(),
                item.text(l).to_owned(),
                answer.to_string(),
                s.item_score(item, *answer).to_string(),
                from.clone(),
            ]);
        }
    }
    file(&rows)
}

/// The report's tables, a block per survey: the scale (means with their n's, the paired change
/// with its n, how many improved and by what), each statement, each member.
pub fn report(ctx: AppContext, g: &Group) -> String {
    let l = ctx.locale();
    let (pre, post) = (
        ctx.t(CommonMsg::MomentName(Moment::Pre)),
        ctx.t(CommonMsg::MomentName(Moment::Post)),
    );
    let n = ctx.t(KitsMsg::CsvN);
    let mut rows: Vec<Vec<String>> = Vec::new();
    let results = ctx.results_of(&g.id);
    for s in results
        .surveys()
        .into_iter()
        .filter_map(|id| ctx.survey(id))
    {
        let s = &s;
        let sum = summarize(s, &results.outcomes);
        let sc = &sum.scale;
        rows.push(vec![
            ctx.t(KitsMsg::PaperSurvey),
            s.title.get_or_other(l).to_owned(),
        ]);
        rows.push(vec![
            ctx.t(KitsMsg::ScaleColumn),
            pre.clone(),
            n.clone(),
            post.clone(),
            n.clone(),
            ctx.t(KitsMsg::CsvPairedChange),
            n.clone(),
            ctx.t(KitsMsg::CsvImproved),
            ctx.t(KitsMsg::CsvThreshold),
        ]);
        rows.push(vec![
            ctx.t(KitsMsg::ScaleTotal(sc.max)),
            decimal(sc.pre),
            sc.pre_n.to_string(),
            decimal(sc.post),
            sc.post_n.to_string(),
            decimal(sc.change),
            sc.paired.to_string(),
            sc.improved.to_string(),
            sc.threshold.to_string(),
        ]);
        // #18: the knowledge questions together, as percent right.
        if let Some(k) = &sum.knowledge {
            rows.push(vec![
                ctx.t(KitsMsg::KnowledgeRow),
                decimal(k.pre),
                k.pre_n.to_string(),
                decimal(k.post),
                k.post_n.to_string(),
                decimal(k.change),
                k.paired.to_string(),
            ]);
        }
        rows.push(vec![
            ctx.t(CommonMsg::ItemColumn),
            pre.clone(),
            post.clone(),
            ctx.t(KitsMsg::CsvPairedChange),
        ]);
        for (i, it) in sum.items.iter().enumerate() {
            // A knowledge item's means are the share right: as percent, like the report.
            let scale = if s.items[i].is_knowledge() {
                100.0
            } else {
                1.0
            };
            let v = |x: Option<f64>| decimal(x.map(|x| x * scale));
            rows.push(vec![
                s.items[i].text(l).to_owned(),
                v(it.pre),
                v(it.post),
                v(it.change),
            ]);
        }
        rows.push(vec![
            ctx.t(CommonMsg::MemberColumn),
            pre.clone(),
            post.clone(),
            ctx.t(KitsMsg::ChangeColumn),
        ]);
        for m in per_member(s, &results.outcomes) {
            let opt = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
            rows.push(vec![
                m.code.clone(),
                opt(m.pre),
                opt(m.post),
                m.change().map(|c| c.to_string()).unwrap_or_default(),
            ]);
        }
        rows.push(Vec::new());
    }
    // #18: the exit tickets, session by session.
    let series = crate::domain::exit::series(&results.exit);
    if !series.is_empty() {
        let width = series.iter().map(|s| s.items.len()).max().unwrap_or(0);
        rows.push(vec![ctx.t(KitsMsg::ExitTitle)]);
        let mut head = vec![
            ctx.t(CommonMsg::SessionColumn),
            n.clone(),
            ctx.t(KitsMsg::ExitHelpfulColumn),
        ];
        head.extend((1..=width).map(|i| ctx.t(KitsMsg::ExitStatementColumn(i))));
        rows.push(head);
        for s in series {
            let mut row = vec![
                s.session.to_string(),
                s.n.to_string(),
                decimal(Some(s.helpful)),
            ];
            row.extend((0..width).map(|i| decimal(s.items.get(i).copied().flatten())));
            rows.push(row);
        }
    }
    file(&rows)
}

/// The group's name as the start of a file name: letters and digits kept (Persian too), the
/// rest as hyphens, none at either end.
pub fn file_stem(g: &Group) -> String {
    let stem: String = g
        .name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    stem.trim_matches('-').to_owned()
}

/// A file name from the group's name and what the file holds.
pub fn file_name(g: &Group, what: &str) -> String {
    format!("{}-{what}.csv", file_stem(g))
}
