"""The consent vocabulary (stages/data/consent_vocabulary.json) compiled once into word indexes, and the
search of its words in a text: which entries match which words, in which language.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from functools import cache
from pathlib import Path

PATH = Path(__file__).resolve().parent.parent / "data" / "consent_vocabulary.json"

#: Among matches of equal length, the first category here wins a word claimed by two (e.g. "επιλογές").
PRIORITY = ("credit", "unrelated", "reject", "negation", "accept", "accept_weak", "restriction", "all", "save",
            "settings", "close", "more_info", "policy", "polite", "notice", "notice_context")

_APOSTROPHES = str.maketrans({"’": "'", "`": "'", "´": "'"})  # as the JS finder: [’'`´]
_NOT_WORD = re.compile(r"[^\w' ]+|_")
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Lowercase, accents folded, apostrophes unified, punctuation to spaces (mirrored in the JS finder)."""
    folded = text.lower()
    if not folded.isascii():
        folded = unicodedata.normalize("NFD", folded).translate(_marks())
    return _SPACES.sub(" ", _NOT_WORD.sub(" ", folded.translate(_APOSTROPHES))).strip()


@cache
def _marks() -> dict[int, None]:
    """Combining marks (accents) of the Basic Multilingual Plane, deleted by str.translate."""
    return {code: None for code in range(0x10000) if unicodedata.category(chr(code)).startswith("M")}


def words(text: str) -> list[str]:
    """Normalized words; elisions split: "j'accepte" is "j accepte", "don't" is "don t"."""
    return normalize(text).replace("'", " ").split()


@dataclasses.dataclass(frozen=True)
class Entry:
    lang: str           # ISO 639-1, or "*" for words of every language
    category: str       # a key of PRIORITY
    kind: str | None    # restriction kind: only, necessary, selection, without
    words: tuple[tuple[str, str], ...]  # (match, text): match is "exact", "prefix" or "infix"
    cue: str

    def rest_matches(self, tokens: list[str], start: int) -> bool:
        if start + len(self.words) > len(tokens):
            return False
        return all(_word_matches(word, tokens[start + offset]) for offset, word in enumerate(self.words[1:], 1))


def _word_matches(word: tuple[str, str], token: str) -> bool:
    match, text = word
    if match == "exact":
        return token == text
    return token.startswith(text) if match == "prefix" else text in token


@dataclasses.dataclass
class _Index:
    """Entries by their first word: exact words in a dict, stems by prefix length, infixes in a short list."""
    exact: dict[str, list[Entry]]
    prefix: dict[str, list[Entry]]
    prefix_lengths: tuple[int, ...]
    infix: list[tuple[str, Entry]]
    languages: tuple[str, ...]
    _seen: dict[str, tuple[Entry, ...]] = dataclasses.field(default_factory=dict)

    def candidates(self, token: str) -> tuple[Entry, ...]:
        found = self._seen.get(token)
        if found is None:
            entries = list(self.exact.get(token, ()))
            for length in self.prefix_lengths:
                if length > len(token):
                    break
                entries.extend(self.prefix.get(token[:length], ()))
            entries.extend(entry for text, entry in self.infix if text in token)
            found = tuple(entries)
            if len(self._seen) < 100_000:  # words recur across banners: look each up once
                self._seen[token] = found
        return found


def _compile(raw: str) -> tuple[tuple[tuple[str, str], ...], str]:
    """An entry's words as (match, text) and its cue text; "akzeptier*" is a prefix, "*asetuk*" an infix."""
    words: list[tuple[str, str]] = []
    for part in raw.split():
        pieces = normalize(part.strip("*")).replace("'", " ").split()
        for position, piece in enumerate(pieces):
            if part.startswith("*") and position == 0:
                words.append(("infix", piece))
            elif part.endswith("*") and position == len(pieces) - 1:
                words.append(("prefix", piece))
            else:
                words.append(("exact", piece))
    cue = " ".join({"infix": "*{}*", "prefix": "{}*", "exact": "{}"}[match].format(text) for match, text in words)
    return tuple(words), cue


def _entries(vocabulary: dict) -> list[Entry]:
    entries = []
    for lang, categories in [("*", vocabulary["common"]), *vocabulary["languages"].items()]:
        for category, values in categories.items():
            if category == "no":
                continue  # a subset of negation, read by standalone_no()
            for kind, raws in values.items() if isinstance(values, dict) else [(None, values)]:
                for raw in raws:
                    words, cue = _compile(raw)
                    if words:
                        entries.append(Entry(lang, category, kind, words, f"{category}:{cue}"))
    return entries


@cache
def _data() -> dict:
    return json.loads(PATH.read_text(encoding="utf-8"))


@cache
def _index() -> _Index:
    vocabulary = _data()
    exact: dict[str, list[Entry]] = {}
    prefix: dict[str, list[Entry]] = {}
    infix: list[tuple[str, Entry]] = []
    for entry in _entries(vocabulary):
        match, text = entry.words[0]
        if match == "infix":
            infix.append((text, entry))
        else:
            (exact if match == "exact" else prefix).setdefault(text, []).append(entry)
    return _Index(exact, prefix, tuple(sorted({len(stem) for stem in prefix})), infix,
                  tuple(vocabulary["languages"]))


@dataclasses.dataclass(frozen=True)
class Match:
    start: int
    end: int
    looseness: int      # 0 exact words, 1 a word inside a compound (its head: "Einwilligungseinstellungen"), 2 a stem
    entry: Entry


_LOOSENESS = {"exact": 0, "infix": 1, "prefix": 2}


def find(tokens: list[str]) -> list[Match]:
    """Every entry of every language that matches at some word (overlaps included; resolve() picks)."""
    index = _index()
    found = []
    for start, token in enumerate(tokens):
        for entry in index.candidates(token):
            if entry.rest_matches(tokens, start):
                looseness = max(_LOOSENESS[match] for match, _ in entry.words)
                found.append(Match(start, start + len(entry.words), looseness, entry))
    return found


def page_language(lang: str | None) -> str | None:
    """The vocabulary's key for a page's lang attribute: "en-GB" is "en", Bokmål and Nynorsk are "no"."""
    if not lang:
        return None
    primary = lang.strip().lower().replace("_", "-").split("-")[0]
    return "no" if primary in ("nb", "nn") else primary


def language(matches: list[Match], hint: str | None) -> str | None:
    """The language whose words cover most of the label; the page's language breaks ties."""
    covered: dict[str, int] = {}
    common = 0
    for found in matches:
        bits = ((1 << (found.end - found.start)) - 1) << found.start
        if found.entry.lang == "*":
            common |= bits
        else:
            covered[found.entry.lang] = covered.get(found.entry.lang, 0) | bits
    order = _index().languages
    if not covered:  # only words of every language ("OK", "Cookies")
        return (hint if hint in order else order[0]) if common else None
    return max(covered, key=lambda lang: ((covered[lang] | common).bit_count() + (0.5 if lang == hint else 0),
                                          -order.index(lang)))


def resolve(matches: list[Match]) -> list[Match]:
    """Non-overlapping matches: longest phrase first, exact words before compounds before stems, then PRIORITY."""
    taken = 0
    chosen = []
    for found in sorted(matches, key=lambda m: (m.start - m.end, m.looseness, PRIORITY.index(m.entry.category))):
        bits = ((1 << (found.end - found.start)) - 1) << found.start
        if not taken & bits:
            taken |= bits
            chosen.append(found)
    return sorted(chosen, key=lambda m: m.start)


@cache
def standalone_no() -> dict[str, frozenset[str]]:
    """Per language, the negations that alone refuse ("Nein", "Nej"), unlike particles ("en" in Finnish)."""
    return {lang: frozenset(" ".join(text for _, text in _compile(raw)[0]) for raw in words.get("no", ()))
            for lang, words in _data()["languages"].items()}


@cache
def notice_terms(category: str = "notice") -> tuple[str, ...]:
    """Normalized words of every language of a notice category ("notice" or "notice_context"), stems without
    their "*"."""
    sections = [_data()["common"], *_data()["languages"].values()]
    terms = {" ".join(text for _, text in _compile(raw)[0])
             for section in sections for raw in section.get(category, ())}
    return tuple(sorted(term for term in terms if term))
