"""Consent banners no autoconsent rule knows: found by shape and wording, operated by accessible text.

A banner is a visible fixed, sticky or dialog container (shadow DOM and iframes included) that talks about
cookies or consent. Its buttons are classified in English, French, German, Spanish, Italian, Dutch and
Portuguese. Refusing falls back to a second layer: settings, then "reject all", or "save" with every
optional purpose switched off.
"""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path
from typing import Any

from pipeline.errors import NoButtonFound, NoExistingOrClearCmp, NotAbleToClick

_JS = Path(__file__).with_name("js")
FIND_JS = (_JS / "banner.js").read_text()
UNCHECK_JS = (_JS / "uncheck.js").read_text()

WORDS: dict[str, list[str]] = {
    "notice": [
        "cookie", "consent", "privacy", "gdpr", "tracking", "personal data", "partners",
        "traceurs", "consentement", "confidentialité", "données personnelles", "rgpd",
        "datenschutz", "einwilligung", "zustimmung", "privacidad", "consentimiento", "datos personales",
        "consenso", "riservatezza", "dati personali", "toestemming", "persoonsgegevens",
        "privacidade", "consentimento", "dados pessoais",
    ],
    "accept": [
        "accept all", "accept all cookies", "accept cookies", "accept", "allow all", "allow all cookies",
        "allow cookies", "allow", "agree", "i agree", "agree and close", "i accept", "accept and close",
        "tout accepter", "accepter", "accepter et fermer", "j'accepte", "autoriser", "tout autoriser",
        "alle akzeptieren", "akzeptieren", "zustimmen", "alle zulassen", "zulassen", "einverstanden",
        "aceptar", "aceptar todo", "aceptar todas", "acepto", "permitir todas",
        "accetta", "accetta tutti", "accetto", "accetta tutto", "consenti",
        "accepteren", "alles accepteren", "akkoord", "alle cookies toestaan", "toestaan",
        "aceitar", "aceitar todos", "aceito", "permitir todos",
    ],
    "refuse": [
        "reject all", "reject", "reject cookies", "refuse", "refuse all", "decline", "decline all", "deny",
        "deny all", "only necessary", "necessary only", "only essential", "essential only",
        "use necessary cookies only", "continue without accepting", "no thanks",
        "tout refuser", "refuser", "refuser tout", "je refuse", "continuer sans accepter",
        "alle ablehnen", "ablehnen", "nur notwendige", "nur erforderliche", "nur notwendige cookies",
        "rechazar", "rechazar todo", "rechazar todas", "denegar",
        "rifiuta", "rifiuta tutti", "rifiuto", "rifiuta tutto",
        "weigeren", "alles weigeren", "afwijzen", "alleen noodzakelijke", "alles afwijzen",
        "rejeitar", "rejeitar todos", "recusar", "recusar todos",
    ],
    "settings": [
        "settings", "cookie settings", "preferences", "cookie preferences", "customize", "customise",
        "manage", "manage preferences", "manage cookies", "more options", "options",
        "paramètres", "personnaliser", "gérer", "gérer mes choix", "paramétrer",
        "einstellungen", "anpassen", "verwalten", "configurar", "preferencias", "personalizar",
        "impostazioni", "personalizza", "gestisci", "preferenze", "instellingen", "aanpassen", "voorkeuren",
        "definições", "configurações", "gerir", "preferências",
    ],
    "save": [
        "save", "save settings", "save preferences", "save choices", "save and close", "confirm",
        "confirm choices", "confirm my choices", "enregistrer", "valider", "confirmer",
        "enregistrer mes choix", "speichern", "auswahl speichern", "bestätigen", "guardar", "confirmar",
        "guardar preferencias", "salva", "conferma", "salva preferenze", "opslaan", "bevestigen",
        "keuze opslaan", "salvar", "guardar preferências",
    ],
}


@dataclasses.dataclass
class Banner:
    frame: Any
    info: dict[str, Any]


def find_banner(page: Any) -> Banner | None:
    """The banner in the page or any of its frames, main frame first."""
    for frame in [page.main_frame, *[f for f in page.frames if f != page.main_frame]]:
        try:
            info = frame.evaluate(FIND_JS, WORDS)
        except Exception:  # a frame detached or navigated away
            continue
        if info.get("found"):
            return Banner(frame, info)
    return None


def _click(banner: Banner, kind: str) -> None:
    try:
        banner.frame.locator(f"[data-consentscan={kind}]").first.click(timeout=3000)
    except Exception as exc:
        raise NotAbleToClick(f"the {kind} button of the banner could not be clicked: {_short(exc)}") from exc


def _gone(page: Any, timeout: float = 3.0) -> bool:
    """Whether the banner has disappeared (hidden, removed, or no longer recognisable as a banner)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if find_banner(page) is None:
            return True
        page.wait_for_timeout(200)
    return False


def make_choice(page: Any, banner: Banner, choice: str) -> dict[str, Any]:
    """Click accept or refuse (through a second layer if needed) and verify the banner went away.

    Returns facts for the evidence; raises ``NoButtonFound`` or ``NotAbleToClick``.
    """
    info = banner.info
    if choice == "accept":
        if not info.get("accept"):
            raise NoButtonFound("the banner has no accept button")
        _click(banner, "accept")
        layers = 1
    elif info.get("refuse"):
        _click(banner, "refuse")
        layers = 1
    elif info.get("settings"):
        _click(banner, "settings")
        page.wait_for_timeout(300)
        second = find_banner(page)
        if second is None or not (second.info.get("refuse") or second.info.get("save")):
            raise NoButtonFound("the banner's settings layer has neither a refuse nor a save button")
        if second.info.get("refuse"):
            _click(second, "refuse")
        else:
            second.frame.evaluate(UNCHECK_JS)
            _click(second, "save")
        layers = 2
    else:
        raise NoButtonFound("the banner has no refuse button and no settings to refuse from")
    if not _gone(page):
        raise NotAbleToClick(f"the banner is still shown after clicking {choice}")
    return {"layers": layers}


def require_banner(banner: Banner | None) -> Banner:
    if banner is None:
        raise NoExistingOrClearCmp("no consent banner was found on the home page")
    return banner


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
