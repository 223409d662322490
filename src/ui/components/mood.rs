//! A mood drawn as a face on its colour, beside its word wherever it is shown: the colour is
//! never the only sign (the mouth's curve and the word say it too).

use leptos::prelude::*;

/// The face for a mood on the 5-point scale; decorative (its word is next to it).
#[component]
pub fn MoodFace(
    /// 1 (very low) … 5 (very good).
    mood: u8,
) -> impl IntoView {
    let m = mood.clamp(1, 5);
    // The mouth's control point: below the corners smiles, above them frowns.
    let curve = [19, 23, 27, 31, 35][usize::from(m) - 1];
    view! {
        <svg class=format!("mood-face mood-{m}") viewBox="0 0 40 40" aria-hidden="true" focusable="false">
            <circle class="face" cx="20" cy="20" r="18" />
            <circle class="eye" cx="14" cy="16" r="2.2" />
            <circle class="eye" cx="26" cy="16" r="2.2" />
            <path class="mouth" d=format!("M12 27 Q20 {curve} 28 27") />
        </svg>
    }
}
