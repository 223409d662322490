//! The message table. Add a variant, and the compiler asks for its Persian and English text.

use super::digits::number;
use hamdel_domain::backup::{RecordKind, RecordProblem};
use hamdel_domain::dates::DateProblem;
use hamdel_domain::kit::ResultProblem;
use hamdel_domain::member::{Attendance, Consent};
use hamdel_domain::session::{BlockKind, Builtin, Stage};
use hamdel_domain::survey::{Band, Moment};
use hamdel_domain::{Focus, Locale, PlanIssue, Purpose, TextError};

/// Every piece of interface text. Variants carry the values they show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// The product's name.
    AppName,
    /// One line under the name.
    Tagline,
    /// Link that jumps past the navigation.
    SkipToContent,
    /// Label of the main navigation.
    MainNavigation,
    /// Navigation: the counsellor space.
    NavCounsellor,
    /// Navigation: the member space.
    NavMember,
    /// Navigation: settings.
    NavSettings,
    /// The language switch in the header (names the other language).
    OtherLanguage,
    /// First-run title.
    WelcomeTitle,
    /// First-run question.
    WelcomeQuestion,
    /// Role choice: counsellor.
    RoleCounsellor,
    /// What the counsellor space is for.
    RoleCounsellorHint,
    /// Role choice: member.
    RoleMember,
    /// What the member space is for.
    RoleMemberHint,
    /// Privacy promise on first run.
    WelcomePrivacy,
    /// Counsellor home heading.
    GroupsTitle,
    /// Label of the new group name field.
    NewGroupName,
    /// Button: create a group.
    CreateGroup,
    /// Empty list of groups.
    NoGroups,
    /// When a group was created.
    CreatedOn(String),
    /// Label of the rename field.
    GroupName,
    /// Button: rename.
    Rename,
    /// Button: save.
    Save,
    /// Button: cancel.
    Cancel,
    /// Button: delete.
    Delete,
    /// Button: edit.
    Edit,
    /// Button: undo the last deletion.
    Undo,
    /// Button: close a notice.
    Dismiss,
    /// A group was deleted (its name).
    GroupDeleted(String),
    /// A journal entry was deleted.
    EntryDeleted,
    /// Member home heading.
    JournalTitle,
    /// The journal's privacy promise.
    JournalPrivacy,
    /// Label: the entry's date.
    EntryDate,
    /// Label: the entry's text.
    EntryText,
    /// Button: add an entry.
    AddEntry,
    /// Empty journal.
    NoEntries,
    /// Settings heading.
    SettingsTitle,
    /// Settings: language.
    Language,
    /// Settings: calendar.
    CalendarLabel,
    /// Calendar option: Jalali.
    CalendarJalali,
    /// Calendar option: Gregorian.
    CalendarGregorian,
    /// Settings: theme.
    ThemeLabel,
    /// Theme option: follow the system.
    ThemeSystem,
    /// Theme option: light.
    ThemeLight,
    /// Theme option: dark.
    ThemeDark,
    /// Settings: which space opens first.
    StartSpace,
    /// Settings: storage section.
    StorageTitle,
    /// Storage usage in kilobytes and percent.
    StorageUsed {
        /// Kilobytes used.
        used_kb: usize,
        /// Kilobytes available in all.
        total_kb: usize,
        /// Share used, 0–100.
        percent: usize,
    },
    /// Storage is 80 % full or more.
    StorageNearlyFull,
    /// Button: save everything to a file.
    ExportAll,
    /// What the export file is (until encrypted backups exist).
    ExportPlainNote,
    /// A required field was empty.
    FieldEmpty,
    /// A field was too long.
    FieldTooLong {
        /// Most characters allowed.
        max: usize,
    },
    /// The browser's storage is full: the change is only in this tab.
    QuotaExceeded,
    /// Storing failed for another reason: the change is only in this tab.
    SaveFailed,
    /// Changes not yet stored.
    Unsaved(usize),
    /// Button: try saving again.
    Retry,
    /// Stored data could not be read and was set aside.
    CorruptSetAside(usize),
    /// Set-aside data could not even be moved: left in place, read-only.
    CorruptLeftInPlace,
    /// Button: save the set-aside data to a file.
    SaveSetAside,
    /// Data from a newer version: read-only.
    FutureVersion,
    /// The browser does not allow storage at all (private mode, disabled).
    StorageUnavailable,
    /// A change was refused because the data is read-only.
    ReadOnly,
    /// The same record was changed in another tab: both versions kept.
    ConflictKeptBoth(usize),
    /// A change in another tab removed what was being edited here.
    ConflictDeletedElsewhere,
    /// A deletion was not applied: the item had been changed in another tab (review M8).
    ConflictEditedElsewhere,
    /// The data file holds a locked space only as stored, still encrypted.
    ExportedLockedLeftSealed,
    /// A restore failed and the earlier data could not all be put back (review H2).
    ImportUnverified,
    /// Button: save the data from before the restore to a file.
    SaveBeforeRestore,
    /// Button: try putting the earlier data back again.
    PutBackAgain,
    /// The earlier data is back, checked.
    PutBackDone,
    /// Saved to a file.
    Exported,
    /// A group's focus.
    FocusName(Focus),
    /// A group's purpose.
    PurposeName(Purpose),
    /// A session's stage.
    StageName(Stage),
    /// One line on what a stage needs.
    StageHint(Stage),
    /// An agenda block's kind.
    BlockKindName(BlockKind),
    /// A built-in default text.
    BuiltinText(Builtin),
    /// A problem or advice about a plan.
    Plan(PlanIssue),
    /// A consent state.
    ConsentName(Consent),
    /// An attendance mark.
    AttendanceName(Attendance),
    /// A weekday name (days from Monday).
    WeekdayName(u8),
    /// Button/link: open a group.
    OpenGroup,
    /// Group page: the plan section.
    PlanTitle,
    /// Field: focus.
    FocusLabel,
    /// Field: purpose.
    PurposeLabel,
    /// Field: population.
    PopulationLabel,
    /// Field: planned size.
    PlannedSizeLabel,
    /// Field: number of sessions.
    SessionCountLabel,
    /// Field: session length.
    SessionMinutesLabel,
    /// Field: start date.
    StartDateLabel,
    /// Field: weekday.
    WeekdayLabel,
    /// Field: time.
    TimeLabel,
    /// Field: room.
    RoomLabel,
    /// Field: co-facilitator.
    CoFacilitatorLabel,
    /// Field: goals.
    GoalsLabel,
    /// Field: ground rules.
    GroundRulesLabel,
    /// ASCA section title.
    AscaTitle,
    /// ASCA: target group.
    AscaTarget,
    /// ASCA: data used to select members.
    AscaSelection,
    /// ASCA: student standards (5th) / mindsets & behaviors (4th).
    AscaStandards,
    /// ASCA: resources.
    AscaResources,
    /// ASCA: participation (5th) / process (4th) data.
    AscaParticipation,
    /// ASCA: perception data (4th) / mindsets & behaviors data (5th).
    AscaPerception,
    /// ASCA: achievement-related (5th) / outcome (4th) data.
    AscaAchievement,
    /// ASCA: start and end dates (from the schedule).
    AscaDates(String, String),
    /// Button: save the plan.
    SavePlan,
    /// The plan was saved.
    PlanSaved,
    /// Some fields need fixing first.
    FixFieldsFirst,
    /// The plan was saved; this many fields had also been changed in another window.
    PlanSavedWithBoth(usize),
    /// Schedule section title.
    ScheduleTitle,
    /// No start date or weekday yet.
    ScheduleNotSet,
    /// Skipped dates.
    SkippedTitle,
    /// Button: add a skipped date.
    AddSkipped,
    /// Field: a date to skip.
    SkipDateLabel,
    /// Button: remove.
    Remove,
    /// Field: move a session to another date.
    MoveTo,
    /// Session N (1-based).
    SessionN(usize),
    /// Planned minutes against available.
    Minutes { planned: u32, available: u32 },
    /// Over the session length by N minutes.
    OverBy(u32),
    /// Members section.
    MembersTitle,
    /// Field: member code.
    MemberCode,
    /// Field: optional real name.
    MemberRealName,
    /// Hint: codes keep members pseudonymous.
    MemberPrivacyHint,
    /// Button: add a member.
    AddMember,
    /// Field: consent.
    ConsentLabel,
    /// Field: parental permission.
    ParentalLabel,
    /// Attendance section.
    AttendanceTitle,
    /// Attendance rate (percent).
    AttendanceRate(u32),
    /// No mark yet.
    NotMarked,
    /// Member column header.
    MemberColumn,
    /// Print links.
    PrintTitle,
    /// Print: the session handout.
    PrintSession,
    /// Print: the whole plan.
    PrintPlan,
    /// Print: the attendance sheet.
    PrintAttendance,
    /// Button: print.
    PrintNow,
    /// Link: back to the group.
    BackToGroup,
    /// Session page: objectives.
    ObjectivesLabel,
    /// Session page: stage.
    StageLabel,
    /// Session page: agenda.
    AgendaTitle,
    /// Block field: kind.
    BlockKindLabel,
    /// Block field: title.
    BlockTitleLabel,
    /// Block field: minutes.
    BlockMinutesLabel,
    /// Block field: description.
    BlockDescriptionLabel,
    /// Block field: materials.
    BlockMaterialsLabel,
    /// Block field: processing questions.
    BlockQuestionsLabel,
    /// Block field: between-sessions task.
    BlockTaskLabel,
    /// Block field: journal prompt.
    BlockPromptLabel,
    /// Button: add a block.
    AddBlock,
    /// Button: move a block up.
    MoveUp,
    /// Button: move a block down.
    MoveDown,
    /// Button: duplicate a block.
    Duplicate,
    /// A block was removed.
    BlockRemoved,
    /// A member was removed.
    MemberRemoved,
    /// Materials of the whole session.
    MaterialsTitle,
    /// No materials.
    NoMaterials,
    /// Private notes after the session.
    NotesLabel,
    /// Hint: notes stay private.
    NotesHint,
    /// Signature line on the attendance sheet.
    DateColumn,
    /// Guide link.
    GuideTitle,
    /// Guide text, section by section.
    GuideSection(u8),
    /// Not found.
    NotFound,
    /// How to type a date (an example in the person's calendar).
    DateFormatHint(String),
    /// Why a date was refused, in a sentence of its own (journal entry, imported record).
    DateRefused(hamdel_domain::dates::DateProblem),
    /// A date field's error, naming the problem and an example to copy.
    DateFieldProblem(hamdel_domain::dates::DateProblem, String),
    /// An action refused because a field shows an error: the field's label.
    FixFieldFirst(Box<Msg>),
    /// The date picker's toggle.
    PickDate,
    /// Picker: day.
    DayLabel,
    /// Picker: month.
    MonthLabel,
    /// Picker: year.
    YearLabel,
    /// Navigation and heading: the exercise library.
    LibraryTitle,
    /// Search field label.
    SearchLabel,
    /// Filter: any value.
    AnyOption,
    /// Filter: at most this many minutes.
    MaxMinutesLabel,
    /// Filter: group size.
    GroupSizeLabel,
    /// Filter: age.
    AgeLabel,
    /// How many exercises match.
    ResultsCount(usize),
    /// Button: a new exercise of one's own.
    NewExercise,
    /// Tag: a built-in exercise.
    BuiltinTag,
    /// Tag: the counsellor's own exercise.
    CustomTag,
    /// Exercise field: goal.
    GoalLabel,
    /// Exercise field: steps.
    StepsLabel,
    /// Exercise field: processing questions.
    QuestionsLabel,
    /// Exercise field: variations.
    VariationsLabel,
    /// Exercise field: cautions.
    CautionsLabel,
    /// Exercise field: materials.
    MaterialsLabel,
    /// Exercise field: stages.
    StagesLabel,
    /// Exercise field: focus areas.
    FocusAreasLabel,
    /// Heading: groups that use an exercise.
    UsedBy,
    /// No group uses it yet.
    NotUsedYet,
    /// A custom exercise was deleted.
    ExerciseDeleted,
    /// Built-ins are never changed in place.
    BuiltinReadOnlyHint,
    /// Minutes, group size and ages of an exercise.
    ExerciseFacts {
        minutes: u16,
        size: (u16, u16),
        ages: (u16, u16),
    },
    /// Heading: start from a ready plan.
    TemplatesTitle,
    /// Label: choose a template.
    TemplateChoose,
    /// Button: create a group from the template.
    CreateFromTemplate,
    /// Label: add a block from the library.
    AddFromLibrary,
    /// Minutes left in the session.
    MinutesLeft(u32),
    /// Button: add the chosen exercise.
    AddExercise,
    /// Text that is data, not interface (an exercise or template title), shown as it is.
    Verbatim(String),
    /// A mood on the 5-point scale (1–5).
    MoodName(u8),
    /// Field: mood.
    MoodLabel,
    /// Field: feelings tags.
    TagsLabel,
    /// Field: one's own tags.
    OwnTagsLabel,
    /// A starter feelings tag (index into the starter set).
    StarterTag(u8),
    /// Button: suggest a prompt.
    NeedIdea,
    /// The welcome, shown and hidden.
    WelcomeToggle,
    /// Search the journal.
    SearchJournal,
    /// Filter: from date.
    FromLabel,
    /// Filter: to date.
    ToLabel,
    /// A draft was restored.
    DraftRestored,
    /// Navigation: surveys.
    SurveysTitle,
    /// Button: take a survey.
    TakeSurvey,
    /// Button: see my score.
    SubmitAnswers,
    /// A score out of the maximum.
    YourScore(u32, u32),
    /// WHO-5 percentage.
    Who5Percent(u32),
    /// A plain description of a score.
    BandText(Band),
    /// Some items are unanswered.
    AnswerAll(usize),
    /// History heading.
    HistoryTitle,
    /// No attempts yet.
    NoAttempts,
    /// Mood chart title.
    MoodChartTitle,
    /// Score chart title (survey name).
    ScoreChartTitle(String),
    /// Column: score.
    ScoreColumn,
    /// The Persian wording was translated for Hamdel.
    TranslatedForHamdel,
    /// Label: the prompt written to.
    PromptLabel,
    /// Goals heading and link.
    GoalsTitle,
    /// Field: a new goal.
    NewGoal,
    /// Button: add the goal.
    AddGoal,
    /// Field: a new step.
    NewStep,
    /// Button: add the step.
    AddStep,
    /// Field: this week's progress.
    RateWeek,
    /// A goal was deleted.
    GoalDeleted,
    /// Column: progress.
    ProgressColumn,
    /// No goals yet.
    NoGoals,
    /// The between-sessions task was done.
    TaskDoneLabel,
    /// Encryption: BackupTitle.
    BackupTitle,
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
    /// Changes that could not be stored before a reload were taken up again; `still` of them
    /// are not stored yet.
    PendingKeptAcrossReload {
        /// How many were taken up.
        kept: usize,
        /// How many are still not stored.
        still: usize,
    },
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
    /// Encryption: ImportLocked.
    ImportLocked,
    /// Encryption: ImportNothing.
    ImportNothing,
    /// Encryption: SecurityLink.
    SecurityLink,
    /// Encryption: LockTitle.
    LockTitle,
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
    /// Encryption: LockDamaged.
    LockDamaged,
    /// Switching the lock off would not fit in the browser's storage (units over).
    LockOffWontFit(usize),
    /// Encryption: LockThisSpace.
    LockThisSpace,
    /// Kits and results: KitTitle.
    KitTitle,
    /// Kits and results: KitIntro.
    KitIntro,
    /// Kits and results: KitSurveys.
    KitSurveys,
    /// Kits and results: KitSurveysNote.
    KitSurveysNote,
    /// Kits and results: KitIncludeCodes.
    KitIncludeCodes,
    /// Kits and results: KitPromptsNote.
    KitPromptsNote,
    /// Kits and results: KitLinkTitle.
    KitLinkTitle,
    /// Kits and results: KitLinkLabel.
    KitLinkLabel,
    /// Kits and results: CopyLink.
    CopyLink,
    /// Kits and results: SaveKitFile.
    SaveKitFile,
    /// Kits and results: KitQrLabel.
    KitQrLabel,
    /// Kits and results: KitTooBigForQr.
    KitTooBigForQr,
    /// Kits and results: LinkCopied.
    LinkCopied,
    /// Kits and results: ReportTitle.
    ReportTitle,
    /// Kits and results: PaperForms.
    PaperForms,
    /// Kits and results: ShareImportTitle.
    ShareImportTitle,
    /// Kits and results: ShareImportNote.
    ShareImportNote,
    /// Kits and results: ShareFiles.
    ShareFiles,
    /// Kits and results: PaperTitle.
    PaperTitle,
    /// Kits and results: PaperSurvey.
    PaperSurvey,
    /// Kits and results: MomentChoice.
    MomentChoice,
    /// Kits and results: PaperCodeMissing.
    PaperCodeMissing,
    /// Kits and results: PaperSaved.
    PaperSaved,
    /// Kits and results: SavePaper.
    SavePaper,
    /// Kits and results: NoPairs.
    NoPairs,
    /// Kits and results: ScaleCaption.
    ScaleCaption,
    /// Kits and results: ScaleColumn.
    ScaleColumn,
    /// Kits and results: ChangeColumn.
    ChangeColumn,
    /// Kits and results: ItemsCaption.
    ItemsCaption,
    /// Kits and results: ItemColumn.
    ItemColumn,
    /// Kits and results: ResultsPerMember.
    ResultsPerMember,
    /// Kits and results: ReportSummary.
    ReportSummary,
    /// Kits and results: ReportAttendance.
    ReportAttendance,
    /// Kits and results: ReportPerceptionNote.
    ReportPerceptionNote,
    /// Kits and results: SharedNotesTitle.
    SharedNotesTitle,
    /// Kits and results: ReportAchievement.
    ReportAchievement,
    /// Kits and results: ReportContributing.
    ReportContributing,
    /// Kits and results: ReportImplications.
    ReportImplications,
    /// Kits and results: ShareOtherCounsellor.
    ShareOtherCounsellor,
    /// Kits and results: ShareDamaged.
    ShareDamaged,
    /// Kits and results: ShareNotAShare.
    ShareNotAShare,
    /// Kits and results: ShareNewer.
    ShareNewer,
    /// Kits and results: ShareOtherGroup.
    ShareOtherGroup,
    /// Kits and results: ShareDuplicate.
    ShareDuplicate,
    /// A share-back's results do not fit the group's surveys; what is wrong.
    ShareBadResults(hamdel_domain::kit::ResultProblem),
    /// A share-back was read but could not be stored (storage).
    ShareNotStored,
    /// The counsellor's key record cannot be read.
    CounsellorKeysUnreadable,
    /// Kits and results: JoinedGroup.
    JoinedGroup,
    /// Kits and results: ShareSaved.
    ShareSaved,
    /// Kits and results: KitNotAKit.
    KitNotAKit,
    /// Kits and results: KitNewer.
    KitNewer,
    /// Kits and results: KitTooLarge.
    KitTooLarge,
    /// Kits and results: KitInvalid.
    KitInvalid,
    /// Kits and results: JoinTitle.
    JoinTitle,
    /// Kits and results: KitFile.
    KitFile,
    /// Kits and results: TaskLabel.
    TaskLabel,
    /// Kits and results: KitPreviewIntro.
    KitPreviewIntro,
    /// Kits and results: KitAlreadyJoined.
    KitAlreadyJoined,
    /// Kits and results: KitSessions.
    KitSessions,
    /// Kits and results: KitShareNote.
    KitShareNote,
    /// Kits and results: YourCode.
    YourCode,
    /// Kits and results: ChooseCode.
    ChooseCode,
    /// Kits and results: JoinGroup.
    JoinGroup,
    /// Kits and results: SurveyDue.
    SurveyDue,
    /// Kits and results: WriteAboutThis.
    WriteAboutThis,
    /// Kits and results: ShareWithCounsellor.
    ShareWithCounsellor,
    /// Kits and results: ShareIntro.
    ShareIntro,
    /// Kits and results: ShareSurveys.
    ShareSurveys,
    /// Kits and results: ShareEntries.
    ShareEntries,
    /// Kits and results: ShareGoals.
    ShareGoals,
    /// Kits and results: PreviewShare.
    PreviewShare,
    /// Kits and results: ShareExactly.
    ShareExactly,
    /// Kits and results: ShareEncryptedNote.
    ShareEncryptedNote,
    /// Kits and results: SaveShare.
    SaveShare,
    /// Kits and results: ForMembersTitle.
    ForMembersTitle,
    /// Kits and results: ForMembersHint.
    ForMembersHint,
    /// Kits and results: SessionPromptLabel.
    SessionPromptLabel,
    /// Kits and results: SessionTaskLabel.
    SessionTaskLabel,
    /// Kits and results: MembersAndResults.
    MembersAndResults,
    /// Kits and results: MomentName.
    MomentName(Moment),
    /// Kits and results: ImprovedShare.
    ImprovedShare {
        improved: usize,
        paired: usize,
        percent: u32,
    },
    /// Kits and results: ScaleTotal.
    ScaleTotal(u32),
    /// Kits and results: ReportMembers.
    ReportMembers(usize),
    /// Kits and results: ReportSessionsHeld.
    ReportSessionsHeld(usize, usize),
    /// Kits and results: ShareReceived.
    ShareReceived {
        code: String,
        results: usize,
        notes: usize,
    },
    /// Kits and results: ShareCounts.
    ShareCounts {
        surveys: usize,
        entries: usize,
        goals: usize,
    },
    /// Journal list: show the next page.
    ShowMore {
        /// Entries shown now.
        shown: usize,
        /// Entries that match.
        total: usize,
    },
    /// Backup refused: a space it needs is locked.
    BackupLocked,
}

impl Msg {
    /// The message in the given language.
    pub fn text(&self, locale: Locale) -> String {
        match locale {
            Locale::Fa => fa(self, locale),
            Locale::En => en(self, locale),
        }
    }

    /// The message for a refused text field.
    pub fn for_text_error(err: TextError) -> Msg {
        match err {
            TextError::Empty => Msg::FieldEmpty,
            TextError::TooLong { max, .. } => Msg::FieldTooLong { max },
        }
    }
}

fn en(msg: &Msg, l: Locale) -> String {
    let s = match msg {
        Msg::AppName => "Hamdel",
        Msg::Tagline => "Counselling groups and a private journal",
        Msg::SkipToContent => "Skip to content",
        Msg::MainNavigation => "Main",
        Msg::NavCounsellor => "Counsellor",
        Msg::NavMember => "My journal",
        Msg::NavSettings => "Settings",
        Msg::OtherLanguage => "فارسی",
        Msg::WelcomeTitle => "Welcome to Hamdel",
        Msg::WelcomeQuestion => "Who is using Hamdel on this device?",
        Msg::RoleCounsellor => "I am a counsellor",
        Msg::RoleCounsellorHint => {
            "Plan and run counselling groups: sessions, members, attendance."
        }
        Msg::RoleMember => "I am a group member",
        Msg::RoleMemberHint => "Keep a private journal about yourself and your group.",
        Msg::WelcomePrivacy => {
            "Everything you write stays in this browser on this device. You can switch spaces at any time."
        }
        Msg::GroupsTitle => "Your groups",
        Msg::NewGroupName => "New group name",
        Msg::CreateGroup => "Create group",
        Msg::NoGroups => "No groups yet. Create your first group above.",
        Msg::CreatedOn(date) => return format!("Created {date}"),
        Msg::GroupName => "Group name",
        Msg::Rename => "Rename",
        Msg::Save => "Save",
        Msg::Delete => "Delete",
        Msg::Edit => "Edit",
        Msg::Undo => "Undo",
        Msg::Dismiss => "Dismiss",
        Msg::GroupDeleted(name) => return format!("Group “{name}” deleted."),
        Msg::EntryDeleted => "Entry deleted.",
        Msg::JournalTitle => "My journal",
        Msg::JournalPrivacy => {
            "Your journal stays on this device. Nothing is shared unless you choose to share it."
        }
        Msg::EntryDate => "Date",
        Msg::EntryText => "What is on your mind?",
        Msg::AddEntry => "Add entry",
        Msg::NoEntries => "No entries yet. Write your first one above.",
        Msg::SettingsTitle => "Settings",
        Msg::Language => "Language",
        Msg::CalendarLabel => "Calendar",
        Msg::CalendarJalali => "Solar Hijri (Jalali)",
        Msg::CalendarGregorian => "Gregorian",
        Msg::ThemeLabel => "Theme",
        Msg::ThemeSystem => "Same as this device",
        Msg::ThemeLight => "Light",
        Msg::ThemeDark => "Dark",
        Msg::StartSpace => "Open on start",
        Msg::StorageTitle => "Storage on this device",
        Msg::StorageUsed {
            used_kb,
            total_kb,
            percent,
        } => {
            return format!(
                "{} KB of about {} KB used ({}%).",
                number(used_kb, l),
                number(total_kb, l),
                number(percent, l)
            );
        }
        Msg::StorageNearlyFull => {
            "Storage is nearly full. Save your data to a file, then remove what you no longer need."
        }
        Msg::ExportAll => "Save all my data to a file",
        Msg::ExportPlainNote => "The file is not encrypted: keep it somewhere only you can open.",
        Msg::FieldEmpty => "Please write something here.",
        Msg::FieldTooLong { max } => {
            return format!("Too long: at most {} characters.", number(max, l));
        }
        Msg::QuotaExceeded => {
            "This browser’s storage is full, so your last change is kept only in this tab. Save your data to a file now, then free some space."
        }
        Msg::SaveFailed => {
            "Your last change could not be stored, so it is kept only in this tab. Try again, or save your data to a file."
        }
        Msg::Unsaved(n) => return format!("{} change(s) not saved yet.", number(n, l)),
        Msg::Retry => "Try saving again",
        Msg::CorruptSetAside(n) => {
            return format!(
                "{} stored item(s) could not be read. They were set aside unchanged; you can save them to a file.",
                number(n, l)
            );
        }
        Msg::CorruptLeftInPlace => {
            "Some stored data could not be read and there was no room to set it aside. It is left untouched and this part of the app is read-only."
        }
        Msg::SaveSetAside => "Save the unreadable data to a file",
        Msg::FutureVersion => {
            "Some data was saved by a newer version of Hamdel. It is shown read-only so nothing is overwritten. Open the newer version to change it."
        }
        Msg::StorageUnavailable => {
            "This browser does not let Hamdel store anything (private mode or a setting). Nothing you enter will be kept after you close the tab."
        }
        Msg::ReadOnly => "Not saved: this data is read-only here.",
        Msg::ConflictKeptBoth(n) => {
            return format!(
                "{} item(s) were changed in another tab at the same time. Both versions were kept.",
                number(n, l)
            );
        }
        Msg::ConflictDeletedElsewhere => {
            "This item was deleted in another tab; your edit brought it back."
        }
        Msg::ConflictEditedElsewhere => {
            "This item was changed in another tab, so it was not deleted. Delete it again if you still want to."
        }
        Msg::ImportUnverified => {
            "Bringing back the backup failed part way, and what was here before could not all be put back (storage is full). Your earlier data is kept in this tab: save it to a file now, or free some space and put it back."
        }
        Msg::SaveBeforeRestore => "Save earlier data to a file",
        Msg::PutBackAgain => "Put it back again",
        Msg::PutBackDone => "Your earlier data is back, checked item by item.",
        Msg::Exported => "Saved to a file.",
        Msg::ExportedLockedLeftSealed => {
            "A locked space is in the file only as it is stored, still encrypted with your lock. Unlock it and save again to have it readable."
        }
        Msg::FocusName(f) => match f {
            Focus::Personal => "Personal",
            Focus::Academic => "Academic",
            Focus::Social => "Social",
            Focus::Vocational => "Vocational (career)",
        },
        Msg::PurposeName(p) => match p {
            Purpose::Preventive => "Preventive",
            Purpose::Educational => "Educational",
            Purpose::Remedial => "Remedial",
        },
        Msg::StageName(st) => match st {
            Stage::Initial => "Initial",
            Stage::Transition => "Transition",
            Stage::Working => "Working",
            Stage::Final => "Final",
        },
        Msg::StageHint(st) => match st {
            Stage::Initial => {
                "Getting to know each other; ground rules, confidentiality and consent; building safety and trust."
            }
            Stage::Transition => {
                "Members test the group: expect hesitation and conflict, name it kindly, keep the rules alive."
            }
            Stage::Working => {
                "The group works on its goals: practice, feedback, and trying new ways between sessions."
            }
            Stage::Final => {
                "Look back, plan how to keep using what was learned, and say goodbye well."
            }
        },
        Msg::BlockKindName(k) => match k {
            BlockKind::Opening => "Opening / check-in",
            BlockKind::WarmUp => "Warm-up",
            BlockKind::Main => "Main activity",
            BlockKind::Processing => "Processing",
            BlockKind::Closing => "Closing",
        },
        Msg::BuiltinText(b) => match b {
            Builtin::FirstObjectives => {
                "Members get to know each other and the group's purpose, agree how the group will work, and feel safe enough to take part."
            }
            Builtin::Welcome => "Welcome and introductions",
            Builtin::GroundRules => "Agreeing our ground rules together",
            Builtin::Confidentiality => "Confidentiality and its limits",
            Builtin::Consent => "Consent: what taking part means, and that you may pass",
            Builtin::FirstTask => {
                "Notice one moment this week when you felt part of a group, and what made it so."
            }
            Builtin::FirstPrompt => {
                "What do I hope to get from this group, and what might make it hard for me?"
            }
            Builtin::FinalObjectives => {
                "Members review what they learned, plan how to keep using it, and say goodbye."
            }
            Builtin::Review => "Looking back on our sessions",
            Builtin::Transfer => "Taking it with me: my plan for everyday life",
            Builtin::Goodbye => "Saying goodbye",
            Builtin::FinalTask => "Follow your plan for the next month and check it once a week.",
            Builtin::FinalPrompt => {
                "What will I take with me from this group, and who can support me?"
            }
        },
        Msg::Plan(i) => match i {
            PlanIssue::Name(TextError::Empty) => "Please give the group a name.",
            PlanIssue::Name(TextError::TooLong { .. }) => "The name is too long.",
            PlanIssue::TooFewMembers => "A group needs at least two members.",
            PlanIssue::LargeGroup => {
                "More than ten members is hard to run well; consider two groups."
            }
            PlanIssue::SizeOutsideSchoolAdvice => {
                "School groups usually work best with 4 to 8 members."
            }
            PlanIssue::NoSessions => "Plan at least one session.",
            PlanIssue::TooManySessions => {
                "That is more sessions than a plan can hold (at most 40)."
            }
            PlanIssue::SessionsOutsideAdvice => "Most school groups meet 6 to 10 times.",
            PlanIssue::LengthOutOfRange => "A session lasts between 1 and 240 minutes.",
            PlanIssue::BadTime => "Write the time as HH:MM, for example 10:30.",
            PlanIssue::DateOutOfRange => "Dates between the years 1900 and 2200 only.",
        },
        Msg::ConsentName(c) => match c {
            Consent::Pending => "Pending",
            Consent::Given => "Given",
            Consent::Refused => "Refused",
            Consent::NotNeeded => "Not needed",
        },
        Msg::AttendanceName(a) => match a {
            Attendance::Present => "Present",
            Attendance::Absent => "Absent",
            Attendance::Excused => "Excused",
        },
        Msg::WeekdayName(d) => match d {
            0 => "Monday",
            1 => "Tuesday",
            2 => "Wednesday",
            3 => "Thursday",
            4 => "Friday",
            5 => "Saturday",
            _ => "Sunday",
        },
        Msg::OpenGroup => "Open",
        Msg::PlanTitle => "Plan",
        Msg::FocusLabel => "Focus",
        Msg::PurposeLabel => "Purpose",
        Msg::PopulationLabel => "Who it is for (grade or age)",
        Msg::PlannedSizeLabel => "Planned number of members",
        Msg::SessionCountLabel => "Number of sessions",
        Msg::SessionMinutesLabel => "Minutes per session",
        Msg::StartDateLabel => "Start date",
        Msg::WeekdayLabel => "Meeting day",
        Msg::TimeLabel => "Time (HH:MM)",
        Msg::RoomLabel => "Room",
        Msg::CoFacilitatorLabel => "Co-facilitator",
        Msg::GoalsLabel => "Goals",
        Msg::GroundRulesLabel => "Ground rules",
        Msg::AscaTitle => "ASCA small-group plan",
        Msg::AscaTarget => "Target group",
        Msg::AscaSelection => "Data used to select members",
        Msg::AscaStandards => "Student standards (5th ed.) / ASCA Mindsets & Behaviors (4th ed.)",
        Msg::AscaResources => "Resources",
        Msg::AscaParticipation => "Participation data (5th ed.) / Process data (4th ed.)",
        Msg::AscaPerception => "Mindsets & behaviors data (5th ed.) / Perception data (4th ed.)",
        Msg::AscaAchievement => "Achievement-related data (5th ed.) / Outcome data (4th ed.)",
        Msg::AscaDates(a, b) => return format!("Start and end dates: {a} – {b}"),
        Msg::SavePlan => "Save plan",
        Msg::PlanSaved => "Plan saved.",
        Msg::FixFieldsFirst => "Some fields need a look before the plan can be saved.",
        Msg::PlanSavedWithBoth(n) => {
            return if *n == 1 {
                "Plan saved. One field was also changed in another window: both versions are kept (text side by side); check it.".to_owned()
            } else {
                format!(
                    "Plan saved. {n} fields were also changed in another window: both versions are kept (text side by side); check them."
                )
            };
        }
        Msg::ScheduleTitle => "Schedule",
        Msg::ScheduleNotSet => "Set a start date and a meeting day to see the dates.",
        Msg::SkippedTitle => "No meeting on (holidays, exams)",
        Msg::AddSkipped => "Skip this date",
        Msg::SkipDateLabel => "Date to skip",
        Msg::Remove => "Remove",
        Msg::MoveTo => "Move to",
        Msg::SessionN(n) => return format!("Session {}", number(n, l)),
        Msg::Minutes { planned, available } => {
            return format!(
                "{} of {} minutes planned",
                number(planned, l),
                number(available, l)
            );
        }
        Msg::OverBy(n) => return format!("{} minutes over the session length.", number(n, l)),
        Msg::MembersTitle => "Members",
        Msg::MemberCode => "Code or initials",
        Msg::MemberRealName => "Real name (optional)",
        Msg::MemberPrivacyHint => "Members are known by a code unless you choose to type a name.",
        Msg::AddMember => "Add member",
        Msg::ConsentLabel => "Consent",
        Msg::ParentalLabel => "Parental permission",
        Msg::AttendanceTitle => "Attendance",
        Msg::AttendanceRate(p) => return format!("Attendance rate: {}%", number(p, l)),
        Msg::NotMarked => "—",
        Msg::MemberColumn => "Member",
        Msg::PrintTitle => "Print",
        Msg::PrintSession => "Session handout",
        Msg::PrintPlan => "Whole group plan",
        Msg::PrintAttendance => "Attendance sheet",
        Msg::PrintNow => "Print",
        Msg::BackToGroup => "Back to the group",
        Msg::ObjectivesLabel => "Objectives",
        Msg::StageLabel => "Stage",
        Msg::AgendaTitle => "Agenda",
        Msg::BlockKindLabel => "Part",
        Msg::BlockTitleLabel => "Title",
        Msg::BlockMinutesLabel => "Minutes",
        Msg::BlockDescriptionLabel => "What happens",
        Msg::BlockMaterialsLabel => "Materials (one per line)",
        Msg::BlockQuestionsLabel => "Processing questions (one per line)",
        Msg::BlockTaskLabel => "Between-sessions task (for everyday life)",
        Msg::BlockPromptLabel => "Journal prompt for members",
        Msg::AddBlock => "Add block",
        Msg::MoveUp => "Move up",
        Msg::MoveDown => "Move down",
        Msg::Duplicate => "Duplicate",
        Msg::BlockRemoved => "Block removed.",
        Msg::MemberRemoved => "Member removed.",
        Msg::MaterialsTitle => "Materials for this session",
        Msg::NoMaterials => "No materials listed.",
        Msg::NotesLabel => "Private notes after the session",
        Msg::NotesHint => "Only you see these notes; they are never printed for members or shared.",
        Msg::DateColumn => "Date",
        Msg::GuideTitle => "Counsellor's guide",
        Msg::GuideSection(n) => match n {
            0 => {
                "Stages. Groups move through an initial stage (safety, rules, trust), a transition stage (testing and hesitation), a working stage (practice and feedback) and a final stage (review, transfer, goodbye). Plan each session for the stage the group is in."
            }
            1 => {
                "A session's shape. Open with a short check-in, warm up, do one main activity, process it with questions (what happened, what did you notice, what will you do with it), and close with a between-sessions task and a journal prompt."
            }
            2 => {
                "Size and length. School groups work best with 4 to 8 members, meeting 6 to 10 times for one school period (about 45 minutes). A group needs at least two members; above ten, consider two groups."
            }
            3 => {
                "Ground rules and confidentiality. Agree the rules with the members in the first session. Explain confidentiality and its limits plainly: safety comes first, and some things must be shared with others to keep someone safe."
            }
            4 => {
                "Purpose. Preventive groups build strengths before problems grow; educational groups teach skills; remedial groups work on a difficulty that is already there. Choose activities that serve the purpose and the focus."
            }
            _ => {
                "Transfer to everyday life. Every session ends with a small task to try before the next one; start the next session by asking how it went."
            }
        },
        Msg::NotFound => "This page does not exist (any more).",
        Msg::DateRefused(p) => match p {
            DateProblem::NotADate => "That is not a date of this calendar.",
            DateProblem::OutOfRange => "Dates between the years 1900 and 2200 only.",
            DateProblem::LooksGregorian => {
                "That year looks Gregorian; the Jalali calendar is in use."
            }
        },
        Msg::DateFieldProblem(p, example) => {
            return match p {
                DateProblem::NotADate => {
                    format!("Not a date this calendar has. Type it like {example}.")
                }
                DateProblem::OutOfRange => {
                    format!("Dates between the years 1900 and 2200 only. Type it like {example}.")
                }
                DateProblem::LooksGregorian => format!(
                    "That year looks Gregorian, but the Jalali calendar is in use (Settings → Calendar). Type it like {example}."
                ),
            };
        }
        Msg::FixFieldFirst(label) => {
            return format!(
                "Not done: \u{201c}{}\u{201d} shows a problem. Fix it first.",
                en(label, l)
            );
        }
        Msg::DateFormatHint(example) => {
            return format!("Not a date this calendar has. Type it like {example}.");
        }
        Msg::PickDate => "Pick",
        Msg::DayLabel => "Day",
        Msg::MonthLabel => "Month",
        Msg::YearLabel => "Year",
        Msg::LibraryTitle => "Exercise library",
        Msg::SearchLabel => "Search (Persian or English)",
        Msg::AnyOption => "Any",
        Msg::MaxMinutesLabel => "At most (minutes)",
        Msg::GroupSizeLabel => "Group size",
        Msg::AgeLabel => "Age",
        Msg::ResultsCount(n) => return format!("{} exercises", number(n, l)),
        Msg::NewExercise => "New exercise of my own",
        Msg::BuiltinTag => "Built-in",
        Msg::CustomTag => "Mine",
        Msg::GoalLabel => "Goal",
        Msg::StepsLabel => "Steps (one per line)",
        Msg::QuestionsLabel => "Processing questions (one per line)",
        Msg::VariationsLabel => "Variations (one per line)",
        Msg::CautionsLabel => "Cautions (one per line)",
        Msg::MaterialsLabel => "Materials (one per line)",
        Msg::StagesLabel => "Stages",
        Msg::FocusAreasLabel => "Focus areas",
        Msg::UsedBy => "Groups that use it",
        Msg::NotUsedYet => "No group uses it yet.",
        Msg::ExerciseDeleted => "Exercise deleted.",
        Msg::BuiltinReadOnlyHint => {
            "Built-in exercises are never changed. Duplicate one to make a copy of your own to edit."
        }
        Msg::ExerciseFacts {
            minutes,
            size,
            ages,
        } => {
            return format!(
                "{} minutes · groups of {}–{} · ages {}–{}",
                number(minutes, l),
                number(size.0, l),
                number(size.1, l),
                number(ages.0, l),
                number(ages.1, l)
            );
        }
        Msg::TemplatesTitle => "Start from a ready plan",
        Msg::TemplateChoose => "Ready plan",
        Msg::CreateFromTemplate => "Create group from this plan",
        Msg::AddFromLibrary => "Add an exercise from the library",
        Msg::MinutesLeft(n) => return format!("{} minutes left", number(n, l)),
        Msg::AddExercise => "Add exercise",
        Msg::Verbatim(text) => return text.clone(),
        Msg::MoodName(m) => match m {
            1 => "Very low",
            2 => "Low",
            3 => "Okay",
            4 => "Good",
            _ => "Very good",
        },
        Msg::MoodLabel => "How do you feel?",
        Msg::TagsLabel => "Feelings",
        Msg::OwnTagsLabel => "Your own words (separate with commas)",
        Msg::StarterTag(i) => match i {
            0 => "calm",
            1 => "happy",
            2 => "proud",
            3 => "hopeful",
            4 => "tired",
            5 => "worried",
            6 => "sad",
            7 => "angry",
            8 => "lonely",
            _ => "confused",
        },
        Msg::NeedIdea => "Need an idea?",
        Msg::WelcomeToggle => "About this journal and your group",
        Msg::SearchJournal => "Search my journal",
        Msg::FromLabel => "From",
        Msg::ToLabel => "To",
        Msg::DraftRestored => "Your unfinished entry is back.",
        Msg::SurveysTitle => "Check in with myself",
        Msg::TakeSurvey => "Start",
        Msg::SubmitAnswers => "See my result",
        Msg::YourScore(t, m) => return format!("Your score: {} of {}", number(t, l), number(m, l)),
        Msg::Who5Percent(p) => return format!("As a percentage: {}%", number(p, l)),
        Msg::BandText(b) => match b {
            Band::SelfEsteemLow => {
                "Right now you see yourself quite critically. Many people go through times like this; it can help to talk about it with someone you trust."
            }
            Band::SelfEsteemTypical => {
                "You see yourself in a fairly balanced way, with good days and harder ones, like most people your age."
            }
            Band::SelfEsteemHigh => {
                "Right now you see yourself in a warm, positive way. Notice what helps you feel like this."
            }
            Band::WellBeingLow => {
                "The last two weeks seem to have been hard. It could really help to talk with your group counsellor or another adult you trust. This is not a diagnosis, just a signal to look after yourself."
            }
            Band::WellBeingOk => {
                "The last two weeks seem to have gone fairly well for you. Keep noticing what helps."
            }
        },
        Msg::AnswerAll(n) => {
            return format!("Please answer every statement ({} left).", number(n, l));
        }
        Msg::HistoryTitle => "My results over time",
        Msg::NoAttempts => "No results yet.",
        Msg::MoodChartTitle => "My mood over time",
        Msg::ScoreChartTitle(name) => return format!("{name}: scores over time"),
        Msg::ScoreColumn => "Score",
        Msg::TranslatedForHamdel => {
            "The Persian wording was translated for Hamdel; it is not the published Persian version."
        }
        Msg::PromptLabel => "Prompt",
        Msg::GoalsTitle => "My goals",
        Msg::NewGoal => "A goal of my own",
        Msg::AddGoal => "Add goal",
        Msg::NewStep => "A small step",
        Msg::AddStep => "Add step",
        Msg::RateWeek => "This week, how far along am I? (0–10)",
        Msg::GoalDeleted => "Goal deleted.",
        Msg::ProgressColumn => "Progress",
        Msg::NoGoals => "No goals yet. What small change would you like to try?",
        Msg::TaskDoneLabel => "I did my between-sessions task",
        Msg::BackupTitle => "Encrypted backup",
        Msg::BackupIntro => {
            "A backup is a file encrypted with a passphrase you choose, in the open age format (any age tool can open it). Keep it somewhere safe: it is the way back if this device, this browser or a lock passphrase is lost."
        }
        Msg::ExportTitle => "Save a backup",
        Msg::ScopeLabel => "What to include",
        Msg::ScopeEverything => "Everything on this device",
        Msg::ScopeGroup => "One group",
        Msg::ScopeJournal => "Journal entries between two dates",
        Msg::BackupGroupLabel => "Group",
        Msg::FromDate => "From",
        Msg::ToDate => "To",
        Msg::PassphraseLabel => "Passphrase",
        Msg::PassphraseAgain => "Passphrase again",
        Msg::PassphraseHint => {
            "At least 8 characters; a few unrelated words are easy to remember and hard to guess."
        }
        Msg::PassphraseStrength(level) => match level {
            0 => "Strength: too short",
            1 => "Strength: weak",
            2 => "Strength: fair",
            _ => "Strength: strong",
        },
        Msg::PassphraseTooShort => "Use at least 8 characters (and not one repeated character).",
        Msg::PassphraseMismatch => "The two passphrases are not the same.",
        Msg::DerivingKey => "Deriving the key from the passphrase (about a second)…",
        Msg::SaveBackup => "Save backup file",
        Msg::BackupSaved(n) => {
            return format!("Backup saved: {} records, encrypted.", number(n, l));
        }
        Msg::ImportTitle => "Bring back a backup",
        Msg::BackupFile => "Backup file (.age)",
        Msg::OpenBackup => "Open backup",
        Msg::ChooseFileFirst => "Choose a backup file first.",
        Msg::BackupWrongPassphrase => {
            "That passphrase does not open this backup (also tried as other keyboards type it). Nothing was changed. If you are sure it is right, this copy of the file may be damaged: try another copy."
        }
        Msg::BackupAskWork(log_n, secs) => {
            return format!(
                "This backup was saved with a slower key setting than Hamdel's (2^{}), as the age and rage tools often do. The file is fine; opening it takes about {} s and a lot of memory, and the page will not respond meanwhile.",
                number(log_n, l),
                number(secs, l)
            );
        }
        Msg::OpenAnyway => "Open it",
        Msg::BackupRecordRefused(kind, problem) => {
            let what = match kind {
                RecordKind::Group => "a group",
                RecordKind::Entry => "a journal entry",
                RecordKind::Goal => "a goal",
                RecordKind::Attempt => "a survey result",
            };
            let why = match problem {
                RecordProblem::Empty => "an empty text".to_owned(),
                RecordProblem::TooLong { max } => {
                    format!("a text longer than {} characters", number(max, l))
                }
                RecordProblem::DateOutOfRange => "a date outside the years 1900–2200".to_owned(),
                RecordProblem::BadMood => "a mood outside 1–5".to_owned(),
            };
            return format!(
                "This backup was not brought in: it holds {what} with {why}, which Hamdel would not accept if it were typed. Nothing was changed."
            );
        }
        Msg::BackupWorkTooHigh(log_n) => {
            return format!(
                "This backup asks for a very slow key setting (2^{}); Hamdel opens files up to 2^20, so it was not opened. Nothing was changed. The file may well be fine: decrypt it with the tool that made it and encrypt it again with `age -p`, or save a new backup from Hamdel.",
                number(log_n, l)
            );
        }
        Msg::TryingVariant(i, n) => {
            return format!(
                "Not opened as typed: trying the passphrase as another keyboard may have typed it ({} of {})…",
                number(i, l),
                number(n, l)
            );
        }
        Msg::OpenedWithVariant => {
            "Opened with the passphrase as another keyboard types it (Arabic ي/ك or ی/ک, or the half-space written differently)."
        }
        Msg::BackupDamaged => {
            "This file is damaged, cut short or was changed after it was saved. Nothing was changed."
        }
        Msg::BackupNotAge => "This is not a Hamdel backup file. Nothing was changed.",
        Msg::BackupNoPassphrase => {
            "This file is not protected by a passphrase: it may be a member's share-back (bring it in on the group's page), or its beginning is damaged. Nothing was changed."
        }
        Msg::BackupTooLarge => "This file is far too large to be a backup. Nothing was changed.",
        Msg::PendingKeptAcrossReload { kept, still } => {
            return if *still == 0 {
                format!(
                    "{} changes that could not be stored before the page was reloaded were kept, and are stored now.",
                    number(kept, l)
                )
            } else {
                format!(
                    "{} changes that could not be stored before the page was reloaded were kept; {} still do not fit. Save your data to a file, or free space and try again.",
                    number(kept, l),
                    number(still, l)
                )
            };
        }
        Msg::BackupNewer(v) => {
            return format!(
                "This backup was made by a newer version of Hamdel (format {}). Update the app first. Nothing was changed.",
                number(v, l)
            );
        }
        Msg::BackupInvalid => {
            "This backup opened, but its contents do not read. Nothing was changed."
        }
        Msg::BackupSummary(n) => {
            return format!("The backup opened: it holds {} records.", number(n, l));
        }
        Msg::ImportModeLabel => "How to bring it back",
        Msg::ModeMerge => {
            "Merge: keep everything here and add what is new; where a record differs, keep both."
        }
        Msg::ModeReplace => {
            "Replace: make it exactly as in the backup (records of the same kind that are not in the backup are removed)."
        }
        Msg::PreviewTitle => "What will change",
        Msg::PreviewAdded(n) => return format!("New: {}", number(n, l)),
        Msg::PreviewUpdated(n) => {
            return format!("Changed to the backup's version: {}", number(n, l));
        }
        Msg::PreviewUnchanged(n) => return format!("Already here: {}", number(n, l)),
        Msg::PreviewConflicting(n) => {
            return format!(
                "Different here and in the backup (both kept): {}",
                number(n, l)
            );
        }
        Msg::PreviewRemoved(n) => return format!("Removed: {}", number(n, l)),
        Msg::ConfirmImport => "Bring back",
        Msg::Cancel => "Cancel",
        Msg::ImportDone => "The backup was brought back.",
        Msg::ImportFailed => {
            "Bringing back the backup failed part way (storage is full?). Everything is exactly as it was before."
        }
        Msg::ImportLocked => "Unlock the space first: the backup holds data for a locked space.",
        Msg::ImportNothing => "Nothing to change: everything in this backup is already here.",
        Msg::SecurityLink => "Backup and lock",
        Msg::LockTitle => "Lock with a passphrase",
        Msg::LockIntro => {
            "When the lock is on, the space's data is stored encrypted on this device and shown only after the passphrase is typed. It locks itself after the idle time you choose."
        }
        Msg::LockWarning => {
            "If you forget the passphrase, nobody can recover the locked data — not even with this app. Save an encrypted backup first and keep it safe."
        }
        Msg::SpaceMemberName => "Member space (journal, surveys, goals)",
        Msg::SpaceCounsellorName => "Counsellor space (groups, exercises)",
        Msg::LockStatusOff => "Lock: off",
        Msg::LockStatusOn => "Lock: on",
        Msg::TurnOnLock => "Turn the lock on",
        Msg::TurnOffLock => "Turn the lock off",
        Msg::ChangePassphrase => "Change passphrase",
        Msg::NewPassphrase => "New passphrase",
        Msg::IdleLabel => "Lock after inactivity",
        Msg::IdleNever => "Never",
        Msg::IdleMinutes(n) => return format!("{} minutes", number(n, l)),
        Msg::LockNow => "Lock now",
        Msg::LockOnDone => "Lock on: this space is now stored encrypted.",
        Msg::LockOffDone => "Lock off: this space is stored unencrypted again.",
        Msg::PassphraseChanged => "Passphrase changed.",
        Msg::IdleSaved => "Idle time saved.",
        Msg::LockPending => {
            "Some changes are not stored yet, so the space was not locked. Try saving again, or save your data to a file."
        }
        Msg::LockQuota => {
            "Storage is full, so part of the space could not be rewritten. Nothing is lost; free some room and try again."
        }
        Msg::PlainLeft(n) => {
            return format!("{} stored values are still unencrypted.", number(n, l));
        }
        Msg::FinishEncrypting => "Finish encrypting",
        Msg::Locked => "Locked.",
        Msg::LockedTitle => "This space is locked",
        Msg::UnlockPrompt => {
            "Type the passphrase to open it. The data stays encrypted on this device."
        }
        Msg::Unlock => "Unlock",
        Msg::WrongPassphrase => "Wrong passphrase.",
        Msg::LockDamaged => {
            "The lock's key record is damaged, so this space cannot be opened here. Bring back a backup."
        }
        Msg::LockOffWontFit(n) => {
            return format!(
                "The lock was not switched off: without it your data takes more room, about {} characters more than this browser allows. Nothing was changed. Save a backup first (below), then remove some old entries or bring the backup into a new browser profile.",
                number(n, l)
            );
        }
        Msg::LockThisSpace => "Lock",
        Msg::KitTitle => "Kit for members",
        Msg::KitIntro => {
            "A kit gives each member the group's name, dates, each session's journal prompt and between-sessions task, the surveys to take and when, and your public key so that what they choose to share back is encrypted for you alone. It holds no names and nothing private."
        }
        Msg::KitSurveys => "Surveys and when",
        Msg::KitSurveysNote => {
            "Pre: at the first session; mid: at the middle session; post: at the last session."
        }
        Msg::KitIncludeCodes => "Include the members' codes (each member picks theirs)",
        Msg::KitPromptsNote => {
            "Each session's prompt and task come from its planner page (\"For members\")."
        }
        Msg::KitLinkTitle => "Link, QR code and file",
        Msg::KitLinkLabel => {
            "Link (the kit travels in the part after #, which is never sent to a server)"
        }
        Msg::CopyLink => "Copy link",
        Msg::SaveKitFile => "Save kit file",
        Msg::KitQrLabel => "QR code of the kit link",
        Msg::KitTooBigForQr => {
            "This kit is too big for a QR code. Share the link or the kit file instead."
        }
        Msg::LinkCopied => "Link copied.",
        Msg::ReportTitle => "Results",
        Msg::PaperForms => "Paper survey forms",
        Msg::ShareImportTitle => "Bring in members' share-back files",
        Msg::ShareImportNote => {
            "Choose one or many files members saved for you. Each is decrypted on this device with your key."
        }
        Msg::ShareFiles => "Share-back files (.age)",
        Msg::PaperTitle => "Type a paper form",
        Msg::PaperSurvey => "Survey",
        Msg::MomentChoice => "When",
        Msg::PaperCodeMissing => "Choose the member's code.",
        Msg::PaperSaved => "Paper form saved.",
        Msg::SavePaper => "Save form",
        Msg::NoPairs => "No member has both a pre and a post result yet.",
        Msg::ScaleCaption => "Whole scale: mean total score",
        Msg::ScaleColumn => "Scale",
        Msg::ChangeColumn => "Change",
        Msg::ItemsCaption => {
            "Per item: mean score (reverse-scored items flipped, so higher is better)"
        }
        Msg::ItemColumn => "Item",
        Msg::ResultsPerMember => "Results received, per member code",
        Msg::ReportSummary => "Summary",
        Msg::ReportAttendance => "Attendance rate",
        Msg::ReportPerceptionNote => {
            "The survey results below: pre and post means, the change, and the share of members who improved."
        }
        Msg::SharedNotesTitle => "What members chose to share",
        Msg::ReportAchievement => {
            "Achievement notes (attendance, behaviour, grades where relevant)"
        }
        Msg::ReportContributing => "Contributing factors and limits",
        Msg::ReportImplications => "Implications for the next group or the school",
        Msg::ShareOtherCounsellor => {
            "This file was made for another counsellor: it does not open with your key. Nothing was changed."
        }
        Msg::ShareDamaged => {
            "This file is damaged or was changed after it was saved. Nothing was changed."
        }
        Msg::ShareNotAShare => "This is not a share-back file. Nothing was changed.",
        Msg::ShareNewer => "This file was made by a newer version of Hamdel. Nothing was changed.",
        Msg::ShareOtherGroup => "This file belongs to another group. Nothing was changed.",
        Msg::ShareDuplicate => "This file was already brought in. Nothing was changed.",
        Msg::ShareBadResults(p) => {
            return format!(
                "This file was not brought in: it holds {}. Nothing was changed. Ask the member to make a new share-back with this version of Hamdel.",
                match p {
                    ResultProblem::UnknownSurvey => "a survey this app does not know",
                    ResultProblem::WrongCount => "a survey with answers missing or extra",
                    ResultProblem::OutOfRange =>
                        "an answer that is not one of the survey's options",
                    ResultProblem::OtherGroup => "a result made for another group",
                    ResultProblem::UnplannedMoment =>
                        "a result for a moment this group did not plan",
                    ResultProblem::BadDate => "a date outside the years 1900–2200",
                }
            );
        }
        Msg::ShareNotStored => {
            "The file was read, but its results could not be stored (see the message about storage). They are kept in this tab: choose Try again once there is space."
        }
        Msg::CounsellorKeysUnreadable => {
            "Your counsellor key record on this device is damaged, so share-backs cannot be opened and no kit can be made. Restore a backup made before (Backup and lock), which holds your keys; nothing else was changed."
        }
        Msg::JoinedGroup => "You joined the group. Its prompts and surveys appear on your journal.",
        Msg::ShareSaved => "Saved, encrypted for your counsellor. Give them the file.",
        Msg::KitNotAKit => "This is not a Hamdel group kit. Nothing was added.",
        Msg::KitNewer => "This kit was made by a newer version of Hamdel. Nothing was added.",
        Msg::KitTooLarge => "This kit is too large. Nothing was added.",
        Msg::KitInvalid => "This kit is damaged (a part is missing). Nothing was added.",
        Msg::JoinTitle => "Join a group",
        Msg::KitFile => "Kit file from your counsellor",
        Msg::TaskLabel => "Task",
        Msg::KitPreviewIntro => {
            "This is what the kit holds. Nothing is added until you choose Join."
        }
        Msg::KitAlreadyJoined => {
            "You already joined this group: joining again updates its dates and prompts."
        }
        Msg::KitSessions => "Sessions",
        Msg::KitShareNote => {
            "Your journal stays on your device. You decide what, if anything, to share with the counsellor, and you see it before it is saved."
        }
        Msg::YourCode => "Your code in the group",
        Msg::ChooseCode => "Choose or type your code.",
        Msg::JoinGroup => "Join",
        Msg::SurveyDue => "Survey to take",
        Msg::WriteAboutThis => "Write about this",
        Msg::ShareWithCounsellor => "Share with my counsellor",
        Msg::ShareIntro => {
            "Pick exactly what to share. Survey results this group asked for are ticked; nothing else is, unless you tick it."
        }
        Msg::ShareSurveys => "Survey results",
        Msg::ShareEntries => "Journal entries",
        Msg::ShareGoals => "Goals",
        Msg::PreviewShare => "Show exactly what will be shared",
        Msg::ShareExactly => "Exactly this will be in the file",
        Msg::ShareEncryptedNote => {
            "The file is encrypted so that only your counsellor's key opens it."
        }
        Msg::SaveShare => "Save encrypted file",
        Msg::ForMembersTitle => "For members (sent in the group's kit)",
        Msg::ForMembersHint => {
            "What members see in their journal after this session. Keep it free of names."
        }
        Msg::SessionPromptLabel => "Journal prompt",
        Msg::SessionTaskLabel => "Between-sessions task",
        Msg::MembersAndResults => "Kit and results",
        Msg::MomentName(m) => match m {
            Moment::Pre => "Pre",
            Moment::Mid => "Mid",
            Moment::Post => "Post",
        },
        Msg::ImprovedShare {
            improved,
            paired,
            percent,
        } => {
            return format!(
                "Improved: {} of {} members with both results ({} %)",
                number(improved, l),
                number(paired, l),
                number(percent, l)
            );
        }
        Msg::ScaleTotal(max) => return format!("Total (0–{})", number(max, l)),
        Msg::ReportMembers(n) => return format!("Members: {}", number(n, l)),
        Msg::ReportSessionsHeld(held, all) => {
            return format!("Sessions held: {} of {}", number(held, l), number(all, l));
        }
        Msg::ShareReceived {
            code,
            results,
            notes,
        } => {
            return format!(
                "From {code}: {} survey result(s), {} shared note(s).",
                number(results, l),
                number(notes, l)
            );
        }
        Msg::ShareCounts {
            surveys,
            entries,
            goals,
        } => {
            return format!(
                "{} survey result(s), {} journal entr(ies), {} goal(s).",
                number(surveys, l),
                number(entries, l),
                number(goals, l)
            );
        }
        Msg::ShowMore { shown, total } => {
            return format!(
                "Show more (showing {} of {})",
                number(shown, l),
                number(total, l)
            );
        }
        Msg::BackupLocked => {
            "Unlock the locked space first: a backup made now would leave its data out."
        }
    };
    s.to_owned()
}

fn fa(msg: &Msg, l: Locale) -> String {
    let s = match msg {
        Msg::AppName => "همدل",
        Msg::Tagline => "گروه‌های مشاوره و دفترچهٔ خصوصی",
        Msg::SkipToContent => "رفتن به محتوا",
        Msg::MainNavigation => "اصلی",
        Msg::NavCounsellor => "مشاور",
        Msg::NavMember => "دفترچهٔ من",
        Msg::NavSettings => "تنظیمات",
        Msg::OtherLanguage => "English",
        Msg::WelcomeTitle => "به همدل خوش آمدید",
        Msg::WelcomeQuestion => "چه کسی روی این دستگاه از همدل استفاده می‌کند؟",
        Msg::RoleCounsellor => "مشاور هستم",
        Msg::RoleCounsellorHint => "برنامه‌ریزی و اجرای گروه‌های مشاوره: جلسه‌ها، اعضا، حضور و غیاب.",
        Msg::RoleMember => "عضو گروه هستم",
        Msg::RoleMemberHint => "دفترچه‌ای خصوصی دربارهٔ خودت و گروهت.",
        Msg::WelcomePrivacy => {
            "هر چه می‌نویسید فقط در همین مرورگر و روی همین دستگاه می‌ماند. هر وقت بخواهید می‌توانید فضا را عوض کنید."
        }
        Msg::GroupsTitle => "گروه‌های شما",
        Msg::NewGroupName => "نام گروه تازه",
        Msg::CreateGroup => "ساختن گروه",
        Msg::NoGroups => "هنوز گروهی ندارید. نخستین گروه را در بالا بسازید.",
        Msg::CreatedOn(date) => return format!("ساخته‌شده در {date}"),
        Msg::GroupName => "نام گروه",
        Msg::Rename => "تغییر نام",
        Msg::Save => "ذخیره",
        Msg::Delete => "حذف",
        Msg::Edit => "ویرایش",
        Msg::Undo => "بازگردانی",
        Msg::Dismiss => "بستن",
        Msg::GroupDeleted(name) => return format!("گروه «{name}» حذف شد."),
        Msg::EntryDeleted => "یادداشت حذف شد.",
        Msg::JournalTitle => "دفترچهٔ من",
        Msg::JournalPrivacy => {
            "دفترچه‌ات روی همین دستگاه می‌ماند. هیچ چیز با کسی به اشتراک گذاشته نمی‌شود، مگر خودت بخواهی."
        }
        Msg::EntryDate => "تاریخ",
        Msg::EntryText => "به چه فکر می‌کنی؟",
        Msg::AddEntry => "افزودن یادداشت",
        Msg::NoEntries => "هنوز یادداشتی نیست. نخستین یادداشتت را در بالا بنویس.",
        Msg::SettingsTitle => "تنظیمات",
        Msg::Language => "زبان",
        Msg::CalendarLabel => "تقویم",
        Msg::CalendarJalali => "هجری خورشیدی (جلالی)",
        Msg::CalendarGregorian => "میلادی",
        Msg::ThemeLabel => "پوسته",
        Msg::ThemeSystem => "مانند این دستگاه",
        Msg::ThemeLight => "روشن",
        Msg::ThemeDark => "تیره",
        Msg::StartSpace => "باز شدن در آغاز",
        Msg::StorageTitle => "فضای ذخیره روی این دستگاه",
        Msg::StorageUsed {
            used_kb,
            total_kb,
            percent,
        } => {
            return format!(
                "{} کیلوبایت از حدود {} کیلوبایت به کار رفته است ({}٪).",
                number(used_kb, l),
                number(total_kb, l),
                number(percent, l)
            );
        }
        Msg::StorageNearlyFull => {
            "فضای ذخیره تقریباً پر است. داده‌هایتان را در یک فایل ذخیره کنید و سپس آنچه را لازم ندارید پاک کنید."
        }
        Msg::ExportAll => "ذخیرهٔ همهٔ داده‌هایم در یک فایل",
        Msg::ExportPlainNote => {
            "این فایل رمزگذاری نشده است: آن را جایی نگه دارید که فقط خودتان به آن دسترسی دارید."
        }
        Msg::FieldEmpty => "لطفاً اینجا چیزی بنویسید.",
        Msg::FieldTooLong { max } => {
            return format!("خیلی بلند است: حداکثر {} نویسه.", number(max, l));
        }
        Msg::QuotaExceeded => {
            "فضای ذخیرهٔ این مرورگر پر است، پس آخرین تغییر شما فقط در همین زبانه نگه داشته شده است. همین حالا داده‌هایتان را در یک فایل ذخیره کنید و سپس جا باز کنید."
        }
        Msg::SaveFailed => {
            "آخرین تغییر شما ذخیره نشد، پس فقط در همین زبانه نگه داشته شده است. دوباره امتحان کنید یا داده‌هایتان را در یک فایل ذخیره کنید."
        }
        Msg::Unsaved(n) => return format!("{} تغییر هنوز ذخیره نشده است.", number(n, l)),
        Msg::Retry => "دوباره ذخیره کن",
        Msg::CorruptSetAside(n) => {
            return format!(
                "{} مورد از داده‌های ذخیره‌شده خوانا نبود. بی هیچ تغییری کنار گذاشته شد و می‌توانید آن را در یک فایل ذخیره کنید.",
                number(n, l)
            );
        }
        Msg::CorruptLeftInPlace => {
            "بخشی از داده‌های ذخیره‌شده خوانا نبود و جایی برای کنار گذاشتنش نبود. دست‌نخورده مانده و این بخش از برنامه فقط‌خواندنی است."
        }
        Msg::SaveSetAside => "ذخیرهٔ دادهٔ ناخوانا در یک فایل",
        Msg::FutureVersion => {
            "بخشی از داده‌ها با نسخهٔ تازه‌تری از همدل ذخیره شده است. برای اینکه چیزی رونویسی نشود، فقط‌خواندنی نمایش داده می‌شود. برای تغییرش نسخهٔ تازه‌تر را باز کنید."
        }
        Msg::StorageUnavailable => {
            "این مرورگر اجازهٔ ذخیره‌سازی به همدل نمی‌دهد (حالت خصوصی یا یک تنظیم). آنچه وارد می‌کنید پس از بستن زبانه نگه داشته نمی‌شود."
        }
        Msg::ReadOnly => "ذخیره نشد: این داده‌ها اینجا فقط‌خواندنی است.",
        Msg::ConflictKeptBoth(n) => {
            return format!(
                "{} مورد هم‌زمان در زبانهٔ دیگری تغییر کرده بود. هر دو نسخه نگه داشته شد.",
                number(n, l)
            );
        }
        Msg::ConflictDeletedElsewhere => {
            "این مورد در زبانهٔ دیگری حذف شده بود؛ ویرایش شما آن را برگرداند."
        }
        Msg::ConflictEditedElsewhere => {
            "این مورد در زبانهٔ دیگری تغییر کرده بود، پس حذف نشد. اگر هنوز می‌خواهید، دوباره حذفش کنید."
        }
        Msg::ImportUnverified => {
            "بازگرداندن پشتیبان در میانه متوقف شد و همهٔ داده‌های قبلی را نشد سر جایش گذاشت (حافظه پر است). داده‌های قبلی شما در همین زبانه نگه داشته شده: همین حالا آن را در فایل ذخیره کنید، یا کمی جا باز کنید و دوباره سر جایش بگذارید."
        }
        Msg::SaveBeforeRestore => "ذخیرهٔ داده‌های قبلی در فایل",
        Msg::PutBackAgain => "دوباره سر جایش بگذار",
        Msg::PutBackDone => "داده‌های قبلی شما برگشت و یکی‌یکی وارسی شد.",
        Msg::Exported => "در فایل ذخیره شد.",
        Msg::ExportedLockedLeftSealed => {
            "فضای قفل‌شده فقط به همان شکلی که ذخیره شده، یعنی هنوز رمزشده با قفل شما، در فایل آمده است. برای اینکه خوانا باشد، قفلش را باز کنید و دوباره ذخیره کنید."
        }
        Msg::FocusName(f) => match f {
            Focus::Personal => "شخصی",
            Focus::Academic => "تحصیلی",
            Focus::Social => "اجتماعی",
            Focus::Vocational => "شغلی",
        },
        Msg::PurposeName(p) => match p {
            Purpose::Preventive => "پیشگیرانه",
            Purpose::Educational => "آموزشی",
            Purpose::Remedial => "درمانی (اصلاحی)",
        },
        Msg::StageName(st) => match st {
            Stage::Initial => "آغازین",
            Stage::Transition => "گذار",
            Stage::Working => "کار",
            Stage::Final => "پایانی",
        },
        Msg::StageHint(st) => match st {
            Stage::Initial => {
                "آشنایی با یکدیگر؛ قوانین گروه، رازداری و رضایت؛ ساختن امنیت و اعتماد."
            }
            Stage::Transition => {
                "اعضا گروه را می‌آزمایند: انتظار تردید و تعارض داشته باشید، آن را با مهربانی نام ببرید و قوانین را زنده نگه دارید."
            }
            Stage::Working => {
                "گروه روی هدف‌هایش کار می‌کند: تمرین، بازخورد و امتحان راه‌های تازه میان جلسه‌ها."
            }
            Stage::Final => "مرور مسیر، برنامه‌ریزی برای به‌کار بستن آموخته‌ها و خداحافظی خوب.",
        },
        Msg::BlockKindName(k) => match k {
            BlockKind::Opening => "آغاز / احوال‌پرسی",
            BlockKind::WarmUp => "گرم‌کردن",
            BlockKind::Main => "فعالیت اصلی",
            BlockKind::Processing => "پردازش",
            BlockKind::Closing => "جمع‌بندی و پایان",
        },
        Msg::BuiltinText(b) => match b {
            Builtin::FirstObjectives => {
                "اعضا با یکدیگر و با هدف گروه آشنا می‌شوند، دربارهٔ شیوهٔ کار گروه توافق می‌کنند و آن‌قدر احساس امنیت می‌کنند که مشارکت کنند."
            }
            Builtin::Welcome => "خوشامدگویی و معرفی",
            Builtin::GroundRules => "توافق بر سر قوانین گروه با هم",
            Builtin::Confidentiality => "رازداری و حدود آن",
            Builtin::Consent => "رضایت: مشارکت یعنی چه، و اینکه می‌توانی نوبتت را رد کنی",
            Builtin::FirstTask => {
                "این هفته لحظه‌ای را پیدا کن که احساس کردی بخشی از یک گروه هستی، و ببین چه چیزی این حس را ساخت."
            }
            Builtin::FirstPrompt => {
                "امیدوارم از این گروه چه به دست آورم، و چه چیزی ممکن است کار را برایم سخت کند؟"
            }
            Builtin::FinalObjectives => {
                "اعضا آموخته‌هایشان را مرور می‌کنند، برای ادامهٔ به‌کار بستن آن‌ها برنامه می‌ریزند و خداحافظی می‌کنند."
            }
            Builtin::Review => "نگاهی به جلسه‌هایی که گذشت",
            Builtin::Transfer => "با خودم می‌برم: برنامه‌ام برای زندگی روزمره",
            Builtin::Goodbye => "خداحافظی",
            Builtin::FinalTask => "تا یک ماه به برنامه‌ات عمل کن و هر هفته یک بار آن را مرور کن.",
            Builtin::FinalPrompt => {
                "از این گروه چه چیزی با خودم می‌برم، و چه کسی می‌تواند پشتیبانم باشد؟"
            }
        },
        Msg::Plan(i) => match i {
            PlanIssue::Name(TextError::Empty) => "لطفاً برای گروه نامی بنویسید.",
            PlanIssue::Name(TextError::TooLong { .. }) => "نام خیلی بلند است.",
            PlanIssue::TooFewMembers => "گروه دست‌کم به دو عضو نیاز دارد.",
            PlanIssue::LargeGroup => {
                "اداره کردن گروهی با بیش از ده عضو دشوار است؛ دو گروه را در نظر بگیرید."
            }
            PlanIssue::SizeOutsideSchoolAdvice => {
                "گروه‌های مدرسه معمولاً با ۴ تا ۸ عضو بهتر کار می‌کنند."
            }
            PlanIssue::NoSessions => "دست‌کم یک جلسه برنامه‌ریزی کنید.",
            PlanIssue::TooManySessions => "این تعداد جلسه بیش از ظرفیت یک برنامه است (حداکثر ۴۰).",
            PlanIssue::SessionsOutsideAdvice => "بیشتر گروه‌های مدرسه ۶ تا ۱۰ جلسه دارند.",
            PlanIssue::LengthOutOfRange => "مدت هر جلسه میان ۱ تا ۲۴۰ دقیقه است.",
            PlanIssue::BadTime => "ساعت را به شکل ساعت:دقیقه بنویسید، مثلاً ۱۰:۳۰.",
            PlanIssue::DateOutOfRange => {
                "فقط تاریخ‌های سال ۱۲۷۸ تا ۱۵۷۹ خورشیدی (۱۹۰۰ تا ۲۲۰۰ میلادی)."
            }
        },
        Msg::ConsentName(c) => match c {
            Consent::Pending => "در انتظار",
            Consent::Given => "داده شده",
            Consent::Refused => "داده نشده",
            Consent::NotNeeded => "لازم نیست",
        },
        Msg::AttendanceName(a) => match a {
            Attendance::Present => "حاضر",
            Attendance::Absent => "غایب",
            Attendance::Excused => "غیبت موجه",
        },
        Msg::WeekdayName(d) => match d {
            0 => "دوشنبه",
            1 => "سه‌شنبه",
            2 => "چهارشنبه",
            3 => "پنجشنبه",
            4 => "جمعه",
            5 => "شنبه",
            _ => "یکشنبه",
        },
        Msg::OpenGroup => "باز کردن",
        Msg::PlanTitle => "برنامه",
        Msg::FocusLabel => "حوزه",
        Msg::PurposeLabel => "هدف",
        Msg::PopulationLabel => "برای چه کسانی (پایه یا سن)",
        Msg::PlannedSizeLabel => "تعداد اعضای پیش‌بینی‌شده",
        Msg::SessionCountLabel => "تعداد جلسه‌ها",
        Msg::SessionMinutesLabel => "مدت هر جلسه (دقیقه)",
        Msg::StartDateLabel => "تاریخ شروع",
        Msg::WeekdayLabel => "روز جلسه",
        Msg::TimeLabel => "ساعت (ساعت:دقیقه)",
        Msg::RoomLabel => "مکان",
        Msg::CoFacilitatorLabel => "هم‌رهبر گروه",
        Msg::GoalsLabel => "هدف‌ها",
        Msg::GroundRulesLabel => "قوانین گروه",
        Msg::AscaTitle => "برنامهٔ گروه کوچک ASCA",
        Msg::AscaTarget => "گروه هدف",
        Msg::AscaSelection => "داده‌هایی که برای انتخاب اعضا به کار رفت",
        Msg::AscaStandards => {
            "استانداردهای دانش‌آموزی (ویرایش ۵) / نگرش‌ها و رفتارهای ASCA (ویرایش ۴)"
        }
        Msg::AscaResources => "منابع",
        Msg::AscaParticipation => "داده‌های مشارکت (ویرایش ۵) / داده‌های فرایند (ویرایش ۴)",
        Msg::AscaPerception => "داده‌های نگرش‌ها و رفتارها (ویرایش ۵) / داده‌های ادراک (ویرایش ۴)",
        Msg::AscaAchievement => "داده‌های مرتبط با پیشرفت (ویرایش ۵) / داده‌های پیامد (ویرایش ۴)",
        Msg::AscaDates(a, b) => return format!("تاریخ شروع و پایان: {a} تا {b}"),
        Msg::SavePlan => "ذخیرهٔ برنامه",
        Msg::PlanSaved => "برنامه ذخیره شد.",
        Msg::FixFieldsFirst => "پیش از ذخیرهٔ برنامه، چند خانه را بازبینی کنید.",
        Msg::PlanSavedWithBoth(n) => {
            return format!(
                "برنامه ذخیره شد. {} خانه در پنجرهٔ دیگری هم تغییر کرده بود: هر دو نسخه نگه داشته شد (متن‌ها کنار هم)؛ آن را بازبینی کنید.",
                number(*n, Locale::Fa)
            );
        }
        Msg::ScheduleTitle => "زمان‌بندی",
        Msg::ScheduleNotSet => "برای دیدن تاریخ‌ها، تاریخ شروع و روز جلسه را تعیین کنید.",
        Msg::SkippedTitle => "بدون جلسه در (تعطیلات، امتحان‌ها)",
        Msg::AddSkipped => "این تاریخ جلسه نباشد",
        Msg::SkipDateLabel => "تاریخ بدون جلسه",
        Msg::Remove => "برداشتن",
        Msg::MoveTo => "انتقال به",
        Msg::SessionN(n) => return format!("جلسهٔ {}", number(n, l)),
        Msg::Minutes { planned, available } => {
            return format!(
                "{} دقیقه از {} دقیقه برنامه‌ریزی شده",
                number(planned, l),
                number(available, l)
            );
        }
        Msg::OverBy(n) => return format!("{} دقیقه بیش از مدت جلسه.", number(n, l)),
        Msg::MembersTitle => "اعضا",
        Msg::MemberCode => "کد یا حروف اول نام",
        Msg::MemberRealName => "نام واقعی (اختیاری)",
        Msg::MemberPrivacyHint => "اعضا با یک کد شناخته می‌شوند، مگر اینکه خودتان نامی بنویسید.",
        Msg::AddMember => "افزودن عضو",
        Msg::ConsentLabel => "رضایت",
        Msg::ParentalLabel => "اجازهٔ والدین",
        Msg::AttendanceTitle => "حضور و غیاب",
        Msg::AttendanceRate(p) => return format!("نرخ حضور: {}٪", number(p, l)),
        Msg::NotMarked => "—",
        Msg::MemberColumn => "عضو",
        Msg::PrintTitle => "چاپ",
        Msg::PrintSession => "برگهٔ جلسه",
        Msg::PrintPlan => "برنامهٔ کامل گروه",
        Msg::PrintAttendance => "برگهٔ حضور و غیاب",
        Msg::PrintNow => "چاپ",
        Msg::BackToGroup => "بازگشت به گروه",
        Msg::ObjectivesLabel => "هدف‌های جلسه",
        Msg::StageLabel => "مرحله",
        Msg::AgendaTitle => "دستور جلسه",
        Msg::BlockKindLabel => "بخش",
        Msg::BlockTitleLabel => "عنوان",
        Msg::BlockMinutesLabel => "دقیقه",
        Msg::BlockDescriptionLabel => "چه اتفاقی می‌افتد",
        Msg::BlockMaterialsLabel => "وسایل (هر کدام در یک خط)",
        Msg::BlockQuestionsLabel => "پرسش‌های پردازش (هر کدام در یک خط)",
        Msg::BlockTaskLabel => "تکلیف میان جلسه‌ها (برای زندگی روزمره)",
        Msg::BlockPromptLabel => "پرسش دفترچه برای اعضا",
        Msg::AddBlock => "افزودن بخش",
        Msg::MoveUp => "بالاتر",
        Msg::MoveDown => "پایین‌تر",
        Msg::Duplicate => "رونوشت",
        Msg::BlockRemoved => "بخش برداشته شد.",
        Msg::MemberRemoved => "عضو برداشته شد.",
        Msg::MaterialsTitle => "وسایل این جلسه",
        Msg::NoMaterials => "وسیله‌ای فهرست نشده است.",
        Msg::NotesLabel => "یادداشت‌های خصوصی پس از جلسه",
        Msg::NotesHint => {
            "این یادداشت‌ها را فقط شما می‌بینید؛ هرگز برای اعضا چاپ یا با کسی هم‌رسانی نمی‌شوند."
        }
        Msg::DateColumn => "تاریخ",
        Msg::GuideTitle => "راهنمای مشاور",
        Msg::GuideSection(n) => match n {
            0 => {
                "مرحله‌ها. گروه از مرحلهٔ آغازین (امنیت، قوانین، اعتماد)، مرحلهٔ گذار (آزمودن و تردید)، مرحلهٔ کار (تمرین و بازخورد) و مرحلهٔ پایانی (مرور، انتقال، خداحافظی) می‌گذرد. هر جلسه را برای مرحله‌ای که گروه در آن است برنامه‌ریزی کنید."
            }
            1 => {
                "شکل یک جلسه. با احوال‌پرسی کوتاه آغاز کنید، گرم کنید، یک فعالیت اصلی انجام دهید، با پرسش آن را پردازش کنید (چه شد، چه دیدی، با آن چه خواهی کرد) و با تکلیفی برای میان جلسه‌ها و پرسشی برای دفترچه پایان دهید."
            }
            2 => {
                "اندازه و مدت. گروه‌های مدرسه با ۴ تا ۸ عضو و ۶ تا ۱۰ جلسه به اندازهٔ یک زنگ (حدود ۴۵ دقیقه) بهتر کار می‌کنند. گروه دست‌کم دو عضو لازم دارد؛ بیش از ده عضو، دو گروه را در نظر بگیرید."
            }
            3 => {
                "قوانین و رازداری. در جلسهٔ اول قوانین را با اعضا توافق کنید. رازداری و حدود آن را ساده توضیح دهید: ایمنی مقدم است و گاهی برای حفظ امنیت کسی باید چیزی را با دیگران در میان گذاشت."
            }
            4 => {
                "هدف. گروه‌های پیشگیرانه پیش از بزرگ شدن مشکل توانمندی می‌سازند؛ گروه‌های آموزشی مهارت می‌آموزند؛ گروه‌های درمانی روی دشواری موجود کار می‌کنند. فعالیت‌هایی برگزینید که به هدف و حوزهٔ گروه خدمت کنند."
            }
            _ => {
                "انتقال به زندگی روزمره. هر جلسه با تکلیفی کوچک برای امتحان کردن تا جلسهٔ بعد تمام می‌شود؛ جلسهٔ بعد را با پرسیدن اینکه چطور پیش رفت آغاز کنید."
            }
        },
        Msg::NotFound => "این صفحه وجود ندارد (یا دیگر وجود ندارد).",
        Msg::DateRefused(p) => match p {
            DateProblem::NotADate => "این تاریخ در این تقویم نیست.",
            DateProblem::OutOfRange => {
                "فقط تاریخ‌های سال ۱۲۷۸ تا ۱۵۷۹ خورشیدی (۱۹۰۰ تا ۲۲۰۰ میلادی)."
            }
            DateProblem::LooksGregorian => {
                "این سال میلادی به نظر می‌رسد، اما تقویم خورشیدی در کار است."
            }
        },
        Msg::DateFieldProblem(p, example) => {
            return match p {
                DateProblem::NotADate => {
                    format!("این تاریخ در این تقویم نیست. آن را این‌گونه بنویسید: {example}")
                }
                DateProblem::OutOfRange => format!(
                    "فقط تاریخ‌های سال ۱۲۷۸ تا ۱۵۷۹ خورشیدی (۱۹۰۰ تا ۲۲۰۰ میلادی). آن را این‌گونه بنویسید: {example}"
                ),
                DateProblem::LooksGregorian => format!(
                    "این سال میلادی به نظر می‌رسد، اما تقویم خورشیدی در کار است (تنظیمات ← تقویم). آن را این‌گونه بنویسید: {example}"
                ),
            };
        }
        Msg::FixFieldFirst(label) => {
            return format!(
                "انجام نشد: «{}» مشکلی دارد. اول آن را درست کنید.",
                fa(label, l)
            );
        }
        Msg::DateFormatHint(example) => {
            return format!("این تاریخ در این تقویم نیست. آن را این‌گونه بنویسید: {example}");
        }
        Msg::PickDate => "انتخاب",
        Msg::DayLabel => "روز",
        Msg::MonthLabel => "ماه",
        Msg::YearLabel => "سال",
        Msg::LibraryTitle => "کتابخانهٔ تمرین‌ها",
        Msg::SearchLabel => "جست‌وجو (فارسی یا انگلیسی)",
        Msg::AnyOption => "همه",
        Msg::MaxMinutesLabel => "حداکثر (دقیقه)",
        Msg::GroupSizeLabel => "اندازهٔ گروه",
        Msg::AgeLabel => "سن",
        Msg::ResultsCount(n) => return format!("{} تمرین", number(n, l)),
        Msg::NewExercise => "تمرین تازهٔ خودم",
        Msg::BuiltinTag => "آماده",
        Msg::CustomTag => "از خودم",
        Msg::GoalLabel => "هدف",
        Msg::StepsLabel => "گام‌ها (هر کدام در یک خط)",
        Msg::QuestionsLabel => "پرسش‌های پردازش (هر کدام در یک خط)",
        Msg::VariationsLabel => "گونه‌ها (هر کدام در یک خط)",
        Msg::CautionsLabel => "هشدارها (هر کدام در یک خط)",
        Msg::MaterialsLabel => "وسایل (هر کدام در یک خط)",
        Msg::StagesLabel => "مرحله‌ها",
        Msg::FocusAreasLabel => "حوزه‌ها",
        Msg::UsedBy => "گروه‌هایی که از آن استفاده می‌کنند",
        Msg::NotUsedYet => "هنوز هیچ گروهی از آن استفاده نمی‌کند.",
        Msg::ExerciseDeleted => "تمرین حذف شد.",
        Msg::BuiltinReadOnlyHint => {
            "تمرین‌های آماده هرگز تغییر نمی‌کنند. برای ویرایش، از آن رونوشتی برای خودتان بسازید."
        }
        Msg::ExerciseFacts {
            minutes,
            size,
            ages,
        } => {
            return format!(
                "{} دقیقه · گروه‌های {} تا {} نفره · سن {} تا {}",
                number(minutes, l),
                number(size.0, l),
                number(size.1, l),
                number(ages.0, l),
                number(ages.1, l)
            );
        }
        Msg::TemplatesTitle => "شروع با یک برنامهٔ آماده",
        Msg::TemplateChoose => "برنامهٔ آماده",
        Msg::CreateFromTemplate => "ساختن گروه با این برنامه",
        Msg::AddFromLibrary => "افزودن تمرین از کتابخانه",
        Msg::MinutesLeft(n) => return format!("{} دقیقه باقی مانده", number(n, l)),
        Msg::AddExercise => "افزودن تمرین",
        Msg::Verbatim(text) => return text.clone(),
        Msg::MoodName(m) => match m {
            1 => "خیلی بد",
            2 => "بد",
            3 => "معمولی",
            4 => "خوب",
            _ => "خیلی خوب",
        },
        Msg::MoodLabel => "چه حالی داری؟",
        Msg::TagsLabel => "احساس‌ها",
        Msg::OwnTagsLabel => "کلمه‌های خودت (با ویرگول جدا کن)",
        Msg::StarterTag(i) => match i {
            0 => "آرام",
            1 => "شاد",
            2 => "سربلند",
            3 => "امیدوار",
            4 => "خسته",
            5 => "نگران",
            6 => "غمگین",
            7 => "عصبانی",
            8 => "تنها",
            _ => "سردرگم",
        },
        Msg::NeedIdea => "ایده می‌خواهی؟",
        Msg::WelcomeToggle => "دربارهٔ این دفترچه و گروهت",
        Msg::SearchJournal => "جست‌وجو در دفترچه‌ام",
        Msg::FromLabel => "از",
        Msg::ToLabel => "تا",
        Msg::DraftRestored => "یادداشت نیمه‌کاره‌ات برگشت.",
        Msg::SurveysTitle => "خودسنجی",
        Msg::TakeSurvey => "شروع",
        Msg::SubmitAnswers => "دیدن نتیجه",
        Msg::YourScore(t, m) => return format!("نمرهٔ تو: {} از {}", number(t, l), number(m, l)),
        Msg::Who5Percent(p) => return format!("به درصد: {}٪", number(p, l)),
        Msg::BandText(b) => match b {
            Band::SelfEsteemLow => {
                "این روزها نگاهت به خودت نسبتاً سخت‌گیرانه است. خیلی‌ها چنین دوره‌هایی را از سر می‌گذرانند؛ حرف زدن با کسی که به او اعتماد داری می‌تواند کمک کند."
            }
            Band::SelfEsteemTypical => {
                "نگاهت به خودت نسبتاً متعادل است، با روزهای خوب و روزهای سخت‌تر، مثل بیشتر هم‌سن‌هایت."
            }
            Band::SelfEsteemHigh => {
                "این روزها نگاهت به خودت گرم و مثبت است. ببین چه چیزی کمک می‌کند چنین حسی داشته باشی."
            }
            Band::WellBeingLow => {
                "به نظر می‌رسد دو هفتهٔ گذشته سخت بوده است. حرف زدن با مشاور گروهت یا بزرگ‌سال دیگری که به او اعتماد داری می‌تواند واقعاً کمک کند. این تشخیص نیست، فقط نشانه‌ای است برای اینکه مراقب خودت باشی."
            }
            Band::WellBeingOk => {
                "به نظر می‌رسد دو هفتهٔ گذشته نسبتاً خوب گذشته است. به دیدن چیزهایی که کمکت می‌کنند ادامه بده."
            }
        },
        Msg::AnswerAll(n) => {
            return format!("لطفاً به همهٔ جمله‌ها پاسخ بده ({} مانده).", number(n, l));
        }
        Msg::HistoryTitle => "نتیجه‌هایم در گذر زمان",
        Msg::NoAttempts => "هنوز نتیجه‌ای نیست.",
        Msg::MoodChartTitle => "حال من در گذر زمان",
        Msg::ScoreChartTitle(name) => return format!("{name}: نمره‌ها در گذر زمان"),
        Msg::ScoreColumn => "نمره",
        Msg::TranslatedForHamdel => "متن فارسی برای همدل ترجمه شده است و نسخهٔ منتشرشدهٔ فارسی نیست.",
        Msg::PromptLabel => "پرسش",
        Msg::GoalsTitle => "هدف‌های من",
        Msg::NewGoal => "هدفی از خودم",
        Msg::AddGoal => "افزودن هدف",
        Msg::NewStep => "یک گام کوچک",
        Msg::AddStep => "افزودن گام",
        Msg::RateWeek => "این هفته چقدر جلو رفته‌ام؟ (۰ تا ۱۰)",
        Msg::GoalDeleted => "هدف حذف شد.",
        Msg::ProgressColumn => "پیشرفت",
        Msg::NoGoals => "هنوز هدفی نداری. دوست داری چه تغییر کوچکی را امتحان کنی؟",
        Msg::TaskDoneLabel => "تکلیف میان جلسه‌ها را انجام دادم",
        Msg::BackupTitle => "پشتیبان رمزگذاری‌شده",
        Msg::BackupIntro => {
            "پشتیبان فایلی است که با عبارت عبوری که خودتان انتخاب می‌کنید رمزگذاری می‌شود، در قالب باز age (هر ابزار age می‌تواند بازش کند). آن را جای امنی نگه دارید: اگر این دستگاه، این مرورگر یا عبارت عبور قفل از دست برود، راه برگشت همین فایل است."
        }
        Msg::ExportTitle => "ذخیرهٔ پشتیبان",
        Msg::ScopeLabel => "چه چیزهایی در پشتیبان باشد",
        Msg::ScopeEverything => "همه‌چیز روی این دستگاه",
        Msg::ScopeGroup => "یک گروه",
        Msg::ScopeJournal => "یادداشت‌های دفترچه بین دو تاریخ",
        Msg::BackupGroupLabel => "گروه",
        Msg::FromDate => "از",
        Msg::ToDate => "تا",
        Msg::PassphraseLabel => "عبارت عبور",
        Msg::PassphraseAgain => "تکرار عبارت عبور",
        Msg::PassphraseHint => {
            "دست‌کم ۸ نویسه؛ چند واژهٔ بی‌ربط به هم، هم آسان به یاد می‌ماند و هم سخت حدس زده می‌شود."
        }
        Msg::PassphraseStrength(level) => match level {
            0 => "قوت: خیلی کوتاه",
            1 => "قوت: ضعیف",
            2 => "قوت: متوسط",
            _ => "قوت: قوی",
        },
        Msg::PassphraseTooShort => "دست‌کم ۸ نویسه بنویسید (نه یک نویسهٔ تکراری).",
        Msg::PassphraseMismatch => "دو عبارت عبور یکسان نیستند.",
        Msg::DerivingKey => "در حال ساختن کلید از عبارت عبور (حدود یک ثانیه)…",
        Msg::SaveBackup => "ذخیرهٔ فایل پشتیبان",
        Msg::BackupSaved(n) => {
            return format!("پشتیبان ذخیره شد: {} مورد، رمزگذاری‌شده.", number(n, l));
        }
        Msg::ImportTitle => "بازگرداندن پشتیبان",
        Msg::BackupFile => "فایل پشتیبان (.age)",
        Msg::OpenBackup => "باز کردن پشتیبان",
        Msg::ChooseFileFirst => "اول یک فایل پشتیبان انتخاب کنید.",
        Msg::BackupWrongPassphrase => {
            "این عبارت عبور این پشتیبان را باز نمی‌کند (به شکلی که صفحه‌کلیدهای دیگر می‌نویسند هم امتحان شد). چیزی تغییر نکرد. اگر مطمئنید درست است، شاید این نسخه از فایل آسیب دیده باشد: نسخهٔ دیگری را امتحان کنید."
        }
        Msg::BackupAskWork(log_n, secs) => {
            return format!(
                "این پشتیبان با تنظیم کلیدی کندتر از تنظیم همدل (۲ به توان {}) ذخیره شده، همان‌طور که ابزارهای age و rage اغلب می‌کنند. فایل سالم است؛ باز کردنش حدود {} ثانیه و حافظهٔ زیادی می‌گیرد و در این مدت صفحه پاسخ نمی‌دهد.",
                number(log_n, l),
                number(secs, l)
            );
        }
        Msg::OpenAnyway => "بازش کن",
        Msg::BackupRecordRefused(kind, problem) => {
            let what = match kind {
                RecordKind::Group => "گروهی",
                RecordKind::Entry => "نوشته‌ای از دفترچه",
                RecordKind::Goal => "هدفی",
                RecordKind::Attempt => "نتیجهٔ پرسش‌نامه‌ای",
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
            };
            return format!(
                "این پشتیبان وارد نشد: {what} با {why} در آن است که اگر تایپ می‌شد همدل نمی‌پذیرفت. چیزی تغییر نکرد."
            );
        }
        Msg::BackupWorkTooHigh(log_n) => {
            return format!(
                "این پشتیبان تنظیم کلیدی بسیار کند می‌خواهد (۲ به توان {})؛ همدل فایل‌ها را تا ۲ به توان ۲۰ باز می‌کند، پس باز نشد. چیزی تغییر نکرد. فایل احتمالاً سالم است: آن را با همان ابزاری که ساخته باز کنید و دوباره با `age -p` رمز کنید، یا از همدل پشتیبان تازه‌ای بگیرید.",
                number(log_n, l)
            );
        }
        Msg::TryingVariant(i, n) => {
            return format!(
                "به همان شکلی که نوشتید باز نشد: امتحان عبارت عبور به شکلی که صفحه‌کلید دیگری می‌نویسد ({} از {})…",
                number(i, l),
                number(n, l)
            );
        }
        Msg::OpenedWithVariant => {
            "با عبارت عبور به شکلی که صفحه‌کلید دیگری می‌نویسد باز شد (ي/ك عربی یا ی/ک فارسی، یا نیم‌فاصله به شکلی دیگر)."
        }
        Msg::BackupDamaged => {
            "این فایل آسیب دیده، ناقص است یا پس از ذخیره تغییر کرده است. چیزی تغییر نکرد."
        }
        Msg::BackupNotAge => "این فایل پشتیبان همدل نیست. چیزی تغییر نکرد.",
        Msg::BackupNoPassphrase => {
            "این فایل با عبارت عبور قفل نشده است: شاید فایل بازگشتی یک عضو باشد (آن را در صفحهٔ گروه وارد کنید)، یا ابتدای آن آسیب دیده است. چیزی تغییر نکرد."
        }
        Msg::BackupTooLarge => "این فایل بزرگ‌تر از آن است که پشتیبان باشد. چیزی تغییر نکرد.",
        Msg::PendingKeptAcrossReload { kept, still } => {
            return if *still == 0 {
                format!(
                    "{} تغییری که پیش از بارگذاری دوبارهٔ صفحه ذخیره نشده بود نگه داشته شد و اکنون ذخیره شده است.",
                    number(kept, l)
                )
            } else {
                format!(
                    "{} تغییری که پیش از بارگذاری دوبارهٔ صفحه ذخیره نشده بود نگه داشته شد؛ {} مورد هنوز جا نمی‌شود. داده‌هایتان را در فایل ذخیره کنید، یا جا باز کنید و دوباره امتحان کنید.",
                    number(kept, l),
                    number(still, l)
                )
            };
        }
        Msg::BackupNewer(v) => {
            return format!(
                "این پشتیبان را نسخهٔ تازه‌تری از همدل ساخته است (قالب {}). اول برنامه را به‌روز کنید. چیزی تغییر نکرد.",
                number(v, l)
            );
        }
        Msg::BackupInvalid => "این پشتیبان باز شد، اما محتوایش خوانده نمی‌شود. چیزی تغییر نکرد.",
        Msg::BackupSummary(n) => return format!("پشتیبان باز شد: {} مورد دارد.", number(n, l)),
        Msg::ImportModeLabel => "چگونه بازگردانده شود",
        Msg::ModeMerge => {
            "ادغام: همه‌چیزِ اینجا می‌ماند و موارد تازه افزوده می‌شود؛ هرجا دو نسخه فرق دارند، هر دو نگه داشته می‌شوند."
        }
        Msg::ModeReplace => {
            "جایگزینی: دقیقاً مثل پشتیبان شود (مواردی از همان نوع که در پشتیبان نیستند حذف می‌شوند)."
        }
        Msg::PreviewTitle => "چه چیزهایی تغییر می‌کند",
        Msg::PreviewAdded(n) => return format!("تازه: {}", number(n, l)),
        Msg::PreviewUpdated(n) => return format!("به نسخهٔ پشتیبان تغییر می‌کند: {}", number(n, l)),
        Msg::PreviewUnchanged(n) => return format!("از قبل هست: {}", number(n, l)),
        Msg::PreviewConflicting(n) => {
            return format!(
                "اینجا و در پشتیبان متفاوت (هر دو نگه داشته می‌شوند): {}",
                number(n, l)
            );
        }
        Msg::PreviewRemoved(n) => return format!("حذف: {}", number(n, l)),
        Msg::ConfirmImport => "بازگرداندن",
        Msg::Cancel => "انصراف",
        Msg::ImportDone => "پشتیبان بازگردانده شد.",
        Msg::ImportFailed => {
            "بازگرداندن پشتیبان در میانه متوقف شد (حافظه پر است؟). همه‌چیز دقیقاً مثل قبل است."
        }
        Msg::ImportLocked => "اول فضا را باز کنید: پشتیبان داده‌هایی برای یک فضای قفل دارد.",
        Msg::ImportNothing => "چیزی برای تغییر نیست: همهٔ محتوای این پشتیبان همین‌جا هست.",
        Msg::SecurityLink => "پشتیبان و قفل",
        Msg::LockTitle => "قفل با عبارت عبور",
        Msg::LockIntro => {
            "وقتی قفل روشن است، داده‌های این فضا روی همین دستگاه رمزگذاری‌شده نگه داشته می‌شود و فقط پس از نوشتن عبارت عبور نمایش داده می‌شود. پس از مدت بی‌کاری‌ای که انتخاب می‌کنید، خودش قفل می‌شود."
        }
        Msg::LockWarning => {
            "اگر عبارت عبور را فراموش کنید، هیچ‌کس نمی‌تواند داده‌های قفل‌شده را بازیابی کند، حتی با همین برنامه. اول یک پشتیبان رمزگذاری‌شده ذخیره کنید و آن را امن نگه دارید."
        }
        Msg::SpaceMemberName => "فضای عضو (دفترچه، پرسش‌نامه‌ها، هدف‌ها)",
        Msg::SpaceCounsellorName => "فضای مشاور (گروه‌ها، تمرین‌ها)",
        Msg::LockStatusOff => "قفل: خاموش",
        Msg::LockStatusOn => "قفل: روشن",
        Msg::TurnOnLock => "روشن کردن قفل",
        Msg::TurnOffLock => "خاموش کردن قفل",
        Msg::ChangePassphrase => "تغییر عبارت عبور",
        Msg::NewPassphrase => "عبارت عبور تازه",
        Msg::IdleLabel => "قفل پس از بی‌کاری",
        Msg::IdleNever => "هرگز",
        Msg::IdleMinutes(n) => return format!("{} دقیقه", number(n, l)),
        Msg::LockNow => "همین حالا قفل کن",
        Msg::LockOnDone => "قفل روشن شد: این فضا اکنون رمزگذاری‌شده نگه داشته می‌شود.",
        Msg::LockOffDone => "قفل خاموش شد: این فضا دوباره بدون رمزگذاری نگه داشته می‌شود.",
        Msg::PassphraseChanged => "عبارت عبور تغییر کرد.",
        Msg::IdleSaved => "مدت بی‌کاری ذخیره شد.",
        Msg::LockPending => {
            "برخی تغییرها هنوز ذخیره نشده‌اند، پس فضا قفل نشد. دوباره ذخیره کنید یا داده‌ها را در فایل ذخیره کنید."
        }
        Msg::LockQuota => {
            "حافظه پر است و بخشی از فضا بازنویسی نشد. چیزی از دست نرفته است؛ کمی جا باز کنید و دوباره امتحان کنید."
        }
        Msg::PlainLeft(n) => {
            return format!("{} مقدار ذخیره‌شده هنوز رمزگذاری نشده است.", number(n, l));
        }
        Msg::FinishEncrypting => "کامل کردن رمزگذاری",
        Msg::Locked => "قفل شد.",
        Msg::LockedTitle => "این فضا قفل است",
        Msg::UnlockPrompt => {
            "برای باز کردن، عبارت عبور را بنویسید. داده‌ها روی این دستگاه رمزگذاری‌شده می‌مانند."
        }
        Msg::Unlock => "باز کردن",
        Msg::WrongPassphrase => "عبارت عبور درست نیست.",
        Msg::LockDamaged => {
            "رکورد کلید قفل آسیب دیده است و این فضا اینجا باز نمی‌شود. یک پشتیبان را بازگردانید."
        }
        Msg::LockOffWontFit(n) => {
            return format!(
                "قفل برداشته نشد: بدون قفل داده‌های شما جای بیشتری می‌گیرد، حدود {} نویسه بیش از آنچه این مرورگر اجازه می‌دهد. چیزی تغییر نکرد. اول یک پشتیبان بگیرید (پایین‌تر)، بعد چند نوشتهٔ قدیمی را پاک کنید یا پشتیبان را در نمایهٔ تازه‌ای از مرورگر بازگردانید.",
                number(n, l)
            );
        }
        Msg::LockThisSpace => "قفل",
        Msg::KitTitle => "بستهٔ اعضا",
        Msg::KitIntro => {
            "بسته به هر عضو نام گروه، تاریخ‌ها، پرسش دفترچه و تکلیف بین‌جلسه‌ای هر جلسه، پرسش‌نامه‌ها و زمانشان، و کلید عمومی شما را می‌دهد تا آنچه اعضا خودشان برای شما می‌فرستند فقط برای شما رمزگذاری شود. هیچ نام یا دادهٔ خصوصی‌ای در آن نیست."
        }
        Msg::KitSurveys => "پرسش‌نامه‌ها و زمانشان",
        Msg::KitSurveysNote => "پیش: جلسهٔ اول؛ میانه: جلسهٔ میانی؛ پس: جلسهٔ آخر.",
        Msg::KitIncludeCodes => "کدهای اعضا هم باشد (هر عضو کد خودش را انتخاب می‌کند)",
        Msg::KitPromptsNote => {
            "پرسش و تکلیف هر جلسه از صفحهٔ برنامه‌ریزی همان جلسه («برای اعضا») می‌آید."
        }
        Msg::KitLinkTitle => "پیوند، کد QR و فایل",
        Msg::KitLinkLabel => "پیوند (بسته در بخش پس از # است که هرگز به هیچ سروری فرستاده نمی‌شود)",
        Msg::CopyLink => "رونوشت پیوند",
        Msg::SaveKitFile => "ذخیرهٔ فایل بسته",
        Msg::KitQrLabel => "کد QR پیوند بسته",
        Msg::KitTooBigForQr => {
            "این بسته برای کد QR بزرگ است. به جای آن پیوند یا فایل بسته را بدهید."
        }
        Msg::LinkCopied => "پیوند رونوشت شد.",
        Msg::ReportTitle => "نتایج",
        Msg::PaperForms => "فرم‌های کاغذی پرسش‌نامه",
        Msg::ShareImportTitle => "وارد کردن فایل‌های بازگشتی اعضا",
        Msg::ShareImportNote => {
            "یک یا چند فایلی را که اعضا برای شما ذخیره کرده‌اند انتخاب کنید. هرکدام روی همین دستگاه با کلید شما باز می‌شود."
        }
        Msg::ShareFiles => "فایل‌های بازگشتی (.age)",
        Msg::PaperTitle => "وارد کردن فرم کاغذی",
        Msg::PaperSurvey => "پرسش‌نامه",
        Msg::MomentChoice => "زمان",
        Msg::PaperCodeMissing => "کد عضو را انتخاب کنید.",
        Msg::PaperSaved => "فرم کاغذی ذخیره شد.",
        Msg::SavePaper => "ذخیرهٔ فرم",
        Msg::NoPairs => "هنوز هیچ عضوی هم نتیجهٔ پیش و هم نتیجهٔ پس ندارد.",
        Msg::ScaleCaption => "کل مقیاس: میانگین نمرهٔ کل",
        Msg::ScaleColumn => "مقیاس",
        Msg::ChangeColumn => "تغییر",
        Msg::ItemsCaption => {
            "هر گویه: میانگین نمره (گویه‌های معکوس برگردانده شده‌اند، پس بیشتر یعنی بهتر)"
        }
        Msg::ItemColumn => "گویه",
        Msg::ResultsPerMember => "نتایج دریافت‌شده، به تفکیک کد عضو",
        Msg::ReportSummary => "خلاصه",
        Msg::ReportAttendance => "نرخ حضور",
        Msg::ReportPerceptionNote => {
            "نتایج پرسش‌نامه در ادامه: میانگین پیش و پس، تغییر، و سهم اعضایی که بهبود داشتند."
        }
        Msg::SharedNotesTitle => "آنچه اعضا خواستند به اشتراک بگذارند",
        Msg::ReportAchievement => "یادداشت پیشرفت (حضور، رفتار، نمره‌ها در صورت ارتباط)",
        Msg::ReportContributing => "عوامل مؤثر و محدودیت‌ها",
        Msg::ReportImplications => "پیامدها برای گروه بعدی یا مدرسه",
        Msg::ShareOtherCounsellor => {
            "این فایل برای مشاور دیگری ساخته شده و با کلید شما باز نمی‌شود. چیزی تغییر نکرد."
        }
        Msg::ShareDamaged => "این فایل آسیب دیده یا پس از ذخیره تغییر کرده است. چیزی تغییر نکرد.",
        Msg::ShareNotAShare => "این فایل بازگشتی اعضا نیست. چیزی تغییر نکرد.",
        Msg::ShareNewer => "این فایل را نسخهٔ تازه‌تری از همدل ساخته است. چیزی تغییر نکرد.",
        Msg::ShareOtherGroup => "این فایل مال گروه دیگری است. چیزی تغییر نکرد.",
        Msg::ShareDuplicate => "این فایل قبلاً وارد شده است. چیزی تغییر نکرد.",
        Msg::ShareBadResults(p) => {
            return format!(
                "این فایل وارد نشد: {}. چیزی تغییر نکرد. از عضو بخواهید با همین نسخهٔ همدل فایل تازه‌ای بسازد.",
                match p {
                    ResultProblem::UnknownSurvey => "پرسش‌نامه‌ای در آن است که این برنامه نمی‌شناسد",
                    ResultProblem::WrongCount => "پاسخ‌های یک پرسش‌نامه کم یا زیاد است",
                    ResultProblem::OutOfRange => "پاسخی در آن است که جزو گزینه‌های پرسش‌نامه نیست",
                    ResultProblem::OtherGroup => "نتیجه‌ای در آن برای گروه دیگری است",
                    ResultProblem::UnplannedMoment =>
                        "نتیجه‌ای در آن برای زمانی است که این گروه برنامه‌ریزی نکرده",
                    ResultProblem::BadDate =>
                        "تاریخی بیرون از سال‌های ۱۲۷۸ تا ۱۵۷۹ خورشیدی در آن است",
                }
            );
        }
        Msg::ShareNotStored => {
            "فایل خوانده شد، اما نتیجه‌هایش ذخیره نشد (پیام مربوط به حافظه را ببینید). در همین زبانه نگه داشته شده‌اند: وقتی جا باز شد «دوباره» را بزنید."
        }
        Msg::CounsellorKeysUnreadable => {
            "پروندهٔ کلید مشاور در این دستگاه آسیب دیده است؛ پس نه فایل اعضا باز می‌شود و نه بستهٔ تازه‌ای ساخته می‌شود. پشتیبانی را که پیش‌تر ساخته‌اید بازگردانید (پشتیبان و قفل)؛ کلیدهایتان در آن است. چیز دیگری تغییر نکرد."
        }
        Msg::JoinedGroup => "به گروه پیوستید. پرسش‌ها و پرسش‌نامه‌هایش در دفترچه‌تان نمایش داده می‌شود.",
        Msg::ShareSaved => "ذخیره شد، رمزگذاری‌شده برای مشاورتان. فایل را به او بدهید.",
        Msg::KitNotAKit => "این بستهٔ گروه همدل نیست. چیزی افزوده نشد.",
        Msg::KitNewer => "این بسته را نسخهٔ تازه‌تری از همدل ساخته است. چیزی افزوده نشد.",
        Msg::KitTooLarge => "این بسته بیش از اندازه بزرگ است. چیزی افزوده نشد.",
        Msg::KitInvalid => "این بسته آسیب دیده است (بخشی از آن نیست). چیزی افزوده نشد.",
        Msg::JoinTitle => "پیوستن به گروه",
        Msg::KitFile => "فایل بسته از مشاورتان",
        Msg::TaskLabel => "تکلیف",
        Msg::KitPreviewIntro => "این محتوای بسته است. تا «پیوستن» را نزنید چیزی افزوده نمی‌شود.",
        Msg::KitAlreadyJoined => {
            "قبلاً به این گروه پیوسته‌اید: پیوستن دوباره تاریخ‌ها و پرسش‌هایش را به‌روز می‌کند."
        }
        Msg::KitSessions => "جلسه‌ها",
        Msg::KitShareNote => {
            "دفترچهٔ شما روی دستگاه خودتان می‌ماند. خودتان تصمیم می‌گیرید چه چیزی، اگر چیزی، با مشاور به اشتراک بگذارید و پیش از ذخیره آن را می‌بینید."
        }
        Msg::YourCode => "کد شما در گروه",
        Msg::ChooseCode => "کد خود را انتخاب کنید یا بنویسید.",
        Msg::JoinGroup => "پیوستن",
        Msg::SurveyDue => "پرسش‌نامهٔ پیش رو",
        Msg::WriteAboutThis => "دربارهٔ این بنویس",
        Msg::ShareWithCounsellor => "اشتراک با مشاورم",
        Msg::ShareIntro => {
            "دقیقاً همان چیزی را که می‌خواهید به اشتراک بگذارید انتخاب کنید. نتایج پرسش‌نامه‌هایی که این گروه خواسته علامت خورده‌اند؛ بقیه فقط اگر خودتان علامت بزنید."
        }
        Msg::ShareSurveys => "نتایج پرسش‌نامه",
        Msg::ShareEntries => "یادداشت‌های دفترچه",
        Msg::ShareGoals => "هدف‌ها",
        Msg::PreviewShare => "نشان بده دقیقاً چه چیزی فرستاده می‌شود",
        Msg::ShareExactly => "دقیقاً همین در فایل خواهد بود",
        Msg::ShareEncryptedNote => "فایل طوری رمزگذاری می‌شود که فقط کلید مشاورتان آن را باز کند.",
        Msg::SaveShare => "ذخیرهٔ فایل رمزگذاری‌شده",
        Msg::ForMembersTitle => "برای اعضا (در بستهٔ گروه فرستاده می‌شود)",
        Msg::ForMembersHint => "آنچه اعضا پس از این جلسه در دفترچه‌شان می‌بینند. نامی در آن ننویسید.",
        Msg::SessionPromptLabel => "پرسش دفترچه",
        Msg::SessionTaskLabel => "تکلیف بین دو جلسه",
        Msg::MembersAndResults => "بسته و نتایج",
        Msg::MomentName(m) => match m {
            Moment::Pre => "پیش",
            Moment::Mid => "میانه",
            Moment::Post => "پس",
        },
        Msg::ImprovedShare {
            improved,
            paired,
            percent,
        } => {
            return format!(
                "بهبود: {} از {} عضوی که هر دو نتیجه را دارند ({}٪)",
                number(improved, l),
                number(paired, l),
                number(percent, l)
            );
        }
        Msg::ScaleTotal(max) => return format!("نمرهٔ کل (۰ تا {})", number(max, l)),
        Msg::ReportMembers(n) => return format!("اعضا: {}", number(n, l)),
        Msg::ReportSessionsHeld(held, all) => {
            return format!(
                "جلسه‌های برگزارشده: {} از {}",
                number(held, l),
                number(all, l)
            );
        }
        Msg::ShareReceived {
            code,
            results,
            notes,
        } => {
            return format!(
                "از {code}: {} نتیجهٔ پرسش‌نامه، {} یادداشت مشترک.",
                number(results, l),
                number(notes, l)
            );
        }
        Msg::ShareCounts {
            surveys,
            entries,
            goals,
        } => {
            return format!(
                "{} نتیجهٔ پرسش‌نامه، {} یادداشت دفترچه، {} هدف.",
                number(surveys, l),
                number(entries, l),
                number(goals, l)
            );
        }
        Msg::ShowMore { shown, total } => {
            return format!("نمایش بیشتر ({} از {})", number(shown, l), number(total, l));
        }
        Msg::BackupLocked => {
            "اول فضای قفل‌شده را باز کنید: پشتیبانی که اکنون ساخته شود داده‌های آن را ندارد."
        }
    };
    s.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_messages_use_the_locale_digits() {
        let m = Msg::StorageUsed {
            used_kb: 12,
            total_kb: 5120,
            percent: 0,
        };
        assert_eq!(
            m.text(Locale::Fa),
            "۱۲ کیلوبایت از حدود ۵۱۲۰ کیلوبایت به کار رفته است (۰٪)."
        );
        assert_eq!(m.text(Locale::En), "12 KB of about 5120 KB used (0%).");
    }

    #[test]
    fn text_errors_map_to_messages() {
        assert_eq!(Msg::for_text_error(TextError::Empty), Msg::FieldEmpty);
        assert_eq!(
            Msg::for_text_error(TextError::TooLong { max: 5, actual: 9 }).text(Locale::Fa),
            "خیلی بلند است: حداکثر ۵ نویسه."
        );
    }
    /// The arms of one language's table: each message's name and the string literals of its
    /// arm, read from this file's own text (so every message is walked without listing them).
    fn arms(table: &str) -> Vec<(String, Vec<String>)> {
        let mut out: Vec<(String, Vec<String>)> = Vec::new();
        for line in table.lines() {
            if let Some(rest) = line.strip_prefix("        Msg::") {
                let name: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
                out.push((name, Vec::new()));
            }
            let Some((_, lits)) = out.last_mut() else {
                continue;
            };
            // String literals on the line (no raw strings are used in the tables).
            let mut chars = line.chars().peekable();
            while let Some(c) = chars.next() {
                if c != '"' {
                    continue;
                }
                let mut lit = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        // An escape: `\u{…}` whole, any other one character.
                        '\\' => {
                            if chars.next() == Some('u') {
                                for c in chars.by_ref() {
                                    if c == '}' {
                                        break;
                                    }
                                }
                            }
                        }
                        '"' => break,
                        c => lit.push(c),
                    }
                }
                lits.push(lit);
            }
        }
        out
    }

    /// The literals' text without their `{…}` placeholders, and how many there were.
    fn without_placeholders(lits: &[String]) -> (String, usize) {
        let (mut text, mut n) = (String::new(), 0);
        for lit in lits {
            let mut depth = 0;
            for c in lit.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        n += 1;
                    }
                    '}' if depth > 0 => depth -= 1,
                    c if depth == 0 => text.push(c),
                    _ => {}
                }
            }
            text.push(' ');
        }
        (text, n)
    }

    fn persian(c: char) -> bool {
        ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{FB50}'..='\u{FEFF}').contains(&c)
    }

    /// #13: every message, in both languages — the Persian text has Persian letters and no
    /// Latin word outside the names it may carry, the English has no Persian letter outside
    /// the app's name, and both fill as many placeholders. (The language switch, and the
    /// message naming the Arabic-keyboard letters, quote the other script on purpose.)
    #[test]
    fn every_message_is_written_in_its_language_with_the_same_placeholders() {
        // The language switch names the other language in that language.
        const EXEMPT: &[&str] = &["OtherLanguage", "OpenedWithVariant"];
        const LATIN_IN_PERSIAN: &[&str] = &[
            "WHO",
            "RSES",
            "ASCA",
            "age",
            "rage",
            "pyrage",
            "KB",
            "MB",
            "PDF",
            "QR",
            "CSV",
            "JSON",
            "Hamdel",
            "Rosenberg",
            "ID",
        ];
        let source = include_str!("messages.rs");
        let en_at = source.find("\nfn en(").expect("the English table");
        let fa_at = source.find("\nfn fa(").expect("the Persian table");
        let tests_at = source.find("#[cfg(test)]").expect("tests");
        let en = arms(&source[en_at..fa_at]);
        let fa = arms(&source[fa_at..tests_at]);
        assert!(en.len() > 300, "the English table was read: {}", en.len());
        let mut bad = Vec::new();
        for (name, lits) in fa.iter().filter(|(n, _)| !EXEMPT.contains(&n.as_str())) {
            let (text, _) = without_placeholders(lits);
            if text.chars().any(char::is_alphabetic) && !text.chars().any(persian) {
                bad.push(format!("fa {name}: no Persian letter: {text}"));
            }
            for word in text.split(|c: char| !c.is_ascii_alphabetic()) {
                if word.len() > 1 && !LATIN_IN_PERSIAN.contains(&word) {
                    bad.push(format!("fa {name}: Latin word {word:?}"));
                }
            }
        }
        for (name, lits) in en.iter().filter(|(n, _)| !EXEMPT.contains(&n.as_str())) {
            let text = without_placeholders(lits).0.replace("همدل", "");
            if text.chars().any(persian) {
                bad.push(format!("en {name}: Persian letters: {text}"));
            }
        }
        for (name, en_lits) in &en {
            let Some((_, fa_lits)) = fa.iter().find(|(n, _)| n == name) else {
                continue;
            };
            let (e, f) = (
                without_placeholders(en_lits).1,
                without_placeholders(fa_lits).1,
            );
            if e != f {
                bad.push(format!(
                    "{name}: {e} placeholders in English, {f} in Persian"
                ));
            }
        }
        assert!(
            bad.is_empty(),
            "{} problems:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }
}
