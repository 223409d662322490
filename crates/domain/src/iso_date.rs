//! Dates as ISO 8601 text (`2026-11-26`): for storage and for `<input type="date">`.
//!
//! Written by hand rather than through chrono's `format`/`parse`, whose general machinery
//! (strftime, RFC 2822) would add code to the wasm for a fixed ten-character format.

use chrono::{Datelike, NaiveDate};

/// `YYYY-MM-DD`.
pub fn format(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Parses `YYYY-MM-DD` (surrounding white space allowed); `None` for anything else or an
/// impossible day.
pub fn parse(text: &str) -> Option<NaiveDate> {
    let mut parts = text.trim().splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// `#[serde(with = "iso_date")]` for `NaiveDate` fields.
pub mod serde_iso {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    /// Writes the date as `YYYY-MM-DD`.
    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::format(*date))
    }

    /// Reads a `YYYY-MM-DD` date.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(d)?;
        super::parse(&text).ok_or_else(|| D::Error::custom("expected a YYYY-MM-DD date"))
    }
}

/// `#[serde(with = "iso_date::serde_iso_opt")]` for `Option<NaiveDate>` fields.
pub mod serde_iso_opt {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    /// Writes the date as `YYYY-MM-DD`, or `null`.
    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => s.serialize_str(&super::format(*d)),
            None => s.serialize_none(),
        }
    }

    /// Reads a `YYYY-MM-DD` date or `null`.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(text) => super::parse(&text)
                .map(Some)
                .ok_or_else(|| D::Error::custom("expected a YYYY-MM-DD date")),
        }
    }
}

/// `#[serde(with = "iso_date::serde_iso_vec")]` for `Vec<NaiveDate>` fields.
pub mod serde_iso_vec {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer, de::Error, ser::SerializeSeq};

    /// Writes the dates as `YYYY-MM-DD` strings.
    pub fn serialize<S: Serializer>(dates: &[NaiveDate], s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(dates.len()))?;
        for d in dates {
            seq.serialize_element(&super::format(*d))?;
        }
        seq.end()
    }

    /// Reads a list of `YYYY-MM-DD` dates.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
        Vec::<String>::deserialize(d)?
            .into_iter()
            .map(|t| super::parse(&t).ok_or_else(|| D::Error::custom("expected a YYYY-MM-DD date")))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_nonsense() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 1).expect("valid");
        assert_eq!(format(d), "2026-03-01");
        assert_eq!(parse("2026-03-01"), Some(d));
        assert_eq!(parse(" 2026-03-01\n"), Some(d));
        for bad in [
            "",
            "2026-3-1",
            "2025-02-29",
            "2026-13-01",
            "20260301",
            "2026-03-01x",
            "۲۰۲۶-۰۳-۰۱",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }
}
