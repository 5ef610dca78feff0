"""A property's scan schedule (Concord's fields) and its fire times, in UTC.

- ``scanPeriod``: ``daily``, ``weekly``, ``monthly`` or ``quarterly`` (January, April, July, October).
- ``scheduledHour``: 0-23, UTC. ``scheduledDayOfWeek``: 0-6, 0 = Sunday (JavaScript's ``getDay()``), weekly
  only. ``scheduledDayOfMonth``: 1-31, monthly and quarterly; in a shorter month, its last day.

The arithmetic is plain functions (``next_fire_time``), wrapped in an APScheduler trigger
(``ScheduleTrigger``) so that the scheduler and ``consentscan schedule next`` agree by construction.
"""

from __future__ import annotations

import calendar
import dataclasses
import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.triggers.base import BaseTrigger

from pipeline.errors import InvalidInput

PERIODS = ("daily", "weekly", "monthly", "quarterly")
QUARTER_MONTHS = (1, 4, 7, 10)


@dataclasses.dataclass(frozen=True)
class Schedule:
    enabled: bool = False
    period: str = "monthly"
    hour: int = 0
    day_of_week: int | None = None
    day_of_month: int | None = None

    def __post_init__(self) -> None:
        if self.period not in PERIODS:
            raise InvalidInput(f"scanPeriod must be one of {', '.join(PERIODS)}, not {self.period!r}")
        if not isinstance(self.hour, int) or not 0 <= self.hour <= 23:
            raise InvalidInput(f"scheduledHour must be an integer from 0 to 23, not {self.hour!r}")
        if self.day_of_week is not None and (not isinstance(self.day_of_week, int) or not 0 <= self.day_of_week <= 6):
            raise InvalidInput(f"scheduledDayOfWeek must be an integer from 0 (Sunday) to 6, not {self.day_of_week!r}")
        if self.day_of_month is not None and (not isinstance(self.day_of_month, int)
                                              or not 1 <= self.day_of_month <= 31):
            raise InvalidInput(f"scheduledDayOfMonth must be an integer from 1 to 31, not {self.day_of_month!r}")

    @property
    def fires_on_day_of_week(self) -> int:
        """The weekday a weekly schedule fires on: Monday when none was given."""
        return self.day_of_week if self.day_of_week is not None else 1

    @property
    def fires_on_day_of_month(self) -> int:
        """The day a monthly or quarterly schedule fires on: the 1st when none was given."""
        return self.day_of_month or 1

    def as_api(self) -> dict[str, Any]:
        return {"scheduledScanEnabled": self.enabled, "scanPeriod": self.period, "scheduledHour": self.hour,
                "scheduledDayOfWeek": self.day_of_week, "scheduledDayOfMonth": self.day_of_month}

    @classmethod
    def from_api(cls, data: dict[str, Any], base: Schedule | None = None) -> Schedule:
        """Concord's field names; missing fields keep ``base``'s values."""
        base = base or cls()
        return cls(enabled=bool(data.get("scheduledScanEnabled", base.enabled)),
                   period=data.get("scanPeriod", base.period), hour=data.get("scheduledHour", base.hour),
                   day_of_week=data.get("scheduledDayOfWeek", base.day_of_week),
                   day_of_month=data.get("scheduledDayOfMonth", base.day_of_month))


def _at(year: int, month: int, day: int, hour: int) -> datetime:
    """``day`` of that month, or its last day when the month is shorter."""
    return datetime(year, month, min(day, calendar.monthrange(year, month)[1]), hour, tzinfo=UTC)


def next_fire_time(schedule: Schedule, after: datetime) -> datetime:
    """The first fire time strictly after ``after``."""
    after = after.astimezone(UTC)
    if schedule.period == "daily":
        candidate = after.replace(hour=schedule.hour, minute=0, second=0, microsecond=0)
        return candidate if candidate > after else candidate + timedelta(days=1)
    if schedule.period == "weekly":
        weekday = schedule.fires_on_day_of_week
        start = after.replace(hour=schedule.hour, minute=0, second=0, microsecond=0)
        # Python: Monday = 0; the schedule: Sunday = 0.
        days = (weekday - (start.weekday() + 1) % 7) % 7
        candidate = start + timedelta(days=days)
        return candidate if candidate > after else candidate + timedelta(days=7)
    months = range(1, 13) if schedule.period == "monthly" else QUARTER_MONTHS
    day = schedule.fires_on_day_of_month
    for year in (after.year, after.year + 1):
        for month in months:
            candidate = _at(year, month, day, schedule.hour)
            if candidate > after:
                return candidate
    raise AssertionError("unreachable: a fire time exists within a year")


def next_fire_times(schedule: Schedule, after: datetime, count: int) -> list[datetime]:
    times, current = [], after
    for _ in range(count):
        current = next_fire_time(schedule, current)
        times.append(current)
    return times


#: Offsets are whole minutes (for windows of a minute or more): properties sharing a schedule then share at
#: most 60 fire times an hour, one scheduler job each (see ``pipeline.services.scheduler``).
SPREAD_STEP = 60


def spread(property_id: str, window_seconds: int) -> timedelta:
    """A stable offset in ``[0, window)`` so that properties due at the same hour do not all fire at once."""
    if window_seconds <= 0:
        return timedelta(0)
    digest = int(hashlib.sha256(property_id.encode()).hexdigest()[:8], 16)
    step = SPREAD_STEP if window_seconds >= SPREAD_STEP else 1
    return timedelta(seconds=digest % window_seconds // step * step)


class ScheduleTrigger(BaseTrigger):
    """APScheduler trigger for a ``Schedule``, with the property's spread offset (picklable for the store)."""

    def __init__(self, schedule: Schedule, offset_seconds: int = 0) -> None:
        self.schedule = schedule
        self.offset = timedelta(seconds=offset_seconds)

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime | None:
        base = (previous_fire_time - self.offset) if previous_fire_time else now - self.offset - timedelta(seconds=1)
        return next_fire_time(self.schedule, base) + self.offset

    def __getstate__(self) -> dict[str, Any]:
        return {"version": 1, "schedule": dataclasses.asdict(self.schedule), "offset": self.offset.total_seconds()}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.schedule = Schedule(**state["schedule"])
        self.offset = timedelta(seconds=state["offset"])

    def __str__(self) -> str:
        return f"schedule[{self.schedule.period} at {self.schedule.hour:02d}:00 UTC +{self.offset}]"
