# ruff: noqa: E501  (the replicas hold real CMPs' markup and wording verbatim, one element a line)
"""Replicas of real consent management platforms, for a held-out evaluation of banner handling.

Each row of ``SITES`` imitates one real CMP as deployed: its loader served from the product's real CDN host name
(mapped to loopback by host rules) or from the site as self-hosted plugins are, its DOM ids and classes, its
structure (bar, modal over a backdrop, shadow root, cross-origin iframe, two layers), its default wording in
English or another EU language, its JavaScript API where autoconsent's rule for the product calls it, and its
consent cookies. Banners appear late (0.5-3 s) where the real loader injects them.

Every control also leaves a cookie naming the choice it made (``replica.js``): ``chose_accept``,
``chose_reject``, ``chose_necessary``, ``chose_selection_none`` (saved with every purpose off),
``chose_selection_some`` (saved with purposes still on). A row says which of them each scenario must leave, or
the typed error the scenario must end with when the right behaviour is to refuse to guess.

The hard cases real sites carry: the refusal only in settings, behind toggles whose legitimate interest is
pre-ticked and "REJECT ALL" that only switches toggles (Quantcast/InMobi Choice, iubenda); the whole banner in
a cross-origin iframe (Sourcepoint); a refusal that is only an icon "×" with an aria-label (iubenda); buttons
that are ``<a href="#">`` (Borlabs, HubSpot, consentmanager); "Accepter alle" beside "Accepter valgte"
(Cookie Information); a banner whose only control is "Close and accept" (Jetpack).
"""

from __future__ import annotations

import dataclasses
import html as htmlmod
import json
from pathlib import Path
from typing import Any

RUNTIME = Path(__file__).with_name("replica.js")


@dataclasses.dataclass(frozen=True)
class Replica:
    host: str
    cmp: str
    lang: str
    #: Where the loader is served: (host, path); host None means the site itself (a self-hosted plugin).
    loader: tuple[str | None, str]
    #: The runtime's configuration (html, css, mount, delay, cookies, keepFirst...).
    config: dict[str, Any]
    #: The product's API imitation, appended to the loader (``window.__replica`` is the runtime).
    api: str = ""
    #: Extra markup in <head> before the loader (the product's inline settings snippet).
    head: str = ""
    #: Attributes of the loader's <script> tag.
    attrs: str = ""
    #: A cross-origin frame: (host, path, config of the frame's own runtime).
    frame: tuple[str, str, dict[str, Any]] | None = None
    #: What consent_to_all must leave: a chose_* cookie name, or None when an error is expected.
    accept: str | None = "chose_accept"
    #: What refuse_to_all must leave: any of these chose_* cookie names (empty when an error is expected).
    refuse: tuple[str, ...] = ("chose_reject",)
    #: Typed errors expected instead of a cookie, per scenario.
    errors: dict[str, str] = dataclasses.field(default_factory=dict)
    note: str = ""
    #: Further files served as they are: (host, path, text); a ``<path>.headers`` file gives the response's
    #: headers ("Status: 302" and "Location: ..." make a redirect).
    files: tuple[tuple[str, str, str], ...] = ()


# ---------------------------------------------------------------------------------------------------- Cookiebot
COOKIEBOT = Replica(
    "cookiebot-shop.test", "Cookiebot", "en", ("consent.cookiebot.com", "/uc.js"),
    attrs='id="Cookiebot" data-cbid="8f7e2a51-3c0d-4f4e-9a5b-2d1c0e9b7a61" data-blockingmode="auto" type="text/javascript"',
    config={
        "delay": 800, "lockScroll": False,
        "cookies": [["CookieConsent", "{stamp:'AbC1==',necessary:true,preferences:true,statistics:true,"
                                      "marketing:true,method:'explicit',ver:1,utc:1733061600000,region:'fr'}",
                     "{stamp:'AbC1==',necessary:true,preferences:false,statistics:false,marketing:false,"
                     "method:'explicit',ver:1,utc:1733061600000,region:'fr'}"]],
        "css": "#CybotCookiebotDialog{position:fixed;z-index:2147483631;bottom:8px;left:50%;transform:translateX(-50%);"
               "width:900px;max-width:calc(100vw - 16px);background:#fff;color:#141414;border-radius:8px;"
               "box-shadow:0 30px 70px rgba(0,0,0,.3);font:15px/1.5 Helvetica,Arial,sans-serif;padding:16px 24px}"
               "#CybotCookiebotDialog .CybotCookiebotDialogNavItems{display:flex;gap:24px;border-bottom:1px solid #ddd;margin-bottom:12px}"
               "#CybotCookiebotDialog .CybotCookiebotDialogNavItemLink{color:#141414;text-decoration:none;padding:8px 0}"
               "#CybotCookiebotDialog .CybotCookiebotDialogNavItemLink.CybotCookiebotDialogActive{border-bottom:3px solid #1032cf;color:#1032cf}"
               "#CybotCookiebotDialogBodyLevelButtonsSelectPane{display:flex;gap:16px;border-top:1px solid #ddd;padding:8px 0}"
               ".CybotCookiebotDialogBodyLevelButtonWrapper label{display:block;font-weight:600}"
               "#CybotCookiebotDialogFooter{display:flex;gap:8px;justify-content:flex-end}"
               ".CybotCookiebotDialogBodyButton{border:2px solid #1032cf;border-radius:4px;padding:10px 18px;font-weight:600;"
               "background:#fff;color:#141414;min-width:160px;cursor:pointer}"
               "#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll{background:#1032cf;color:#fff}"
               "#CybotCookiebotDialogPoweredbyCybot{position:absolute;top:12px;right:24px;font-size:11px;color:#999}",
        "html": """
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle" lang="en" class="CybotCookiebotDialogActive CybotEdge" data-template="bottom">
 <div class="CybotCookiebotDialogContentWrapper">
  <a id="CybotCookiebotDialogPoweredbyCybot" target="_blank" rel="noopener nofollow" href="https://www.cookiebot.com/en/what-is-behind-powered-by-cookiebot/" aria-label="Cookiebot - opens in a new window">Powered by Cookiebot by Usercentrics</a>
  <nav class="CybotCookiebotDialogNavItems" id="CybotCookiebotDialogNav" role="tablist">
   <a id="CybotCookiebotDialogNavDeclaration" class="CybotCookiebotDialogNavItemLink CybotCookiebotDialogActive" href="#" role="tab" aria-selected="true">Consent</a>
   <a id="CybotCookiebotDialogNavDetails" class="CybotCookiebotDialogNavItemLink" href="#" role="tab" aria-selected="false">Details</a>
   <a id="CybotCookiebotDialogNavAbout" class="CybotCookiebotDialogNavItemLink" href="#" role="tab" aria-selected="false">About</a>
  </nav>
  <div id="CybotCookiebotDialogBody">
   <h2 id="CybotCookiebotDialogBodyContentTitle" lang="en" role="heading" aria-level="2">This website uses cookies</h2>
   <div id="CybotCookiebotDialogBodyContentText" lang="en">We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. We also share information about your use of our site with our social media, advertising and analytics partners who may combine it with other information that you’ve provided to them or that they’ve collected from your use of their services.</div>
  </div>
  <div id="CybotCookiebotDialogBodyLevelButtonsSelectPane" class="CybotCookiebotDialogBodyLevelButtonWrapper">
   <div class="CybotCookiebotDialogBodyLevelButtonWrapper"><label for="CybotCookiebotDialogBodyLevelButtonNecessary">Necessary</label>
    <div class="CybotCookiebotDialogBodyLevelButtonSliderWrapper CybotCookiebotDialogBodyLevelButtonSliderWrapperDisabled"><input type="checkbox" id="CybotCookiebotDialogBodyLevelButtonNecessary" class="CybotCookiebotDialogBodyLevelButton CybotCookiebotDialogBodyLevelButtonDisabled" disabled="disabled" checked="checked"></div></div>
   <div class="CybotCookiebotDialogBodyLevelButtonWrapper"><label for="CybotCookiebotDialogBodyLevelButtonPreferences">Preferences</label>
    <div class="CybotCookiebotDialogBodyLevelButtonSliderWrapper"><input type="checkbox" id="CybotCookiebotDialogBodyLevelButtonPreferences" class="CybotCookiebotDialogBodyLevelButton CybotCookiebotDialogBodyLevelConsentCheckbox" data-target="CybotCookiebotDialogBodyLevelButtonPreferencesInline" checked="checked" tabindex="0"></div></div>
   <div class="CybotCookiebotDialogBodyLevelButtonWrapper"><label for="CybotCookiebotDialogBodyLevelButtonStatistics">Statistics</label>
    <div class="CybotCookiebotDialogBodyLevelButtonSliderWrapper"><input type="checkbox" id="CybotCookiebotDialogBodyLevelButtonStatistics" class="CybotCookiebotDialogBodyLevelButton CybotCookiebotDialogBodyLevelConsentCheckbox" data-target="CybotCookiebotDialogBodyLevelButtonStatisticsInline" checked="checked" tabindex="0"></div></div>
   <div class="CybotCookiebotDialogBodyLevelButtonWrapper"><label for="CybotCookiebotDialogBodyLevelButtonMarketing">Marketing</label>
    <div class="CybotCookiebotDialogBodyLevelButtonSliderWrapper"><input type="checkbox" id="CybotCookiebotDialogBodyLevelButtonMarketing" class="CybotCookiebotDialogBodyLevelButton CybotCookiebotDialogBodyLevelConsentCheckbox" data-target="CybotCookiebotDialogBodyLevelButtonMarketingInline" checked="checked" tabindex="0"></div></div>
  </div>
  <div id="CybotCookiebotDialogFooter">
   <div id="CybotCookiebotDialogBodyButtonsWrapper">
    <button id="CybotCookiebotDialogBodyButtonDecline" class="CybotCookiebotDialogBodyButton" data-r="reject">Deny</button>
    <button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection" class="CybotCookiebotDialogBodyButton" data-r="save">Allow selection</button>
    <button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" class="CybotCookiebotDialogBodyButton" data-r="accept">Allow all</button>
    <button id="CybotCookiebotDialogBodyButtonAccept" class="CybotCookiebotDialogBodyButton" data-r="accept" style="display:none" tabindex="-1">Allow all</button>
   </div>
  </div>
 </div>
</div>"""},
    api="""
window.Cookiebot = window.CookieConsent = { hasResponse: false, declined: false, consented: false,
  consent: { necessary: true, preferences: false, statistics: false, marketing: false, method: null },
  dialog: { visible: false },
  withdraw: function () { window.__replica.commit('chose_reject'); },
  hide: function () { window.__replica.hide(); Cookiebot.dialog.visible = false; },
  show: function () {}, renew: function () {}, submitCustomConsent: function () {} };
__replica.onShow.push(function () { Cookiebot.dialog.visible = true; });
__replica.listeners.push(function (name) {
  Cookiebot.hasResponse = true; Cookiebot.dialog.visible = false;
  Cookiebot.consented = name === 'chose_accept' || name === 'chose_selection_some'; Cookiebot.declined = !Cookiebot.consented;
  Cookiebot.consent.marketing = Cookiebot.consent.statistics = Cookiebot.consent.preferences = Cookiebot.consented;
});""",
    note="Cookiebot's Swift dialog: Deny / Allow selection / Allow all, purposes pre-ticked on the first layer.")

# ------------------------------------------------------------------------------------ Usercentrics CMP v2 (shadow)
USERCENTRICS = Replica(
    "usercentrics-verlag.test", "Usercentrics", "de", ("app.usercentrics.eu", "/browser-ui/latest/loader.js"),
    attrs='id="usercentrics-cmp" data-settings-id="kH3vQ9mZp" async',
    config={
        "delay": 1500, "mount": "shadow",
        "outer": '<div id="usercentrics-root" data-created-at="1733061600000" data-shadow-host></div>',
        "cookies": [["uc_user_interaction", "true", "true"]],
        "css": ".sc-banner{position:fixed;bottom:0;left:0;right:0;z-index:2147483647;background:#fff;"
               "box-shadow:0 -2px 12px rgba(0,0,0,.2);font:14px/1.5 BlinkMacSystemFont,Segoe UI,Arial,sans-serif;"
               "color:#303030;padding:20px 32px}"
               ".buttons{display:flex;gap:8px;justify-content:flex-end;margin-top:12px}"
               ".sc-button{border:0;border-radius:4px;padding:11px 18px;font-weight:600;cursor:pointer;background:#f5f5f5;color:#303030;min-width:170px}"
               "[data-testid=uc-accept-all-button]{background:#0045a5;color:#fff}"
               ".uc-switch{display:flex;justify-content:space-between;border-bottom:1px solid #eee;padding:8px 0}"
               ".uc-switch button[role=switch]{width:44px;height:24px;border-radius:12px;border:0;background:#ccc}"
               ".uc-switch button[role=switch][aria-checked=true]{background:#0045a5}",
        "html": """
<div class="sc-banner" data-testid="uc-default-banner" role="region" aria-label="Cookie-Banner" lang="de">
 <div data-layer="1" data-testid="uc-banner-content">
  <h2 id="uc-heading-title" class="sc-heading">Datenschutz-Einstellungen</h2>
  <div id="uc-show-more" data-testid="uc-message-container" class="sc-message">Wir nutzen auf unserer Website Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren, Funktionen für soziale Medien anbieten zu können und die Zugriffe auf unsere Website zu analysieren. Einige davon sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern. Sie können Ihre Auswahl jederzeit unter Einstellungen widerrufen oder anpassen.</div>
  <div class="buttons" data-testid="uc-buttons-container">
   <button role="button" data-testid="uc-more-button" class="sc-button" data-r="settings">Einstellungen</button>
   <button role="button" data-testid="uc-deny-all-button" class="sc-button" data-r="reject">Ablehnen</button>
   <button role="button" data-testid="uc-accept-all-button" class="sc-button" data-r="accept">Alle akzeptieren</button>
  </div>
 </div>
 <div data-layer="2" data-testid="uc-center-container" style="display:none">
  <h2>Privatsphäre-Einstellungen</h2>
  <p>Hier finden Sie eine Übersicht über alle verwendeten Cookies. Sie können Ihre Einwilligung zu ganzen Kategorien geben oder sich weitere Informationen anzeigen lassen und so nur bestimmte Cookies auswählen.</p>
  <div class="uc-switch"><span>Essenziell</span><button role="switch" aria-checked="true" aria-disabled="true" aria-label="Essenziell" disabled></button></div>
  <div class="uc-switch"><span>Funktional</span><button role="switch" aria-checked="false" aria-label="Funktional"></button></div>
  <div class="uc-switch"><span>Marketing</span><button role="switch" aria-checked="false" aria-label="Marketing"></button></div>
  <div class="buttons">
   <button data-testid="uc-deny-all-button" class="sc-button" data-r="reject">Ablehnen</button>
   <button data-testid="uc-save-button" class="sc-button" data-r="save">Speichern</button>
   <button data-testid="uc-accept-all-button" class="sc-button" data-r="accept">Alle akzeptieren</button>
  </div>
 </div>
</div>"""},
    api="""
(function () { var accepted = false;
  __replica.listeners.push(function (name) { accepted = name === 'chose_accept';
    try { localStorage.setItem('uc_settings', JSON.stringify({ controllerId: 'c1', services: [{ id: 'HkocEodjb7', status: accepted }] })); } catch (e) {} });
  window.UC_UI = { isInitialized: function () { return true; },
    acceptAllConsents: function () { __replica.commit('chose_accept'); return Promise.resolve(true); },
    denyAllConsents: function () { __replica.commit('chose_reject'); return Promise.resolve(true); },
    closeCMP: function () { __replica.hide(); return Promise.resolve(true); },
    areAllConsentsAccepted: function () { return accepted; },
    showFirstLayer: function () {}, showSecondLayer: function () {}, getServicesBaseInfo: function () { return []; } };
  window.dispatchEvent(new Event('UC_UI_INITIALIZED')); })();""",
    note="Usercentrics CMP v2 in the open shadow root of #usercentrics-root, German, shown after 1.5 s.")

# ---------------------------------------------------------------------------------------------------- Didomi
DIDOMI = Replica(
    "didomi-actu.test", "Didomi", "fr", ("sdk.privacy-center.org", "/7c3b9f1e-2a4d-4e8b-a1f0-5d6c7e8f9a0b/loader.js"),
    head='<script type="text/javascript">window.gdprAppliesGlobally=true;window.didomiConfig={};</script>',
    attrs='type="text/javascript" charset="utf-8" async',
    config={
        "delay": 1000, "lockScroll": True, "mount": "body",
        "cookies": [["didomi_token", "eyJ1c2VyX2lkIjoiMThmMiIsInB1cnBvc2VzIjp7ImVuYWJsZWQiOlsiY29va2llcyIsImFkdmVydGlzaW5nIl19fQ==",
                     "eyJ1c2VyX2lkIjoiMThmMiIsInB1cnBvc2VzIjp7ImRpc2FibGVkIjpbImNvb2tpZXMiLCJhZHZlcnRpc2luZyJdfX0="],
                    ["euconsent-v2", "CQJ1xAAQJ1xAAAHABBENBSFsAP_gAEPgAAAAKZNV_G__bWlr8X73aftkeY1P9_h77sQxBhfJE-4FzLvW_JwXx2ExNA36tqIKmRIAu3bBIQNlGJDUTVCgaogVryDMaE2coTNKJ6BkiFMRM2dYCF5vm4tj-QKY5vr991dx2B-t7dr83dzyy4hHn3a5_2S0WJCdA5-tDfv9bROb-9IOd_x8v4v8_F_rE2_eT1l_tWvp7D9-cts7_XW89_fff_9Ln_-uB_-_2CSgAAAAA",
                     "CQJ1xAAQJ1xAAAHABBENBSFgAAAAAAAAAAAAAAAAAAAA.YAAAAAAAAAAA"]],
        "css": "#didomi-host{font-family:Arial,sans-serif}"
               ".didomi-popup-backdrop{position:fixed;inset:0;background:rgba(0,0,0,.6);z-index:2147483640;display:flex;align-items:center;justify-content:center}"
               ".didomi-popup-container{position:relative;background:#fff;max-width:650px;border-radius:6px;padding:24px 32px;color:#000;font-size:15px}"
               ".didomi-continue-without-agreeing{position:absolute;top:12px;right:18px;font-size:13px;text-decoration:underline;color:#666;cursor:pointer;background:none;border:0}"
               ".didomi-popup-notice-buttons{display:flex;justify-content:space-between;margin-top:20px}"
               ".didomi-button{border-radius:4px;padding:10px 22px;font-weight:700;font-size:14px;cursor:pointer}"
               ".didomi-button-standard{background:#fff;border:1px solid #444;color:#444}"
               ".didomi-button-highlight{background:#05687b;border:1px solid #05687b;color:#fff}"
               ".didomi-consent-popup-category{display:flex;justify-content:space-between;padding:6px 0;border-bottom:1px solid #eee}",
        "html": """
<div id="didomi-host" data-nosnippet="true" aria-hidden="false">
 <div class="didomi-popup-backdrop didomi-notice-popup didomi-popup__backdrop">
  <div class="didomi-popup-container didomi-popup-notice didomi-popup-notice-with-data-processing" role="dialog" aria-modal="true" aria-labelledby="didomi-notice-title" id="didomi-popup">
   <div data-layer="1" class="didomi-popup-notice-text-container">
    <span class="didomi-continue-without-agreeing" role="button" tabindex="0" data-r="reject">Continuer sans accepter →</span>
    <h1 id="didomi-notice-title" class="didomi-popup-notice-title">Bienvenue sur Le Quotidien</h1>
    <div class="didomi-popup-notice-text" id="didomi-notice-text"><p><strong>Avec votre accord,</strong> nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l'intérêt légitime à tout moment en cliquant sur "En savoir plus" ou dans notre politique de confidentialité sur ce site.</p>
    <p><strong>Avec nos partenaires, nous traitons les données suivantes :</strong> Données de géolocalisation précises et identification par analyse du terminal, Publicités et contenu personnalisés, mesure de performance des publicités et du contenu, études d’audience et développement de services, Stocker et/ou accéder à des informations sur un terminal</p></div>
    <div class="didomi-popup-notice-buttons didomi-buttons">
     <button id="didomi-notice-learn-more-button" class="didomi-button didomi-dismiss-button didomi-components-button didomi-button-standard standard-button" aria-label="En savoir plus: Paramétrer vos choix" data-r="settings">En savoir plus →</button>
     <button id="didomi-notice-agree-button" class="didomi-button didomi-dismiss-button didomi-components-button didomi-button-highlight highlight-button" aria-label="Accepter & Fermer: Accepter notre traitement des données et fermer" data-r="accept"><span>Accepter &amp; Fermer</span></button>
    </div>
   </div>
   <div data-layer="2" class="didomi-consent-popup-preferences didomi-consent-popup-preferences-purposes" style="display:none">
    <h1 class="didomi-consent-popup-title">Gérer mes choix</h1>
    <p>Vous pouvez définir vos préférences de consentement et déterminer la manière dont vous souhaitez que vos données soient utilisées en fonction des finalités ci-dessous.</p>
    <div class="didomi-consent-popup-category"><span>Publicités et contenu personnalisés</span><span><button role="switch" aria-checked="false" aria-label="Refuser / Accepter" class="didomi-components-radio__option"></button></span></div>
    <div class="didomi-consent-popup-category"><span>Mesure d'audience</span><span><button role="switch" aria-checked="false" aria-label="Refuser / Accepter" class="didomi-components-radio__option"></button></span></div>
    <div class="didomi-popup-notice-buttons didomi-consent-popup-actions">
     <button class="didomi-button didomi-button-standard" aria-label="Tout refuser" data-r="reject">Tout refuser</button>
     <button class="didomi-button didomi-button-highlight" aria-label="Tout accepter" data-r="accept">Tout accepter</button>
     <button class="didomi-button didomi-button-standard" aria-label="Enregistrer" data-r="save">Enregistrer</button>
    </div>
   </div>
  </div>
 </div>
</div>"""},
    api="""
(function () { var state = null;
  __replica.listeners.push(function (name) { state = name === 'chose_accept'; });
  window.Didomi = { notice: { isVisible: function () { return __replica.shown; } },
    setUserAgreeToAll: function () { __replica.commit('chose_accept'); },
    setUserDisagreeToAll: function () { __replica.commit('chose_reject'); },
    getCurrentUserStatus: function () { return { purposes: { cookies: { id: 'cookies', enabled: !!state },
                                                             advertising: { id: 'advertising', enabled: !!state } } }; },
    getUserConsentStatusForAll: function () { return state === null ? { purposes: { enabled: [], disabled: [] } }
      : (state ? { purposes: { enabled: ['cookies', 'advertising'], disabled: [] } } : { purposes: { enabled: [], disabled: ['cookies', 'advertising'] } }); } };
  window.didomiOnReady = window.didomiOnReady || [];
  window.didomiOnReady.forEach(function (fn) { try { fn(window.Didomi); } catch (e) {} }); })();""",
    note="Didomi's centred modal over a backdrop: 'Continuer sans accepter →' as a link top right.")

# --------------------------------------------------------------------------- Quantcast / InMobi Choice (TCF v2.2)
QUANTCAST = Replica(
    "inmobi-choice-news.test", "InMobi Choice (Quantcast Choice)", "en",
    ("cmp.inmobi.com", "/choice/p-Ab3XyZ9k/inmobi-choice-news.test/choice.js"),
    attrs='type="text/javascript" async',
    config={
        "delay": 1200, "lockScroll": True,
        "cookies": [["euconsent-v2", "CQJ1xAAQJ1xAAAKA1AENBSFsAP_gAEPgAAwIKZNV_G__bWlr8X73aftkeY1P9_h77sQxBhfJE-4FzLvW_JwXx2ExNA36tqIKmRIAu3bBIQNlGJDUTVCgaogVryDMaE2coTNKJ6BkiFMRM2dYCF5vm4tj-QKY5vr991dx2B-t7dr83dzyy4hHn3a5_2S0WJCdA5-tDfv9bROb-9IOd_x8v4v8_F_rE2_eT1l_tWvp7D9-cts7_XW89_fff_9Ln_-uB_-_2CSgAAAAA",
                     "CQJ1xAAQJ1xAAAKA1AENBSFgAAAAAAAAAAwIAAAAAAAA"],
                    ["addtl_consent", "1~89.320.1421.1423.1659.1985.1987.2008.2072.2135.2322.2465.2501.2958.2999.3028.3225.3226.3231.3234.3235.3236.3237.3238.3240.3244.3245.3250.3251.3253.3257.3260.3270.3272.3281.3288.3290.3292.3293.3296.3299.3300.3306.3307.3309.3314.3315.3316.3318.3324.3328.3330.3331.3531.3731.3831.4131.4531.4631.4731.4831.5231.6931.7235.7831.7931.8931.9731.10231.10631.10831.11031.11531.12831.13632.13731.14237.14332.15731.16831.16931.21233.23031.25131.25731.25931.26031.26831.27731.27831.28031.28731.28831.29631.32531.33631.34231.34631.36831.39131.39531.40632.41131.41531.43631.43731.43831.45931.46131.46231.46531.46831.47231.47531.48131.49231.49331.49431.50831.51131.52831.53131.53731.55231", "1~"]],
        "css": "#qc-cmp2-container{font-family:Helvetica,Arial,sans-serif}"
               ".qc-cmp2-container-bg{position:fixed;inset:0;background:rgba(33,41,52,.75);z-index:2147483646;display:flex;align-items:center;justify-content:center}"
               "#qc-cmp2-ui{background:#fff;width:720px;max-height:80vh;overflow:auto;border-radius:5px;padding:24px 32px;color:#141e23}"
               ".qc-cmp2-summary-buttons,.qc-cmp2-buttons-desktop{display:flex;justify-content:flex-end;gap:12px;margin-top:16px}"
               "#qc-cmp2-ui button[mode]{font-weight:700;font-size:14px;letter-spacing:.1px;padding:12px 32px;border-radius:2px;cursor:pointer;text-transform:uppercase}"
               "#qc-cmp2-ui button[mode=primary]{background:#206dc5;color:#fff;border:1px solid #206dc5}"
               "#qc-cmp2-ui button[mode=secondary]{background:#fff;color:#206dc5;border:1px solid #206dc5}"
               ".qc-cmp2-toggle-switch{display:flex;justify-content:space-between;align-items:center;padding:6px 0;border-bottom:1px solid #eee}"
               ".qc-cmp2-toggle{width:40px;height:20px;border-radius:10px;border:0;background:#8c8c8c}"
               ".qc-cmp2-toggle[aria-checked=true]{background:#206dc5}"
               ".qc-cmp2-header-links{display:flex;gap:24px;margin:8px 0}"
               ".qc-cmp2-header-links button{background:none;border:0;color:#206dc5;font-weight:700;cursor:pointer}",
        "html": """
<div id="qc-cmp2-container" data-nosnippet="">
 <div class="qc-cmp2-container-bg" id="qc-cmp2-main" data-nosnippet="">
  <div id="qc-cmp2-ui" role="dialog" aria-label="qc-cmp2-ui" aria-modal="true" tabindex="0" class="css-mlfrxe">
   <div data-layer="1" class="qc-cmp2-summary-section">
    <div class="qc-cmp2-consent-info"></div>
    <h2 class="css-1v4sjxl">We value your privacy</h2>
    <div class="qc-cmp2-summary-info"><p>We and our <button class="qc-cmp2-link-inline" aria-pressed="false" role="link" tabindex="0" data-r="noop">partners</button> store and/or access information on a device, such as cookies and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, audience research and services development. With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our 1419 partners’ processing as described above. Alternatively you may access more detailed information and change your preferences before consenting or to refuse consenting. Please note that some processing of your personal data may not require your consent, but you have a right to object to such processing. Your preferences will apply to this website only. You can change your preferences or withdraw your consent at any time by returning to this site or visiting our privacy policy.</p></div>
    <div class="qc-cmp2-footer qc-cmp2-footer-overlay qc-cmp2-footer-scrolled">
     <div class="qc-cmp2-summary-buttons">
      <button mode="secondary" size="large" class=" css-47sehv" data-r="settings"><span>MORE OPTIONS</span></button>
      <button mode="primary" size="large" class=" css-47sehv" data-r="accept"><span>AGREE</span></button>
     </div>
    </div>
   </div>
   <div data-layer="2" style="display:none">
    <div class="qc-cmp2-consent-info">
     <h2>We value your privacy</h2>
     <p>You can set your consent preferences and determine how you want your data to be used based on the purposes below. You may set your preferences for us independently from those of third-party partners. Each purpose has a description so that you know how we and partners use your data.</p>
     <div class="qc-cmp2-header-links"><button mode="link" size="small" class="css-1kn0zg6" data-r="all-off">REJECT ALL</button><button mode="link" size="small" class="css-1kn0zg6" data-r="all-on">ACCEPT ALL</button></div>
    </div>
    <div class="qc-cmp2-scrollable-section">
     <h3>Purposes (consent)</h3>
     <div class="qc-cmp2-toggle-switch"><span>Store and/or access information on a device</span><button role="switch" aria-checked="false" aria-label="Consent toggle" class="qc-cmp2-toggle"></button></div>
     <div class="qc-cmp2-toggle-switch"><span>Use limited data to select advertising</span><button role="switch" aria-checked="false" aria-label="Consent toggle" class="qc-cmp2-toggle"></button></div>
     <div class="qc-cmp2-toggle-switch"><span>Create profiles for personalised advertising</span><button role="switch" aria-checked="false" aria-label="Consent toggle" class="qc-cmp2-toggle"></button></div>
     <h3>Purposes (legitimate interest)</h3>
     <div class="qc-cmp2-toggle-switch"><span>Use limited data to select advertising</span><button role="switch" aria-checked="true" data-kind="li" aria-label="Legitimate interest toggle" class="qc-cmp2-toggle"></button></div>
     <div class="qc-cmp2-toggle-switch"><span>Measure advertising performance</span><button role="switch" aria-checked="true" data-kind="li" aria-label="Legitimate interest toggle" class="qc-cmp2-toggle"></button></div>
     <div class="qc-cmp2-toggle-switch"><span>Develop and improve services</span><button role="switch" aria-checked="true" data-kind="li" aria-label="Legitimate interest toggle" class="qc-cmp2-toggle"></button></div>
    </div>
    <div class="qc-cmp2-footer">
     <div class="qc-cmp2-buttons-desktop"><button mode="primary" size="large" class=" css-47sehv" data-r="save"><span>SAVE &amp; EXIT</span></button></div>
    </div>
   </div>
  </div>
 </div>
</div>"""},
    api="""
window.__tcfapi = function (cmd, version, callback) {
  if (cmd === 'ping') callback({ gdprApplies: true, cmpLoaded: true, cmpStatus: 'loaded', displayStatus: __replica.shown ? 'visible' : 'hidden', apiVersion: '2.2', cmpVersion: 54, cmpId: 10, gvlVersion: 80, tcfPolicyVersion: 5 }, true);
};""",
    refuse=("chose_selection_none",),
    note="Hard case (a): AGREE / MORE OPTIONS only; in settings, REJECT ALL only switches the consent toggles off "
         "(legitimate-interest toggles stay pre-ticked) and SAVE & EXIT saves. A full refusal is every toggle off, "
         "then SAVE & EXIT: chose_selection_none.")

# ----------------------------------------------------------------------------- Sourcepoint (cross-origin iframe)
SP_FRAME = "/index.html"
SOURCEPOINT = Replica(
    "sourcepoint-zeitung.test", "Sourcepoint", "de", ("cdn.privacy-mgmt.com", "/wrapperMessagingWithoutDetection.js"),
    head="<script>window._sp_queue=[];window._sp_={config:{accountId:1234,baseEndpoint:'https://cdn.privacy-mgmt.com',"
         "gdpr:{}}};</script>",
    config={
        "delay": 600, "lockScroll": True,
        "cookies": [["consentUUID", "b3c6f1a2-9d8e-4f7a-8b6c-5d4e3f2a1b0c_30", "b3c6f1a2-9d8e-4f7a-8b6c-5d4e3f2a1b0c_30"],
                    ["euconsent-v2", "CQJ1xAAQJ1xAAAGABBENBSFsAP_gAEPgAAwIKZNV_G__bWlr8X73aftkeY1P9_h77sQxBhfJE-4FzLvW_JwXx2ExNA36tqIKmRIAu3bBIQNlGJDUTVCgaogVryDMaE2coTNKJ6BkiFMRM2dYCF5vm4tj-QKY5vr991dx2B",
                     "CQJ1xAAQJ1xAAAGABBENBSFgAAAAAAAAAAwIAAAAAAAA"]],
        "css": ".sp-message-container{position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.55);display:flex;align-items:center;justify-content:center}"
               ".sp-message-container iframe{width:620px;height:460px;border:0;border-radius:6px;background:#fff}",
        "html": '<div id="sp_message_container_912345" class="sp-message-container sp-message-container-912345">'
                '<iframe id="sp_message_iframe_912345" title="SP Consent Message" '
                'src="http://cdn.privacy-mgmt.com/index.html?message_id=912345&amp;consentUUID=b3c6f1a2-9d8e-4f7a-8b6c-5d4e3f2a1b0c'
                '&amp;consent_origin=https%3A%2F%2Fcdn.privacy-mgmt.com%2Fconsent%2Ftcfv2&amp;preload_message=true&amp;version=v1">'
                '</iframe></div>'},
    frame=("cdn.privacy-mgmt.com", SP_FRAME, {
        "mount": "body",
        "css": "body{margin:0;font:15px/1.45 Arial,sans-serif;color:#222}.message{padding:24px 28px}"
               ".message-row{display:flex;gap:10px;justify-content:flex-end;margin-top:18px;flex-wrap:wrap}"
               ".message-button{border:0;border-radius:3px;padding:11px 20px;font-weight:700;cursor:pointer}"
               ".sp_choice_type_11{background:#00457c;color:#fff}.sp_choice_type_12,.sp_choice_type_13{background:#e8e8e8;color:#222}",
        "html": """
<div class="message type-modal" id="notice" role="dialog" aria-label="Datenschutzhinweis" lang="de">
 <div class="message-component message-row"><p class="message-component message-text"><strong>Wir brauchen Ihre Zustimmung</strong></p></div>
 <div class="message-component message-text"><p>Wir und unsere 174 Partner verwenden Cookies und andere Technologien, um Informationen auf einem Gerät zu speichern und/oder abzurufen. Mit Ihrer Zustimmung verarbeiten wir personenbezogene Daten wie Ihre IP-Adresse und Ihr Surfverhalten für personalisierte Anzeigen und Inhalte, Anzeigen- und Inhaltsmessungen, Erkenntnisse über Zielgruppen und Produktentwicklungen. Sie können Ihre Einwilligung jederzeit über den Link „Privatsphäre“ am Ende jeder Seite widerrufen.</p></div>
 <div class="message-component message-row">
  <button title="Einstellungen" aria-label="Einstellungen" class="message-component message-button no-children focusable sp_choice_type_12" data-r="noop">Einstellungen</button>
  <button title="Ablehnen" aria-label="Ablehnen" class="message-component message-button no-children focusable sp_choice_type_13" data-r="reject">Ablehnen</button>
  <button title="Alle akzeptieren" aria-label="Alle akzeptieren" class="message-component message-button no-children focusable sp_choice_type_11 last-focusable-el" data-r="accept">Alle akzeptieren</button>
 </div>
</div>"""}),
    note="Hard case (b): Sourcepoint's message is a cross-origin iframe from cdn.privacy-mgmt.com (every control "
         "inside it, the page is told by postMessage).")

# ---------------------------------------------------------------------------------------------------- TrustArc
TRUSTARC = Replica(
    "trustarc-corp.test", "TrustArc", "en", ("consent.trustarc.com", "/notice"),
    attrs='async="async" crossorigin=""',
    head='<div id="consent_blackbar"></div><div id="teconsent"></div>',
    config={
        "delay": 1800,
        "cookies": [["notice_preferences", "2:", "0:"], ["notice_gdpr_prefs", "0,1,2:", "0:"],
                    ["notice_behavior", "expressed,eu", "expressed,eu"], ["TAconsentID", "7a1b2c3d-4e5f", "7a1b2c3d-4e5f"]],
        "css": "#truste-consent-track{position:fixed;bottom:0;left:0;right:0;z-index:2147483647;background:#fff;border-top:1px solid #ccc;"
               "box-shadow:0 -3px 8px rgba(0,0,0,.15);font:14px/1.5 Arial,sans-serif;color:#333;padding:16px 40px}"
               "#truste-consent-content{display:flex;gap:24px;align-items:center}"
               "#truste-consent-buttons{display:flex;gap:8px;flex-shrink:0}"
               ".truste-button1,.truste-button2,.truste-button3{border-radius:4px;padding:10px 16px;font-weight:700;cursor:pointer}"
               ".truste-button1{background:#0066cc;color:#fff;border:1px solid #0066cc}"
               ".truste-button2,.truste-button3{background:#fff;color:#0066cc;border:1px solid #0066cc}",
        "html": """
<div id="truste-consent-track" role="alertdialog" aria-labelledby="truste-cookie-banner-title" style="display:block">
 <div id="truste-consent-content">
  <div id="truste-consent-text"><span id="truste-cookie-banner-title" style="font-weight:700">We use cookies</span><br>This site uses cookies and related technologies, as described in our <a href="/privacy" target="_blank" id="truste-privacy-button">privacy statement</a>, for purposes that may include site operation, analytics, enhanced user experience, or advertising. You may choose to consent to our use of these technologies, or manage your own preferences.</div>
  <div id="truste-consent-buttons" class="truste-consent-buttons">
   <button id="truste-show-consent" class="truste-button2" type="button" data-r="noop">Manage Preferences</button>
   <button id="truste-consent-required" class="truste-button3" type="button" data-r="necessary">Required Only</button>
   <button id="truste-consent-button" class="truste-button1" type="button" data-r="accept">Accept All</button>
  </div>
 </div>
</div>"""},
    api="""
window.truste = { eu: { bindMap: { prefCookie: undefined, feat: { consentResolution: true } },
  clickListener: function () {} }, util: { readCookie: function () { return null; } } };
__replica.listeners.push(function (name) { truste.eu.bindMap.prefCookie = name === 'chose_accept' ? '2' : '0'; });""",
    refuse=("chose_necessary",),
    note="TrustArc's bottom bar: Manage Preferences / Required Only / Accept All.")

# ---------------------------------------------------------------------------------------------------- iubenda
IUBENDA = Replica(
    "iubenda-rivista.test", "iubenda", "it", ("cdn.iubenda.com", "/cs/iubenda_cs.js"),
    head='<script type="text/javascript">var _iub=_iub||[];_iub.csConfiguration={"askConsentAtCookiePolicyUpdate":true,'
         '"perPurposeConsent":true,"siteId":3456789,"cookiePolicyId":87654321,"lang":"it",'
         '"banner":{"acceptButtonDisplay":true,"closeButtonRejects":true,"customizeButtonDisplay":true,'
         '"explicitWithdrawal":true,"position":"float-bottom-center","rejectButtonDisplay":false}};</script>',
    attrs='type="text/javascript" charset="UTF-8" async',
    config={
        "delay": 700,
        "cookies": [["_iub_cs-87654321", '{"timestamp":"2026-12-01T10:00:00.000Z","version":"1.70.0","purposes":{"1":true,"3":true,"4":true,"5":true},"id":87654321,"cons":{"rand":"a1b2c3"}}',
                     '{"timestamp":"2026-12-01T10:00:00.000Z","version":"1.70.0","purposes":{"1":true,"3":false,"4":false,"5":false},"id":87654321,"cons":{"rand":"a1b2c3"}}']],
        "css": "#iubenda-cs-banner{position:fixed;z-index:99999998;left:0;right:0;bottom:16px;display:flex;justify-content:center;font-family:Helvetica,Arial,sans-serif}"
               ".iubenda-cs-container{position:relative;max-width:900px;background:#fff;color:#222;border-radius:6px;box-shadow:0 8px 48px rgba(0,0,0,.25);padding:24px 48px 20px 24px;font-size:14px}"
               ".iubenda-cs-close-btn{position:absolute;top:12px;right:12px;background:none;border:0;font-size:22px;line-height:1;cursor:pointer;color:#222}"
               ".iubenda-cs-opt-group{display:flex;justify-content:space-between;margin-top:16px}"
               ".iubenda-cs-opt-group button{border-radius:64px;padding:10px 24px;font-weight:700;cursor:pointer;border:0}"
               ".iubenda-cs-customize-btn{background:#dadada;color:#222}.iubenda-cs-accept-btn{background:#0073ce;color:#fff}"
               "#iubenda-iframe{position:fixed;inset:0;z-index:99999999;background:rgba(0,0,0,.5);display:flex;align-items:center;justify-content:center}"
               "#iubenda-iframe-content{background:#fff;width:640px;padding:24px;border-radius:6px}"
               ".purposes-item{display:flex;justify-content:space-between;padding:8px 0;border-bottom:1px solid #eee}"
               ".iub-toggle{width:40px;height:22px;border-radius:11px;border:0;background:#ccc}.iub-toggle[aria-checked=true]{background:#0073ce}"
               "#iubFooterBtnContainer{display:flex;justify-content:space-between;margin-top:16px}",
        "html": """
<div id="iubenda-cs-banner" class="iubenda-cs-default-floating iubenda-cs-bottom iubenda-cs-center iubenda-cs-visible" role="alertdialog" aria-labelledby="iubenda-cs-title" aria-describedby="iubenda-cs-paragraph">
 <div class="iubenda-cs-container" data-layer="1">
  <div class="iubenda-cs-content">
   <div class="iubenda-cs-rationale">
    <button type="button" class="iubenda-cs-close-btn" tabindex="0" role="button" aria-pressed="false" aria-label="Chiudi questa informativa" data-r="reject"><svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><path d="M1 1l12 12M13 1L1 13" stroke="#222" stroke-width="2"/></svg></button>
    <div class="iubenda-banner-content" role="document">
     <div id="iubenda-cs-title">Informativa</div>
     <div id="iubenda-cs-paragraph"><p class="iub-p">Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per “interazioni e funzionalità semplici”, “miglioramento dell'esperienza”, “misurazione” e “targeting e pubblicità” come specificato nella <a href="/privacy-policy/87654321/cookie-policy?an=no&amp;s_ck=false&amp;newmarkup=yes" class="iubenda-cs-cookie-policy-lnk" target="_blank" rel="noopener">cookie policy</a>.</p><p class="iub-p">Puoi liberamente prestare, rifiutare o revocare il tuo consenso, in qualsiasi momento, accedendo al pannello delle preferenze.</p><p class="iub-p">Usa il pulsante “Accetta” per acconsentire. Chiudi questa informativa per continuare senza accettare.</p></div>
    </div>
    <div class="iubenda-cs-opt-group" role="group">
     <div class="iubenda-cs-opt-group-custom"><button class="iubenda-cs-customize-btn" tabindex="0" role="button" aria-pressed="false" data-r="settings">Scopri di più e personalizza</button></div>
     <div class="iubenda-cs-opt-group-consent"><button class="iubenda-cs-accept-btn iubenda-cs-btn-primary" tabindex="0" role="button" aria-pressed="false" data-r="accept">Accetta</button></div>
    </div>
   </div>
  </div>
 </div>
 <div id="iubenda-iframe" data-layer="2" data-display="flex" style="display:none" role="dialog" aria-label="Preferenze">
  <div id="iubenda-iframe-content">
   <h2 id="iub-pmp-title">Le tue preferenze relative al consenso per le tecnologie di tracciamento</h2>
   <p>Le opzioni disponibili in questa sezione ti permettono di personalizzare le preferenze relative al consenso per qualsiasi tecnologia di tracciamento utilizzata per le finalità descritte di seguito.</p>
   <div class="purposes-header-right"><button class="iub-btn iub-btn-reject" data-r="all-off">Rifiuta tutti</button> <button class="iub-btn iub-btn-consent" data-r="all-on">Accetta tutti</button></div>
   <div class="purposes-item"><span>Interazioni e funzionalità semplici</span><button role="switch" aria-checked="false" class="iub-toggle" aria-label="Interazioni e funzionalità semplici"></button></div>
   <div class="purposes-item"><span>Miglioramento dell'esperienza</span><button role="switch" aria-checked="false" class="iub-toggle" aria-label="Miglioramento dell'esperienza"></button></div>
   <div class="purposes-item"><span>Misurazione</span><button role="switch" aria-checked="false" class="iub-toggle" aria-label="Misurazione"></button></div>
   <div class="purposes-item"><span>Targeting e Pubblicità</span><button role="switch" aria-checked="false" class="iub-toggle" aria-label="Targeting e Pubblicità"></button></div>
   <div id="iubFooterBtnContainer"><button class="iub-btn" data-r="back">Indietro</button><button id="iubFooterBtn" class="iub-btn iub-btn-primary" data-r="save">Salva e continua</button></div>
  </div>
 </div>
</div>"""},
    api="""
window._iub = window._iub || []; _iub.cs = { api: { isConsentGiven: function () { return __replica.choices.indexOf('chose_accept') >= 0; },
  isConsentRejected: function () { return __replica.choices.length > 0 && __replica.choices.indexOf('chose_accept') < 0; } },
  consent: {} };""",
    refuse=("chose_reject", "chose_selection_none"),
    note="Hard case (c): iubenda with rejectButtonDisplay false and closeButtonRejects true: the refusal on the "
         "first layer is only the icon × labelled 'Chiudi questa informativa' (the notice says closing continues "
         "without accepting); the preferences panel's 'Rifiuta tutti' only switches purposes off before "
         "'Salva e continua'.")

# ---------------------------------------------------------------------------------------------------- Axeptio
AXEPTIO = Replica(
    "axeptio-boutique.test", "Axeptio", "fr", ("static.axept.io", "/sdk.js"),
    head='<script>window.axeptioSettings={clientId:"6512a3b4c5d6e7f8a9b0c1d2",cookiesVersion:"boutique-fr",'
         'googleConsentMode:{default:{analytics_storage:"denied",ad_storage:"denied"}}};</script>',
    attrs='async',
    config={
        "delay": 2000, "mount": "shadow",
        "outer": '<div id="axeptio_overlay" class="axeptio_mount" style="position:fixed;z-index:2147483647;bottom:16px;left:16px">'
                 '<div class="needsclick" data-shadow-host></div></div>',
        "cookies": [["axeptio_cookies", '{"$$token":"q1w2e3r4t5y6","$$date":"2026-12-01T10:00:00.000Z","$$cookiesVersion":{"name":"boutique-fr","identifier":"6512"},"google_analytics":true,"facebook_pixel":true,"$$googleConsentMode":{"version":2,"analytics_storage":"granted","ad_storage":"granted"},"$$completed":true}',
                     '{"$$token":"q1w2e3r4t5y6","$$date":"2026-12-01T10:00:00.000Z","$$cookiesVersion":{"name":"boutique-fr","identifier":"6512"},"google_analytics":false,"facebook_pixel":false,"$$googleConsentMode":{"version":2,"analytics_storage":"denied","ad_storage":"denied"},"$$completed":true}'],
                    ["axeptio_authorized_vendors", ",google_analytics,facebook_pixel,", ",,"],
                    ["axeptio_all_vendors", ",google_analytics,facebook_pixel,", ",google_analytics,facebook_pixel,"]],
        "css": ".axeptio_widget{width:380px;background:#fff;border-radius:16px;box-shadow:0 8px 40px rgba(0,0,0,.25);font:14px/1.45 'Source Sans Pro',Arial,sans-serif;color:#212121;overflow:hidden}"
               ".ax-header{padding:12px 20px;display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #eee}"
               ".ax-body{padding:16px 20px}.ax-title{font-size:22px;font-weight:700;margin:0 0 8px}"
               ".ax-footer{display:flex;gap:8px;padding:0 20px 16px}"
               ".ax-footer button{flex:1;border-radius:8px;padding:10px 6px;font-weight:700;cursor:pointer;border:1px solid #e0e0e0;background:#f6f6f6;color:#212121}"
               "#axeptio_btn_acceptAll{background:#212121;color:#fff}"
               ".ax-vendor{display:flex;justify-content:space-between;padding:6px 0;border-bottom:1px solid #eee}",
        "html": """
<div class="axeptio_widget axeptio-widget--open" role="dialog" aria-labelledby="axeptio_main_title" lang="fr">
 <div class="ax-header"><span class="ax-logo">🍪 Boutique</span><a href="https://www.axeptio.eu/fr/home" target="_blank" rel="noopener" class="ax-poweredBy">Consentements certifiés par <b>axeptio</b></a></div>
 <div data-layer="1">
  <div class="ax-body">
   <h2 id="axeptio_main_title" class="ax-title">Ce site utilise des cookies&nbsp;!</h2>
   <p id="axeptio_main_description">Bonjour, nous utilisons des cookies pour mesurer l'audience de notre boutique et vous proposer des publicités personnalisées. Certains sont nécessaires au fonctionnement du site, d'autres ne sont déposés qu'avec votre accord. Vous pouvez changer d'avis à tout moment.</p>
  </div>
  <div class="ax-footer">
   <button id="axeptio_btn_dismiss" class="ax-discardButton ButtonGroup__BtnStyle-sc" type="button" data-r="reject">Non merci</button>
   <button id="axeptio_btn_configure" class="ax-configureButton ButtonGroup__BtnStyle-sc" type="button" data-r="settings">Je choisis</button>
   <button id="axeptio_btn_acceptAll" class="ax-acceptButton ButtonGroup__BtnStyle-sc" type="button" data-r="accept">OK pour moi</button>
  </div>
 </div>
 <div data-layer="2" style="display:none">
  <div class="ax-body"><h2 class="ax-title">Mesure d'audience et publicité</h2>
   <div class="ax-vendor"><span>Google Analytics</span><input type="checkbox" role="switch" id="axeptio_cookie_google_analytics" aria-label="Google Analytics"></div>
   <div class="ax-vendor"><span>Facebook Pixel</span><input type="checkbox" role="switch" id="axeptio_cookie_facebook_pixel" aria-label="Facebook Pixel"></div>
  </div>
  <div class="ax-footer"><button type="button" class="ax-previousButton" data-r="back">Précédent</button><button type="button" id="axeptio_btn_next" class="ax-nextButton" data-r="save">Terminé</button></div>
 </div>
</div>"""},
    api="""
window._axcb = window._axcb || []; window.openAxeptioCookies = function () {};""",
    note="Axeptio's widget bottom-left in the open shadow root of .axeptio_mount .needsclick, after 2 s: "
         "'Non merci' / 'Je choisis' / 'OK pour moi'.")

# ---------------------------------------------------------------------------------------------------- CookieYes
COOKIEYES = Replica(
    "cookieyes-tienda.test", "CookieYes", "es", ("cdn-cookieyes.com", "/client_data/5f3e2d1c0b9a8f7e6d5c4b3a/script.js"),
    attrs='id="cookieyes" type="text/javascript"',
    config={
        "delay": 0,
        "cookies": [["cookieyes-consent", "consentid:ZmZlN2Q5,consent:yes,action:yes,necessary:yes,functional:yes,analytics:yes,performance:yes,advertisement:yes,other:yes",
                     "consentid:ZmZlN2Q5,consent:no,action:yes,necessary:yes,functional:no,analytics:no,performance:no,advertisement:no,other:no"]],
        "css": ".cky-consent-container{position:fixed;width:440px;bottom:40px;left:40px;z-index:9999999;box-sizing:border-box;font-family:inherit}"
               ".cky-consent-bar{background:#fff;border:1px solid #f4f4f4;padding:20px 26px;box-shadow:0 -1px 10px 0 #acabab4d;border-radius:6px;color:#212121}"
               ".cky-title{font-weight:700;font-size:18px;margin:0 0 12px}.cky-notice-des{font-size:14px;line-height:24px}"
               ".cky-notice-btn-wrapper{display:flex;justify-content:space-between;margin-top:16px;gap:8px}"
               ".cky-btn{flex:auto;font-size:14px;font-weight:500;line-height:24px;padding:8px;border-radius:2px;cursor:pointer;border:2px solid #1863dc;background:transparent;color:#1863dc}"
               ".cky-btn-accept{background:#1863dc;color:#fff}"
               ".cky-modal{position:fixed;inset:0;display:flex;align-items:center;justify-content:center;background:rgba(0,0,0,.4);z-index:10000000}"
               ".cky-preference-center{background:#fff;width:600px;padding:20px;border-radius:6px}"
               ".cky-accordion{display:flex;justify-content:space-between;padding:8px 0;border-bottom:1px solid #eee}",
        "html": """
<div class="cky-consent-container cky-box-bottom-left" tabindex="0" role="region" aria-label="Valoramos tu privacidad">
 <div class="cky-consent-bar" data-cky-tag="notice" style="border-color:#f4f4f4;background-color:#FFFFFF" data-layer="1">
  <div class="cky-notice">
   <p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">Valoramos tu privacidad</p>
   <div class="cky-notice-group">
    <div class="cky-notice-des" data-cky-tag="description"><p>Utilizamos cookies para mejorar su experiencia de navegación, mostrarle anuncios o contenidos personalizados y analizar nuestro tráfico. Al hacer clic en “Aceptar todo”, usted da su consentimiento a nuestro uso de las cookies.</p></div>
    <div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
     <button class="cky-btn cky-btn-customize" aria-label="Personalizar" data-cky-tag="settings-button" data-r="settings">Personalizar</button>
     <button class="cky-btn cky-btn-reject" aria-label="Rechazar todo" data-cky-tag="reject-button" data-r="reject">Rechazar todo</button>
     <button class="cky-btn cky-btn-accept" aria-label="Aceptar todo" data-cky-tag="accept-button" data-r="accept">Aceptar todo</button>
    </div>
   </div>
  </div>
 </div>
 <div class="cky-modal cky-modal-open" tabindex="-1" data-layer="2" data-display="flex" style="display:none">
  <div class="cky-preference-center" role="dialog" aria-modal="true" aria-label="Personalizar las preferencias de consentimiento" data-cky-tag="detail">
   <span class="cky-preference-title" role="heading" aria-level="1" data-cky-tag="detail-title">Personalizar las preferencias de consentimiento</span>
   <div class="cky-accordion"><span>Necesaria</span><span class="cky-always-active">Siempre activas</span></div>
   <div class="cky-accordion"><span>Funcional</span><input type="checkbox" id="ckySwitchfunctional" role="switch" aria-label="Habilitar Funcional"></div>
   <div class="cky-accordion"><span>Analítica</span><input type="checkbox" id="ckySwitchanalytics" role="switch" aria-label="Habilitar Analítica"></div>
   <div class="cky-accordion"><span>Publicitaria</span><input type="checkbox" id="ckySwitchadvertisement" role="switch" aria-label="Habilitar Publicitaria"></div>
   <div class="cky-footer-wrapper"><button class="cky-btn cky-btn-reject" data-cky-tag="detail-reject-button" data-r="reject">Rechazar todo</button> <button class="cky-btn cky-btn-preferences" data-cky-tag="detail-save-button" data-r="save">Guardar mis preferencias</button> <button class="cky-btn cky-btn-accept" data-cky-tag="detail-accept-button" data-r="accept">Aceptar todo</button></div>
  </div>
 </div>
</div>"""},
    note="CookieYes' box bottom-left, Spanish, shown at once.")

# ------------------------------------------------------------------------------- Borlabs Cookie 2 (WordPress, self-hosted)
BORLABS = Replica(
    "borlabs-handwerk.test", "Borlabs Cookie", "de",
    (None, "/wp-content/plugins/borlabs-cookie/assets/javascript/borlabs-cookie.min.js"),
    head="<script>var borlabsCookieConfig={\"ajaxURL\":\"/wp-admin/admin-ajax.php\",\"language\":\"de\","
         "\"animation\":\"1\",\"cookieName\":\"borlabs-cookie\",\"cookieVersion\":\"1\",\"showCookieBox\":\"1\"};</script>",
    attrs='id="borlabs-cookie-js"',
    config={
        "delay": 0, "lockScroll": True,
        "cookies": [["borlabs-cookie", '{"consents":{"essential":["borlabs-cookie"],"statistics":["google-analytics"],"marketing":["facebook-pixel"],"external-media":["youtube","googlemaps"]},"domainPath":"borlabs-handwerk.test/","expires":"Wed, 01 Dec 2027 10:00:00 GMT","uid":"k2j3h4g5-f6d7s8a9","version":"1"}',
                     '{"consents":{"essential":["borlabs-cookie"]},"domainPath":"borlabs-handwerk.test/","expires":"Wed, 01 Dec 2027 10:00:00 GMT","uid":"k2j3h4g5-f6d7s8a9","version":"1"}']],
        "css": "#BorlabsCookieBox ._brlbs-box-wrap{position:fixed;inset:0;z-index:999999;background:rgba(0,0,0,.7);display:flex;align-items:center;justify-content:center;font:14px/1.5 Arial,sans-serif}"
               "#BorlabsCookieBox ._brlbs-box{background:#fff;width:520px;border-radius:4px;padding:24px;color:#555}"
               "#BorlabsCookieBox ._brlbs-h3{font-size:20px;font-weight:700;color:#555}"
               "#BorlabsCookieBox ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:12px}"
               "#BorlabsCookieBox ._brlbs-btn{display:block;text-align:center;padding:10px 20px;border-radius:4px;background:#f7f7f7;color:#555;text-decoration:none;margin:6px 0;font-weight:700}"
               "#BorlabsCookieBox ._brlbs-btn-accept-all{background:#00a319;color:#fff}"
               "#BorlabsCookieBox ._brlbs-refuse,#BorlabsCookieBox ._brlbs-manage{text-align:center;margin:4px 0}"
               "#BorlabsCookieBox ._brlbs-refuse a,#BorlabsCookieBox ._brlbs-manage a{color:#888;font-size:12px}"
               "#BorlabsCookieBox ._brlbs-legal{text-align:center;font-size:12px}",
        "html": """
<div data-nosnippet>
 <div id="BorlabsCookieBox" class="BorlabsCookie" role="dialog" aria-labelledby="CookieBoxTextHeadline" aria-describedby="CookieBoxTextDescription" aria-modal="true">
  <div class="middle-center" style="display:block">
   <div class="_brlbs-box-wrap">
    <div class="_brlbs-box _brlbs-box-advanced">
     <div class="cookie-box" data-layer="1">
      <div class="container"><div class="row"><div class="col-12"><div class="_brlbs-flex-center">
       <span role="heading" aria-level="3" class="_brlbs-h3" id="CookieBoxTextHeadline">Datenschutzeinstellungen</span></div>
       <p id="CookieBoxTextDescription"><span class="_brlbs-paragraph _brlbs-text-description">Wir benötigen Ihre Zustimmung, bevor Sie unsere Website weiter besuchen können.</span> <span class="_brlbs-paragraph _brlbs-text-confirm-age">Wenn Sie unter 16 Jahre alt sind und Ihre Zustimmung zu freiwilligen Diensten geben möchten, müssen Sie Ihre Erziehungsberechtigten um Erlaubnis bitten.</span> <span class="_brlbs-paragraph _brlbs-text-technology">Wir verwenden Cookies und andere Technologien auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern.</span> <span class="_brlbs-paragraph _brlbs-text-personal-data">Personenbezogene Daten können verarbeitet werden (z. B. IP-Adressen), z. B. für personalisierte Anzeigen und Inhalte oder Anzeigen- und Inhaltsmessung.</span> <span class="_brlbs-paragraph _brlbs-text-revoke">Sie können Ihre Auswahl jederzeit unter Einstellungen widerrufen oder anpassen.</span></p>
       <fieldset><legend class="sr-only">Datenschutzeinstellungen</legend>
        <ul>
         <li><label class="_brlbs-checkbox">Essenziell<input id="checkbox-essential" tabindex="0" type="checkbox" name="cookieGroup[]" value="essential" checked disabled data-borlabs-cookie-checkbox><span class="_brlbs-checkbox-indicator"></span></label></li>
         <li><label class="_brlbs-checkbox">Statistiken<input id="checkbox-statistics" tabindex="0" type="checkbox" name="cookieGroup[]" value="statistics" checked data-borlabs-cookie-checkbox><span class="_brlbs-checkbox-indicator"></span></label></li>
         <li><label class="_brlbs-checkbox">Marketing<input id="checkbox-marketing" tabindex="0" type="checkbox" name="cookieGroup[]" value="marketing" checked data-borlabs-cookie-checkbox><span class="_brlbs-checkbox-indicator"></span></label></li>
         <li><label class="_brlbs-checkbox">Externe Medien<input id="checkbox-external-media" tabindex="0" type="checkbox" name="cookieGroup[]" value="external-media" checked data-borlabs-cookie-checkbox><span class="_brlbs-checkbox-indicator"></span></label></li>
        </ul></fieldset>
       <p class="_brlbs-accept"><a href="#" tabindex="0" role="button" class="_brlbs-btn _brlbs-btn-accept-all _brlbs-cursor" data-cookie-accept-all data-r="accept">Alle akzeptieren</a></p>
       <p class="_brlbs-accept"><a href="#" tabindex="0" role="button" id="CookieBoxSaveButton" class="_brlbs-btn _brlbs-cursor" data-cookie-accept data-r="save">Speichern</a></p>
       <p class="_brlbs-refuse-btn _brlbs-refuse"><a href="#" tabindex="0" role="button" class="_brlbs-cursor" data-cookie-refuse data-r="necessary">Nur essenzielle Cookies akzeptieren</a></p>
       <p class="_brlbs-manage-btn _brlbs-manage"><a href="#" tabindex="0" role="button" class="_brlbs-cursor" data-cookie-individual data-r="settings">Individuelle Datenschutzeinstellungen</a></p>
       <p class="_brlbs-legal"><a href="#" tabindex="0" role="button" class="_brlbs-cursor" data-cookie-individual data-r="settings">Cookie-Details</a><span class="_brlbs-separator"></span><a tabindex="0" href="/datenschutz/">Datenschutzerklärung</a><span class="_brlbs-separator"></span><a tabindex="0" href="/impressum/">Impressum</a></p>
      </div></div></div>
     </div>
     <div class="cookie-preference" data-layer="2" style="display:none">
      <span role="heading" aria-level="3" class="_brlbs-h3">Datenschutzeinstellungen</span>
      <p>Hier finden Sie eine Übersicht über alle verwendeten Cookies. Sie können Ihre Einwilligung zu ganzen Kategorien geben oder sich weitere Informationen anzeigen lassen und so nur bestimmte Cookies auswählen.</p>
      <div class="_brlbs-btn-switch-status">Statistiken <input type="checkbox" id="borlabs-cookie-group-statistics" checked data-borlabs-cookie-checkbox aria-label="Statistiken"></div>
      <div class="_brlbs-btn-switch-status">Marketing <input type="checkbox" id="borlabs-cookie-group-marketing" checked data-borlabs-cookie-checkbox aria-label="Marketing"></div>
      <div class="_brlbs-btn-switch-status">Externe Medien <input type="checkbox" id="borlabs-cookie-group-external-media" checked data-borlabs-cookie-checkbox aria-label="Externe Medien"></div>
      <p><a href="#" id="CookiePrefSave" tabindex="0" role="button" class="_brlbs-btn _brlbs-cursor" data-r="save">Speichern</a></p>
      <p><a href="#" tabindex="0" role="button" class="_brlbs-btn _brlbs-btn-accept-all _brlbs-cursor" data-cookie-accept-all data-r="accept">Alle akzeptieren</a></p>
      <p class="_brlbs-refuse"><a href="#" class="_brlbs-cursor" tabindex="0" role="button" data-cookie-back data-r="back">Zurück</a></p>
     </div>
    </div>
   </div>
  </div>
 </div>
</div>"""},
    api="""
window.BorlabsCookie = { checkCookieConsent: function () { return __replica.choices.indexOf('chose_accept') >= 0; } };""",
    refuse=("chose_necessary",),
    note="Hard case (d): Borlabs Cookie 2's box — every control an <a href=\"#\" role=\"button\">, groups "
         "pre-ticked, 'Alle akzeptieren' / 'Speichern' (saves the ticked groups) / the text link "
         "'Nur essenzielle Cookies akzeptieren'.")

# ---------------------------------------------------------------------------------------------------- Klaro
KLARO = Replica(
    "klaro-gemeente.test", "Klaro", "nl", ("cdn.jsdelivr.net", "/npm/klaro@0.7.22/dist/klaro.js"),
    head="<script>var klaroConfig={version:1,elementID:'klaro',storageMethod:'cookie',cookieName:'klaro',"
         "default:false,mustConsent:false,acceptAll:true,hideDeclineAll:false,lang:'nl',"
         "services:[{name:'matomo',purposes:['analytics']},{name:'youtube',purposes:['marketing']}]};</script>",
    attrs='defer data-config="klaroConfig" type="application/javascript"',
    config={
        "delay": 300,
        "cookies": [["klaro", '{"matomo":true,"youtube":true}', '{"matomo":false,"youtube":false}']],
        "css": ".klaro .cookie-notice:not(.cookie-modal-notice){position:fixed;z-index:999;bottom:20px;right:20px;width:400px;"
               "background:#333;color:#fff;border-radius:4px;box-shadow:0 4px 6px rgba(0,0,0,.2);font:14px/1.4 sans-serif}"
               ".klaro .cn-body{padding:16px}.klaro .cn-ok{display:flex;justify-content:space-between;align-items:center;margin-top:12px}"
               ".klaro .cm-btn{border:0;border-radius:4px;padding:6px 10px;margin-left:6px;color:#fff;cursor:pointer}"
               ".klaro .cm-btn-success{background:#1a936f}.klaro .cm-btn-danger{background:#555}"
               ".klaro .cm-link{color:#fff;text-decoration:underline}"
               ".klaro .cookie-modal{position:fixed;inset:0;z-index:1000;background:rgba(0,0,0,.5);display:flex;align-items:center;justify-content:center}"
               ".klaro .cm-modal{background:#333;color:#fff;width:640px;padding:16px;border-radius:4px}"
               ".klaro .cm-purpose{padding:6px 0}",
        "html": """
<div class="klaro" id="klaro">
 <div class="cookie-notice" data-layer="1" role="dialog" aria-describedby="id-cookie-notice" aria-labelledby="id-cookie-title">
  <div class="cn-body">
   <p id="id-cookie-notice">Hallo! Kunnen we wat extra diensten inschakelen voor Analytics &amp; Marketing? U kunt uw toestemming later altijd wijzigen of intrekken.</p>
   <div class="cn-ok">
    <a class="cm-link cn-learn-more" href="#" data-r="settings">Laat me kiezen</a>
    <div class="cn-buttons">
     <button class="cm-btn cm-btn-danger cn-decline" type="button" data-r="reject">Ik weiger</button>
     <button class="cm-btn cm-btn-success" type="button" data-r="accept">Dat is ok</button>
    </div>
   </div>
  </div>
 </div>
 <div class="cookie-modal" data-layer="2" data-display="flex" style="display:none">
  <div class="cm-modal cm-klaro">
   <div class="cm-header"><h1 class="title" id="id-cookie-title">Diensten die we willen gebruiken</h1>
    <p>Hier kunt u de diensten die wij op deze website willen gebruiken beoordelen en aanpassen. U heeft het laatste woord! Schakel de diensten in of uit zoals u dat wilt.</p></div>
   <div class="cm-body">
    <ul class="cm-purposes">
     <li class="cm-purpose"><input id="purpose-item-analytics" type="checkbox" class="cm-list-input"><label for="purpose-item-analytics" class="cm-list-label">Analytics</label></li>
     <li class="cm-purpose"><input id="purpose-item-marketing" type="checkbox" class="cm-list-input"><label for="purpose-item-marketing" class="cm-list-label">Marketing</label></li>
    </ul>
   </div>
   <div class="cm-footer"><div class="cm-footer-buttons">
    <button class="cm-btn cm-btn-decline cm-btn-danger cn-decline" type="button" data-r="reject">Ik weiger</button>
    <button class="cm-btn cm-btn-success cm-btn-info cm-btn-accept" type="button" data-r="save">Geselecteerde accepteren</button>
    <button class="cm-btn cm-btn-success cm-btn-accept-all" type="button" data-r="accept">Alles accepteren</button>
   </div></div>
  </div>
 </div>
</div>"""},
    api="""
(function () { var consents = { matomo: false, youtube: false };
  var manager = { config: window.klaroConfig, consents: consents, confirmed: false,
    changeAll: function (v) { consents.matomo = consents.youtube = !!v; },
    saveAndApplyConsents: function () { manager.confirmed = true; __replica.commit(consents.matomo || consents.youtube ? 'chose_accept' : 'chose_reject'); },
    getConsent: function (n) { return !!consents[n]; } };
  window.klaro = { show: function () { __replica.layer(2); }, getManager: function () { return manager; } }; })();""",
    note="Klaro's notice bottom-right, Dutch defaults: 'Dat is ok' / 'Ik weiger' / 'Laat me kiezen'. Klaro's own "
         "decline handler is changeAll(false) + saveAndApplyConsents(), which the API imitation does too.")

# ---------------------------------------------------------------------------------------------------- Termly
TERMLY = Replica(
    "termly-saas.test", "Termly", "en", ("app.termly.io", "/embed.min.js"),
    attrs='type="text/javascript" data-auto-block="on" data-website-uuid="3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f"',
    config={
        "delay": 900,
        "cookies": [],
        "css": "#termly-code-snippet-support>div{position:fixed;bottom:0;left:0;right:0;z-index:999999;background:#fff;"
               "box-shadow:0 -2px 10px rgba(0,0,0,.2);font:14px/1.5 Roboto,Arial,sans-serif;color:#4a4a4a;padding:16px 32px}"
               ".t-bannerButtons{display:flex;gap:10px;justify-content:flex-end;align-items:center}"
               ".t-bannerButtons button{border-radius:4px;padding:10px 24px;font-weight:600;cursor:pointer}"
               "[data-tid=banner-accept]{background:#3766d1;color:#fff;border:1px solid #3766d1}"
               "[data-tid=banner-decline]{background:#fff;color:#3766d1;border:1px solid #3766d1}"
               ".t-preference-button{background:none;border:0;color:#3766d1;text-decoration:underline}"
               ".t-preference-modal{position:fixed;inset:0;background:rgba(0,0,0,.5);display:flex;align-items:center;justify-content:center;z-index:1000000}"
               ".t-preference-modal>div{background:#fff;width:600px;padding:24px;border-radius:6px}",
        "html": """
<div id="termly-code-snippet-support">
 <div class="termly-styles-module-root-f61419 termly-styles-root-e4a6a2" data-layer="1" role="alertdialog" aria-label="Cookie banner" data-tid="banner">
  <div class="termly-styles-message-e1e6e1 t-description">We use essential cookies to make our site work. With your consent, we may also use non-essential cookies to improve user experience and analyze website traffic. By clicking “Accept,” you agree to our website's cookie use as described in our <a href="/cookie-policy" class="termly-styles-cookiePolicyLink">Cookie Policy</a>. You can change your cookie settings at any time by clicking “<button class="t-preference-button termly-styles-preferences-link" data-testid="preferences-link" data-r="settings">Preferences</button>.”</div>
  <div class="termly-styles-buttons-a4c1e8 t-bannerButtons">
   <button class="t-declineButton termly-styles-button-a4543c" data-tid="banner-decline" data-r="reject">Decline</button>
   <button class="t-acceptAllButton termly-styles-button-a4543c" data-tid="banner-accept" data-r="accept">Accept</button>
  </div>
 </div>
 <div class="t-preference-modal" data-layer="2" data-display="flex" style="display:none" role="dialog" aria-label="Preference Center">
  <div><h2>Preference Center</h2><p>When you visit websites, they may store or retrieve data in your browser. This storage is often necessary for the basic functionality of the website.</p>
   <label><input type="checkbox" checked disabled> Essential</label><br>
   <label><input type="checkbox" name="performance"> Performance and Functionality</label><br>
   <label><input type="checkbox" name="analytics"> Analytics and Customization</label><br>
   <label><input type="checkbox" name="advertising"> Advertising</label>
   <div class="t-bannerButtons"><button class="t-declineAllButton" data-r="reject">Decline All</button><button class="t-saveButton" data-r="save">Save Preferences</button><button class="t-acceptAllButton" data-r="accept">Accept All</button></div>
  </div>
 </div>
</div>"""},
    api="""
window.Termly = { getConsentState: function () { var a = __replica.choices.indexOf('chose_accept') >= 0;
  return { essential: true, performance: a, analytics: a, advertising: a, social_networking: a, unclassified: a }; } };
__replica.listeners.push(function (name) { try { localStorage.setItem('TERMLY_API_CACHE', JSON.stringify({ TERMLY_COOKIE_CONSENT: { value: { consentState: { advertising: name === 'chose_accept' } } } })); } catch (e) {} });""",
    note="Termly's bottom banner: the 'Preferences' link is written into the notice's sentence.")

# ---------------------------------------------------------------------------------------- Civic Cookie Control v9
CIVIC = Replica(
    "civic-council.test", "Civic Cookie Control", "en", ("cc.cdn.civiccomputing.com", "/9/cookieControl-9.x.min.js"),
    attrs='type="text/javascript"',
    config={
        "delay": 1000,
        "cookies": [["CookieControl", '{"necessaryCookies":[],"optionalCookies":{"analytics":"accepted","marketing":"accepted"},"statement":{},"consentDate":1733061600000,"consentExpiry":90,"interactedWith":true,"user":"9F8E7D6C-5B4A-3C2D-1E0F-A9B8C7D6E5F4"}',
                     '{"necessaryCookies":[],"optionalCookies":{"analytics":"revoked","marketing":"revoked"},"statement":{},"consentDate":1733061600000,"consentExpiry":90,"interactedWith":true,"user":"9F8E7D6C-5B4A-3C2D-1E0F-A9B8C7D6E5F4"}']],
        "css": "#ccc{font:15px/1.5 Arial,sans-serif}"
               "#ccc-notify{position:fixed;bottom:0;left:0;right:0;z-index:2147483647;background:#313147;color:#fff;padding:16px 32px;display:flex;align-items:center;justify-content:space-between;gap:24px}"
               "#ccc-notify h3{margin:0 0 4px;font-size:16px;color:#fff}"
               ".ccc-notify-buttons{display:flex;gap:8px;flex-shrink:0}"
               ".ccc-notify-button{border-radius:4px;padding:10px 18px;font-weight:700;cursor:pointer;border:2px solid #fff;background:transparent;color:#fff}"
               "#ccc-notify-accept{background:#fff;color:#313147}"
               "#ccc-module{position:fixed;top:0;bottom:0;left:0;width:420px;z-index:2147483647;background:#313147;color:#fff;padding:24px;overflow:auto}"
               "#ccc-module .ccc-button{border-radius:4px;padding:10px 18px;font-weight:700;cursor:pointer;border:2px solid #fff;background:transparent;color:#fff;margin:4px}"
               ".optional-cookie{border-top:1px solid #555;padding:10px 0}",
        "html": """
<div id="ccc" role="region" aria-label="Cookie preferences">
 <div id="ccc-notify" class="ccc-notify__notify ccc-notify__bottom" role="region" aria-label="Cookie Control" data-layer="1" data-display="flex">
  <div class="ccc-notify-text"><h3>This site uses cookies to store information on your computer.</h3><p>Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site is being used.</p></div>
  <div class="ccc-notify-buttons">
   <button id="ccc-notify-accept" class="ccc-notify-button ccc-link ccc-tabbable ccc-accept-button" data-r="accept"><span>Accept</span></button>
   <button class="ccc-notify-button ccc-link ccc-tabbable ccc-notify-link" data-r="settings"><span>Cookie Preferences</span></button>
  </div>
 </div>
 <div id="ccc-module" class="ccc-module--slideout ccc-module--left" role="dialog" aria-labelledby="ccc-title" data-layer="2" style="display:none">
  <div id="ccc-content">
   <h2 id="ccc-title">This site uses cookies to store information on your computer.</h2>
   <p id="ccc-intro">Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site is being used.</p>
   <div class="ccc-content--dark"><button id="ccc-recommended-settings" class="ccc-button ccc-link ccc-tabbable ccc-accept-button" data-r="accept"><span>Accept Recommended Settings</span></button><button id="ccc-reject-settings" class="ccc-button ccc-link ccc-tabbable ccc-reject-button" data-r="reject"><span>Reject All</span></button></div>
   <h3 id="ccc-necessary-title">Necessary Cookies</h3><p id="ccc-necessary-description">Necessary cookies enable core functionality such as page navigation and access to secure areas. The website cannot function properly without these cookies, and can only be disabled by changing your browser preferences.</p>
   <div id="ccc-optional-categories">
    <div class="optional-cookie"><h3 class="optional-cookie-header">Analytical Cookies</h3><div class="checkbox-toggle"><input class="checkbox-toggle-input" type="checkbox" id="analytics" role="switch" aria-label="Analytical Cookies"></div><p>Analytical cookies help us to improve our website by collecting and reporting information on its usage.</p></div>
    <div class="optional-cookie"><h3 class="optional-cookie-header">Marketing Cookies</h3><div class="checkbox-toggle"><input class="checkbox-toggle-input" type="checkbox" id="marketing" role="switch" aria-label="Marketing Cookies"></div><p>We use marketing cookies to help us improve the relevancy of advertising campaigns you receive.</p></div>
   </div>
   <button id="ccc-dismiss-button" class="ccc-button ccc-link ccc-tabbable" data-r="save"><span>Save and Close</span></button>
  </div>
 </div>
</div>"""},
    api="""
window.CookieControl = { getCategoryConsent: function () { return __replica.choices.indexOf('chose_accept') >= 0; },
  hide: function () { __replica.hide(); }, open: function () { __replica.layer(2); } };""",
    note="Civic Cookie Control v9: the notify bar has Accept / Cookie Preferences; 'Reject All' is only in the "
         "slide-out module (the refusal on the second layer).")

# ---------------------------------------------------------------------------------------------------- Cookie Script
COOKIESCRIPT = Replica(
    "cookiescript-sklep.test", "Cookie Script", "pl", ("cdn.cookie-script.com", "/s/0f1e2d3c4b5a69788796a5b4c3d2e1f0.js"),
    attrs='type="text/javascript" charset="UTF-8"',
    config={
        "delay": 500,
        "cookies": [["CookieScriptConsent", '{"bannershown":1,"action":"accept","consenttime":1733061600,"categories":"[\\"performance\\",\\"targeting\\",\\"functionality\\"]","key":"5e6f7a8b"}',
                     '{"bannershown":1,"action":"reject","consenttime":1733061600,"categories":"[]","key":"5e6f7a8b"}']],
        "css": "#cookiescript_injected{position:fixed;left:0;right:0;bottom:0;z-index:999997;background:#fff;color:#4f4f4f;"
               "font:13px/1.5 Arial,sans-serif;padding:14px 24px;box-shadow:0 0 8px #00000055;display:flex;flex-direction:column}"
               "#cookiescript_header{font-weight:700;font-size:15px;color:#202020;margin-bottom:4px}"
               "#cookiescript_checkboxs{display:flex;gap:18px;margin:8px 0}"
               "#cookiescript_buttons{display:flex;gap:8px}"
               ".cookiescript_btn{padding:8px 16px;border-radius:4px;cursor:pointer;font-weight:700;text-transform:uppercase;font-size:11px}"
               "#cookiescript_accept{background:#3dae63;color:#fff}#cookiescript_reject{background:#fff;color:#3dae63;border:1px solid #3dae63}"
               "#cookiescript_save{background:#3dae63;color:#fff}"
               "#cookiescript_manage_wrap{margin-top:6px}#cookiescript_manage{color:#3dae63;cursor:pointer;font-size:11px}",
        "html": """
<div id="cookiescript_injected" tabindex="0" role="dialog" aria-labelledby="cookiescript_header" aria-describedby="cookiescript_description" data-layer="1" data-display="flex">
 <div id="cookiescript_header">Ta strona korzysta z plików cookie</div>
 <div id="cookiescript_description">Ta strona korzysta z plików cookie, aby poprawić komfort użytkowania. Korzystając z naszej witryny, wyrażasz zgodę na wszystkie pliki cookie zgodnie z naszą Polityką plików cookie. <a id="cookiescript_readmore" href="/polityka-cookies" target="_blank">Czytaj więcej</a></div>
 <div id="cookiescript_checkboxs">
  <div class="cookiescript_checkbox"><input type="checkbox" class="cookiescript_checkbox_input" id="cookiescript_category_strict" value="strict" checked disabled><label for="cookiescript_category_strict" class="cookiescript_checkbox_label">Ściśle niezbędne</label></div>
  <div class="cookiescript_checkbox"><input type="checkbox" class="cookiescript_checkbox_input" id="cookiescript_category_performance" value="performance" data-cookiescript="checkbox-input"><label for="cookiescript_category_performance" class="cookiescript_checkbox_label">Wydajnościowe</label></div>
  <div class="cookiescript_checkbox"><input type="checkbox" class="cookiescript_checkbox_input" id="cookiescript_category_targeting" value="targeting" data-cookiescript="checkbox-input"><label for="cookiescript_category_targeting" class="cookiescript_checkbox_label">Targetujące</label></div>
  <div class="cookiescript_checkbox"><input type="checkbox" class="cookiescript_checkbox_input" id="cookiescript_category_functionality" value="functionality" data-cookiescript="checkbox-input"><label for="cookiescript_category_functionality" class="cookiescript_checkbox_label">Funkcjonalne</label></div>
 </div>
 <div id="cookiescript_buttons">
  <div id="cookiescript_save" tabindex="0" role="button" class="cookiescript_btn" data-cs-i18n-text="Zapisz i zamknij" style="display:none" data-r="save">Zapisz i zamknij</div>
  <div id="cookiescript_accept" tabindex="0" role="button" class="cookiescript_btn" data-r="accept">Zaakceptuj wszystkie</div>
  <div id="cookiescript_reject" tabindex="0" role="button" class="cookiescript_btn" data-r="reject">Odrzuć wszystkie</div>
 </div>
 <div id="cookiescript_manage_wrap" tabindex="0" role="button"><div id="cookiescript_manage"><span id="cookiescript_managetext">Pokaż szczegóły</span></div></div>
</div>"""},
    api="""
window.CookieScript = { instance: { currentState: function () { return { action: __replica.choices.indexOf('chose_accept') >= 0 ? 'accept' : 'reject', categories: [] }; },
  acceptAllAction: function () { __replica.commit('chose_accept'); }, rejectAllAction: function () { __replica.commit('chose_reject'); } } };""",
    note="Cookie-Script's bottom bar, Polish; its buttons are <div role=\"button\">.")

# ------------------------------------------------------------------------------------------------- consentmanager.net
CONSENTMANAGER = Replica(
    "consentmanager-noticias.test", "consentmanager.net", "es", ("cdn.consentmanager.net", "/delivery/autoblocking/b1a2c3d4e5f6.js"),
    attrs='type="text/javascript" data-cmp-ab="1" data-cmp-host="delivery.consentmanager.net" data-cmp-cdn="cdn.consentmanager.net" data-cmp-codesrc="16"',
    config={
        "delay": 1400, "lockScroll": True,
        "cookies": [["__cmpconsentx54321", "CQJ1xAAQJ1xAAAfbKBENBSFsAP_gAEPgAAwIKZNV_G__bWlr8X73aftkeY1P9_h77sQxBhfJE-4FzLvW_JwXx2ExNA36tqIKmRIAu3bBIQNlGJDUTVCgaogVryDMaE2coTNKJ6BkiFMRM2dYCF5vm4tj",
                     "CQJ1xAAQJ1xAAAfbKBENBSFgAAAAAAAAAAwIAAAAAAAA"],
                    ["__cmpcccx54321", "aBQJ1xAAgAAAAAAA", "aBQJ1xAAgAAAAAAA"]],
        "css": "#cmpwrapper{font:14px/1.5 Arial,sans-serif}"
               "#cmpbox{position:fixed;z-index:2147483646;top:50%;left:50%;transform:translate(-50%,-50%);width:640px;background:#fff;color:#333;border-radius:5px;padding:24px;box-shadow:0 0 20px rgba(0,0,0,.4)}"
               "#cmpbox2{position:fixed;inset:0;background:rgba(0,0,0,.5);z-index:2147483645}"
               ".cmpboxbtns{display:flex;gap:10px;justify-content:flex-end;margin-top:16px}"
               ".cmpboxbtn{display:inline-block;padding:10px 20px;border-radius:4px;text-decoration:none;font-weight:700;background:#e8e8e8;color:#333}"
               ".cmpboxbtnyes{background:#0d8b1c;color:#fff}"
               ".cmpboxbtncustom{background:none;color:#666;text-decoration:underline}"
               ".cmpboxnaviitem{display:flex;justify-content:space-between;border-bottom:1px solid #eee;padding:6px 0}",
        "html": """
<div id="cmpwrapper" class="cmpwrapper">
 <div id="cmpbox2" class="cmpbox2 cmpboxbg"></div>
 <div id="cmpbox" class="cmpbox cmpstyleroot cmpBoxWelcome" role="dialog" aria-modal="true" aria-labelledby="cmpboxheadline" lang="es">
  <div class="cmpboxinner" data-layer="1">
   <div class="cmpboxcontent" id="cmpboxcontent">
    <div class="cmpboxtxt cmptxt_txt" id="cmpboxtxt"><h2 id="cmpboxheadline" class="cmpboxhl">Utilizamos cookies</h2><p>Nosotros y nuestros socios utilizamos cookies y tecnologías similares para almacenar y acceder a información en su dispositivo, como identificadores únicos, con fines de publicidad y contenido personalizados, medición de publicidad y contenido, investigación de audiencias y desarrollo de servicios. Puede aceptar o rechazar todas estas finalidades, o ajustar sus preferencias, en cualquier momento a través del enlace «Configuración de privacidad» al pie de la página.</p></div>
   </div>
   <div class="cmpboxbtns" id="cmpboxbtns">
    <a class="cmpboxbtn cmpboxbtncustom cmptxt_btn_custom" href="#" role="button" tabindex="0" data-r="settings">Personalizar las opciones</a>
    <a class="cmpboxbtn cmpboxbtnno cmptxt_btn_no" href="#" role="button" tabindex="0" data-r="reject">Rechazar todo</a>
    <a class="cmpboxbtn cmpboxbtnyes cmptxt_btn_yes" href="#" role="button" tabindex="0" data-r="accept">Aceptar todo</a>
   </div>
  </div>
  <div class="cmpboxinner cmpBoxCustom" data-layer="2" style="display:none">
   <h2 class="cmpboxhl">Configuración de privacidad</h2>
   <div class="cmpboxnaviitem"><span>Almacenar y/o acceder a información en un dispositivo</span><a href="#" role="switch" aria-checked="false" class="cmpvendorbutton" aria-label="Almacenar"></a></div>
   <div class="cmpboxnaviitem"><span>Publicidad y contenido personalizados</span><a href="#" role="switch" aria-checked="false" class="cmpvendorbutton" aria-label="Publicidad"></a></div>
   <div class="cmpboxbtns"><a class="cmpboxbtn cmpboxbtnno" href="#" role="button" data-r="reject">Rechazar todo</a><a class="cmpboxbtn cmpboxbtnsave cmptxt_btn_save" href="#" role="button" data-r="save">Guardar y salir</a><a class="cmpboxbtn cmpboxbtnyes" href="#" role="button" data-r="accept">Aceptar todo</a></div>
  </div>
 </div>
</div>"""},
    api="""
window.__cmp = function (cmd, arg) {
  if (cmd === 'getCMPData') return { consentExists: __replica.choices.length > 0, gdprApplies: true, id: 54321 };
  if (cmd === 'consentStatus') return { userChoiceExists: __replica.choices.length > 0 };
  if (cmd === 'setConsent') { __replica.commit(arg ? 'chose_accept' : 'chose_reject'); return true; }
  return null; };""",
    note="consentmanager.net's centred box: controls are <a href=\"#\" role=\"button\">; the API the autoconsent "
         "rule calls (__cmp('setConsent', 0|1)) is the same as the buttons.")

# --------------------------------------------------------------------------------- Google Funding Choices (CMP)
FUNDING = Replica(
    "fundingchoices-blog.test", "Google Funding Choices", "en", ("fundingchoicesmessages.google.com", "/i/pub-6391273845109437"),
    attrs='async',
    config={
        "delay": 2500, "lockScroll": True,
        "cookies": [["FCCDCF", '[null,null,null,null,null,null,[[32,"[\\"a1b2\\",[1733061600,0]]"]]]', '[null,null,null,null,null,null,[[32,"[\\"a1b2\\",[1733061600,0]]"]]]'],
                    ["FCNEC", '[["AKsRol8",null,null,[["fc",1]]]]', '[["AKsRol8",null,null,[["fc",0]]]]'],
                    ["euconsent-v2", "CQJ1xAAQJ1xAAEsACBENBSFsAP_gAEPgAAwIKZNV_G__bWlr8X73aftkeY1P9_h77sQxBhfJE-4FzLvW_JwXx2ExNA36tqIKmRIAu3bBIQNlGJDUTVCgaogVryDMaE2coTNKJ6BkiFMRM2dYCF5vm4tj",
                     "CQJ1xAAQJ1xAAEsACBENBSFgAAAAAAAAAAwIAAAAAAAA"]],
        "css": ".fc-consent-root{font-family:Roboto,Arial,sans-serif}"
               ".fc-dialog-overlay{position:fixed;inset:0;background:rgba(0,0,0,.5);z-index:2147483646}"
               ".fc-dialog-container{position:fixed;inset:0;display:flex;align-items:center;justify-content:center;z-index:2147483647}"
               ".fc-dialog{background:#fff;width:560px;max-height:90vh;overflow:auto;border-radius:8px;padding:24px 32px;color:#202124}"
               ".fc-dialog-headline-text{font-size:20px;font-weight:500}"
               ".fc-stacks{list-style:none;padding:0}.fc-stack-name{font-size:14px}"
               ".fc-footer-buttons{display:flex;flex-direction:column;gap:8px;margin-top:16px}"
               ".fc-button{border-radius:4px;padding:10px;font-weight:500;cursor:pointer;border:1px solid #dadce0;background:#fff;color:#1a73e8}"
               ".fc-primary-button{background:#1a73e8;color:#fff;border-color:#1a73e8}"
               ".fc-button p{margin:0}.fc-preference-container{display:flex;justify-content:space-between;padding:6px 0;border-bottom:1px solid #eee}",
        "html": """
<div class="fc-consent-root" dir="ltr" lang="en">
 <div class="fc-dialog-overlay"></div>
 <div class="fc-dialog-container" tabindex="0">
  <div class="fc-dialog fc-choice-dialog" role="dialog" aria-modal="true" aria-label="fundingchoices-blog.test asks for your consent to use your personal data to:">
   <div data-layer="1">
    <div class="fc-dialog-content">
     <div class="fc-dialog-headline"><h1 class="fc-dialog-headline-text fc-choice-dialog-header">fundingchoices-blog.test asks for your consent to use your personal data to:</h1></div>
     <div class="fc-dialog-body"><div class="fc-stacks fc-dialog-restrict-width">
      <div class="fc-stack"><span class="fc-stack-name">Personalised advertising and content, advertising and content measurement, audience research and services development</span></div>
      <div class="fc-stack"><span class="fc-stack-name">Store and/or access information on a device</span></div></div>
      <p class="fc-stacks-note">Your personal data will be processed and information from your device (cookies, unique identifiers, and other device data) may be stored by, accessed by and shared with 137 TCF vendor(s) and 69 ad partner(s), or used specifically by this site or app.</p>
      <p class="fc-stacks-note">Some vendors may process your personal data on the basis of legitimate interest, which you can object to by managing your options below. Look for a link at the bottom of this page or in our privacy policy where you can withdraw consent.</p>
     </div>
    </div>
    <div class="fc-footer-buttons-container"><div class="fc-footer-buttons">
     <button class="fc-button fc-cta-consent fc-primary-button" role="button" aria-label="Consent" tabindex="0" data-r="accept"><div class="fc-button-background"></div><p class="fc-button-label">Consent</p></button>
     <button class="fc-button fc-cta-do-not-consent fc-secondary-button" role="button" aria-label="Do not consent" tabindex="0" data-r="reject"><div class="fc-button-background"></div><p class="fc-button-label">Do not consent</p></button>
     <button class="fc-button fc-cta-manage-options fc-secondary-button" role="button" aria-label="Manage options" tabindex="0" data-r="settings"><div class="fc-button-background"></div><p class="fc-button-label">Manage options</p></button>
    </div></div>
   </div>
   <div data-layer="2" style="display:none" class="fc-preferences-dialog">
    <h1 class="fc-dialog-headline-text">Manage your data</h1>
    <p>You can choose how your personal data is used. Vendors want your permission to do the following:</p>
    <div class="fc-preference-container"><span>Store and/or access information on a device</span><label><input type="checkbox" class="fc-preference-consent" aria-label="Consent"></label></div>
    <div class="fc-preference-container"><span>Create profiles for personalised advertising</span><label><input type="checkbox" class="fc-preference-consent" aria-label="Consent"></label></div>
    <div class="fc-preference-container"><span>Measure advertising performance</span><label><input type="checkbox" class="fc-preference-legitimate-interest" data-kind="li" checked aria-label="Legitimate interest"></label></div>
    <div class="fc-footer-buttons"><button class="fc-button fc-confirm-choices fc-primary-button" data-r="save"><p class="fc-button-label">Confirm choices</p></button><button class="fc-button fc-data-preferences-accept-all fc-secondary-button" data-r="accept"><p class="fc-button-label">Accept all</p></button></div>
   </div>
  </div>
 </div>
</div>"""},
    api="""
window.googlefc = window.googlefc || {}; googlefc.callbackQueue = googlefc.callbackQueue || [];
window.__tcfapi = function (cmd, v, cb) { if (cmd === 'ping') cb({ gdprApplies: true, cmpLoaded: true, cmpStatus: 'loaded', displayStatus: __replica.shown ? 'visible' : 'hidden', apiVersion: '2.2', cmpId: 300 }, true); };""",
    note="Google's consent message (Funding Choices), shown 2.5 s after load over a backdrop; labels inside <p>.")

# ------------------------------------------------------------------------------------------ Cookie Information (da)
COOKIEINFORMATION = Replica(
    "cookieinformation-webshop.test", "Cookie Information", "da", ("policy.app.cookieinformation.com", "/uc.js"),
    attrs='id="CookieConsent" data-culture="DA" data-gcm-version="2.0" type="text/javascript"',
    config={
        "delay": 600, "lockScroll": True,
        "cookies": [["CookieInformationConsent", '{"website_uuid":"0a1b2c3d","timestamp":"2026-12-01T10:00:00.000Z","consent_url":"http://cookieinformation-webshop.test/","consent_website":"cookieinformation-webshop.test","consent_domain":"cookieinformation-webshop.test","user_uid":"e1f2a3b4","consents_approved":["cookie_cat_necessary","cookie_cat_functional","cookie_cat_statistic","cookie_cat_marketing","cookie_cat_unclassified"],"consents_denied":[],"user_agent":""}',
                     '{"website_uuid":"0a1b2c3d","timestamp":"2026-12-01T10:00:00.000Z","consent_url":"http://cookieinformation-webshop.test/","consent_website":"cookieinformation-webshop.test","consent_domain":"cookieinformation-webshop.test","user_uid":"e1f2a3b4","consents_approved":["cookie_cat_necessary"],"consents_denied":["cookie_cat_functional","cookie_cat_statistic","cookie_cat_marketing","cookie_cat_unclassified"],"user_agent":""}']],
        "css": "#coiOverlay{position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.5);display:flex;align-items:center;justify-content:center;font:14px/1.5 Arial,sans-serif}"
               ".coi-banner__wrapper{background:#fff;width:640px;border-radius:6px;padding:28px;color:#141414}"
               ".coi-banner__page-footer{display:flex;gap:8px;justify-content:flex-end;margin-top:16px}"
               ".coi-banner__accept,.coi-banner__decline{border-radius:4px;padding:10px 20px;font-weight:700;cursor:pointer;border:2px solid #2b5ee2;background:#fff;color:#2b5ee2}"
               "#coiBannerAcceptAll{background:#2b5ee2;color:#fff}"
               ".coi-consent-banner__categories-wrapper{display:flex;gap:16px;margin-top:12px}"
               ".coi-banner__details{background:none;border:0;color:#2b5ee2;text-decoration:underline;cursor:pointer}",
        "html": """
<div id="cookie-information-template-wrapper" role="dialog" lang="da">
 <div id="coiOverlay" class="coi-banner__overlay">
  <div class="coi-banner__wrapper" id="coi-banner-wrapper" role="dialog" aria-modal="true" aria-labelledby="coi-banner-title">
   <div class="coi-banner__page" data-layer="1">
    <h2 class="coi-banner__title" id="coi-banner-title">Denne hjemmeside bruger cookies</h2>
    <div class="coi-banner__text"><p class="coi-banner__summary">Vi bruger cookies til at tilpasse vores indhold og annoncer, til at vise dig funktioner til sociale medier og til at analysere vores trafik. Vi deler også oplysninger om din brug af vores hjemmeside med vores partnere inden for sociale medier, annonceringspartnere og analysepartnere. Vores partnere kan kombinere disse data med andre oplysninger, du har givet dem, eller som de har indsamlet fra din brug af deres tjenester.</p>
     <button type="button" class="coi-banner__details" data-r="noop" aria-label="Vis detaljer">Vis detaljer</button></div>
    <div class="coi-consent-banner__categories-wrapper">
     <div class="coi-consent-banner__category-container"><label for="cookie_cat_necessary">Nødvendige</label> <input type="checkbox" id="cookie_cat_necessary" class="coi-banner__checkbox" checked disabled></div>
     <div class="coi-consent-banner__category-container"><label for="cookie_cat_functional">Funktionelle</label> <input type="checkbox" id="cookie_cat_functional" class="coi-banner__checkbox"></div>
     <div class="coi-consent-banner__category-container"><label for="cookie_cat_statistic">Statistiske</label> <input type="checkbox" id="cookie_cat_statistic" class="coi-banner__checkbox"></div>
     <div class="coi-consent-banner__category-container"><label for="cookie_cat_marketing">Marketing</label> <input type="checkbox" id="cookie_cat_marketing" class="coi-banner__checkbox"></div>
    </div>
    <div class="coi-banner__page-footer">
     <button type="button" id="updateButton" class="coi-banner__accept coi-banner__accept--fixed-margin" aria-label="Accepter valgte" data-r="save">Accepter valgte</button>
     <button type="button" id="coiBannerAcceptAll" class="coi-banner__accept" aria-label="Accepter alle" data-r="accept">Accepter alle</button>
    </div>
   </div>
  </div>
 </div>
</div>"""},
    api="""
window.CookieInformation = { submitAllCategories: function () { __replica.commit('chose_accept'); },
  declineAllCategories: function () { __replica.commit('chose_reject'); },
  submitConsent: function () { __replica.choose('save'); },
  getConsentGivenFor: function (c) { return c === 'cookie_cat_necessary' || __replica.choices.indexOf('chose_accept') >= 0; } };""",
    refuse=("chose_selection_none", "chose_reject"),
    note="Hard case (e): Cookie Information's overlay, Danish, 'Accepter valgte' beside 'Accepter alle' and no "
         "refusal button; the categories start unticked, so 'Accepter valgte' is the refusal "
         "(chose_selection_none). The autoconsent rule calls CookieInformation.declineAllCategories() "
         "(chose_reject), which the real API offers too.")

# ---------------------------------------------------------------------------------------------------- HubSpot
HUBSPOT = Replica(
    "hubspot-agency.test", "HubSpot", "en", ("js.hs-scripts.com", "/7654321.js"),
    attrs='type="text/javascript" id="hs-script-loader" async defer',
    config={
        "delay": 1600,
        "cookies": [["__hs_opt_out", "no", "yes"], ["__hs_initial_opt_in", "true", "true"],
                    ["__hs_cookie_cat_pref", "1:true,2:true,3:true", "1:false,2:false,3:false"]],
        "css": "#hs-eu-cookie-confirmation{position:fixed;top:0;left:0;right:0;z-index:10000001;background:#fff;border-bottom:1px solid #cbd6e2;"
               "box-shadow:0 1px 5px 0 rgba(0,0,0,.2);font:14px/1.5 Helvetica,Arial,sans-serif;color:#33475b}"
               "#hs-eu-cookie-confirmation-inner{max-width:1000px;margin:0 auto;padding:20px}"
               "#hs-eu-confirmation-button,#hs-eu-decline-button{display:inline-block;margin:6px 8px 0 0;padding:10px 18px;border-radius:3px;"
               "font-weight:600;text-decoration:none;font-size:12px;line-height:1}"
               "#hs-eu-confirmation-button{background:#425b76;border:1px solid #425b76;color:#fff}"
               "#hs-eu-decline-button{border:1px solid #425b76;color:#425b76}"
               "#hs-eu-cookie-settings-button{color:#425b76;font-size:12px;margin-left:8px}",
        "html": """
<div id="hs-eu-cookie-confirmation" class="can-use-gradients" data-hs-banner-style="top" role="region" aria-label="Cookie banner">
 <div id="hs-eu-cookie-confirmation-inner">
  <div id="hs-en-cookie-confirmation-buttons-area"></div>
  <div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website and allow us to remember you. We use this information in order to improve and customize your browsing experience and for analytics and metrics about our visitors both on this website and other media. To find out more about the cookies we use, see our Privacy Policy.</p><p>If you decline, your information won’t be tracked when you visit this website. A single cookie will be used in your browser to remember your preference not to be tracked.</p></div>
  <div id="hs-eu-cookie-confirmation-button-group">
   <a id="hs-eu-confirmation-button" role="button" href="#" data-r="accept">Accept</a>
   <a id="hs-eu-decline-button" role="button" href="#" data-r="reject">Decline</a>
  </div>
 </div>
</div>"""},
    api="""
window._hsq = window._hsq || []; window._hsp = window._hsp || [];""",
    note="HubSpot's top banner: Accept / Decline are <a href=\"#\" role=\"button\">.")

# ------------------------------------------------------------------------------ Moove GDPR Cookie Compliance (sv)
MOOVE = Replica(
    "moove-cafe.test", "GDPR Cookie Compliance (Moove)", "sv",
    (None, "/wp-content/plugins/gdpr-cookie-compliance/dist/scripts/main.js"),
    head="<script>var moove_frontend_gdpr_scripts={\"ajaxurl\":\"/wp-admin/admin-ajax.php\",\"post_id\":\"2\","
         "\"plugin_dir\":\"/wp-content/plugins/gdpr-cookie-compliance\",\"show_icons\":\"all\",\"is_page\":\"1\","
         "\"ajax_cookie_removal\":\"false\",\"strict_init\":\"2\",\"enabled_default\":{\"third_party\":0,\"advanced\":0},"
         "\"geo_location\":\"false\",\"force_reload\":\"false\",\"is_single\":\"\",\"hide_save_btn\":\"false\","
         "\"current_user\":\"0\",\"cookie_expiration\":\"365\",\"script_delay\":\"2000\"};</script>",
    attrs="type='text/javascript' id='moove_gdpr_frontend-js'",
    config={
        "delay": 0,
        "cookies": [["moove_gdpr_popup", '{"strict":"1","thirdparty":"1","advanced":"1"}', '{"strict":"1","thirdparty":"0","advanced":"0"}']],
        "css": "#moove_gdpr_cookie_info_bar{position:fixed;bottom:0;left:0;right:0;z-index:9900;background:#202020;color:#fff;"
               "font:14px/1.5 Nunito,Arial,sans-serif;padding:16px 24px}"
               ".moove-gdpr-info-bar-container{display:flex;align-items:center;gap:24px;max-width:1140px;margin:0 auto}"
               ".moove-gdpr-button-holder{display:flex;gap:8px;flex-shrink:0}"
               ".mgbutton{border-radius:150px;padding:10px 24px;font-weight:700;cursor:pointer;border:0;background:#0c4da2;color:#fff}"
               ".moove-gdpr-infobar-reject-btn{background:#fff;color:#202020}"
               ".change-settings-button{background:none;border:0;color:#fff;text-decoration:underline;cursor:pointer;font-size:14px}"
               "#moove_gdpr_cookie_modal{position:fixed;inset:0;z-index:99999;background:rgba(0,0,0,.6);display:flex;align-items:center;justify-content:center}"
               ".moove-gdpr-modal-content{background:#fff;color:#202020;width:700px;padding:24px;border-radius:6px}",
        "html": """
<aside id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden moove-gdpr-align-center moove-gdpr-dark-scheme gdpr_infobar_postion_bottom" aria-label="GDPR-cookiebanner" style="display:block">
 <div class="moove-gdpr-info-bar-container" data-layer="1" data-display="flex">
  <div class="moove-gdpr-info-bar-content">
   <div class="moove-gdpr-cookie-notice"><p>Vi använder cookies för att ge dig den bästa möjliga upplevelsen. Cookie-information lagras i din webbläsare och utför funktioner som att känna igen dig när du återvänder till vår webbplats och hjälpa vårt team att förstå vilka delar av webbplatsen du tycker är mest intressanta och användbara.</p><p>Du kan justera alla dina cookie-inställningar genom att navigera på flikarna på vänster sida. <button data-href="#moove_gdpr_cookie_modal" class="change-settings-button" data-r="settings">Inställningar</button></p></div>
   <div class="moove-gdpr-button-holder">
    <button class="mgbutton moove-gdpr-infobar-allow-all gdpr-fbo-0" aria-label="Acceptera" role="button" data-r="accept">Acceptera</button>
    <button class="mgbutton moove-gdpr-infobar-reject-btn gdpr-fbo-1" aria-label="Avvisa" data-r="reject">Avvisa</button>
   </div>
  </div>
 </div>
 <div id="moove_gdpr_cookie_modal" class="gdpr_lightbox-wrap" data-layer="2" data-display="flex" style="display:none" role="dialog" aria-label="GDPR-inställningar">
  <div class="moove-gdpr-modal-content">
   <h3>Integritetsöversikt</h3>
   <p>Denna webbplats använder cookies så att vi kan ge dig den bästa möjliga användarupplevelsen.</p>
   <p><label><input type="checkbox" name="moove_gdpr_performance_cookies" id="moove_gdpr_performance_cookies" class="moove-gdpr-form-table"> Tredjepartscookies</label></p>
   <p><label><input type="checkbox" name="moove_gdpr_advanced_cookies" id="moove_gdpr_advanced_cookies"> Ytterligare cookies</label></p>
   <button class="mgbutton moove-gdpr-modal-allow-all button-visible" data-r="accept">Aktivera alla</button>
   <button class="mgbutton moove-gdpr-modal-reject-all button-visible" data-r="reject">Avvisa alla</button>
   <button class="mgbutton moove-gdpr-modal-save-settings button-visible" data-r="save">Spara ändringar</button>
  </div>
 </div>
</aside>"""},
    note="Moove's GDPR Cookie Compliance (WordPress) bar, Swedish translation, self-hosted.")

# ------------------------------------------------------------------------------- Jetpack EU Cookie Law widget
JETPACK = Replica(
    "jetpack-blog.test", "Jetpack EU Cookie Law Banner", "en",
    (None, "/wp-content/plugins/jetpack/_inc/build/widgets/eu-cookie-law/eu-cookie-law.min.js"),
    attrs="type='text/javascript' id='eu-cookie-law-script-js'",
    config={
        "delay": 0,
        "cookies": [["eucookielaw", "1764583200000", "1764583200000"]],
        "css": ".widget_eu_cookie_law_widget{position:fixed;bottom:1em;left:1em;right:1em;z-index:50001;}"
               "#eu-cookie-law{background:#fff;border:1px solid #dedede;color:#2e4467;font-size:12px;line-height:1.5;overflow:hidden;padding:6px 6px 6px 15px}"
               "#eu-cookie-law input.accept{background:#f3f3f3;border:1px solid #dedede;border-radius:4px;color:#2e4453;display:inline-block;float:right;font-size:14px;margin:0 0 0 5%;padding:8px 12px;cursor:pointer}",
        "html": """
<div class="widget widget_eu_cookie_law_widget">
 <div class="hide-on-button ads-active" data-hide-timeout="30" data-consent-expiration="180" id="eu-cookie-law">
  <form method="post" id="jetpack-eu-cookie-law-form">
   <input type="submit" value="Close and accept" class="accept" data-r="accept">
   Privacy &amp; Cookies: This site uses cookies. By continuing to use this website, you agree to their use.<br>
   To find out more, including how to control cookies, see here: <a href="https://automattic.com/cookies/" rel="nofollow">Cookie Policy</a>
  </form>
 </div>
</div>"""},
    refuse=(),
    errors={"refuse_to_all": "no_button_found"},
    note="The only control is 'Close and accept': refuse_to_all has nothing to click and must end "
         "no_button_found (choice._refuse: no refuse control and no settings), never a made choice.")


SITES: list[Replica] = [COOKIEBOT, USERCENTRICS, DIDOMI, QUANTCAST, SOURCEPOINT, TRUSTARC, IUBENDA, AXEPTIO,
                        COOKIEYES, BORLABS, KLARO, TERMLY, CIVIC, COOKIESCRIPT, CONSENTMANAGER, FUNDING,
                        COOKIEINFORMATION, HUBSPOT, MOOVE, JETPACK]
# The second held-out round (tests/cmp_replicas/round2.py): 16 more CMPs, none of the first round's.
from tests.cmp_replicas.round2 import ROUND2  # noqa: E402  (round2 needs Replica, defined above)

SITES += ROUND2
# The third held-out round (tests/cmp_replicas/round3.py): 18 more banners, none of the first two rounds'.
from tests.cmp_replicas.round3 import ROUND3  # noqa: E402

SITES += ROUND3
# The fourth held-out round (tests/cmp_replicas/round4.py): 16 more banners, none of the first three rounds'.
from tests.cmp_replicas.round4 import ROUND4  # noqa: E402

SITES += ROUND4
BY_HOST = {s.host: s for s in SITES}

LOREM = ("<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
         "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.</p>")


def _loader_source(config: dict[str, Any], api: str) -> str:
    return f"window.__REPLICA__ = {json.dumps(config)};\n{RUNTIME.read_text()}\n{api}\n"


def _write(root: Path, host: str, path: str, text: str) -> None:
    target = root / host / path.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text)
    if target.suffix in (".html", ".htm"):
        return
    # A CDN answers cross-origin script requests (TrustArc's snippet loads with crossorigin); an extensionless
    # loader URL, as TrustArc's and Google's are, still says it is JavaScript.
    headers = "Access-Control-Allow-Origin: *\n"
    if "." not in target.name:
        headers += "Content-Type: application/javascript; charset=utf-8\n"
    target.with_name(target.name + ".headers").write_text(headers)


def build(root: Path, sites: tuple[Replica, ...] | list[Replica] = tuple(SITES)) -> Path:
    """Write every replica under ``root``: one folder per host name (the site, its CMP's CDN, its frame)."""
    for site in sites:
        loader_host, loader_path = site.loader
        loader_host = loader_host or site.host
        _write(root, loader_host, loader_path, _loader_source(site.config, site.api))
        src = f"http://{loader_host}{loader_path}" if loader_host != site.host else loader_path
        if site.frame is not None:
            frame_host, frame_path, frame_config = site.frame
            frame_js = frame_path.rsplit("/", 1)[0] + "/replica-frame.js"
            _write(root, frame_host, frame_js, _loader_source(frame_config, ""))
            _write(root, frame_host, frame_path,
                   f'<!doctype html><html lang="{site.lang}"><head><meta charset="utf-8">'
                   f'<title>{htmlmod.escape(frame_config.get("title", "SP Consent Message"))}</title>'
                   f'</head><body><script src="{frame_js}"></script></body></html>')
        title = htmlmod.escape(site.host.split(".")[0].replace("-", " ").title())
        page = (f'<!doctype html><html lang="{site.lang}"><head><meta charset="utf-8">'
                f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>'
                f'{site.head}<script src="{src}" {site.attrs}></script></head>'
                f'<body><header><nav><a href="/">Home</a> <a href="/about.html">About</a></nav></header>'
                f'<main><h1>{title}</h1>{LOREM * 8}</main><footer><a href="/privacy.html">Privacy</a></footer></body></html>')
        _write(root, site.host, "/index.html", page)
        for host, path, text in site.files:
            target = root / host / path.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)
        _write(root, site.host, "/about.html", page.replace(f"<h1>{title}</h1>", "<h1>About</h1>"))
    return root
