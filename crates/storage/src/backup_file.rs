//! Backup files: the backup document as JSON, encrypted to a passphrase as an age file.

use hamdel_crypto::{self as crypto, CryptoError};
use hamdel_domain::backup::{Backup, BackupError, parse_backup};

/// Why a chosen file cannot be brought back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// The encryption layer refused it.
    Crypto(CryptoError),
    /// It decrypted, but is not a backup this version reads.
    Backup(BackupError),
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::Crypto(e) => write!(f, "the backup file does not open: {e}"),
            OpenError::Backup(e) => write!(f, "the backup does not read: {e}"),
        }
    }
}

impl std::error::Error for OpenError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OpenError::Crypto(e) => Some(e),
            OpenError::Backup(e) => Some(e),
        }
    }
}

/// Encrypts a backup to `passphrase` (scrypt work factor 2^`log_n`).
pub fn encrypt_backup(
    backup: &Backup,
    passphrase: &str,
    log_n: u8,
) -> Result<Vec<u8>, CryptoError> {
    crypto::encrypt_with_passphrase(backup.to_json().as_bytes(), passphrase, log_n)
}

/// Opens a backup file, refusing key derivations above `max_log_n`. Pure: nothing is stored.
pub fn open_backup(bytes: &[u8], passphrase: &str, max_log_n: u8) -> Result<Backup, OpenError> {
    let json =
        crypto::decrypt_with_passphrase(bytes, passphrase, max_log_n).map_err(OpenError::Crypto)?;
    parse_backup(&json).map_err(OpenError::Backup)
}

/// The file name for a backup made on `date` (ISO `YYYY-MM-DD`).
pub fn backup_file_name(date: &str) -> String {
    format!("hamdel-backup-{date}.age")
}
