//! Encryption, only through the `age` crate (the C2SP age v1 format): nothing here invents a
//! construction, it picks recipients and work factors and frames the bytes.
//!
//! - Backups are age files encrypted to a passphrase (the scrypt recipient), so the standard
//!   `age` tool opens them (`docs/export-format.md`).
//! - The at-rest lock keeps an age X25519 identity, itself stored as an age file encrypted to the
//!   person's passphrase; every stored value of a locked space is an age file encrypted to that
//!   identity's recipient. Writing needs only the (public) recipient, so saving stays fast; the
//!   passphrase is derived once per unlock.

use age::secrecy::{ExposeSecret, SecretString};
use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use std::io::Read;
use std::str::FromStr;

/// scrypt work factor (N = 2^17, r = 8, p = 1) for everything Hamdel encrypts to a passphrase:
/// the OWASP minimum for scrypt, measured at about one second in this machine's Chromium
/// (figures in `docs/export-format.md`).
pub const KDF_LOG_N: u8 = 17;

/// The largest scrypt work factor opened without asking (N = 2^18: the reference Go `age`
/// tool's own choice, 256 MiB and about a second and a half here).
pub const MAX_LOG_N: u8 = 18;

/// The largest scrypt work factor Hamdel opens at all, after asking (N = 2^20, 1 GiB and about
/// five seconds): `rage` and `pyrage` time the machine and choose 18–20 (review #12). A hostile
/// file asking for more is refused before any work is done, so it cannot freeze the tab.
pub const HARD_MAX_LOG_N: u8 = 20;

/// About how long opening a file with work factor `log_n` takes here, in milliseconds: the
/// measured 650 ms at 2^17 in Chromium, doubling with each step.
pub fn estimated_kdf_ms(log_n: u8) -> u64 {
    let steps = i32::from(log_n) - i32::from(KDF_LOG_N);
    if steps >= 0 {
        650u64 << steps.min(20)
    } else {
        (650u64 >> (-steps).min(20)).max(1)
    }
}

/// The ways a passphrase may have been typed on another keyboard, the typed form first
/// (review #13): Arabic ي/ك for Persian ی/ک and the reverse, and without (or with a space for)
/// the zero-width non-joiner. Each further try costs one key derivation.
pub fn passphrase_variants(typed: &str) -> Vec<String> {
    let persian: String = typed
        .chars()
        .map(|c| match c {
            '\u{064a}' | '\u{0649}' => '\u{06cc}',
            '\u{0643}' => '\u{06a9}',
            c => c,
        })
        .collect();
    let arabic: String = typed
        .chars()
        .map(|c| match c {
            '\u{06cc}' => '\u{064a}',
            '\u{06a9}' => '\u{0643}',
            c => c,
        })
        .collect();
    let mut out = vec![typed.to_owned()];
    for base in [typed.to_owned(), persian, arabic] {
        for form in [
            base.clone(),
            base.replace('\u{200c}', ""),
            base.replace('\u{200c}', " "),
        ] {
            if !out.contains(&form) {
                out.push(form);
            }
        }
    }
    out
}

/// Files larger than this are refused before decryption (no real backup comes near it: the
/// browser's whole storage holds about 10 MB of text).
pub const MAX_FILE_BYTES: usize = 32 * 1024 * 1024;

/// Every age file starts with this line.
pub const AGE_MAGIC: &[u8] = b"age-encryption.org/v1\n";

/// Why something could not be decrypted or encrypted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CryptoError {
    /// Not an age file at all.
    NotAgeFile,
    /// The passphrase (or key) does not open it.
    WrongKey,
    /// It is an age file, but damaged, tampered with or cut short.
    Damaged,
    /// Opened with a passphrase, it is an age file with no passphrase in its header: a file
    /// for a key (a member's share-back), or one whose header was damaged.
    NoPassphrase,
    /// It asks for more key-derivation work than [`MAX_LOG_N`].
    TooMuchWork {
        /// The work factor it asks for.
        required: u8,
    },
    /// It is larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// Encryption failed (no randomness available, for instance).
    Internal,
}

impl std::fmt::Display for CryptoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CryptoError::NotAgeFile => f.write_str("not an age file"),
            CryptoError::WrongKey => f.write_str("the passphrase or key does not open it"),
            CryptoError::Damaged => f.write_str("a damaged, tampered or truncated age file"),
            CryptoError::NoPassphrase => f.write_str("an age file with no passphrase stanza"),
            CryptoError::TooMuchWork { required } => {
                write!(f, "asks for a work factor of 2^{required}, above the cap")
            }
            CryptoError::TooLarge => write!(f, "larger than {MAX_FILE_BYTES} bytes"),
            CryptoError::Internal => f.write_str("encryption failed (no randomness?)"),
        }
    }
}

impl std::error::Error for CryptoError {}

impl From<age::DecryptError> for CryptoError {
    fn from(e: age::DecryptError) -> Self {
        match e {
            // A passphrase that does not open the file cannot be told apart from a damaged
            // key stanza (both fail the same authentication); the message says both.
            age::DecryptError::NoMatchingKeys | age::DecryptError::DecryptionFailed => {
                CryptoError::WrongKey
            }
            // Review #14: an encrypted key that does not decrypt is damage, not a wrong
            // passphrase (the person would retype a right one forever).
            age::DecryptError::KeyDecryptionFailed => CryptoError::Damaged,
            age::DecryptError::ExcessiveWork { required, .. } => {
                CryptoError::TooMuchWork { required }
            }
            _ => CryptoError::Damaged,
        }
    }
}

fn check_input(bytes: &[u8]) -> Result<(), CryptoError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(CryptoError::TooLarge);
    }
    if !bytes.starts_with(AGE_MAGIC) {
        return Err(CryptoError::NotAgeFile);
    }
    Ok(())
}

/// Reads a stream to the end, telling a truncated or tampered payload from a wrong key.
fn read_all(mut reader: impl Read) -> Result<Vec<u8>, CryptoError> {
    let mut out = Vec::new();
    reader
        .read_to_end(&mut out)
        .map_err(|_| CryptoError::Damaged)?;
    Ok(out)
}

/// Encrypts `plaintext` to `passphrase` with scrypt work factor 2^`log_n`.
pub fn encrypt_with_passphrase(
    plaintext: &[u8],
    passphrase: &str,
    log_n: u8,
) -> Result<Vec<u8>, CryptoError> {
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(log_n);
    age::encrypt(&recipient, plaintext).map_err(|_| CryptoError::Internal)
}

/// The scrypt work factor an age file's passphrase stanza asks for, if it has one. Read from
/// the header only, so a caller can say what it costs before paying it.
pub fn passphrase_work_factor(bytes: &[u8]) -> Option<u8> {
    let header_end = bytes
        .windows(4)
        .position(|w| w == b"\n---")
        .unwrap_or(bytes.len().min(4096));
    let header = std::str::from_utf8(&bytes[..header_end]).ok()?;
    header
        .lines()
        .find_map(|line| line.strip_prefix("-> scrypt "))
        .and_then(|args| args.split(' ').nth(1))
        .and_then(|n| n.parse().ok())
}

/// Decrypts an age file encrypted to `passphrase`, refusing work factors above `max_log_n`.
pub fn decrypt_with_passphrase(
    bytes: &[u8],
    passphrase: &str,
    max_log_n: u8,
) -> Result<Vec<u8>, CryptoError> {
    check_input(bytes)?;
    let decryptor = age::Decryptor::new_buffered(bytes)?;
    if !decryptor.is_scrypt() {
        // Not a passphrase that fails: no passphrase is asked for (found by the header-damage
        // test below — a damaged stanza tag read as "wrong passphrase").
        return Err(CryptoError::NoPassphrase);
    }
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    identity.set_max_work_factor(max_log_n);
    let reader = decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity))?;
    read_all(reader)
}

/// An age X25519 key pair: the identity (secret) and its recipient (public, `age1…`).
pub struct KeyPair {
    identity: age::x25519::Identity,
}

impl KeyPair {
    /// A fresh key pair from the platform's random numbers.
    pub fn generate() -> Self {
        KeyPair {
            identity: age::x25519::Identity::generate(),
        }
    }

    /// Reads an identity in its `AGE-SECRET-KEY-1…` text form.
    pub fn from_secret(text: &str) -> Option<Self> {
        age::x25519::Identity::from_str(text.trim())
            .ok()
            .map(|identity| KeyPair { identity })
    }

    /// The identity in its `AGE-SECRET-KEY-1…` text form (what the `age` tool reads with `-i`).
    pub fn secret_text(&self) -> String {
        self.identity.to_string().expose_secret().to_owned()
    }

    /// The public recipient, `age1…`.
    pub fn recipient(&self) -> Recipient {
        Recipient(self.identity.to_public())
    }

    /// Decrypts an age file encrypted to this key pair's recipient.
    pub fn decrypt(&self, bytes: &[u8]) -> Result<Vec<u8>, CryptoError> {
        check_input(bytes)?;
        let decryptor = age::Decryptor::new_buffered(bytes)?;
        let reader = decryptor.decrypt(std::iter::once(&self.identity as &dyn age::Identity))?;
        read_all(reader)
    }

    /// This key pair's secret, encrypted to `passphrase` (an age file, base64 text).
    pub fn wrap(&self, passphrase: &str, log_n: u8) -> Result<String, CryptoError> {
        let file = encrypt_with_passphrase(self.secret_text().as_bytes(), passphrase, log_n)?;
        Ok(STANDARD_NO_PAD.encode(file))
    }

    /// Opens what [`KeyPair::wrap`] made.
    pub fn unwrap(wrapped: &str, passphrase: &str) -> Result<Self, CryptoError> {
        let file = STANDARD_NO_PAD
            .decode(wrapped.trim())
            .map_err(|_| CryptoError::Damaged)?;
        let secret = decrypt_with_passphrase(&file, passphrase, MAX_LOG_N)?;
        let text = String::from_utf8(secret).map_err(|_| CryptoError::Damaged)?;
        Self::from_secret(&text).ok_or(CryptoError::Damaged)
    }
}

impl std::fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyPair")
            .field("recipient", &self.recipient().to_string())
            .finish_non_exhaustive()
    }
}

/// A public age X25519 recipient.
#[derive(Clone)]
pub struct Recipient(age::x25519::Recipient);

impl Recipient {
    /// Reads an `age1…` recipient.
    pub fn parse(text: &str) -> Option<Self> {
        age::x25519::Recipient::from_str(text.trim())
            .ok()
            .map(Recipient)
    }

    /// Encrypts `plaintext` to this recipient (an age file).
    pub fn encrypt(&self, plaintext: &[u8]) -> Result<Vec<u8>, CryptoError> {
        age::encrypt(&self.0, plaintext).map_err(|_| CryptoError::Internal)
    }
}

impl std::fmt::Display for Recipient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::fmt::Debug for Recipient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Recipient({})", self.0)
    }
}

/// Prefix of a stored value sealed by the at-rest lock: version 1 is
/// base64(age file to the space's recipient, whose plaintext is the raw-deflated value).
pub const SEAL_PREFIX: &str = "hamdel-sealed:1:";

/// Whether a stored value is sealed.
pub fn is_sealed(value: &str) -> bool {
    value.starts_with(SEAL_PREFIX)
}

/// Seals a stored value to a recipient: deflate (Persian text shrinks to about a fifth), age,
/// base64. Sealed values are usually smaller than the plain ones.
pub fn seal(recipient: &Recipient, value: &str) -> Result<String, CryptoError> {
    let packed = miniz_oxide::deflate::compress_to_vec(value.as_bytes(), 6);
    let file = recipient.encrypt(&packed)?;
    let mut out = String::with_capacity(SEAL_PREFIX.len() + file.len() * 4 / 3 + 4);
    out.push_str(SEAL_PREFIX);
    STANDARD_NO_PAD.encode_string(file, &mut out);
    Ok(out)
}

/// Opens a sealed value with the space's key pair.
pub fn unseal(keys: &KeyPair, sealed: &str) -> Result<String, CryptoError> {
    let body = sealed
        .strip_prefix(SEAL_PREFIX)
        .ok_or(CryptoError::NotAgeFile)?;
    let file = STANDARD_NO_PAD
        .decode(body)
        .map_err(|_| CryptoError::Damaged)?;
    let packed = keys.decrypt(&file)?;
    let plain = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_FILE_BYTES)
        .map_err(|_| CryptoError::Damaged)?;
    String::from_utf8(plain).map_err(|_| CryptoError::Damaged)
}

/// How hard a passphrase would be to guess, roughly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Under 8 characters, or one repeated character: refused.
    TooShort,
    /// Guessable in hours to days with the key derivation in the way.
    Weak,
    /// Reasonable.
    Fair,
    /// Long or varied enough.
    Strong,
}

/// Estimates strength from length and character variety (no dictionary: an honest, simple
/// guide, shown next to the field).
pub fn strength(passphrase: &str) -> Strength {
    let chars: Vec<char> = passphrase.chars().collect();
    let distinct = {
        let mut d = chars.clone();
        d.sort_unstable();
        d.dedup();
        d.len()
    };
    if chars.len() < 8 || distinct < 3 {
        return Strength::TooShort;
    }
    let classes = [
        chars.iter().any(|c| c.is_lowercase()),
        chars.iter().any(|c| c.is_uppercase()),
        chars.iter().any(|c| c.is_numeric()),
        chars
            .iter()
            .any(|c| c.is_whitespace() || c.is_ascii_punctuation()),
        chars.iter().any(|c| !c.is_ascii()),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    let words = passphrase.split_whitespace().count();
    if chars.len() >= 20 || words >= 4 || (chars.len() >= 14 && classes >= 3) {
        Strength::Strong
    } else if chars.len() >= 12 || classes >= 3 {
        Strength::Fair
    } else {
        Strength::Weak
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Low work factors keep the tests quick; the format is the same.
    const TEST_LOG_N: u8 = 10;

    #[test]
    fn passphrase_round_trip_and_wrong_passphrase() {
        let file = encrypt_with_passphrase("سلام".as_bytes(), "correct horse", TEST_LOG_N)
            .expect("test value");
        assert!(file.starts_with(AGE_MAGIC));
        assert_eq!(passphrase_work_factor(&file), Some(TEST_LOG_N));
        assert_eq!(
            decrypt_with_passphrase(&file, "correct horse", MAX_LOG_N).expect("test value"),
            "سلام".as_bytes()
        );
        assert_eq!(
            decrypt_with_passphrase(&file, "wrong horse", MAX_LOG_N),
            Err(CryptoError::WrongKey)
        );
    }

    #[test]
    fn work_factor_above_the_cap_is_refused_before_any_work() {
        let file = encrypt_with_passphrase(b"x", "pass phrase", 12).expect("test value");
        assert_eq!(
            decrypt_with_passphrase(&file, "pass phrase", 11),
            Err(CryptoError::TooMuchWork { required: 12 })
        );
    }

    #[test]
    fn not_age_truncated_and_tampered_files_are_told_apart_from_a_wrong_passphrase() {
        assert_eq!(
            decrypt_with_passphrase(b"{\"format\":1}", "p", MAX_LOG_N),
            Err(CryptoError::NotAgeFile)
        );
        let file =
            encrypt_with_passphrase(&[7u8; 5000], "pass phrase", TEST_LOG_N).expect("test value");
        let cut = &file[..file.len() - 100];
        assert_eq!(
            decrypt_with_passphrase(cut, "pass phrase", MAX_LOG_N),
            Err(CryptoError::Damaged)
        );
        let mut flipped = file.clone();
        let last = flipped.len() - 10;
        flipped[last] ^= 1;
        assert_eq!(
            decrypt_with_passphrase(&flipped, "pass phrase", MAX_LOG_N),
            Err(CryptoError::Damaged)
        );
    }

    /// Review #14: a damaged header read as "wrong passphrase", so the person retyped a right
    /// one forever. Every byte of the header is damaged in turn and the right passphrase
    /// given: the file is named damaged, except where the damage cannot be told from another
    /// passphrase by design — the scrypt salt and wrapped key (authenticated encryption fails
    /// the same way for both) and the work factor (another key, or more work than allowed).
    #[test]
    fn every_damaged_header_byte_is_named_damaged_where_it_can_be_told_apart() {
        let file =
            encrypt_with_passphrase(b"backup", "pass phrase", TEST_LOG_N).expect("test value");
        let header_end = file
            .windows(4)
            .position(|w| w == b"\n---")
            .map(|p| {
                p + 1
                    + file[p + 1..]
                        .iter()
                        .position(|b| *b == b'\n')
                        .expect("MAC line")
            })
            .expect("an age header");
        let text = std::str::from_utf8(&file[..header_end]).expect("ASCII header");
        let stanza = text.find("-> scrypt ").expect("scrypt stanza");
        let (args_start, mac_line) = (
            stanza + "-> scrypt ".len(),
            text.find("\n---").expect("MAC"),
        );
        let mut told = 0;
        for i in 0..header_end {
            let mut damaged = file.clone();
            damaged[i] ^= 1;
            let got = decrypt_with_passphrase(&damaged, "pass phrase", MAX_LOG_N);
            let indistinguishable = i >= args_start && i < mac_line;
            match got {
                Err(CryptoError::Damaged | CryptoError::NotAgeFile | CryptoError::NoPassphrase) => {
                    told += 1
                }
                Err(CryptoError::WrongKey | CryptoError::TooMuchWork { .. })
                    if indistinguishable => {}
                other => panic!("byte {i} ({:?}) damaged gave {other:?}", file[i] as char),
            }
        }
        assert!(told > header_end / 2, "{told} of {header_end}");
    }

    #[test]
    fn persian_passphrases_are_tried_as_other_keyboards_type_them() {
        // Review #13: the same words typed with Arabic-keyboard ي/ك, or without the ZWNJ.
        let typed = "می\u{200c}خواهم کتاب";
        let v = passphrase_variants(typed);
        assert_eq!(v[0], typed, "the typed form first");
        assert!(v.contains(&"میخواهم کتاب".to_owned()));
        assert!(v.contains(&"مي\u{200c}خواهم كتاب".to_owned()));
        assert!(v.contains(&"ميخواهم كتاب".to_owned()));
        let unique: std::collections::BTreeSet<&String> = v.iter().collect();
        assert_eq!(unique.len(), v.len());
        assert_eq!(passphrase_variants("correct horse"), ["correct horse"]);
        let file = encrypt_with_passphrase(b"x", "مي\u{200c}خواهم كتاب", 10).expect("encrypted");
        let opened = v
            .iter()
            .position(|p| decrypt_with_passphrase(&file, p, MAX_LOG_N).is_ok());
        assert!(opened.is_some_and(|i| i > 0));
    }

    #[test]
    fn seal_round_trip_needs_the_right_identity_and_shrinks_persian() {
        let keys = KeyPair::generate();
        let value =
            "{\"v\":3,\"records\":[".to_owned() + &"امروز حالم بهتر بود. ".repeat(200) + "]}";
        let sealed = seal(&keys.recipient(), &value).expect("test value");
        assert!(is_sealed(&sealed));
        assert!(!sealed.contains("امروز"));
        assert!(sealed.len() < value.chars().count());
        assert_eq!(unseal(&keys, &sealed).expect("test value"), value);
        let other = KeyPair::generate();
        assert_eq!(unseal(&other, &sealed), Err(CryptoError::WrongKey));
    }

    #[test]
    fn wrapped_identity_opens_only_with_its_passphrase() {
        let keys = KeyPair::generate();
        let wrapped = keys
            .wrap("a long pass phrase", TEST_LOG_N)
            .expect("test value");
        let back = KeyPair::unwrap(&wrapped, "a long pass phrase").expect("test value");
        assert_eq!(back.recipient().to_string(), keys.recipient().to_string());
        assert_eq!(
            KeyPair::unwrap(&wrapped, "another pass phrase").err(),
            Some(CryptoError::WrongKey)
        );
        assert!(keys.recipient().to_string().starts_with("age1"));
        assert!(keys.secret_text().starts_with("AGE-SECRET-KEY-1"));
    }

    #[test]
    fn strength_grows_with_length_and_variety() {
        assert_eq!(strength("abc"), Strength::TooShort);
        assert_eq!(strength("aaaaaaaaaaaa"), Strength::TooShort);
        assert_eq!(strength("abcdefgh"), Strength::Weak);
        assert_eq!(strength("Abcdefg1!"), Strength::Fair);
        assert_eq!(strength("یک جمله بلند برای رمز"), Strength::Strong);
    }
}
