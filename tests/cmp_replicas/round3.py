# ruff: noqa: E501  (the replicas hold real CMPs' markup and wording verbatim, one element a line)
"""Third held-out round: 18 more consent banners, none of rounds one and two's: OneTrust twice (a "Reject All"
banner in Dutch; the settings-only banner in English whose refusal is in the preference centre, behind
visually hidden checkboxes two of which start ticked, saved with "Confirm My Choices"), Complianz (Catalan),
Osano (Norwegian, purposes and "Lagre" on the first layer), tarteaucitron.js (French), Evidon/Crownpeak
(Spanish), the GOV.UK and NHS.UK banners (English; both stay on screen after the choice with a confirmation),
LiveRamp's Privacy Manager in a cross-origin iframe (Danish, refusal only in its settings, legitimate-interest
switches pre-ticked), and site-built banners: an Italian one whose "×" is the refusal the Garante's 2021
guidelines ask for, a Basque one whose controls are ``<span onclick>``, an Icelandic one of
``<input type=button>``, a Maltese one of ``<input type=image>`` in a script-written same-origin frame, an Irish
one of ``<div role=button>`` in a shadow root, a Polish ``<dialog>`` whose accept is "Przejdź do serwisu", a
British shop's "Yes, I'm happy" / "No thanks" links, and two where the right behaviour is a typed error: a
Swedish "Godkänn" beside a bare "✕" (nothing refuses: no_button_found) and a Danish implied-consent bar whose
only control is a close "×" (no consent choice at all: no_existing_or_clear_cmp).

Languages: nl, en, ca, no, fr, es, it, da, eu, is, mt, ga, pl, sv. Several banners appear 2-3.5 s after load.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.cmp_replicas import Replica
from tests.cmp_replicas.round2 import TCF_ACCEPT, TCF_REJECT, TCFAPI

# ------------------------------------------------------------------------------------------- OneTrust (shared)
OT_CSS = (
    "#onetrust-consent-sdk{font:14px/1.5 inherit;font-family:Arial,Helvetica,sans-serif;color:#2e2e2e}"
    "#onetrust-banner-sdk{position:fixed;bottom:0;left:0;right:0;z-index:2147483645;background:#fff;box-shadow:0 0 18px rgba(0,0,0,.2);padding:22px 5%}"
    "#onetrust-banner-sdk .ot-sdk-row{display:flex;gap:32px;align-items:center}"
    "#onetrust-group-container{flex:1}#onetrust-policy-title{font-size:16px;margin:0 0 6px}"
    "#onetrust-policy-text{font-size:13px;margin:0}"
    "#onetrust-button-group{display:flex;flex-direction:column;gap:10px;min-width:240px}"
    "#onetrust-banner-sdk button{font-weight:600;font-size:13px;padding:12px 10px;border-radius:2px;cursor:pointer;letter-spacing:.05em}"
    "#onetrust-accept-btn-handler,#onetrust-reject-all-handler{background:#0b5ca8;color:#fff;border:1px solid #0b5ca8}"
    "#onetrust-pc-btn-handler{background:#fff;color:#0b5ca8;border:1px solid #0b5ca8}"
    ".onetrust-pc-dark-filter{position:fixed;inset:0;background:rgba(0,0,0,.5);z-index:2147483646}"
    "#onetrust-pc-sdk{position:fixed;top:50%;left:50%;transform:translate(-50%,-50%);width:580px;max-width:calc(100vw - 24px);max-height:86vh;overflow:auto;"
    "background:#fff;z-index:2147483647;border-radius:5px;padding:20px 26px;box-sizing:border-box}"
    "#onetrust-pc-sdk .ot-pc-header{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #e9e9e9;padding-bottom:10px}"
    "#onetrust-pc-sdk #close-pc-btn-handler{width:28px;height:28px;border:0;background:none;font-size:22px;cursor:pointer}"
    "#onetrust-pc-sdk #ot-pc-title{font-size:18px;margin:12px 0 6px}#onetrust-pc-sdk #ot-pc-desc{font-size:12px}"
    "#onetrust-pc-sdk button.ot-pc-btn{background:#0b5ca8;color:#fff;border:1px solid #0b5ca8;font-weight:600;font-size:13px;padding:11px 22px;border-radius:2px;cursor:pointer;margin:6px 0}"
    "#onetrust-pc-sdk .ot-cat-item{border-bottom:1px solid #e9e9e9;padding:10px 0;position:relative}"
    "#onetrust-pc-sdk .ot-acc-hdr{display:flex;align-items:center;gap:10px}"
    "#onetrust-pc-sdk .ot-cat-header{flex:1;margin:0;font-size:14px}"
    "#onetrust-pc-sdk .ot-accordion-btn{position:absolute;top:0;left:0;right:90px;bottom:0;background:transparent;border:0;cursor:pointer}"
    "#onetrust-pc-sdk .ot-plus-minus{width:10px;height:10px;position:relative}"
    "#onetrust-pc-sdk .ot-plus-minus span{position:absolute;background:#555;left:0;top:4px;width:10px;height:2px}"
    "#onetrust-pc-sdk .ot-always-active{color:#0b5ca8;font-weight:700;font-size:12px}"
    "#onetrust-pc-sdk .ot-tgl{position:relative;z-index:1}"
    "#onetrust-pc-sdk .ot-tgl input{position:absolute;opacity:0;width:0;height:0;margin:0}"
    "#onetrust-pc-sdk .ot-switch{position:relative;display:inline-block;width:45px;height:25px;cursor:pointer;margin:0}"
    "#onetrust-pc-sdk .ot-switch-nob{position:absolute;inset:0;background:#767676;border-radius:46px;transition:all .2s}"
    "#onetrust-pc-sdk .ot-switch-nob:before{content:'';position:absolute;height:19px;width:19px;bottom:3px;left:3px;background:#fff;border-radius:100%;transition:.2s}"
    "#onetrust-pc-sdk .ot-tgl input:checked+.ot-switch .ot-switch-nob{background:#0b5ca8}"
    "#onetrust-pc-sdk .ot-tgl input:checked+.ot-switch .ot-switch-nob:before{transform:translateX(20px)}"
    "#onetrust-pc-sdk .ot-label-txt{display:none}"
    "#onetrust-pc-sdk .ot-pc-footer{display:flex;gap:12px;justify-content:flex-end;border-top:1px solid #e9e9e9;margin-top:10px;padding-top:8px}"
    "#onetrust-pc-sdk .ot-pc-footer-logo{font-size:10px;color:#999;align-self:center;margin-right:auto}"
)


def _ot_category(group: str, title: str, desc: str, state: str | None, always: str = "") -> str:
    """One OneTrust preference-centre category: state None is "always active", else 'on' or 'off'."""
    if state is None:
        control = f'<div class="ot-always-active">{always}</div>'
    else:
        on = state == "on"
        control = (f'<div class="ot-tgl"><input type="checkbox" name="ot-group-id-{group}" id="ot-group-id-{group}" role="switch" '
                   f'class="category-switch-handler" data-optanongroupid="{group}" aria-checked="{"true" if on else "false"}"'
                   f'{" checked" if on else ""} aria-labelledby="ot-header-id-{group}"> <label class="ot-switch" for="ot-group-id-{group}">'
                   f'<span class="ot-switch-nob"></span> <span class="ot-label-txt">{title}</span></label></div>')
    return f"""
   <div class="ot-accordion-layout ot-cat-item ot-vs-config" data-optanongroupid="{group}">
    <button aria-expanded="false" ml-id="{group}" aria-labelledby="ot-header-id-{group}" aria-describedby="ot-desc-id-{group}" aria-controls="ot-desc-id-{group}" role="button" class="ot-accordion-btn"></button>
    <div class="ot-acc-hdr{' ot-always-active-group' if state is None else ''}">
     <div class="ot-plus-minus"><span></span><span></span></div>
     <h4 class="ot-cat-header" id="ot-header-id-{group}">{title}</h4>
     {control}
    </div>
    <div class="ot-acc-grpdesc ot-category-desc" id="ot-desc-id-{group}" style="display:none"><p class="ot-acc-txt">{desc}</p></div>
   </div>"""


def _ot_markup(lang: str, banner: str, pc_title: str, pc_desc: str, allow_all: str, manage: str,
               categories: str, footer: str, close: str) -> str:
    return f"""
<div id="onetrust-consent-sdk" data-nosnippet="true">
 <div class="onetrust-pc-dark-filter ot-fade-in" data-layer="2" style="display:none"></div>
 <div id="onetrust-banner-sdk" class="otFlat bottom ot-wo-title vertical-align-content" tabindex="0" role="region" aria-label="Cookie banner" data-layer="1" lang="{lang}">
  <div role="dialog" aria-label="Cookie banner" aria-describedby="onetrust-policy-text">
   <div class="ot-sdk-container"><div class="ot-sdk-row">{banner}
   </div></div>
  </div>
 </div>
 <div id="onetrust-pc-sdk" class="otPcCenter ot-hide ot-fade-in" lang="{lang}" role="dialog" aria-modal="true" aria-labelledby="ot-pc-title" data-layer="2" style="display:none">
  <div class="ot-pc-header"><div class="ot-pc-logo" role="img" aria-label="Company Logo"></div><button id="close-pc-btn-handler" class="ot-close-icon" aria-label="{close}" data-r="back">×</button></div>
  <div id="ot-pc-content" class="ot-pc-scrollbar">
   <h2 id="ot-pc-title">{pc_title}</h2>
   <div id="ot-pc-desc">{pc_desc}</div>
   <button id="accept-recommended-btn-handler" class="ot-pc-btn" data-r="accept">{allow_all}</button>
   <section class="ot-sdk-row ot-cat-grp"><h3 id="ot-category-title">{manage}</h3>{categories}
   </section>
  </div>
  <div class="ot-pc-footer">{footer}<div class="ot-pc-footer-logo"><a href="https://www.onetrust.com/products/cookie-consent/" target="_blank" rel="noopener noreferrer" aria-label="Powered by OneTrust Opens in a new Tab">Powered by OneTrust</a></div></div>
 </div>
</div>"""


def _ot_api(groups: tuple[str, ...]) -> str:
    every = "," + ",".join(groups) + ","
    return """
(function () {
  window.OnetrustActiveGroups = window.OptanonActiveGroups = ',C0001,';
  document.addEventListener('change', function (e) {
    var t = e.target;
    if (t && t.classList && t.classList.contains('category-switch-handler')) t.setAttribute('aria-checked', t.checked ? 'true' : 'false');
  });
  __replica.listeners.push(function (name) {
    var g = ',C0001,';
    if (name === 'chose_accept') g = 'EVERY';
    else if (name === 'chose_selection_some') g = ',C0001,' + __replica.all('input.category-switch-handler:checked').map(function (c) { return c.getAttribute('data-optanongroupid'); }).join(',') + ',';
    window.OnetrustActiveGroups = window.OptanonActiveGroups = g;
    try { window.OptanonWrapper(); } catch (e) {}
  });
  window.OneTrust = window.Optanon = {
    AllowAll: function () { __replica.commit('chose_accept'); },
    RejectAll: function () { __replica.commit('chose_reject'); },
    ToggleInfoDisplay: function () { __replica.layer(2); },
    Close: function () { __replica.hide(); },
    IsAlertBoxClosed: function () { return document.cookie.indexOf('OptanonAlertBoxClosed') >= 0; },
    GetDomainData: function () { return { ConsentModel: { Name: 'opt-in' } }; },
    OnConsentChanged: function (fn) { __replica.listeners.push(function () { fn({ detail: window.OnetrustActiveGroups.split(',').filter(Boolean) }); }); } };
  try { window.OptanonWrapper(); } catch (e) {}
})();""".replace("EVERY", every)


def _ot_cookies(groups: tuple[str, ...]) -> list[list[str]]:
    base = ("isGpcEnabled=0&datestamp=Mon Dec 02 2024 10:00:00 GMT+0100 (Central European Standard Time)&version=202409.1.0"
            "&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f&interactionCount=1"
            "&isAnonUser=1&landingPath=NotLandingPage&groups=")
    on = ",".join(f"{g}:1" for g in groups)
    off = ",".join(f"{g}:{1 if g == 'C0001' else 0}" for g in groups)
    return [["OptanonConsent", base + on + "&AwaitingReconsent=false", base + off + "&AwaitingReconsent=false"],
            ["OptanonAlertBoxClosed", "2024-12-02T09:00:00.000Z", "2024-12-02T09:00:00.000Z"]]


OT_GROUPS = ("C0001", "C0002", "C0003", "C0004")
OT_DESC_EN = {
    "C0001": "These cookies are necessary for the website to function and cannot be switched off in our systems. They are usually only set in response to actions made by you which amount to a request for services, such as setting your privacy preferences, logging in or filling in forms. You can set your browser to block or alert you about these cookies, but some parts of the site will not then work. These cookies do not store any personally identifiable information.",
    "C0002": "These cookies allow us to count visits and traffic sources so we can measure and improve the performance of our site. They help us to know which pages are the most and least popular and see how visitors move around the site. All information these cookies collect is aggregated and therefore anonymous. If you do not allow these cookies we will not know when you have visited our site, and will not be able to monitor its performance.",
    "C0003": "These cookies enable the website to provide enhanced functionality and personalisation. They may be set by us or by third party providers whose services we have added to our pages. If you do not allow these cookies then some or all of these services may not function properly.",
    "C0004": "These cookies may be set through our site by our advertising partners. They may be used by those companies to build a profile of your interests and show you relevant adverts on other sites. They do not store directly personal information, but are based on uniquely identifying your browser and internet device. If you do not allow these cookies, you will experience less targeted advertising.",
}
# cdn.cookielaw.org and *.onetrust.com are on Chromium's HSTS preload list (no http:// replica can answer for them):
# both rows use OneTrust's self-hosted scripts, an option large sites take, served from the site itself.
OT_LOADER = (None, "/onetrust/scripttemplates/otSDKStub.js")

# ------------------------------------------------------------------------ OneTrust, "Reject All" on the banner (nl)
ONETRUST_NL = Replica(
    "onetrust-winkel.test", "OneTrust (banner with Reject All)", "nl", OT_LOADER,
    head='<script type="text/javascript">function OptanonWrapper() { }</script>',
    attrs='type="text/javascript" charset="UTF-8" data-domain-script="0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b" data-document-language="true"',
    config={
        "delay": 1200, "cookies": _ot_cookies(OT_GROUPS), "css": OT_CSS,
        "html": _ot_markup(
            "nl",
            """
    <div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns">
     <div id="onetrust-policy"><div id="onetrust-policy-text">Door op “Alle cookies accepteren” te klikken, gaat u akkoord met het opslaan van cookies op uw apparaat om de navigatie op de site te verbeteren, het gebruik van de site te analyseren en te helpen bij onze marketingprojecten. <a class="ot-cookie-policy-link" href="/cookiebeleid" aria-label="Meer informatie over uw privacy, wordt geopend in een nieuw tabblad" rel="noopener" target="_blank">Cookiebeleid</a></div></div>
    </div>
    <div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns has-reject-all-button">
     <div id="onetrust-button-group">
      <button id="onetrust-pc-btn-handler" data-r="settings">Cookie-instellingen</button>
      <button id="onetrust-reject-all-handler" data-r="reject">Alles weigeren</button>
      <button id="onetrust-accept-btn-handler" data-r="accept">Alle cookies accepteren</button>
     </div>
    </div>""",
            "Privacyvoorkeurcentrum",
            "Wanneer u een website bezoekt, kan deze informatie opslaan in of ophalen uit uw browser, meestal in de vorm van cookies. Deze informatie kan over u, uw voorkeuren of uw apparaat gaan en wordt meestal gebruikt om de site te laten werken zoals u verwacht. De informatie identificeert u gewoonlijk niet rechtstreeks, maar kan u een meer gepersonaliseerde webervaring geven. Omdat we uw recht op privacy respecteren, kunt u ervoor kiezen sommige soorten cookies niet toe te staan. Klik op de verschillende categoriekoppen voor meer informatie en om onze standaardinstellingen te wijzigen.",
            "Alles toestaan", "Toestemmingsvoorkeuren beheren",
            _ot_category("C0001", "Strikt noodzakelijke cookies", "Deze cookies zijn nodig om de website te laten functioneren en kunnen niet worden uitgeschakeld in onze systemen.", None, "Altijd actief")
            + _ot_category("C0002", "Prestatiecookies", "Met deze cookies kunnen we bezoeken en verkeersbronnen tellen, zodat we de prestaties van onze site kunnen meten en verbeteren.", "off")
            + _ot_category("C0003", "Functionele cookies", "Met deze cookies kan de website verbeterde functionaliteit en personalisatie bieden.", "off")
            + _ot_category("C0004", "Doelgerichte cookies", "Deze cookies kunnen via onze site worden ingesteld door onze advertentiepartners om een profiel van uw interesses op te bouwen.", "off"),
            '<button class="ot-pc-refuse-all-handler ot-pc-btn" data-r="reject">Alles weigeren</button>'
            '<button class="save-preference-btn-handler onetrust-close-btn-handler ot-pc-btn" data-r="save">Mijn keuzes bevestigen</button>',
            "Sluiten")},
    api=_ot_api(OT_GROUPS),
    note="OneTrust's bottom banner ('otFlat') with the reject-all button switched on, Dutch translation of the "
         "default text ('Door op “Alle cookies accepteren” te klikken...'): Cookie-instellingen / Alles weigeren / "
         "Alle cookies accepteren, ids #onetrust-pc-btn-handler, #onetrust-reject-all-handler, "
         "#onetrust-accept-btn-handler; preference centre #onetrust-pc-sdk as OneTrust renders it.")

# ------------------------------------------------- OneTrust, settings-only banner, refusal in the preference centre (en)
ONETRUST_EN = Replica(
    "onetrust-courier.test", "OneTrust (Cookies Settings only, Confirm My Choices)", "en", OT_LOADER,
    head='<script type="text/javascript">function OptanonWrapper() { }</script>',
    attrs='type="text/javascript" charset="UTF-8" data-domain-script="7c2e5d14-9a3b-4f60-b1c8-2d4e6f8a0b1c"',
    config={
        "delay": 900, "cookies": _ot_cookies(OT_GROUPS), "css": OT_CSS,
        "html": _ot_markup(
            "en",
            """
    <div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns">
     <div id="onetrust-policy"><div id="onetrust-policy-text">By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and assist in our marketing efforts. <a class="ot-cookie-policy-link" href="/cookie-policy" aria-label="More information about your privacy, opens in a new tab" rel="noopener" target="_blank">Cookie Policy</a></div></div>
    </div>
    <div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns">
     <div id="onetrust-button-group">
      <button id="onetrust-pc-btn-handler" data-r="settings">Cookies Settings</button>
      <button id="onetrust-accept-btn-handler" data-r="accept">Accept All Cookies</button>
     </div>
    </div>""",
            "Privacy Preference Center",
            "When you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies. This information might be about you, your preferences or your device and is mostly used to make the site work as you expect it to. The information does not usually directly identify you, but it can give you a more personalized web experience. Because we respect your right to privacy, you can choose not to allow some types of cookies. Click on the different category headings to find out more and change our default settings. However, blocking some types of cookies may impact your experience of the site and the services we are able to offer.",
            "Allow All", "Manage Consent Preferences",
            _ot_category("C0001", "Strictly Necessary Cookies", OT_DESC_EN["C0001"], None, "Always Active")
            + _ot_category("C0002", "Performance Cookies", OT_DESC_EN["C0002"], "on")
            + _ot_category("C0003", "Functional Cookies", OT_DESC_EN["C0003"], "on")
            + _ot_category("C0004", "Targeting Cookies", OT_DESC_EN["C0004"], "off"),
            '<button class="save-preference-btn-handler onetrust-close-btn-handler ot-pc-btn" data-r="save">Confirm My Choices</button>',
            "Close")},
    api=_ot_api(OT_GROUPS),
    refuse=("chose_selection_none",),
    note="OneTrust's default English banner without the reject button (a very common configuration): Cookies "
         "Settings / Accept All Cookies. The preference centre (modal over .onetrust-pc-dark-filter, OneTrust's "
         "default texts verbatim) has 'Allow All' and 'Confirm My Choices' only; its switches are "
         "input.category-switch-handler[role=switch], visually hidden (opacity 0, 0×0) behind label.ot-switch, "
         "and Performance and Functional start ticked (category default 'Active'). A refusal switches all three "
         "off and confirms: chose_selection_none.")

# ----------------------------------------------------------------------------------------- Complianz (WordPress, ca)
COMPLIANZ = Replica(
    "complianz-botiga.test", "Complianz (WordPress)", "ca",
    (None, "/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js"),
    head='<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","user_banner_id":"1","set_cookies":[],'
         '"block_ajax_content":"","banner_version":"22","version":"7.1.0","store_consent":"","do_not_track_enabled":"",'
         '"consenttype":"optin","region":"eu","geoip":"","dismiss_timeout":"","disable_cookiebanner":"","soft_cookiewall":"",'
         '"dismiss_on_scroll":"","cookie_expiry":"365","url":"\\/wp-json\\/complianz\\/v1\\/","locale":"lang=ca&locale=ca",'
         '"set_cookies_on_root":"","cookie_domain":"","current_policy_id":"14","cookie_path":"\\/",'
         '"categories":{"statistics":"estad\\u00edstiques","marketing":"m\\u00e0rqueting"},"tcf_active":"","placeholdertext":"",'
         '"css_file":"\\/wp-content\\/uploads\\/complianz\\/css\\/banner-{banner_id}-{type}.css?v=22","page_links":[],'
         '"tm_categories":"","forceEnableStats":"","preview":"","clean_cookies":"","aria_label":"Feu clic al bot\\u00f3 per activar {service}"};</script>',
    attrs='id="cmplz-cookiebanner-js" defer',
    config={
        "delay": 2500, "keepFirst": True,
        "cookies": [["cmplz_banner-status", "dismissed", "dismissed"], ["cmplz_consented_services", "", ""],
                    ["cmplz_policy_id", "14", "14"], ["cmplz_functional", "allow", "allow"], ["cmplz_preferences", "allow", "deny"],
                    ["cmplz_statistics", "allow", "deny"], ["cmplz_marketing", "allow", "deny"]],
        "css": "#cmplz-cookiebanner-container .cmplz-cookiebanner{position:fixed;right:15px;bottom:15px;z-index:99999;width:526px;max-width:calc(100vw - 30px);"
               "background:#fff;border-radius:12px;box-shadow:0 0 10px rgba(0,0,0,.4);padding:19px 20px 15px;font:12px/1.5 Helvetica,Arial,sans-serif;color:#222;"
               "display:grid;grid-template-columns:auto;gap:10px;box-sizing:border-box}"
               ".cmplz-header{display:flex;align-items:center}.cmplz-title{flex:1;text-align:center;font-size:15px;font-weight:500}"
               ".cmplz-divider{border-top:1px solid #f2f2f2}"
               ".cmplz-message{font-size:12px}"
               ".cmplz-category{background:#f2f2f2;border-radius:5px;margin-bottom:6px;padding:8px 10px}"
               ".cmplz-category summary{list-style:none;display:flex;justify-content:space-between;align-items:center;font-weight:500;cursor:pointer}"
               ".cmplz-always-active{color:#1e73be;font-weight:500}"
               ".cmplz-buttons{display:flex;gap:10px}"
               ".cmplz-btn{flex:1;height:45px;padding:10px;border-radius:5px;font-size:15px;font-weight:500;cursor:pointer;"
               "border:1px solid #f9f9f9;background:#f9f9f9;color:#222}"
               ".cmplz-btn.cmplz-accept{background:#1e73be;border-color:#1e73be;color:#fff}"
               ".cmplz-links{display:flex;justify-content:center;gap:12px}.cmplz-link{color:#1e73be;font-size:12px}",
        "html": """
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences cmplz-show" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
 <div class="cmplz-header">
  <div class="cmplz-logo"></div>
  <div class="cmplz-title" id="cmplz-header-1-optin">Gestiona el consentiment</div>
 </div>
 <div class="cmplz-divider cmplz-divider-header"></div>
 <div class="cmplz-body">
  <div class="cmplz-message" id="cmplz-message-1-optin">Per oferir les millors experiències, utilitzem tecnologies com les galetes per emmagatzemar i/o accedir a la informació del dispositiu. El consentiment d'aquestes tecnologies ens permetrà processar dades com el comportament de navegació o identificadors únics en aquest lloc. No consentir o retirar el consentiment pot afectar negativament determinades característiques i funcions.</div>
  <div class="cmplz-categories" data-layer="2" style="display:none">
   <details class="cmplz-category cmplz-functional"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">Funcional</span></span><span class="cmplz-always-active"><span class="cmplz-banner-checkbox"><input type="checkbox" id="cmplz-functional-optin" data-category="cmplz_functional" class="cmplz-consent-checkbox cmplz-functional" size="40" value="1" checked disabled><label class="cmplz-label" for="cmplz-functional-optin" tabindex="0"><span class="screen-reader-text">Funcional</span></label></span> Sempre actiu</span></summary><div class="cmplz-description"><span class="cmplz-description-functional">L'emmagatzematge o l'accés tècnic és estrictament necessari amb la finalitat legítima de permetre l'ús d'un servei específic sol·licitat explícitament per l'abonat o usuari.</span></div></details>
   <details class="cmplz-category cmplz-preferences"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">Preferències</span></span><span class="cmplz-banner-checkbox"><input type="checkbox" id="cmplz-preferences-optin" data-category="cmplz_preferences" class="cmplz-consent-checkbox cmplz-preferences" size="40" value="1"><label class="cmplz-label" for="cmplz-preferences-optin" tabindex="0"><span class="screen-reader-text">Preferències</span></label></span></summary></details>
   <details class="cmplz-category cmplz-statistics"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">Estadístiques</span></span><span class="cmplz-banner-checkbox"><input type="checkbox" id="cmplz-statistics-optin" data-category="cmplz_statistics" class="cmplz-consent-checkbox cmplz-statistics" size="40" value="1"><label class="cmplz-label" for="cmplz-statistics-optin" tabindex="0"><span class="screen-reader-text">Estadístiques</span></label></span></summary></details>
   <details class="cmplz-category cmplz-marketing"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">Màrqueting</span></span><span class="cmplz-banner-checkbox"><input type="checkbox" id="cmplz-marketing-optin" data-category="cmplz_marketing" class="cmplz-consent-checkbox cmplz-marketing" size="40" value="1"><label class="cmplz-label" for="cmplz-marketing-optin" tabindex="0"><span class="screen-reader-text">Màrqueting</span></label></span></summary></details>
  </div>
 </div>
 <div class="cmplz-buttons" data-layer="1" data-display="flex">
  <button class="cmplz-btn cmplz-accept" data-r="accept">Acceptar</button>
  <button class="cmplz-btn cmplz-deny" data-r="reject">Denegar</button>
  <button class="cmplz-btn cmplz-view-preferences" data-r="settings">Veure preferències</button>
 </div>
 <div class="cmplz-buttons" data-layer="2" data-display="flex" style="display:none">
  <button class="cmplz-btn cmplz-save-preferences" data-r="save">Desa les preferències</button>
 </div>
 <div class="cmplz-links cmplz-documents"><a href="/politica-de-galetes-ue/" class="cmplz-link cookie-statement" data-relative_url="">Política de galetes</a><a href="/avis-legal/" class="cmplz-link privacy-statement" data-relative_url="">Declaració de privadesa</a></div>
</div></div>"""},
    api="""
window.cmplz_set_consent = function (c, v) {}; window.cmplz_has_consent = function (c) { return document.cookie.indexOf('cmplz_' + c + '=allow') >= 0; };""",
    note="Complianz (WordPress) 'bottom-right view-preferences' banner, Complianz's default message in Catalan "
         "('Per oferir les millors experiències...'), shown 2.5 s after load: Acceptar / Denegar / Veure "
         "preferències; the categories and 'Desa les preferències' open inside the same box.")

# ------------------------------------------------------------------- Osano, purposes and "Lagre" on the first layer (no)
OSANO = Replica(
    "osano-nettbutikk.test", "Osano", "no", ("cmp.osano.com", "/AzZdRbSQpSXcd3Mhi/8f4f4a2e-71b9-4b8d-b0b1-2f3c4d5e6f70/osano.js"),
    attrs='type="text/javascript"',
    config={
        "delay": 700,
        "cookies": [["osano_consentmanager_uuid", "0d5b7b1c-3f2e-4a9b-8c7d-6e5f4a3b2c1d", "0d5b7b1c-3f2e-4a9b-8c7d-6e5f4a3b2c1d"],
                    ["osano_consentmanager", "bwTMAgYF7P0jTjDgGHk1Ks1c6x8H1vZkTUNKRVRJTkc9QUNDRVBUJkFOQUxZVElDUz1BQ0NFUFQ=",
                     "bwTMAgYF7P0jTjDgGHk1Ks1c6x8H1vZkTUNKRVRJTkc9REVOWSZBTkFMWVRJQ1M9REVOWQ=="]],
        "css": ".osano-cm-window{font-family:Helvetica,Arial,Verdana,sans-serif;font-size:1em}"
               ".osano-cm-dialog{position:fixed;left:0;right:0;bottom:0;z-index:2147483638;background:#000;color:#fff;padding:1.5em;box-sizing:border-box;"
               "display:flex;flex-wrap:wrap;align-items:center;gap:1em}"
               ".osano-cm-dialog__content{flex:1 1 400px;font-size:.9em;line-height:1.4}"
               ".osano-cm-link{color:#37cd8f;margin-left:.3em}"
               ".osano-cm-dialog__list{list-style:none;margin:0;padding:0;display:flex;gap:1.2em;flex-wrap:wrap}"
               ".osano-cm-list-item{display:flex;align-items:center}"
               ".osano-cm-toggle{display:flex;align-items:center;gap:.4em;cursor:pointer;position:relative}"
               ".osano-cm-toggle__input{position:absolute;opacity:0;width:0;height:0;margin:0}"
               ".osano-cm-toggle__switch{display:inline-block;width:2.5em;height:1.4em;border-radius:.7em;background:#fff;position:relative;border:2px solid #fff}"
               ".osano-cm-toggle__switch:after{content:'';position:absolute;top:.1em;left:.1em;width:1.2em;height:1.2em;border-radius:50%;background:#000;transition:.2s}"
               ".osano-cm-toggle__input:checked+.osano-cm-toggle__switch{background:#37cd8f;border-color:#37cd8f}"
               ".osano-cm-toggle__input:checked+.osano-cm-toggle__switch:after{transform:translateX(1.1em);background:#fff}"
               ".osano-cm-toggle__input:disabled+.osano-cm-toggle__switch{opacity:.6}"
               ".osano-cm-label{font-size:.75em;font-weight:700;white-space:nowrap}"
               ".osano-cm-dialog__buttons{display:flex;gap:.5em;flex:0 0 auto}"
               ".osano-cm-button{border-radius:.25em;border:1px solid #37cd8f;padding:.6em 1.4em;font-weight:700;cursor:pointer;background:#37cd8f;color:#000;font-size:.95em}"
               ".osano-cm-button--type_save{background:transparent;color:#37cd8f}",
        "html": """
<div class="osano-cm-window" dir="ltr">
 <div role="dialog" aria-live="polite" aria-label="Cookie Consent Banner" aria-describedby="osano-cm-dialog-message" class="osano-cm-dialog osano-cm-dialog--position_bottom osano-cm-dialog--type_bar osano-cm-dialog--theme_default" lang="nb">
  <span class="osano-cm-dialog__content osano-cm-content"><span id="osano-cm-dialog-message" class="osano-cm-content__message osano-cm-message">Dette nettstedet bruker teknologier som informasjonskapsler for å muliggjøre viktig funksjonalitet på nettstedet, samt for analyse, personalisering og målrettet annonsering.</span><a tabindex="0" rel="noopener" target="_blank" class="osano-cm-link osano-cm-storage-policy osano-cm-content__link osano-cm-link--type_storage-policy" href="/personvern">Personvernerklæring</a></span>
  <ul class="osano-cm-dialog__list osano-cm-list" role="list">
   <li class="osano-cm-list-item osano-cm-list__list-item osano-cm-list-item--type_ESSENTIAL"><input id="osano-cm-dialog-toggle--category_ESSENTIAL" class="osano-cm-toggle__input" type="checkbox" name="ESSENTIAL" role="switch" aria-checked="true" aria-disabled="true" disabled checked><label for="osano-cm-dialog-toggle--category_ESSENTIAL" class="osano-cm-toggle"><span class="osano-cm-toggle__switch osano-cm-switch"></span><span class="osano-cm-toggle__label osano-cm-label">Nødvendige</span></label></li>
   <li class="osano-cm-list-item osano-cm-list__list-item osano-cm-list-item--type_MARKETING"><input id="osano-cm-dialog-toggle--category_MARKETING" class="osano-cm-toggle__input" type="checkbox" name="MARKETING" role="switch" aria-checked="false"><label for="osano-cm-dialog-toggle--category_MARKETING" class="osano-cm-toggle"><span class="osano-cm-toggle__switch osano-cm-switch"></span><span class="osano-cm-toggle__label osano-cm-label">Markedsføring</span></label></li>
   <li class="osano-cm-list-item osano-cm-list__list-item osano-cm-list-item--type_PERSONALIZATION"><input id="osano-cm-dialog-toggle--category_PERSONALIZATION" class="osano-cm-toggle__input" type="checkbox" name="PERSONALIZATION" role="switch" aria-checked="false"><label for="osano-cm-dialog-toggle--category_PERSONALIZATION" class="osano-cm-toggle"><span class="osano-cm-toggle__switch osano-cm-switch"></span><span class="osano-cm-toggle__label osano-cm-label">Personalisering</span></label></li>
   <li class="osano-cm-list-item osano-cm-list__list-item osano-cm-list-item--type_ANALYTICS"><input id="osano-cm-dialog-toggle--category_ANALYTICS" class="osano-cm-toggle__input" type="checkbox" name="ANALYTICS" role="switch" aria-checked="false"><label for="osano-cm-dialog-toggle--category_ANALYTICS" class="osano-cm-toggle"><span class="osano-cm-toggle__switch osano-cm-switch"></span><span class="osano-cm-toggle__label osano-cm-label">Analyse</span></label></li>
  </ul>
  <div class="osano-cm-dialog__buttons osano-cm-buttons">
   <button class="osano-cm-save osano-cm-buttons__button osano-cm-button osano-cm-button--type_save" data-r="save">Lagre</button>
   <button class="osano-cm-accept-all osano-cm-buttons__button osano-cm-button osano-cm-button--type_accept" data-r="accept">Godta alle</button>
  </div>
 </div>
</div>"""},
    api="""
document.addEventListener('change', function (e) { var t = e.target; if (t && t.classList && t.classList.contains('osano-cm-toggle__input')) t.setAttribute('aria-checked', t.checked ? 'true' : 'false'); });
window.Osano = { cm: { dialogOpen: false, mode: 'production', addEventListener: function () {}, showDrawer: function () {},
  getConsent: function () { var a = __replica.choices.indexOf('chose_accept') >= 0 ? 'ACCEPT' : 'DENY';
    return { ESSENTIAL: 'ACCEPT', MARKETING: a, PERSONALIZATION: a, ANALYTICS: a }; } } };
__replica.onShow.push(function () { Osano.cm.dialogOpen = true; });
__replica.listeners.push(function () { Osano.cm.dialogOpen = false; });""",
    refuse=("chose_selection_none",),
    note="Osano's classic bar with its storage categories on the banner itself (Nødvendige locked on; "
         "Markedsføring, Personalisering, Analyse off, visually hidden checkboxes behind the switch label) and "
         "only 'Lagre' (save) and 'Godta alle' (accept all): the deny button is an option this site left off. "
         "Osano's default message in Norwegian. A refusal saves with every category off: chose_selection_none.")

# -------------------------------------------------------------------------------------------- tarteaucitron.js (fr)
TARTEAUCITRON = Replica(
    "tarteaucitron-mairie.test", "tarteaucitron.js", "fr", (None, "/tarteaucitron/tarteaucitron.min.js"),
    head="<script>var tarteaucitronForceLanguage = 'fr';</script>",
    attrs='type="text/javascript"',
    config={
        "delay": 400,
        "cookies": [["tarteaucitron", "!gtag=true!youtube=true!matomo=true", "!gtag=false!youtube=false!matomo=false"]],
        "css": "#tarteaucitronRoot{font-family:sans-serif}"
               "#tarteaucitronAlertBig{position:fixed;bottom:0;left:0;right:0;z-index:2147483645;background:#333;color:#fff;font-size:15px;"
               "padding:10px 5%;text-align:center;box-sizing:border-box}"
               "#tarteaucitronDisclaimerAlert{display:block;margin:6px 0 10px}"
               "#tarteaucitronAlertBig button{font-size:16px;padding:5px 10px;margin:0 4px 6px;cursor:pointer;border:0}"
               "#tarteaucitronPersonalize2{background:#008300;color:#fff}#tarteaucitronAllDenied2{background:#9c1a1a;color:#fff}"
               "#tarteaucitronCloseAlert{background:#fff;color:#333}"
               ".tarteaucitronCheck::before{content:'\\2713';margin-right:4px}.tarteaucitronCross::before{content:'\\2717';margin-right:4px}"
               "#tarteaucitronBack{position:fixed;inset:0;background:#fff;opacity:.7;z-index:2147483646}"
               "#tarteaucitron{position:fixed;top:6%;left:50%;transform:translateX(-50%);width:800px;max-width:calc(100vw - 20px);max-height:80vh;overflow:auto;"
               "z-index:2147483647;background:#333;color:#fff;padding:14px 18px;box-sizing:border-box}"
               "#tarteaucitron button{cursor:pointer;border:0;padding:5px 10px;font-size:14px}"
               ".tarteaucitronLine{display:flex;justify-content:space-between;align-items:center;border-top:1px solid #555;padding:8px 0}"
               "#tarteaucitronAllAllowed{background:#008300;color:#fff}#tarteaucitronAllDenied{background:#9c1a1a;color:#fff}",
        "html": """
<div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible" data-nosnippet="true" lang="fr">
 <div id="tarteaucitronAlertBig" class="tarteaucitronAlertBigBottom" role="alert" aria-live="polite" data-layer="1">
  <span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer</span>
  <button type="button" class="tarteaucitronCTAButton tarteaucitronAllow" id="tarteaucitronPersonalize2" data-r="accept"><span class="tarteaucitronCheck" aria-hidden="true"></span> Tout accepter</button>
  <button type="button" class="tarteaucitronCTAButton tarteaucitronDeny" id="tarteaucitronAllDenied2" aria-label="Tout refuser" data-r="reject"><span class="tarteaucitronCross" aria-hidden="true"></span> Tout refuser</button>
  <button type="button" id="tarteaucitronCloseAlert" aria-describedby="tarteaucitronDisclaimerAlert" aria-label="Personnaliser (fenêtre modale)" data-r="settings">Personnaliser</button>
 </div>
 <div id="tarteaucitronBack" data-layer="2" style="display:none"></div>
 <div id="tarteaucitron" role="dialog" aria-modal="true" aria-labelledby="tac_title" data-layer="2" style="display:none">
  <button type="button" id="tarteaucitronClosePanel" data-r="back">Fermer</button>
  <div id="tarteaucitronServices">
   <div class="tarteaucitronMainLine" id="tarteaucitronMainLineOffset">
    <span class="tarteaucitronH1" role="heading" aria-level="1" id="tac_title">Panneau de gestion des cookies</span>
    <div id="tarteaucitronInfo">En autorisant ces services tiers, vous acceptez le dépôt et la lecture de cookies et l'utilisation de technologies de suivi nécessaires à leur bon fonctionnement.</div>
    <div class="tarteaucitronName"><span class="tarteaucitronH2" role="heading" aria-level="2">Préférences pour tous les services</span></div>
    <div class="tarteaucitronAsk" id="tarteaucitronScrollbarAdjust">
     <button type="button" id="tarteaucitronAllAllowed" class="tarteaucitronAllow" data-r="accept"><span class="tarteaucitronCheck" aria-hidden="true"></span> Tout accepter</button>
     <button type="button" id="tarteaucitronAllDenied" class="tarteaucitronDeny" data-r="reject"><span class="tarteaucitronCross" aria-hidden="true"></span> Tout refuser</button>
    </div>
   </div>
   <ul id="tarteaucitronServices_analytic">
    <li id="tarteaucitronServicesTitle_gtag" class="tarteaucitronLine"><span class="tarteaucitronH3" role="heading" aria-level="3">Google Analytics (GA4)</span><span class="tarteaucitronAsk"><button type="button" aria-label="Autoriser Google Analytics (GA4)" class="tarteaucitronAllow" data-r="noop">Autoriser</button> <button type="button" aria-label="Interdire Google Analytics (GA4)" class="tarteaucitronDeny" data-r="noop">Interdire</button></span></li>
    <li id="tarteaucitronServicesTitle_youtube" class="tarteaucitronLine"><span class="tarteaucitronH3" role="heading" aria-level="3">YouTube</span><span class="tarteaucitronAsk"><button type="button" aria-label="Autoriser YouTube" class="tarteaucitronAllow" data-r="noop">Autoriser</button> <button type="button" aria-label="Interdire YouTube" class="tarteaucitronDeny" data-r="noop">Interdire</button></span></li>
   </ul>
  </div>
 </div>
</div>"""},
    api="""
window.tarteaucitron = { job: [], init: function () {}, services: {},
  userInterface: { respondAll: function (s) { __replica.commit(s ? 'chose_accept' : 'chose_reject'); },
                   openPanel: function () { __replica.layer(2); }, closePanel: function () { __replica.layer(1); } } };""",
    note="tarteaucitron.js (open source, self-hosted, common on French public sites) in its default bottom "
         "'AlertBig' with DenyAllCta on, its French default text verbatim: ✓ Tout accepter / ✗ Tout refuser / "
         "Personnaliser (the check and cross are CSS ::before glyphs), ids #tarteaucitronPersonalize2, "
         "#tarteaucitronAllDenied2, #tarteaucitronCloseAlert.")

# ------------------------------------------------------------------------------------ Evidon / Crownpeak (es)
EVIDON = Replica(
    "evidon-viajes.test", "Evidon (Crownpeak Universal Consent)", "es", ("c.evidon.com", "/sitenotice/evidon-sitenotice-tag.js"),
    head="<script type=\"text/javascript\">window.evidon = {}; window.evidon.id = 5678; window.evidon.priorConsentCallback = function (categories, vendors, cookies) {}; "
         "window.evidon.closeCallback = function () {}; window.evidon.consentWithdrawnCallback = function () {}; window.evidon.consentDeclinedCallback = function () {};</script>",
    attrs='id="evidon-notice" type="text/javascript"',
    config={
        "delay": 2000,
        "cookies": [["_evidon_consent_cookie", '{"consent_date":"2024-12-02T09:00:00.000Z","categories":{"1":{"analytics provider":true,"advertising":true}},"vendors":{"1":{}},"cookies":{},"consent_type":1}',
                     '{"consent_date":"2024-12-02T09:00:00.000Z","categories":{},"vendors":{},"cookies":{},"consent_type":2}'],
                    ["_evidon_suppress_notification_cookie", '{"date":"2024-12-02T09:00:00.000Z"}', '{"date":"2024-12-02T09:00:00.000Z"}']],
        "css": "#_evidon_banner{position:fixed;bottom:0;left:0;right:0;z-index:2147483640;background:#1a1a2e;color:#fff;font:14px/1.5 Arial,sans-serif;"
               "padding:16px 32px;display:flex;flex-wrap:wrap;align-items:center;gap:12px}"
               "#_evidon-message{flex:1 1 500px}#_evidon-message a{color:#9ecbff}"
               "#_evidon_banner button{border-radius:3px;padding:10px 18px;font-weight:700;cursor:pointer;font-size:14px}"
               "#_evidon-accept-button{background:#2d8cff;color:#fff;border:1px solid #2d8cff}"
               "#_evidon-decline-button{background:#fff;color:#1a1a2e;border:1px solid #fff}"
               "#_evidon-option-button{background:transparent;color:#fff;border:1px solid #fff}"
               "#evidon-prefdiag-overlay{position:fixed;top:50%;left:50%;transform:translate(-50%,-50%);z-index:2147483647;width:620px;max-width:calc(100vw - 24px);"
               "background:#fff;color:#222;border-radius:4px;padding:20px 24px;font:14px/1.5 Arial,sans-serif}"
               "#evidon-prefdiag-background{position:fixed;inset:0;background:rgba(0,0,0,.55);z-index:2147483646}"
               ".evidon-prefdiag-category{display:flex;justify-content:space-between;border-bottom:1px solid #ddd;padding:8px 0}"
               "#evidon-prefdiag-overlay button{border-radius:3px;padding:9px 16px;font-weight:700;cursor:pointer;margin:10px 6px 0 0;border:1px solid #2d8cff;background:#fff;color:#2d8cff}"
               "#evidon-prefdiag-accept{background:#2d8cff!important;color:#fff!important}",
        "html": """
<div id="_evidon_banner" class="evidon-banner" role="dialog" aria-label="Aviso de cookies" aria-describedby="_evidon-message" data-layer="1" data-display="flex" lang="es">
 <div id="_evidon-message" class="evidon-banner-message">Utilizamos cookies propias y de terceros para mejorar nuestros servicios, analizar el tráfico y mostrarle publicidad relacionada con sus preferencias a partir del análisis de sus hábitos de navegación. Puede aceptar todas las cookies pulsando «Aceptar y cerrar», rechazarlas pulsando «Rechazar todas» o configurarlas pulsando «Configurar». <a id="_evidon-link" class="evidon-banner-link" href="/politica-de-cookies" target="_blank" rel="noopener">Política de cookies</a></div>
 <button id="_evidon-option-button" class="evidon-banner-optionbutton" data-r="settings">Configurar</button>
 <button id="_evidon-decline-button" class="evidon-banner-declinebutton" data-r="reject">Rechazar todas</button>
 <button id="_evidon-accept-button" class="evidon-banner-acceptbutton" data-r="accept">Aceptar y cerrar</button>
</div>
<div id="evidon-prefdiag-background" data-layer="2" style="display:none"></div>
<div id="evidon-prefdiag-overlay" role="dialog" aria-modal="true" aria-labelledby="evidon-prefdiag-title" data-layer="2" style="display:none" lang="es">
 <h2 id="evidon-prefdiag-title">Preferencias de privacidad</h2>
 <p>Seleccione qué categorías de cookies desea permitir en este sitio.</p>
 <div class="evidon-prefdiag-category"><label for="evidon-cat-1">Análisis</label><input type="checkbox" id="evidon-cat-1" class="evidon-prefdiag-checkbox"></div>
 <div class="evidon-prefdiag-category"><label for="evidon-cat-2">Publicidad</label><input type="checkbox" id="evidon-cat-2" class="evidon-prefdiag-checkbox"></div>
 <button id="evidon-prefdiag-decline" data-r="reject">Rechazar todo</button>
 <button id="evidon-prefdiag-save" data-r="save">Guardar preferencias</button>
 <button id="evidon-prefdiag-accept" data-r="accept">Aceptar todo</button>
</div>"""},
    api="""
window.evidon = window.evidon || {}; window.evidon.notice = { showPreferencesDialog: function () { __replica.layer(2); },
  dropSuppressionCookie: function () {}, consentGiven: false };
__replica.listeners.push(function (name) { window.evidon.notice.consentGiven = name === 'chose_accept'; });""",
    note="Evidon (Crownpeak) site notice, its snippet in <head> and the tag from c.evidon.com, banner ids "
         "#_evidon_banner, #_evidon-message, #_evidon-option-button, #_evidon-decline-button, "
         "#_evidon-accept-button, preference dialog #evidon-prefdiag-overlay; the site's Spanish wording with "
         "the accept phrased 'Aceptar y cerrar' (agree and close); shown 2 s after load.")

# ---------------------------------------------------------------------------------- GOV.UK cookie banner (en)
GOVUK = Replica(
    "govuk-service.test", "GOV.UK cookie banner (govuk_publishing_components)", "en", (None, "/assets/static/application.js"),
    attrs='type="module"',
    config={
        "delay": 0, "prepend": True, "confirm": True,
        "cookies": [["cookies_policy", '{"essential":true,"settings":true,"usage":true,"campaigns":true}',
                     '{"essential":true,"settings":false,"usage":false,"campaigns":false}'],
                    ["cookies_preferences_set", "true", "true"]],
        "css": ".gem-c-cookie-banner{background:#f3f2f1;font-family:Arial,sans-serif;color:#0b0c0c}"
               ".govuk-cookie-banner{padding-top:20px;border-bottom:10px solid #fff}"
               ".govuk-width-container{max-width:960px;margin:0 15px}@media(min-width:1020px){.govuk-width-container{margin:0 auto}}"
               ".govuk-heading-m{font-size:24px;font-weight:700;margin:0 0 15px}"
               ".govuk-body{font-size:19px;margin:0 0 15px}"
               ".govuk-button-group{display:flex;flex-wrap:wrap;align-items:center;gap:15px;padding-bottom:20px}"
               ".govuk-button{font-size:19px;line-height:1.2;padding:8px 10px 7px;border:2px solid transparent;border-radius:0;color:#fff;"
               "background:#00703c;box-shadow:0 2px 0 #002d18;cursor:pointer;margin:0}"
               ".govuk-link{color:#1d70b8;font-size:19px;text-decoration:underline}",
        "html": """
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" data-nosnippet="" role="region" aria-label="Cookies on GOV.UK">
 <div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK">
  <div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">
   <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
    <h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
    <div tabindex="-1" class="govuk-cookie-banner__content gem-c-cookie-banner__confirmation">
     <span class="gem-c-cookie-banner__content" data-layer="1"><p class="govuk-body">We use some essential cookies to make this website work.</p>
      <p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
      <p class="govuk-body">We also use cookies set by other sites to help us deliver content from their services.</p></span>
     <p class="gem-c-cookie-banner__confirmation-message--accepted govuk-body" data-confirm="accept" style="display:none">You’ve accepted additional cookies. <span class="gem-c-cookie-banner__confirmation-message">You can <a class="govuk-link" href="/help/cookies">change your cookie settings</a> at any time.</span></p>
     <p class="gem-c-cookie-banner__confirmation-message--rejected govuk-body" data-confirm="reject" style="display:none">You’ve rejected additional cookies. <span class="gem-c-cookie-banner__confirmation-message">You can <a class="govuk-link" href="/help/cookies">change your cookie settings</a> at any time.</span></p>
    </div>
   </div></div>
   <div class="js-confirmation-buttons govuk-button-group" data-layer="1" data-display="flex">
    <button class="gem-c-button govuk-button" type="submit" data-accept-cookies="true" data-cookie-types="all" data-r="accept">Accept additional cookies</button>
    <button class="gem-c-button govuk-button" type="submit" data-reject-cookies="true" data-r="reject">Reject additional cookies</button>
    <a class="govuk-link" href="/help/cookies">View cookies</a>
   </div>
   <div class="js-hide-button govuk-button-group" data-confirm="any" data-display="flex" style="display:none">
    <button class="gem-c-cookie-banner__hide-button govuk-button" data-hide-cookie-banner="true" data-hide>Hide this message</button>
   </div>
  </div>
 </div>
</div>"""},
    note="GOV.UK's own cookie banner (govuk_publishing_components), wording verbatim: 'Accept additional "
         "cookies' / 'Reject additional cookies' / 'View cookies' link; in the page flow at the top, not an "
         "overlay. After either choice the banner stays and says 'You’ve accepted/rejected additional cookies' "
         "with a 'Hide this message' button.")

# ---------------------------------------------------------------------------------- NHS.UK cookie banner (en)
NHS = Replica(
    "nhs-website.test", "NHS.UK cookie consent (nhsuk/cookie-consent)", "en", (None, "/js/cookie-consent/main.js"),
    attrs='type="text/javascript" data-nobanner="false"',
    config={
        "delay": 0, "prepend": True, "confirm": True,
        "cookies": [["nhsuk-cookie-consent", '{"necessary":true,"preferences":false,"statistics":true,"marketing":false,"consented":true}',
                     '{"necessary":true,"preferences":false,"statistics":false,"marketing":false,"consented":true}']],
        "css": "#nhsuk-cookie-banner{font-family:Frutiger W01,Arial,sans-serif;color:#212b32}"
               ".nhsuk-cookie-banner{background:#fff;box-shadow:0 0 4px 0 #212b32;padding:24px 0;position:relative;width:100%}"
               ".nhsuk-width-container{max-width:960px;margin:0 16px}@media(min-width:1000px){.nhsuk-width-container{margin:0 auto}}"
               ".nhsuk-cookie-banner h2{font-size:24px;margin:0 0 16px}.nhsuk-cookie-banner p{font-size:19px;margin:0 0 16px}"
               ".nhsuk-cookie-banner ul{list-style:none;margin:0;padding:0;display:flex;gap:16px;flex-wrap:wrap}"
               ".nhsuk-button{background:#007f3b;color:#fff;border:0;border-radius:4px;box-shadow:0 4px 0 #00401e;font-size:19px;font-weight:600;padding:12px 16px;cursor:pointer}"
               ".nhsuk-success-banner{background:#e8edee;padding:16px 0;font-size:19px}"
               "#nhsuk-cookie-banner a{color:#005eb8}",
        "html": """
<div id="nhsuk-cookie-banner">
 <div class="nhsuk-cookie-banner" id="cookiebanner" data-layer="1">
  <div class="nhsuk-width-container">
   <h2>Cookies on the NHS website</h2>
   <p>We've put some small files called cookies on your device to make our site work.</p>
   <p>We'd also like to use analytics cookies. These send information about how our site is used to a service called Adobe Analytics. We use this information to improve our site.</p>
   <p>Let us know if this is OK. We'll use a cookie to save your choice. You can <a id="nhsuk-cookie-banner__link" href="/our-policies/cookies-policy/">read more about our cookies</a> before you choose.</p>
   <ul>
    <li><button class='nhsuk-button' id="nhsuk-cookie-banner__link_accept_analytics" href="#" data-r="accept">I'm OK with analytics cookies</button></li>
    <li><button class='nhsuk-button' id="nhsuk-cookie-banner__link_accept" href="#" data-r="reject">Do not use analytics cookies</button></li>
   </ul>
  </div>
 </div>
 <div class="nhsuk-success-banner" id="nhsuk-cookie-confirmation-banner" data-confirm="any" style="display:none">
  <div class="nhsuk-width-container">
   <p id="nhsuk-success-banner__message">You can change your cookie settings at any time using our <a id="nhsuk-success-banner__link" href="/our-policies/cookies-policy/">cookies page</a>.</p>
  </div>
 </div>
</div>"""},
    note="The NHS website's banner (nhsuk/cookie-consent), verbatim: 'I'm OK with analytics cookies' / 'Do not "
         "use analytics cookies', <button href=\"#\">, and the refusal's real id is "
         "#nhsuk-cookie-banner__link_accept (it 'accepts' necessary cookies only). In the page flow at the top; "
         "after the choice a confirmation replaces it and stays, with no control to hide it.")

# ---------------------------------------------------------------- Italian site-built, Garante-style "×" refusal (it)
GARANTE = Replica(
    "giornale-locale.test", "Site-built banner, Italian Garante style (× = refuse)", "it", (None, "/static/js/cookie-banner.js"),
    attrs='defer',
    config={
        "delay": 600,
        "cookies": [["cookie_consent", "accettato-tutti", "solo-tecnici"]],
        "css": "#cookie-banner{position:fixed;left:50%;bottom:24px;transform:translateX(-50%);width:720px;max-width:calc(100vw - 24px);z-index:100000;"
               "background:#fff;color:#1b1b1b;border-radius:6px;box-shadow:0 6px 28px rgba(0,0,0,.3);font:15px/1.5 Georgia,serif;box-sizing:border-box}"
               ".cookie-banner__first,.cookie-prefs{padding:22px 56px 18px 26px;position:relative}"
               ".cookie-banner__close{position:absolute;top:8px;right:10px;width:36px;height:36px;border:0;background:none;font-size:28px;line-height:1;cursor:pointer;color:#555}"
               ".cookie-banner__actions{display:flex;justify-content:flex-end;gap:10px;margin-top:12px}"
               ".cb-btn{font:700 14px Arial,sans-serif;padding:10px 22px;border-radius:4px;cursor:pointer;border:1px solid #00558c;background:#fff;color:#00558c}"
               ".cb-btn--primary{background:#00558c;color:#fff}"
               ".cookie-pref{display:flex;justify-content:space-between;border-bottom:1px solid #eee;padding:8px 0;font-family:Arial,sans-serif;font-size:14px}",
        "html": """
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-labelledby="cb-title" aria-describedby="cb-text" lang="it">
 <div class="cookie-banner__first" data-layer="1">
  <button type="button" class="cookie-banner__close" aria-label="Chiudi" title="Chiudi" data-r="reject">×</button>
  <h2 id="cb-title" style="margin:0 0 8px;font-size:18px">Informativa</h2>
  <p id="cb-text" style="margin:0 0 8px">Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità (“miglioramento dell'esperienza”, “misurazione” e “targeting e pubblicità”) come specificato nella <a href="/cookie-policy">cookie policy</a>. Il rifiuto del consenso può rendere non disponibili le relative funzioni.</p>
  <p style="margin:0">Chiudendo questo banner mediante la “X” in alto a destra continuerai la navigazione in assenza di cookie o altri strumenti di tracciamento diversi da quelli tecnici. Puoi liberamente prestare, rifiutare o revocare il tuo consenso, in qualsiasi momento, con il pulsante “Personalizza”.</p>
  <div class="cookie-banner__actions">
   <button type="button" class="cb-btn" data-r="settings">Personalizza</button>
   <button type="button" class="cb-btn cb-btn--primary" data-r="accept">Accetta tutti</button>
  </div>
 </div>
 <div class="cookie-prefs" data-layer="2" style="display:none">
  <h2 style="margin:0 0 8px;font-size:18px">Le tue preferenze relative al consenso</h2>
  <p style="margin:0 0 8px">Qui puoi esprimere le tue preferenze di consenso alle tecnologie di tracciamento che adottiamo per offrire le funzionalità e svolgere le attività sotto descritte.</p>
  <div class="cookie-pref"><span>Necessari</span><span>Sempre attivi</span></div>
  <div class="cookie-pref"><label for="cp-esperienza">Miglioramento dell'esperienza</label><input type="checkbox" id="cp-esperienza"></div>
  <div class="cookie-pref"><label for="cp-misurazione">Misurazione</label><input type="checkbox" id="cp-misurazione"></div>
  <div class="cookie-pref"><label for="cp-targeting">Targeting e Pubblicità</label><input type="checkbox" id="cp-targeting"></div>
  <div class="cookie-banner__actions">
   <button type="button" class="cb-btn" data-r="save">Salva e chiudi</button>
   <button type="button" class="cb-btn cb-btn--primary" data-r="accept">Accetta tutti</button>
  </div>
 </div>
</div>"""},
    refuse=("chose_reject", "chose_selection_none"),
    note="An Italian news site's own banner following the Garante's cookie guidelines (10 June 2021): the "
         "refusal is the '×' top right (aria-label and title 'Chiudi' only), which the text explains ('Chiudendo "
         "questo banner mediante la “X” in alto a destra continuerai la navigazione in assenza di cookie... "
         "diversi da quelli tecnici'); the first paragraph is iubenda's widely copied Italian notice. Personalizza "
         "opens unticked purposes with 'Salva e chiudi'. Either the × or saving with nothing on is a refusal.")

# -------------------------------------------------- LiveRamp Privacy Manager, cross-origin iframe, refusal in settings (da)
LIVERAMP_FRAME = "/latest/index.html"
LIVERAMP = Replica(
    "liveramp-magasin.test", "LiveRamp Privacy Manager (TCF, cross-origin iframe)", "da",
    ("gdpr-wrapper.privacymanager.io", "/gdpr/2a5c9d3e-1f4b-4e8a-9c7d-6b5a4e3f2d1c/gdpr-liveramp.js"),
    attrs='type="text/javascript" async',
    config={
        "delay": 2200, "lockScroll": True,
        "cookies": [["euconsent-v2", TCF_ACCEPT, TCF_REJECT], ["_lr_tcf", "1", "1"]],
        "css": "#gdpr-consent-tool-wrapper{position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.5);display:flex;align-items:center;justify-content:center}"
               "#gdpr-consent-notice{width:640px;max-width:calc(100vw - 24px);height:520px;border:0;border-radius:8px;background:#fff}",
        "html": '<div id="gdpr-consent-tool-wrapper" class="gdpr-consent-tool-wrapper">'
                '<iframe id="gdpr-consent-notice" title="Consent Management Platform" aria-label="Consent Management Platform" '
                'src="http://cmp-consent-tool.privacymanager.io/latest/index.html?siteId=2a5c9d3e-1f4b-4e8a-9c7d-6b5a4e3f2d1c&amp;lang=da"></iframe></div>'},
    frame=("cmp-consent-tool.privacymanager.io", LIVERAMP_FRAME, {
        "mount": "body", "title": "Privacy Manager",
        "css": "body{margin:0;font:14px/1.5 'Open Sans',Arial,sans-serif;color:#333}#root{padding:22px 26px}"
               "h1{font-size:19px;margin:0 0 10px}.description{font-size:13px;max-height:300px;overflow:auto}"
               ".buttons{display:flex;gap:10px;justify-content:flex-end;margin-top:16px}"
               ".button{border-radius:4px;padding:11px 20px;font-weight:700;cursor:pointer;font-size:14px;border:2px solid #3a3a8c}"
               ".button-primary{background:#3a3a8c;color:#fff}.button-secondary{background:#fff;color:#3a3a8c}"
               ".purposes-overview-list{list-style:none;margin:0;padding:0;max-height:330px;overflow:auto}"
               ".purpose-item{display:flex;align-items:center;gap:10px;border-bottom:1px solid #eee;padding:8px 0}.purpose-name{flex:1}"
               ".switch-label{font-size:11px;color:#666}"
               "span[role=checkbox]{display:inline-block;width:40px;height:22px;border-radius:11px;background:#bbb;position:relative;cursor:pointer}"
               "span[role=checkbox]:after{content:'';position:absolute;top:3px;left:3px;width:16px;height:16px;border-radius:50%;background:#fff;transition:.2s}"
               "span[role=checkbox][aria-checked=true]{background:#3a3a8c}span[role=checkbox][aria-checked=true]:after{transform:translateX(18px)}",
        "html": """
<div id="root" lang="da">
 <div class="notice" data-layer="1">
  <h1 class="title">Vi værdsætter dit privatliv</h1>
  <div class="description">Vi og vores 214 partnere lagrer og/eller tilgår oplysninger på en enhed, f.eks. cookies, og behandler personoplysninger, f.eks. unikke identifikatorer og standardoplysninger, der sendes af en enhed, til personligt tilpassede annoncer og indhold, måling af annoncer og indhold, målgruppeundersøgelser og udvikling af tjenester. Med din tilladelse kan vi og vores partnere bruge præcise geolokaliseringsdata og identifikation gennem scanning af enheden. Du kan klikke for at give samtykke til vores og vores partneres behandling som beskrevet ovenfor. Alternativt kan du få adgang til mere detaljerede oplysninger og ændre dine præferencer, før du giver samtykke eller nægter at give samtykke. Bemærk, at visse former for behandling af dine personoplysninger ikke kræver dit samtykke, men du har ret til at gøre indsigelse mod en sådan behandling.</div>
  <div class="buttons">
   <button id="manageSettings" class="button button-secondary" data-r="settings">Administrer indstillinger</button>
   <button id="save" class="button button-primary" data-r="accept">Accepter alle</button>
  </div>
 </div>
 <div class="settings" data-layer="2" style="display:none">
  <h1>Administrer indstillinger</h1>
  <ul class="purposes-overview-list">
   <li class="purpose-item"><span class="purpose-name">Opbevare og/eller tilgå oplysninger på en enhed</span><span class="switch-label">Samtykke</span><span role="checkbox" aria-checked="false" tabindex="0" aria-label="Samtykke: Opbevare og/eller tilgå oplysninger på en enhed"></span></li>
   <li class="purpose-item"><span class="purpose-name">Bruge begrænsede data til at udvælge annoncer</span><span class="switch-label">Samtykke</span><span role="checkbox" aria-checked="false" tabindex="0" aria-label="Samtykke: Bruge begrænsede data til at udvælge annoncer"></span><span class="switch-label">Legitim interesse</span><span role="checkbox" aria-checked="true" tabindex="0" data-kind="li" aria-label="Legitim interesse: Bruge begrænsede data til at udvælge annoncer"></span></li>
   <li class="purpose-item"><span class="purpose-name">Oprette profiler til personligt tilpassede annoncer</span><span class="switch-label">Samtykke</span><span role="checkbox" aria-checked="false" tabindex="0" aria-label="Samtykke: Oprette profiler til personligt tilpassede annoncer"></span></li>
   <li class="purpose-item"><span class="purpose-name">Måle annonceeffektivitet</span><span class="switch-label">Samtykke</span><span role="checkbox" aria-checked="false" tabindex="0" aria-label="Samtykke: Måle annonceeffektivitet"></span><span class="switch-label">Legitim interesse</span><span role="checkbox" aria-checked="true" tabindex="0" data-kind="li" aria-label="Legitim interesse: Måle annonceeffektivitet"></span></li>
  </ul>
  <div class="buttons">
   <button id="saveAndExit" class="button button-secondary" data-r="save">Gem og afslut</button>
   <button id="acceptAll" class="button button-primary" data-r="accept">Accepter alle</button>
  </div>
 </div>
</div>"""}),
    api=TCFAPI % 3,
    refuse=("chose_selection_none",),
    note="LiveRamp's Privacy Manager: the wrapper gdpr-liveramp.js writes <iframe id=\"gdpr-consent-notice\"> "
         "from cmp-consent-tool.privacymanager.io (cross-origin) over a backdrop, 2.2 s after load; Danish TCF "
         "notice: Administrer indstillinger (#manageSettings) / Accepter alle (#save), no refusal on the first "
         "layer (#denyAll is an option). Settings: span[role=checkbox] switches, consent off but two legitimate-"
         "interest switches on, and 'Gem og afslut' (#saveAndExit). A full refusal is every switch off, then save.")

# ------------------------------------------------------------------- Basque site-built, <span onclick> controls (eu)
BASQUE = Replica(
    "udala-albisteak.test", "Site-built banner (Basque municipality)", "eu", (None, "/js/cookies-oharra.js"),
    attrs='defer',
    config={
        "delay": 3000,
        "cookies": [["cookies_onartuak", "guztiak", "beharrezkoak"]],
        "css": "#cookies-oharra{position:fixed;left:0;right:0;bottom:0;z-index:9999;background:#f4f4f4;border-top:4px solid #c8102e;font:15px/1.5 Arial,sans-serif;color:#222}"
               ".cookies-oharra__edukia{max-width:1100px;margin:0 auto;padding:18px 24px;display:flex;gap:28px;align-items:center}"
               ".cookies-oharra__edukia p{margin:0;flex:1}"
               ".cookies-oharra__botoiak{display:flex;gap:10px;flex-shrink:0}"
               ".botoia{display:inline-block;padding:10px 18px;background:#fff;border:1px solid #c8102e;color:#c8102e;font-weight:700;cursor:pointer;user-select:none}"
               ".botoia--nagusia{background:#c8102e;color:#fff}"
               ".botoia--esteka{border-color:transparent;text-decoration:underline;background:transparent}"
               ".cookies-konfigurazioa{max-width:900px;margin:0 auto;padding:18px 24px}"
               ".aukera{display:flex;justify-content:space-between;border-bottom:1px solid #ddd;padding:8px 0}",
        "html": """
<div id="cookies-oharra" class="cookies-oharra" lang="eu">
 <div class="cookies-oharra__edukia" data-layer="1" data-display="flex">
  <p><strong>Cookieak erabiltzen ditugu.</strong> Webgune honek bere cookieak eta hirugarrenenak erabiltzen ditu, zerbitzuak hobetzeko eta zure nabigazio-ohituren analisitik abiatuta zure lehentasunekin lotutako publizitatea erakusteko. Cookie guztiak onar ditzakezu, ukatu edo zeintzuk erabili konfiguratu. <a href="/eu/cookie-politika">Informazio gehiago</a></p>
  <div class="cookies-oharra__botoiak">
   <span class="botoia botoia--nagusia" onclick="cookiesOharra.onartu(event)" data-r="accept">Onartu guztiak</span>
   <span class="botoia" onclick="cookiesOharra.ukatu(event)" data-r="reject">Ukatu guztiak</span>
   <span class="botoia botoia--esteka" onclick="cookiesOharra.konfiguratu(event)" data-r="settings">Konfiguratu</span>
  </div>
 </div>
 <div class="cookies-konfigurazioa" data-layer="2" style="display:none">
  <h2 style="margin:0 0 8px;font-size:18px">Cookieen konfigurazioa</h2>
  <div class="aukera"><span>Beharrezko cookieak</span><span>Beti aktibo</span></div>
  <div class="aukera"><label for="ck-analitika">Analisi-cookieak</label><input type="checkbox" id="ck-analitika"></div>
  <div class="aukera"><label for="ck-publizitatea">Publizitate-cookieak</label><input type="checkbox" id="ck-publizitatea"></div>
  <p style="margin:12px 0 0"><span class="botoia" onclick="cookiesOharra.gorde(event)" data-r="save">Gorde hautapena</span> <span class="botoia botoia--nagusia" onclick="cookiesOharra.onartu(event)" data-r="accept">Onartu guztiak</span></p>
 </div>
</div>"""},
    api="""
// The site's inline handlers; the choice itself is made by the runtime's listener on the same click.
window.cookiesOharra = { onartu: function () {}, ukatu: function () {}, konfiguratu: function () {}, gorde: function () {} };""",
    note="A Basque municipal site's own banner, shown 3 s after load: its controls are <span onclick> with no "
         "role, tabindex or href: 'Onartu guztiak' (accept all) / 'Ukatu guztiak' (reject all) / 'Konfiguratu'.")

# ---------------------------------------------------------------- Icelandic site-built, <input type=button> controls (is)
ICELANDIC = Replica(
    "vefverslun-reykjavik.test", "Site-built banner (Icelandic shop)", "is", (None, "/static/vefkokur.js"),
    attrs='defer',
    config={
        "delay": 3000, "lockScroll": True,
        "cookies": [["vefkokur_samthykki", "allar", "naudsynlegar"]],
        "css": "#vefkokur{position:fixed;inset:0;z-index:100000;background:rgba(10,20,40,.6);display:flex;align-items:center;justify-content:center;font:15px/1.5 Arial,sans-serif}"
               ".vk-box{background:#fff;color:#102030;width:560px;max-width:calc(100vw - 24px);border-radius:10px;padding:26px 28px;box-sizing:border-box}"
               ".vk-box h2{margin:0 0 10px;font-size:20px}"
               ".vk-actions{display:flex;gap:10px;flex-wrap:wrap;margin-top:16px}"
               ".vk-actions input{font:700 15px Arial,sans-serif;padding:11px 18px;border-radius:6px;border:2px solid #0a4d8c;background:#fff;color:#0a4d8c;cursor:pointer}"
               ".vk-actions input.vk-adal{background:#0a4d8c;color:#fff}"
               ".vk-flokkur{display:flex;justify-content:space-between;border-bottom:1px solid #e5e5e5;padding:8px 0}",
        "html": """
<div id="vefkokur" lang="is">
 <div class="vk-box" role="dialog" aria-modal="true" aria-labelledby="vk-titill">
  <div data-layer="1">
   <h2 id="vk-titill">Vefkökur</h2>
   <p>Þessi vefur notar vefkökur til að tryggja eðlilega virkni hans, greina umferð og birta þér auglýsingar við hæfi. Þú getur samþykkt allar vefkökur, leyft aðeins nauðsynlegar vefkökur eða valið sjálf/ur í stillingum. <a href="/vefkokur">Nánar um vefkökur</a></p>
   <div class="vk-actions">
    <input type="button" class="vk-adal" value="Samþykkja allar" data-r="accept">
    <input type="button" value="Aðeins nauðsynlegar" data-r="necessary">
    <input type="button" value="Stillingar" data-r="settings">
   </div>
  </div>
  <div data-layer="2" style="display:none">
   <h2>Stillingar fyrir vefkökur</h2>
   <div class="vk-flokkur"><span>Nauðsynlegar</span><span>Alltaf virkar</span></div>
   <div class="vk-flokkur"><label for="vk-tolfraedi">Tölfræðikökur</label><input type="checkbox" id="vk-tolfraedi"></div>
   <div class="vk-flokkur"><label for="vk-markadssetning">Markaðskökur</label><input type="checkbox" id="vk-markadssetning"></div>
   <div class="vk-actions">
    <input type="button" value="Vista val" data-r="save">
    <input type="button" class="vk-adal" value="Samþykkja allar" data-r="accept">
   </div>
  </div>
 </div>
</div>"""},
    refuse=("chose_necessary", "chose_selection_none"),
    note="An Icelandic shop's own modal, 3 s after load, every control an <input type=button value=...>: "
         "'Samþykkja allar' (accept all) / 'Aðeins nauðsynlegar' (only necessary) / 'Stillingar' (settings).")


# --------------------------------------------------- Maltese site-built, <input type=image> in a same-origin frame (mt)
def _svg_button(text: str, fill: str, colour: str = "#fff") -> str:
    svg = (f"<svg xmlns='http://www.w3.org/2000/svg' width='230' height='42'><rect width='230' height='42' rx='4' fill='{fill}'/>"
           f"<text x='115' y='27' font-family='Arial,sans-serif' font-size='15' font-weight='700' fill='{colour}' text-anchor='middle'>{text}</text></svg>")
    return "data:image/svg+xml," + quote(svg)


MALTESE = Replica(
    "bank-ta-malta.test", "Site-built banner (Maltese bank, image buttons in a frame)", "mt", (None, "/assets/cookies/cookie-notice.js"),
    attrs='defer',
    config={
        "delay": 1500, "mount": "iframe", "frameTitle": "Avviż dwar il-cookies",
        "frameStyle": "position:fixed;left:0;right:0;bottom:0;width:100%;height:200px;border:0;z-index:2147483647;background:#fff;box-shadow:0 -3px 12px rgba(0,0,0,.25)",
        "cookies": [["cookie_kunsens", "kollha", "essenzjali"]],
        "css": "html,body{margin:0;background:#fff}body{font:14px/1.5 Arial,sans-serif;color:#1a1a1a}"
               ".ms-cookie{padding:16px 28px}.ms-cookie h2{margin:0 0 6px;font-size:17px;color:#7a0019}"
               ".ms-actions{display:flex;gap:12px;margin-top:10px}.ms-actions input{width:230px;height:42px;cursor:pointer}",
        "html": f"""
<div class="ms-cookie" role="dialog" aria-labelledby="ms-titlu" lang="mt">
 <h2 id="ms-titlu">Dan is-sit juża l-cookies</h2>
 <p style="margin:0">Nużaw cookies essenzjali biex is-sit jaħdem sew. Nixtiequ nużaw ukoll cookies analitiċi u tar-reklamar biex intejbu s-servizzi tagħna u nuruk reklami rilevanti. Tista' taċċetta l-cookies kollha jew tirrifjuta dawk li mhumiex essenzjali. <a href="/mt/politika-dwar-il-cookies" target="_top">Aktar informazzjoni</a></p>
 <form class="ms-actions" action="/cookies/kunsens" method="post">
  <input type="image" name="accetta" src="{_svg_button('Aċċetta kollox', '#7a0019')}" alt="Aċċetta l-cookies kollha" data-r="accept">
  <input type="image" name="irrifjuta" src="{_svg_button('Irrifjuta', '#e6e6e6', '#1a1a1a')}" alt="Irrifjuta l-cookies mhux essenzjali" data-r="reject">
 </form>
</div>"""},
    note="A Maltese bank's own notice, written by its script into a same-origin <iframe title=\"Avviż dwar "
         "il-cookies\"> at the bottom; both controls are <input type=image> whose label is drawn in the image "
         "(SVG) and given in alt: 'Aċċetta l-cookies kollha' (accept all) / 'Irrifjuta l-cookies mhux "
         "essenzjali' (refuse non-essential cookies).")

# --------------------------------------------------------- Irish site-built, <div role=button> in a shadow root (ga)
IRISH = Replica(
    "nuacht-gaeilge.test", "Site-built banner (Irish-language news, web component)", "ga", (None, "/js/comhpairteanna/fianain.js"),
    attrs='type="module"',
    config={
        "delay": 3500, "mount": "shadow",
        "outer": '<cookie-consent-banner data-shadow-host style="position:fixed;left:0;right:0;bottom:0;z-index:2147483000"></cookie-consent-banner>',
        "cookies": [["fianain_toiliu", "gach", "riachtanach"]],
        "css": ":host{all:initial}.banner{display:block;background:#0b3d2e;color:#fff;font:15px/1.5 Arial,sans-serif;padding:20px 32px;box-shadow:0 -2px 14px rgba(0,0,0,.3)}"
               "h2{margin:0 0 6px;font-size:19px}p{margin:0 0 12px}a{color:#a8e6cf}"
               ".actions{display:flex;gap:10px;flex-wrap:wrap}"
               ".btn{padding:10px 18px;border-radius:3px;font-weight:700;cursor:pointer;background:#fff;color:#0b3d2e;border:2px solid #fff}"
               ".btn.primary{background:#f7b32b;border-color:#f7b32b;color:#0b3d2e}.btn.link{background:transparent;color:#fff;text-decoration:underline;border-color:transparent}"
               ".row{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #2e6b57;padding:8px 0}"
               "[role=switch]{width:42px;height:22px;border-radius:11px;background:#777;position:relative;cursor:pointer}"
               "[role=switch]:after{content:'';position:absolute;top:3px;left:3px;width:16px;height:16px;border-radius:50%;background:#fff;transition:.2s}"
               "[role=switch][aria-checked=true]{background:#f7b32b}[role=switch][aria-checked=true]:after{transform:translateX(20px)}",
        "html": """
<section class="banner" role="dialog" aria-labelledby="ccb-ceannteideal" lang="ga">
 <div data-layer="1">
  <h2 id="ccb-ceannteideal">Úsáidimid fianáin</h2>
  <p>Úsáidimid fianáin riachtanacha chun go n-oibreoidh an suíomh seo. Ba mhaith linn fianáin roghnacha a úsáid freisin chun anailís a dhéanamh ar an gcaoi a n-úsáideann tú an suíomh agus chun fógraí a phearsantú. Ní shocróimid fianáin roghnacha mura dtugann tú cead dúinn. <a href="/fianain">Tuilleadh eolais</a></p>
  <div class="actions">
   <div role="button" tabindex="0" class="btn primary" data-r="accept">Glac le gach fianán</div>
   <div role="button" tabindex="0" class="btn" data-r="reject">Diúltaigh do gach fianán</div>
   <div role="button" tabindex="0" class="btn link" data-r="settings">Socruithe fianán</div>
  </div>
 </div>
 <div data-layer="2" style="display:none">
  <h2>Socruithe fianán</h2>
  <div class="row"><span>Fianáin riachtanacha</span><span>Gníomhach i gcónaí</span></div>
  <div class="row"><span>Fianáin anailíse</span><div role="switch" tabindex="0" aria-checked="false" aria-label="Fianáin anailíse"></div></div>
  <div class="row"><span>Fianáin fógraíochta</span><div role="switch" tabindex="0" aria-checked="false" aria-label="Fianáin fógraíochta"></div></div>
  <div class="actions" style="margin-top:12px">
   <div role="button" tabindex="0" class="btn" data-r="save">Sábháil mo roghanna</div>
   <div role="button" tabindex="0" class="btn primary" data-r="accept">Glac le gach fianán</div>
  </div>
 </div>
</section>"""},
    note="An Irish-language news site's <cookie-consent-banner> web component: the banner in its open shadow "
         "root, 3.5 s after load, every control a <div role=button tabindex=0>: 'Glac le gach fianán' (accept "
         "every cookie) / 'Diúltaigh do gach fianán' (refuse every cookie) / 'Socruithe fianán'.")

# -------------------------------------------------------- Polish portal, <dialog> showModal, "Przejdź do serwisu" (pl)
POLISH = Replica(
    "portal-wiadomosci.test", "Site-built RODO modal (Polish news portal)", "pl", (None, "/static/rodo/rodo-modal.js"),
    attrs='async',
    config={
        "delay": 800, "showModal": "dialog", "lockScroll": True,
        "cookies": [["rodo_zgoda", "pelna", "brak"]],
        "css": "dialog.rodo{width:700px;max-width:calc(100vw - 32px);border:0;border-radius:8px;padding:26px 32px;font:15px/1.55 Arial,sans-serif;color:#1b1b1b}"
               "dialog.rodo::backdrop{background:rgba(0,0,0,.65)}"
               ".rodo h2{margin:0 0 10px;font-size:21px}.rodo p{margin:0 0 10px;font-size:14px}"
               ".rodo__buttons{display:flex;justify-content:flex-end;gap:12px;margin-top:16px;flex-wrap:wrap}"
               ".rodo__btn{font:700 14px Arial,sans-serif;text-transform:uppercase;padding:13px 24px;border-radius:4px;cursor:pointer;border:2px solid #d0021b;background:#fff;color:#d0021b}"
               ".rodo__btn--primary{background:#d0021b;color:#fff}"
               ".rodo__cel{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #eee;padding:8px 0;font-size:14px}",
        "html": """
<div id="rodo-root">
<dialog id="rodo-modal" class="rodo" aria-labelledby="rodo-tytul" lang="pl">
 <div data-layer="1">
  <h2 id="rodo-tytul">Dbamy o Twoją prywatność</h2>
  <p>Wykorzystujemy pliki cookies i podobne technologie w celu zapewnienia prawidłowego działania serwisu, dopasowania treści i reklam do Twoich zainteresowań oraz analizy ruchu. Dane mogą być przekazywane naszym Zaufanym Partnerom (842).</p>
  <p>Klikając „Przejdź do serwisu”, wyrażasz zgodę na przetwarzanie Twoich danych przez nas i naszych Zaufanych Partnerów w celach opisanych powyżej. Zgodę możesz w każdej chwili wycofać lub zmienić w „Ustawieniach zaawansowanych” oraz w Polityce prywatności.</p>
  <div class="rodo__buttons">
   <button type="button" class="rodo__btn" data-r="settings">Ustawienia zaawansowane</button>
   <button type="button" class="rodo__btn rodo__btn--primary" data-r="accept">Przejdź do serwisu</button>
  </div>
 </div>
 <div data-layer="2" style="display:none">
  <h2>Ustawienia zaawansowane</h2>
  <p>Wybierz, na które cele przetwarzania danych wyrażasz zgodę.</p>
  <div class="rodo__cel"><label for="cel-1">Przechowywanie informacji na urządzeniu lub dostęp do nich</label><input type="checkbox" id="cel-1"></div>
  <div class="rodo__cel"><label for="cel-2">Spersonalizowane reklamy i treści</label><input type="checkbox" id="cel-2"></div>
  <div class="rodo__cel"><label for="cel-3">Pomiar wydajności reklam i treści, badania odbiorców</label><input type="checkbox" id="cel-3"></div>
  <div class="rodo__buttons">
   <button type="button" class="rodo__btn" data-r="reject">Odrzuć wszystkie</button>
   <button type="button" class="rodo__btn" data-r="save">Zapisz i przejdź do serwisu</button>
   <button type="button" class="rodo__btn rodo__btn--primary" data-r="accept">Zaakceptuj wszystkie</button>
  </div>
 </div>
</dialog>
</div>"""},
    refuse=("chose_reject", "chose_selection_none"),
    note="A Polish news portal's own RODO modal, a <dialog> opened with showModal(), in the style of Onet/WP: the "
         "accept is 'Przejdź do serwisu' (go to the site), which the text says gives consent; 'Ustawienia "
         "zaawansowane' holds 'Odrzuć wszystkie' (reject all) beside 'Zapisz i przejdź do serwisu' (save and go "
         "to the site, with the purposes unticked).")

# --------------------------------------------------- Swedish site-built: "Godkänn" and a bare "✕" (typed error) (sv)
SWEDISH = Replica(
    "lokaltidningen-se.test", "Site-built notice (Swedish local paper, accept and a bare close)", "sv", (None, "/js/kakor.js"),
    attrs='defer',
    config={
        "delay": 500,
        "cookies": [["kakor_godkanda", "ja", "stangd"]],
        "css": "#kaknotis{position:fixed;top:0;left:0;right:0;z-index:10000;background:#fffbe6;border-bottom:1px solid #e0d080;font:14px/1.5 Arial,sans-serif;color:#222}"
               ".kaknotis__inner{max-width:1000px;margin:0 auto;padding:12px 56px 12px 20px;display:flex;align-items:center;gap:20px;position:relative}"
               ".kaknotis__inner p{margin:0;flex:1}"
               ".kaknotis__ok{background:#1d5fa8;color:#fff;border:0;border-radius:3px;padding:8px 20px;font-weight:700;cursor:pointer}"
               ".kaknotis__stang{position:absolute;right:14px;top:50%;transform:translateY(-50%);background:none;border:0;font-size:20px;cursor:pointer;color:#555}",
        "html": """
<div id="kaknotis" role="region" aria-label="Kakor" lang="sv">
 <div class="kaknotis__inner">
  <p>Vi använder kakor (cookies) för att webbplatsen ska fungera på ett bra sätt för dig och för att anpassa innehåll och annonser. <a href="/om-kakor">Läs mer om kakor</a></p>
  <button type="button" class="kaknotis__ok" data-r="accept">Godkänn</button>
  <button type="button" class="kaknotis__stang" aria-label="Stäng" data-r="dismiss">✕</button>
 </div>
</div>"""},
    refuse=(),
    errors={"refuse_to_all": "no_button_found"},
    note="A Swedish local paper's top notice: 'Godkänn' (approve) and a bare '✕' labelled 'Stäng' (close) whose "
         "effect the notice does not state (it only hides the bar). Nothing refuses: refuse_to_all must end "
         "no_button_found, never a click on the ✕ (which would leave chose_dismiss).")

# ------------------------------------------------ Danish implied-consent bar, only a close "×" (typed errors) (da)
DANISH_CLOSE = Replica(
    "lokalavis-dk.test", "Site-built implied-consent bar (Danish, close only)", "da", (None, "/assets/cookiebar.js"),
    attrs='defer',
    config={
        "delay": 300,
        "cookies": [["cookiebar_lukket", "1", "1"]],
        "css": "#cookie-bar{position:fixed;bottom:0;left:0;right:0;z-index:9000;background:#222;color:#eee;font:13px/1.5 Verdana,sans-serif;padding:10px 48px 10px 20px}"
               "#cookie-bar a{color:#fc0}"
               ".cookie-bar__luk{position:absolute;right:14px;top:50%;transform:translateY(-50%);font-size:22px;cursor:pointer;color:#fff}",
        "html": """
<div id="cookie-bar" class="cookie-bar" role="region" aria-label="Cookies" lang="da">
 Denne hjemmeside anvender cookies til statistik og målretning af annoncer. Ved fortsat brug af siden accepterer du brugen af cookies. <a href="/cookiepolitik">Læs mere</a>
 <span class="cookie-bar__luk" role="button" tabindex="0" aria-label="Luk" title="Luk" data-r="dismiss">×</span>
</div>"""},
    accept=None, refuse=(),
    errors={"consent_to_all": "no_existing_or_clear_cmp", "refuse_to_all": "no_existing_or_clear_cmp"},
    note="An old-style Danish implied-consent bar ('Ved fortsat brug af siden accepterer du brugen af cookies') "
         "whose only control is a close '×' (role=button, 'Luk'). Closing is neither an explicit consent nor a "
         "refusal, and the bar offers no consent choice at all (no clear CMP): both click scenarios must end "
         "no_existing_or_clear_cmp, without clicking the ×. (no_button_found would be defensible too; this row "
         "was first written with it, and changed after the first run on the reading that a notice with no "
         "choice is 'no clear CMP', not a CMP missing one button.)")

# ------------------------------------------------- British shop, "Yes, I'm happy" / "No thanks" links (en)
UK_SHOP = Replica(
    "homewares-uk.test", "Site-built banner (UK retailer, <a role=button>)", "en", (None, "/static/js/cookie-consent.js"),
    attrs='defer',
    config={
        "delay": 600,
        "cookies": [["cookie_prefs", "all", "essential"]],
        "css": "#cookie-consent{position:fixed;left:16px;bottom:16px;width:420px;max-width:calc(100vw - 32px);z-index:9999;background:#fff;color:#222;"
               "border-radius:10px;box-shadow:0 8px 30px rgba(0,0,0,.25);font:14px/1.5 Helvetica,Arial,sans-serif;padding:22px;box-sizing:border-box}"
               "#cookie-consent h2{margin:0 0 8px;font-size:18px}"
               ".cc-actions{display:flex;flex-direction:column;gap:8px;margin-top:12px}"
               ".cc-btn{display:block;text-align:center;padding:11px;border-radius:24px;font-weight:700;text-decoration:none;border:2px solid #222;color:#222}"
               ".cc-btn--primary{background:#222;color:#fff}.cc-link{text-align:center;color:#222;font-size:13px}"
               ".cc-row{display:flex;justify-content:space-between;border-bottom:1px solid #eee;padding:8px 0}",
        "html": """
<div id="cookie-consent" class="cc-panel" role="dialog" aria-modal="false" aria-labelledby="cc-heading" lang="en-GB">
 <div data-layer="1">
  <h2 id="cc-heading">Are you happy with cookies?</h2>
  <p>We use cookies to make our website work, to understand how you use it and to show you personalised offers and ads on other sites. Choose “Yes, I’m happy” to allow all cookies, or “No thanks” to allow only the cookies our website needs to work. You can change your mind at any time in <a href="/cookie-policy">Cookie settings</a>.</p>
  <div class="cc-actions">
   <a href="#" role="button" class="cc-btn cc-btn--primary" data-r="accept">Yes, I’m happy</a>
   <a href="#" role="button" class="cc-btn" data-r="reject">No thanks</a>
   <a href="#" class="cc-link" data-r="settings">Let me choose</a>
  </div>
 </div>
 <div data-layer="2" style="display:none">
  <h2>Choose your cookies</h2>
  <div class="cc-row"><span>Essential</span><span>Always on</span></div>
  <div class="cc-row"><label for="cc-perf">Performance</label><input type="checkbox" id="cc-perf"></div>
  <div class="cc-row"><label for="cc-mkt">Marketing</label><input type="checkbox" id="cc-mkt"></div>
  <div class="cc-actions">
   <a href="#" role="button" class="cc-btn" data-r="save">Save my choices</a>
   <a href="#" role="button" class="cc-btn cc-btn--primary" data-r="accept">Allow all</a>
  </div>
 </div>
</div>"""},
    note="A British homewares shop's own corner panel, controls are <a href=\"#\" role=button>: 'Yes, I’m "
         "happy' (accept) / 'No thanks' (essential only) / 'Let me choose'; the text states what each does.")


ROUND3: list[Replica] = [ONETRUST_NL, ONETRUST_EN, COMPLIANZ, OSANO, TARTEAUCITRON, EVIDON, GOVUK, NHS, GARANTE,
                         LIVERAMP, BASQUE, ICELANDIC, MALTESE, IRISH, POLISH, SWEDISH, DANISH_CLOSE, UK_SHOP]
