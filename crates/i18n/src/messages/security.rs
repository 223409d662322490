//! Encrypted backups and the at-rest lock of each space.
//!
//! Each arm holds the message in both languages: English first, then Persian.

use super::prelude::*;

/// Encrypted backups and the at-rest lock of each space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecurityMsg {
    /// Encryption: BackupIntro.
    BackupIntro,
    /// Encryption: ExportTitle.
    ExportTitle,
    /// Encryption: ScopeLabel.
    ScopeLabel,
    /// Encryption: ScopeEverything.
    ScopeEverything,
    /// Encryption: ScopeGroup.
    ScopeGroup,
    /// Encryption: ScopeJournal.
    ScopeJournal,
    /// Encryption: BackupGroupLabel.
    BackupGroupLabel,
    /// Encryption: FromDate.
    FromDate,
    /// Encryption: ToDate.
    ToDate,
    /// Encryption: PassphraseLabel.
    PassphraseLabel,
    /// Encryption: PassphraseAgain.
    PassphraseAgain,
    /// Encryption: PassphraseHint.
    PassphraseHint,
    /// Encryption: PassphraseStrength(u8).
    PassphraseStrength(u8),
    /// Encryption: PassphraseTooShort.
    PassphraseTooShort,
    /// Encryption: PassphraseMismatch.
    PassphraseMismatch,
    /// Encryption: DerivingKey.
    DerivingKey,
    /// Encryption: SaveBackup.
    SaveBackup,
    /// Encryption: BackupSaved(usize).
    BackupSaved(usize),
    /// Encryption: ImportTitle.
    ImportTitle,
    /// Encryption: BackupFile.
    BackupFile,
    /// Encryption: OpenBackup.
    OpenBackup,
    /// Encryption: ChooseFileFirst.
    ChooseFileFirst,
    /// Encryption: BackupWrongPassphrase.
    BackupWrongPassphrase,
    /// Encryption: BackupDamaged.
    BackupDamaged,
    /// Encryption: BackupNotAge.
    BackupNotAge,
    /// Encryption: an age file that asks for no passphrase.
    BackupNoPassphrase,
    /// A backup saved with a slower key setting than Hamdel's: its work factor and about how
    /// many seconds opening it takes. Asks before opening.
    BackupAskWork(u8, u64),
    /// Button: open the slower backup.
    OpenAnyway,
    /// A backup asking for more work than Hamdel opens at all: its work factor.
    BackupWorkTooHigh(u8),
    /// Trying another way the passphrase may have been typed: which, of how many.
    TryingVariant(usize, usize),
    /// The backup opened with the passphrase as another keyboard types it.
    OpenedWithVariant,
    /// A backup holds a record typed data could not be: which kind, and why.
    BackupRecordRefused(RecordKind, RecordProblem),
    /// Encryption: BackupTooLarge.
    BackupTooLarge,
    /// Encryption: BackupNewer(u32).
    BackupNewer(u32),
    /// Encryption: BackupInvalid.
    BackupInvalid,
    /// Encryption: BackupSummary(usize).
    BackupSummary(usize),
    /// Encryption: ImportModeLabel.
    ImportModeLabel,
    /// Encryption: ModeMerge.
    ModeMerge,
    /// Encryption: ModeReplace.
    ModeReplace,
    /// Encryption: PreviewTitle.
    PreviewTitle,
    /// Encryption: PreviewAdded(usize).
    PreviewAdded(usize),
    /// Encryption: PreviewUpdated(usize).
    PreviewUpdated(usize),
    /// Encryption: PreviewUnchanged(usize).
    PreviewUnchanged(usize),
    /// Encryption: PreviewConflicting(usize).
    PreviewConflicting(usize),
    /// Encryption: PreviewRemoved(usize).
    PreviewRemoved(usize),
    /// Encryption: ConfirmImport.
    ConfirmImport,
    /// Encryption: ImportDone.
    ImportDone,
    /// Encryption: ImportFailed.
    ImportFailed,
    /// Encryption: ImportNothing.
    ImportNothing,
    /// Encryption: LockIntro.
    LockIntro,
    /// Encryption: LockWarning.
    LockWarning,
    /// Encryption: SpaceMemberName.
    SpaceMemberName,
    /// Encryption: SpaceCounsellorName.
    SpaceCounsellorName,
    /// Encryption: LockStatusOff.
    LockStatusOff,
    /// Encryption: LockStatusOn.
    LockStatusOn,
    /// Encryption: TurnOnLock.
    TurnOnLock,
    /// Encryption: TurnOffLock.
    TurnOffLock,
    /// Encryption: ChangePassphrase.
    ChangePassphrase,
    /// Encryption: NewPassphrase.
    NewPassphrase,
    /// Encryption: IdleLabel.
    IdleLabel,
    /// Encryption: IdleNever.
    IdleNever,
    /// Encryption: IdleMinutes(u16).
    IdleMinutes(u16),
    /// Encryption: LockNow.
    LockNow,
    /// Encryption: LockOnDone.
    LockOnDone,
    /// Encryption: LockOffDone.
    LockOffDone,
    /// Encryption: PassphraseChanged.
    PassphraseChanged,
    /// Encryption: IdleSaved.
    IdleSaved,
    /// Encryption: LockPending.
    LockPending,
    /// Encryption: LockQuota.
    LockQuota,
    /// Encryption: PlainLeft(usize).
    PlainLeft(usize),
    /// Encryption: FinishEncrypting.
    FinishEncrypting,
    /// Encryption: Locked.
    Locked,
    /// Encryption: LockedTitle.
    LockedTitle,
    /// Encryption: UnlockPrompt.
    UnlockPrompt,
    /// Encryption: Unlock.
    Unlock,
    /// Encryption: WrongPassphrase.
    WrongPassphrase,
    /// Switching the lock off would not fit in the browser's storage (units over).
    LockOffWontFit(usize),
    /// Backup refused: a space it needs is locked.
    BackupLocked,
}

impl SecurityMsg {
    /// The message in the given language.
    pub fn text(&self, l: Locale) -> String {
        match self {
            Self::BackupIntro => pick(
                l,
                "A backup is a file encrypted with a passphrase you choose, in the open age format (any age tool can open it). Keep it somewhere safe: it is the way back if this device, this browser or a lock passphrase is lost.",
                "پشتیبان فایلی است که با عبارت عبوری که خودتان انتخاب می‌کنید رمزگذاری می‌شود، در قالب باز age (هر ابزار age می‌تواند بازش کند). آن را جای امنی نگه دارید: اگر این دستگاه، این مرورگر یا عبارت عبور قفل از دست برود، راه برگشت همین فایل است.",
            ),
            Self::ExportTitle => pick(l, "Save a backup", "ذخیرهٔ پشتیبان"),
            Self::ScopeLabel => pick(l, "What to include", "چه چیزهایی در پشتیبان باشد"),
            Self::ScopeEverything => pick(l, "Everything on this device", "همه‌چیز روی این دستگاه"),
            Self::ScopeGroup => pick(l, "One group", "یک گروه"),
            Self::ScopeJournal => pick(
                l,
                "Journal entries between two dates",
                "یادداشت‌های دفترچه بین دو تاریخ",
            ),
            Self::BackupGroupLabel => pick(l, "Group", "گروه"),
            Self::FromDate => pick(l, "From", "از"),
            Self::ToDate => pick(l, "To", "تا"),
            Self::PassphraseLabel => pick(l, "Passphrase", "عبارت عبور"),
            Self::PassphraseAgain => pick(l, "Passphrase again", "تکرار عبارت عبور"),
            Self::PassphraseHint => pick(
                l,
                "At least 8 characters; a few unrelated words are easy to remember and hard to guess.",
                "دست‌کم ۸ نویسه؛ چند واژهٔ بی‌ربط به هم، هم آسان به یاد می‌ماند و هم سخت حدس زده می‌شود.",
            ),
            Self::PassphraseStrength(level) => match l {
                En => match level {
                    0 => "Strength: too short",
                    1 => "Strength: weak",
                    2 => "Strength: fair",
                    _ => "Strength: strong",
                }
                .to_owned(),
                Fa => match level {
                    0 => "قدرت عبارت عبور: خیلی کوتاه",
                    1 => "قدرت عبارت عبور: ضعیف",
                    2 => "قدرت عبارت عبور: متوسط",
                    _ => "قدرت عبارت عبور: قوی",
                }
                .to_owned(),
            },
            Self::PassphraseTooShort => pick(
                l,
                "Use at least 8 characters (and not one repeated character).",
                "دست‌کم ۸ نویسه بنویسید (نه یک نویسهٔ تکراری).",
            ),
            Self::PassphraseMismatch => pick(
                l,
                "The two passphrases are not the same.",
                "دو عبارت عبور یکسان نیستند.",
            ),
            Self::DerivingKey => pick(
                l,
                "Deriving the key from the passphrase (about a second)…",
                "در حال ساختن کلید از عبارت عبور (حدود یک ثانیه)…",
            ),
            Self::SaveBackup => pick(l, "Save backup file", "ذخیرهٔ فایل پشتیبان"),
            Self::BackupSaved(n) => match l {
                En => format!(
                    "Backup saved: {}, encrypted.",
                    count(*n, "record", "records")
                ),
                Fa => format!("پشتیبان ذخیره شد: {} مورد، رمزگذاری‌شده.", number(n, l)),
            },
            Self::ImportTitle => pick(l, "Bring back a backup", "بازگرداندن پشتیبان"),
            Self::BackupFile => pick(
                l,
                "Backup file (.age)",
                "فایل پشتیبان (\u{2066}.age\u{2069})",
            ),
            Self::OpenBackup => pick(l, "Open backup", "باز کردن پشتیبان"),
            Self::ChooseFileFirst => pick(
                l,
                "Choose a backup file first.",
                "اول یک فایل پشتیبان انتخاب کنید.",
            ),
            Self::BackupWrongPassphrase => pick(
                l,
                "That passphrase does not open this backup (also tried as other keyboards type it). Nothing was changed. If you are sure it is right, this copy of the file may be damaged: try another copy.",
                "این عبارت عبور این پشتیبان را باز نمی‌کند (به شکلی که صفحه‌کلیدهای دیگر می‌نویسند هم امتحان شد). چیزی تغییر نکرد. اگر مطمئنید درست است، شاید این نسخه از فایل آسیب دیده باشد: نسخهٔ دیگری را امتحان کنید.",
            ),
            Self::BackupDamaged => pick(
                l,
                "This file is damaged, cut short or was changed after it was saved. Nothing was changed.",
                "این فایل آسیب دیده، ناقص است یا پس از ذخیره تغییر کرده است. چیزی تغییر نکرد.",
            ),
            Self::BackupNotAge => pick(
                l,
                "This is not a Hamdel backup file. Nothing was changed.",
                "این فایل پشتیبان همدل نیست. چیزی تغییر نکرد.",
            ),
            Self::BackupNoPassphrase => pick(
                l,
                "This file is not protected by a passphrase: it may be a member's share-back (bring it in on the group's page), or its beginning is damaged. Nothing was changed.",
                "این فایل با عبارت عبور قفل نشده است: شاید فایل بازگشتی یک عضو باشد (آن را در صفحهٔ گروه وارد کنید)، یا ابتدای آن آسیب دیده است. چیزی تغییر نکرد.",
            ),
            Self::BackupAskWork(log_n, secs) => match l {
                En => format!(
                    "This backup was saved with a slower key setting than Hamdel's (2^{}), as the age and rage tools often do. The file is fine; opening it takes about {} s and a lot of memory, and the page will not respond meanwhile.",
                    number(log_n, l),
                    number(secs, l)
                ),
                Fa => format!(
                    "این پشتیبان با تنظیم کلیدی کندتر از تنظیم همدل (۲ به توان {}) ذخیره شده، همان‌طور که ابزارهای age و rage اغلب می‌کنند. فایل سالم است؛ باز کردنش حدود {} ثانیه و حافظهٔ زیادی می‌گیرد و در این مدت صفحه پاسخ نمی‌دهد.",
                    number(log_n, l),
                    number(secs, l)
                ),
            },
            Self::OpenAnyway => pick(l, "Open it", "بازش کن"),
            Self::BackupWorkTooHigh(log_n) => match l {
                En => format!(
                    "This backup asks for a very slow key setting (2^{}); Hamdel opens files up to 2^20, so it was not opened. Nothing was changed. The file may well be fine: decrypt it with the tool that made it and encrypt it again with `age -p`, or save a new backup from Hamdel.",
                    number(log_n, l)
                ),
                Fa => format!(
                    "این پشتیبان تنظیم کلیدی بسیار کند می‌خواهد (۲ به توان {})؛ همدل فایل‌ها را تا ۲ به توان ۲۰ باز می‌کند، پس باز نشد. چیزی تغییر نکرد. فایل احتمالاً سالم است: آن را با همان ابزاری که ساخته باز کنید و دوباره با `age -p` رمز کنید، یا از همدل پشتیبان تازه‌ای بگیرید.",
                    number(log_n, l)
                ),
            },
            Self::TryingVariant(i, n) => match l {
                En => format!(
                    "Not opened as typed: trying the passphrase as another keyboard may have typed it ({} of {})…",
                    number(i, l),
                    number(n, l)
                ),
                Fa => format!(
                    "به همان شکلی که نوشتید باز نشد: امتحان عبارت عبور به شکلی که صفحه‌کلید دیگری می‌نویسد ({} از {})…",
                    number(i, l),
                    number(n, l)
                ),
            },
            Self::OpenedWithVariant => pick(
                l,
                "Opened with the passphrase as another keyboard types it (Arabic ي/ك or ی/ک, or the half-space written differently).",
                "با عبارت عبور به شکلی که صفحه‌کلید دیگری می‌نویسد باز شد (ي/ك عربی یا ی/ک فارسی، یا نیم‌فاصله به شکلی دیگر).",
            ),
            Self::BackupRecordRefused(kind, problem) => match l {
                En => {
                    let what = match kind {
                        RecordKind::Group => "a group",
                        RecordKind::Entry => "a journal entry",
                        RecordKind::Goal => "a goal",
                        RecordKind::Attempt => "a survey result",
                        RecordKind::Exercise => "an exercise",
                        RecordKind::Survey => "a survey",
                        RecordKind::Results => "results brought into a group",
                        RecordKind::Kit => "a joined group",
                        RecordKind::SafetyPlan => "a safety plan",
                    };
                    let why = match problem {
                        RecordProblem::Empty => "an empty text".to_owned(),
                        RecordProblem::TooLong { max } => {
                            format!(
                                "a text longer than {}",
                                count(*max, "character", "characters")
                            )
                        }
                        RecordProblem::DateOutOfRange => {
                            "a date outside the years 1900–2200".to_owned()
                        }
                        RecordProblem::BadMood => "a mood outside 1–5".to_owned(),
                        RecordProblem::TooMany { max } => {
                            format!("a list longer than {}", count(*max, "item", "items"))
                        }
                    };
                    format!(
                        "This backup was not brought in: it holds {what} with {why}, which Hamdel would not accept if it were typed. Nothing was changed."
                    )
                }
                Fa => {
                    let what = match kind {
                        RecordKind::Group => "گروهی",
                        RecordKind::Entry => "نوشته‌ای از دفترچه",
                        RecordKind::Goal => "هدفی",
                        RecordKind::Attempt => "نتیجهٔ پرسش‌نامه‌ای",
                        RecordKind::Exercise => "تمرینی",
                        RecordKind::Survey => "پرسش‌نامه‌ای",
                        RecordKind::Results => "نتیجه‌هایی که به گروهی رسیده",
                        RecordKind::Kit => "گروهی که به آن پیوسته‌اید",
                        RecordKind::SafetyPlan => "برنامهٔ ایمنی",
                    };
                    let why = match problem {
                        RecordProblem::Empty => "متنی خالی".to_owned(),
                        RecordProblem::TooLong { max } => {
                            format!("متنی بلندتر از {} نویسه", number(max, l))
                        }
                        RecordProblem::DateOutOfRange => {
                            "تاریخی بیرون از سال‌های ۱۲۷۸ تا ۱۵۷۹ خورشیدی".to_owned()
                        }
                        RecordProblem::BadMood => "حالی بیرون از ۱ تا ۵".to_owned(),
                        RecordProblem::TooMany { max } => {
                            format!("فهرستی بلندتر از {} مورد", number(max, l))
                        }
                    };
                    format!(
                        "این پشتیبان وارد نشد: {what} با {why} در آن است که اگر تایپ می‌شد همدل نمی‌پذیرفت. چیزی تغییر نکرد."
                    )
                }
            },
            Self::BackupTooLarge => pick(
                l,
                "This file is far too large to be a backup. Nothing was changed.",
                "این فایل بزرگ‌تر از آن است که پشتیبان باشد. چیزی تغییر نکرد.",
            ),
            Self::BackupNewer(v) => match l {
                En => format!(
                    "This backup was made by a newer version of Hamdel (format {}). Update the app first. Nothing was changed.",
                    number(v, l)
                ),
                Fa => format!(
                    "این پشتیبان را نسخهٔ تازه‌تری از همدل ساخته است (قالب {}). اول برنامه را به‌روز کنید. چیزی تغییر نکرد.",
                    number(v, l)
                ),
            },
            Self::BackupInvalid => pick(
                l,
                "This backup opened, but its contents do not read. Nothing was changed.",
                "این پشتیبان باز شد، اما محتوایش خوانده نمی‌شود. چیزی تغییر نکرد.",
            ),
            Self::BackupSummary(n) => match l {
                En => format!(
                    "The backup opened: it holds {}.",
                    count(*n, "record", "records")
                ),
                Fa => format!("پشتیبان باز شد: {} مورد دارد.", number(n, l)),
            },
            Self::ImportModeLabel => pick(l, "How to bring it back", "چگونه بازگردانده شود"),
            Self::ModeMerge => pick(
                l,
                "Merge: keep everything here and add what is new; where a record differs, keep both.",
                "ادغام: همه‌چیزِ اینجا می‌ماند و موارد تازه افزوده می‌شود؛ هرجا دو نسخه فرق دارند، هر دو نگه داشته می‌شوند.",
            ),
            Self::ModeReplace => pick(
                l,
                "Replace: make it exactly as in the backup (records of the same kind that are not in the backup are removed).",
                "جایگزینی: دقیقاً مثل پشتیبان شود (مواردی از همان نوع که در پشتیبان نیستند حذف می‌شوند).",
            ),
            Self::PreviewTitle => pick(l, "What will change", "چه چیزهایی تغییر می‌کند"),
            Self::PreviewAdded(n) => match l {
                En => format!("New: {}", number(n, l)),
                Fa => format!("تازه: {}", number(n, l)),
            },
            Self::PreviewUpdated(n) => match l {
                En => format!("Changed to the backup's version: {}", number(n, l)),
                Fa => format!("به نسخهٔ پشتیبان تغییر می‌کند: {}", number(n, l)),
            },
            Self::PreviewUnchanged(n) => match l {
                En => format!("Already here: {}", number(n, l)),
                Fa => format!("از قبل هست: {}", number(n, l)),
            },
            Self::PreviewConflicting(n) => match l {
                En => format!(
                    "Different here and in the backup (both kept): {}",
                    number(n, l)
                ),
                Fa => format!(
                    "اینجا و در پشتیبان متفاوت (هر دو نگه داشته می‌شوند): {}",
                    number(n, l)
                ),
            },
            Self::PreviewRemoved(n) => match l {
                En => format!("Removed: {}", number(n, l)),
                Fa => format!("حذف: {}", number(n, l)),
            },
            Self::ConfirmImport => pick(l, "Bring back", "بازگرداندن"),
            Self::ImportDone => pick(l, "The backup was brought back.", "پشتیبان بازگردانده شد."),
            Self::ImportFailed => pick(
                l,
                "Bringing back the backup failed part way (storage is full?). Everything is exactly as it was before.",
                "بازگرداندن پشتیبان در میانه متوقف شد (فضای ذخیره پر است؟). همه‌چیز دقیقاً مثل قبل است.",
            ),
            Self::ImportNothing => pick(
                l,
                "Nothing to change: everything in this backup is already here.",
                "چیزی برای تغییر نیست: همهٔ محتوای این پشتیبان همین‌جا هست.",
            ),
            Self::LockIntro => pick(
                l,
                "When the lock is on, the space's data is stored encrypted on this device and shown only after the passphrase is typed. It locks itself after the idle time you choose.",
                "وقتی قفل روشن است، داده‌های این فضا روی همین دستگاه رمزگذاری‌شده نگه داشته می‌شود و فقط پس از نوشتن عبارت عبور نمایش داده می‌شود. پس از مدت بی‌کاری‌ای که انتخاب می‌کنید، خودش قفل می‌شود.",
            ),
            Self::LockWarning => pick(
                l,
                "If you forget the passphrase, nobody can recover the locked data — not even with this app. Save an encrypted backup first and keep it safe.",
                "اگر عبارت عبور را فراموش کنید، هیچ‌کس نمی‌تواند داده‌های قفل‌شده را بازیابی کند، حتی با همین برنامه. اول یک پشتیبان رمزگذاری‌شده ذخیره کنید و آن را امن نگه دارید.",
            ),
            Self::SpaceMemberName => pick(
                l,
                "Member space (journal, surveys, goals)",
                "فضای عضو (دفترچه، پرسش‌نامه‌ها، هدف‌ها)",
            ),
            Self::SpaceCounsellorName => pick(
                l,
                "Counsellor space (groups, exercises)",
                "فضای مشاور (گروه‌ها، تمرین‌ها)",
            ),
            Self::LockStatusOff => pick(l, "Lock: off", "قفل: خاموش"),
            Self::LockStatusOn => pick(l, "Lock: on", "قفل: روشن"),
            Self::TurnOnLock => pick(l, "Turn the lock on", "روشن کردن قفل"),
            Self::TurnOffLock => pick(l, "Turn the lock off", "خاموش کردن قفل"),
            Self::ChangePassphrase => pick(l, "Change passphrase", "تغییر عبارت عبور"),
            Self::NewPassphrase => pick(l, "New passphrase", "عبارت عبور تازه"),
            Self::IdleLabel => pick(l, "Lock after inactivity", "قفل پس از بی‌کاری"),
            Self::IdleNever => pick(l, "Never", "هرگز"),
            Self::IdleMinutes(n) => match l {
                En => count(usize::from(*n), "minute", "minutes"),
                Fa => format!("{} دقیقه", number(n, l)),
            },
            Self::LockNow => pick(l, "Lock now", "همین حالا قفل کن"),
            Self::LockOnDone => pick(
                l,
                "Lock on: this space is now stored encrypted.",
                "قفل روشن شد: این فضا اکنون رمزگذاری‌شده نگه داشته می‌شود.",
            ),
            Self::LockOffDone => pick(
                l,
                "Lock off: this space is stored unencrypted again.",
                "قفل خاموش شد: این فضا دوباره بدون رمزگذاری نگه داشته می‌شود.",
            ),
            Self::PassphraseChanged => pick(l, "Passphrase changed.", "عبارت عبور تغییر کرد."),
            Self::IdleSaved => pick(l, "Idle time saved.", "مدت بی‌کاری ذخیره شد."),
            Self::LockPending => pick(
                l,
                "Some changes are not stored yet, so the space was not locked. Try saving again, or save your data to a file.",
                "برخی تغییرها هنوز ذخیره نشده‌اند، پس فضا قفل نشد. دوباره ذخیره کنید یا داده‌ها را در فایل ذخیره کنید.",
            ),
            Self::LockQuota => pick(
                l,
                "Storage is full, so part of the space could not be rewritten. Nothing is lost; free some room and try again.",
                "فضای ذخیره پر است و بخشی از فضا بازنویسی نشد. چیزی از دست نرفته است؛ کمی جا باز کنید و دوباره امتحان کنید.",
            ),
            Self::PlainLeft(n) => match l {
                En => format!(
                    "{} still {} unencrypted.",
                    count(*n, "stored value", "stored values"),
                    if *n == 1 { "is" } else { "are" }
                ),
                Fa => format!("{} مقدار ذخیره‌شده هنوز رمزگذاری نشده است.", number(n, l)),
            },
            Self::FinishEncrypting => pick(l, "Finish encrypting", "کامل کردن رمزگذاری"),
            Self::Locked => pick(l, "Locked.", "قفل شد."),
            Self::LockedTitle => pick(l, "This space is locked", "این فضا قفل است"),
            Self::UnlockPrompt => pick(
                l,
                "Type the passphrase to open it. The data stays encrypted on this device.",
                "برای باز کردن، عبارت عبور را بنویسید. داده‌ها روی این دستگاه رمزگذاری‌شده می‌مانند.",
            ),
            Self::Unlock => pick(l, "Unlock", "باز کردن"),
            Self::WrongPassphrase => pick(l, "Wrong passphrase.", "عبارت عبور درست نیست."),
            Self::LockOffWontFit(n) => match l {
                En => format!(
                    "The lock was not switched off: without it your data takes more room, about {} more than this browser allows. Nothing was changed. Save a backup first (below), then remove some old entries or bring the backup into a new browser profile.",
                    count(*n, "character", "characters")
                ),
                Fa => format!(
                    "قفل برداشته نشد: بدون قفل داده‌ها جای بیشتری می‌گیرند، حدود {} نویسه بیش از آنچه این مرورگر اجازه می‌دهد. چیزی تغییر نکرد. اول یک پشتیبان بگیرید (پایین‌تر)، بعد چند نوشتهٔ قدیمی را پاک کنید یا پشتیبان را در نمایهٔ تازه‌ای از مرورگر بازگردانید.",
                    number(n, l)
                ),
            },
            Self::BackupLocked => pick(
                l,
                "Unlock the locked space first: a backup made now would leave its data out.",
                "اول فضای قفل‌شده را باز کنید: پشتیبانی که اکنون ساخته شود داده‌های آن را ندارد.",
            ),
        }
    }
}
