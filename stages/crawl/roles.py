"""What a consent banner's control does, read from its label in 27 languages (roles in ROLES below).

Pure and fast: the vocabulary (stages/data/consent_vocabulary.json) is compiled once into word indexes, and a
label costs a few dictionary look-ups per word. The page's language is a hint, never a requirement.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from functools import cache
from pathlib import Path

ROLES = ("accept_all", "reject_all", "necessary_only", "save_selection", "settings", "close", "more_info")

VOCABULARY = Path(__file__).resolve().parent.parent / "data" / "consent_vocabulary.json"

#: Longer labels are prose (a notice, a policy paragraph), not controls.
MAX_LABEL = 80
#: Glyphs that close a notice; normalize() turns them into nothing.
CLOSE_GLYPHS = frozenset("×✕✖✗✘╳⨯🗙xX")
#: Among matches of equal length, the first category here wins a word claimed by two (e.g. "επιλογές").
PRIORITY = ("credit", "reject", "negation", "accept", "accept_weak", "restriction", "all", "save", "settings",
            "close", "more_info", "policy", "polite", "notice", "notice_context")
#: A script's file name in a label ("Cookies manager by tarteaucitron.js") makes it a credit line, not a control.
_PRODUCT = re.compile(r"\w\.js\b", re.I)
#: Categories that name a choice; a long label without one is prose.
CHOICES = frozenset({"accept", "accept_weak", "reject", "save"})


@dataclasses.dataclass(frozen=True)
class ControlMeaning:
    role: str | None        # one of ROLES, or None
    explicit: int           # 2 names the full choice ("accept all"), 1 a plain verb ("accept"), 0 a weak form ("ok")
    cues: tuple[str, ...]   # vocabulary entries that decided it, e.g. ("accept:akzeptier*", "restriction:nur")


NONE = ControlMeaning(None, 0, ())

_APOSTROPHES = str.maketrans({"’": "'", "`": "'", "´": "'", "‘": "'"})
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


def _tokens(text: str) -> list[str]:
    # Elisions split into words: "j'accepte" is "j accepte", "don't" is "don t".
    return normalize(text).replace("'", " ").split()


@dataclasses.dataclass(frozen=True)
class _Entry:
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
    exact: dict[str, list[_Entry]]
    prefix: dict[str, list[_Entry]]
    prefix_lengths: tuple[int, ...]
    infix: list[tuple[str, _Entry]]
    languages: tuple[str, ...]
    _seen: dict[str, tuple[_Entry, ...]] = dataclasses.field(default_factory=dict)

    def candidates(self, token: str) -> tuple[_Entry, ...]:
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


def _entries(vocabulary: dict) -> list[_Entry]:
    entries = []
    for lang, categories in [("*", vocabulary["common"]), *vocabulary["languages"].items()]:
        for category, values in categories.items():
            if category == "no":
                continue  # a subset of negation, read by _standalone_no()
            for kind, raws in values.items() if isinstance(values, dict) else [(None, values)]:
                for raw in raws:
                    words, cue = _compile(raw)
                    if words:
                        entries.append(_Entry(lang, category, kind, words, f"{category}:{cue}"))
    return entries


@cache
def _index() -> _Index:
    vocabulary = json.loads(VOCABULARY.read_text(encoding="utf-8"))
    exact: dict[str, list[_Entry]] = {}
    prefix: dict[str, list[_Entry]] = {}
    infix: list[tuple[str, _Entry]] = []
    for entry in _entries(vocabulary):
        match, text = entry.words[0]
        if match == "infix":
            infix.append((text, entry))
        else:
            (exact if match == "exact" else prefix).setdefault(text, []).append(entry)
    return _Index(exact, prefix, tuple(sorted({len(stem) for stem in prefix})), infix,
                  tuple(vocabulary["languages"]))


@dataclasses.dataclass(frozen=True)
class _Match:
    start: int
    end: int
    exact: bool
    entry: _Entry


def _matches(tokens: list[str]) -> list[_Match]:
    index = _index()
    found = []
    for start, token in enumerate(tokens):
        for entry in index.candidates(token):
            if entry.rest_matches(tokens, start):
                exact = all(match == "exact" for match, _ in entry.words)
                found.append(_Match(start, start + len(entry.words), exact, entry))
    return found


def _hint(lang: str | None) -> str | None:
    if not lang:
        return None
    primary = lang.strip().lower().replace("_", "-").split("-")[0]
    return "no" if primary in ("nb", "nn") else primary


def _language(matches: list[_Match], hint: str | None) -> str | None:
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


def _resolve(matches: list[_Match]) -> list[_Match]:
    """Non-overlapping matches: longest phrase first, exact words before stems, then PRIORITY."""
    taken = 0
    chosen = []
    for found in sorted(matches, key=lambda m: (m.start - m.end, not m.exact, PRIORITY.index(m.entry.category))):
        bits = ((1 << (found.end - found.start)) - 1) << found.start
        if not taken & bits:
            taken |= bits
            chosen.append(found)
    return sorted(chosen, key=lambda m: m.start)


def classify_control(label: str, lang: str | None = None) -> ControlMeaning:
    """The role of a banner control with this visible label; ``lang`` (the page's language) is only a hint."""
    text = label.strip()
    if not text or len(text) > MAX_LABEL:
        return NONE
    tokens = _tokens(text)
    if not tokens or tokens == ["x"]:
        return ControlMeaning("close", 0, ("close:x",)) if text in CLOSE_GLYPHS else NONE
    found = _matches(tokens)
    chosen_lang = _language(found, _hint(lang))
    if chosen_lang is None or _PRODUCT.search(text):
        return NONE
    own = [m for m in found if m.entry.lang in ("*", chosen_lang)]
    notice = [m for m in own if m.entry.category in ("notice", "notice_context")]
    chosen = _resolve([m for m in own if m.entry.category not in ("notice", "notice_context")])
    if len(tokens) > 6:
        # A sentence: a link that explains cookies reads more; prose around a choice word is not a control.
        if not any(m.entry.category in CHOICES for m in chosen):
            return ControlMeaning("more_info", 1, tuple(m.entry.cue for m in notice)) if notice else NONE
        if sum(m.end - m.start for m in _resolve(chosen + notice)) < 0.25 * len(tokens):
            return NONE
    return _decide(chosen, notice, len(tokens))


def _decide(chosen: list[_Match], notice: list[_Match], length: int) -> ControlMeaning:
    mentions_notice = bool(notice)
    by: dict[str, list[_Match]] = {}
    for found in chosen:
        by.setdefault(found.entry.kind or found.entry.category, []).append(found)

    def meaning(role: str, explicit: int, *categories: str) -> ControlMeaning:
        cues = [m.entry.cue for m in chosen if (m.entry.kind or m.entry.category) in categories]
        return ControlMeaning(role, explicit, tuple(cues))

    full = 2 if "all" in by else 1
    if "credit" in by:
        return NONE
    if "reject" in by:  # also "Zustimmung verweigern", "withdraw consent": the accept word is a noun there
        return meaning("reject_all", full, "reject", "all")
    if "accept" in by or "accept_weak" in by:
        verbs = ("accept", "accept_weak")
        if "without" in by:
            return meaning("reject_all", 1, *verbs, "without")
        if _negated(by):
            return meaning("reject_all", full, "negation", *verbs, "all")
        if "selection" in by:
            return meaning("save_selection", 1, *verbs, "selection")
        if "necessary" in by or "only" in by:
            return meaning("necessary_only", 2 if "necessary" in by and "only" in by else 1,
                           *verbs, "only", "necessary")
        if "all" not in by and "settings" in by:
            return meaning("settings", 1, "settings")  # "Manage consent", "Zustimmung verwalten"
        if "all" not in by and "save" in by:
            return meaning("save_selection", 1, "save", *verbs)
        if "accept" in by:
            return meaning("accept_all", full, "accept", "all")
        if "more_info" in by or "policy" in by:
            return meaning("more_info", 1, "more_info", "policy")
        return meaning("accept_all", 0, "accept_weak")
    if "without" in by and (mentions_notice or "settings" in by):
        return meaning("reject_all", 1, "without")  # "Continue without cookies"
    # A refusal without a verb: "No", "Nein, bitte nicht", "Liever niet", "Keine Cookies"; a lone particle
    # ("EN" as a language switch is Finnish "en") is none.
    if ("negation" in by and set(by) <= {"negation", "polite"}
            and (mentions_notice or "polite" in by or all(_says_no(m) for m in by["negation"]))
            and (mentions_notice or sum(m.end - m.start for m in chosen) == length)):
        return meaning("reject_all", 1, "negation", "polite")  # "No", "Nein, danke", "Keine Cookies", "Liever niet"
    if "save" in by:
        if "all" in by:
            return meaning("accept_all", 2, "save", "all")  # "Confirm all", "Potwierdzam wszystkie"
        return meaning("save_selection", 1, "save", "selection")
    if "necessary" in by:
        return meaning("necessary_only", 2 if "only" in by else 1, "only", "necessary")
    if "selection" in by and set(by) == {"selection"}:
        return meaning("save_selection", 1, "selection")  # a lone "Selected" button confirms the selection
    # "Learn more and customise" opens the choices; "Show more details", "More information about cookies and
    # settings" read: the read-more words bear directly on what follows them.
    reads_about = "more_info" in by and any(m.start == by["more_info"][0].end for m in notice + by.get("settings", []))
    if "settings" in by and not reads_about:
        return meaning("settings", 1, "settings")
    if "close" in by:
        return meaning("close", 1, "close")
    if "more_info" in by or "policy" in by:
        return meaning("more_info", 1, "more_info", "policy")
    return NONE


def _says_no(negation: _Match) -> bool:
    """Whether a negation alone refuses ("Nein", "Nej"), unlike a particle ("en" in Finnish, "ne" in French)."""
    return negation.entry.cue.split(":", 1)[1] in _standalone_no().get(negation.entry.lang, ())


@cache
def _standalone_no() -> dict[str, frozenset[str]]:
    vocabulary = json.loads(VOCABULARY.read_text(encoding="utf-8"))
    return {lang: frozenset(" ".join(text for _, text in _compile(raw)[0]) for raw in words.get("no", ()))
            for lang, words in vocabulary["languages"].items()}


def _negated(by: dict[str, list[_Match]]) -> bool:
    """Whether a negation bears on the accept word: before it ("Nie zgadzam się", "Do not accept"), or just
    after a verb ("Ich stimme nicht zu", "Kabul etmiyorum"); "Rozumiem, nie pokazuj więcej" is no refusal."""
    verbs = by.get("accept", []) + by.get("accept_weak", [])
    for negation in by.get("negation", ()):
        for verb in verbs:
            if 0 <= verb.start - negation.end <= 2:
                return True
            if verb.entry.category == "accept" and 0 <= negation.start - verb.end <= 1:
                return True
    return False


def is_consent_notice(text: str, lang: str | None = None) -> bool:
    """Whether a banner's text talks about cookies or consent (any language: ``lang`` is not needed)."""
    context: set[str] = set()
    for found in _matches(_tokens(text)):
        if found.entry.category == "notice":
            return True
        if found.entry.category == "notice_context":
            context.add(found.entry.cue)
    return len(context) >= 2


@cache
def _notice_terms() -> tuple[str, ...]:
    vocabulary = json.loads(VOCABULARY.read_text(encoding="utf-8"))
    sections = [vocabulary["common"], *vocabulary["languages"].values()]
    terms = {" ".join(text for _, text in _compile(raw)[0]) for section in sections for raw in section["notice"]}
    return tuple(sorted(term for term in terms if term))


def notice_terms() -> list[str]:
    """Normalized words that alone make a text a consent notice, each to match at the start of a word."""
    return list(_notice_terms())
