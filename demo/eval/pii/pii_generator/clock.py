"""Faker's clock, pinned: its date providers draw dates relative to "now", so without a fixed
"now" the generated files hold different dates (and birth dates) on every day they are made."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

# When generated_tuning.jsonl and generated_heldout.jsonl were made (commit eef6af4).
COMMITTED_AT = dt.datetime(2026, 12, 4, 20, 40)


@contextmanager
def faker_clock(at: dt.datetime) -> Iterator[None]:
    """Within the block, Faker's date providers read `at` as now and `at.date()` as today."""
    import faker.providers.date_time as faker_dates

    class _Like(type):
        def __instancecheck__(cls, obj: object) -> bool:  # real dates pass Faker's checks
            return isinstance(obj, cls.__mro__[1])

    class FrozenDatetime(dt.datetime, metaclass=_Like):
        @classmethod
        def now(cls, tz=None):  # type: ignore[override]
            return at.replace(tzinfo=tz) if tz else at

    class FrozenDate(dt.date, metaclass=_Like):
        @classmethod
        def today(cls):  # type: ignore[override]
            return at.date()

    saved = faker_dates.datetime, faker_dates.dtdate
    faker_dates.datetime, faker_dates.dtdate = FrozenDatetime, FrozenDate
    try:
        yield
    finally:
        faker_dates.datetime, faker_dates.dtdate = saved
