"""Parses the training service's iCalendar files with a real parser (icalendar) and checks their
times in Europe/Paris: the demo's sessions start at 9 h 30 and end at 12 h 30, Paris time.

usage: check_ical.py TRAINING_URL
"""
import sys
import urllib.request
import zoneinfo

import icalendar

TRAINING = sys.argv[1]
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def events(path):
    with urllib.request.urlopen(TRAINING + path, timeout=10) as response:
        assert response.headers["Content-Type"].startswith("text/calendar"), response.headers["Content-Type"]
        calendar = icalendar.Calendar.from_ical(response.read())
    return [component for component in calendar.walk("VEVENT")]


feed = events("/departements/12/calendrier.ics")
assert feed, "the Aveyron feed lists its sessions"
for event in feed:
    start, end = event.decoded("DTSTART").astimezone(PARIS), event.decoded("DTEND").astimezone(PARIS)
    assert (start.hour, start.minute, end.hour, end.minute) == (9, 30, 12, 30), (start, end)
    assert "Rodez" in str(event.get("LOCATION")), event.get("LOCATION")
uid = str(feed[0].get("UID"))
single = events("/sessions/" + uid.split("@")[0] + "/calendrier.ics")
assert len(single) == 1 and str(single[0].get("UID")) == uid
print("ok")
