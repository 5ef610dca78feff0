"""Banner control roles (``make bench``): accuracy on both labelled corpora (the one the vocabulary was written
against and the held-out one) per language, the confusion matrix of
expected against predicted roles, and the classification speed.

Prints figures; the accuracy thresholds are asserted by tests/test_banner_roles.py, not here.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from stages.crawl.roles import ROLES, classify_control, is_consent_notice
from tests.banner_corpus import CONTROLS, HOLDOUT, describe_failures, read_notices, read_rows, score

ROUNDS = 5


def speed(rows: list) -> float:
    """Labels per second over the whole corpus, median of ROUNDS rounds (vocabulary loaded and each word looked up
    once before, as in a worker that has seen a few banners)."""
    classify_control("warm up", "en")
    rates = []
    for _ in range(ROUNDS):
        started = time.process_time()  # CPU time: other processes on a shared machine do not count
        for row in rows:
            classify_control(row.label, row.lang)
        rates.append(len(rows) / (time.process_time() - started))
    return statistics.median(rates)


def report(corpus: Path) -> list:
    rows = read_rows(corpus)
    result = score(rows)
    print(f"Banner control roles on {corpus.relative_to(corpus.parents[2])}:")
    print(f"  {'lang':<5}{'rows':>6}{'correct':>9}{'%':>8}")
    for lang in sorted(result.rows):
        print(f"  {lang:<5}{result.rows[lang]:>6}{result.correct[lang]:>9}{100 * result.language_accuracy(lang):>8.1f}")
    total, correct = sum(result.rows.values()), sum(result.correct.values())
    print(f"  {'all':<5}{total:>6}{correct:>9}{100 * result.accuracy:>8.1f}")

    roles = [*ROLES, "none"]
    short = {role: role.replace("_", " ")[:10] for role in roles}
    print("\nConfusion matrix (rows: expected role, columns: predicted role):")
    print(" " * 16 + "".join(f"{short[role]:>11}" for role in roles))
    for expected in roles:
        cells = "".join(f"{result.confusion[(expected, predicted)] or '.':>11}" for predicted in roles)
        print(f"  {expected:<14}{cells}")

    if result.failures:
        print(f"\n{len(result.failures)} failures:")
        print(describe_failures(result))
    print()
    return rows


def main() -> None:
    rows = report(CONTROLS)
    report(HOLDOUT)
    notices = read_notices()
    right = sum(is_consent_notice(notice.text, notice.lang) == notice.is_notice for notice in notices)
    print(f"\nConsent notices recognised: {right} of {len(notices)} texts ({100 * right / len(notices):.1f} %)")
    print(f"Speed: {speed(rows):,.0f} labels per CPU second "
          f"(median of {ROUNDS} rounds over {len(rows)} labels, one thread)")


if __name__ == "__main__":
    main()
