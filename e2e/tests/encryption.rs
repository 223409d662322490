//! Encryption end to end, in headless Chromium against the release build:
//! a backup saved by the app opens with an independent age implementation (pyrage) and its JSON
//! validates against `docs/backup.schema.json`; the site's storage is cleared and the backup
//! brought back after a wrong and then the right passphrase; a backup made by Debian's `age`
//! command imports too; the member space is locked, no entry text is left readable in
//! localStorage, and after a reload a wrong passphrase is refused and the right one opens it.

use hamdel_e2e::Harness;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const PASS: &str = "correct horse battery staple";
const LOCK_PASS: &str = "یک عبارت عبور بلند برای قفل";
const SECRET: &str = "A very private thought about Tuesday";
const PERSIAN: &str = "امروز در گروه حرف زدم";

fn interop(args: &[&str]) -> String {
    let root = xtask::root();
    let out = Command::new(xtask::tools::python())
        .arg(root.join("scripts/age_interop.py"))
        .args(args)
        .output()
        .expect("run scripts/age_interop.py (cargo xtask test installs .tools/py)");
    assert!(
        out.status.success(),
        "age_interop.py {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hamdel-e2e-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

async fn add_entry(h: &Harness, text: &str) {
    h.type_into("#new-entry-text", text).await;
    h.click("#add-entry").await;
    h.wait_for_text(text).await;
}

async fn open_backup(h: &Harness, file: &Path, passphrase: &str) {
    h.js("location.hash = '#/settings/backup'; return true")
        .await;
    h.upload("#import-file", file).await;
    h.type_into("#import-pass", passphrase).await;
    h.click("#open-backup").await;
}

#[tokio::test]
async fn backup_round_trip_interop_and_lock() {
    let h = Harness::start().await;
    let downloads = h.allow_downloads(&scratch("downloads")).await;
    h.click("#lang-switch").await;
    h.click("#role-member").await;
    add_entry(&h, SECRET).await;
    add_entry(&h, PERSIAN).await;
    h.js("location.hash = '#/counsellor'; return true").await;
    h.type_into("#new-group-name", "Study skills group").await;
    h.click("#create-group").await;
    h.wait_for("#edit-plan").await;

    // Save an encrypted backup of everything.
    h.js("location.hash = '#/settings/backup'; return true")
        .await;
    h.type_into("#export-pass", PASS).await;
    h.type_into("#export-pass-again", "something else").await;
    h.click("#save-backup").await;
    h.wait_for_text("The two passphrases are not the same.")
        .await;
    h.type_into("#export-pass-again", PASS).await;
    let started = Instant::now();
    h.click("#save-backup").await;
    let file = h.wait_for_download(&downloads, ".age").await;
    eprintln!(
        "measured: backup saved (key derivation included) in {} ms",
        started.elapsed().as_millis()
    );
    h.wait_for_text("Backup saved").await;
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("hamdel-backup-") && name.ends_with(".age"),
        "{name}"
    );
    let bytes = std::fs::read(&file).expect("the downloaded backup");
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    assert!(!String::from_utf8_lossy(&bytes).contains(SECRET));

    // An independent age implementation opens it; the JSON follows the documented schema.
    let json = interop(&["decrypt", &file.to_string_lossy(), PASS]);
    assert!(json.contains(SECRET) && json.contains(PERSIAN) && json.contains("Study skills group"));
    let work = scratch("interop");
    let plain = work.join("backup.json");
    std::fs::write(&plain, &json).unwrap();
    let schema = xtask::root().join("docs/backup.schema.json");
    assert_eq!(
        interop(&[
            "validate",
            &plain.to_string_lossy(),
            &schema.to_string_lossy()
        ])
        .trim(),
        "valid"
    );

    // A backup made with Debian's age command (Go), holding one more entry, to import later.
    let mut doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut extra = doc["journal"][0].clone();
    extra["id"] = "made-outside".into();
    extra["text"] = "Written outside Hamdel".into();
    doc["journal"].as_array_mut().unwrap().push(extra);
    let outside_json = work.join("outside.json");
    std::fs::write(&outside_json, doc.to_string()).unwrap();
    let outside = work.join("outside.age");
    interop(&[
        "encrypt",
        &outside_json.to_string_lossy(),
        &outside.to_string_lossy(),
        PASS,
    ]);

    // The same document encrypted with a Persian passphrase typed on an Arabic keyboard (ي, ك):
    // typed with Persian letters in Hamdel, it still opens (review #13).
    let arabic = work.join("arabic.age");
    interop(&[
        "encrypt",
        &outside_json.to_string_lossy(),
        &arabic.to_string_lossy(),
        "كتاب من براي گروه",
    ]);

    // Clear the site's storage: the app starts fresh.
    h.js("location.hash = '#/'; localStorage.clear(); return true")
        .await;
    h.reload().await;
    h.wait_for("#role-member").await;
    h.click("#lang-switch").await;

    // A wrong passphrase changes nothing and says so.
    open_backup(&h, &file, "not the passphrase").await;
    h.wait_for_text("That passphrase does not open this backup")
        .await;
    let stored = h.js("return localStorage.length").await;
    assert!(
        stored.as_u64().unwrap_or(0) <= 1,
        "a failed import stored data: {stored}"
    );
    // A file that is not a backup is named as such.
    open_backup(&h, &outside_json, PASS).await;
    h.wait_for_text("This is not a Hamdel backup file.").await;

    // The right passphrase: a preview first, nothing stored before confirming.
    open_backup(&h, &file, PASS).await;
    h.wait_for("#import-preview").await;
    h.wait_for_text("New: 3").await;
    h.screenshot("encryption-import-preview").await;
    assert!(!h.stored_text().await.contains(SECRET));
    h.click("#confirm-import").await;
    h.wait_for_text("The backup was brought back.").await;
    h.js("location.hash = '#/member'; return true").await;
    h.wait_for_text(SECRET).await;
    h.wait_for_text(PERSIAN).await;
    h.js("location.hash = '#/counsellor'; return true").await;
    h.wait_for_text("Study skills group").await;

    // The file made by the age command (work factor 2^18, above Hamdel's 2^17) is opened after
    // asking, with the estimated time; it merges in: one new entry, the rest already here.
    open_backup(&h, &outside, PASS).await;
    h.wait_for("#import-ask-work").await;
    h.wait_for_text("slower key setting").await;
    h.click("#open-anyway").await;
    h.wait_for("#import-preview").await;
    h.wait_for_text("New: 1").await;
    h.wait_for_text("Already here: 3").await;
    h.click("#confirm-import").await;
    h.wait_for_text("The backup was brought back.").await;
    h.js("location.hash = '#/member'; return true").await;
    h.wait_for_text("Written outside Hamdel").await;

    open_backup(&h, &arabic, "کتاب من برای گروه").await;
    h.wait_for("#import-ask-work").await;
    h.click("#open-anyway").await;
    h.wait_for_text("Opened with the passphrase as another keyboard types it")
        .await;
    h.wait_for("#import-preview").await;
    h.click("#cancel-import").await;

    // Lock the member space: no entry text stays readable in storage.
    h.js("location.hash = '#/settings/lock'; return true").await;
    h.type_into("#lock-pass-member", LOCK_PASS).await;
    h.type_into("#lock-pass-again-member", LOCK_PASS).await;
    h.click("#lock-submit-member").await;
    h.wait_for_text("Lock on: this space is now stored encrypted.")
        .await;
    h.screenshot("encryption-lock-page").await;
    let stored = h.stored_text().await;
    for phrase in [SECRET, PERSIAN, "Written outside Hamdel"] {
        assert!(
            !stored.contains(phrase),
            "{phrase:?} is readable in storage"
        );
    }
    assert!(stored.contains("hamdel-sealed:1:"));
    // The counsellor space has its own lock, still off.
    assert!(stored.contains("Study skills group"));

    // After a reload the member space asks for the passphrase.
    h.reload().await;
    h.js("location.hash = '#/member'; return true").await;
    h.wait_for("#unlock-form").await;
    assert!(!h.body_text().await.contains(SECRET));
    // A backup of everything now would leave the locked space out: refused, with the reason.
    h.js("location.hash = '#/settings/backup'; return true")
        .await;
    h.type_into("#export-pass", PASS).await;
    h.type_into("#export-pass-again", PASS).await;
    h.click("#save-backup").await;
    h.wait_for_text("Unlock the locked space first").await;
    h.js("location.hash = '#/member'; return true").await;
    h.wait_for("#unlock-form").await;
    h.type_into("#unlock-pass", "wrong passphrase").await;
    h.click("#unlock-submit").await;
    h.wait_for_text("Wrong passphrase.").await;
    h.screenshot("encryption-unlock-wrong").await;
    h.type_into("#unlock-pass", LOCK_PASS).await;
    let started = Instant::now();
    h.click("#unlock-submit").await;
    h.wait_for_text(SECRET).await;
    eprintln!(
        "measured: unlock (scrypt 2^17 in Chromium) in {} ms",
        started.elapsed().as_millis()
    );
    h.wait_for_text(PERSIAN).await;

    // The lock button closes it again at once.
    h.click("#lock-button").await;
    h.wait_for("#unlock-form").await;
    assert!(!h.body_text().await.contains(SECRET));

    // The idle lock (10 minutes by default): open again, then move the page's clock 11 minutes
    // on. The check runs every 15 s; the space must close by itself.
    h.type_into("#unlock-pass", LOCK_PASS).await;
    h.click("#unlock-submit").await;
    h.wait_for_text(SECRET).await;
    h.js("const real = Date.now.bind(Date); Date.now = () => real() + 11 * 60 * 1000; return true")
        .await;
    let mut closed = false;
    for _ in 0..8 {
        if h.js("return document.getElementById('unlock-form') !== null")
            .await
            .as_bool()
            == Some(true)
        {
            closed = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_secs(4)).await;
    }
    assert!(closed, "the idle lock did not close the space");
    assert!(!h.body_text().await.contains(SECRET));
    h.finish().await;
}
