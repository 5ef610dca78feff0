"""What a consent banner's control does, read from its label in 27 languages (roles in ROLES below).

Pure and fast: the vocabulary is compiled once into word indexes (stages/crawl/vocabulary.py), and a label costs
a few dictionary look-ups per word. The page's language is a hint, never a requirement.
"""

from __future__ import annotations

import dataclasses
import re

from stages.crawl import vocabulary
from stages.crawl.vocabulary import Match, normalize

__all__ = ["ROLES", "ControlMeaning", "classify_control", "is_consent_notice", "normalize", "notice_context_terms",
           "notice_terms"]

ROLES = ("accept_all", "reject_all", "necessary_only", "save_selection", "settings", "close", "more_info")

#: Longer labels are prose (a notice, a policy paragraph), not controls.
MAX_LABEL = 80
#: Glyphs that close a notice; normalize() turns them into nothing.
CLOSE_GLYPHS = frozenset("×✕✖✗✘╳⨯🗙xX")
#: A script's file name in a label ("Cookies manager by tarteaucitron.js") makes it a credit line, not a control.
_PRODUCT = re.compile(r"\w\.js\b", re.I)
#: Categories that name a choice; a long label without one is prose.
CHOICES = frozenset({"accept", "accept_weak", "reject", "save"})
NOTICE = ("notice", "notice_context")


@dataclasses.dataclass(frozen=True)
class ControlMeaning:
    role: str | None        # one of ROLES, or None
    explicit: int           # 2 names the full choice ("accept all"), 1 a plain verb ("accept"), 0 a weak form ("ok")
    cues: tuple[str, ...]   # vocabulary entries that decided it, e.g. ("accept:akzeptier*", "restriction:nur")


NONE = ControlMeaning(None, 0, ())


def classify_control(label: str, lang: str | None = None) -> ControlMeaning:
    """The role of a banner control with this visible label; ``lang`` (the page's language) is only a hint."""
    text = label.strip()
    if not text or len(text) > MAX_LABEL:
        return NONE
    tokens = vocabulary.words(text)
    if not tokens or tokens == ["x"]:
        return ControlMeaning("close", 0, ("close:x",)) if text in CLOSE_GLYPHS else NONE
    found = vocabulary.find(tokens)
    chosen_lang = vocabulary.language(found, vocabulary.page_language(lang))
    if chosen_lang is None or _PRODUCT.search(text):
        return NONE
    own = [m for m in found if m.entry.lang in ("*", chosen_lang)]
    notice = [m for m in own if m.entry.category in NOTICE]
    chosen = vocabulary.resolve([m for m in own if m.entry.category not in NOTICE])
    if len(tokens) > 6:
        # A sentence: a link that explains cookies reads more; prose around a choice word is not a control.
        if not any(m.entry.category in CHOICES for m in chosen):
            return ControlMeaning("more_info", 1, tuple(m.entry.cue for m in notice)) if notice else NONE
        if sum(m.end - m.start for m in vocabulary.resolve(chosen + notice)) < 0.25 * len(tokens):
            return NONE
    return _decide(chosen, notice, len(tokens))


def _decide(chosen: list[Match], notice: list[Match], length: int) -> ControlMeaning:
    mentions_notice = bool(notice)
    by: dict[str, list[Match]] = {}
    for found in chosen:
        by.setdefault(found.entry.kind or found.entry.category, []).append(found)

    def meaning(role: str, explicit: int, *categories: str) -> ControlMeaning:
        cues = [m.entry.cue for m in chosen if (m.entry.kind or m.entry.category) in categories]
        return ControlMeaning(role, explicit, tuple(cues))

    full = 2 if "all" in by else 1
    if "credit" in by or "unrelated" in by:  # "powered by ...", "Subscribe to our newsletter"
        return NONE
    if "reject" in by and "settings" in by and "all" not in by:
        return meaning("settings", 1, "settings")  # "Manage or reject cookies" opens the choices first
    if "reject" in by:  # also "Zustimmung verweigern", "withdraw consent": the accept word is a noun there
        return meaning("reject_all", full, "reject", "all")
    if "accept" in by or "accept_weak" in by:
        verbs = ("accept", "accept_weak")
        if "without" in by:
            return meaning("reject_all", 1, *verbs, "without")
        if "selection" in by:
            return meaning("save_selection", 1, *verbs, "selection")
        if "necessary" in by or "only" in by:  # also "N'accepter que les cookies nécessaires"
            return meaning("necessary_only", 2 if "necessary" in by and "only" in by else 1,
                           *verbs, "only", "necessary")
        if _negated(by):
            return meaning("reject_all", full, "negation", *verbs, "all")
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
    # A refusal without a verb: "No", "Nein, bitte nicht", "Liever niet", "Keine Cookies"; the negation comes
    # first, and a lone particle ("EN" as a language switch is Finnish "en") or "cookies en" is none.
    if ("negation" in by and set(by) <= {"negation", "polite"} and _leads(chosen, notice)
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


def _leads(chosen: list[Match], notice: list[Match]) -> bool:
    """Whether the label starts with its negation or a polite word ("Liever geen cookies"), not with cookies."""
    return not notice or chosen[0].start < notice[0].start


def _says_no(negation: Match) -> bool:
    """Whether a negation alone refuses ("Nein", "Nej"), unlike a particle ("en" in Finnish, "ne" in French)."""
    return negation.entry.cue.split(":", 1)[1] in vocabulary.standalone_no().get(negation.entry.lang, ())


def _negated(by: dict[str, list[Match]]) -> bool:
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
    for found in vocabulary.find(vocabulary.words(text)):
        if found.entry.category == "notice":
            return True
        if found.entry.category == "notice_context":
            context.add(found.entry.cue)
    return len(context) >= 2


def notice_terms() -> list[str]:
    """Normalized words that alone make a text a consent notice, each to match at the start of a word."""
    return list(vocabulary.notice_terms())


def notice_context_terms() -> list[str]:
    """Normalized words two distinct of which make a text a consent notice ("privacy" and "partners")."""
    return list(vocabulary.notice_terms("notice_context"))
