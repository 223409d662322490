//! An accessible line chart drawn as SVG: a title, axis labels in the person's language and
//! digits, a point per value (each with its own title), mirrored for right-to-left, and the same
//! data as a table for screen readers and anyone who prefers numbers.

use crate::i18n::msg::*;
use crate::i18n::{format_date, number};
use crate::ui::context::AppContext;
use chrono::NaiveDate;
use leptos::prelude::*;

// A phone's width in SVG units, so the labels are drawn near their CSS size on a phone (#15:
// a 600-wide chart shrank its 12 px labels to 6 px at 390 px).
const W: f64 = 360.0;
const H: f64 = 200.0;
const PAD_X: f64 = 36.0;
const PAD_Y: f64 = 22.0;

/// A line chart of values over dates.
#[component]
pub fn LineChart(
    /// Id of the figure (tests find it by this).
    #[prop(into)]
    id: String,
    /// The chart's title.
    #[prop(into)]
    title: Signal<String>,
    /// Lowest value on the axis.
    y_min: f64,
    /// Highest value on the axis.
    y_max: f64,
    /// The points, oldest first.
    #[prop(into)]
    points: Signal<Vec<(NaiveDate, f64)>>,
    /// Header of the value column in the table.
    value_label: Msg,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let title_id = format!("{id}-title");
    let title_id2 = title_id.clone();
    let svg = move || {
        let s = ctx.settings.get();
        let rtl = s.locale.dir() == "rtl";
        let pts = points.get();
        let n = pts.len();
        // Points stand where their dates are: a gap of weeks looks like one.
        let (d0, d1) = match (pts.first(), pts.last()) {
            (Some((a, _)), Some((b, _))) => (*a, *b),
            _ => (NaiveDate::MIN, NaiveDate::MIN),
        };
        let span = (d1 - d0).num_days() as f64;
        let x_of = |i: usize| {
            let t = if n <= 1 || span <= 0.0 {
                if n <= 1 {
                    0.5
                } else {
                    i as f64 / (n - 1) as f64
                }
            } else {
                (pts[i].0 - d0).num_days() as f64 / span
            };
            let x = PAD_X + t * (W - 2.0 * PAD_X);
            if rtl { W - x } else { x }
        };
        let y_of = |v: f64| H - PAD_Y - (v - y_min) / (y_max - y_min).max(1e-9) * (H - 2.0 * PAD_Y);
        let line: String = pts
            .iter()
            .enumerate()
            .map(|(i, (_, v))| format!("{:.1},{:.1}", x_of(i), y_of(*v)))
            .collect::<Vec<_>>()
            .join(" ");
        let dots = pts
            .iter()
            .enumerate()
            .map(|(i, (d, v))| {
                let label = SurveysMsg::PointLabel { date: format_date(*d, s.effective_calendar(), s.locale), score: number(*v, s.locale) }.text(s.locale);
                view! { <circle class="point" cx=format!("{:.1}", x_of(i)) cy=format!("{:.1}", y_of(*v)) r="5" data-value=v.to_string()><title>{label}</title></circle> }
            })
            .collect_view();
        let axis_x = if rtl { W - PAD_X } else { PAD_X };
        let label_x = if rtl { W - PAD_X + 8.0 } else { PAD_X - 8.0 };
        let anchor = "end";
        let ticks = [y_min, (y_min + y_max) / 2.0, y_max]
            .into_iter()
            .map(|v| view! { <text x=format!("{label_x:.1}") y=format!("{:.1}", y_of(v) + 4.0) text-anchor=anchor class="tick">{number(v.round(), s.locale)}</text> })
            .collect_view();
        // Date labels under the first and last points, anchored inward so they are never cut off.
        // `text-anchor` is logical: it follows the page's direction, so the same values serve
        // both (and Persian labels keep their own reading order).
        let (first_anchor, last_anchor) = ("start", "end");
        let first_last = match (pts.first(), pts.last()) {
            (Some((a, _)), Some((b, _))) if n > 1 => {
                let f = |d: &NaiveDate| format_date(*d, s.effective_calendar(), s.locale);
                view! {
                    <text x=format!("{:.1}", x_of(0)) y=format!("{:.1}", H - 4.0) text-anchor=first_anchor class="tick">{f(a)}</text>
                    <text x=format!("{:.1}", x_of(n - 1)) y=format!("{:.1}", H - 4.0) text-anchor=last_anchor class="tick">{f(b)}</text>
                }
                .into_any()
            }
            _ => ().into_any(),
        };
        view! {
            <line class="axis" x1=format!("{axis_x:.1}") y1=format!("{PAD_Y:.1}") x2=format!("{axis_x:.1}") y2=format!("{:.1}", H - PAD_Y) />
            <line class="axis" x1=format!("{PAD_X:.1}") y1=format!("{:.1}", H - PAD_Y) x2=format!("{:.1}", W - PAD_X) y2=format!("{:.1}", H - PAD_Y) />
            {ticks}
            {first_last}
            <polyline class="series" points=line fill="none" />
            {dots}
        }
    };
    let rows = move || {
        let s = ctx.settings.get();
        points
            .get()
            .into_iter()
            .map(|(d, v)| view! { <tr><td>{format_date(d, s.effective_calendar(), s.locale)}</td><td class="num">{number(v, s.locale)}</td></tr> })
            .collect_view()
    };
    view! {
        <figure class="chart" id=id>
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby=title_id.clone() class="chart-svg">
                <title id=title_id2>{move || title.get()}</title>
                {svg}
            </svg>
            <figcaption>
                <details>
                    <summary>{move || title.get()}</summary>
                    <table class="chart-table">
                        <thead><tr><th scope="col">{ctx.tr(SurveysMsg::DateColumn)}</th><th scope="col">{ctx.tr(value_label)}</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </details>
            </figcaption>
        </figure>
    }
}
