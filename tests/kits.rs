//! Kits and share-backs across two devices (two in-memory stores): a group's kit round-trips as
//! a file and as a link; a member's share-back, encrypted to the counsellor's recipient, is
//! brought in once; another counsellor's file, a tampered one, another group's and a duplicate
//! are refused with nothing stored.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use hamdel::domain::group::PlannedSurvey;
use hamdel::domain::kit::{JOIN_PREFIX, JoinedKit, Kit, Share};
use hamdel::domain::survey::{Attempt, Moment, Survey};
use hamdel::domain::{Group, Id, JournalEntry};
use hamdel::storage::kits::{ShareError, encrypt_share};
use hamdel::storage::{MemoryStore, Workspace};

mod common;

/// The shipped surveys, as the app looks them up when it checks a share-back.
fn instrument(id: &Id) -> Option<Survey> {
    hamdel::content::instrument(id).cloned()
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).expect("valid test date")
}

fn counsellor() -> (MemoryStore, Workspace<MemoryStore>, Kit) {
    let store = MemoryStore::new();
    let mut ws = Workspace::open(store.clone());
    let mut g = Group::new(Id::from_raw("g1"), "مدیریت خشم", day(1))
        .expect("valid")
        .with_default_sessions({
            let mut n = 0;
            move || {
                n += 1;
                Id::from_raw(format!("s{n}"))
            }
        });
    g.start_date = Some(day(1));
    g.weekday = Some(1);
    g.members.push(hamdel::domain::member::Member {
        id: Id::from_raw("m8"),
        code: "M8".into(),
        real_name: String::new(),
        consent: Default::default(),
        parental_permission: Default::default(),
    });
    g.sessions[0].prompt = "What made you angry this week, and what did you do?".into();
    g.sessions[0].task = "Notice one early warning sign.".into();
    g.kit_surveys = vec![
        PlannedSurvey {
            survey: Id::from_raw("who5"),
            moment: Moment::Pre,
        },
        PlannedSurvey {
            survey: Id::from_raw("who5"),
            moment: Moment::Post,
        },
    ];
    ws.put(g).expect("stored");
    let recipient = ws.counsellor_recipient().expect("keys created");
    let kit = ws.groups().get(&Id::from_raw("g1")).expect("group").kit(
        &recipient,
        |t| hamdel::i18n::plan_text(t, hamdel::domain::Locale::Fa),
        |_| None,
    );
    (store, ws, kit)
}

fn share(kit: &Kit, id: &str) -> Share {
    common::who5_share(id, &kit.group, "M3")
}

#[test]
fn a_kit_carries_the_plan_and_round_trips_as_file_and_link() {
    let (_, _, kit) = counsellor();
    assert_eq!(kit.name, "مدیریت خشم");
    // #15: the group has a member, and the kit lists no one's code (each types their own).
    assert!(kit.codes.is_empty() && !kit.to_json().contains("M8"));
    assert_eq!(kit.sessions.len(), 8);
    assert!(kit.sessions[0].prompt.contains("angry"));
    assert!(kit.sessions.iter().all(|s| s.date.is_some()));
    assert_eq!(kit.surveys.len(), 2);
    assert_eq!(kit.surveys[0].due, kit.sessions[0].date);
    assert_eq!(kit.surveys[1].due, kit.sessions[7].date);
    assert!(kit.recipient.starts_with("age1"));
    assert_eq!(Kit::from_json(kit.to_json().as_bytes()), Ok(kit.clone()));
    let link = kit.link("http://127.0.0.1:8080/");
    let payload = link.split(JOIN_PREFIX).nth(1).expect("payload");
    assert_eq!(Kit::from_payload(payload), Ok(kit.clone()));
    assert!(
        kit.fits_qr("http://127.0.0.1:8080/"),
        "{} bytes",
        link.len()
    );
}

#[test]
fn a_share_back_is_brought_in_once_and_only_by_its_counsellor() {
    let (store, mut ws, kit) = counsellor();
    let file = encrypt_share(&share(&kit, "share-1"), &kit.recipient).expect("encrypted");
    assert!(file.starts_with(b"age-encryption.org/v1\n"));

    // Another counsellor (another device, its own keys) cannot open it.
    let (other_store, mut other, _) = counsellor();
    let before = other_store.snapshot();
    assert_eq!(
        other.receive_share(&Id::from_raw("g1"), &file, day(3), instrument),
        Err(ShareError::OtherCounsellor)
    );
    assert!(other_store.snapshot() == before);

    // A tampered or cut file is refused; nothing stored.
    let before = store.snapshot();
    let mut tampered = file.clone();
    let at = tampered.len() - 5;
    tampered[at] ^= 1;
    assert_eq!(
        ws.receive_share(&Id::from_raw("g1"), &tampered, day(3), instrument),
        Err(ShareError::Damaged)
    );
    assert_eq!(
        ws.receive_share(
            &Id::from_raw("g1"),
            b"{\"format\":\"hamdel-share\"}",
            day(3),
            instrument
        ),
        Err(ShareError::NotAShare)
    );
    assert_eq!(
        ws.receive_share(&Id::from_raw("g2"), &file, day(3), instrument),
        Err(ShareError::OtherGroup)
    );
    assert!(store.snapshot() == before);

    // The right counsellor brings it in: one result for M3, pre.
    let (code, results, notes) = ws
        .receive_share(&Id::from_raw("g1"), &file, day(3), instrument)
        .expect("brought in");
    assert_eq!((code.as_str(), results, notes), ("M3", 1, 0));
    let r = ws.results_of(&Id::from_raw("g1"));
    assert_eq!(r.outcomes.len(), 1);
    assert_eq!(r.outcomes[0].answers, vec![3, 3, 2, 4, 3]);
    // A record of its own under the share-back's id (#18, item 6); the group is not written.
    let record = ws.outcomes().get(&Id::from_raw("share-1")).expect("record");
    assert_eq!(record.group, Id::from_raw("g1"));
    // Twice: refused.
    assert_eq!(
        ws.receive_share(&Id::from_raw("g1"), &file, day(3), instrument),
        Err(ShareError::Duplicate)
    );
    assert_eq!(ws.results_of(&Id::from_raw("g1")).outcomes.len(), 1);
}

#[test]
fn only_what_the_member_chose_reaches_the_counsellor() {
    // Review: this test used to assert that a string no input held was absent. Now the member's
    // space holds an entry, a goal and an attempt that are *not* chosen, and the share is built
    // by the same `Share::of_chosen` the share page uses.
    use hamdel::domain::goal::Goal;
    use hamdel::domain::kit::Chosen;
    let (store, mut ws, kit) = counsellor();
    let joined = JoinedKit {
        id: kit.group.clone(),
        kit: kit.clone(),
        code: "M3".into(),
        joined_on: day(1),
        sent: Vec::new(),
    };
    let chosen_entry =
        JournalEntry::new(Id::from_raw("e1"), day(2), "I chose to share this one.").expect("valid");
    let private_entry =
        JournalEntry::new(Id::from_raw("e2"), day(2), "Private: not shared.").expect("valid");
    let goal = Goal::new(Id::from_raw("goal1"), "Private goal: not shared").expect("valid");
    let mut own_attempt = share(&kit, "x").attempts[0].clone();
    own_attempt.id = Id::from_raw("a-own");
    own_attempt.group = None;
    own_attempt.moment = None;
    own_attempt.answers = vec![0, 0, 0, 0, 0];
    let attempts = vec![share(&kit, "x").attempts[0].clone(), own_attempt];
    let mut chosen = Chosen::by_default(&kit.group, &attempts);
    assert_eq!(
        chosen.attempts,
        vec![Id::from_raw("a1")],
        "the group's results only"
    );
    chosen.entries.push(Id::from_raw("e1"));
    let s = Share::of_chosen(
        &joined,
        Id::from_raw("share-2"),
        "2026-12-02T10:00:00Z".into(),
        (&attempts, &[chosen_entry, private_entry], &[goal]),
        &chosen,
    );
    let file = encrypt_share(&s, &kit.recipient).expect("encrypted");
    let (_, results, notes) = ws
        .receive_share(&Id::from_raw("g1"), &file, day(3), instrument)
        .expect("brought in");
    assert_eq!((results, notes), (1, 1));
    let stored: String = store.snapshot().into_values().collect();
    assert!(stored.contains("I chose to share this one."));
    assert!(
        !stored.contains("not shared"),
        "an unchosen record reached the counsellor"
    );
    assert!(!stored.contains("a-own"));
}

#[test]
fn a_joined_kit_lives_in_the_member_space() {
    let (_, _, kit) = counsellor();
    let member_store = MemoryStore::new();
    let mut member = Workspace::open(member_store.clone());
    member
        .put(JoinedKit {
            id: kit.group.clone(),
            kit: kit.clone(),
            code: "M3".into(),
            joined_on: day(1),
            sent: Vec::new(),
        })
        .expect("joined");
    let again = Workspace::open(member_store);
    assert_eq!(again.kits().items()[0].kit, kit);
}

#[test]
fn results_that_do_not_fit_the_survey_are_refused_by_name_and_nothing_is_stored() {
    // Review M2: answers and moment were copied verbatim and `Attempt.group` was ignored, so
    // WHO-5 answers of 9 became item means of 9 on a 0–5 scale.
    use hamdel::domain::kit::ResultProblem;
    let (store, mut ws, kit) = counsellor();
    let before = store.snapshot();
    type Spoil = fn(&mut Attempt);
    let cases: [(&str, Spoil, ResultProblem); 5] = [
        (
            "nines",
            |a| a.answers = vec![9; 5],
            ResultProblem::OutOfRange,
        ),
        (
            "short",
            |a| a.answers.truncate(3),
            ResultProblem::WrongCount,
        ),
        (
            "mid",
            |a| a.moment = Some(Moment::Mid),
            ResultProblem::UnplannedMoment,
        ),
        (
            "other group",
            |a| a.group = Some(Id::from_raw("g9")),
            ResultProblem::OtherGroup,
        ),
        (
            "unknown",
            |a| a.survey = Id::from_raw("nope"),
            ResultProblem::UnknownSurvey,
        ),
    ];
    for (what, spoil, expected) in cases {
        let mut s = share(&kit, &format!("share-{what}"));
        spoil(&mut s.attempts[0]);
        let file = encrypt_share(&s, &kit.recipient).expect("encrypted");
        assert_eq!(
            ws.receive_share(&Id::from_raw("g1"), &file, day(3), instrument),
            Err(ShareError::BadResults(expected)),
            "{what}"
        );
        assert!(store.snapshot() == before, "{what}: something was stored");
    }
}

/// #18: the kit asks for an exit ticket after each session (the built-in statement where none
/// was typed); a ticket comes back as the group's exit result, once; one off the scale, for a
/// session the group does not have, or for a group that asks for none is refused, nothing stored.
#[test]
fn exit_tickets_travel_in_the_kit_and_come_back_once() {
    let (_, mut ws, kit) = counsellor();
    assert!(
        kit.sessions
            .iter()
            .all(|s| s.exit == ["امروز چیزی یاد گرفتم که می‌توانم به کار ببرم."]),
        "{:?}",
        kit.sessions
    );
    let ticket = |id: &str, session: u16, answers: Vec<u8>| Attempt {
        id: Id::from_raw(id),
        survey: Id::from_raw("exit"),
        date: day(2),
        answers,
        moment: None,
        group: Some(kit.group.clone()),
        session: Some(session),
    };
    let g1 = Id::from_raw("g1");
    for (n, bad) in [
        ticket("t-bad", 1, vec![11, 3]),
        ticket("t-bad", 1, vec![8, 5]),
        ticket("t-bad", 1, vec![8]),
        ticket("t-bad", 99, vec![8, 3]),
    ]
    .into_iter()
    .enumerate()
    {
        let mut s = share(&kit, &format!("bad-{n}"));
        s.attempts.push(bad);
        let file = encrypt_share(&s, &kit.recipient).expect("encrypted");
        assert!(
            matches!(
                ws.receive_share(&g1, &file, day(3), instrument),
                Err(ShareError::BadResults(_))
            ),
            "case {n}"
        );
    }
    assert!(ws.results_of(&g1).is_empty(), "nothing stored");
    let mut s = share(&kit, "share-1");
    s.attempts.push(ticket("t1", 1, vec![8, 3]));
    let file = encrypt_share(&s, &kit.recipient).expect("encrypted");
    let (_, results, _) = ws
        .receive_share(&g1, &file, day(3), instrument)
        .expect("brought in");
    assert_eq!(results, 2, "the survey result and the ticket");
    let mut again = share(&kit, "share-2");
    again.attempts.push(ticket("t1", 1, vec![8, 3]));
    let file = encrypt_share(&again, &kit.recipient).expect("encrypted");
    let (_, results, _) = ws
        .receive_share(&g1, &file, day(4), instrument)
        .expect("brought in");
    assert_eq!(results, 0, "both came in before");
    let g = ws.groups().get(&g1).expect("group").clone();
    let r = ws.results_of(&g1);
    assert_eq!(r.exit.len(), 1);
    assert_eq!(
        (
            r.exit[0].code.as_str(),
            r.exit[0].session,
            r.exit[0].answers.clone()
        ),
        ("M3", 1, vec![8, 3])
    );
    // A group that asks for no exit tickets sends none and takes none.
    let mut off = g.clone();
    off.exit_tickets = false;
    ws.put(off).expect("stored");
    let recipient = ws.counsellor_recipient().expect("keys");
    let quiet = ws.groups().get(&g1).expect("group").kit(
        &recipient,
        |t| hamdel::i18n::plan_text(t, hamdel::domain::Locale::Fa),
        |_| None,
    );
    assert!(quiet.sessions.iter().all(|s| s.exit.is_empty()));
    let mut late = share(&kit, "share-3");
    late.attempts = vec![ticket("t2", 2, vec![7, 4])];
    let file = encrypt_share(&late, &kit.recipient).expect("encrypted");
    assert!(matches!(
        ws.receive_share(&g1, &file, day(10), instrument),
        Err(ShareError::BadResults(_))
    ));
}

#[test]
fn an_attempt_shared_again_is_counted_once() {
    // Review L5: outcomes carried no attempt id, so a re-shared attempt counted twice.
    let (_, mut ws, kit) = counsellor();
    let first = encrypt_share(&share(&kit, "share-1"), &kit.recipient).expect("encrypted");
    ws.receive_share(&Id::from_raw("g1"), &first, day(3), instrument)
        .expect("brought in");
    let mut again = share(&kit, "share-2");
    again.attempts.push(Attempt {
        id: Id::from_raw("a2"),
        moment: Some(Moment::Post),
        ..again.attempts[0].clone()
    });
    let second = encrypt_share(&again, &kit.recipient).expect("encrypted");
    let (_, results, _) = ws
        .receive_share(&Id::from_raw("g1"), &second, day(9), instrument)
        .expect("brought in");
    assert_eq!(results, 1, "only the new attempt");
    assert_eq!(ws.results_of(&Id::from_raw("g1")).outcomes.len(), 2);
}

#[test]
fn a_share_back_that_cannot_be_stored_says_so_and_a_retry_stores_it() {
    // Review M3: a storage failure read "this file is damaged … nothing was changed".
    let (store, mut ws, kit) = counsellor();
    let file = encrypt_share(&share(&kit, "share-1"), &kit.recipient).expect("encrypted");
    store.fail_writes_after(0);
    assert!(matches!(
        ws.receive_share(&Id::from_raw("g1"), &file, day(3), instrument),
        Err(ShareError::Store(_))
    ));
    store.clear_faults();
    ws.retry().expect("stored now");
    let again = Workspace::open(store);
    assert_eq!(again.results_of(&Id::from_raw("g1")).outcomes.len(), 1);
}

#[test]
fn an_unreadable_counsellor_key_record_is_named() {
    // Review #16: the kit page said "your last change could not be stored".
    let (store, _, _) = counsellor();
    store.plant(hamdel::storage::kits::IDENTITY_KEY, "{\"v\":1,\"keys\":7}");
    let mut ws = Workspace::open(store.clone());
    assert!(matches!(
        ws.counsellor_recipient(),
        Err(hamdel::storage::WriteError::Unreadable { .. })
    ));
    let file = b"age-encryption.org/v1\n".to_vec();
    assert_eq!(
        ws.receive_share(&Id::from_raw("g1"), &file, day(3), instrument),
        Err(ShareError::KeysUnreadable)
    );
}

/// #18: two tabs bringing different members' files into one group at the same time keep one
/// group with both members' results: no conflict copy, nothing lost.
#[test]
fn two_tabs_bringing_files_into_one_group_keep_one_group_with_both() {
    let (store, mut first, kit) = counsellor();
    let mut second = Workspace::open(store.clone());
    let groups_stored = |store: &MemoryStore| -> Vec<(String, String)> {
        store
            .snapshot()
            .into_iter()
            .filter(|(k, _)| k.starts_with("hamdel/groups/"))
            .collect()
    };
    let group_before = groups_stored(&store);
    let g1 = Id::from_raw("g1");
    let a = encrypt_share(
        &common::who5_share("share-a", &kit.group, "M3"),
        &kit.recipient,
    )
    .expect("encrypted");
    let b = encrypt_share(
        &common::who5_share("share-b", &kit.group, "M8"),
        &kit.recipient,
    )
    .expect("encrypted");
    first
        .receive_share(&g1, &a, day(3), instrument)
        .expect("brought in");
    // The second tab has not seen the first tab's write.
    second
        .receive_share(&g1, &b, day(3), instrument)
        .expect("brought in");
    let reopened = Workspace::open(store.clone());
    let groups = reopened.groups().items();
    assert_eq!(groups.len(), 1, "no conflict copy");
    // Each file is a record of its own (#18, item 6): neither tab wrote the group.
    assert_eq!(reopened.outcomes().len(), 2, "one record per share-back");
    let r = reopened.results_of(&g1);
    let mut codes: Vec<&str> = r.outcomes.iter().map(|o| o.code.as_str()).collect();
    codes.sort_unstable();
    assert_eq!(codes, ["M3", "M8"]);
    // The same file brought in by both tabs at once is one record too.
    let mut third = Workspace::open(store.clone());
    let mut fourth = Workspace::open(store.clone());
    let c = encrypt_share(
        &common::who5_share("share-c", &kit.group, "M9"),
        &kit.recipient,
    )
    .expect("encrypted");
    let in_third = third.receive_share(&g1, &c, day(4), instrument);
    let in_fourth = fourth.receive_share(&g1, &c, day(4), instrument);
    assert!(in_third.is_ok() && in_fourth.is_ok());
    let reopened = Workspace::open(store.clone());
    assert_eq!(reopened.outcomes().len(), 3, "no conflict copy of a record");
    assert_eq!(reopened.results_of(&g1).outcomes.len(), 3);
    assert_eq!(
        groups_stored(&store),
        group_before,
        "the group was not written"
    );
}

/// #18: a group asking for one of the counsellor's own surveys carries it whole in the kit (the
/// member's app has only the built-in ones); the member's answers come back and are checked
/// against it, a choice past a question's choices refused.
#[test]
fn a_counsellors_own_survey_travels_in_the_kit_and_its_answers_come_back() {
    use hamdel::domain::survey::{ItemKind, SurveyItem, agreement_options};
    let (_, mut ws, _) = counsellor();
    let mut own = Survey::own(Id::from_raw("own-1"), 4);
    own.title.en = "Planning".into();
    own.items = vec![
        SurveyItem {
            en: "Planning is worth it.".into(),
            ..SurveyItem::new(Id::from_raw("own-1-a"), ItemKind::Attitude)
        },
        SurveyItem {
            en: "Which is a first step?".into(),
            choices: agreement_options(4)[..3].to_vec(),
            correct: 3,
            ..SurveyItem::new(Id::from_raw("own-1-k"), ItemKind::Knowledge)
        },
    ];
    assert_eq!(own.check_own(), Ok(()));
    ws.put(own.clone()).expect("stored");
    let g1 = Id::from_raw("g1");
    let mut g = ws.groups().get(&g1).expect("group").clone();
    g.kit_surveys.push(PlannedSurvey {
        survey: own.id.clone(),
        moment: Moment::Pre,
    });
    ws.put(g).expect("stored");
    let recipient = ws.counsellor_recipient().expect("keys");
    let kit = ws.groups().get(&g1).expect("group").kit(
        &recipient,
        |t| hamdel::i18n::plan_text(t, hamdel::domain::Locale::En),
        |id| ws_surveys(&own, id),
    );
    let back = Kit::from_json(kit.to_json().as_bytes()).expect("reads");
    assert_eq!(back.instruments, [own.clone()], "carried whole");
    let resolve = |id: &Id| instrument(id).or_else(|| ws_surveys(&own, id));
    let answer = |id: &str, answers: Vec<u8>| Attempt {
        id: Id::from_raw(id),
        survey: own.id.clone(),
        date: day(2),
        answers,
        moment: Some(Moment::Pre),
        group: Some(g1.clone()),
        session: None,
    };
    let mut bad = share(&kit, "bad");
    bad.attempts = vec![answer("x", vec![3, 4])];
    let file = encrypt_share(&bad, &kit.recipient).expect("encrypted");
    assert!(matches!(
        ws.receive_share(&g1, &file, day(3), resolve),
        Err(ShareError::BadResults(_))
    ));
    let mut good = share(&kit, "good");
    good.attempts = vec![answer("y", vec![3, 3])];
    let file = encrypt_share(&good, &kit.recipient).expect("encrypted");
    ws.receive_share(&g1, &file, day(3), resolve)
        .expect("brought in");
    let sum = hamdel::domain::outcome::summarize(&own, &ws.results_of(&g1).outcomes);
    assert_eq!((sum.scale.pre_n, sum.scale.pre), (1, Some(2.0)));
    assert_eq!(sum.knowledge.expect("a question").pre, Some(100.0));
}

fn ws_surveys(own: &Survey, id: &Id) -> Option<Survey> {
    (&own.id == id).then(|| own.clone())
}
