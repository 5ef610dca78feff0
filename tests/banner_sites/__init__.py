"""Consent banners as a class of pages: each row of ``SITES`` is one site, built into a folder that
``SiteServer`` serves, from one script (``banner.js``) that every site shares.

A row gives the banner's language and wording, its structure (fixed overlay, in-flow region, clickable divs,
open or closed shadow root, a web component with slotted light-DOM content, same- or cross-origin iframe,
late), its controls and the choice each control makes, and what each scenario must end with: the cookie
``chose_<choice>`` the banner sets when its control is clicked.
"""

from __future__ import annotations

import dataclasses
import html
import json
import shutil
from pathlib import Path
from typing import Any

SCRIPT = Path(__file__).with_name("banner.js")


def b(label: str, action: str, kind: str = "button", style: str = "") -> dict[str, str]:
    return {"label": label, "action": action, "kind": kind, "style": style}


def toggles(*labels: str) -> list[dict[str, Any]]:
    return [{"label": label, "name": f"p{i}", "checked": True} for i, label in enumerate(labels, 1)]


@dataclasses.dataclass(frozen=True)
class BannerSite:
    host: str
    lang: str
    structure: str
    text: str
    first: list[dict[str, str]]
    #: The cookie each scenario must leave: the choice the right control makes.
    accept: str = "chose_accept"
    refuse: str = "chose_reject"
    second: dict[str, Any] | None = None
    first_toggles: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    text_link: dict[str, str] | None = None
    page_lang: str | None = None
    delay_ms: int = 0
    second_over: bool = False


SITES = [
    # Two accept verbs: the restricted one is the refusal, never the accept.
    BannerSite("two-accepts.en.test", "en", "fixed",
               "We use cookies to improve your experience, for analytics and for personalised advertising.",
               [b("Accept only essential cookies", "necessary"), b("Accept all cookies", "accept")],
               refuse="chose_necessary"),
    BannerSite("two-accepts.es.test", "es", "inflow",
               "Utilizamos cookies propias y de terceros con fines analíticos y para mostrarte publicidad "
               "personalizada.", [b("Aceptar solo las necesarias", "necessary"), b("Aceptar todas", "accept")],
               refuse="chose_necessary"),
    BannerSite("essential.de.test", "de", "divs",
               "Wir verwenden Cookies und ähnliche Technologien, um unsere Website zu verbessern und Werbung "
               "anzuzeigen.",
               [b("Nur essenzielle Cookies", "necessary", "span"), b("Alle akzeptieren", "accept", "div")],
               refuse="chose_necessary"),
    # "Allow selection" with the purposes ticked on the first layer (as Cookiebot shows it).
    BannerSite("selection.en.test", "en", "fixed",
               "This website uses cookies. We use cookies to personalise content and ads and to analyse our "
               "traffic.", [b("Allow selection", "save"), b("Allow all", "accept")],
               first_toggles=toggles("Preferences", "Statistics", "Marketing"), refuse="chose_selection_none"),
    # "Continue without accepting" as a link, and in running text.
    BannerSite("continue.fr.test", "fr", "fixed",
               "Nous utilisons des cookies pour mesurer l'audience et vous proposer des publicités personnalisées.",
               [b("Continuer sans accepter →", "reject", "link"), b("Personnaliser", "settings"),
                b("Tout accepter", "accept")],
               second={"text": "Vos préférences en matière de cookies", "toggles": toggles("Mesure d'audience"),
                       "buttons": [b("Enregistrer", "save")]}),
    BannerSite("continue.it.test", "it", "fixed",
               "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione.",
               [b("Accetta tutti", "accept")],
               text_link={"before": "Chiudendo il banner o", "label": "Continua senza accettare",
                          "after": "rifiuti i cookie non necessari.", "action": "reject"}),
    # A web component whose text and "manage" link are slotted light DOM; the refusal is on the second layer.
    BannerSite("slotted.pl.test", "pl", "slotted",
               "Używamy plików cookie w celach analitycznych i marketingowych. Możesz zmienić ustawienia w "
               "dowolnym momencie.", [b("Zarządzaj preferencjami", "settings", "link"), b("Akceptuję", "accept")],
               second={"text": "Ustawienia prywatności", "toggles": toggles("Analityczne", "Marketingowe"),
                       "buttons": [b("Zapisz wybrane", "save"), b("Odrzuć wszystkie", "reject")]},
               page_lang="en"),
    BannerSite("closed.sv.test", "sv", "shadow_closed",
               "Vi använder kakor (cookies) för statistik och marknadsföring.",
               [b("Endast nödvändiga", "necessary"), b("Godkänn alla", "accept")], refuse="chose_necessary"),
    BannerSite("open.nl.test", "nl", "shadow_open",
               "Wij gebruiken cookies om onze website te verbeteren en om advertenties te tonen.",
               [b("Alleen noodzakelijke cookies", "necessary"), b("Alles accepteren", "accept")],
               refuse="chose_necessary"),
    BannerSite("late.fi.test", "fi", "fixed",
               "Käytämme evästeitä sivuston toiminnan varmistamiseen sekä analytiikkaan ja markkinointiin.",
               [b("Hylkää kaikki", "reject"), b("Hyväksy kaikki", "accept")], delay_ms=7000),
    BannerSite("frame.cs.test", "cs", "iframe_cross",
               "Tento web používá soubory cookie k analýze návštěvnosti a k personalizaci reklamy.",
               [b("Odmítnout vše", "reject"), b("Přijmout vše", "accept")]),
    BannerSite("frame.hu.test", "hu", "iframe_same",
               "Weboldalunk sütiket használ a látogatottság méréséhez és személyre szabott hirdetésekhez.",
               [b("Összes elutasítása", "reject"), b("Összes elfogadása", "accept")]),
    # A cross-origin frame whose refusal is only on its settings layer, behind ticked purposes (LiveRamp,
    # Sourcepoint, TrustArc): both layers are clicked inside a frame of another process.
    BannerSite("frame.pt.test", "pt", "iframe_cross",
               "Utilizamos cookies para medir a audiência e para lhe mostrar publicidade personalizada.",
               [b("Gerir preferências", "settings"), b("Aceitar todos", "accept")],
               second={"text": "Preferências de cookies", "toggles": toggles("Estatísticas", "Publicidade"),
                       "buttons": [b("Guardar e sair", "save")]}, refuse="chose_selection_none"),
    # A second layer whose purposes are ticked: they must be switched off before "save".
    BannerSite("layers.el.test", "el", "fixed",
               "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας και για διαφημιστικούς σκοπούς.",
               [b("Ρυθμίσεις", "settings"), b("Αποδοχή όλων", "accept")],
               second={"text": "Προτιμήσεις cookies", "toggles": toggles("Στατιστικά", "Διαφήμιση"),
                       "buttons": [b("Αποθήκευση επιλογών", "save")]}, refuse="chose_selection_none"),
    # The settings layer opens over the first one, which stays shown.
    BannerSite("over.de.test", "de", "fixed",
               "Wir und unsere Partner verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
               [b("Einstellungen", "settings"), b("Alle akzeptieren", "accept")],
               second={"text": "Datenschutz-Einstellungen", "toggles": toggles("Statistik", "Marketing"),
                       "buttons": [b("Auswahl speichern", "save"), b("Alle ablehnen", "reject")]}, second_over=True),
    # The second layer's "Reject all" only switches the purposes off; "Save" records the refusal (IAB TCF
    # settings layers do this).
    BannerSite("deselect.es.test", "es", "fixed",
               "Nosotros y nuestros socios utilizamos cookies para personalizar anuncios y medir la audiencia.",
               [b("Más opciones", "settings"), b("Aceptar todo", "accept")],
               second={"text": "Preferencias de privacidad", "toggles": toggles("Publicidad", "Medición"),
                       "buttons": [b("Rechazar todo", "deselect"), b("Guardar y salir", "save")]},
               refuse="chose_selection_none"),
    # A close cross titled with the refusal's word that accepts (WordPress' Cookie Notice does this), before
    # the real refusal: the control read by its text is the refusal.
    BannerSite("cross.cs.test", "cs", "fixed",
               "Tento web používá soubory cookie k měření návštěvnosti a k personalizaci reklamy.",
               [b("Ne", "accept", "icon"), b("Ok", "accept"), b("Ne", "reject", "link")]),
    # Image buttons whose words are only their alt text, and <input type=button> controls.
    BannerSite("image.pl.test", "pl", "fixed",
               "Używamy plików cookie, aby analizować ruch na stronie i wyświetlać spersonalizowane reklamy.",
               [b("Odrzuć wszystkie", "reject", "image"), b("Akceptuj wszystkie", "accept", "image")]),
    # Transparent <input>s over the words they stand for, named by aria-labelledby, valued with codes (Amazon).
    BannerSite("overlay.it.test", "it", "fixed",
               "Utilizziamo cookie e strumenti simili per migliorare la tua esperienza di acquisto e per la "
               "pubblicità personalizzata.", [b("Rifiuta", "reject", "overlay"), b("Accetta", "accept", "overlay")]),
    BannerSite("input.sv.test", "sv", "inflow",
               "Vi använder cookies för att analysera trafiken och för att visa dig anpassade annonser.",
               [b("Neka alla", "reject", "input"), b("Godkänn alla", "accept", "input")]),
    # The banner's language is not the page's.
    BannerSite("mismatch.da.test", "da", "fixed",
               "Vi bruger cookies til at analysere trafik og til at vise dig relevante annoncer.",
               [b("Afvis alle", "reject"), b("Tillad alle", "accept")], page_lang="en"),
    BannerSite("plain.tr.test", "tr", "inflow",
               "Bu web sitesi, deneyiminizi iyileştirmek ve reklamları kişiselleştirmek için çerezleri kullanır.",
               [b("Tümünü reddet", "reject"), b("Tümünü kabul et", "accept")]),
    BannerSite("divs.lt.test", "lt", "divs",
               "Mes naudojame slapukus, kad pagerintume svetainės veikimą ir rodytume reklamą.",
               [b("Atmesti visus", "reject", "div"), b("Sutinku su visais", "accept", "div")]),
    BannerSite("plain.ro.test", "ro", "fixed",
               "Folosim cookie-uri pentru a analiza traficul și pentru a personaliza reclamele.",
               [b("Respinge toate", "reject"), b("Acceptă toate", "accept")]),
    # A refusal printed pale on white beside a dark accept button.
    BannerSite("contrast.sk.test", "sk", "fixed",
               "Táto stránka používa súbory cookie na analýzu návštevnosti a na reklamu.",
               [b("Odmietnuť všetko", "reject", style="color:#d8d8d8;background:#fff;border:0"),
                b("Prijať všetko", "accept", style="color:#fff;background:#1a4fa0;border:0")]),
    BannerSite("divs.pt.test", "pt", "divs",
               "Utilizamos cookies para melhorar a sua experiência e para fins de publicidade.",
               [b("Rejeitar todos", "reject", "span"), b("Aceitar todos", "accept", "span")]),
]


#: A "Reject all" that only opens more choices: the refusal must end not_able_to_click, never pass for made.
MISLEADING = BannerSite("reject-opens-layer.en.test", "en", "fixed",
                        "We and our partners use cookies to personalise ads and measure traffic.",
                        [b("Reject all", "settings"), b("Accept all", "accept")],
                        second={"text": "Your privacy choices", "toggles": toggles("Advertising", "Analytics"),
                                "buttons": [b("Confirm choices", "save")]})

#: Pop-ups that look like banners but ask for no consent: no scenario may report a choice made on them.
NOT_BANNERS = [
    BannerSite("newsletter.en.test", "en", "fixed",
               "Subscribe to our newsletter and get 10% off your first order. We respect your privacy.",
               [b("No thanks", "reject"), b("Subscribe", "accept")]),
    BannerSite("age.de.test", "de", "fixed", "Sind Sie mindestens 18 Jahre alt?",
               [b("Nein", "reject"), b("Ja", "accept")]),
]


ALL = [*SITES, *NOT_BANNERS, MISLEADING]


def build(root: Path, sites: tuple[BannerSite, ...] = tuple(ALL)) -> Path:
    """Write every site (and the hosts of cross-origin frames) under ``root``, one folder per host name."""
    for site in sites:
        config = {"lang": site.lang, "structure": site.structure, "text": site.text, "first": site.first,
                  "second": site.second, "firstToggles": site.first_toggles, "textLink": site.text_link,
                  "delay": site.delay_ms, "secondOver": site.second_over}
        folder = root / site.host
        folder.mkdir(parents=True, exist_ok=True)
        if site.structure.startswith("iframe"):
            frame_host = frame_host_of(site)
            config["frameUrl"] = f"http://{frame_host}/consent-frame.html"
            frame = {**config, "structure": "frame", "delay": 0}
            (root / frame_host).mkdir(parents=True, exist_ok=True)
            (root / frame_host / "consent-frame.html").write_text(_page(frame, site.lang, "Consent"))
            shutil.copy(SCRIPT, root / frame_host / "banner.js")
        (folder / "index.html").write_text(_page(config, site.page_lang or site.lang, site.host))
        shutil.copy(SCRIPT, folder / "banner.js")
    return root


def frame_host_of(site: BannerSite) -> str:
    """Where a site's banner frame is served from: for a cross-origin frame another site (a CMP's CDN), never a
    subdomain of the page's, which Chromium keeps in the page's process; a frame of another site runs in a
    process of its own, as real CMP frames do, and takes its pointer input through the browser."""
    return f"{site.host.replace('.', '-')}.cmp-cdn.test" if site.structure == "iframe_cross" else site.host


def _page(config: dict[str, Any], lang: str, title: str) -> str:
    body = "" if config["structure"] == "frame" else (
        f"<h1>{html.escape(title)}</h1>" + "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>" * 8)
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"</head><body>{body}<script>window.BANNER = {json.dumps(config)};</script>"
            '<script src="banner.js"></script></body></html>')
