"""Next fire times for every period and edge (UTC)."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime

import pytest

from pipeline.errors import InvalidInput
from pipeline.model.schedule import Schedule, ScheduleTrigger, next_fire_time, next_fire_times, spread


def t(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize("schedule, after, expected", [
    (Schedule(period="daily", hour=6), "2026-11-22T05:59:59", "2026-11-22T06:00:00"),
    (Schedule(period="daily", hour=6), "2026-11-22T06:00:00", "2026-11-23T06:00:00"),
    (Schedule(period="daily", hour=23), "2026-12-31T23:30:00", "2027-01-01T23:00:00"),
    (Schedule(period="daily", hour=0), "2026-02-28T12:00:00", "2026-03-01T00:00:00"),
    # weekly, 0 = Sunday: 2026-11-22 is a Sunday
    (Schedule(period="weekly", hour=9, day_of_week=0), "2026-11-22T08:00:00", "2026-11-22T09:00:00"),
    (Schedule(period="weekly", hour=9, day_of_week=0), "2026-11-22T09:00:00", "2026-11-29T09:00:00"),
    (Schedule(period="weekly", hour=9, day_of_week=1), "2026-11-22T10:00:00", "2026-11-23T09:00:00"),
    (Schedule(period="weekly", hour=23, day_of_week=6), "2026-11-28T23:00:01", "2026-12-05T23:00:00"),
    # monthly, shorter months take their last day
    (Schedule(period="monthly", hour=3, day_of_month=31), "2027-02-01T00:00:00", "2027-02-28T03:00:00"),
    (Schedule(period="monthly", hour=3, day_of_month=31), "2028-02-01T00:00:00", "2028-02-29T03:00:00"),
    (Schedule(period="monthly", hour=3, day_of_month=31), "2027-04-15T00:00:00", "2027-04-30T03:00:00"),
    (Schedule(period="monthly", hour=3, day_of_month=30), "2027-02-28T03:00:00", "2027-03-30T03:00:00"),
    (Schedule(period="monthly", hour=23, day_of_month=1), "2026-12-01T23:00:00", "2027-01-01T23:00:00"),
    (Schedule(period="monthly", hour=0), "2026-11-22T00:00:00", "2026-12-01T00:00:00"),
])
def test_next_fire_time(schedule, after, expected):
    assert next_fire_time(schedule, t(after)) == t(expected)


@pytest.mark.parametrize("month, expected", [
    (1, "2027-04-15"), (2, "2027-04-15"), (3, "2027-04-15"), (4, "2027-07-15"), (5, "2027-07-15"),
    (6, "2027-07-15"), (7, "2027-10-15"), (8, "2027-10-15"), (9, "2027-10-15"), (10, "2028-01-15"),
    (11, "2028-01-15"), (12, "2028-01-15"),
])
def test_quarterly_from_each_month(month, expected):
    schedule = Schedule(period="quarterly", hour=12, day_of_month=15)
    after = t(f"2027-{month:02d}-20T00:00:00")
    assert next_fire_time(schedule, after) == t(f"{expected}T12:00:00")


def test_quarterly_on_the_31st_uses_the_last_day_of_april():
    times = next_fire_times(Schedule(period="quarterly", hour=1, day_of_month=31), t("2027-01-31T02:00:00"), 4)
    assert [x.date().isoformat() for x in times] == ["2027-04-30", "2027-07-31", "2027-10-31", "2028-01-31"]


@pytest.mark.parametrize("fields, message", [
    ({"period": "hourly"}, "scanPeriod"), ({"hour": 24}, "scheduledHour"), ({"hour": -1}, "scheduledHour"),
    ({"day_of_week": 7}, "scheduledDayOfWeek"), ({"day_of_month": 0}, "scheduledDayOfMonth"),
    ({"day_of_month": 32}, "scheduledDayOfMonth"),
])
def test_out_of_range_values_are_refused_with_the_field_name(fields, message):
    with pytest.raises(InvalidInput, match=message):
        Schedule(**fields)


def test_the_trigger_adds_the_spread_and_survives_pickling():
    schedule = Schedule(enabled=True, period="daily", hour=6)
    offset = spread("property-42", 3600)
    assert 0 <= offset.total_seconds() < 3600 and spread("property-42", 3600) == offset
    assert offset.total_seconds() % 60 == 0 and spread("property-42", 30).total_seconds() < 30  # whole minutes
    trigger = pickle.loads(pickle.dumps(ScheduleTrigger(schedule, int(offset.total_seconds()))))
    first = trigger.get_next_fire_time(None, t("2026-11-22T05:00:00"))
    assert first == t("2026-11-22T06:00:00") + offset
    assert trigger.get_next_fire_time(first, first) == first.replace(day=23)
