//! A counselling group, as much of it as the foundation needs: identity and name.

use super::{Id, Keyed, TextError, required_text};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The longest group name accepted, in characters.
pub const GROUP_NAME_MAX: usize = 120;

/// A counselling group run by a counsellor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    /// Stable identity.
    pub id: Id,
    /// Name as the counsellor typed it (trimmed).
    pub name: String,
    /// The day the group was created in Hamdel.
    #[serde(with = "super::iso_date::serde_iso")]
    pub created_on: NaiveDate,
}

/// Why a group could not be created or renamed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupError {
    /// The name was refused.
    Name(TextError),
}

impl Group {
    /// Creates a group after validating its name.
    pub fn new(id: Id, name: &str, created_on: NaiveDate) -> Result<Self, GroupError> {
        let name = required_text(name, GROUP_NAME_MAX).map_err(GroupError::Name)?;
        Ok(Group {
            id,
            name,
            created_on,
        })
    }

    /// The same group under a new, validated name.
    pub fn renamed(&self, name: &str) -> Result<Self, GroupError> {
        let name = required_text(name, GROUP_NAME_MAX).map_err(GroupError::Name)?;
        Ok(Group {
            name,
            ..self.clone()
        })
    }
}

impl Keyed for Group {
    fn id(&self) -> &Id {
        &self.id
    }
    fn with_id(&self, id: Id) -> Self {
        Group { id, ..self.clone() }
    }
}

/// Groups in the order the counsellor sees them: newest first, then by name.
pub fn sort_for_display(groups: &mut [Group]) {
    groups.sort_unstable_by(|a, b| {
        b.created_on
            .cmp(&a.created_on)
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.id.cmp(&b.id))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).expect("valid test date")
    }

    #[test]
    fn name_is_trimmed_and_required() {
        let g = Group::new(Id::from_raw("g1"), "  Study skills  ", day(1)).expect("valid");
        assert_eq!(g.name, "Study skills");
        assert_eq!(
            Group::new(Id::from_raw("g2"), " \t ", day(1)),
            Err(GroupError::Name(TextError::Empty))
        );
    }

    #[test]
    fn long_names_are_refused_counting_characters_not_bytes() {
        let persian = "گ".repeat(GROUP_NAME_MAX);
        assert!(Group::new(Id::from_raw("g"), &persian, day(1)).is_ok());
        let too_long = "گ".repeat(GROUP_NAME_MAX + 1);
        assert_eq!(
            Group::new(Id::from_raw("g"), &too_long, day(1)),
            Err(GroupError::Name(TextError::TooLong {
                max: GROUP_NAME_MAX,
                actual: GROUP_NAME_MAX + 1
            }))
        );
    }

    #[test]
    fn rename_keeps_identity() {
        let g = Group::new(Id::from_raw("g1"), "A", day(1)).expect("valid");
        let r = g.renamed("B").expect("valid");
        assert_eq!(
            (r.id, r.name, r.created_on),
            (g.id, "B".to_owned(), g.created_on)
        );
    }

    #[test]
    fn display_order_is_newest_first() {
        let mut gs = vec![
            Group::new(Id::from_raw("a"), "Old", day(1)).expect("valid"),
            Group::new(Id::from_raw("b"), "New", day(9)).expect("valid"),
        ];
        sort_for_display(&mut gs);
        assert_eq!(gs[0].name, "New");
    }
}
