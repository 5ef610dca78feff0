"""Banner controls classified by meaning: the labelled corpus, the wrong-click traps of issue 13, notices."""

from __future__ import annotations

import json

import pytest

from stages.crawl import vocabulary
from stages.crawl.roles import ROLES, classify_control, is_consent_notice, normalize, notice_terms
from tests.banner_corpus import CONTROLS, HOLDOUT, describe_failures, read_notices, read_rows, score


@pytest.mark.parametrize("corpus", [CONTROLS, HOLDOUT], ids=["corpus", "holdout"])
def test_the_corpus_is_classified_right_overall_and_in_every_language(corpus):
    """Both corpora: the one the vocabulary was written against, and the one written apart from it (95.6 % at
    its first reading, with its mistakes then fixed by general rules, see tests/data/README.md)."""
    rows = read_rows(corpus)
    assert len({row.lang for row in rows}) == 29 and all(row.role in (*ROLES, None) for row in rows)
    result = score(rows)
    print(describe_failures(result))
    assert result.accuracy >= 0.98, describe_failures(result)
    weak = {lang: round(result.language_accuracy(lang), 3) for lang in result.rows
            if result.language_accuracy(lang) < 0.90}
    assert not weak, f"languages under 90 %: {weak}\n{describe_failures(result)}"


TRAPS = [
    # Two accept verbs on one banner: only one of them accepts everything.
    ("Accept all cookies", "en", "accept_all", 2),
    ("Accept only essential cookies", "en", "necessary_only", 2),
    ("Allow all", "en", "accept_all", 2),
    ("Allow selection", "en", "save_selection", 1),
    ("Aceptar todas", "es", "accept_all", 2),
    ("Aceptar solo las necesarias", "es", "necessary_only", 2),
    ("Accept selected", "en", "save_selection", 1),
    ("Accept", "en", "accept_all", 1),
    # Ways out that contain an accept verb.
    ("Continue without accepting", "en", "reject_all", 1),
    ("Continuer sans accepter", "fr", "reject_all", 1),
    ("Continua senza accettare", "it", "reject_all", 1),
    ("I disagree", "en", "reject_all", 1),
    ("I do not agree", "en", "reject_all", 1),
    ("Nie zgadzam się", "pl", "reject_all", 1),
    ("Ich stimme nicht zu", "de", "reject_all", 1),
    ("Nur essenzielle Cookies", "de", "necessary_only", 2),
    ("Reject all", "en", "reject_all", 2),
    ("Reject and close", "en", "reject_all", 1),
    # Weak and combined forms keep their choice.
    ("OK", "en", "accept_all", 0),
    ("Got it!", "en", "accept_all", 0),
    ("Accept and close", "en", "accept_all", 1),
    ("Rozumiem, nie pokazuj więcej", "pl", "accept_all", 0),
    ("N'accepter que les cookies nécessaires", "fr", "necessary_only", 1),
    ("Accept recommended settings", "en", "accept_all", 2),
    ("Nein", "de", "reject_all", 1),
    ("Jatka hyväksymättä", "fi", "reject_all", 1),         # "without accepting" starts like "accept"
    ("Nepřijímám", "cs", "reject_all", 1),
    ("Liever niet", "nl", "reject_all", 1),
    # The rest of a banner.
    ("Cookie settings", "en", "settings", 1),
    ("Zustimmung verwalten", "de", "settings", 1),
    ("Einwilligungseinstellungen", "de", "settings", 1),   # a compound's head decides, not its first part
    ("Manage consent", "en", "settings", 1),
    ("Auswahl speichern", "de", "save_selection", 1),
    ("×", "en", "close", 0),
    ("Schließen", "de", "close", 1),
    ("Privacy policy", "en", "more_info", 1),
    ("Learn more", "en", "more_info", 1),
]


@pytest.mark.parametrize(("label", "lang", "role", "explicit"), TRAPS)
def test_traps_of_issue_13_get_their_role_and_explicitness(label, lang, role, explicit):
    meaning = classify_control(label, lang)
    assert (meaning.role, meaning.explicit) == (role, explicit), meaning
    assert meaning.cues


@pytest.mark.parametrize(("label", "lang", "role"), [
    ("Alle akzeptieren", "en", "accept_all"),          # a German banner on an English page
    ("Hyväksy kaikki", None, "accept_all"),
    ("Odrzuć wszystkie", "de", "reject_all"),
    ("Αποδοχή όλων", "fr", "accept_all"),
    ("Kabul etmiyorum", None, "reject_all"),
    ("Приемам", "en-GB", "accept_all"),
    ("Godta alle", "nb", "accept_all"),
])
def test_the_page_language_is_a_hint_not_a_requirement(label, lang, role):
    assert classify_control(label, lang).role == role


@pytest.mark.parametrize("label", [
    "Subscribe", "Log in", "Search", "Continue reading", "Deutsch", "Back to top", "", "Cookies",
    "By clicking on the button you agree that our partners may store cookies on your device and use them to show"
    " personalised advertising",
    "Cookies manager by tarteaucitron.js",
    # Credits to the CMP, whose words are those of a choice (found in held-out CMP replicas).
    "Axeptio consent management platform", "Cookie consent by CookieYes", "Consents certified by axeptio",
])
def test_labels_that_are_no_consent_control_have_no_role(label):
    assert classify_control(label, "en").role is None


@pytest.mark.parametrize(("label", "lang"), [
    ("EN", "de"),                    # a language switch, not Finnish "en" (I do not)
    ("Ne", None),                    # a French particle as much as a Czech "no"
    ("Prijava", "sl"),               # log in, not Slovak "prijať"
    ("Ara", "tr"),                   # search, not Estonian "ära"
    ("Atualizar esta página", "pt"),  # not Finnish "estä"
    ("Některé", "cs"),               # "some", not Norwegian "nekt" (refuse)
    ("Nekateri", "sl"),              # "some", not Swedish "neka" (deny)
    ("Prima pagina", "it"),          # not Dutch "prima" (fine)
    ("cookies en", "nl"),            # not Finnish "en" (I do not)
])
def test_short_words_of_other_languages_do_not_make_a_choice(label, lang):
    assert classify_control(label, lang).role is None


def test_normalize_folds_case_accents_apostrophes_and_punctuation():
    assert normalize("  J’ACCEPTE — Ça   marche!  ") == "j'accepte ca marche"
    assert normalize("Přijmout VŠE") == "prijmout vse"
    assert normalize("Tümünü kabul et") == "tumunu kabul et"


def test_consent_notices_are_recognised_in_any_language():
    assert is_consent_notice("Wir verwenden Cookies, um Inhalte zu personalisieren.")
    assert is_consent_notice("Ta strona korzysta z ciasteczek.", "en")
    assert is_consent_notice("Šī vietne izmanto sīkdatnes.")
    assert is_consent_notice("Bu site çerezleri kullanır.")
    assert not is_consent_notice("Sign up for our newsletter and get 10 % off your first order.")
    terms = notice_terms()
    assert "cookie" in terms and "evaste" in terms and all(term == normalize(term) for term in terms)


def test_the_notice_corpus_is_recognised():
    notices = read_notices()
    assert {notice.is_notice for notice in notices} == {True, False}
    wrong = [notice for notice in notices if is_consent_notice(notice.text, notice.lang) != notice.is_notice]
    print("\n".join(f"{n.lang}\t{n.is_notice}\t{n.text[:120]}" for n in wrong))
    assert len(wrong) <= 0.02 * len(notices), "\n".join(f"{n.lang}\t{n.is_notice}\t{n.text}" for n in wrong)


def test_the_vocabulary_has_every_category_in_all_29_languages_and_names_its_sources():
    data = json.loads(vocabulary.PATH.read_text(encoding="utf-8"))
    assert data["sources"] and len(data["languages"]) == 29
    categories = {"accept", "accept_weak", "reject", "restriction", "all", "negation", "no", "polite", "settings",
                  "save", "close", "more_info", "policy", "notice", "notice_context"}
    for lang, words in data["languages"].items():
        assert categories <= set(words) <= categories | {"unrelated"}, lang
        assert set(words["restriction"]) == {"only", "necessary", "selection", "without"}, lang
        for category in ("accept", "reject", "all", "negation", "settings", "save", "close", "notice"):
            assert words[category], f"{lang} has no {category} words"
