//! Backup and lock: saving and bringing back encrypted backups, each space's at-rest lock, and
//! the screen a locked space shows instead of its data.

use crate::crypto::{self, CryptoError, Strength};
use crate::domain::Id;
use crate::domain::backup::{Backup, ImportMode, ImportPlan, Scope};
use crate::i18n::msg::*;
use crate::storage::backup_file::OpenError;
use crate::storage::sealed::{DEFAULT_IDLE_MINUTES, Space};
use crate::ui::components::{CalendarDateField, FilePicker, SelectField};
use crate::ui::context::AppContext;
use crate::ui::platform;
use crate::ui::route::Route;
use crate::ui::security::{LockStatus, check_new_passphrase, open_error_msg};
use leptos::prelude::*;

/// Delay before a key derivation starts, so the progress indicator is painted first.
const PAINT_MS: u64 = 40;

/// A passphrase input with its label and a note (strength, hint or error).
#[component]
fn PassphraseField(
    /// The input's id.
    id: &'static str,
    /// The label.
    label: Msg,
    /// The value.
    value: RwSignal<String>,
    /// Show the strength of what is typed (for new passphrases).
    #[prop(optional)]
    strength: bool,
    /// An error for this field.
    #[prop(optional, into)]
    error: Signal<Option<Msg>>,
) -> impl IntoView {
    let ctx = AppContext::expect();
    let note_id = format!("{id}-note");
    let note = move || {
        if let Some(e) = error.get() {
            return Some(ctx.t(e));
        }
        if strength && !value.with(String::is_empty) {
            let level = match value.with(|v| crypto::strength(v)) {
                Strength::TooShort => 0,
                Strength::Weak => 1,
                Strength::Fair => 2,
                Strength::Strong => 3,
            };
            return Some(ctx.t(SecurityMsg::PassphraseStrength(level)));
        }
        strength.then(|| ctx.t(SecurityMsg::PassphraseHint))
    };
    view! {
        <div class="field">
            <label for=id>{ctx.tr(label)}</label>
            <input
                id=id
                type="password"
                dir="auto"
                autocomplete="new-password"
                bind:value=value
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=note_id.clone()
            />
            <p class="field-note" class:field-error=move || error.with(Option::is_some) id=note_id aria-live="polite">{note}</p>
        </div>
    }
}

/// "Deriving the key…" while `busy`.
#[component]
fn Busy(busy: RwSignal<bool>) -> impl IntoView {
    let ctx = AppContext::expect();
    view! {
        <p class="busy" role="status" aria-live="polite">
            {move || busy.get().then(|| view! { <progress aria-label=ctx.t(SecurityMsg::DerivingKey)></progress> {ctx.t(SecurityMsg::DerivingKey)} })}
        </p>
    }
}

/// The backup page: save an encrypted backup, or open one and bring it back.
#[component]
pub fn BackupPage() -> impl IntoView {
    let ctx = AppContext::expect();
    view! {
        <section class="page" aria-labelledby="backup-title">
            <p class="no-print"><a href=Route::Settings.path()>{ctx.tr(CommonMsg::SettingsTitle)}</a></p>
            <h1 id="backup-title">{ctx.tr(CommonMsg::BackupTitle)}</h1>
            <p>{ctx.tr(SecurityMsg::BackupIntro)}</p>
            <ExportForm />
            <ImportForm />
        </section>
    }
}

#[component]
fn ExportForm() -> impl IntoView {
    let ctx = AppContext::expect();
    let scope = RwSignal::new(String::from("everything"));
    let group = RwSignal::new(String::new());
    let from = RwSignal::new(None);
    let to = RwSignal::new(Some(platform::today()));
    let pass = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Msg>);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (first, second) = (pass.get_untracked(), again.get_untracked());
        if let Err(m) = check_new_passphrase(&first, &second) {
            error.set(Some(m));
            return;
        }
        let chosen = match scope.get_untracked().as_str() {
            "group" => {
                let id = group.get_untracked();
                let id = if id.is_empty() {
                    ctx.groups
                        .with_untracked(|g| g.first().map(|g| g.id.clone()))
                } else {
                    Some(Id::from_raw(id))
                };
                match id {
                    Some(id) => Scope::Group { id },
                    None => Scope::Everything,
                }
            }
            "journal" => Scope::Journal {
                from: from.get_untracked().unwrap_or_default(),
                to: to.get_untracked().unwrap_or_else(platform::today),
            },
            _ => Scope::Everything,
        };
        error.set(None);
        busy.set(true);
        platform::after_ms(PAINT_MS, move || {
            let result = ctx.save_backup(chosen, &first);
            busy.set(false);
            match result {
                Ok(_) => {
                    pass.set(String::new());
                    again.set(String::new());
                }
                Err(m) => error.set(Some(m)),
            }
        });
    };
    let group_options = move || {
        ctx.groups.with(|gs| {
            gs.iter()
                .map(|g| (g.id.to_string(), CommonMsg::Verbatim(g.name.clone()).into()))
                .collect::<Vec<(String, Msg)>>()
        })
    };
    view! {
        <form class="card" id="export-form" on:submit=submit novalidate aria-labelledby="export-title">
            <h2 id="export-title">{ctx.tr(SecurityMsg::ExportTitle)}</h2>
            <SelectField
                id="backup-scope"
                label=SecurityMsg::ScopeLabel.into()
                options=vec![
                    ("everything".into(), SecurityMsg::ScopeEverything.into()),
                    ("group".into(), SecurityMsg::ScopeGroup.into()),
                    ("journal".into(), SecurityMsg::ScopeJournal.into()),
                ]
                value=scope
                on_change=Callback::new(move |v| scope.set(v))
            />
            <Show when=move || scope.get() == "group">
                {move || view! {
                    <SelectField
                        id="backup-group"
                        label=SecurityMsg::BackupGroupLabel.into()
                        options=group_options()
                        value=group
                        on_change=Callback::new(move |v| group.set(v))
                    />
                }}
            </Show>
            <Show when=move || scope.get() == "journal">
                <CalendarDateField id="backup-from" label=SecurityMsg::FromDate.into() value=from on_change=Callback::new(move |d| from.set(d)) />
                <CalendarDateField id="backup-to" label=SecurityMsg::ToDate.into() value=to on_change=Callback::new(move |d| to.set(d)) />
            </Show>
            <PassphraseField id="export-pass" label=SecurityMsg::PassphraseLabel.into() value=pass strength=true error=Signal::derive(move || error.get().filter(|m| *m != SecurityMsg::PassphraseMismatch.into())) />
            <PassphraseField id="export-pass-again" label=SecurityMsg::PassphraseAgain.into() value=again error=Signal::derive(move || error.get().filter(|m| *m == SecurityMsg::PassphraseMismatch.into())) />
            <Busy busy=busy />
            <button type="submit" class="primary" id="save-backup" disabled=move || busy.get()>{ctx.tr(SecurityMsg::SaveBackup)}</button>
        </form>
    }
}

#[component]
fn ImportForm() -> impl IntoView {
    let ctx = AppContext::expect();
    let file = RwSignal::new_local(None::<web_sys::File>);
    let pass = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Msg>);
    let busy = RwSignal::new(false);
    let opened = RwSignal::new(None::<Backup>);
    let mode = RwSignal::new(String::from("merge"));
    let plan = Memo::new(move |_| {
        let m = if mode.get() == "replace" {
            ImportMode::Replace
        } else {
            ImportMode::Merge
        };
        // Recomputed when the data changes too (another tab, an earlier import).
        ctx.journal.track();
        ctx.groups.track();
        opened.with(|b| b.as_ref().map(|b| ctx.plan_import(b, m)))
    });
    // The file being opened, the ways of typing the passphrase still to try, and a work factor
    // waiting for the person's "open it" (review #12, #13).
    let bytes = StoredValue::new_local(None::<std::rc::Rc<Vec<u8>>>);
    let variants = StoredValue::new(Vec::<String>::new());
    let trying = RwSignal::new(None::<(usize, usize)>);
    let ask_work = RwSignal::new(None::<u8>);
    let attempt = StoredValue::new_local(None::<std::rc::Rc<dyn Fn(usize, u8)>>);
    attempt.set_value(Some(std::rc::Rc::new(move |i: usize, max_log_n: u8| {
        let Some(data) = bytes.get_value() else {
            return;
        };
        let Some(passphrase) = variants.with_value(|v| v.get(i).cloned()) else {
            return;
        };
        match ctx.open_backup(&data, &passphrase, max_log_n) {
            Ok(b) => {
                busy.set(false);
                trying.set(None);
                if i > 0 {
                    ctx.notify(
                        SecurityMsg::OpenedWithVariant,
                        crate::ui::context::Tone::Info,
                        vec![],
                    );
                }
                opened.set(Some(b));
            }
            Err(OpenError::Crypto(CryptoError::TooMuchWork { required }))
                if required <= crypto::HARD_MAX_LOG_N =>
            {
                busy.set(false);
                trying.set(None);
                ask_work.set(Some(required));
            }
            Err(OpenError::Crypto(CryptoError::WrongKey))
                if i + 1 < variants.with_value(Vec::len) =>
            {
                // The typed form did not open it: try the next way it may have been typed,
                // after the progress line is painted.
                trying.set(Some((i + 1, variants.with_value(Vec::len) - 1)));
                platform::after_ms(PAINT_MS, move || {
                    if let Some(next) = attempt.get_value() {
                        next(i + 1, max_log_n);
                    }
                });
            }
            Err(e) => {
                busy.set(false);
                trying.set(None);
                error.set(Some(open_error_msg(&e)));
            }
        }
    })));
    let run = move |i: usize, max_log_n: u8| {
        busy.set(true);
        platform::after_ms(PAINT_MS, move || {
            if let Some(f) = attempt.get_value() {
                f(i, max_log_n);
            }
        });
    };
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(chosen) = file.get_untracked() else {
            error.set(Some(SecurityMsg::ChooseFileFirst.into()));
            return;
        };
        variants.set_value(crypto::passphrase_variants(&pass.get_untracked()));
        error.set(None);
        opened.set(None);
        ask_work.set(None);
        busy.set(true);
        leptos::task::spawn_local(async move {
            match platform::read_file(chosen).await {
                Some(data) => {
                    bytes.set_value(Some(std::rc::Rc::new(data)));
                    run(0, crypto::KDF_LOG_N);
                }
                None => {
                    busy.set(false);
                    error.set(Some(SecurityMsg::BackupNotAge.into()));
                }
            }
        });
    };
    let confirm = move |_| {
        if let Some(p) = plan.get_untracked()
            && ctx.apply_import(&p)
        {
            opened.set(None);
            pass.set(String::new());
        }
    };
    view! {
        <form class="card" id="import-form" on:submit=open novalidate aria-labelledby="import-title">
            <h2 id="import-title">{ctx.tr(SecurityMsg::ImportTitle)}</h2>
            <FilePicker id="import-file" label=SecurityMsg::BackupFile.into() accept=".age,application/octet-stream"
                on_change=Callback::new(move |ev| { file.set(platform::chosen_file(&ev)); opened.set(None); error.set(None); }) />
            <PassphraseField id="import-pass" label=SecurityMsg::PassphraseLabel.into() value=pass />
            <Busy busy=busy />
            <p class="busy" id="import-trying" role="status">
                {move || trying.get().map(|(i, n)| ctx.t(SecurityMsg::TryingVariant(i, n)))}
            </p>
            <p class="field-error" id="import-error" role="alert">{move || error.get().map(|m| ctx.t(m))}</p>
            {move || ask_work.get().map(|log_n| view! {
                <div class="notice info" id="import-ask-work" role="alert">
                    <p>{ctx.t(SecurityMsg::BackupAskWork(log_n, crypto::estimated_kdf_ms(log_n).div_ceil(1000)))}</p>
                    <button type="button" class="primary" id="open-anyway" on:click=move |_| {
                        ask_work.set(None);
                        run(0, log_n);
                    }>{ctx.tr(SecurityMsg::OpenAnyway)}</button>
                </div>
            })}
            <button type="submit" id="open-backup" disabled=move || busy.get()>{ctx.tr(SecurityMsg::OpenBackup)}</button>
        </form>
        {move || opened.with(|b| b.as_ref().map(Backup::len)).map(|n| view! {
            <section class="card" id="import-preview" aria-labelledby="preview-title">
                <h2 id="preview-title">{ctx.tr(SecurityMsg::PreviewTitle)}</h2>
                <p>{ctx.t(SecurityMsg::BackupSummary(n))}</p>
                <fieldset class="choices" id="import-mode">
                    <legend>{ctx.t(SecurityMsg::ImportModeLabel)}</legend>
                    {[("merge", SecurityMsg::ModeMerge), ("replace", SecurityMsg::ModeReplace)].into_iter().map(|(value, label)| {
                        let box_id = format!("import-mode-{value}");
                        view! {
                            <div class="choice">
                                <input type="radio" name="import-mode" id=box_id.clone()
                                    prop:checked=move || mode.get() == value
                                    on:change=move |_| mode.set(value.to_owned()) />
                                <label for=box_id>{ctx.t(label)}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <PlanSummary plan=plan />
                <div class="actions">
                    <button type="button" class="primary" id="confirm-import"
                        disabled=move || plan.with(|p| p.as_ref().is_none_or(ImportPlan::is_noop))
                        on:click=confirm>{ctx.tr(SecurityMsg::ConfirmImport)}</button>
                    <button type="button" id="cancel-import" on:click=move |_| opened.set(None)>{ctx.tr(CommonMsg::Cancel)}</button>
                </div>
            </section>
        })}
    }
}

#[component]
fn PlanSummary(plan: Memo<Option<ImportPlan>>) -> impl IntoView {
    let ctx = AppContext::expect();
    move || {
        plan.get().map(|p| {
            if p.is_noop() {
                return view! { <p id="preview-counts">{ctx.t(SecurityMsg::ImportNothing)}</p> }
                    .into_any();
            }
            let (added, updated, unchanged, conflicting, removed) = p.totals();
            let lines = [
                (added, SecurityMsg::PreviewAdded(added)),
                (updated, SecurityMsg::PreviewUpdated(updated)),
                (unchanged, SecurityMsg::PreviewUnchanged(unchanged)),
                (conflicting, SecurityMsg::PreviewConflicting(conflicting)),
                (removed, SecurityMsg::PreviewRemoved(removed)),
            ]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(_, m)| view! { <li>{ctx.t(m)}</li> })
            .collect_view();
            view! { <ul id="preview-counts">{lines}</ul> }.into_any()
        })
    }
}

/// The lock page: each space's at-rest lock.
#[component]
pub fn LockPage() -> impl IntoView {
    let ctx = AppContext::expect();
    view! {
        <section class="page" aria-labelledby="lock-title">
            <p class="no-print"><a href=Route::Settings.path()>{ctx.tr(CommonMsg::SettingsTitle)}</a></p>
            <h1 id="lock-title">{ctx.tr(CommonMsg::LockTitle)}</h1>
            <p>{ctx.tr(SecurityMsg::LockIntro)}</p>
            <p class="warning" id="lock-warning">{ctx.tr(SecurityMsg::LockWarning)}</p>
            <p class="link-list"><a href=Route::Backup.path()>{ctx.tr(CommonMsg::BackupTitle)}</a></p>
            <SpaceLockCard space=Space::Member />
            <SpaceLockCard space=Space::Counsellor />
        </section>
    }
}

fn space_slug(space: Space) -> &'static str {
    match space {
        Space::Member => "member",
        Space::Counsellor => "counsellor",
    }
}

const IDLE_CHOICES: [u16; 5] = [0, 2, 5, 10, 30];

fn idle_options() -> Vec<(String, Msg)> {
    IDLE_CHOICES
        .iter()
        .map(|m| {
            let label = if *m == 0 {
                SecurityMsg::IdleNever
            } else {
                SecurityMsg::IdleMinutes(*m)
            };
            (m.to_string(), label.into())
        })
        .collect()
}

#[component]
fn SpaceLockCard(space: Space) -> impl IntoView {
    let ctx = AppContext::expect();
    let slug = space_slug(space);
    let status = move || ctx.lock_status(space);
    let pass = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let idle = RwSignal::new(DEFAULT_IDLE_MINUTES.to_string());
    let error = RwSignal::new(None::<Msg>);
    let busy = RwSignal::new(false);
    let plain_left = RwSignal::new(0usize);
    let name = match space {
        Space::Member => SecurityMsg::SpaceMemberName,
        Space::Counsellor => SecurityMsg::SpaceCounsellorName,
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (first, second) = (pass.get_untracked(), again.get_untracked());
        if let Err(m) = check_new_passphrase(&first, &second) {
            error.set(Some(m));
            return;
        }
        error.set(None);
        busy.set(true);
        let on = matches!(status(), LockStatus::Open(_));
        let minutes = idle.get_untracked().parse().unwrap_or(DEFAULT_IDLE_MINUTES);
        platform::after_ms(PAINT_MS, move || {
            let result = if on {
                ctx.change_passphrase(space, &first)
            } else {
                ctx.enable_lock(space, &first, minutes)
            };
            busy.set(false);
            plain_left.set(ctx.plain_values(space));
            match result {
                Ok(()) => {
                    pass.set(String::new());
                    again.set(String::new());
                }
                Err(m) => error.set(Some(m)),
            }
        });
    };
    let pass_id: &'static str = match space {
        Space::Member => "lock-pass-member",
        Space::Counsellor => "lock-pass-counsellor",
    };
    let again_id: &'static str = match space {
        Space::Member => "lock-pass-again-member",
        Space::Counsellor => "lock-pass-again-counsellor",
    };
    view! {
        <form class="card" id=format!("lock-{slug}") on:submit=submit novalidate aria-labelledby=format!("lock-{slug}-title")>
            <h2 id=format!("lock-{slug}-title")>{ctx.tr(name)}</h2>
            <p class="lock-status" id=format!("lock-{slug}-status")>
                {move || ctx.t(if status() == LockStatus::Off { SecurityMsg::LockStatusOff } else { SecurityMsg::LockStatusOn })}
            </p>
            {move || match status() {
                LockStatus::Closed => view! {
                    <p><a href=space_home(space).path()>{ctx.t(SecurityMsg::Unlock)}</a></p>
                }.into_any(),
                LockStatus::Off => view! {
                    <SelectField id=format!("lock-idle-{slug}") label=SecurityMsg::IdleLabel.into() options=idle_options() value=idle on_change=Callback::new(move |v| idle.set(v)) />
                }.into_any(),
                LockStatus::Open(minutes) => view! {
                    <SelectField
                        id=format!("lock-idle-{slug}")
                        label=SecurityMsg::IdleLabel.into()
                        options=idle_options()
                        value=Signal::derive(move || minutes.to_string())
                        on_change=Callback::new(move |v: String| ctx.set_idle_minutes(space, v.parse().unwrap_or(DEFAULT_IDLE_MINUTES)))
                    />
                    <div class="actions">
                        <button type="button" id=format!("lock-now-{slug}") on:click=move |_| ctx.lock_now(space)>{ctx.t(SecurityMsg::LockNow)}</button>
                        <button type="button" class="danger" id=format!("lock-off-{slug}") on:click=move |_| { let _ = ctx.disable_lock(space); }>{ctx.t(SecurityMsg::TurnOffLock)}</button>
                    </div>
                    {move || (plain_left.get() > 0).then(|| view! {
                        <p class="warning">{ctx.t(SecurityMsg::PlainLeft(plain_left.get()))}</p>
                        <button type="button" on:click=move |_| { ctx.reseal(space); plain_left.set(ctx.plain_values(space)); }>{ctx.t(SecurityMsg::FinishEncrypting)}</button>
                    })}
                }.into_any(),
            }}
            <Show when=move || status() != LockStatus::Closed>
                <PassphraseField id=pass_id label=SecurityMsg::NewPassphrase.into() value=pass strength=true error=Signal::derive(move || error.get().filter(|m| *m != SecurityMsg::PassphraseMismatch.into())) />
                <PassphraseField id=again_id label=SecurityMsg::PassphraseAgain.into() value=again error=Signal::derive(move || error.get().filter(|m| *m == SecurityMsg::PassphraseMismatch.into())) />
                <Busy busy=busy />
                <button type="submit" class="primary" id=format!("lock-submit-{slug}") disabled=move || busy.get()>
                    {move || ctx.t(if status() == LockStatus::Off { SecurityMsg::TurnOnLock } else { SecurityMsg::ChangePassphrase })}
                </button>
            </Show>
        </form>
    }
}

/// The screen that opens a space.
pub fn space_home(space: Space) -> Route {
    match space {
        Space::Member => Route::Member,
        Space::Counsellor => Route::Counsellor,
    }
}

/// What a locked space shows instead of its data.
#[component]
pub fn UnlockScreen(space: Space) -> impl IntoView {
    let ctx = AppContext::expect();
    let pass = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Msg>);
    let busy = RwSignal::new(false);
    let name = match space {
        Space::Member => SecurityMsg::SpaceMemberName,
        Space::Counsellor => SecurityMsg::SpaceCounsellorName,
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let passphrase = pass.get_untracked();
        error.set(None);
        busy.set(true);
        platform::after_ms(PAINT_MS, move || {
            let result = ctx.unlock(space, &passphrase);
            busy.set(false);
            match result {
                Ok(()) => pass.set(String::new()),
                Err(m) => error.set(Some(m)),
            }
        });
    };
    view! {
        <section class="page unlock" aria-labelledby="unlock-title">
            <h1 id="unlock-title">{ctx.tr(SecurityMsg::LockedTitle)}</h1>
            <p>{ctx.tr(name)}</p>
            <p>{ctx.tr(SecurityMsg::UnlockPrompt)}</p>
            <form class="card inline-form" id="unlock-form" on:submit=submit novalidate>
                <div class="field">
                    <label for="unlock-pass">{ctx.tr(SecurityMsg::PassphraseLabel)}</label>
                    <input id="unlock-pass" type="password" autocomplete="current-password" bind:value=pass
                        aria-invalid=move || error.with(Option::is_some).then_some("true") aria-describedby="unlock-error" />
                    <p class="field-error" id="unlock-error" role="alert">{move || error.get().map(|m| ctx.t(m))}</p>
                </div>
                <button type="submit" class="primary" id="unlock-submit" disabled=move || busy.get()>{ctx.tr(SecurityMsg::Unlock)}</button>
            </form>
            <Busy busy=busy />
            <p class="muted">{ctx.tr(SecurityMsg::LockWarning)}</p>
        </section>
    }
}
