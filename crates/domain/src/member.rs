//! Group members (pseudonymous by default), their consent, and attendance.

use super::Id;
use serde::{Deserialize, Serialize};

/// A member of a group. `code` is what the counsellor sees by default; `real_name` is empty
/// unless the counsellor chooses to type one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// Stable identity.
    pub id: Id,
    /// A code or initials, e.g. "M3" or "ع.ر".
    pub code: String,
    /// Optional real name; empty by default.
    #[serde(default)]
    pub real_name: String,
    /// The member's own consent.
    #[serde(default)]
    pub consent: Consent,
    /// Parental or guardian permission.
    #[serde(default)]
    pub parental_permission: Consent,
}

/// Where a consent or permission stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Consent {
    /// Asked, not yet answered (or not yet asked).
    #[default]
    Pending,
    /// Given.
    Given,
    /// Refused.
    Refused,
    /// Not needed (e.g. an adult member's parental permission).
    NotNeeded,
}

/// One member's presence at one session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attendance {
    /// Came.
    Present,
    /// Did not come.
    Absent,
    /// Did not come, with a reason accepted in advance.
    Excused,
}

/// Attendance rate: present marks over all marks, as a whole percentage; `None` with no marks.
pub fn attendance_rate(marks: impl IntoIterator<Item = Attendance>) -> Option<u32> {
    let (present, total) = marks.into_iter().fold((0u32, 0u32), |(p, t), m| {
        (p + u32::from(m == Attendance::Present), t + 1)
    });
    (total > 0).then(|| (present * 100 + total / 2) / total)
}

/// A suggested code for the `n`-th member (1-based): "M1", "M2", …
pub fn suggested_code(n: usize) -> String {
    format!("M{n}")
}

/// A member code as it is compared (review L4): surrounding and inner white space and
/// zero-width joiners dropped, Persian and Arabic-Indic digits read as ASCII, Arabic ي/ك read as
/// Persian ی/ک, and Latin letters in upper case. "m۱ ", "M 1" and "M1" are one member.
pub fn code_key(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{200c}' | '\u{200d}'))
        .map(|c| match c {
            '\u{06f0}'..='\u{06f9}' => char::from(b'0' + (c as u32 - 0x06f0) as u8),
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{064a}' => '\u{06cc}',
            '\u{0643}' => '\u{06a9}',
            c => c.to_ascii_uppercase(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Attendance::*;

    #[test]
    fn rate_counts_present_over_all_marks() {
        assert_eq!(attendance_rate([]), None);
        assert_eq!(
            attendance_rate([Present, Present, Absent, Excused]),
            Some(50)
        );
        assert_eq!(attendance_rate([Present, Present, Absent]), Some(67));
        assert_eq!(attendance_rate([Present]), Some(100));
    }

    #[test]
    fn codes_are_pseudonymous_by_default() {
        assert_eq!(suggested_code(3), "M3");
        let m: Member = serde_json::from_str(r#"{"id":"a","code":"M1"}"#).expect("old shape reads");
        assert!(m.real_name.is_empty());
        assert_eq!(m.consent, Consent::Pending);
    }
}
