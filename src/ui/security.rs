//! The context's encryption actions: encrypted backups (save, open, preview, bring back) and the
//! at-rest lock of each space (switch on and off, unlock, lock, change passphrase, idle time).
//!
//! Key derivation blocks the page for about a second: pages show their progress indicator
//! first and call these actions from [`super::platform::after_ms`], so it is painted.

use super::context::{AppContext, NoticeAction, Tone};
use super::platform;
use crate::crypto::{self, CryptoError, KDF_LOG_N};
use crate::domain::backup::{Backup, BackupError, ImportMode, ImportPlan, Scope};
use crate::i18n::msg::*;
use crate::storage::backup_file::{OpenError, backup_file_name, encrypt_backup, open_backup};
use crate::storage::sealed::{LockError, Space};
use crate::storage::{StoreError, WriteError};
use leptos::prelude::*;

/// A space's lock as the interface shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockStatus {
    /// No lock.
    Off,
    /// Locked at rest and open now (minutes of inactivity before it locks itself; 0: never).
    Open(u16),
    /// Locked at rest and closed: its data is not in memory.
    Closed,
}

/// Checks a new passphrase typed twice.
pub fn check_new_passphrase(first: &str, second: &str) -> Result<(), Msg> {
    if crypto::strength(first) == crypto::Strength::TooShort {
        return Err(SecurityMsg::PassphraseTooShort.into());
    }
    if first != second {
        return Err(SecurityMsg::PassphraseMismatch.into());
    }
    Ok(())
}

/// The message for a file that could not be opened.
pub fn open_error_msg(e: &OpenError) -> Msg {
    match e {
        OpenError::Crypto(CryptoError::WrongKey) => SecurityMsg::BackupWrongPassphrase.into(),
        OpenError::Crypto(CryptoError::NotAgeFile) => SecurityMsg::BackupNotAge.into(),
        OpenError::Crypto(CryptoError::NoPassphrase) => SecurityMsg::BackupNoPassphrase.into(),
        OpenError::Crypto(CryptoError::TooMuchWork { required }) => {
            SecurityMsg::BackupWorkTooHigh(*required).into()
        }
        OpenError::Crypto(CryptoError::TooLarge) => SecurityMsg::BackupTooLarge.into(),
        OpenError::Crypto(CryptoError::Damaged | CryptoError::Internal) => {
            SecurityMsg::BackupDamaged.into()
        }
        OpenError::Backup(BackupError::NotABackup) => SecurityMsg::BackupNotAge.into(),
        OpenError::Backup(BackupError::Newer { version }) => {
            SecurityMsg::BackupNewer(*version).into()
        }
        OpenError::Backup(BackupError::Invalid | BackupError::DuplicateIds) => {
            SecurityMsg::BackupInvalid.into()
        }
        OpenError::Backup(BackupError::Refused(kind, problem)) => {
            Msg::from(SecurityMsg::BackupRecordRefused(*kind, *problem))
        }
    }
}

/// Whether a space with an idle lock of `minutes` (0: never) should lock at `now`, when the
/// last key or pointer press was at `last_activity` (both in milliseconds since the epoch).
pub fn should_lock_now(now: f64, last_activity: f64, minutes: u16) -> bool {
    minutes > 0 && now - last_activity >= f64::from(minutes) * 60_000.0
}

fn lock_error_msg(e: &LockError) -> Msg {
    match e {
        LockError::WrongPassphrase => SecurityMsg::WrongPassphrase.into(),
        LockError::Damaged => CommonMsg::LockDamaged.into(),
        LockError::PendingChanges => SecurityMsg::LockPending.into(),
        LockError::WontFit { needed } => SecurityMsg::LockOffWontFit(*needed).into(),
        LockError::Store(StoreError::LockDamaged) => CommonMsg::LockDamaged.into(),
        LockError::Store(StoreError::QuotaExceeded) => SecurityMsg::LockQuota.into(),
        LockError::Internal
        | LockError::Store(_)
        | LockError::NotOpen
        | LockError::NoLock
        | LockError::AlreadyOn => CommonMsg::SaveFailed.into(),
    }
}

impl AppContext {
    /// The lock of a space (reactive).
    pub fn lock_status(self, space: Space) -> LockStatus {
        self.locks.with(|l| match space {
            Space::Member => l.0,
            Space::Counsellor => l.1,
        })
    }

    /// Reads both spaces' lock state into the signal.
    pub(super) fn refresh_locks(self) {
        let status = |space| {
            self.ws.with_value(|ws| match ws.locks().get(space) {
                None => LockStatus::Off,
                Some(lock) if lock.is_open() => LockStatus::Open(lock.record.idle_minutes),
                Some(_) => LockStatus::Closed,
            })
        };
        let now = (status(Space::Member), status(Space::Counsellor));
        if self.locks.get_untracked() != now {
            self.locks.set(now);
        }
    }

    /// Opens a locked space (slow: derives the key). The error is for the form.
    pub fn unlock(self, space: Space, passphrase: &str) -> Result<(), Msg> {
        let result = platform::timed("hamdel-unlock", || {
            self.ws
                .try_update_value(|ws| ws.unlock(space, passphrase))
                .unwrap_or(Err(LockError::Internal))
        });
        // Changes of this space kept sealed across a reload can be taken up now (review #11).
        let kept = if result.is_ok() {
            self.ws
                .try_update_value(|ws| {
                    let kept = ws.take_pending_from(&crate::storage::BrowserStore::session());
                    if kept > 0 {
                        let _ = ws.retry();
                    }
                    kept
                })
                .unwrap_or(0)
        } else {
            0
        };
        self.refresh();
        if kept > 0 {
            self.notify_pending_kept(kept);
        }
        self.touch();
        result.map_err(|e| lock_error_msg(&e))
    }

    /// Locks an open space now; says why not if it cannot.
    pub fn lock_now(self, space: Space) {
        let result = self
            .ws
            .try_update_value(|ws| ws.lock(space))
            .unwrap_or(Err(LockError::Internal));
        self.refresh();
        match result {
            Ok(()) => self.notify(SecurityMsg::Locked, Tone::Info, vec![]),
            Err(e) => self.notify(lock_error_msg(&e), Tone::Error, vec![]),
        }
    }

    /// Switches a space's lock on (slow: derives the key).
    pub fn enable_lock(self, space: Space, passphrase: &str, idle_minutes: u16) -> Result<(), Msg> {
        let result = self
            .ws
            .try_update_value(|ws| ws.enable_lock(space, passphrase, idle_minutes, KDF_LOG_N))
            .unwrap_or(Err(LockError::Internal));
        self.after_lock_change(result, SecurityMsg::LockOnDone.into())
    }

    /// Finishes sealing a space after storage ran out part way.
    pub fn reseal(self, space: Space) {
        let result = self
            .ws
            .try_update_value(|ws| ws.reseal(space))
            .unwrap_or(Err(LockError::Internal));
        let _ = self.after_lock_change(result, SecurityMsg::LockOnDone.into());
    }

    /// Values of a space still stored in plain text (after a lock was switched on).
    pub fn plain_values(self, space: Space) -> usize {
        self.ws.with_value(|ws| ws.plain_values(space))
    }

    /// Switches a space's lock off: its data is stored unencrypted again.
    pub fn disable_lock(self, space: Space) -> Result<(), Msg> {
        let result = self
            .ws
            .try_update_value(|ws| ws.disable_lock(space))
            .unwrap_or(Err(LockError::Internal));
        self.after_lock_change(result, SecurityMsg::LockOffDone.into())
    }

    /// Wraps the open key with a new passphrase (slow: derives the key).
    pub fn change_passphrase(self, space: Space, passphrase: &str) -> Result<(), Msg> {
        let result = self
            .ws
            .try_update_value(|ws| ws.change_passphrase(space, passphrase, KDF_LOG_N))
            .unwrap_or(Err(LockError::Internal));
        self.after_lock_change(result, SecurityMsg::PassphraseChanged.into())
    }

    /// Minutes of inactivity before a space locks itself (0: never).
    pub fn set_idle_minutes(self, space: Space, minutes: u16) {
        let result = self
            .ws
            .try_update_value(|ws| ws.set_idle_minutes(space, minutes))
            .unwrap_or(Err(LockError::Internal));
        let _ = self.after_lock_change(result, SecurityMsg::IdleSaved.into());
    }

    fn after_lock_change(self, result: Result<(), LockError>, done: Msg) -> Result<(), Msg> {
        self.refresh();
        match result {
            Ok(()) => {
                self.notify(done, Tone::Info, vec![]);
                Ok(())
            }
            Err(e) => {
                let msg = lock_error_msg(&e);
                self.notify(msg.clone(), Tone::Error, vec![]);
                Err(msg)
            }
        }
    }

    /// Notes activity, for the idle lock.
    pub fn touch(self) {
        self.last_activity.set_value(js_sys::Date::now());
    }

    /// Locks every open space whose idle time has passed (called on a timer).
    pub fn lock_if_idle(self) {
        let (now, last) = (js_sys::Date::now(), self.last_activity.get_value());
        for space in [Space::Member, Space::Counsellor] {
            if let LockStatus::Open(minutes) = self.lock_status(space)
                && should_lock_now(now, last, minutes)
            {
                let locked = self
                    .ws
                    .try_update_value(|ws| ws.lock(space).is_ok())
                    .unwrap_or(false);
                if locked {
                    self.refresh();
                    self.notify(SecurityMsg::Locked, Tone::Info, vec![]);
                }
            }
        }
    }

    /// Encrypts a backup of `scope` to `passphrase` and offers it as a file (slow: derives the
    /// key). Returns how many records it holds.
    pub fn save_backup(self, scope: Scope, passphrase: &str) -> Result<usize, Msg> {
        // A closed space is not in memory: a backup made now would silently leave it out.
        let needs: &[Space] = match scope {
            Scope::Everything => &[Space::Member, Space::Counsellor],
            Scope::Group { .. } => &[Space::Counsellor],
            Scope::Journal { .. } => &[Space::Member],
        };
        if needs
            .iter()
            .any(|s| self.lock_status(*s) == LockStatus::Closed)
        {
            return Err(SecurityMsg::BackupLocked.into());
        }
        let created = platform::now_rfc3339();
        let backup = platform::timed("hamdel-backup-build", || {
            self.ws
                .with_value(|ws| Backup::new(ws.records(), scope, created))
        });
        let bytes = platform::timed("hamdel-backup-encrypt", || {
            encrypt_backup(&backup, passphrase, KDF_LOG_N)
        })
        .map_err(|_| CommonMsg::SaveFailed)?;
        if platform::bench_mode() {
            // The key derivation alone: an empty file to the same passphrase, in a task of its
            // own, so the export's own longest task is measured without it.
            let passphrase = passphrase.to_owned();
            platform::after_ms(0, move || {
                platform::timed("hamdel-kdf", || {
                    crypto::encrypt_with_passphrase(b"", &passphrase, KDF_LOG_N)
                })
                .ok();
            });
        }
        let name = backup_file_name(&crate::domain::iso_date::format(platform::today()));
        if platform::save_bytes(&name, "application/octet-stream", &bytes) {
            self.notify(SecurityMsg::BackupSaved(backup.len()), Tone::Info, vec![]);
            Ok(backup.len())
        } else {
            Err(CommonMsg::SaveFailed.into())
        }
    }

    /// Opens a backup file (slow: derives the key), allowing work factors up to `max_log_n`.
    /// Nothing is stored.
    pub fn open_backup(
        self,
        bytes: &[u8],
        passphrase: &str,
        max_log_n: u8,
    ) -> Result<Backup, OpenError> {
        platform::timed("hamdel-backup-open", || {
            open_backup(bytes, passphrase, max_log_n)
        })
    }

    /// What bringing back `backup` would change.
    pub fn plan_import(self, backup: &Backup, mode: ImportMode) -> ImportPlan {
        platform::timed("hamdel-backup-plan", || {
            self.ws
                .with_value(|ws| ImportPlan::new(&ws.records(), backup, mode))
        })
    }

    /// Brings back a planned import, all or nothing.
    pub fn apply_import(self, plan: &ImportPlan) -> bool {
        let result = platform::timed("hamdel-backup-apply", || {
            self.ws
                .try_update_value(|ws| ws.apply_import(plan))
                .unwrap_or(Err(WriteError::Store(StoreError::Unavailable)))
        });
        self.refresh();
        match result {
            Ok(()) => {
                self.notify(SecurityMsg::ImportDone, Tone::Info, vec![]);
                true
            }
            Err(WriteError::Store(StoreError::Locked)) => {
                self.notify(CommonMsg::ImportLocked, Tone::Error, vec![]);
                false
            }
            Err(WriteError::RestoreUnverified) => {
                self.notify(
                    CommonMsg::ImportUnverified,
                    Tone::Error,
                    vec![NoticeAction::SaveBeforeRestore, NoticeAction::PutBackAgain],
                );
                false
            }
            Err(_) => {
                self.notify(SecurityMsg::ImportFailed, Tone::Error, vec![]);
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::should_lock_now;

    #[test]
    fn an_idle_space_locks_after_its_minutes_and_never_at_zero() {
        let t = 1_700_000_000_000.0;
        assert!(!should_lock_now(t + 119_999.0, t, 2));
        assert!(should_lock_now(t + 120_000.0, t, 2));
        assert!(should_lock_now(t + 3_600_000.0, t, 30));
        assert!(!should_lock_now(t + 1e12, t, 0), "never");
        assert!(!should_lock_now(t, t + 5.0, 2), "a clock that went back");
    }
}
