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
        };
        if self.write(|ws| ws.put_kit(joined)) {
            self.notify(KitsMsg::JoinedGroup, Tone::Info, vec![]);
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

    /// Encrypts the share to the counsellor and offers it as a file.
    pub fn save_share(self, recipient: &str, share: &Share) -> Result<(), Msg> {
        let bytes = encrypt_share(share, recipient).map_err(|_| CommonMsg::SaveFailed)?;
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
        if platform::save_bytes(&name, "application/octet-stream", &bytes) {
            self.notify(KitsMsg::ShareSaved, Tone::Info, vec![]);
            Ok(())
        } else {
            Err(CommonMsg::SaveFailed.into())
        }
    }

    /// Brings one share-back file into a group.
    pub fn receive_share(self, group: &Id, bytes: &[u8]) -> Result<Msg, Msg> {
        let result = self
            .ws
            .try_update_value(|ws| {
                ws.receive_share(group, bytes, platform::today(), |id| {
                    crate::content::instrument(id).cloned()
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

    /// Stores a result typed from a paper form.
    pub fn add_paper_outcome(self, group: &Id, outcome: Outcome) -> bool {
        self.change_group(group, |g| g.outcomes.push(outcome))
    }
}
