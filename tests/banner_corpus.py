"""The labelled corpus of banner control labels (tests/data/banner_controls.tsv) and the classifier's score on it.

Shared by tests/test_banner_roles.py (which asserts the accuracy) and tests/bench/bench_banner_roles.py
(which prints it).
"""

from __future__ import annotations

import csv
import dataclasses
from collections import Counter
from pathlib import Path

from stages.crawl.roles import classify_control

DATA = Path(__file__).with_name("data")
CONTROLS = DATA / "banner_controls.tsv"
#: Written without looking at the vocabulary or the first corpus, to measure wording nobody tuned for.
HOLDOUT = DATA / "banner_controls_holdout.tsv"
NOTICES = DATA / "banner_notices.tsv"


@dataclasses.dataclass(frozen=True)
class Row:
    lang: str
    label: str
    role: str | None    # "none" in the file
    source: str


@dataclasses.dataclass(frozen=True)
class Notice:
    lang: str
    text: str
    is_notice: bool
    source: str


def _table(path: Path) -> list[dict[str, str]]:
    """A corpus file: tab-separated with a header line; lines starting with # are comments."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_rows(path: Path = CONTROLS) -> list[Row]:
    return [Row(row["lang"], row["label"], None if row["role"] == "none" else row["role"], row.get("source") or "")
            for row in _table(path)]


def read_notices(path: Path = NOTICES) -> list[Notice]:
    return [Notice(row["lang"], row["text"], row["is_notice"] == "true", row.get("source") or "")
            for row in _table(path)]


@dataclasses.dataclass
class Score:
    rows: Counter = dataclasses.field(default_factory=Counter)        # per language
    correct: Counter = dataclasses.field(default_factory=Counter)     # per language
    confusion: Counter = dataclasses.field(default_factory=Counter)   # (expected, predicted)
    failures: list[tuple[Row, str | None, tuple[str, ...]]] = dataclasses.field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return sum(self.correct.values()) / max(1, sum(self.rows.values()))

    def language_accuracy(self, lang: str) -> float:
        return self.correct[lang] / max(1, self.rows[lang])


def score(rows: list[Row]) -> Score:
    result = Score()
    for row in rows:
        meaning = classify_control(row.label, row.lang)
        result.rows[row.lang] += 1
        result.confusion[(row.role or "none", meaning.role or "none")] += 1
        if meaning.role == row.role:
            result.correct[row.lang] += 1
        else:
            result.failures.append((row, meaning.role, meaning.cues))
    return result


def describe_failures(result: Score) -> str:
    return "\n".join(f"{row.lang}\t{row.label!r}\texpected {row.role or 'none'}, got {got or 'none'} {cues}"
                     for row, got, cues in result.failures)
