//! Record identities: short, opaque, generated from values the caller supplies.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The identity of a stored record. Opaque text; compare, never parse.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(String);

impl Id {
    /// Builds an id from a millisecond timestamp and a random number, both chosen by the caller
    /// (the domain has no clock and no randomness).
    pub fn generate(millis: u64, random: u32) -> Self {
        Id(format!("{millis:x}{random:08x}"))
    }

    /// Wraps an id read back from storage or a test.
    pub fn from_raw(raw: impl Into<String>) -> Self {
        Id(raw.into())
    }

    /// The id derived for the losing side of an edit conflict: stable, so retrying never
    /// creates a second copy.
    pub fn conflict_copy(&self, their_rev: u32) -> Self {
        Id(format!("{}~{their_rev}", self.0))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_ids_differ_when_inputs_differ() {
        assert_ne!(Id::generate(1, 2), Id::generate(1, 3));
        assert_ne!(Id::generate(1, 2), Id::generate(2, 2));
        assert_eq!(Id::generate(255, 1).as_str(), "ff00000001");
    }

    #[test]
    fn conflict_copy_is_stable() {
        let id = Id::from_raw("abc");
        assert_eq!(id.conflict_copy(3), id.conflict_copy(3));
        assert_ne!(id.conflict_copy(3), id);
    }
}
