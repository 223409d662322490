//! The context's actions for kits and share-backs: the counsellor's recipient, kit files and
//! links, joining a group, sharing back (encrypted to the counsellor), bringing share-backs in,
//! and paper forms typed by the counsellor.

use super::context::{AppContext, NoticeAction, Tone};
use super::platform;
use super::route::Route;
use crate::domain::kit::{Chosen, JoinedKit, Kit, Share};
use crate::domain::outcome::Outcome;
use crate::domain::{Id, iso_date};
use crate::i18n::msg::*;
use crate::storage::kits::{ShareError, encrypt_share};
use crate::storage::{StoreError, WriteError};
use leptos::prelude::*;

/// The message for a refused share-back.
pub fn share_error_msg(e: ShareError) -> Msg {
    match e {
        ShareError::NoKeys | ShareError::OtherCounsellor => KitsMsg::ShareOtherCounsellor.into(),
        ShareError::Damaged => KitsMsg::ShareDamaged.into(),
        ShareError::NotAShare => KitsMsg::ShareNotAShare.into(),
        ShareError::Newer => KitsMsg::ShareNewer.into(),
        ShareError::OtherGroup => KitsMsg::ShareOtherGroup.into(),
        ShareError::Duplicate => KitsMsg::ShareDuplicate.into(),
        ShareError::BadResults(p) => KitsMsg::ShareBadResults(p).into(),
        ShareError::Store(_) => KitsMsg::ShareNotStored.into(),
        ShareError::KeysUnreadable => KitsMsg::CounsellorKeysUnreadable.into(),
    }
}

impl AppContext {
    /// The counsellor's public recipient, created on first use.
    pub fn counsellor_recipient(self) -> Result<String, Msg> {
        let result = self
            .ws
            .try_update_value(|ws| ws.counsellor_recipient())
            .unwrap_or(Err(WriteError::Store(StoreError::Unavailable)));
        result.map_err(|e| match e {
            WriteError::Unreadable { .. } => KitsMsg::CounsellorKeysUnreadable.into(),
            WriteError::Store(StoreError::Locked) => CommonMsg::ImportLocked.into(),
            WriteError::Store(StoreError::QuotaExceeded) => CommonMsg::QuotaExceeded.into(),
            _ => CommonMsg::SaveFailed.into(),
        })
    }

    /// The app's own address (origin and path), for kit links.
    pub fn app_base(self) -> String {
        web_sys::window()
            .and_then(|w| {
                let l = w.location();
                Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
            })
            .unwrap_or_default()
    }

    /// Offers the kit as a file.
    pub fn save_kit_file(self, kit: &Kit) {
        let name = format!("hamdel-kit-{}.json", iso_date::format(platform::today()));
        if platform::save_file(&name, "application/json", &kit.to_json()) {
            self.notify(CommonMsg::Exported, Tone::Info, vec![]);
        }
    }

    /// Joins a group from its kit, with the member's code, and opens the journal.
    pub fn join_kit(self, kit: Kit, code: String) {
        let joined = JoinedKit {
            id: kit.group.clone(),
            kit,
            code,
            joined_on: platform::today(),
            sent: Vec::new(),
        };
        if self.write(|ws| ws.put(joined)) {
            self.notify(KitsMsg::JoinedGroup, Tone::Info, vec![]);
            // A first visit from a kit link: this device is a member's from now on.
            if self.settings.with_untracked(|s| s.role.is_none()) {
                self.update_settings(|s| s.role = Some(crate::domain::Role::Member));
            }
            self.navigate(Route::Member);
        }
    }

    /// A joined kit by group id (reactive).
    pub fn joined(self, id: &Id) -> Option<JoinedKit> {
        self.kits.with(|k| k.iter().find(|k| &k.id == id).cloned())
    }

    /// Builds the share the member chose (attempts, entries and goals by id).
    pub fn build_share(
        self,
        joined: &JoinedKit,
        attempts: &[Id],
        entries: &[Id],
        goals: &[Id],
    ) -> Share {
        let chosen = Chosen {
            attempts: attempts.to_vec(),
            entries: entries.to_vec(),
            goals: goals.to_vec(),
        };
        self.attempts.with_untracked(|a| {
            self.journal.with_untracked(|j| {
                self.goals.with_untracked(|g| {
                    Share::of_chosen(
                        joined,
                        platform::new_id(),
                        platform::now_rfc3339(),
                        (a, j, g),
                        &chosen,
                    )
                })
            })
        })
    }

    /// Sends the share to the counsellor, encrypted to their key: through the phone's share
    /// sheet where the browser can share files, saved as a file otherwise. What was sent is
    /// kept on the joined group (the share page lists it). `done(true)` once it has left.
    pub fn send_share(self, joined: &JoinedKit, share: Share, done: impl FnOnce(bool) + 'static) {
        let bytes = match encrypt_share(&share, &joined.kit.recipient) {
            Ok(b) => b,
            Err(_) => {
                self.notify(CommonMsg::SaveFailed, Tone::Error, vec![]);
                return done(false);
            }
        };
        let code: String = share
            .code
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '-')
            .collect();
        // The share's id ends the name, so two shares on one day never overwrite each other.
        let id = share.id.as_str();
        let name = format!(
            "hamdel-share-{code}-{}-{}.age",
            iso_date::format(platform::today()),
            &id[id.len().saturating_sub(6)..]
        );
        let group = joined.id.clone();
        let title = joined.kit.name.clone();
        leptos::task::spawn_local(async move {
            let mime = "application/octet-stream";
            let through_sheet = match platform::share_file(&name, mime, &bytes, &title).await {
                platform::Shared::Shared => true,
                platform::Shared::Cancelled => return done(false),
                platform::Shared::Unsupported => {
                    if !platform::save_bytes(&name, mime, &bytes) {
                        self.notify(CommonMsg::SaveFailed, Tone::Error, vec![]);
                        return done(false);
                    }
                    false
                }
            };
            let record =
                crate::domain::kit::SentShare::of(&share, platform::today(), through_sheet);
            let joined = self
                .kits
                .with_untracked(|k| k.iter().find(|k| k.id == group).cloned());
            if let Some(mut joined) = joined {
                joined.sent.push(record);
                self.write(|ws| ws.put(joined));
            }
            self.notify(
                if through_sheet {
                    KitsMsg::ShareSent
                } else {
                    KitsMsg::ShareSaved
                },
                Tone::Info,
                vec![],
            );
            done(true);
        });
    }

    /// The survey with this id: a built-in one, the counsellor's own (any version), or one a
    /// joined group's kit carried (#18).
    pub fn survey(self, id: &Id) -> Option<crate::domain::survey::Survey> {
        if let Some(s) = crate::content::instrument(id) {
            return Some(s.clone());
        }
        self.surveys
            .with(|all| all.iter().find(|s| &s.id == id).cloned())
            .or_else(|| {
                self.kits.with(|kits| {
                    kits.iter()
                        .flat_map(|k| &k.kit.instruments)
                        .find(|s| &s.id == id)
                        .cloned()
                })
            })
    }

    /// Brings one share-back file into a group.
    pub fn receive_share(self, group: &Id, bytes: &[u8]) -> Result<Msg, Msg> {
        let result = self
            .ws
            .try_update_value(|ws| {
                let own = ws.surveys().items();
                ws.receive_share(group, bytes, platform::today(), |id| {
                    crate::content::instrument(id)
                        .cloned()
                        .or_else(|| own.iter().find(|s| &s.id == id).cloned())
                })
            })
            .unwrap_or(Err(ShareError::Store(WriteError::Store(
                StoreError::Unavailable,
            ))));
        self.refresh();
        if let Err(ShareError::Store(e)) = &result {
            // Review M3: a storage failure is a storage failure, with the usual ways out.
            self.measure_usage();
            let msg = match e {
                WriteError::Store(StoreError::Locked) => CommonMsg::ImportLocked,
                WriteError::Store(StoreError::QuotaExceeded) => CommonMsg::QuotaExceeded,
                _ => CommonMsg::SaveFailed,
            };
            self.notify(
                msg,
                Tone::Error,
                vec![NoticeAction::ExportAll, NoticeAction::Retry],
            );
            return Err(KitsMsg::ShareNotStored.into());
        }
        result
            .map(|(code, results, notes)| {
                KitsMsg::ShareReceived {
                    code,
                    results,
                    notes,
                }
                .into()
            })
            .map_err(share_error_msg)
    }

    /// Stores the results typed from paper forms as one record of their own (#18, item 6), in
    /// one write: all of them, or none.
    pub fn add_paper_outcomes(self, group: &Id, outcomes: Vec<Outcome>) -> bool {
        let mut record =
            crate::domain::outcome::Results::new(super::platform::new_id(), group.clone());
        record.outcomes = outcomes;
        self.write(|ws| ws.put(record))
    }
}
