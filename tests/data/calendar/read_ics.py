"""Reads an .ics file with python3-icalendar and prints what a calendar app
would see, as JSON: the calendar's properties and one object per event."""
import json
import sys

from icalendar import Calendar

with open(sys.argv[1], "rb") as f:
    calendar = Calendar.from_ical(f.read())

events = []
for event in calendar.walk("VEVENT"):
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND")
    events.append({
        "uid": str(event.get("UID")),
        "summary": str(event.get("SUMMARY")),
        "description": str(event.get("DESCRIPTION")),
        "start": start.isoformat(),
        "end": end.isoformat(),
        "floating": start.tzinfo is None and end.tzinfo is None,
        "stamp": event.decoded("DTSTAMP").isoformat(),
    })

print(json.dumps({
    "version": str(calendar.get("VERSION")),
    "prodid": str(calendar.get("PRODID")),
    "calscale": str(calendar.get("CALSCALE")),
    "events": events,
}))
