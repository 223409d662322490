//! Accessibility: axe-core (npm, injected through WebDriver) on every screen, in Persian and in
//! English, in the light and the dark theme — zero WCAG 2.x A/AA violations. The check first
//! proves it can fail: a planted image without a text alternative must be reported.

use hamdel_e2e::Harness;

const RUN_AXE: &str = "const done = arguments[0]; \
    axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }) \
    .then(r => done(r.violations.map(v => v.id + ' (' + v.nodes.length + '): ' + \
        v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))), e => done(['axe failed: ' + e]));";

async fn violations(h: &Harness) -> Vec<String> {
    let found = h
        .client
        .execute_async(RUN_AXE, vec![])
        .await
        .expect("axe ran");
    hamdel_e2e::strings_of(&found)
}

#[tokio::test]
async fn every_screen_has_no_axe_violations_in_both_languages_and_themes() {
    let axe = std::fs::read_to_string(xtask::tools::axe_script())
        .expect("axe-core in .tools/ (cargo xtask test installs it)");
    let h = Harness::start().await;
    h.click("#role-counsellor").await;
    h.type_into("#new-group-name", "Group / گروه").await;
    h.click("#create-group").await;
    h.wait_for("#edit-plan").await;
    let group = h.hash().await;
    // Something in every list, so rows are checked too.
    h.js("location.hash = '#/member'; return true").await;
    h.type_into("#new-entry-text", "An entry / یک یادداشت")
        .await;
    h.click("#mood-3").await;
    h.click("#add-entry").await;
    h.wait_for("#entry-list li").await;
    h.click("#checkin-4").await;
    h.js("location.hash = '#/member/goals'; return true").await;
    h.type_into("#new-goal", "A goal / یک هدف").await;
    h.click("#add-goal").await;
    h.wait_for("#goal-list li").await;
    // The group's kit joined on this device, so the member's exit ticket and a template's own
    // survey (#18) are checked too.
    h.go(&format!("{group}/kit")).await;
    let join = h.kit_join_hash().await;
    h.go(&join).await;
    h.type_into("#own-code", "M1").await;
    h.click("#join-group").await;
    h.wait_for("#kit-cards .share-link").await;
    let gid = group.rsplit('/').next().unwrap_or_default().to_owned();
    let own = h.own_survey().await;

    h.client
        .execute(&axe, vec![])
        .await
        .expect("inject axe-core");
    // The check can fail: a planted violation is found.
    h.js("const i = document.createElement('img'); i.id = 'planted'; i.src = 'data:,'; document.querySelector('main').append(i); return true").await;
    let planted = violations(&h).await;
    assert!(
        planted.iter().any(|v| v.starts_with("image-alt")),
        "axe reports a planted image without alt: {planted:?}"
    );
    h.js("document.getElementById('planted').remove(); return true")
        .await;

    let routes = [
        "#/".to_owned(),
        "#/counsellor".into(),
        "#/counsellor/year".into(),
        "#/member".into(),
        "#/member/surveys".into(),
        "#/member/surveys/rses".into(),
        "#/member/goals".into(),
        "#/member/print".into(),
        "#/settings".into(),
        "#/library".into(),
        "#/library/i-messages".into(),
        "#/guide".into(),
        "#/settings/backup".into(),
        "#/settings/lock".into(),
        "#/help".into(),
        "#/help/plan".into(),
        "#/help/calm".into(),
        group.clone(),
        format!("{group}/session/1"),
        format!("{group}/print/attendance"),
        format!("{group}/print/surveys"),
        format!("{group}/print/slips"),
        format!("{group}/print/consent"),
        format!("{group}/print/plan"),
        format!("{group}/kit"),
        format!("{group}/report"),
        "#/join".into(),
        format!("#/member/exit/{gid}/1"),
        format!("#/member/surveys/ask-study-skills/{gid}/pre"),
        own,
    ];
    let mut problems = Vec::new();
    for theme in ["light", "dark"] {
        h.js("location.hash = '#/settings'; return true").await;
        h.click(&format!("#theme-{theme}")).await;
        for lang in ["fa", "en"] {
            h.use_language(lang).await;
            for route in &routes {
                h.js(&format!("location.hash = '{route}'; return true"))
                    .await;
                h.wait_for("main h1").await;
                for v in violations(&h).await {
                    problems.push(format!("{theme}/{lang} {route}: {v}"));
                }
                // The plan is read until "Edit the plan": its form is checked as well.
                if *route == group {
                    h.click("#edit-plan").await;
                    h.wait_for("#plan-name").await;
                    for v in violations(&h).await {
                        problems.push(format!("{theme}/{lang} {route} (plan form): {v}"));
                    }
                    h.click("#cancel-plan").await;
                }
            }
        }
    }
    // The screen a locked space shows, in both languages.
    h.js("location.hash = '#/settings/lock'; return true").await;
    h.type_into("#lock-pass-member", "a passphrase for the audit")
        .await;
    h.type_into("#lock-pass-again-member", "a passphrase for the audit")
        .await;
    h.click("#lock-submit-member").await;
    h.click("#lock-button").await;
    for _ in 0..2 {
        h.click("#lang-switch").await;
        h.js("location.hash = '#/member'; return true").await;
        h.wait_for("#unlock-form").await;
        for v in violations(&h).await {
            problems.push(format!("unlock screen: {v}"));
        }
    }
    assert!(
        problems.is_empty(),
        "accessibility violations:\n{}",
        problems.join("\n")
    );
    h.finish().await;
}
