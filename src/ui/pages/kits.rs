//! The counsellor's side of kits: the kit page (surveys to ask for, member codes, the link with
//! its QR code, the file) and the results page (share-backs brought in, paper forms typed in,
//! and the pre/post results report, printable).

use crate::content;
use crate::domain::group::PlannedSurvey;
use crate::domain::member::code_key;
use crate::domain::outcome::{Outcome, Source, summarize};
use crate::domain::survey::{Moment, Survey};
use crate::domain::{Group, Id};
use crate::i18n::msg::*;
use crate::i18n::{format_date, number};
use crate::ui::components::{CalendarDateField, FilePicker, SelectField, TextField};
use crate::ui::context::{AppContext, Tone};
use crate::ui::platform;
use crate::ui::route::{PrintView, Route};
use leptos::prelude::*;

/// The surveys a group's kit and paper forms offer, in two lists: first those it plans (its
/// template's own survey first), then the published instruments, then the counsellor's own
/// surveys ready to ask (the newest version of each); second, folded away, the other
/// templates' surveys.
pub(crate) fn offered_surveys(ctx: AppContext, g: &Group) -> (Vec<Survey>, Vec<Survey>) {
    let mut shown: Vec<Survey> = Vec::new();
    let own: Vec<Survey> = ctx.surveys.with(|all| {
        all.iter()
            .filter(|s| s.check_own().is_ok())
            .filter(|s| {
                !all.iter()
                    .any(|n| n.version > s.version && n.title == s.title)
            })
            .cloned()
            .collect()
    });
    for s in g
        .kit_surveys
        .iter()
        .filter_map(|p| ctx.survey(&p.survey))
        .chain(content::instruments().iter().cloned())
        .chain(own)
    {
        if !shown.iter().any(|x| x.id == s.id) {
            shown.push(s);
        }
    }
    let folded = content::template_surveys()
        .iter()
        .filter(|s| !shown.iter().any(|x| x.id == s.id))
        .cloned()
        .collect();
    (shown, folded)
}

fn not_found(ctx: AppContext) -> AnyView {
    view! { <section class="page"><h1>{ctx.tr(CommonMsg::NotFound)}</h1></section> }.into_any()
}

/// A QR code of `text`, drawn as an SVG path (the `qrcode` crate computes the modules).
fn qr_svg(text: &str, label: String) -> Option<impl IntoView + use<>> {
    let code =
        qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::L).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut d = String::new();
    for (i, c) in colors.iter().enumerate() {
        if *c == qrcode::Color::Dark {
            let (x, y) = (i % width + 4, i / width + 4);
            d.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    let size = width + 8;
    Some(view! {
        <svg class="qr" id="kit-qr" role="img" aria-label=label viewBox=format!("0 0 {size} {size}")
            xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
            <rect width=size height=size fill="#fff"></rect>
            <path d=d fill="#000"></path>
        </svg>
    })
}

/// The kit page of group `id`.
#[component]
pub fn KitPage(id: Id) -> impl IntoView {
    let ctx = AppContext::expect();
    let Some(initial) = ctx.group(&id) else {
        return not_found(ctx);
    };
    let id = StoredValue::new(id);
    let recipient = ctx.counsellor_recipient();
    // The group remembers the recipient its kits use, so its backup carries only that key
    // (review L8).
    if let Ok(r) = &recipient
        && initial
            .kit_recipients
            .as_ref()
            .is_some_and(|list| !list.contains(r))
    {
        ctx.change_group(&id.get_value(), |g| {
            g.note_kit_recipient(r);
        });
    }
    let group = Signal::derive(move || ctx.group(&id.get_value()));
    let recipient_error = recipient.clone().err();
    let kit = Memo::new(move |_| {
        let r = recipient.clone().ok()?;
        group.get().map(|g| {
            // #18: the counsellor's own surveys travel whole; the built-in ones by id.
            g.kit(
                &r,
                |t| ctx.text(t),
                |id| {
                    content::instrument(id)
                        .is_none()
                        .then(|| ctx.survey(id))
                        .flatten()
                },
            )
        })
    });
    let base = ctx.app_base();
    let link = {
        let base = base.clone();
        Memo::new(move |_| kit.get().map(|k| k.link(&base)))
    };
    let fits = {
        let base = base.clone();
        Memo::new(move |_| kit.get().is_some_and(|k| k.fits_qr(&base)))
    };
    let toggle = move |survey: Id, moment: Moment| {
        ctx.change_group(&id.get_value(), |g| {
            match g
                .kit_surveys
                .iter()
                .position(|p| p.survey == survey && p.moment == moment)
            {
                Some(i) => {
                    g.kit_surveys.remove(i);
                }
                None => g.kit_surveys.push(PlannedSurvey { survey, moment }),
            }
        });
    };
    let survey_box = move |s: Survey| {
        let boxes = Moment::ALL
            .iter()
            .map(|m| {
                let (sid, m) = (s.id.clone(), *m);
                let box_id = format!("kit-{}-{}", s.id, m.slug());
                let checked_sid = sid.clone();
                let checked = move || {
                    group.with(|g| {
                        g.as_ref().is_some_and(|g| {
                            g.kit_surveys
                                .iter()
                                .any(|p| p.survey == checked_sid && p.moment == m)
                        })
                    })
                };
                view! {
                    <div class="choice">
                        <input type="checkbox" id=box_id.clone() prop:checked=checked
                            on:change=move |_| toggle(sid.clone(), m) />
                        <label for=box_id>{ctx.tr(CommonMsg::MomentName(m))}</label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <fieldset class="choices">
                <legend>{move || s.title.get_or_other(ctx.locale()).to_owned()}</legend>
                {boxes}
            </fieldset>
        }
    };
    let (shown, folded) = offered_surveys(ctx, &initial);
    let survey_boxes = shown.into_iter().map(survey_box).collect_view();
    let other_surveys = view! {
        <details class="other-surveys" id="kit-other-surveys">
            <summary>{ctx.tr(KitsMsg::OtherTemplateSurveys)}</summary>
            {folded.into_iter().map(survey_box).collect_view()}
        </details>
    };
    let copy_link = move |_| {
        if let (Some(l), Some(w)) = (link.get_untracked(), web_sys::window()) {
            let _ = w.navigator().clipboard().write_text(&l);
            ctx.notify(KitsMsg::LinkCopied, Tone::Info, vec![]);
        }
    };
    view! {
        <section class="page" aria-labelledby="kit-title">
            <p class="no-print"><a href=Route::Group(id.get_value()).path()>{ctx.tr(CommonMsg::BackToGroup)}</a></p>
            <h1 id="kit-title" class="dots"><span>{ctx.tr(CommonMsg::KitTitle)}</span><bdi>{initial.name.clone()}</bdi></h1>
            <p>{ctx.tr(KitsMsg::KitIntro)}</p>
            {recipient_error.map(|m| view! { <p class="field-error" role="alert">{ctx.t(m.clone())}</p> })}
            <section class="card" aria-labelledby="kit-surveys-title">
                <h2 id="kit-surveys-title">{ctx.tr(KitsMsg::KitSurveys)}</h2>
                <p class="muted">{ctx.tr(KitsMsg::KitSurveysNote)}</p>
                {survey_boxes}
                {other_surveys}
                <div class="choice exit-switch">
                    <input type="checkbox" id="kit-exit-tickets"
                        prop:checked=move || group.with(|g| g.as_ref().is_some_and(|g| g.exit_tickets))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            ctx.change_group(&id.get_value(), |g| g.exit_tickets = on);
                        } aria-describedby="kit-exit-note" />
                    <label for="kit-exit-tickets">{ctx.tr(KitsMsg::KitExitTickets)}</label>
                </div>
                <p class="muted" id="kit-exit-note">{ctx.tr(KitsMsg::KitExitNote)}</p>
                <p class="muted">{ctx.tr(KitsMsg::KitPromptsNote)}</p>
                <p>{ctx.tr(KitsMsg::KitIncludeCodes)}</p>
                <p><a class="button" id="print-slips" href=Route::Print(id.get_value(), crate::ui::route::PrintView::Slips).path()>{ctx.tr(KitsMsg::PrintSlips)}</a></p>
            </section>
            <section class="card" aria-labelledby="kit-help-title">
                <h2 id="kit-help-title">{ctx.tr(SafetyMsg::KitHelpTitle)}</h2>
                <TextField id="kit-help" label=SafetyMsg::KitHelpLabel.into() control=crate::ui::components::Control::Area
                    value=Signal::derive(move || group.with(|g| g.as_ref().map(|g| g.help.clone()).unwrap_or_default()))
                    note=Signal::derive(|| Some(SafetyMsg::KitHelpNote.into()))
                    on_change=Callback::new(move |v: String| { ctx.change_group(&id.get_value(), |g| g.help = v.trim().to_owned()); }) />
                <div class="choice">
                    <input type="checkbox" id="kit-help-replaces"
                        prop:checked=move || group.with(|g| g.as_ref().is_some_and(|g| g.help_replaces))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            ctx.change_group(&id.get_value(), |g| g.help_replaces = on);
                        } />
                    <label for="kit-help-replaces">{ctx.tr(SafetyMsg::KitHelpReplaces)}</label>
                </div>
            </section>
            <section class="card" aria-labelledby="kit-link-title">
                <h2 id="kit-link-title">{ctx.tr(KitsMsg::KitLinkTitle)}</h2>
                <div class="field">
                    <label for="kit-link">{ctx.tr(KitsMsg::KitLinkLabel)}</label>
                    <input id="kit-link" type="text" dir="ltr" readonly prop:value=move || link.get().unwrap_or_default() />
                </div>
                <div class="actions">
                    <button type="button" id="copy-kit-link" on:click=copy_link>{ctx.tr(KitsMsg::CopyLink)}</button>
                    <button type="button" class="primary" id="save-kit-file"
                        on:click=move |_| if let Some(k) = kit.get_untracked() { ctx.save_kit_file(&k) }>
                        {ctx.tr(KitsMsg::SaveKitFile)}
                    </button>
                </div>
                {move || if fits.get() {
                    link.get().and_then(|l| qr_svg(&l, ctx.t(KitsMsg::KitQrLabel))).map(|q| q.into_any())
                } else {
                    Some(view! { <p class="warning" id="kit-too-big" role="status">{ctx.t(KitsMsg::KitTooBigForQr)}</p> }.into_any())
                }}
            </section>
        </section>
    }
    .into_any()
}

/// The results page of group `id`: bring share-backs in, type paper forms, and the report.
#[component]
pub fn ReportPage(id: Id) -> impl IntoView {
    let ctx = AppContext::expect();
    if ctx.group(&id).is_none() {
        return not_found(ctx);
    }
    let id = StoredValue::new(id);
    let group = Signal::derive(move || ctx.group(&id.get_value()));
    view! {
        <section class="page report" aria-labelledby="report-title">
            <p class="no-print print-actions">
                <a href=move || Route::Group(id.get_value()).path()>{ctx.tr(CommonMsg::BackToGroup)}</a>
                <a href=move || Route::Print(id.get_value(), PrintView::Surveys).path()>{ctx.tr(CommonMsg::PaperForms)}</a>
                <button type="button" on:click=|_| if let Some(w) = web_sys::window() { let _ = w.print(); }>{ctx.tr(CommonMsg::PrintNow)}</button>
            </p>
            <h1 id="report-title" class="dots"><span>{ctx.tr(CommonMsg::ReportTitle)}</span><bdi>{move || group.get().map(|g| g.name).unwrap_or_default()}</bdi></h1>
            <ShareImport id=id.get_value() />
            <FollowUps id=id.get_value() />
            // Drawn again when the language, calendar or ASCA names change: a component's own
            // body reads them untracked.
            {move || {
                ctx.settings.track();
                group.get().map(|g| {
                    let results = ctx.results_of(&g.id);
                    view! { <Report group=g results=results /> }
                })
            }}
            <ReportNotes id=id.get_value() />
            <Exports id=id.get_value() />
            <details class="card no-print" id="paper-details">
                <summary>{ctx.tr(KitsMsg::PaperTitle)}</summary>
                <PaperForm id=id.get_value() />
            </details>
        </section>
    }
    .into_any()
}

/// The group's data as CSV files (#18): attendance, every result, the report's tables.
#[component]
fn Exports(id: Id) -> impl IntoView {
    let ctx = AppContext::expect();
    let id = StoredValue::new(id);
    let save = move |what: &'static str, make: fn(AppContext, &Group) -> String| {
        move |_| {
            if let Some(g) = ctx.group(&id.get_value()) {
                let name = crate::ui::export::file_name(&g, what);
                platform::save_file(&name, "text/csv;charset=utf-8", &make(ctx, &g));
            }
        }
    };
    view! {
        <section class="card no-print" aria-labelledby="export-title" id="exports">
            <h2 id="export-title">{ctx.tr(KitsMsg::ExportTitle)}</h2>
            <p class="muted">{ctx.tr(KitsMsg::ExportNote)}</p>
            <div class="buttons">
                <button type="button" id="export-attendance-csv" on:click=save("attendance", crate::ui::export::attendance)>{ctx.tr(KitsMsg::ExportAttendance)}</button>
                <button type="button" id="export-results-csv" on:click=save("results", crate::ui::export::results)>{ctx.tr(KitsMsg::ExportResults)}</button>
                <button type="button" id="export-report-csv" on:click=save("report", crate::ui::export::report)>{ctx.tr(KitsMsg::ExportReport)}</button>
            </div>
        </section>
    }
}

/// Low WHO-5 results, one by one, each with the counsellor's private note (#16).
#[component]
fn FollowUps(id: Id) -> impl IntoView {
    let ctx = AppContext::expect();
    let id = StoredValue::new(id);
    let who5 = content::instruments()
        .iter()
        .find(|s| s.id.as_str() == "who5")
        .cloned();
    let flags = Memo::new(move |_| {
        let Some(who5) = &who5 else {
            return Vec::new();
        };
        crate::domain::outcome::wellbeing_flags(who5, &ctx.results_of(&id.get_value()).outcomes)
    });
    let row = move |flag: crate::domain::outcome::Flag| {
        let key = format!(
            "follow-{}-{}-{}",
            crate::domain::member::code_key(&flag.code),
            flag.moment.slug(),
            flag.date
        );
        let line = {
            let flag = flag.clone();
            move || {
                let st = ctx.settings.get();
                ctx.t(SafetyMsg::Flag {
                    code: flag.code.clone(),
                    moment: ctx.t(CommonMsg::MomentName(flag.moment)),
                    date: format_date(flag.date, st.effective_calendar(), st.locale),
                    raw: flag.raw,
                })
            }
        };
        let note = {
            let flag = flag.clone();
            Signal::derive(move || {
                ctx.group(&id.get_value())
                    .and_then(|g| {
                        g.follow_ups
                            .iter()
                            .rev()
                            .find(|f| flag.is_noted_by(f))
                            .map(|f| f.note.clone())
                    })
                    .unwrap_or_default()
            })
        };
        let save = {
            let flag = flag.clone();
            Callback::new(move |text: String| {
                let flag = flag.clone();
                ctx.change_group(&id.get_value(), move |g| {
                    g.follow_ups.retain(|f| !flag.is_noted_by(f));
                    let text = text.trim();
                    if !text.is_empty() {
                        g.follow_ups.push(crate::domain::outcome::FollowUp {
                            code: flag.code.clone(),
                            moment: flag.moment,
                            date: flag.date,
                            note: text
                                .chars()
                                .take(crate::domain::group::HELP_TEXT_MAX)
                                .collect(),
                        });
                    }
                });
            })
        };
        view! {
            <li class="flag" class:very-low=flag.very_low>
                <p>
                    <strong><bdi>{line}</bdi></strong>
                    {flag.very_low.then(|| view! { <span class="badge">{ctx.tr(SafetyMsg::VeryLow)}</span> })}
                </p>
                <TextField id=key label=SafetyMsg::FollowUpLabel.into() control=crate::ui::components::Control::Area
                    value=note on_change=save />
            </li>
        }
    };
    move || {
        (!flags.with(Vec::is_empty)).then(|| {
            view! {
                <section class="card flags no-print" id="wellbeing-flags" aria-labelledby="flags-title">
                    <h2 id="flags-title">{ctx.tr(SafetyMsg::FlagsTitle)}</h2>
                    <p class="muted">{ctx.tr(SafetyMsg::FlagsIntro)}</p>
                    <ul class="plain-list">
                        <For each=move || flags.get()
                            key=|f| (f.code.clone(), f.moment.slug(), f.date)
                            children=row />
                    </ul>
                </section>
            }
        })
    }
}

#[component]
fn ShareImport(id: Id) -> impl IntoView {
    let ctx = AppContext::expect();
    let id = StoredValue::new(id);
    let results = RwSignal::new(Vec::<(String, Result<Msg, Msg>)>::new());
    let on_files = move |ev: leptos::ev::Event| {
        let files = platform::chosen_files(&ev);
        results.set(Vec::new());
        leptos::task::spawn_local(async move {
            let mut out = Vec::new();
            for f in files {
                let name = f.name();
                let r = match platform::read_file(f).await {
                    Some(bytes) => ctx.receive_share(&id.get_value(), &bytes),
                    None => Err(KitsMsg::ShareNotAShare.into()),
                };
                out.push((name, r));
            }
            results.set(out);
        });
    };
    view! {
        <section class="card no-print" aria-labelledby="share-import-title">
            <h2 id="share-import-title">{ctx.tr(KitsMsg::ShareImportTitle)}</h2>
            <p class="muted">{ctx.tr(KitsMsg::ShareImportNote)}</p>
            <FilePicker id="share-files" label=KitsMsg::ShareFiles.into() accept=".age,application/octet-stream" multiple=true
                on_change=Callback::new(on_files) />
            <ul id="share-results" role="status" aria-live="polite">
                {move || results.get().into_iter().map(|(name, r)| {
                    let (class, msg) = match r { Ok(m) => ("ok", m), Err(m) => ("field-error", m) };
                    view! { <li class=class><bdi class="lbl">{name}</bdi>{ctx.t(msg)}</li> }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The cell of row `r`, statement `i`, in the paper grid.
fn paper_cell_id(r: usize, i: usize) -> String {
    format!("paper-{r}-{i}")
}

/// Paper forms typed as a grid (#17): one row per member, one cell per statement, a digit each;
/// the focus moves on by itself, the arrow keys move between cells, and "Save forms" stores every
/// complete row in one write.
#[component]
fn PaperForm(id: Id) -> impl IntoView {
    let ctx = AppContext::expect();
    let id = StoredValue::new(id);
    // The group's planned surveys first (its template's own survey), then the instruments.
    let instruments = ctx
        .group(&id.get_value())
        .map(|g| offered_surveys(ctx, &g).0)
        .unwrap_or_default();
    let survey = RwSignal::new(
        instruments
            .first()
            .map(|s| s.id.to_string())
            .unwrap_or_default(),
    );
    let moment = RwSignal::new(String::from("pre"));
    let date = RwSignal::new(Some(platform::today()));
    let error = RwSignal::new(None::<Msg>);
    let current = Memo::new(move |_| {
        let sid = survey.get();
        ctx.survey(&Id::from_raw(sid))
    });
    // The members' codes, in the group's order: one row each.
    let codes = Memo::new(move |_| {
        ctx.group(&id.get_value())
            .map(|g| g.members.iter().map(|m| m.code.clone()).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    // What is typed, by member code: one answer per statement.
    let cells = RwSignal::new(std::collections::BTreeMap::<String, Vec<Option<u8>>>::new());
    // Another survey has other statements: its grid starts empty.
    Effect::new(move |_| {
        current.track();
        cells.set(Default::default());
        error.set(None);
    });
    let items = move || current.with(|s| s.as_ref().map_or(0, |s| s.items.len()));
    let range =
        move || current.with(|s| s.as_ref().map_or((0, 0), |s| (s.scale_min, s.max_value())));
    // What cell `i` takes: an option value, or a knowledge item's choice number.
    let range_of = move |i: usize| {
        current.with(|s| {
            s.as_ref()
                .and_then(|s| s.items.get(i).map(|item| s.answers_range(item)))
                .map_or((0, 0), |r| (*r.start(), *r.end()))
        })
    };
    let has_questions = move || {
        current.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.items.iter().any(|i| i.is_knowledge()))
        })
    };
    let cell = move |code: &str, i: usize| {
        cells.with(|c| c.get(code).and_then(|row| row.get(i).copied().flatten()))
    };
    let set_cell = move |code: &str, i: usize, v: Option<u8>| {
        let n = items();
        cells.update(|c| {
            let row = c.entry(code.to_owned()).or_insert_with(|| vec![None; n]);
            row.resize(n, None);
            row[i] = v;
        });
    };
    // Where the focus goes from (r, i), `step` cells on in reading order; past the last cell it
    // goes to the save button.
    let focus_cell = move |r: usize, i: usize, step: isize| {
        let (rows, n) = (codes.with(Vec::len), items());
        if n == 0 {
            return;
        }
        let at = (r * n + i) as isize + step;
        if at < 0 {
            return;
        }
        let at = at as usize;
        if at >= rows * n {
            platform::focus_now("save-paper");
        } else {
            platform::focus_now(&paper_cell_id(at / n, at % n));
        }
    };
    let on_input = move |r: usize, i: usize, code: String, ev: leptos::ev::Event| {
        let el: web_sys::HtmlInputElement = event_target(&ev);
        let l = ctx.locale();
        let (lo, hi) = range_of(i);
        let typed = crate::i18n::to_ascii_digits(&el.value());
        let digit = typed.chars().rev().find_map(|c| c.to_digit(10));
        match digit {
            None if typed.trim().is_empty() => {
                set_cell(&code, i, None);
                el.set_value("");
            }
            Some(d) if (lo..=hi).contains(&(d as u8)) => {
                set_cell(&code, i, Some(d as u8));
                el.set_value(&number(d, l));
                error.set(None);
                focus_cell(r, i, 1);
            }
            _ => {
                // Not an answer: the cell keeps what it had, and the person is told why.
                el.set_value(&cell(&code, i).map(|v| number(v, l)).unwrap_or_default());
                error.set(Some(KitsMsg::PaperDigitOutside { min: lo, max: hi }.into()));
            }
        }
    };
    let on_keydown = move |r: usize, i: usize, ev: leptos::ev::KeyboardEvent| {
        let n = items() as isize;
        // In a right-to-left page the next statement is to the left.
        let rtl = ctx.locale().dir() == "rtl";
        let (forward, back) = if rtl {
            ("ArrowLeft", "ArrowRight")
        } else {
            ("ArrowRight", "ArrowLeft")
        };
        let key = ev.key();
        let step = match key.as_str() {
            k if k == forward => 1,
            k if k == back => -1,
            "ArrowDown" => n,
            "ArrowUp" => -n,
            "Backspace" if event_target_value(&ev).is_empty() => -1,
            _ => return,
        };
        if step == n && r + 1 >= codes.with(Vec::len) {
            return;
        }
        ev.prevent_default();
        focus_cell(r, i, step);
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(s) = current.get_untracked() else {
            return;
        };
        let members = codes.get_untracked();
        if members.is_empty() {
            error.set(Some(KitsMsg::PaperNoMembers.into()));
            return;
        }
        let typed = cells.get_untracked();
        let m = Moment::from_slug(&moment.get_untracked()).unwrap_or(Moment::Pre);
        let day = date.get_untracked().unwrap_or_else(platform::today);
        let mut complete = Vec::new();
        let mut partial = Vec::new();
        for (r, code) in members.iter().enumerate() {
            let Some(row) = typed
                .get(code)
                .filter(|row| row.iter().any(Option::is_some))
            else {
                continue;
            };
            if s.score(row).is_ok() {
                complete.push(Outcome {
                    code: code.clone(),
                    survey: s.id.clone(),
                    moment: m,
                    date: day,
                    answers: row.iter().flatten().copied().collect(),
                    source: Source::Paper,
                    attempt: None,
                });
            } else {
                let first_empty = row.iter().position(Option::is_none).unwrap_or(0);
                partial.push((code.clone(), r, first_empty));
            }
        }
        if complete.is_empty() && partial.is_empty() {
            error.set(Some(KitsMsg::PaperNothing.into()));
            focus_cell(0, 0, 0);
            return;
        }
        let saved = complete.len();
        if saved > 0 {
            let done: Vec<String> = complete.iter().map(|o| o.code.clone()).collect();
            if !ctx.add_paper_outcomes(&id.get_value(), complete) {
                // Not stored (the notice says why): everything typed stays in the grid.
                return;
            }
            cells.update(|c| c.retain(|code, _| !done.contains(code)));
            ctx.notify(KitsMsg::PaperSaved(saved), Tone::Info, vec![]);
        }
        match partial.first() {
            Some(&(_, r, i)) => {
                error.set(Some(
                    KitsMsg::PaperIncomplete(partial.iter().map(|p| p.0.clone()).collect()).into(),
                ));
                focus_cell(r, i, 0);
            }
            None => {
                error.set(None);
                focus_cell(0, 0, 0);
            }
        }
    };
    let grid = move || {
        let n = items();
        let l = ctx.locale();
        let rows = codes.get();
        if rows.is_empty() {
            return view! { <p class="muted" id="paper-empty">{ctx.t(KitsMsg::PaperNoMembers)}</p> }.into_any();
        }
        view! {
            <div class="table-scroll">
                <table class="paper-grid" id="paper-grid" aria-describedby="paper-hint">
                    <caption>{ctx.t(KitsMsg::PaperGridCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ctx.t(CommonMsg::MemberColumn)}</th>
                            {(0..n).map(|i| view! { <th scope="col">{number(i + 1, l)}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().enumerate().map(|(r, code)| {
                            let row_code = code.clone();
                            let done = Memo::new(move |_| cells.with(|c| c.get(&row_code).map_or(0, |row| row.iter().flatten().count())));
                            view! {
                                <tr>
                                    // The row's count under its code: a column of its own would push the
                                    // grid past a phone's width.
                                    <th scope="row">
                                        <bdi>{code.clone()}</bdi>
                                        <small class="paper-count" class:done=move || done.get() == n>
                                            {move || (done.get() > 0).then(|| ctx.t(KitsMsg::PaperRowCount { done: done.get(), count: n }))}
                                        </small>
                                    </th>
                                    {(0..n).map(|i| {
                                        let (c1, c2) = (code.clone(), code.clone());
                                        view! {
                                            <td>
                                                <input class="paper-cell" id=paper_cell_id(r, i) type="text" inputmode="numeric"
                                                    autocomplete="off"
                                                    aria-label=ctx.t(KitsMsg::PaperCell { code: code.clone(), item: i + 1 })
                                                    prop:value=move || cell(&c1, i).map(|v| number(v, l)).unwrap_or_default()
                                                    on:input=move |ev| on_input(r, i, c2.clone(), ev)
                                                    on:keydown=move |ev| on_keydown(r, i, ev)
                                                    on:focus=move |ev| {
                                                        let el: web_sys::HtmlInputElement = event_target(&ev);
                                                        el.select();
                                                    } />
                                            </td>
                                        }
                                    }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <form class="no-print" id="paper-form" on:submit=submit novalidate aria-label=move || ctx.t(KitsMsg::PaperTitle)>
            <SelectField id="paper-survey" label=KitsMsg::PaperSurvey.into()
                options=instruments.iter().map(|s| (s.id.to_string(), CommonMsg::Verbatim(s.title.get(ctx.locale()).to_owned()).into())).collect()
                value=survey on_change=Callback::new(move |v| survey.set(v)) />
            <SelectField id="paper-moment" label=CommonMsg::MomentChoice.into()
                options=Moment::ALL.iter().map(|m| (m.slug().to_owned(), CommonMsg::MomentName(*m).into())).collect()
                value=moment on_change=Callback::new(move |v| moment.set(v)) />
            <CalendarDateField id="paper-date" label=CommonMsg::EntryDate.into() value=date on_change=Callback::new(move |d| date.set(d)) />
            <p class="muted" id="paper-hint">{move || { let (lo, hi) = range(); ctx.t(KitsMsg::PaperGridHint { min: lo, max: hi }) }}
                {move || has_questions().then(|| view! { " " {ctx.t(KitsMsg::PaperQuestionsHint)} })}</p>
            {grid}
            <p class="field-error" role="alert" id="paper-error">{ctx.field_error(error)}</p>
            <button type="submit" class="primary" id="save-paper">{ctx.tr(KitsMsg::SavePaper)}</button>
        </form>
    }
}

/// A percentage to the nearest whole one, or a dash.
fn fmt_pct(v: Option<f64>, ctx: AppContext) -> String {
    v.map_or_else(
        || "—".into(),
        |v| crate::i18n::percent(v.round(), ctx.locale()),
    )
}

fn fmt1(v: Option<f64>, ctx: AppContext) -> String {
    match v {
        Some(v) => {
            let s = format!("{:.1}", v);
            crate::i18n::localize_digits(&s, ctx.locale())
        }
        None => "—".into(),
    }
}

fn fmt_change(v: Option<f64>, ctx: AppContext) -> String {
    match v {
        Some(v) if v > 0.0 => format!("+{}", fmt1(Some(v), ctx)),
        other => fmt1(other, ctx),
    }
}

/// A pre/post bar chart of a scale's means (SVG with a title; the table beside it has the data).
fn prepost_chart(
    ctx: AppContext,
    title: String,
    pre: Option<f64>,
    post: Option<f64>,
    max: u32,
) -> impl IntoView {
    let max = f64::from(max.max(1));
    let bar = |v: Option<f64>| v.map_or(0.0, |v| (v / max * 100.0).clamp(0.0, 100.0));
    let (a, b) = (bar(pre), bar(post));
    let (la, lb) = (
        ctx.t(CommonMsg::MomentName(Moment::Pre)),
        ctx.t(CommonMsg::MomentName(Moment::Post)),
    );
    let desc = format!("{la}: {} · {lb}: {}", fmt1(pre, ctx), fmt1(post, ctx));
    let label = format!("{title}. {desc}");
    view! {
        <svg class="prepost-chart" role="img" viewBox="0 -10 220 140" aria-label=label>
            <title>{title}</title>
            <line x1="10" y1="110" x2="210" y2="110" class="axis"></line>
            <rect x="40" y=format!("{:.1}", 110.0 - a) width="50" height=format!("{a:.1}") class="bar-pre"></rect>
            <rect x="130" y=format!("{:.1}", 110.0 - b) width="50" height=format!("{b:.1}") class="bar-post"></rect>
            // The values on the bars (#17).
            <text x="65" y=format!("{:.1}", 106.0 - a) text-anchor="middle" class="bar-value">{fmt1(pre, ctx)}</text>
            <text x="155" y=format!("{:.1}", 106.0 - b) text-anchor="middle" class="bar-value">{fmt1(post, ctx)}</text>
            <text x="65" y="125" text-anchor="middle">{la}</text>
            <text x="155" y="125" text-anchor="middle">{lb}</text>
        </svg>
    }
}

/// The exit tickets session by session (#18): a bar of the mean "how helpful" per session (an
/// SVG with a title) and the same figures as a table, with each statement's mean and the n.
fn exit_tickets(
    ctx: AppContext,
    group: &Group,
    tickets: &[crate::domain::exit::ExitResult],
) -> Option<impl IntoView + use<>> {
    if !group.exit_tickets && tickets.is_empty() {
        return None;
    }
    let series = crate::domain::exit::series(tickets);
    let l = ctx.locale();
    let title = ctx.t(KitsMsg::ExitTitle);
    if series.is_empty() {
        return Some(
            view! {
                <section class="card report-exit" id="report-exit">
                    <h3>{title}</h3>
                    <p class="muted" id="exit-none">{ctx.t(KitsMsg::ExitNone)}</p>
                </section>
            }
            .into_any(),
        );
    }
    let width = series.iter().map(|s| s.items.len()).max().unwrap_or(0);
    let sessions = usize::from(group.session_count).max(
        series
            .iter()
            .map(|s| usize::from(s.session))
            .max()
            .unwrap_or(1),
    );
    // One slot a session, so a session without tickets shows as a gap, not as a fall to 0.
    let slot = 300.0 / sessions as f64;
    let bars = series
        .iter()
        .map(|s| {
            let h = s.helpful / f64::from(crate::domain::exit::HELPFUL_MAX) * 100.0;
            let x = 10.0 + slot * f64::from(s.session - 1);
            view! {
                <rect x=format!("{:.1}", x + slot * 0.15) y=format!("{:.1}", 110.0 - h) width=format!("{:.1}", slot * 0.7) height=format!("{h:.1}") class="bar-post"></rect>
                <text x=format!("{:.1}", x + slot / 2.0) y=format!("{:.1}", 106.0 - h) text-anchor="middle" class="bar-value">{fmt1(Some(s.helpful), ctx)}</text>
                <text x=format!("{:.1}", x + slot / 2.0) y="125" text-anchor="middle">{number(s.session, l)}</text>
            }
        })
        .collect_view();
    let desc = series
        .iter()
        .map(|s| {
            format!(
                "{}: {}",
                ctx.t(CommonMsg::SessionN(usize::from(s.session))),
                fmt1(Some(s.helpful), ctx)
            )
        })
        .collect::<Vec<_>>()
        .join(" · ");
    let rows = series
        .iter()
        .map(|s| {
            let items = (0..width)
                .map(|i| view! { <td>{fmt1(s.items.get(i).copied().flatten(), ctx)}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{ctx.t(CommonMsg::SessionN(usize::from(s.session)))}</th>
                    <td class="num">{number(s.n, l)}</td>
                    <td class="exit-helpful">{fmt1(Some(s.helpful), ctx)}</td>
                    {items}
                </tr>
            }
        })
        .collect_view();
    let heads = (1..=width)
        .map(|i| view! { <th scope="col">{ctx.t(KitsMsg::ExitStatementColumn(i))}</th> })
        .collect_view();
    let label = format!("{title}. {desc}");
    Some(view! {
        <section class="card report-exit" id="report-exit">
            <h3>{title.clone()}</h3>
            <svg class="prepost-chart exit-chart" role="img" viewBox="0 -10 320 140" aria-label=label>
                <title>{title}</title>
                <line x1="10" y1="110" x2="310" y2="110" class="axis"></line>
                {bars}
            </svg>
            <div class="table-scroll">
                <table id="exit-table">
                    <caption>{ctx.t(KitsMsg::ExitCaption)}</caption>
                    <thead><tr>
                        <th scope="col">{ctx.t(CommonMsg::SessionColumn)}</th>
                        <th scope="col">{ctx.t(KitsMsg::CsvN)}</th>
                        <th scope="col">{ctx.t(KitsMsg::ExitHelpfulColumn)}</th>
                        {heads}
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }.into_any())
}

#[component]
fn Report(group: Group, results: crate::domain::outcome::GroupResults) -> impl IntoView {
    let ctx = AppContext::expect();
    let locale = ctx.locale();
    let st = ctx.settings.get_untracked();
    let names = st.asca_names;
    let attendance = group
        .attendance_rate()
        .map_or_else(|| "—".into(), |r| crate::i18n::percent(r, locale));
    // Members planned, plus any code that sent results without being on the list.
    let mut codes_seen: Vec<&str> = group.members.iter().map(|m| m.code.as_str()).collect();
    codes_seen.extend(results.outcomes.iter().map(|o| o.code.as_str()));
    codes_seen.sort_unstable();
    codes_seen.dedup();
    let member_count = codes_seen.len();
    let sections = results
        .surveys()
        .into_iter()
        .filter_map(|id| ctx.survey(id))
        .map(|s| {
            let s = &s;
            let sum = summarize(s, &results.outcomes);
            let title = s.title.get_or_other(locale).to_owned();
            let rows = sum
                .items
                .iter()
                .enumerate()
                .map(|(i, it)| {
                    let text = s.items[i].text(locale).to_owned();
                    // A knowledge item's means are the share who got it right: shown as %.
                    if s.items[i].is_knowledge() {
                        let pct = |v: Option<f64>| v.map(|v| v * 100.0);
                        return view! {
                            <tr class="knowledge-item">
                                <th scope="row" class="numbered">{text}</th>
                                <td>{fmt_pct(pct(it.pre), ctx)}</td>
                                <td>{fmt_pct(pct(it.post), ctx)}</td>
                                <td>{fmt_change(pct(it.change), ctx)}</td>
                            </tr>
                        }
                        .into_any();
                    }
                    view! {
                        <tr>
                            <th scope="row" class="numbered">{text}</th>
                            <td>{fmt1(it.pre, ctx)}</td>
                            <td>{fmt1(it.post, ctx)}</td>
                            <td>{fmt_change(it.change, ctx)}</td>
                        </tr>
                    }
                    .into_any()
                })
                .collect_view();
            // #17: each member before and after, a fall marked in words (not by colour alone).
            let member_rows = crate::domain::outcome::per_member(s, &results.outcomes)
                .into_iter()
                .map(|r| {
                    let n = |v: Option<u32>| v.map(|v| crate::i18n::number(v, locale)).unwrap_or_else(|| "—".into());
                    let change = r
                        .change()
                        .map(|c| {
                            let v = crate::i18n::number(c.unsigned_abs(), locale);
                            match c {
                                c if c > 0 => format!("+{v}"),
                                c if c < 0 => format!("\u{2212}{v}"),
                                _ => v,
                            }
                        })
                        .unwrap_or_else(|| "—".into());
                    let declined = r.declined();
                    view! {
                        <tr class:declined=declined>
                            <th scope="row" dir="auto">{r.code.clone()}</th>
                            <td class="num">{n(r.pre)}</td>
                            <td class="num">{n(r.post)}</td>
                            <td class="num">{change}{declined.then(|| view! { " "<span class="chip decline">{ctx.t(KitsMsg::Declined)}</span> })}</td>
                        </tr>
                    }
                })
                .collect_view();
            let sc = sum.scale.clone();
            let improved = sc
                .improved_percent()
                .map(|p| if s.is_ask() {
                    ctx.t(KitsMsg::ImprovedShareStep { improved: sc.improved, paired: sc.paired, percent: p })
                } else {
                    ctx.t(KitsMsg::ImprovedShare { improved: sc.improved, paired: sc.paired, percent: p, by: sc.threshold })
                })
                .unwrap_or_else(|| ctx.t(KitsMsg::NoPairs));
            // #18: who is in no change, by code (members with one result only).
            let alone = [
                (!sc.only_pre.is_empty()).then(|| KitsMsg::OnlyPre(sc.only_pre.clone())),
                (!sc.only_post.is_empty()).then(|| KitsMsg::OnlyPost(sc.only_post.clone())),
            ]
            .into_iter()
            .flatten()
            .map(|m| view! { <li>{ctx.t(m)}</li> })
            .collect_view();
            view! {
                <section class="card report-survey" id=format!("report-{}", s.id)>
                    <h3>{title.clone()}</h3>
                    <table class="report-scale" id=format!("scale-{}", s.id)>
                        <caption>{ctx.t(KitsMsg::ScaleCaption)}</caption>
                        <thead><tr>
                            <th scope="col">{ctx.t(KitsMsg::ScaleColumn)}</th>
                            <th scope="col">{ctx.t(CommonMsg::MomentName(Moment::Pre))}</th>
                            <th scope="col">{ctx.t(CommonMsg::MomentName(Moment::Post))}</th>
                            <th scope="col">{ctx.t(KitsMsg::ChangeColumn)}</th>
                        </tr></thead>
                        <tbody><tr>
                            <th scope="row">{ctx.t(KitsMsg::ScaleTotal(sc.max))}</th>
                            <td class="pre-mean">{fmt1(sc.pre, ctx)}<small>{ctx.t(KitsMsg::SampleSize(sc.pre_n))}</small></td>
                            <td class="post-mean">{fmt1(sc.post, ctx)}<small>{ctx.t(KitsMsg::SampleSize(sc.post_n))}</small></td>
                            <td class="change">{fmt_change(sc.change, ctx)}<small>{ctx.t(KitsMsg::SampleSize(sc.paired))}</small></td>
                        </tr>
                        {sum.knowledge.clone().map(|k| view! {
                            <tr class="knowledge" id=format!("knowledge-{}", s.id)>
                                <th scope="row">{ctx.t(KitsMsg::KnowledgeRow)}</th>
                                <td class="pre-mean">{fmt_pct(k.pre, ctx)}<small>{ctx.t(KitsMsg::SampleSize(k.pre_n))}</small></td>
                                <td class="post-mean">{fmt_pct(k.post, ctx)}<small>{ctx.t(KitsMsg::SampleSize(k.post_n))}</small></td>
                                <td class="change">{fmt_change(k.change, ctx)}<small>{ctx.t(KitsMsg::SampleSize(k.paired))}</small></td>
                            </tr>
                        })}
                        </tbody>
                    </table>
                    <p class="muted paired-note">{ctx.t(KitsMsg::PairedNote)}</p>
                    <p class="improved">{improved}</p>
                    <ul class="one-result" id=format!("alone-{}", s.id)>{alone}</ul>
                    <table class="report-members" id=format!("members-{}", s.id)>
                        <caption>{ctx.t(KitsMsg::PerMemberCaption)}</caption>
                        <thead><tr>
                            <th scope="col">{ctx.t(CommonMsg::MemberColumn)}</th>
                            <th scope="col">{ctx.t(CommonMsg::MomentName(Moment::Pre))}</th>
                            <th scope="col">{ctx.t(CommonMsg::MomentName(Moment::Post))}</th>
                            <th scope="col">{ctx.t(KitsMsg::ChangeColumn)}</th>
                        </tr></thead>
                        <tbody>{member_rows}</tbody>
                    </table>
                    {prepost_chart(ctx, title, sc.pre, sc.post, sc.max)}
                    <table class="report-items">
                        <caption>{ctx.t(KitsMsg::ItemsCaption)}</caption>
                        <thead><tr>
                            <th scope="col">{ctx.t(CommonMsg::ItemColumn)}</th>
                            <th scope="col">{ctx.t(CommonMsg::MomentName(Moment::Pre))}</th>
                            <th scope="col">{ctx.t(CommonMsg::MomentName(Moment::Post))}</th>
                            <th scope="col">{ctx.t(KitsMsg::ChangeColumn)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </section>
            }
        })
        .collect_view();
    // One row per member whatever case, digits or spacing their code was typed in (review L4).
    let mut codes: Vec<String> = results.outcomes.iter().map(|o| o.code.clone()).collect();
    codes.sort_by_key(|c| code_key(c));
    codes.dedup_by(|a, b| code_key(a) == code_key(b));
    let per_member = codes
        .into_iter()
        .map(|code| {
            let list = results
                .outcomes
                .iter()
                .filter(|o| code_key(&o.code) == code_key(&code))
                .map(|o| {
                    let name = ctx
                        .survey(&o.survey)
                        .map(|s| s.title.get_or_other(locale).to_owned())
                        .unwrap_or_default();
                    format!(
                        "{name} · {} · {}",
                        ctx.t(CommonMsg::MomentName(o.moment)),
                        format_date(o.date, st.effective_calendar(), locale)
                    )
                })
                .collect::<Vec<_>>()
                .join(" — ");
            view! { <tr><th scope="row" dir="auto">{code}</th><td>{list}</td></tr> }
        })
        .collect_view();
    let notes = results
        .notes
        .iter()
        .map(|n| {
            view! {
                <li><span class="dots"><strong><bdi>{n.code.clone()}</bdi></strong><span>{format_date(n.date, st.effective_calendar(), locale)}</span></span>
                    <p dir="auto" class="shared-text">{n.text.clone()}</p></li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="report-summary-title" id="report">
            <h2 id="report-summary-title">{ctx.t(KitsMsg::ReportSummary)}</h2>
            <dl class="report-facts">
                <dt>{ctx.t(CommonMsg::AscaParticipation(names))}</dt>
                <dd class="dots">
                    <span id="report-members">{ctx.t(KitsMsg::ReportMembers(member_count))}</span>
                    <span id="report-held">{ctx.t(KitsMsg::ReportSessionsHeld(group.sessions_held(), group.sessions.len()))}</span>
                    <span id="report-attendance"><span class="lbl">{ctx.t(KitsMsg::ReportAttendance)}</span>{attendance}</span>
                </dd>
                <dt>{ctx.t(CommonMsg::AscaPerception(names))}</dt>
                <dd>{ctx.t(KitsMsg::ReportPerceptionNote)}</dd>
            </dl>
            {sections}
            {exit_tickets(ctx, &group, &results.exit)}
            <section class="card">
                <h3>{ctx.t(KitsMsg::ResultsPerMember)}</h3>
                <table id="results-per-member"><tbody>{per_member}</tbody></table>
            </section>
            {(!results.notes.is_empty()).then(|| view! {
                <section class="card"><h3>{ctx.t(KitsMsg::SharedNotesTitle)}</h3><ul id="shared-notes">{notes}</ul></section>
            })}
        </section>
    }
}

#[component]
fn ReportNotes(id: Id) -> impl IntoView {
    let ctx = AppContext::expect();
    let id = StoredValue::new(id);
    let field = move |get: fn(&Group) -> String| {
        Signal::derive(move || {
            ctx.group(&id.get_value())
                .map(|g| get(&g))
                .unwrap_or_default()
        })
    };
    view! {
        <section class="card" aria-labelledby="report-notes-title">
            <h2 id="report-notes-title">{move || ctx.t(CommonMsg::AscaAchievement(ctx.settings.with(|s| s.asca_names)))}</h2>
            <TextField id="report-achievement" label=KitsMsg::ReportAchievement.into() control=crate::ui::components::Control::Area
                value=field(|g| g.asca.achievement_data.clone())
                on_change=Callback::new(move |v: String| { ctx.change_group(&id.get_value(), |g| g.asca.achievement_data = v); }) />
            <TextField id="report-contributing" label=KitsMsg::ReportContributing.into() control=crate::ui::components::Control::Area
                value=field(|g| g.contributing.clone())
                on_change=Callback::new(move |v: String| { ctx.change_group(&id.get_value(), |g| g.contributing = v); }) />
            <TextField id="report-implications" label=KitsMsg::ReportImplications.into() control=crate::ui::components::Control::Area
                value=field(|g| g.implications.clone())
                on_change=Callback::new(move |v: String| { ctx.change_group(&id.get_value(), |g| g.implications = v); }) />
        </section>
    }
}
