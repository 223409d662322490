//! The app's screens and their addresses (`#/…`): route strings live only here.

/// A screen of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// First run (role not chosen) or the chosen space.
    Home,
    /// The counsellor's groups.
    Counsellor,
    /// The member's journal.
    Member,
    /// Settings.
    Settings,
}

impl Route {
    /// The hash this screen lives at.
    pub fn path(self) -> &'static str {
        match self {
            Route::Home => "#/",
            Route::Counsellor => "#/counsellor",
            Route::Member => "#/member",
            Route::Settings => "#/settings",
        }
    }

    /// The screen for a location hash; unknown hashes go home.
    pub fn from_hash(hash: &str) -> Route {
        match hash.trim_end_matches('/') {
            "#/counsellor" => Route::Counsellor,
            "#/member" => Route::Member,
            "#/settings" => Route::Settings,
            _ => Route::Home,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_path() {
        for r in [
            Route::Home,
            Route::Counsellor,
            Route::Member,
            Route::Settings,
        ] {
            assert_eq!(Route::from_hash(r.path()), r);
        }
        assert_eq!(Route::from_hash("#/nowhere"), Route::Home);
        assert_eq!(Route::from_hash(""), Route::Home);
    }
}
