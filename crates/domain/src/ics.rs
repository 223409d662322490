//! The group's sessions as an iCalendar file (RFC 5545, #17): one event a dated session at the
//! group's time for its length, in the counsellor's time zone; skipped dates are absent and a
//! moved session is on its new day, because the dates are [`Group::session_dates`]. Without a
//! meeting time the events are all-day. Text is escaped and lines folded as the RFC says, so a
//! comma, semicolon or line break typed in a name or room cannot break the file.

use super::Group;
use super::group::valid_time;
use super::kit::Kit;
use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};

/// The time zone the events are written in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zone {
    /// The IANA name (`Asia/Tehran`), as the browser reports it.
    pub name: String,
}

/// One meeting of a calendar file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    /// Stable across exports, so a calendar that opens the file again updates the event.
    pub uid: String,
    /// Its day.
    pub date: NaiveDate,
    /// The event's title.
    pub title: String,
}

/// What a calendar file holds: the meetings and what they share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meetings {
    /// The calendar's name (the group's).
    pub name: String,
    /// `HH:MM`, or empty for all-day events.
    pub time: String,
    /// Minutes each.
    pub minutes: u16,
    /// Where (may be empty).
    pub room: String,
    /// The dated meetings.
    pub meetings: Vec<Meeting>,
}

impl Group {
    /// The group's dated sessions as meetings; `title(i)` names session `i` (0-based).
    pub fn meetings(&self, title: impl Fn(usize) -> String) -> Meetings {
        let meetings = self
            .session_dates()
            .into_iter()
            .enumerate()
            .filter_map(|(i, d)| {
                d.map(|date| Meeting {
                    uid: format!(
                        "{}-{}@hamdel",
                        uid_part(self.id.as_str()),
                        uid_part(self.sessions[i].id.as_str())
                    ),
                    date,
                    title: title(i),
                })
            })
            .collect();
        Meetings {
            name: self.name.clone(),
            time: self.time.clone(),
            minutes: self.session_minutes,
            room: self.room.clone(),
            meetings,
        }
    }
}

impl Kit {
    /// The kit's dated sessions as meetings, for a member's own calendar; `title(n)` names
    /// session number `n` (1-based).
    pub fn meetings(&self, title: impl Fn(u16) -> String) -> Meetings {
        Meetings {
            name: self.name.clone(),
            time: self.time.clone(),
            minutes: self.minutes,
            room: self.room.clone(),
            meetings: self
                .sessions
                .iter()
                .filter_map(|s| {
                    s.date.map(|date| Meeting {
                        uid: format!("{}-{}@hamdel", uid_part(self.group.as_str()), s.number),
                        date,
                        title: title(s.number),
                    })
                })
                .collect(),
        }
    }
}

/// The file for `group`'s sessions: see [`ics`].
pub fn sessions_ics(
    group: &Group,
    title: impl Fn(usize) -> String,
    zone: &Zone,
    offset: impl Fn(NaiveDateTime) -> i32,
    stamp: NaiveDateTime,
) -> String {
    ics(&group.meetings(title), zone, offset, stamp)
}

/// The calendar file of `m`: `offset(t)` is the zone's offset from UTC in minutes east at local
/// time `t`, `stamp` is now in UTC. When every event has the same offset, the file carries the
/// zone (a `VTIMEZONE` with that offset) and local times; otherwise (a daylight-saving change
/// inside the group's weeks) every time is in UTC.
pub fn ics(
    m: &Meetings,
    zone: &Zone,
    offset: impl Fn(NaiveDateTime) -> i32,
    stamp: NaiveDateTime,
) -> String {
    let time = valid_time(&m.time)
        .then(|| NaiveTime::parse_from_str(&m.time, "%H:%M").ok())
        .flatten();
    let length = Duration::minutes(i64::from(m.minutes.max(1)));
    let offsets: Vec<i32> = match time {
        Some(t) => m
            .meetings
            .iter()
            .map(|e| offset(e.date.and_time(t)))
            .collect(),
        None => Vec::new(),
    };
    let tzid: String = zone
        .name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || "/_+-".contains(*c))
        .collect();
    let one_offset = (!tzid.is_empty() && offsets.windows(2).all(|w| w[0] == w[1]))
        .then(|| offsets.first().copied())
        .flatten();
    let mut out = Vec::new();
    out.push("BEGIN:VCALENDAR".to_owned());
    out.push("VERSION:2.0".to_owned());
    out.push("PRODID:-//Hamdel//Counselling groups//EN".to_owned());
    out.push("CALSCALE:GREGORIAN".to_owned());
    out.push(format!("X-WR-CALNAME:{}", escape(&m.name)));
    if let Some(minutes) = one_offset {
        let o = utc_offset(minutes);
        out.push("BEGIN:VTIMEZONE".to_owned());
        out.push(format!("TZID:{tzid}"));
        out.push("BEGIN:STANDARD".to_owned());
        out.push("DTSTART:19700101T000000".to_owned());
        out.push(format!("TZOFFSETFROM:{o}"));
        out.push(format!("TZOFFSETTO:{o}"));
        out.push("END:STANDARD".to_owned());
        out.push("END:VTIMEZONE".to_owned());
    }
    let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for (k, e) in m.meetings.iter().enumerate() {
        out.push("BEGIN:VEVENT".to_owned());
        out.push(format!("UID:{}", escape(&e.uid)));
        out.push(format!("DTSTAMP:{stamp}"));
        match time {
            Some(t) => {
                let start = e.date.and_time(t);
                let end = start + length;
                if one_offset.is_some() {
                    out.push(format!("DTSTART;TZID={tzid}:{}", local(start)));
                    out.push(format!("DTEND;TZID={tzid}:{}", local(end)));
                } else {
                    let shift = Duration::minutes(i64::from(offsets[k]));
                    out.push(format!("DTSTART:{}Z", local(start - shift)));
                    out.push(format!("DTEND:{}Z", local(end - shift)));
                }
            }
            None => {
                out.push(format!("DTSTART;VALUE=DATE:{}", e.date.format("%Y%m%d")));
                let next = e.date + Duration::days(1);
                out.push(format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
            }
        }
        out.push(format!("SUMMARY:{}", escape(&e.title)));
        if !m.room.trim().is_empty() {
            out.push(format!("LOCATION:{}", escape(m.room.trim())));
        }
        out.push("END:VEVENT".to_owned());
    }
    out.push("END:VCALENDAR".to_owned());
    let mut file = String::new();
    for line in out {
        fold(&line, &mut file);
    }
    file
}

fn local(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%S").to_string()
}

/// `+HHMM` / `-HHMM` for minutes east of UTC.
fn utc_offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.unsigned_abs();
    format!("{sign}{:02}{:02}", m / 60, m % 60)
}

/// An id as it goes into a UID: letters, digits and `-` only.
fn uid_part(id: &str) -> String {
    id.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, each line break as
/// `\n`, other control characters dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (§3.1), never inside a character, ended by CRLF.
fn fold(line: &str, out: &mut String) {
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Id;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).expect("valid test date")
    }

    fn group() -> Group {
        let mut n = 0;
        let mut g = Group::new(Id::from_raw("g1"), "Calm, clear; words", day(11, 1))
            .expect("valid")
            .with_default_sessions(move || {
                n += 1;
                Id::from_raw(format!("s{n}"))
            });
        // Saturdays from 28 November; 5 December skipped; session 8 moved to a Monday.
        g.start_date = Some(day(11, 26));
        g.weekday = Some(5);
        g.skipped = vec![day(12, 5)];
        g.sessions[7].moved_to = Some(day(12, 28) + Duration::days(21));
        g.time = "10:30".into();
        g.session_minutes = 45;
        g.room = "Room 3; library, first floor\nnext to the stairs".into();
        g
    }

    /// The file's content lines, unfolded.
    fn lines(file: &str) -> Vec<String> {
        assert!(file.ends_with("\r\n"));
        let mut out: Vec<String> = Vec::new();
        for raw in file.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(raw.len() <= 75, "folded at 75 octets: {raw:?}");
            assert!(!raw.contains('\n') && !raw.contains('\r'));
            match raw.strip_prefix(' ') {
                Some(rest) => out.last_mut().expect("a line to continue").push_str(rest),
                None => out.push(raw.to_owned()),
            }
        }
        out
    }

    fn tehran(_: NaiveDateTime) -> i32 {
        210
    }

    fn zone(name: &str) -> Zone {
        Zone { name: name.into() }
    }

    fn stamp() -> NaiveDateTime {
        day(12, 2).and_hms_opt(8, 0, 0).expect("valid")
    }

    #[test]
    fn one_event_a_session_on_its_day_in_the_zone() {
        let g = group();
        let file = sessions_ics(
            &g,
            |i| format!("Calm · session {}", i + 1),
            &zone("Asia/Tehran"),
            tehran,
            stamp(),
        );
        let l = lines(&file);
        assert_eq!(l.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(l.last().map(String::as_str), Some("END:VCALENDAR"));
        assert!(l.contains(&"TZOFFSETTO:+0330".to_owned()));
        let starts: Vec<&str> = l
            .iter()
            .filter_map(|x| x.strip_prefix("DTSTART;TZID=Asia/Tehran:"))
            .collect();
        assert_eq!(
            starts,
            [
                "20261128T103000",
                "20261212T103000",
                "20261219T103000",
                "20261226T103000",
                "20270102T103000",
                "20270109T103000",
                "20270116T103000",
                "20270118T103000"
            ],
            "5 December skipped, the last session moved"
        );
        assert!(l.contains(&"DTEND;TZID=Asia/Tehran:20261128T111500".to_owned()));
        assert_eq!(l.iter().filter(|x| x.starts_with("UID:")).count(), 8);
        assert!(l.contains(&"UID:g1-s1@hamdel".to_owned()));
        let location = l
            .iter()
            .find(|x| x.starts_with("LOCATION:"))
            .expect("a room");
        assert_eq!(
            location,
            "LOCATION:Room 3\\; library\\, first floor\\nnext to the stairs"
        );
        assert!(l.contains(&"X-WR-CALNAME:Calm\\, clear\\; words".to_owned()));
    }

    #[test]
    fn a_daylight_saving_change_writes_every_time_in_utc() {
        let g = group();
        // One hour more from January (a zone with summer time, say).
        let offset = |t: NaiveDateTime| if t.date() < day(12, 31) { 60 } else { 120 };
        let l = lines(&sessions_ics(
            &g,
            |i| format!("S{i}"),
            &zone("Europe/X"),
            offset,
            stamp(),
        ));
        assert!(!l.iter().any(|x| x.starts_with("BEGIN:VTIMEZONE")));
        assert!(l.contains(&"DTSTART:20261128T093000Z".to_owned()));
        assert!(l.contains(&"DTSTART:20270102T083000Z".to_owned()));
    }

    #[test]
    fn without_a_time_the_events_are_all_day_and_undated_sessions_absent() {
        let mut g = group();
        g.time.clear();
        g.start_date = None;
        g.sessions[7].moved_to = Some(day(12, 20));
        let l = lines(&sessions_ics(
            &g,
            |i| format!("S{i}"),
            &zone("Asia/Tehran"),
            tehran,
            stamp(),
        ));
        assert_eq!(
            l.iter().filter(|x| x.starts_with("BEGIN:VEVENT")).count(),
            1
        );
        assert!(l.contains(&"DTSTART;VALUE=DATE:20261220".to_owned()));
        assert!(l.contains(&"DTEND;VALUE=DATE:20261221".to_owned()));
    }

    #[test]
    fn a_members_kit_gives_the_same_days_and_times() {
        let g = group();
        let kit = g.kit("age1x", |_| String::new(), |_| None);
        let from_kit = lines(&ics(
            &kit.meetings(|n| format!("S{n}")),
            &zone("Asia/Tehran"),
            tehran,
            stamp(),
        ));
        let from_group = lines(&sessions_ics(
            &g,
            |i| format!("S{}", i + 1),
            &zone("Asia/Tehran"),
            tehran,
            stamp(),
        ));
        let times = |l: &[String]| -> Vec<String> {
            l.iter()
                .filter(|x| {
                    x.starts_with("DTSTART")
                        || x.starts_with("DTEND")
                        || x.starts_with("LOCATION")
                        || x.starts_with("SUMMARY")
                })
                .cloned()
                .collect()
        };
        assert_eq!(times(&from_kit), times(&from_group));
        assert_eq!(
            from_kit
                .iter()
                .filter(|x| x.starts_with("BEGIN:VEVENT"))
                .count(),
            8
        );
    }

    #[test]
    fn long_persian_text_folds_between_characters() {
        let mut g = group();
        g.name = "گروه مهارت‌های مطالعه برای دانش‌آموزان پایهٔ نهم و دهم، با تمرین‌های هفتگی".into();
        let file = sessions_ics(&g, |_| String::new(), &zone("Asia/Tehran"), tehran, stamp());
        let l = lines(&file);
        let name = l
            .iter()
            .find(|x| x.starts_with("X-WR-CALNAME:"))
            .expect("name");
        assert_eq!(name, &format!("X-WR-CALNAME:{}", escape(&g.name)));
        assert_eq!(escape("a\r\nb\u{7}c\\"), "a\\nbc\\\\");
    }
}
