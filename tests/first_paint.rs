//! The first-paint shell in `index.html` (#20) speaks with the app's own messages: the welcome
//! screen it draws on a first visit, its header's "Help now" and language button are the texts
//! the app draws in their place, in both languages, so the app replaces the shell with no change
//! a person could see. (`e2e/tests/journeys.rs` checks the same in the browser: same boxes, same
//! words.)

use hamdel::domain::Locale;
use hamdel::i18n::msg::{SafetyMsg, ShellMsg};

fn index() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).expect("index.html")
}

/// The part of index.html that is the shell.
fn shell(index: &str) -> &str {
    let start = index
        .find("<div id=\"boot\"")
        .expect("the shell is in index.html");
    let end = index[start..].find("</body>").expect("a body end") + start;
    &index[start..end]
}

#[test]
fn the_shell_says_what_the_app_says_in_both_languages() {
    let index = index();
    let shell = shell(&index);
    let messages = [
        ShellMsg::AppName,
        ShellMsg::WelcomeTitle,
        ShellMsg::WelcomeQuestion,
        ShellMsg::RoleCounsellor,
        ShellMsg::RoleCounsellorHint,
        ShellMsg::RoleMember,
        ShellMsg::RoleMemberHint,
        ShellMsg::WelcomePrivacy,
    ];
    for l in [Locale::Fa, Locale::En] {
        let tag = l.tag();
        for m in &messages {
            let text = m.text(l);
            assert!(
                shell.contains(&format!("<span lang=\"{tag}\">{text}</span>")),
                "index.html's shell lacks the app's {tag} text {text:?} ({m:?})"
            );
        }
        let help = SafetyMsg::HelpNow.text(l);
        assert!(
            shell.contains(&format!("<span lang=\"{tag}\">{help}</span>")),
            "the shell's Help now in {tag}: {help:?}"
        );
        // The language button is named in the other language (lang set to it), as the app's.
        let other = ShellMsg::OtherLanguage.text(l);
        let other_tag = match l {
            Locale::Fa => "en",
            Locale::En => "fa",
        };
        assert!(
            shell.contains(&format!("lang=\"{other_tag}\" inert>{other}</button>")),
            "the shell's language button shown in {tag}: {other:?}"
        );
    }
}

#[test]
fn the_shell_has_no_id_the_app_uses_and_its_choices_are_inert() {
    let index = index();
    let shell = shell(&index);
    // One `id`: the shell's own, which the app removes (tests and the app find its elements
    // by id: a second #role-member in the page would be clicked before the app's).
    assert_eq!(
        shell.matches(" id=").count(),
        1,
        "ids in the shell: {shell}"
    );
    assert!(shell.contains("<div class=\"role-choices\" inert>"));
    assert_eq!(shell.matches("<button").count(), 4);
    assert_eq!(shell.matches(" inert").count(), 3, "each button inert");
}
