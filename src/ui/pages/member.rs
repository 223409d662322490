//! The member's journal (#15). A check-in comes first: five moods, and one tap saves today's.
//! Then, for those who want it, writing (text, a mood, feelings tags as chips, a prompt; the
//! draft is stored on every keystroke), a card to save a backup after a week, the month
//! calendar coloured by mood, the mood chart and mood by tag, and the entries as compact cards
//! whose menu edits everything (mood and tags too) or deletes with undo. Search and filters
//! are behind a button, and absent while there are no entries.

use crate::content;
use crate::domain::journal::{ENTRY_TEXT_MAX, JournalFilter, day_moods, mood_by_tag};
use crate::domain::{Id, JournalEntry, Locale, Revision};
use crate::i18n::msg::*;
use crate::i18n::{format_date, format_date_long, month_view, number, shift_month, week_days};
use crate::storage::draft_store::JournalDraft;
use crate::ui::components::{CalendarDateField, LineChart, MoodFace, SelectField, Sheet};
use crate::ui::context::{AppContext, invalid};
use crate::ui::pages::KitCards;
use crate::ui::platform;
use crate::ui::route::Route;
use chrono::NaiveDate;
use leptos::either::Either;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

const STARTER_TAGS: u8 = 10;

/// Entries drawn at a time in the journal list.
const PAGE: usize = 50;

/// A tag's mood is shown once it is on this many entries with a mood.
const TAG_MOOD_MIN: usize = 2;

/// The backup card shows once the oldest entry is this many days old.
const BACKUP_CARD_AFTER_DAYS: i64 = 7;

fn split_tags(s: &str) -> Vec<String> {
    s.split([',', '،', '\n'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

fn starter_words(locale: Locale) -> Vec<String> {
    (0..STARTER_TAGS)
        .map(|i| JournalMsg::StarterTag(i).text(locale))
        .collect()
}

/// What an entry form holds: the composer's and each editor's.
#[derive(Clone, Copy)]
struct Fields {
    date: RwSignal<NaiveDate>,
    text: RwSignal<String>,
    mood: RwSignal<Option<u8>>,
    /// Ticked starter tags.
    starter: RwSignal<Vec<String>>,
    /// The person's own words, as typed.
    own: RwSignal<String>,
}

impl Fields {
    fn new() -> Self {
        Fields {
            date: RwSignal::new(platform::today()),
            text: RwSignal::new(String::new()),
            mood: RwSignal::new(None),
            starter: RwSignal::new(Vec::new()),
            own: RwSignal::new(String::new()),
        }
    }

    /// Fills the form: starter tags back to their chips, the rest into the own-words field.
    fn set(&self, date: NaiveDate, text: &str, mood: Option<u8>, tags: &[String], l: Locale) {
        let words = starter_words(l);
        let (s, own): (Vec<String>, Vec<String>) =
            tags.iter().cloned().partition(|t| words.contains(t));
        self.date.set(date);
        self.text.set(text.to_owned());
        self.mood.set(mood);
        self.starter.set(s);
        self.own.set(own.join("، "));
    }

    fn tags(&self) -> Vec<String> {
        let mut t = self.starter.get();
        t.extend(split_tags(&self.own.get()));
        t
    }

    fn revision(&self) -> Revision {
        untrack(|| Revision {
            date: self.date.get(),
            text: self.text.get(),
            mood: self.mood.get(),
            tags: self.tags(),
        })
    }

    fn clear(&self) {
        self.set(platform::today(), "", None, &[], Locale::Fa);
    }
}

/// The ids of one form's fields.
#[derive(Clone)]
struct FieldIds {
    date: String,
    text: String,
    /// The mood fieldset; each mood's radio is `{moods}-{m}`… see [`FieldIds::mood`].
    moods: String,
    mood_prefix: String,
    tag_prefix: String,
    own: String,
    error: String,
}

impl FieldIds {
    /// The composer's (ids the tests and the gallery use).
    fn composer() -> Self {
        FieldIds {
            date: "new-entry-date".into(),
            text: "new-entry-text".into(),
            moods: "mood-choices".into(),
            mood_prefix: "mood".into(),
            tag_prefix: "tag".into(),
            own: "own-tags".into(),
            error: "new-entry-error".into(),
        }
    }

    /// An editor's, from its entry's id.
    fn editor(id: &Id) -> Self {
        FieldIds {
            date: format!("edit-date-{id}"),
            text: format!("edit-text-{id}"),
            moods: format!("edit-moods-{id}"),
            mood_prefix: format!("edit-mood-{id}"),
            tag_prefix: format!("edit-tag-{id}"),
            own: format!("edit-own-{id}"),
            error: format!("edit-error-{id}"),
        }
    }

    fn mood(&self, m: u8) -> String {
        format!("{}-{m}", self.mood_prefix)
    }

    fn tag(&self, i: u8) -> String {
        format!("{}-{i}", self.tag_prefix)
    }
}

/// The fields of an entry: text, mood, feelings, date.
#[component]
fn EntryFields(
    fields: Fields,
    ids: FieldIds,
    error: RwSignal<Option<Msg>>,
    /// The text box's height in lines.
    rows: u32,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let group = ids.mood_prefix.clone();
    let moods = (1..=5u8)
        .map(|m| {
            let id = ids.mood(m);
            view! {
                <span class="chip-choice">
                    <input type="radio" name=group.clone() id=id.clone() prop:checked=move || fields.mood.get() == Some(m)
                        on:change=move |_| fields.mood.set(Some(m)) />
                    <label for=id><MoodFace mood=m />{ctx.tr(JournalMsg::MoodName(m))}</label>
                </span>
            }
        })
        .collect_view();
    let tags = (0..STARTER_TAGS)
        .map(|i| {
            let id = ids.tag(i);
            let word = move || ctx.t(JournalMsg::StarterTag(i));
            view! {
                <span class="chip-choice">
                    <input type="checkbox" id=id.clone() prop:checked=move || fields.starter.with(|s| s.contains(&word()))
                        on:change=move |_| {
                            let w = word();
                            fields.starter.update(|s| if s.contains(&w) { s.retain(|x| *x != w) } else { s.push(w) });
                        } />
                    <label for=id>{word}</label>
                </span>
            }
        })
        .collect_view();
    let error_id = ids.error.clone();
    view! {
        <div class="field">
            <label for=ids.text.clone()>{ctx.tr(JournalMsg::EntryText)}</label>
            <textarea id=ids.text.clone() dir="auto" rows=rows maxlength=ENTRY_TEXT_MAX bind:value=fields.text
                aria-invalid=invalid(error) aria-describedby=error_id.clone()></textarea>
            <p class="field-error" id=error_id>{ctx.field_error(error)}</p>
        </div>
        <fieldset class="chip-choices" id=ids.moods.clone()>
            <legend>{ctx.tr(JournalMsg::MoodLabel)}</legend>
            {moods}
        </fieldset>
        <fieldset class="chip-choices">
            <legend>{ctx.tr(JournalMsg::TagsLabel)}</legend>
            {tags}
            <div class="field own-tags">
                <label for=ids.own.clone()>{ctx.tr(JournalMsg::OwnTagsLabel)}</label>
                <input id=ids.own.clone() type="text" dir="auto" bind:value=fields.own />
            </div>
        </fieldset>
        <CalendarDateField id=ids.date.clone() label=CommonMsg::EntryDate.into() value=Signal::derive(move || Some(fields.date.get()))
            on_change=Callback::new(move |d: Option<NaiveDate>| fields.date.set(d.unwrap_or_else(platform::today))) />
    }
}

/// The member's journal.
#[component]
pub fn MemberPage() -> impl IntoView {
    let ctx = AppContext::expect();
    // The entry whose editor is open by request (a check-in's "add words"), and the calendar's
    // chosen day.
    let edit = RwSignal::new(None::<Id>);
    let day = RwSignal::new(None::<NaiveDate>);
    let welcome = move || {
        let w = content::welcome();
        let t = match ctx.locale() {
            Locale::Fa => &w.fa,
            Locale::En => &w.en,
        };
        view! {
            <h2>{t.title.clone()}</h2>
            {t.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
        }
    };
    let first_visit = ctx.journal.with_untracked(Vec::is_empty);
    view! {
        <section class="page" aria-labelledby="journal-title">
            <h1 id="journal-title">{ctx.tr(CommonMsg::JournalTitle)}</h1>
            <p class="muted">{ctx.tr(JournalMsg::JournalPrivacy)}</p>
            <p class="muted" id="no-one-reads">{ctx.tr(SafetyMsg::NoOneReads)}</p>
            <p class="stand-alone"><a href=Route::Help.path() id="journal-help">{ctx.tr(SafetyMsg::HelpNow)}</a></p>
            <CheckIn edit=edit />
            <BackupCard />
            <details class="card welcome-text" open=first_visit>
                <summary>{ctx.tr(JournalMsg::WelcomeToggle)}</summary>
                {welcome}
            </details>
            <Composer />
            {move || ctx.journal.with(|j| !j.is_empty()).then(|| view! {
                <MoodCalendar day=day />
                <MoodChart />
                <MoodByTag />
            })}
            <JournalList edit=edit day=day />
        </section>
    }
}

/// Five moods; one tap saves a check-in for today.
#[component]
fn CheckIn(edit: RwSignal<Option<Id>>) -> impl IntoView {
    let ctx = AppContext::expect();
    let saved = RwSignal::new(None::<(Id, u8)>);
    let buttons = (1..=5u8)
        .map(|m| {
            view! {
                <button type="button" class="mood-button" id=format!("checkin-{m}") data-mood=m.to_string()
                    aria-describedby="check-in-hint"
                    on:click=move |_| if let Some(id) = ctx.check_in(m) { saved.set(Some((id, m))) }>
                    <MoodFace mood=m />
                    <span class="mood-word">{ctx.tr(JournalMsg::MoodName(m))}</span>
                </button>
            }
        })
        .collect_view();
    let after = move || {
        let (id, m) = saved.get()?;
        // Taken back (undo) or deleted: nothing to add words to.
        ctx.journal.with(|j| j.iter().any(|e| e.id == id)).then(|| {
            view! {
                <p class="checked-in" role="status">
                    <span>{ctx.t(JournalMsg::CheckedIn(m))}</span>
                    <button type="button" class="link-button" id="add-words" on:click=move |_| edit.set(Some(id.clone()))>
                        {ctx.t(JournalMsg::AddWords)}
                    </button>
                </p>
            }
        })
    };
    view! {
        <section class="card check-in" aria-labelledby="check-in-title">
            <h2 id="check-in-title">{ctx.tr(JournalMsg::CheckInTitle)}</h2>
            <div class="mood-buttons" role="group" aria-labelledby="check-in-title">{buttons}</div>
            <p class="muted small" id="check-in-hint">{ctx.tr(JournalMsg::CheckInHint)}</p>
            {after}
        </section>
    }
}

/// Once, after a week of entries: the journal lives only here — save a backup.
#[component]
fn BackupCard() -> impl IntoView {
    let ctx = AppContext::expect();
    let due = move || {
        let oldest = ctx.journal.with(|j| j.iter().map(|e| e.date).min());
        !ctx.settings.with(|s| s.backup_card_done)
            && oldest.is_some_and(|d| (platform::today() - d).num_days() >= BACKUP_CARD_AFTER_DAYS)
    };
    let done = move || ctx.update_settings(|s| s.backup_card_done = true);
    move || {
        due().then(|| {
            view! {
                <section class="card backup-card" id="backup-card" aria-labelledby="backup-card-title">
                    <h2 id="backup-card-title">{ctx.t(JournalMsg::BackupCardTitle)}</h2>
                    <p>{ctx.t(JournalMsg::BackupCardText)}</p>
                    <div class="buttons">
                        <a class="button primary" id="backup-card-save" href=Route::Backup.path() on:click=move |_| done()>{ctx.t(JournalMsg::BackupCardSave)}</a>
                        <button type="button" class="quiet" id="backup-card-dismiss" on:click=move |_| done()>{ctx.t(JournalMsg::BackupCardDismiss)}</button>
                    </div>
                </section>
            }
        })
    }
}

/// Writing an entry: text first, then mood, feelings and the day; kept as a draft.
#[component]
fn Composer() -> impl IntoView {
    let ctx = AppContext::expect();
    let saved = ctx.draft();
    let restored = !saved.is_empty();
    let fields = Fields::new();
    fields.set(
        crate::domain::iso_date::parse(&saved.date).unwrap_or_else(platform::today),
        &saved.text,
        saved.mood,
        &saved.tags,
        ctx.locale(),
    );
    let prompt = RwSignal::new(None::<String>);
    let task_done = RwSignal::new(false);
    let error = RwSignal::new(None::<Msg>);
    // Every change to the form is kept as the draft.
    Effect::new(move |first: Option<()>| {
        let draft = JournalDraft {
            date: crate::domain::iso_date::format(fields.date.get()),
            text: fields.text.get(),
            mood: fields.mood.get(),
            tags: fields.tags(),
        };
        if first.is_some() {
            ctx.save_draft(draft);
        }
    });
    if restored {
        ctx.notify(
            JournalMsg::DraftRestored,
            crate::ui::context::Tone::Info,
            vec![],
        );
    }
    // #16, the gentle check: an entry that holds a risk phrase shows Help now, once for that
    // entry (`Some(true)` shown, `Some(false)` closed); nothing about it is stored.
    let risk = RwSignal::new(None::<bool>);
    let risk_saved = RwSignal::new(false);
    Effect::new(move |_| {
        let on = ctx.settings.with(|s| s.risk_check);
        if on
            && risk.get_untracked().is_none()
            && fields
                .text
                .with(|t| crate::domain::safety::mentions_risk(t))
        {
            risk.set(Some(true));
        }
    });
    let close_risk = move |_| {
        // After the entry was added, the next one starts afresh.
        risk.set(if risk_saved.get_untracked() {
            None
        } else {
            Some(false)
        });
        risk_saved.set(false);
        platform::focus_soon("new-entry-text");
    };
    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        let r = fields.revision();
        let task = task_done.get_untracked().then_some(true);
        match ctx.add_entry(
            r.date,
            &r.text,
            r.mood,
            &r.tags,
            prompt.get_untracked(),
            task,
        ) {
            Ok(()) => {
                match risk.get_untracked() {
                    Some(true) => risk_saved.set(true),
                    Some(false) => risk.set(None),
                    None => {}
                }
                fields.clear();
                prompt.set(None);
                task_done.set(false);
                error.set(None);
            }
            Err(m) => error.set(Some(m)),
        }
    };
    let idea = move |_| {
        let bank = content::prompts();
        if !bank.is_empty() {
            let i = (js_sys::Math::random() * bank.len() as f64) as usize % bank.len();
            let p = &bank[i];
            prompt.set(Some(match ctx.locale() {
                Locale::Fa => p.fa.clone(),
                Locale::En => p.en.clone(),
            }));
        }
    };
    view! {
        <KitCards prompt=prompt />
        <form class="card entry-form" on:submit=add novalidate aria-labelledby="write-title">
            <h2 id="write-title">{ctx.tr(JournalMsg::WriteTitle)}</h2>
            {move || prompt.get().map(|p| view! { <p class="prompt" id="entry-prompt" dir="auto">{p}</p> })}
            <p>
                <button type="button" id="need-idea" class="link-button" on:click=idea>{ctx.tr(JournalMsg::NeedIdea)}</button>
            </p>
            <EntryFields fields=fields ids=FieldIds::composer() error=error rows=4 />
            <div class="choice">
                <input type="checkbox" id="task-done" prop:checked=task_done on:change=move |_| task_done.update(|t| *t = !*t) />
                <label for="task-done">{ctx.tr(JournalMsg::TaskDoneLabel)}</label>
            </div>
            <button type="submit" id="add-entry" class="primary">{ctx.tr(JournalMsg::AddEntry)}</button>
        </form>
        {move || (risk.get() == Some(true)).then(|| view! {
            <aside class="card risk-card" id="risk-card" role="status" aria-labelledby="risk-title">
                <h2 id="risk-title">{ctx.tr(SafetyMsg::RiskTitle)}</h2>
                <p>{ctx.tr(SafetyMsg::RiskText)}</p>
                <p class="buttons">
                    <a class="button primary" id="risk-help" href=Route::Help.path()>{ctx.tr(SafetyMsg::HelpNow)}</a>
                    <button type="button" class="quiet" id="risk-close" on:click=close_risk>{ctx.tr(CommonMsg::Close)}</button>
                </p>
                <p class="muted">{ctx.tr(SafetyMsg::RiskPrivate)}</p>
            </aside>
        })}
    }
}

/// A month of days coloured by mood; a day is a button that shows its entries. The month is one
/// stop for Tab; arrow keys move between days (mirrored in Persian) and across months.
#[component]
fn MoodCalendar(day: RwSignal<Option<NaiveDate>>) -> impl IntoView {
    let ctx = AppContext::expect();
    // The day that takes the focus (the one Tab lands on), and so the month shown.
    let cursor = RwSignal::new(platform::today());
    let moods = Memo::new(move |_| ctx.journal.with(|j| day_moods(j)));
    let day_id = |d: NaiveDate| format!("day-{}", crate::domain::iso_date::format(d));
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let rtl = ctx.locale().dir() == "rtl";
        let step: i64 = match ev.key().as_str() {
            "ArrowRight" if rtl => -1,
            "ArrowRight" => 1,
            "ArrowLeft" if rtl => 1,
            "ArrowLeft" => -1,
            "ArrowDown" => 7,
            "ArrowUp" => -7,
            _ => return,
        };
        ev.prevent_default();
        let next = cursor.get_untracked() + chrono::Duration::days(step);
        if crate::domain::dates::in_range(next) {
            cursor.set(next);
            platform::focus_soon(&day_id(next));
        }
    };
    let grid = move || {
        let s = ctx.settings.get();
        let (cal, l) = (s.effective_calendar(), s.locale);
        let view_ = month_view(cursor.get(), cal, l);
        let heads = week_days(l)
            .into_iter()
            .map(|w| {
                view! { <abbr class="weekday" title=crate::i18n::calendar::weekday_name(w, l)>{crate::i18n::weekday_short(w, l)}</abbr> }
            })
            .collect_view();
        let blanks = (0..view_.lead)
            .map(|_| view! { <span class="day blank" aria-hidden="true"></span> })
            .collect_view();
        let today = platform::today();
        let focus_day = cursor.get();
        let days = (0..view_.len)
            .map(|i| {
                let d = view_.first + chrono::Days::new(u64::from(i));
                let mood = moods.with(|m| {
                    m.binary_search_by_key(&d, |(x, _)| *x)
                        .ok()
                        .map(|k| m[k].1.round().clamp(1.0, 5.0) as u8)
                });
                let label = JournalMsg::DayLabel {
                    date: format_date_long(d, cal, l),
                    mood: mood.map(|m| JournalMsg::MoodName(m).text(l)),
                }
                .text(l);
                let class = match mood {
                    Some(m) => format!("day mood-{m}"),
                    None => "day".to_owned(),
                };
                view! {
                    <button type="button" class=class id=day_id(d) aria-label=label data-date=crate::domain::iso_date::format(d)
                        tabindex=if d == focus_day { "0" } else { "-1" }
                        aria-pressed=move || if day.get() == Some(d) { "true" } else { "false" }
                        aria-current=(d == today).then_some("date")
                        on:click=move |_| {
                            cursor.set(d);
                            day.update(|x| *x = if *x == Some(d) { None } else { Some(d) });
                        }>
                        {number(i + 1, l)}
                    </button>
                }
            })
            .collect_view();
        let shift = move |months: i32| {
            cursor.update(|c| *c = shift_month(*c, cal, months));
        };
        view! {
            <div class="month-head">
                <button type="button" class="quiet icon" id="prev-month" aria-label=JournalMsg::PrevMonth.text(l)
                    on:click=move |_| shift(-1)>
                    <span aria-hidden="true" class="arrow-back"></span>
                </button>
                <h2 id="calendar-title" aria-live="polite">{view_.title}</h2>
                <button type="button" class="quiet icon" id="next-month" aria-label=JournalMsg::NextMonth.text(l)
                    on:click=move |_| shift(1)>
                    <span aria-hidden="true" class="arrow-forward"></span>
                </button>
            </div>
            <div class="month-grid" id="mood-calendar" role="group" aria-labelledby="calendar-title" on:keydown=on_key>
                {heads}{blanks}{days}
            </div>
        }
    };
    view! {
        <section class="card calendar-card" aria-label=move || ctx.t(JournalMsg::CalendarTitle)>
            {grid}
            <ul class="mood-legend" aria-hidden="true">
                {(1..=5u8).map(|m| view! { <li><span class=format!("swatch mood-{m}")></span>{ctx.tr(JournalMsg::MoodName(m))}</li> }).collect_view()}
            </ul>
        </section>
    }
}

/// The most moods the chart shows: the newest ones. Every point is a circle with its own label
/// and a table row; with a years-long journal, all of them made the first screen wait (10,000
/// entries: ≈ 0.5 s, #20), and a line of thousands of points says less than the recent ones.
pub const MOOD_CHART_POINTS: usize = 60;

/// Mood over time, from the newest entries that have one.
#[component]
fn MoodChart() -> impl IntoView {
    let ctx = AppContext::expect();
    let total = Memo::new(move |_| {
        ctx.journal
            .with(|j| j.iter().filter(|e| e.mood.is_some()).count())
    });
    let points = Memo::new(move |_| {
        // The journal is newest first (by date, then id): read backwards, oldest first.
        let mut pts: Vec<(NaiveDate, f64)> = ctx.journal.with(|j| {
            j.iter()
                .rev()
                .filter_map(|e| e.mood.map(|m| (e.date, f64::from(m))))
                .collect()
        });
        // Stable: entries of one day keep their order.
        pts.sort_by_key(|(d, _)| *d);
        let skip = pts.len().saturating_sub(MOOD_CHART_POINTS);
        pts.split_off(skip)
    });
    view! {
        {move || (!points.with(Vec::is_empty)).then(|| view! {
            <LineChart id="mood-chart" title=Signal::derive(move || ctx.t(JournalMsg::MoodChartTitle)) y_min=1.0 y_max=5.0
                points=points value_label=JournalMsg::MoodLabel.into() />
            {move || (total.get() > MOOD_CHART_POINTS).then(|| view! {
                <p class="muted small" id="mood-chart-recent">{ctx.t(JournalMsg::MoodChartRecent(MOOD_CHART_POINTS))}</p>
            })}
        })}
    }
}

/// "On days tagged sport your mood averaged 4.1": worked out here, for the member alone.
#[component]
fn MoodByTag() -> impl IntoView {
    let ctx = AppContext::expect();
    let rows = Memo::new(move |_| ctx.journal.with(|j| mood_by_tag(j, TAG_MOOD_MIN)));
    move || {
        (!rows.with(Vec::is_empty)).then(|| {
            let l = ctx.locale();
            let lines = rows
                .get()
                .into_iter()
                .map(|t| {
                    let mean = number((t.mean * 10.0).round() / 10.0, l);
                    view! { <li>{JournalMsg::TagMood { tag: t.tag, mean, entries: t.entries }.text(l)}</li> }
                })
                .collect_view();
            view! {
                <section class="card" id="mood-by-tag" aria-labelledby="mood-by-tag-title">
                    <h2 id="mood-by-tag-title">{ctx.t(JournalMsg::MoodByTagTitle)}</h2>
                    <ul class="plain-list">{lines}</ul>
                    <p class="muted small">{ctx.t(JournalMsg::MoodByTagNote)}</p>
                </section>
            }
        })
    }
}

/// The entries, newest first: searched, filtered, or one day of the calendar.
#[component]
fn JournalList(edit: RwSignal<Option<Id>>, day: RwSignal<Option<NaiveDate>>) -> impl IntoView {
    let ctx = AppContext::expect();
    let searching = RwSignal::new(false);
    let query = RwSignal::new(String::new());
    let tag = RwSignal::new(String::new());
    let mood = RwSignal::new(String::new());
    let from = RwSignal::new(None::<NaiveDate>);
    let to = RwSignal::new(None::<NaiveDate>);
    // Normalised once per change to the journal, not once per keystroke in the search field;
    // and not before the first screen (≈ 115 ms for 10,000 entries, #20): it is built in a task
    // of its own after the first frame, or at once if a search comes first.
    let warm = RwSignal::new(false);
    request_animation_frame(move || platform::after_ms(0, move || warm.set(true)));
    let index = Memo::new(move |_| {
        (warm.get() || query.with(|q| !q.trim().is_empty())).then(|| {
            platform::timed("hamdel-search-index", || {
                ctx.journal
                    .with(|j| crate::domain::journal::search_index(j))
            })
        })
    });
    let limit = RwSignal::new(PAGE);
    let matched = Memo::new(move |_| {
        let one_day = day.get();
        let filter = JournalFilter {
            from: one_day.or(from.get()),
            to: one_day.or(to.get()),
            tag: Some(tag.get()).filter(|t| !t.is_empty()),
            mood: mood.get().parse().ok(),
            text: query.get(),
        };
        platform::timed("hamdel-search", || {
            index.with(|idx| {
                ctx.journal.with(|j| match idx {
                    Some(idx) => filter.positions_indexed(j, idx),
                    // No text asked for yet: the index has no part in the answer.
                    None => filter.positions_indexed(j, &Default::default()),
                })
            })
        })
    });
    // Only a page of entries is drawn (thousands of rows would make every keystroke slow).
    let shown = Memo::new(move |_| {
        let n = limit.get();
        matched.with(|positions| {
            ctx.journal.with(|j| {
                positions
                    .iter()
                    .take(n)
                    .filter_map(|i| j.get(*i).cloned())
                    .collect::<Vec<_>>()
            })
        })
    });
    let tag_options = move || {
        let mut tags: Vec<String> = ctx
            .journal
            .with(|j| j.iter().flat_map(|e| e.tags.iter().cloned()).collect());
        tags.sort_unstable();
        tags.dedup();
        std::iter::once((String::new(), CommonMsg::AnyOption.into()))
            .chain(
                tags.into_iter()
                    .map(|t| (t.clone(), CommonMsg::Verbatim(t).into())),
            )
            .collect::<Vec<_>>()
    };
    let mood_options: Vec<(String, Msg)> =
        std::iter::once((String::new(), CommonMsg::AnyOption.into()))
            .chain((1..=5u8).map(|m| (m.to_string(), JournalMsg::MoodName(m).into())))
            .collect::<Vec<_>>();
    let has_entries = move || ctx.journal.with(|j| !j.is_empty());
    let search_card = move || {
        searching.get().then(|| {
            let mood_options = mood_options.clone();
            view! {
                <section class="card no-print" id="journal-search-card" aria-labelledby="journal-search-label">
                    <div class="field">
                        <label for="journal-search" id="journal-search-label">{ctx.tr(JournalMsg::SearchJournal)}</label>
                        <input id="journal-search" type="search" dir="auto" prop:value=query on:input=move |ev| query.set(event_target_value(&ev)) />
                    </div>
                    <div class="field-row">
                        {move || view! { <SelectField id="filter-tag" label=JournalMsg::TagsLabel.into() options=tag_options() value=tag on_change=Callback::new(move |v| tag.set(v)) /> }}
                        <SelectField id="filter-mood" label=JournalMsg::MoodLabel.into() options=mood_options value=mood on_change=Callback::new(move |v| mood.set(v)) />
                        <CalendarDateField id="filter-from" label=JournalMsg::FromLabel.into() value=from on_change=Callback::new(move |d| from.set(d)) />
                        <CalendarDateField id="filter-to" label=JournalMsg::ToLabel.into() value=to on_change=Callback::new(move |d| to.set(d)) />
                    </div>
                </section>
            }
        })
    };
    let close_search = move || {
        searching.set(false);
        query.set(String::new());
        tag.set(String::new());
        mood.set(String::new());
        from.set(None);
        to.set(None);
    };
    let day_line = move || {
        day.get().map(|d| {
            let s = ctx.settings.get();
            view! {
                <p class="showing-day" role="status">
                    <span>{JournalMsg::ShowingDay(format_date(d, s.effective_calendar(), s.locale)).text(s.locale)}</span>
                    <button type="button" class="link-button" id="show-all-days" on:click=move |_| day.set(None)>{ctx.t(JournalMsg::ShowAllDays)}</button>
                </p>
            }
        })
    };
    view! {
        {move || has_entries().then(|| view! {
            <div class="list-head no-print">
                <h2 id="entries-title">{ctx.tr(JournalMsg::EntriesTitle)}</h2>
                <button type="button" class="quiet" id="search-toggle" aria-expanded=move || searching.get().to_string()
                    aria-controls="journal-search-card"
                    on:click=move |_| if searching.get_untracked() { close_search() } else { searching.set(true) }>
                    <span class="search-icon" aria-hidden="true"></span>
                    {move || if searching.get() { ctx.t(JournalMsg::HideSearch) } else { ctx.t(JournalMsg::SearchButton) }}
                </button>
            </div>
        })}
        {search_card}
        {day_line}
        {move || (!has_entries()).then(|| view! { <p class="empty">{ctx.tr(JournalMsg::NoEntries)}</p> })}
        <ul class="list" id="entry-list">
            <For
                each=move || shown.get()
                // Keyed on the id alone: an edit form open here stays open, with what was typed,
                // when another window saves the entry (review #10); the row follows the entry.
                key=|e| e.id.clone()
                children=move |e| {
                    let id = e.id.clone();
                    let entry = Signal::derive(move || {
                        ctx.journal
                            .with(|j| j.iter().find(|x| x.id == id).cloned())
                            .unwrap_or_else(|| e.clone())
                    });
                    view! { <EntryRow entry=entry edit=edit /> }
                }
            />
        </ul>
        {move || {
            let total = matched.with(Vec::len);
            let n = limit.get();
            (total > n).then(|| view! {
                <p class="more">
                    <button type="button" id="show-more" on:click=move |_| limit.update(|l| *l += PAGE)>
                        {ctx.t(JournalMsg::ShowMore { shown: n, total })}
                    </button>
                </p>
            })
        }}
        {move || has_entries().then(|| view! {
            <p class="no-print link-list">
                <a id="print-journal-link" href=Route::PrintJournal.path()>{ctx.t(JournalMsg::PrintTitle)}</a>
            </p>
        })}
    }
}

/// Text longer than this (or on more than one line) is folded on its card.
const FOLD_AT: usize = 140;

/// One journal entry as a compact card, with its menu and its edit form. The entry is a
/// signal: a change saved in another window shows here, and an open edit form keeps what was
/// typed (review #10).
#[component]
fn EntryRow(
    /// The entry shown.
    #[prop(into)]
    entry: Signal<JournalEntry>,
    /// The entry whose editor was asked for elsewhere (a check-in's "add words").
    edit: RwSignal<Option<Id>>,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let editing = RwSignal::new(false);
    let menu = RwSignal::new(false);
    let unfolded = RwSignal::new(false);
    let first = entry.get_untracked();
    let entry_id = first.id.clone();
    // The entry as the edit form opened on it: saving compares it with what is stored then.
    let base = StoredValue::new(first.clone());
    let fields = Fields::new();
    let error = RwSignal::new(None::<Msg>);
    let ids = FieldIds::editor(&first.id);
    let text_id = ids.text.clone();
    let open_editor = move || {
        let now = entry.get_untracked();
        fields.set(now.date, &now.text, now.mood, &now.tags, ctx.locale());
        base.set_value(now);
        error.set(None);
        editing.set(true);
        platform::focus_soon(&text_id);
    };
    let open_editor2 = open_editor.clone();
    // "Add words" after a check-in opens this entry's editor.
    Effect::new(move || {
        if edit.get().as_ref() == Some(&entry_id) {
            edit.set(None);
            open_editor2();
        }
    });
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        match ctx.edit_entry(&base.get_value(), &fields.revision()) {
            Ok(()) => editing.set(false),
            Err(m) => error.set(Some(m)),
        }
    };
    let menu_id = format!("entry-menu-{}", first.id);
    view! {
        <li class="list-item entry-item" data-id=entry.get_untracked().id.to_string()>
            {move || {
                if editing.get() {
                    Either::Left(view! {
                        <form class="entry-form" on:submit=save novalidate>
                            <EntryFields fields=fields ids=ids.clone() error=error rows=4 />
                            <div class="buttons">
                                <button type="submit" class="primary">{ctx.tr(CommonMsg::Save)}</button>
                                <button type="button" on:click=move |_| { editing.set(false); error.set(None); }>{ctx.tr(CommonMsg::Cancel)}</button>
                            </div>
                        </form>
                    })
                } else {
                    let e = entry.get();
                    let s = ctx.settings.get();
                    let date = format_date_long(e.date, s.effective_calendar(), s.locale);
                    let delete_id = e.id.clone();
                    let open_editor = open_editor.clone();
                    let long = e.text.chars().count() > FOLD_AT || e.text.trim().contains('\n');
                    let text = (!e.text.is_empty()).then(|| {
                        view! {
                            <p class="entry-text" class:folded=move || long && !unfolded.get() dir="auto">{e.text.clone()}</p>
                            {long.then(|| view! {
                                <button type="button" class="link-button fold" aria-expanded=move || unfolded.get().to_string()
                                    on:click=move |_| unfolded.update(|u| *u = !*u)>
                                    {move || if unfolded.get() { ctx.t(JournalMsg::ReadLess) } else { ctx.t(JournalMsg::ReadMore) }}
                                </button>
                            })}
                        }
                    });
                    Either::Right(view! {
                        <div class="entry-head">
                            {e.mood.map(|m| view! { <MoodFace mood=m /> })}
                            <div class="entry-title">
                                <span class="item-meta">{date.clone()}</span>
                                {e.mood.map(|m| view! { <span class="mood-tag">{ctx.tr(JournalMsg::MoodName(m))}</span> })}
                                {e.text.is_empty().then(|| view! { <span class="chip">{ctx.tr(JournalMsg::CheckInOnly)}</span> })}
                            </div>
                            <button type="button" class="quiet icon more" aria-haspopup="dialog" aria-label=JournalMsg::EntryMenu(date).text(s.locale)
                                on:click=move |_| menu.set(true)>
                                <span aria-hidden="true" class="more-icon"></span>
                            </button>
                        </div>
                        {e.prompt.clone().map(|p| view! { <p class="prompt" dir="auto">{p}</p> })}
                        {text}
                        {(!e.tags.is_empty() || e.task_done == Some(true)).then(|| view! {
                            // Spans, not a list: `#entry-list li` stays one per entry.
                            <p class="entry-tags">
                                {e.tags.iter().map(|t| view! { <span class="chip" dir="auto">{t.clone()}</span> }).collect_view()}
                                {(e.task_done == Some(true)).then(|| view! { <span class="chip">{ctx.tr(JournalMsg::TaskDoneLabel)}</span> })}
                            </p>
                        })}
                        <Sheet id=menu_id.clone() open=menu title=Signal::derive(move || ctx.t(JournalMsg::EntryMenuTitle))>
                            <div class="sheet-actions">
                                <button type="button" class="edit" on:click={
                                    let open_editor = open_editor.clone();
                                    move |_| { menu.set(false); open_editor(); }
                                }>{ctx.tr(CommonMsg::Edit)}</button>
                                <button type="button" class="delete danger" on:click={
                                    let id = delete_id.clone();
                                    move |_| { menu.set(false); ctx.delete_entry(&id); }
                                }>{ctx.tr(CommonMsg::Delete)}</button>
                            </div>
                        </Sheet>
                    })
                }
            }}
        </li>
    }
}
