"""Reads a calendar file with the icalendar package (an RFC 5545 parser independent of Hamdel)
and prints its events as JSON, one object each: start and end (ISO 8601 with the UTC offset,
or a date for an all-day event), the zone's name, summary, location and uid. Used by the
end-to-end test of the group's calendar export."""

import json
import sys

import icalendar


def main(path):
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    events = []
    for ev in cal.walk("VEVENT"):
        start = ev.decoded("DTSTART")
        end = ev.decoded("DTEND")
        events.append(
            {
                "start": start.isoformat(),
                "end": end.isoformat(),
                "zone": str(getattr(start, "tzinfo", None) or ""),
                "summary": str(ev.get("SUMMARY", "")),
                "location": str(ev.get("LOCATION", "")),
                "uid": str(ev.get("UID", "")),
            }
        )
    print(json.dumps({"name": str(cal.get("X-WR-CALNAME", "")), "events": events}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
