//! [`AppContext`]: the app's state as signals, and the actions components call to change it.
//! Components never write storage: an action validates, persists through the [`Workspace`],
//! refreshes the signals and tells the person if anything failed.

use super::platform;
use super::route::Route;
use crate::domain::exercise::Exercise;
use crate::domain::goal::Goal;
use crate::domain::session::Text;
use crate::domain::survey::Attempt;
use crate::domain::{
    Calendar, Group, Id, JournalEntry, Locale, Revision, Role, Settings, Theme, group, journal,
};
use crate::domain::{GroupError, JournalError, PlanField, PlanIssue};
use crate::i18n::msg::*;
use crate::storage::draft_store::JournalDraft;
use crate::storage::{BrowserStore, Conflict, LoadIssue, StoreError, Usage, Workspace, WriteError};
use chrono::NaiveDate;
use leptos::prelude::*;

/// How a notice looks and how urgently it is announced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Confirmation (polite).
    Info,
    /// Something went wrong; the person should act (assertive).
    Error,
}

/// A button offered inside a notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoticeAction {
    /// Put back a group as it was (deleted: with the results that were brought into it).
    RestoreGroup(Box<Group>, Vec<crate::domain::outcome::Results>),
    /// Put back a deleted journal entry.
    RestoreEntry(JournalEntry),
    /// Take back a check-in just saved (its id).
    RemoveEntry(Id),
    /// Put back a deleted exercise of the counsellor's own.
    RestoreExercise(Box<Exercise>),
    /// Put back a deleted goal.
    RestoreGoal(Box<Goal>),
    /// Put back one of the counsellor's surveys as it was before an item was removed (#18).
    RestoreSurvey(Box<crate::domain::survey::Survey>),
    /// Save everything to a file.
    ExportAll,
    /// Try storing pending changes again.
    Retry,
    /// Save the data from before a failed restore to a file.
    SaveBeforeRestore,
    /// Try again to put the data from before a failed restore back.
    PutBackAgain,
}

/// A message shown in the notice area until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Unique within the tab.
    pub id: u32,
    /// What it says.
    pub msg: Msg,
    /// How it looks.
    pub tone: Tone,
    /// Buttons it offers.
    pub actions: Vec<NoticeAction>,
}

/// The app's state and actions; `Copy`, provided once at the root.
#[derive(Clone, Copy)]
pub struct AppContext {
    pub(super) ws: StoredValue<Workspace<BrowserStore>, LocalStorage>,
    /// Current settings.
    pub settings: RwSignal<Settings>,
    /// The counsellor's groups, in display order.
    pub groups: RwSignal<Vec<Group>>,
    /// The member's journal, in display order.
    pub journal: RwSignal<Vec<JournalEntry>>,
    /// The counsellor's own exercises.
    pub exercises: RwSignal<Vec<Exercise>>,
    /// The counsellor's own surveys (#18), every version.
    pub surveys: RwSignal<Vec<crate::domain::survey::Survey>>,
    /// What share-backs and paper forms brought into groups, a record each (#18).
    pub outcomes: RwSignal<Vec<crate::domain::outcome::Results>>,
    /// The member's survey attempts.
    pub attempts: RwSignal<Vec<Attempt>>,
    /// The member's goals.
    pub goals: RwSignal<Vec<Goal>>,
    /// The group kits the member joined.
    pub kits: RwSignal<Vec<crate::domain::kit::JoinedKit>>,
    /// The member's safety plan (one record at most; a conflict copy would be a second).
    pub plans: RwSignal<Vec<crate::domain::safety::SafetyPlan>>,
    /// Notices on screen.
    pub notices: RwSignal<Vec<Notice>>,
    /// Changes not stored yet.
    pub pending: RwSignal<usize>,
    /// Space used.
    pub usage: RwSignal<Usage>,
    /// Problems found in stored data.
    pub issues: RwSignal<Vec<LoadIssue>>,
    /// Whether storage works at all.
    pub storage_available: RwSignal<bool>,
    /// The screen shown.
    pub route: RwSignal<Route>,
    /// Each space's at-rest lock: (member, counsellor).
    pub locks: RwSignal<(super::security::LockStatus, super::security::LockStatus)>,
    pub(super) last_activity: StoredValue<f64>,
    /// The collection stamps last copied into the signals (groups, journal, exercises,
    /// attempts, goals, kits): unchanged collections are not copied again.
    seen: StoredValue<Vec<u64>>,
    /// Data changed (here or in another tab) since storage use was last measured.
    usage_stale: StoredValue<bool>,
    next_notice: StoredValue<u32>,
    draft_failing: StoredValue<bool>,
}

/// How a collection's records are shown: the order of its signal (and so of every list). A new
/// collection in the table must say it here, or the refresh does not compile.
trait Shown: Sized {
    fn order(items: &mut Vec<Self>);
}

impl Shown for Group {
    fn order(items: &mut Vec<Self>) {
        group::sort_for_display(items);
    }
}

impl Shown for JournalEntry {
    fn order(items: &mut Vec<Self>) {
        journal::sort_for_display(items);
    }
}

impl Shown for Attempt {
    fn order(items: &mut Vec<Self>) {
        items.sort_by_key(|a| (a.date, a.id.clone()));
    }
}

/// As stored (by id).
impl Shown for Exercise {
    fn order(_: &mut Vec<Self>) {}
}

/// By title, then version.
impl Shown for crate::domain::survey::Survey {
    fn order(items: &mut Vec<Self>) {
        items.sort_by(|a, b| {
            (&a.title.en, &a.title.fa, a.version).cmp(&(&b.title.en, &b.title.fa, b.version))
        });
    }
}

/// As stored (a group's results are gathered and ordered by [`AppContext::results_of`]).
impl Shown for crate::domain::outcome::Results {
    fn order(_: &mut Vec<Self>) {}
}

/// As stored (by id).
impl Shown for Goal {
    fn order(_: &mut Vec<Self>) {}
}

/// As stored (by id).
impl Shown for crate::domain::kit::JoinedKit {
    fn order(_: &mut Vec<Self>) {}
}

/// As stored (by id): the plan itself before any conflict copy of it.
impl Shown for crate::domain::safety::SafetyPlan {
    fn order(_: &mut Vec<Self>) {}
}

impl AppContext {
    /// Opens the device's storage and builds the context.
    pub fn open() -> Self {
        let store = BrowserStore::open();
        let available = store.is_available();
        let tab = platform::tab_id();
        let mut ws = platform::timed("hamdel-load", || Workspace::open_as(store, &tab));
        // Review #11: changes that did not fit before a reload waited in sessionStorage.
        let kept = ws.take_pending_from(&BrowserStore::session());
        if kept > 0 {
            let _ = ws.retry();
        }
        let ctx = AppContext {
            settings: RwSignal::new(ws.settings()),
            groups: RwSignal::new(Vec::new()),
            journal: RwSignal::new(Vec::new()),
            exercises: RwSignal::new(Vec::new()),
            surveys: RwSignal::new(Vec::new()),
            outcomes: RwSignal::new(Vec::new()),
            attempts: RwSignal::new(Vec::new()),
            goals: RwSignal::new(Vec::new()),
            kits: RwSignal::new(Vec::new()),
            plans: RwSignal::new(Vec::new()),
            notices: RwSignal::new(Vec::new()),
            pending: RwSignal::new(0),
            // Not measured before the first screen: measuring reads every stored value back
            // (≈ 20 ms with a full store, #20). Settings measures it on opening, and the
            // 15-second timer once it is stale.
            usage: RwSignal::new(crate::storage::Usage {
                used_units: 0,
                quota_units: crate::storage::QUOTA_UNITS,
            }),
            issues: RwSignal::new(ws.issues().to_vec()),
            storage_available: RwSignal::new(available),
            route: RwSignal::new(Route::from_hash(&platform::location_hash())),
            locks: RwSignal::new((
                super::security::LockStatus::Off,
                super::security::LockStatus::Off,
            )),
            last_activity: StoredValue::new(js_sys::Date::now()),
            seen: StoredValue::new(Vec::new()),
            usage_stale: StoredValue::new(true),
            next_notice: StoredValue::new(1),
            draft_failing: StoredValue::new(false),
            ws: StoredValue::new_local(ws),
        };
        ctx.refresh();
        if kept > 0 {
            ctx.notify_pending_kept(kept);
        }
        ctx
    }

    /// Says that changes kept across a reload were taken up again (and whether they are
    /// stored now).
    pub(super) fn notify_pending_kept(self, kept: usize) {
        let still = self.pending.get_untracked();
        self.notify(
            StorageMsg::PendingKeptAcrossReload { kept, still },
            if still > 0 { Tone::Error } else { Tone::Info },
            vec![],
        );
    }

    /// The context provided by [`super::app::App`].
    pub fn expect() -> Self {
        expect_context::<AppContext>()
    }

    /// `msg` in the current language (reactive when called inside a closure).
    pub fn t(self, msg: impl Into<Msg>) -> String {
        msg.into().text(self.settings.with(|s| s.locale))
    }

    /// `msg` as reactive text that follows the language. Every message shares this one closure
    /// type, so the view code for it is generated once (measured: this keeps the wasm small).
    pub fn tr(self, msg: impl Into<Msg>) -> impl Fn() -> String + Clone + Send + Sync + 'static {
        self.reactive(msg.into())
    }

    /// [`AppContext::tr`] once the message is a [`Msg`]: not generic, so its closure is one
    /// type whatever feature the message belongs to.
    fn reactive(self, msg: Msg) -> impl Fn() -> String + Clone + Send + Sync + 'static {
        move || self.t(msg.clone())
    }

    /// A field's error message as reactive text (one closure type for every field).
    pub fn field_error(
        self,
        error: RwSignal<Option<Msg>>,
    ) -> impl Fn() -> Option<String> + Clone + Send + Sync + 'static {
        move || error.get().map(|m| self.t(m))
    }

    /// Current language (reactive).
    pub fn locale(self) -> Locale {
        self.settings.with(|s| s.locale)
    }

    /// Copies the workspace into the signals.
    pub fn refresh(self) {
        platform::timed("hamdel-refresh", || self.refresh_signals());
        self.refresh_locks();
    }

    /// [`AppContext::refresh`] without the locks (timed as `hamdel-refresh` for the benchmark).
    fn refresh_signals(self) {
        self.ws.with_value(|ws| {
            // Every collection of the table (`hamdel_domain::collections!`): its signal, of the
            // same name, is set again when its stamp moved, in display order.
            macro_rules! refresh_collections {
                ($($field:ident: $ty:ty, $seg:literal, $space:ident, $change:ident;)*) => {{
                    let stamps = vec![$(ws.$field().stamp()),*];
                    let seen = self.seen.get_value();
                    let mut at = 0;
                    $(
                        if seen.get(at) != stamps.get(at) {
                            let mut items = ws.$field().items();
                            <$ty as Shown>::order(&mut items);
                            self.$field.set(items);
                        }
                        at += 1;
                    )*
                    let _ = at;
                    (stamps, seen)
                }};
            }
            let (stamps, seen) = crate::domain::collections!(refresh_collections);
            let moved = stamps != seen;
            self.seen.set_value(stamps);
            // Every change passes through here: storage use is measured again on the timer.
            self.usage_stale.set_value(true);
            if self.settings.get_untracked() != ws.settings() {
                self.settings.set(ws.settings());
            }
            let pending = ws.pending_count();
            let was = self.pending.get_untracked();
            // Only when something pending may have changed: a refresh with the same stamps and
            // count writes nothing again.
            if (pending > 0 || was > 0) && (moved || pending != was) {
                // What is not stored waits in sessionStorage, sealed where the space is
                // locked, until it is (review #11); cleared once nothing is pending.
                let _ = ws.keep_pending_in(&BrowserStore::session());
            }
            self.pending.set(pending);
            // Usage is not measured here: reading every stored value back costs tens of
            // milliseconds with a full store. `measure_usage` runs on a timer and on Settings.
            self.issues.set(ws.issues().to_vec());
        });
    }

    /// Measures storage use again (other tabs may have written).
    pub fn measure_usage(self) {
        self.usage_stale.set_value(false);
        self.usage.set(self.ws.with_value(|ws| ws.usage()));
    }

    /// Measures storage use again if anything was stored since the last measurement (the
    /// timer's job: measuring reads every stored value, so it is skipped when nothing changed).
    pub fn measure_usage_if_stale(self) {
        if self.usage_stale.get_value() {
            self.measure_usage();
        }
    }

    /// Shows a notice.
    pub fn notify(self, msg: impl Into<Msg>, tone: Tone, actions: Vec<NoticeAction>) {
        let has_actions = !actions.is_empty();
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        let msg = msg.into();
        self.notices.update(|n| {
            // The same plain confirmation again replaces the one showing ("Saved" four times
            // over is noise, #17); a notice with a button (Undo) is its own.
            if !has_actions {
                n.retain(|x| !(x.actions.is_empty() && x.tone == tone && x.msg == msg));
            }
            // Keep the area short: the newest few are what matters.
            if n.len() >= 4 {
                n.remove(0);
            }
            n.push(Notice {
                id,
                msg,
                tone,
                actions,
            });
        });
        // A plain confirmation goes by itself; errors and anything with a button stay until
        // dismissed (no time limit on acting).
        if tone == Tone::Info && !has_actions {
            platform::after_ms(6000, move || self.dismiss(id));
        }
    }

    /// Removes a notice.
    pub fn dismiss(self, id: u32) {
        self.notices.update(|n| n.retain(|x| x.id != id));
    }

    /// Tells the person how a write went; returns whether it was stored.
    fn report(self, result: Result<Vec<Conflict>, WriteError>) -> bool {
        self.refresh();
        if result.is_err() {
            self.measure_usage();
        }
        match result {
            Ok(conflicts) => {
                for msg in conflict_messages(&conflicts) {
                    self.notify(msg, Tone::Info, vec![]);
                }
                true
            }
            Err(WriteError::ReadOnly(_)) => {
                self.notify(StorageMsg::ReadOnly, Tone::Error, vec![]);
                false
            }
            Err(WriteError::Store(StoreError::Unavailable)) => {
                // The banner already says storage is off; the change lives in this tab.
                self.storage_available.set(false);
                false
            }
            Err(err) => {
                let msg = match err {
                    WriteError::Store(StoreError::QuotaExceeded) => CommonMsg::QuotaExceeded,
                    WriteError::Store(StoreError::LockDamaged) => CommonMsg::LockDamaged,
                    WriteError::Store(StoreError::Locked) => CommonMsg::ImportLocked,
                    _ => CommonMsg::SaveFailed,
                };
                self.notify(
                    msg,
                    Tone::Error,
                    vec![NoticeAction::ExportAll, NoticeAction::Retry],
                );
                false
            }
        }
    }

    /// Stores new settings (they apply in this tab even if storing fails).
    pub fn update_settings(self, change: impl FnOnce(&mut Settings)) {
        let mut s = self.settings.get_untracked();
        change(&mut s);
        let result = self
            .ws
            .try_update_value(|ws| ws.set_settings(s))
            .unwrap_or(Ok(()));
        self.report(result.map(|()| Vec::new()));
    }

    /// First-run choice (or a later switch of space).
    pub fn choose_role(self, role: Role) {
        self.update_settings(|s| s.role = Some(role));
        let route = match role {
            Role::Counsellor => Route::Counsellor,
            Role::Member => Route::Member,
        };
        self.navigate(route);
    }

    /// Shows a screen.
    pub fn navigate(self, route: Route) {
        platform::set_location_hash(&route.path());
        self.route.set(route);
    }

    /// Language.
    pub fn set_locale(self, locale: Locale) {
        self.update_settings(|s| s.locale = locale);
    }

    /// Calendar.
    pub fn set_calendar(self, calendar: Calendar) {
        self.update_settings(|s| s.calendar = Some(calendar));
    }

    /// Theme.
    pub fn set_theme(self, theme: Theme) {
        self.update_settings(|s| s.theme = theme);
    }

    pub(super) fn write(
        self,
        f: impl FnOnce(&mut Workspace<BrowserStore>) -> Result<Vec<Conflict>, WriteError>,
    ) -> bool {
        let result = platform::timed("hamdel-save", || {
            self.ws.try_update_value(f).unwrap_or(Ok(Vec::new()))
        });
        self.report(result)
    }

    /// Creates a group with the default plan and opens it; a refused name comes back as a
    /// message for the field.
    pub fn create_group(self, name: &str) -> Result<(), Msg> {
        let group = Group::new(platform::new_id(), name, platform::today())
            .map_err(group_msg)?
            .with_default_sessions(platform::new_id);
        let id = group.id.clone();
        if self.write(|ws| ws.put(group)) {
            self.navigate(Route::Group(id));
        }
        Ok(())
    }

    /// A group by id (reactive).
    pub fn group(self, id: &Id) -> Option<Group> {
        self.groups
            .with(|gs| gs.iter().find(|g| &g.id == id).cloned())
    }

    /// A session's name: "Session 3", or "Follow-up meeting" for the one after the group (#19).
    pub fn session_name(self, group: &Group, index: usize) -> String {
        if group.sessions.get(index).is_some_and(|s| s.follow_up) {
            self.t(GroupsMsg::FollowUpName)
        } else {
            self.t(CommonMsg::SessionN(index + 1))
        }
    }

    /// A group's results, gathered from their records (reactive).
    pub fn results_of(self, group: &Id) -> crate::domain::outcome::GroupResults {
        self.outcomes
            .with(|rs| crate::domain::outcome::GroupResults::of(group, rs))
    }

    /// Changes a stored group and stores it; returns whether it was stored.
    pub fn change_group(self, id: &Id, change: impl FnOnce(&mut Group)) -> bool {
        let Some(mut group) = self.ws.with_value(|ws| ws.groups().get(id).cloned()) else {
            return false;
        };
        change(&mut group);
        self.write(|ws| ws.put(group))
    }

    /// Like [`AppContext::change_group`] for a destructive change: the notice `msg` offers
    /// to undo it.
    pub fn change_group_undoable(
        self,
        id: &Id,
        msg: impl Into<Msg>,
        change: impl FnOnce(&mut Group),
    ) {
        let Some(before) = self.ws.with_value(|ws| ws.groups().get(id).cloned()) else {
            return;
        };
        if self.change_group(id, change) {
            self.notify(
                msg,
                Tone::Info,
                vec![NoticeAction::RestoreGroup(Box::new(before), Vec::new())],
            );
        }
    }

    /// Checks an edited plan and stores it unless something blocks saving; the sessions follow
    /// the planned count. Only what the form changed since `base` (the group as the form last
    /// saw it) is put on top of the group as stored now (review #9). Returns what to show next
    /// to the fields and, once stored, the group as saved (the form's new base).
    pub fn save_plan(
        self,
        base: &Group,
        draft: Group,
    ) -> (Vec<(PlanField, PlanIssue)>, Option<Group>) {
        let (mut merged, both) = self
            .ws
            .with_value(|ws| {
                ws.groups()
                    .get(&draft.id)
                    .map(|g| g.merge_plan(base, &draft))
            })
            .unwrap_or((draft, 0));
        let issues = merged.check();
        if issues.iter().any(|(_, i)| i.blocks_saving()) {
            self.notify(StorageMsg::FixFieldsFirst, Tone::Error, vec![]);
            return (issues, None);
        }
        let count = merged.session_count;
        merged.resize_sessions(count, platform::new_id);
        if self.write(|ws| ws.put(merged.clone())) {
            let msg = if both > 0 {
                StorageMsg::PlanSavedWithBoth(both)
            } else {
                StorageMsg::PlanSaved
            };
            self.notify(msg, Tone::Info, vec![]);
            let saved = self
                .ws
                .with_value(|ws| ws.groups().get(&merged.id).cloned());
            return (issues, saved.or(Some(merged)));
        }
        (issues, None)
    }

    /// Refuses an action because the field `id` shows an error: says which field, and moves
    /// the focus to it (review #21: the field's last good value must not be used silently).
    pub fn refuse_for_field(self, id: &str, label: impl Into<Msg>) {
        self.notify(
            StorageMsg::FixFieldFirst(Box::new(label.into())),
            Tone::Error,
            vec![],
        );
        platform::focus_soon(id);
    }

    /// An exercise by id: built-in or the counsellor's own (reactive for the latter).
    pub fn exercise(self, id: &Id) -> Option<Exercise> {
        crate::content::exercises()
            .iter()
            .find(|e| &e.id == id)
            .cloned()
            .or_else(|| {
                self.exercises
                    .with(|c| c.iter().find(|e| &e.id == id).cloned())
            })
    }

    /// Stores one of the counsellor's exercises.
    pub fn save_exercise(self, exercise: Exercise) -> bool {
        self.write(|ws| ws.put(exercise))
    }

    /// Makes an editable copy of any exercise and opens it for editing.
    pub fn duplicate_exercise(self, id: &Id) {
        if let Some(e) = self.exercise(id) {
            let copy = e.duplicate(platform::new_id());
            let copy_id = copy.id.clone();
            if self.save_exercise(copy) {
                self.navigate(Route::EditExercise(copy_id));
            }
        }
    }

    /// Starts a blank exercise of the counsellor's own.
    /// Stores one of the counsellor's own surveys (#18).
    pub fn save_survey(self, s: crate::domain::survey::Survey) -> bool {
        self.write(|ws| ws.put(s))
    }

    /// Whether a survey of the counsellor's is in use — planned in a group's kit or holding
    /// results — so it changes only as a new version (#18).
    pub fn survey_in_use(self, id: &Id) -> bool {
        self.groups.with(|gs| {
            gs.iter()
                .any(|g| g.kit_surveys.iter().any(|p| &p.survey == id))
        }) || self.outcomes.with(|rs| {
            rs.iter()
                .any(|r| r.outcomes.iter().any(|o| &o.survey == id))
        })
    }

    /// A new survey of the counsellor's own, opened in its editor.
    pub fn new_survey(self) {
        let s = crate::domain::survey::Survey::own(platform::new_id(), 4);
        let id = s.id.clone();
        if self.save_survey(s) {
            self.navigate(Route::EditSurvey(id));
        }
    }

    /// A survey in use as a new version to edit (results and kits keep the old one).
    pub fn new_survey_version(self, id: &Id) {
        let Some(s) = self
            .surveys
            .with(|all| all.iter().find(|s| &s.id == id).cloned())
        else {
            return;
        };
        let next = s.next_version(platform::new_id());
        let nid = next.id.clone();
        if self.save_survey(next) {
            self.navigate(Route::EditSurvey(nid));
        }
    }

    pub fn new_exercise(self) {
        let e = Exercise::blank(platform::new_id());
        let id = e.id.clone();
        if self.save_exercise(e) {
            self.navigate(Route::EditExercise(id));
        }
    }

    /// Deletes one of the counsellor's exercises, offering to undo.
    pub fn delete_exercise(self, id: &Id) {
        let Some(e) = self.ws.with_value(|ws| ws.exercises().get(id).cloned()) else {
            return;
        };
        // Undo is offered only when the deletion took effect (review M8: a deletion refused
        // because another tab edited the item must not offer to write the old version back).
        if self.write(|ws| ws.remove::<Exercise>(id))
            && self.ws.with_value(|ws| ws.exercises().get(id).is_none())
        {
            self.notify(
                StorageMsg::ExerciseDeleted,
                Tone::Info,
                vec![NoticeAction::RestoreExercise(Box::new(e))],
            );
            self.navigate(Route::Library);
        }
    }

    /// Creates a group from a built-in template, in the current language, and opens it.
    pub fn create_from_template(self, template: &Id) {
        let Some(t) = crate::content::templates()
            .iter()
            .find(|t| &t.id == template)
        else {
            return;
        };
        let group = t.instantiate(
            self.locale(),
            crate::content::exercises(),
            platform::today(),
            platform::new_id,
        );
        let id = group.id.clone();
        if self.write(|ws| ws.put(group)) {
            self.navigate(Route::Group(id));
        }
    }

    /// A [`Text`] in the current language (reactive): typed text as it is, built-in defaults
    /// translated.
    pub fn text(self, text: &Text) -> String {
        crate::i18n::plan_text(text, self.settings.with(|s| s.locale))
    }

    /// Renames a group.
    pub fn rename_group(self, id: &Id, name: &str) -> Result<(), Msg> {
        let Some(current) = self.ws.with_value(|ws| ws.groups().get(id).cloned()) else {
            return Ok(());
        };
        let renamed = current.renamed(name).map_err(group_msg)?;
        self.write(|ws| ws.put(renamed));
        Ok(())
    }

    /// Deletes a group, offering to undo.
    pub fn delete_group(self, id: &Id) {
        let Some(group) = self.ws.with_value(|ws| ws.groups().get(id).cloned()) else {
            return;
        };
        let mut removed = Vec::new();
        let stored = self.write(|ws| {
            ws.remove_group(id).map(|(conflicts, results)| {
                removed = results;
                conflicts
            })
        });
        if stored && self.ws.with_value(|ws| ws.groups().get(id).is_none()) {
            self.notify(
                StorageMsg::GroupDeleted(group.name.clone()),
                Tone::Info,
                vec![NoticeAction::RestoreGroup(Box::new(group), removed)],
            );
        }
    }

    /// Adds a journal entry with its mood, tags and prompt; the draft is cleared once stored.
    pub fn add_entry(
        self,
        date: NaiveDate,
        text: &str,
        mood: Option<u8>,
        tags: &[String],
        prompt: Option<String>,
        task_done: Option<bool>,
    ) -> Result<(), Msg> {
        let mut entry = JournalEntry::composed(platform::new_id(), date, text, mood, tags)
            .map_err(entry_msg)?;
        entry.prompt = prompt;
        entry.task_done = task_done;
        if self.write(|ws| ws.put(entry)) {
            self.save_draft(JournalDraft::default());
        }
        Ok(())
    }

    /// Saves a check-in for today: the mood alone, one tap (#15). The notice offers to take it
    /// back; the draft being written is left as it is. The entry's id, if it was stored.
    pub fn check_in(self, mood: u8) -> Option<Id> {
        let entry = match JournalEntry::check_in(platform::new_id(), platform::today(), mood) {
            Ok(e) => e,
            Err(e) => {
                self.notify(entry_msg(e), Tone::Error, vec![]);
                return None;
            }
        };
        let id = entry.id.clone();
        if self.write(|ws| ws.put(entry)) {
            // One check-in notice at a time: the newest one's Undo is the one that matters.
            self.notices
                .update(|n| n.retain(|x| !matches!(x.msg, Msg::Journal(JournalMsg::CheckedIn(_)))));
            self.notify(
                JournalMsg::CheckedIn(mood),
                Tone::Info,
                vec![NoticeAction::RemoveEntry(id.clone())],
            );
            return Some(id);
        }
        None
    }

    /// The journal draft as stored when the app opened.
    pub fn draft(self) -> JournalDraft {
        self.ws.with_value(|ws| ws.draft().clone())
    }

    /// Keeps the journal draft (every keystroke; never loses text on reload or a closed tab).
    pub fn save_draft(self, draft: JournalDraft) {
        let result = self
            .ws
            .try_update_value(|ws| ws.set_draft(draft))
            .unwrap_or(Ok(()));
        // Tell the person once when drafts stop being stored, not at every keystroke; the text
        // stays in the form either way.
        let failing = matches!(result, Err(WriteError::Store(StoreError::QuotaExceeded)));
        if failing && !self.draft_failing.get_value() {
            self.notify(
                CommonMsg::QuotaExceeded,
                Tone::Error,
                vec![NoticeAction::ExportAll],
            );
        }
        self.draft_failing.set_value(failing);
    }

    /// Adds a goal; a refused title comes back as a message for the field.
    pub fn add_goal(self, title: &str) -> Result<(), Msg> {
        let goal = Goal::new(platform::new_id(), title).map_err(Msg::for_text_error)?;
        self.write(|ws| ws.put(goal));
        Ok(())
    }

    /// Changes a goal and stores it.
    pub fn change_goal(self, id: &Id, change: impl FnOnce(&mut Goal)) -> bool {
        let Some(mut goal) = self.ws.with_value(|ws| ws.goals().get(id).cloned()) else {
            return false;
        };
        change(&mut goal);
        self.write(|ws| ws.put(goal))
    }

    /// Deletes a goal, offering to undo.
    pub fn delete_goal(self, id: &Id) {
        let Some(goal) = self.ws.with_value(|ws| ws.goals().get(id).cloned()) else {
            return;
        };
        if self.write(|ws| ws.remove::<Goal>(id))
            && self.ws.with_value(|ws| ws.goals().get(id).is_none())
        {
            self.notify(
                StorageMsg::GoalDeleted,
                Tone::Info,
                vec![NoticeAction::RestoreGoal(Box::new(goal))],
            );
        }
    }

    /// The member's safety plan as stored (an empty one before anything is written).
    pub fn safety_plan(self) -> crate::domain::safety::SafetyPlan {
        let id = Id::from_raw(crate::domain::safety::PLAN_ID);
        self.plans
            .with(|p| p.iter().find(|p| p.id == id).cloned())
            .unwrap_or_default()
    }

    /// Stores the member's safety plan.
    pub fn save_safety_plan(self, plan: crate::domain::safety::SafetyPlan) -> bool {
        self.write(|ws| ws.put(plan))
    }

    /// Stores a survey attempt.
    pub fn save_attempt(self, attempt: Attempt) -> bool {
        self.write(|ws| ws.put(attempt))
    }

    /// Stores an edit made in an editor opened on `base`. If another window changed the entry
    /// meanwhile, both versions are kept and the person is told (review #10).
    pub fn edit_entry(self, base: &JournalEntry, revision: &Revision) -> Result<(), Msg> {
        let Some(current) = self.ws.with_value(|ws| ws.journal().get(&base.id).cloned()) else {
            return Err(CommonMsg::NotFound.into());
        };
        let (edited, copy) = current
            .edited_from(base, revision, platform::new_id())
            .map_err(entry_msg)?;
        if self.write(|ws| ws.put(edited))
            && let Some(copy) = copy
            && self.write(|ws| ws.put(copy))
        {
            self.notify(StorageMsg::ConflictKeptBoth(1), Tone::Info, vec![]);
        }
        Ok(())
    }

    /// Deletes a journal entry, offering to undo.
    pub fn delete_entry(self, id: &Id) {
        let Some(entry) = self.ws.with_value(|ws| ws.journal().get(id).cloned()) else {
            return;
        };
        if self.write(|ws| ws.remove::<JournalEntry>(id))
            && self.ws.with_value(|ws| ws.journal().get(id).is_none())
        {
            self.notify(
                StorageMsg::EntryDeleted,
                Tone::Info,
                vec![NoticeAction::RestoreEntry(entry)],
            );
        }
    }

    /// Runs a notice's button.
    pub fn run_action(self, notice_id: u32, action: NoticeAction) {
        self.dismiss(notice_id);
        match action {
            NoticeAction::RestoreGroup(g, results) => {
                if self.write(|ws| ws.put(*g)) {
                    for r in results {
                        self.write(|ws| ws.put(r));
                    }
                }
            }
            // Undoing a deletion never writes over the item if it is back already.
            NoticeAction::RestoreEntry(e) => {
                if self.ws.with_value(|ws| ws.journal().get(&e.id).is_none()) {
                    self.write(|ws| ws.put(e));
                }
            }
            NoticeAction::RemoveEntry(id) => {
                self.write(|ws| ws.remove::<JournalEntry>(&id));
            }
            NoticeAction::RestoreExercise(e) => {
                self.write(|ws| ws.put(*e));
            }
            NoticeAction::RestoreGoal(g) => {
                self.write(|ws| ws.put(*g));
            }
            NoticeAction::RestoreSurvey(s) => {
                self.write(|ws| ws.put(*s));
            }
            NoticeAction::ExportAll => self.export_all(),
            NoticeAction::Retry => self.retry(),
            NoticeAction::SaveBeforeRestore => {
                if let Some(json) = self.ws.with_value(|ws| ws.unrestored_json()) {
                    self.save_json("hamdel-before-restore", &json);
                }
            }
            NoticeAction::PutBackAgain => {
                let done = self
                    .ws
                    .try_update_value(|ws| ws.retry_put_back())
                    .unwrap_or(false);
                self.refresh();
                if done {
                    self.notify(StorageMsg::PutBackDone, Tone::Info, vec![]);
                } else {
                    self.notify(
                        CommonMsg::ImportUnverified,
                        Tone::Error,
                        vec![NoticeAction::SaveBeforeRestore, NoticeAction::PutBackAgain],
                    );
                }
            }
        }
    }

    /// Tries again to store pending changes.
    pub fn retry(self) {
        self.write(|ws| ws.retry());
    }

    /// Saves everything this tab holds to a file.
    pub fn export_all(self) {
        let (json, locked) = self.ws.with_value(|ws| ws.export_plain_json());
        self.save_json("hamdel-data", &json);
        if !locked.is_empty() {
            // Review #17: "Saved" alone hid that a locked space went in still encrypted.
            self.notify(StorageMsg::ExportedLockedLeftSealed, Tone::Info, vec![]);
        }
    }

    /// Saves the unreadable values that were set aside to a file.
    pub fn export_quarantine(self) {
        let json = self.ws.with_value(|ws| ws.export_quarantine_json());
        self.save_json("hamdel-unreadable", &json);
    }

    fn save_json(self, prefix: &str, json: &str) {
        let name = format!(
            "{prefix}-{}.json",
            crate::domain::iso_date::format(platform::today())
        );
        if platform::save_file(&name, "application/json", json) {
            self.notify(CommonMsg::Exported, Tone::Info, vec![]);
        }
    }

    /// Takes in a change another tab stored.
    pub fn apply_external(self, key: &str, new_value: Option<&str>) {
        let changed = self
            .ws
            .try_update_value(|ws| ws.apply_external(key, new_value));
        if changed.is_some_and(|c| c != crate::storage::Changed::Nothing) {
            self.refresh();
        }
    }
}

fn group_msg(err: GroupError) -> Msg {
    match err {
        GroupError::Name(e) => Msg::for_text_error(e),
    }
}

fn entry_msg(err: JournalError) -> Msg {
    match err {
        JournalError::Empty => JournalMsg::EntryEmpty.into(),
        JournalError::Text(e) => Msg::for_text_error(e),
        JournalError::Date(p) => StorageMsg::DateRefused(p).into(),
    }
}

/// `aria-invalid` for a field with this error signal (one closure type for every field).
pub fn invalid(
    error: RwSignal<Option<Msg>>,
) -> impl Fn() -> Option<&'static str> + Clone + Send + Sync + 'static {
    move || error.with(Option::is_some).then_some("true")
}

/// What to tell the person about the conflicts a write met, one message for each kind (review
/// M8: every conflict read "deleted in another tab; your edit was kept", also an edit elsewhere
/// that meant *this deletion was not applied*).
fn conflict_messages(conflicts: &[Conflict]) -> Vec<StorageMsg> {
    let mut out = Vec::new();
    let kept_both = conflicts
        .iter()
        .filter(|c| matches!(c, Conflict::KeptBoth { .. }))
        .count();
    if kept_both > 0 {
        out.push(StorageMsg::ConflictKeptBoth(kept_both));
    }
    if conflicts
        .iter()
        .any(|c| matches!(c, Conflict::DeletedElsewhere { .. }))
    {
        out.push(StorageMsg::ConflictDeletedElsewhere);
    }
    if conflicts
        .iter()
        .any(|c| matches!(c, Conflict::EditedElsewhere { .. }))
    {
        out.push(StorageMsg::ConflictEditedElsewhere);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Id;

    /// Review M8: each kind of conflict has its own message, and the one for an edit made
    /// elsewhere says the deletion was not applied.
    #[test]
    fn each_kind_of_conflict_is_told_as_what_happened() {
        let id = Id::from_raw("e1");
        let kept = |n: u8| Conflict::KeptBoth {
            id: id.clone(),
            copy: Id::from_raw(format!("e1~{n}")),
        };
        assert_eq!(
            conflict_messages(&[kept(1), kept(2)]),
            [StorageMsg::ConflictKeptBoth(2)]
        );
        assert_eq!(
            conflict_messages(&[Conflict::DeletedElsewhere { id: id.clone() }]),
            [StorageMsg::ConflictDeletedElsewhere]
        );
        let edited = conflict_messages(&[Conflict::EditedElsewhere { id: id.clone() }]);
        assert_eq!(edited, [StorageMsg::ConflictEditedElsewhere]);
        assert!(edited[0].text(Locale::En).contains("not deleted"));
        assert!(conflict_messages(&[]).is_empty());
    }
}
