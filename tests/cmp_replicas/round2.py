# ruff: noqa: E501  (the replicas hold real CMPs' markup and wording verbatim, one element a line)
"""Second held-out round: 17 more real CMPs, none of round one's, in Portuguese, Finnish, Czech, Romanian,
English, Slovak, Greek, Croatian, Estonian, Latvian, Slovenian, Bulgarian, Hungarian, German, French and
Lithuanian.

The hard cases they carry: a Usercentrics v3 shadow root (``#usercentrics-cmp-ui``); first layers with only
accept and settings, whose settings start switched off and save with "Vahvista valinnat"/"Saglabāt"
(CookieFirst, CookieHub); a close icon titled with the refusal's word that accepts (Cookie Notice); a refusal as
an icon whose words are visually hidden, an accept split over spans (TrustCommander); a ``<dialog>`` opened with
``showModal()`` (Real Cookie Banner); "accept only necessary" beside "accept all" in a shadow root (Consentmo);
an information notice whose only control is "Értem!" (cookieconsent 3); legitimate-interest "Object all" beside
a real "Reject all" (Gravito); the whole banner in a same-origin iframe the loader writes (AppConsent); a
pay-or-OK wall (accept, or subscribe); a top-right "do not accept" (Sirdata).
"""

from __future__ import annotations

from tests.cmp_replicas import Replica

TCF_ACCEPT = "CQJ1xAAQJ1xAAAHABBENBSFsAP_gAEPgAAwIKZNV_G__bWlr8X73aftkeY1P9_h77sQxBhfJE-4FzLvW_JwXx2ExNA36tqIKmRIAu3bBIQNlGJDUTVCgaogVryDMaE2coTNKJ6BkiFMRM2dYCF5vm4tj-QKY5vr991dx2B"
TCF_REJECT = "CQJ1xAAQJ1xAAAHABBENBSFgAAAAAAAAAAwIAAAAAAAA.YAAAAAAAAAAA"
TCFAPI = """
window.__tcfapi = function (cmd, version, callback) {
  if (cmd === 'ping') callback({ gdprApplies: true, cmpLoaded: true, cmpStatus: 'loaded', displayStatus: __replica.shown ? 'visible' : 'hidden', apiVersion: '2.2', cmpVersion: 12, cmpId: %d, gvlVersion: 80, tcfPolicyVersion: 5 }, true);
};"""

# --------------------------------------------------------------------- Usercentrics CMP v3 (Browser UI, pt)
USERCENTRICS_V3 = Replica(
    "usercentrics-loja.test", "Usercentrics (CMP v3 Browser UI)", "pt", ("web.cmp.usercentrics.eu", "/ui/loader.js"),
    attrs='id="usercentrics-cmp" data-settings-id="Xr7pQ2mBw" async',
    config={
        "delay": 1400, "mount": "shadow",
        "outer": '<aside id="usercentrics-cmp-ui" data-shadow-host style="position:relative;z-index:2147483647"></aside>',
        "cookies": [["uc_user_interaction", "true", "true"]],
        "css": "#uc-main-dialog{position:fixed;bottom:16px;left:50%;transform:translateX(-50%);width:860px;max-width:calc(100vw - 32px);"
               "background:#fff;border-radius:8px;box-shadow:0 4px 24px rgba(0,0,0,.25);font:14px/1.5 system-ui,Arial,sans-serif;color:#1c1c1c;padding:24px}"
               ".uc-buttons{display:flex;gap:8px;justify-content:flex-end;margin-top:16px}"
               ".uc-btn{border:0;border-radius:6px;padding:12px 20px;font-weight:600;cursor:pointer;background:#f1f1f1;color:#1c1c1c;min-width:160px}"
               ".uc-btn.accept{background:#1352e2;color:#fff}"
               ".uc-cat{display:flex;justify-content:space-between;padding:8px 0;border-bottom:1px solid #eee}"
               ".uc-cat [role=switch]{width:44px;height:24px;border-radius:12px;border:0;background:#ccc}"
               ".uc-cat [role=switch][aria-checked=true]{background:#1352e2}",
        "html": """
<div id="uc-main-dialog" class="cmp first" role="dialog" aria-modal="true" aria-labelledby="uc-privacy-title" data-nosnippet lang="pt">
 <div data-layer="1" class="uc-first-layer">
  <h2 id="uc-privacy-title" class="title">Valorizamos a sua privacidade</h2>
  <div id="uc-privacy-description" class="description">Utilizamos cookies e tecnologias semelhantes para personalizar conteúdos e anúncios, disponibilizar funcionalidades de redes sociais e analisar o nosso tráfego. Alguns são essenciais, enquanto outros nos ajudam a melhorar o site e a sua experiência. Pode alterar ou retirar o seu consentimento a qualquer momento nas definições de privacidade.</div>
  <div class="uc-buttons buttons-row" role="group">
   <button id="more" class="uc-btn more" data-action-type="more" data-r="settings">Mais opções</button>
   <button id="deny" class="uc-btn deny" data-action-type="deny" data-r="reject">Negar</button>
   <button id="accept" class="uc-btn accept" data-action-type="accept" data-r="accept">Aceitar tudo</button>
  </div>
 </div>
 <div data-layer="2" class="uc-second-layer" style="display:none">
  <h2 class="title">Definições de privacidade</h2>
  <p>Aqui pode ver um resumo de todas as tecnologias utilizadas e dar ou recusar o seu consentimento por categoria.</p>
  <div class="uc-cat"><span>Essenciais</span><button role="switch" aria-checked="true" aria-disabled="true" aria-label="Essenciais" disabled></button></div>
  <div class="uc-cat"><span>Funcionais</span><button role="switch" aria-checked="false" aria-label="Funcionais"></button></div>
  <div class="uc-cat"><span>Marketing</span><button role="switch" aria-checked="false" aria-label="Marketing"></button></div>
  <div class="uc-buttons">
   <button class="uc-btn deny" data-action-type="deny" data-r="reject">Negar</button>
   <button class="uc-btn save" data-action-type="save" data-r="save">Guardar definições</button>
   <button class="uc-btn accept" data-action-type="accept" data-r="accept">Aceitar tudo</button>
  </div>
 </div>
</div>"""},
    api="""
(function () { var accepted = false;
  __replica.listeners.push(function (name) { accepted = name === 'chose_accept';
    try { localStorage.setItem('ucData', JSON.stringify({ gcm: { adStorage: accepted ? 'granted' : 'denied' }, consent: { services: {} } })); } catch (e) {} });
  window.__ucCmp = { acceptAllConsents: function () { __replica.commit('chose_accept'); return Promise.resolve(); },
    denyAllConsents: function () { __replica.commit('chose_reject'); return Promise.resolve(); },
    closeCmp: function () { __replica.hide(); return Promise.resolve(); }, isInitialized: function () { return Promise.resolve(true); } };
  window.UC_UI = { isInitialized: function () { return true; },
    acceptAllConsents: function () { __replica.commit('chose_accept'); return Promise.resolve(true); },
    denyAllConsents: function () { __replica.commit('chose_reject'); return Promise.resolve(true); },
    closeCMP: function () { __replica.hide(); return Promise.resolve(true); },
    areAllConsentsAccepted: function () { return accepted; } };
  window.dispatchEvent(new Event('UC_UI_INITIALIZED')); })();""",
    note="Usercentrics CMP v3 Browser UI: the open shadow root of <aside id=\"usercentrics-cmp-ui\">, buttons "
         "carrying data-action-type, Portuguese: Mais opções / Negar / Aceitar tudo.")

# ------------------------------------------------------------------------------------- CookieFirst (fi) (b)
COOKIEFIRST = Replica(
    "cookiefirst-kauppa.test", "CookieFirst", "fi",
    ("consent.cookiefirst.com", "/sites/cookiefirst-kauppa.test-4b2c9d1e-8f7a-4e6b-9c5d-3a2b1c0d9e8f/consent.js"),
    attrs='type="text/javascript"',
    config={
        "delay": 900,
        "cookies": [["cookiefirst-consent", '{"necessary":true,"performance":true,"functional":true,"advertising":true,"timestamp":1733061600,"type":"category","version":"4b2c9d1e"}',
                     '{"necessary":true,"performance":false,"functional":false,"advertising":false,"timestamp":1733061600,"type":"category","version":"4b2c9d1e"}']],
        "css": ".cookiefirst-root{font:15px/1.5 'Open Sans',Arial,sans-serif;color:#222}"
               ".cf2Lf6{position:fixed;bottom:0;left:0;right:0;z-index:2147483645;background:#fff;box-shadow:0 -4px 16px rgba(0,0,0,.15);padding:20px 32px}"
               ".cf3l36{display:flex;gap:12px;justify-content:flex-end;margin-top:12px}"
               ".cf1y60{border:2px solid #2a6ebb;border-radius:4px;padding:10px 22px;font-weight:700;cursor:pointer;background:#fff;color:#2a6ebb}"
               ".cf1y60.cf2L3T{background:#2a6ebb;color:#fff}"
               ".cf8Oal{position:fixed;inset:0;z-index:2147483646;background:rgba(0,0,0,.5);display:flex;align-items:center;justify-content:center}"
               ".cf3Tgk{background:#fff;width:680px;border-radius:6px;padding:24px 32px}"
               ".cf1lHZ{display:flex;justify-content:space-between;align-items:center;padding:10px 0;border-bottom:1px solid #eee}"
               ".cf1lHZ button[role=checkbox]{width:46px;height:24px;border-radius:12px;border:0;background:#bbb}"
               ".cf1lHZ button[role=checkbox][aria-checked=true]{background:#2a6ebb}",
        "html": """
<div class="cookiefirst-root notranslate" id="cookiefirst-root" dir="ltr" lang="fi">
 <div class="cf2Lf6" data-layer="1" data-cookiefirst-widget="banner" role="dialog" aria-labelledby="cookie-preference-panel-title" aria-modal="false">
  <h2 id="cookie-preference-panel-title" class="cf2cCn">Arvostamme yksityisyyttäsi</h2>
  <p class="cf3E9g">Käytämme evästeitä parantaaksemme käyttökokemustasi, näyttääksemme sinulle kohdennettua sisältöä ja mainoksia sekä analysoidaksemme sivuston liikennettä. Valitsemalla "Hyväksy kaikki" hyväksyt evästeiden käytön. Voit muuttaa asetuksiasi milloin tahansa. <a href="/tietosuojaseloste" target="_blank" rel="noopener noreferrer">Tietosuojaseloste</a></p>
  <div class="cf3l36">
   <button type="button" data-cookiefirst-action="adjust" class="cf1y60" data-r="settings"><span>Muokkaa asetuksia</span></button>
   <button type="button" data-cookiefirst-action="accept" class="cf1y60 cf2L3T" data-r="accept"><span>Hyväksy kaikki</span></button>
  </div>
 </div>
 <div class="cf8Oal" data-layer="2" data-display="flex" style="display:none">
  <div class="cf3Tgk" data-cookiefirst-widget="modal" role="dialog" aria-modal="true" aria-labelledby="cookie-preference-modal-title">
   <h2 id="cookie-preference-modal-title">Evästeasetukset</h2>
   <p>Valitse, mitä evästeitä sallit. Välttämättömät evästeet ovat aina käytössä, koska sivusto ei toimi ilman niitä.</p>
   <div class="cf1lHZ"><span>Välttämättömät</span><button type="button" role="checkbox" aria-checked="true" aria-disabled="true" disabled data-cookiefirst-accent-color="true" aria-label="Välttämättömät"></button></div>
   <div class="cf1lHZ"><span>Suorituskyky</span><button type="button" role="checkbox" aria-checked="false" data-cookiefirst-accent-color="true" aria-label="Suorituskyky"></button></div>
   <div class="cf1lHZ"><span>Toiminnallisuus</span><button type="button" role="checkbox" aria-checked="false" data-cookiefirst-accent-color="true" aria-label="Toiminnallisuus"></button></div>
   <div class="cf1lHZ"><span>Mainonta</span><button type="button" role="checkbox" aria-checked="false" data-cookiefirst-accent-color="true" aria-label="Mainonta"></button></div>
   <div class="cf3l36">
    <button type="button" data-cookiefirst-action="save" class="cf1y60" data-r="save"><span>Vahvista valinnat</span></button>
    <button type="button" data-cookiefirst-action="accept" class="cf1y60 cf2L3T" data-r="accept"><span>Hyväksy kaikki</span></button>
   </div>
  </div>
 </div>
</div>"""},
    api="""
window.CookieFirst = { acceptAllCategories: function () { __replica.commit('chose_accept'); },
  declineAllCategories: function () { __replica.commit('chose_reject'); }, openPanel: function () { __replica.layer(2); } };""",
    refuse=("chose_selection_none", "chose_reject"),
    note="Hard case (b): CookieFirst with the site's 'Reject all' hidden (a real option): Muokkaa asetuksia / "
         "Hyväksy kaikki; the modal's role=checkbox switches start off and 'Vahvista valinnat' (confirm choices) "
         "saves them: chose_selection_none.")

# ------------------------------------------------------------------ Cookie Notice & Compliance by Hu-manity (cs)
COOKIE_NOTICE = Replica(
    "cookienotice-penzion.test", "Cookie Notice & Compliance (Hu-manity.co)", "cs",
    (None, "/wp-content/plugins/cookie-notice/js/front.min.js"),
    head='<script type="text/javascript" id="cookie-notice-front-js-before">var cnArgs = {"ajaxUrl":"\\/wp-admin\\/admin-ajax.php",'
         '"nonce":"5a1b2c3d4e","hideEffect":"fade","position":"bottom","onScroll":false,"onScrollOffset":100,"onClick":false,'
         '"cookieName":"cookie_notice_accepted","cookieTime":2592000,"cookieTimeRejected":2592000,"globalCookie":false,'
         '"redirection":false,"cache":false,"revokeCookies":false,"revokeCookiesOpt":"automatic"};</script>',
    attrs="type='text/javascript' id='cookie-notice-front-js'",
    config={
        "delay": 0,
        "cookies": [["cookie_notice_accepted", "true", "false"]],
        "css": "#cookie-notice{position:fixed;min-width:100%;height:auto;z-index:100000;font-size:13px;letter-spacing:0;line-height:20px;"
               "left:0;text-align:center;font-weight:400;font-family:-apple-system,BlinkMacSystemFont,Arial,Roboto,'Helvetica Neue',sans-serif;bottom:0;background:rgba(50,50,58,1)}"
               "#cookie-notice .cookie-notice-container{padding:15px 30px;text-align:center;width:100%;z-index:2;color:#fff}"
               ".cn-close-icon{position:absolute;right:15px;top:50%;margin-top:-10px;width:15px;height:15px;opacity:.5;padding:10px;outline:0;cursor:pointer}"
               ".cn-close-icon:after,.cn-close-icon:before{position:absolute;content:' ';height:15px;width:2px;top:3px;background-color:#fff}"
               ".cn-close-icon:before{transform:rotate(45deg)}.cn-close-icon:after{transform:rotate(-45deg)}"
               "#cookie-notice .cn-button{margin:0 0 0 10px;display:inline-block;font-size:13px;padding:8.5px 10px;border-radius:3px;"
               "line-height:1;cursor:pointer;text-decoration:none;color:#fff;background:#00a99d}",
        "html": """
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom cn-animated cookie-notice-visible" aria-label="Cookie Notice">
 <div class="cookie-notice-container" style="color: #fff">
  <span id="cn-notice-text" class="cn-text-container">Používáme soubory cookie, abychom vám zajistili co nejlepší zážitek z našich webových stránek. Pokud budete nadále používat tyto stránky, budeme předpokládat, že jste s tím spokojeni.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok" data-r="accept">Ok</a><a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button" aria-label="Ne" data-r="reject">Ne</a><a href="/zasady-ochrany-osobnich-udaju/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Zásady ochrany osobních údajů">Zásady ochrany osobních údajů</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="Ne" data-r="accept"></span>
 </div>
</div>"""},
    note="Cookie Notice (WordPress, Hu-manity.co), Czech, with the refuse button and the close icon enabled: "
         "'Ok' / 'Ne' links, and the plugin's close icon carries title=\"Ne\" (the refuse text) yet "
         "data-cookie-set=\"accept\": clicking the × accepts, as in the real plugin.")

# ---------------------------------------------------------------- WebToffee GDPR Cookie Consent (CookieLawInfo) (ro)
WEBTOFFEE = Replica(
    "webtoffee-magazin.test", "GDPR Cookie Consent (WebToffee / CookieLawInfo)", "ro",
    (None, "/wp-content/plugins/cookie-law-info/legacy/public/js/cookie-law-info-public.js"),
    head='<script type="text/javascript" id="cookie-law-info-js-extra">var Cli_Data = {"nn_cookie_ids":[],"cookielist":[],'
         '"non_necessary_cookies":[],"ccpaEnabled":"","ccpaRegionBased":"","ccpaBarEnabled":"","strictlyEnabled":["necessary","obligatoire"],'
         '"ccpaType":"gdpr","js_blocking":"1","custom_integration":"","triggerDomRefresh":"","secure_cookies":""};'
         'var cli_cookiebar_settings = {"animate_speed_hide":"500","animate_speed_show":"500","background":"#FFF","border":"#b1a6a6c2",'
         '"border_on":false,"button_1_button_colour":"#61a229","button_1_button_hover":"#4e8221","button_1_link_colour":"#fff",'
         '"button_1_as_button":true,"button_1_new_win":false,"button_2_button_colour":"#333","button_2_as_button":false,'
         '"button_3_button_colour":"#dedfe0","button_3_as_button":true,"button_4_as_button":false,"button_7_as_button":true,'
         '"font_family":"inherit","header_fix":false,"notify_animate_hide":true,"notify_animate_show":false,'
         '"notify_div_id":"#cookie-law-info-bar","notify_position_horizontal":"right","notify_position_vertical":"bottom",'
         '"scroll_close":false,"scroll_close_reload":false,"accept_close_reload":false,"reject_close_reload":false,'
         '"showagain_tab":false,"show_once_yn":false,"widget_position":"left","popup_showagain_position":"bottom-right"};'
         'var log_object = {"ajax_url":"\\/wp-admin\\/admin-ajax.php"};</script>',
    attrs="type='text/javascript' id='cookie-law-info-js'",
    config={
        "delay": 0,
        "cookies": [["viewed_cookie_policy", "yes", "no"], ["cookielawinfo-checkbox-necessary", "yes", "yes"],
                    ["cookielawinfo-checkbox-functional", "yes", "no"], ["cookielawinfo-checkbox-analytics", "yes", "no"],
                    ["cookielawinfo-checkbox-advertisement", "yes", "no"], ["cookielawinfo-checkbox-non-necessary", "yes", "no"]],
        "css": "#cookie-law-info-bar{position:fixed;bottom:0;left:0;right:0;z-index:9999;background:#fff;color:#333;"
               "box-shadow:0 -1px 10px 0 #acabab4d;font:14px/1.5 Arial,sans-serif;padding:14px 25px;text-align:left}"
               ".cli-bar-container{display:flex;align-items:center;justify-content:space-between;gap:20px}"
               ".cli-bar-btn_container{display:flex;gap:5px;flex-shrink:0;align-items:center}"
               ".cli-plugin-button,.cookie_action_close_header_reject{display:inline-block;padding:8px 16px;border-radius:3px;cursor:pointer;font-size:13px}"
               ".wt-cli-accept-all-btn{background:#61a229;color:#fff}.cookie_action_close_header_reject{background:#dedfe0;color:#333}"
               ".cli_settings_button{color:#333;cursor:pointer;text-decoration:underline;margin-right:8px}"
               ".cli-modal{position:fixed;inset:0;z-index:99999;background:rgba(0,0,0,.5);display:flex;align-items:center;justify-content:center}"
               ".cli-modal-content{background:#fff;width:700px;padding:24px;border-radius:4px;color:#000}"
               ".cli-tab-header{display:flex;justify-content:space-between;padding:8px 0;border-bottom:1px solid #eee}",
        "html": """
<div id="cookie-law-info-bar" data-nosnippet="true" data-cli-style="cli-style-v2">
 <span><div class="cli-bar-container cli-style-v2" data-layer="1" data-display="flex"><div class="cli-bar-message">Folosim cookie-uri pe site-ul nostru web pentru a vă oferi cea mai relevantă experiență, amintindu-ne preferințele și vizitele repetate. Făcând clic pe „Acceptați tot”, sunteți de acord cu utilizarea TUTUROR cookie-urilor. Cu toate acestea, puteți accesa „Setări cookie-uri” pentru a oferi un consimțământ controlat.</div><div class="cli-bar-btn_container"><a role='button' class="cli_settings_button" data-r="settings">Setări cookie-uri</a><a role='button' id="wt-cli-reject-btn" class="cookie_action_close_header_reject cli_action_button wt-cli-reject-btn" data-cli_action="reject" data-r="reject">Respingeți tot</a><a id="wt-cli-accept-all-btn" role='button' data-cli_action="accept_all" class="wt-cli-element medium cli-plugin-button wt-cli-accept-all-btn cookie_action_close_header cli_action_button" data-r="accept">Acceptați tot</a></div></div></span>
 <div class="cli-modal" id="cliSettingsPopup" tabindex="-1" role="dialog" aria-labelledby="cliSettingsPopup" aria-hidden="true" data-layer="2" data-display="flex" style="display:none">
  <div class="cli-modal-content cli-bar-popup">
   <h4>Prezentare generală a confidențialității</h4>
   <div class="cli-privacy-content-text">Acest site web folosește cookie-uri pentru a vă îmbunătăți experiența în timp ce navigați prin site.</div>
   <div class="cli-tab-header"><span>Necesare</span><span class="cli-necessary-caption">Întotdeauna activat</span></div>
   <div class="cli-tab-header"><label for="wt-cli-checkbox-functional">Funcționale</label><input type="checkbox" id="wt-cli-checkbox-functional" class="cli-user-preference-checkbox" data-id="checkbox-functional"></div>
   <div class="cli-tab-header"><label for="wt-cli-checkbox-analytics">Analitice</label><input type="checkbox" id="wt-cli-checkbox-analytics" class="cli-user-preference-checkbox" data-id="checkbox-analytics"></div>
   <div class="cli-tab-header"><label for="wt-cli-checkbox-advertisement">Publicitate</label><input type="checkbox" id="wt-cli-checkbox-advertisement" class="cli-user-preference-checkbox" data-id="checkbox-advertisement"></div>
   <div class="cli-modal-footer"><a id="wt-cli-privacy-save-btn" role="button" tabindex="0" data-cli-action="accept" class="wt-cli-privacy-btn cli_setting_save_button wt-cli-privacy-accept-btn cli-btn" data-r="save">SALVAȚI ȘI ACCEPTAȚI</a></div>
  </div>
 </div>
</div>"""},
    api="""
window.CLI = { disableAllCookies: function () { ['functional', 'analytics', 'advertisement', 'non-necessary'].forEach(function (c) {
    document.cookie = 'cookielawinfo-checkbox-' + c + '=no; path=/; max-age=31536000'; }); },
  reject_close: function () { __replica.commit('chose_reject'); }, accept_close: function () { __replica.commit('chose_accept'); } };""",
    note="WebToffee's CookieLawInfo v2 bar, Romanian: links <a role=button> 'Setări cookie-uri' / 'Respingeți tot' / "
         "'Acceptați tot' (data-cli_action=accept_all); the settings popup saves with 'SALVAȚI ȘI ACCEPTAȚI'. "
         "The autoconsent rule refuses through CLI.disableAllCookies() + CLI.reject_close().")

# ------------------------------------------------------------------- Real Cookie Banner (devowl.io), <dialog> (d)
REAL_COOKIE_BANNER = Replica(
    "realcookiebanner-studio.test", "Real Cookie Banner (devowl.io)", "en",
    (None, "/wp-content/plugins/real-cookie-banner-pro/public/dist/banner.pro.js"),
    head='<script id="real-cookie-banner-pro-banner-js-extra">var realCookieBanner = {"isPro":true,"blogId":1,'
         '"cookieName":"real_cookie_banner-v:3_blog:1","restNamespace":"real-cookie-banner/v1","bannerDesignVersion":10};</script>',
    attrs='type="text/javascript" id="real-cookie-banner-pro-banner-js"',
    config={
        "delay": 300, "showModal": "dialog", "lockScroll": True,
        "cookies": [["real_cookie_banner-v:3_blog:1", "f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9:1733061600:[1,2,3,4]",
                     "f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9:1733061600:[1]"]],
        "css": "dialog.wp-exclude-emoji{border:0;padding:0;border-radius:5px;width:600px;max-width:calc(100vw - 32px);background:#fff;color:#2b2b2b;"
               "font:15px/1.5 -apple-system,Segoe UI,Arial,sans-serif;box-shadow:0 5px 25px rgba(0,0,0,.3)}"
               "dialog.wp-exclude-emoji::backdrop{background:rgba(0,0,0,.4)}"
               ".rcb-inner{padding:22px 26px}.rcb-headline{font-size:20px;font-weight:700;margin-bottom:10px}"
               ".rcb-buttons{display:flex;flex-direction:column;gap:8px;margin-top:16px}"
               ".rcb-buttons a[role=button]{display:block;text-align:center;padding:11px;border-radius:5px;cursor:pointer;text-decoration:none}"
               ".rcb-accept{background:#15779b;color:#fff}.rcb-cwc{background:#fff;color:#15779b;border:1px solid #15779b}"
               ".rcb-group{display:flex;justify-content:space-between;padding:6px 0;border-bottom:1px solid #eee}",
        "html": """
<div id="a8h2k9" consent-skip-blocker="1" class="rcb-banner-overlay" data-bg="background-color: rgba(0, 0, 0, 0.4);">
 <dialog class="wp-exclude-emoji" aria-labelledby="a8h2k9-headline" aria-describedby="a8h2k9-description" data-nosnippet="1">
  <div data-layer="1" class="rcb-l1"><div class="rcb-inner"><div class="rcb-body">
   <div id="a8h2k9-headline" class="rcb-headline" role="heading" aria-level="2">Privacy preferences</div>
   <div id="a8h2k9-description"><p>We use cookies and similar technologies on our website and process your personal data (e.g. IP address), for example, to personalize content and ads, to integrate media from third-party providers or to analyze traffic on our website. Data processing may also happen as a result of cookies being set. We share this data with third parties that we name in the privacy settings.</p>
   <p>The data processing may take place with your consent or on the basis of a legitimate interest, which you can object to in the privacy settings. You have the right not to consent and to change or revoke your consent at a later time. For more information on the use of your data, please visit our <a href="/privacy-policy/" target="_blank">privacy policy</a>.</p>
   <p>You are under 16 years old? Then you cannot consent to optional services. Ask your parents or legal guardians to agree to these services with you.</p>
   <p><a href="#" data-r="settings">Individual privacy preferences</a></p></div>
   <div class="rcb-buttons"><div><a role="button" id="a8h2k9-accept-all" tabindex="0" class="rcb-accept" data-r="accept"><span>Accept all</span></a></div><div><a role="button" tabindex="0" class="rcb-cwc" data-r="reject"><span>Continue without consent</span></a></div></div>
  </div></div></div>
  <div data-layer="2" class="rcb-l2" style="display:none"><div class="rcb-inner">
   <div class="rcb-headline" role="heading" aria-level="2">Individual privacy preferences</div>
   <p>Here you will find an overview of all services used. You can give or refuse your consent per group.</p>
   <div class="rcb-group"><label for="rcb-g1">Essential</label><input type="checkbox" id="rcb-g1" checked disabled></div>
   <div class="rcb-group"><label for="rcb-g2">Functional</label><input type="checkbox" id="rcb-g2"></div>
   <div class="rcb-group"><label for="rcb-g3">Statistics</label><input type="checkbox" id="rcb-g3"></div>
   <div class="rcb-group"><label for="rcb-g4">Marketing</label><input type="checkbox" id="rcb-g4"></div>
   <div class="rcb-buttons"><a role="button" tabindex="0" class="rcb-accept" data-r="accept">Accept all</a><a role="button" tabindex="0" class="rcb-cwc" data-r="reject">Continue without consent</a><a role="button" tabindex="0" class="rcb-cwc" data-r="save">Save custom choices</a></div>
  </div></div>
 </dialog>
</div>"""},
    api="""
window.consentApi = { consent: function () { return Promise.resolve(); }, consentAll: function () { return Promise.resolve(); } };""",
    note="Hard case (d): Real Cookie Banner's <dialog>, opened with showModal() (top layer, ::backdrop), "
         "buttons <a role=button> 'Accept all' / 'Continue without consent' with their words in a <span>.")

# ----------------------------------------------------------------------------- Piwik PRO consent form (sk)
PIWIK_PRO = Replica(
    "piwikpro-banka.test", "Piwik PRO Consent Manager", "sk",
    ("banka.containers.piwik.pro", "/8c4f2e1a-7b3d-4a5e-9f6c-1d2e3f4a5b6c.js"),
    head="<script type=\"text/javascript\">(function(window,document,dataLayerName,id){window[dataLayerName]=window[dataLayerName]||[],"
         "window[dataLayerName].push({start:(new Date).getTime(),event:\"stg.start\"});})(window,document,'dataLayer','8c4f2e1a-7b3d-4a5e-9f6c-1d2e3f4a5b6c');</script>",
    attrs='type="text/javascript" async',
    config={
        "delay": 1100,
        "cookies": [["ppms_privacy_8c4f2e1a-7b3d-4a5e-9f6c-1d2e3f4a5b6c",
                     '{"visitorId":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d","domain":{"normalized":"piwikpro-banka.test","isWildcard":false,"pattern":"piwikpro-banka.test"},"consents":{"analytics":{"status":1,"updatedAt":"2026-12-01T10:00:00.000Z"},"marketing_automation":{"status":1,"updatedAt":"2026-12-01T10:00:00.000Z"},"remarketing":{"status":1,"updatedAt":"2026-12-01T10:00:00.000Z"}}}',
                     '{"visitorId":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d","domain":{"normalized":"piwikpro-banka.test","isWildcard":false,"pattern":"piwikpro-banka.test"},"consents":{"analytics":{"status":0,"updatedAt":"2026-12-01T10:00:00.000Z"},"marketing_automation":{"status":0,"updatedAt":"2026-12-01T10:00:00.000Z"},"remarketing":{"status":0,"updatedAt":"2026-12-01T10:00:00.000Z"}}}']],
        "css": "#ppms_cm_popup_overlay{position:fixed;inset:0;z-index:2147483640;background:rgba(0,0,0,.5);display:flex;align-items:center;justify-content:center}"
               "#ppms_cm_consent_popup_8c4f2e1a{background:#fff;color:#1a1a1a;width:640px;border-radius:4px;padding:28px;font:14px/1.6 Arial,sans-serif}"
               ".ppms_cm_consent_form_group{display:flex;justify-content:space-between;align-items:center;padding:8px 0;border-bottom:1px solid #eee}"
               ".ppms_cm_buttons_wrapper{display:flex;gap:10px;justify-content:flex-end;margin-top:18px;flex-wrap:wrap}"
               ".ppms_cm_btn{border:1px solid #2152bd;border-radius:3px;padding:10px 18px;cursor:pointer;background:#fff;color:#2152bd;font-weight:700}"
               "#ppms_cm_agree-to-all{background:#2152bd;color:#fff}",
        "html": """
<div id="ppms_cm_popup_overlay" class="ppms_cm_popup_overlay">
 <div id="ppms_cm_consent_popup_8c4f2e1a" class="ppms_cm_popup ppms_cm_consent_popup" role="dialog" aria-modal="true" aria-labelledby="ppms_cm_header_title" lang="sk">
  <div class="ppms_cm_header"><h3 id="ppms_cm_header_title" class="ppms_cm_header__title">Záleží nám na vašom súkromí</h3></div>
  <p id="ppms_cm_paragraph" class="ppms_cm_paragraph">Na našej webovej stránke používame súbory cookie a podobné technológie na analýzu návštevnosti a na zlepšovanie našich služieb. Niektoré z nich sú nevyhnutné, iné nám pomáhajú zlepšovať túto stránku a vašu skúsenosť. Svoj súhlas môžete kedykoľvek zmeniť alebo odvolať v nastaveniach ochrany súkromia. <a href="/ochrana-osobnych-udajov" class="ppms_cm_link">Zásady ochrany osobných údajov</a></p>
  <form class="ppms_cm_consent_form" id="ppms_cm_consent_form">
   <div class="ppms_cm_consent_form_group"><label for="ppms_cm_consent_analytics">Analytika</label><input type="checkbox" class="ppms_cm_switch" id="ppms_cm_consent_analytics" name="analytics"></div>
   <div class="ppms_cm_consent_form_group"><label for="ppms_cm_consent_marketing">Automatizácia marketingu</label><input type="checkbox" class="ppms_cm_switch" id="ppms_cm_consent_marketing" name="marketing_automation"></div>
   <div class="ppms_cm_consent_form_group"><label for="ppms_cm_consent_remarketing">Remarketing</label><input type="checkbox" class="ppms_cm_switch" id="ppms_cm_consent_remarketing" name="remarketing"></div>
  </form>
  <div class="ppms_cm_buttons_wrapper">
   <button type="button" id="ppms_cm_save-choices" class="ppms_cm_btn ppms_cm_btn_save" data-r="save">Uložiť voľby</button>
   <button type="button" id="ppms_cm_reject-all" class="ppms_cm_btn ppms_cm_btn_reject" data-r="reject">Odmietnuť všetky</button>
   <button type="button" id="ppms_cm_agree-to-all" class="ppms_cm_btn ppms_cm_btn_agree" data-r="accept">Súhlasiť so všetkými</button>
  </div>
 </div>
</div>"""},
    api="""
window.ppms = { cm: { api: function (method, a, b, c) {
  var ok = typeof b === 'function' ? b : (typeof a === 'function' ? a : function () {});
  if (method === 'setComplianceSettings') { __replica.commit(JSON.stringify(a).indexOf('"status":1') >= 0 ? 'chose_accept' : 'chose_reject'); ok(); }
  else if (method === 'getComplianceTypes') ok(['analytics', 'marketing_automation', 'remarketing']);
  else ok({}); } } };""",
    note="Piwik PRO's consent form, Slovak: purposes unticked on the first layer, Uložiť voľby / Odmietnuť "
         "všetky / Súhlasiť so všetkými.")

# ------------------------------------------------------------------------------------- Sirdata (el) (a)
SIRDATA = Replica(
    "sirdata-eidiseis.test", "Sirdata CMP", "el", ("choices.consentframework.com", "/js/pa/32284/c/4Wqr8/cmp"),
    attrs='type="text/javascript" referrerpolicy="origin" charset="utf-8" async',
    config={
        "delay": 900, "lockScroll": True,
        "cookies": [["euconsent-v2", TCF_ACCEPT, TCF_REJECT]],
        "css": "#sd-cmp{font:15px/1.5 Arial,sans-serif}"
               ".sd-cmp-Jjh6v{position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.55);display:flex;align-items:center;justify-content:center}"
               ".sd-cmp-1N7K9{position:relative;background:#fff;color:#212121;width:660px;max-width:calc(100vw - 24px);border-radius:8px;padding:40px 30px 24px}"
               ".sd-cmp-1EJ3C{position:absolute;top:10px;right:14px;background:none;border:0;color:#555;font-size:13px;cursor:pointer;text-decoration:underline}"
               ".sd-cmp-2rcTH{display:flex;gap:12px;justify-content:center;margin-top:18px}"
               ".sd-cmp-1bquj{border-radius:4px;padding:11px 24px;font-weight:700;cursor:pointer;border:1px solid #0f3b8c}"
               ".sd-cmp-3cRQ2{background:#0f3b8c;color:#fff}.sd-cmp-2PqSR{background:#fff;color:#0f3b8c}"
               ".sd-cmp-purpose{display:flex;justify-content:space-between;padding:6px 0;border-bottom:1px solid #eee}",
        "html": """
<div id="sd-cmp" class="sd-cmp-Jjh6v" lang="el">
 <div class="sd-cmp-1N7K9" role="dialog" aria-modal="true" aria-labelledby="sd-cmp-title">
  <div data-layer="1">
   <button type="button" class="sd-cmp-1EJ3C sd-cmp-2a1wM" data-r="reject"><span class="sd-cmp-2jmDj">Να μην γίνει αποδοχή →</span></button>
   <h2 id="sd-cmp-title" class="sd-cmp-16t61">Σεβόμαστε την ιδιωτικότητά σας</h2>
   <div class="sd-cmp-2K5rC"><p>Εμείς και οι <button type="button" class="sd-cmp-link" data-r="noop">συνεργάτες μας</button> αποθηκεύουμε ή/και έχουμε πρόσβαση σε πληροφορίες σε μια συσκευή, όπως cookies, και επεξεργαζόμαστε προσωπικά δεδομένα, όπως μοναδικά αναγνωριστικά και τυπικές πληροφορίες που αποστέλλονται από μια συσκευή, για εξατομικευμένες διαφημίσεις και περιεχόμενο, μέτρηση διαφημίσεων και περιεχομένου, έρευνα κοινού και ανάπτυξη υπηρεσιών.</p>
   <p>Με την άδειά σας, εμείς και οι συνεργάτες μας ενδέχεται να χρησιμοποιούμε ακριβή δεδομένα γεωγραφικής θέσης και ταυτοποίηση μέσω σάρωσης της συσκευής. Μπορείτε να κάνετε κλικ για να συναινέσετε στην επεξεργασία που περιγράφεται παραπάνω ή να αποκτήσετε πρόσβαση σε πιο λεπτομερείς πληροφορίες και να αλλάξετε τις προτιμήσεις σας πριν συναινέσετε ή να αρνηθείτε να συναινέσετε.</p></div>
   <div class="sd-cmp-2rcTH">
    <button type="button" class="sd-cmp-1bquj sd-cmp-2PqSR" data-r="settings"><span class="sd-cmp-2jmDj">Ρύθμιση επιλογών</span></button>
    <button type="button" class="sd-cmp-1bquj sd-cmp-3cRQ2" data-r="accept"><span class="sd-cmp-2jmDj">Αποδοχή και κλείσιμο</span></button>
   </div>
  </div>
  <div data-layer="2" style="display:none">
   <h2>Διαχείριση των προτιμήσεών σας</h2>
   <div class="sd-cmp-purpose"><span>Αποθήκευση ή/και πρόσβαση σε πληροφορίες σε μια συσκευή</span><button role="switch" aria-checked="false" aria-label="Συναίνεση"></button></div>
   <div class="sd-cmp-purpose"><span>Εξατομικευμένες διαφημίσεις και περιεχόμενο</span><button role="switch" aria-checked="false" aria-label="Συναίνεση"></button></div>
   <div class="sd-cmp-purpose"><span>Μέτρηση κοινού</span><button role="switch" aria-checked="false" aria-label="Συναίνεση"></button></div>
   <div class="sd-cmp-2rcTH">
    <button type="button" class="sd-cmp-1bquj sd-cmp-2PqSR" data-r="reject">Απόρριψη όλων</button>
    <button type="button" class="sd-cmp-1bquj sd-cmp-2PqSR" data-r="save">Αποθήκευση</button>
    <button type="button" class="sd-cmp-1bquj sd-cmp-3cRQ2" data-r="accept">Αποδοχή όλων</button>
   </div>
  </div>
 </div>
</div>"""},
    api=TCFAPI % 92,
    note="Hard case (a): Sirdata's modal, Greek: the refusal 'Να μην γίνει αποδοχή →' (do not accept) is a "
         "text button at the top right, above the title; 'Ρύθμιση επιλογών' / 'Αποδοχή και κλείσιμο' below.")

# ---------------------------------------------------------------- Commanders Act TrustCommander (hr) (c)
TRUSTCOMMANDER = Replica(
    "trustcommander-banka.test", "Commanders Act TrustCommander", "hr", ("cdn.trustcommander.net", "/privacy/4521/privacy_v2_7.js"),
    attrs='type="text/javascript" async',
    config={
        "delay": 700,
        "cookies": [["TC_PRIVACY", "0%40032%7C1%7C4521%401%2C2%2C3%40%401733061600000%2C1733061600000%2C1764597600000%40",
                     "0%40032%7C1%7C4521%40%401%2C2%2C3%401733061600000%2C1733061600000%2C1764597600000%40"],
                    ["TC_PRIVACY_CENTER", "1%2C2%2C3", ""]],
        "css": "#tc-privacy-wrapper{font:14px/1.5 Arial,sans-serif}"
               "#popin_tc_privacy{position:fixed;z-index:2147483645;bottom:0;left:0;right:0;background:#fff;color:#333;box-shadow:0 -2px 10px rgba(0,0,0,.25);padding:24px 60px 20px 32px}"
               "#popin_tc_privacy_button_3{position:absolute;top:10px;right:14px;width:32px;height:32px;border:0;background:none;cursor:pointer;font-size:22px;color:#333}"
               ".tc-visually-hidden{position:absolute!important;width:1px!important;height:1px!important;padding:0!important;margin:-1px!important;overflow:hidden!important;clip:rect(0,0,0,0)!important;white-space:nowrap!important;border:0!important}"
               "#popin_tc_privacy_container_button{display:flex;gap:10px;justify-content:flex-end;margin-top:12px}"
               ".tc-privacy-button{border:1px solid #003b7a;border-radius:3px;padding:10px 22px;cursor:pointer;background:#fff;color:#003b7a;font-weight:700}"
               "#popin_tc_privacy_button{background:#003b7a;color:#fff}"
               "#privacy-center{position:fixed;inset:0;z-index:2147483646;background:rgba(0,0,0,.5);align-items:center;justify-content:center}"
               ".tc-pc-box{background:#fff;width:640px;padding:24px;border-radius:4px}"
               ".tc-pc-cat{display:flex;justify-content:space-between;padding:8px 0;border-bottom:1px solid #eee}",
        "html": """
<div id="tc-privacy-wrapper" class="tc-privacy-wrapper tc-privacy-override" lang="hr">
 <div id="popin_tc_privacy" class="tc-privacy-popin" role="dialog" aria-modal="false" aria-labelledby="tc-privacy-title" data-layer="1">
  <button type="button" id="popin_tc_privacy_button_3" class="tc-reset-css tc-privacy-button-close" data-r="reject"><svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16"><path d="M1 1l14 14M15 1L1 15" stroke="#333" stroke-width="2"/></svg><span class="tc-visually-hidden">Nastavi bez prihvaćanja</span></button>
  <div id="popin_tc_privacy_container_text" class="tc-privacy-text">
   <h2 id="tc-privacy-title" class="tc-title">Vaša privatnost nam je važna</h2>
   <p>Koristimo kolačiće i slične tehnologije kako bismo poboljšali vaše iskustvo, mjerili posjećenost stranice i prikazivali vam prilagođene oglase. Svoj pristanak možete u bilo kojem trenutku povući ili promijeniti putem poveznice „Postavke kolačića” na dnu stranice. <a href="/zastita-privatnosti" class="tc-privacy-link">Politika privatnosti</a></p>
  </div>
  <div id="popin_tc_privacy_container_button">
   <button type="button" id="popin_tc_privacy_button_2" class="tc-reset-css tc-privacy-button" data-r="settings"><span class="tc-btn-label">Prilagodi</span></button>
   <button type="button" id="popin_tc_privacy_button" class="tc-reset-css tc-privacy-button" data-r="accept"><span class="tc-btn-label">Prihvati</span> <span class="tc-btn-label">sve</span></button>
  </div>
 </div>
 <div id="privacy-center" class="tc-privacy-center" data-layer="2" data-display="flex" style="display:none">
  <div class="tc-pc-box" role="dialog" aria-modal="true" aria-labelledby="tc-pc-title">
   <h2 id="tc-pc-title">Centar za privatnost</h2>
   <div class="tc-pc-cat"><span>Nužni kolačići</span><span>Uvijek aktivni</span></div>
   <div class="tc-pc-cat"><span>Analitika</span><button role="switch" aria-checked="false" aria-label="Analitika"></button></div>
   <div class="tc-pc-cat"><span>Oglašavanje</span><button role="switch" aria-checked="false" aria-label="Oglašavanje"></button></div>
   <div id="popin_tc_privacy_container_button">
    <button type="button" class="tc-privacy-button" id="save-all-pc" data-r="save">Spremi</button>
    <button type="button" class="tc-privacy-button" id="refuse-all-pc" data-r="reject">Odbij sve</button>
    <button type="button" class="tc-privacy-button" id="accept-all-pc" data-r="accept">Prihvati sve</button>
   </div>
  </div>
 </div>
</div>"""},
    api="""
window.tC = window.tC || {}; tC.privacy = { cookieData: [], getOptinCategories: function () { return []; } };
window.cact = function (cmd) { if (cmd === 'consent.revoke') __replica.commit('chose_reject'); };""",
    note="Hard case (c): Commanders Act TrustCommander, Croatian: the refusal is the × at the top right, an SVG "
         "with its words 'Nastavi bez prihvaćanja' (continue without accepting) only in a visually-hidden span; "
         "the accept 'Prihvati sve' is split over two spans.")

# ------------------------------------------------------------------------------------- Gravito (et) (g)
GRAVITO = Replica(
    "gravito-uudised.test", "Gravito CMP", "et", ("cdn.gravito.net", "/cmp/v3/gravito-cmp.min.js"),
    head="<script>window.gravitoCMPConfig={core:{cookieName:'gravitoData',language:'et',tcfCMPId:367}};</script>",
    attrs='type="text/javascript" async',
    config={
        "delay": 1000, "lockScroll": True,
        "cookies": [["gravitoData", '{"version":3,"consent":"all","timestamp":1733061600}', '{"version":3,"consent":"none","timestamp":1733061600}'],
                    ["euconsent-v2", TCF_ACCEPT, TCF_REJECT]],
        "css": ".gravitoCMP-background-overlay{position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.6);display:flex;align-items:center;justify-content:center;font:14px/1.5 Arial,sans-serif}"
               ".gravitoCMP-modal{background:#fff;color:#222;width:720px;max-height:86vh;overflow:auto;border-radius:6px;padding:24px 30px}"
               ".gravitoCMP-buttons{display:flex;gap:10px;justify-content:flex-end;margin-top:16px;flex-wrap:wrap}"
               ".gravitoCMP-button{border-radius:4px;padding:10px 20px;font-weight:700;cursor:pointer;border:1px solid #00313c;background:#fff;color:#00313c}"
               "#modalConfirmBtn,#allAcceptBtn{background:#00313c;color:#fff}"
               ".gravitoCMP-row{display:flex;justify-content:space-between;align-items:center;padding:6px 0;border-bottom:1px solid #eee}"
               ".gravitoCMP-object-all{background:none;border:0;color:#00313c;text-decoration:underline;cursor:pointer;font-size:13px}",
        "html": """
<div class="gravitoCMP-background-overlay" lang="et">
 <div class="gravitoCMP-modal" role="dialog" aria-modal="true" aria-labelledby="gravitoCMP-title">
  <div data-layer="1" class="gravitoCMP-layer1">
   <h2 id="gravitoCMP-title">Teie privaatsus on meile oluline</h2>
   <p>Meie ja meie partnerid salvestame seadmesse teavet (näiteks küpsiseid) ja/või pääseme sellele juurde ning töötleme isikuandmeid, näiteks kordumatuid identifikaatoreid ja seadme saadetud standardteavet, isikupärastatud reklaami ja sisu, reklaami ja sisu mõõtmise, sihtrühmauuringute ning teenuste arendamise eesmärgil. Võite oma valikuid igal ajal muuta, klõpsates lehe allosas olevat linki „Küpsiste seaded”.</p>
   <div class="gravitoCMP-buttons">
    <button type="button" id="modalSettingBtn" class="gravitoCMP-button" data-r="settings">Seaded</button>
    <button type="button" id="modalConfirmBtn" class="gravitoCMP-button" data-r="accept">Nõustu kõigiga</button>
   </div>
  </div>
  <div data-layer="2" class="gravitoCMP-content" style="display:none">
   <h2>Privaatsusseaded</h2>
   <div class="gravitoCMP-content-section">
    <h3>Eesmärgid (nõusolek)</h3>
    <div class="gravitoCMP-row"><label for="gp1">Teabe salvestamine seadmesse ja/või sellele juurdepääs</label><input type="checkbox" id="gp1"></div>
    <div class="gravitoCMP-row"><label for="gp3">Isikupärastatud reklaami profiilide loomine</label><input type="checkbox" id="gp3"></div>
    <div class="gravitoCMP-row"><label for="gp8">Sisu toimivuse mõõtmine</label><input type="checkbox" id="gp8"></div>
   </div>
   <div class="gravitoCMP-content-section">
    <h3>Partnerid (õigustatud huvi)</h3>
    <p>Mõned partnerid töötlevad teie andmeid õigustatud huvi alusel. Teil on õigus sellele vastu vaielda. <button type="button" class="gravitoCMP-object-all" data-r="noop">Vaidlusta kõik</button></p>
    <div class="gravitoCMP-row"><span>Google Advertising Products</span><button type="button" class="gravitoCMP-object-all" data-r="noop">Vaidlusta</button></div>
    <div class="gravitoCMP-row"><span>Xandr, Inc.</span><button type="button" class="gravitoCMP-object-all" data-r="noop">Vaidlusta</button></div>
    <div class="gravitoCMP-row"><span>Adform A/S</span><button type="button" class="gravitoCMP-object-all" data-r="noop">Vaidlusta</button></div>
   </div>
   <div class="gravitoCMP-buttons">
    <button type="button" id="allRejectBtn" class="gravitoCMP-button" data-r="reject">Keeldu kõigist</button>
    <button type="button" id="saveSettingsBtn" class="gravitoCMP-button" data-r="save">Salvesta valikud</button>
    <button type="button" id="allAcceptBtn" class="gravitoCMP-button" data-r="accept">Nõustu kõigiga</button>
   </div>
  </div>
 </div>
</div>"""},
    api=TCFAPI % 367,
    refuse=("chose_reject", "chose_selection_none"),
    note="Hard case (g): Gravito, Estonian: Seaded / Nõustu kõigiga; the settings layer lists partners with "
         "legitimate-interest 'Vaidlusta' (object) buttons and a 'Vaidlusta kõik' (object all) above them, beside "
         "the real 'Keeldu kõigist' (reject all). Objecting only changes the vendor list (noop here).")

# ------------------------------------------------------------------------------------- CookieHub (lv) (b)
COOKIEHUB = Replica(
    "cookiehub-prami.test", "CookieHub", "lv", ("cdn.cookiehub.eu", "/c2/7a3f9b2c.js"),
    head="<script type=\"text/javascript\">window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
         "gtag('consent','default',{'ad_storage':'denied','analytics_storage':'denied','wait_for_update':500});</script>",
    attrs='type="text/javascript"',
    config={
        "delay": 800,
        "cookies": [["cookiehub", "eyJjb25zZW50Ijp0cnVlLCJjYXRlZ29yaWVzIjpbInByZWZlcmVuY2VzIiwiYW5hbHl0aWNzIiwibWFya2V0aW5nIl19",
                     "eyJjb25zZW50Ijp0cnVlLCJjYXRlZ29yaWVzIjpbXX0"]],
        "css": ".ch2-container{font:14px/1.5 Arial,sans-serif}"
               ".ch2-dialog{position:fixed;z-index:2147483640;bottom:20px;left:20px;width:420px;background:#fff;color:#333;border-radius:8px;box-shadow:0 0 20px rgba(0,0,0,.25);padding:22px}"
               ".ch2-dialog-actions{display:flex;gap:8px;margin-top:14px}"
               ".ch2-btn{flex:1;border-radius:4px;padding:10px;cursor:pointer;font-weight:700;border:1px solid #1a5e8a;background:#fff;color:#1a5e8a}"
               ".ch2-btn-primary{background:#1a5e8a;color:#fff}"
               ".ch2-settings{position:fixed;inset:0;z-index:2147483641;background:rgba(0,0,0,.5);align-items:center;justify-content:center}"
               ".ch2-settings-box{background:#fff;width:640px;padding:24px;border-radius:6px}"
               ".ch2-settings-scan-item{display:flex;justify-content:space-between;padding:8px 0;border-bottom:1px solid #eee}",
        "html": """
<div class="ch2-container" lang="lv">
 <div class="ch2-dialog ch2-dialog-left" role="dialog" aria-modal="true" aria-labelledby="ch2-dialog-title" aria-describedby="ch2-dialog-description" data-layer="1">
  <div class="ch2-dialog-content">
   <p id="ch2-dialog-title" class="ch2-dialog-title" role="heading" aria-level="2">Mēs izmantojam sīkdatnes</p>
   <p id="ch2-dialog-description" class="ch2-dialog-description">Mēs izmantojam sīkdatnes, lai personalizētu saturu un reklāmas, nodrošinātu sociālo mediju funkcijas un analizētu mūsu datplūsmu. Mēs arī kopīgojam informāciju par to, kā jūs izmantojat mūsu vietni, ar mūsu sociālo mediju, reklāmas un analītikas partneriem. <a href="/privatuma-politika" class="ch2-learn-more">Uzzināt vairāk</a></p>
  </div>
  <div class="ch2-dialog-actions">
   <button type="button" class="ch2-btn ch2-open-settings-btn ch2-btn-secondary" data-r="settings">Iestatījumi</button>
   <button type="button" class="ch2-btn ch2-allow-all-btn ch2-btn-primary" data-r="accept">Atļaut visas</button>
  </div>
 </div>
 <div class="ch2-settings" data-layer="2" data-display="flex" style="display:none">
  <div class="ch2-settings-box" role="dialog" aria-modal="true" aria-labelledby="ch2-settings-title">
   <p id="ch2-settings-title" class="ch2-dialog-title" role="heading" aria-level="2">Sīkdatņu iestatījumi</p>
   <p>Sīkdatnes ir mazi teksta faili, ko vietne saglabā jūsu ierīcē. Šeit varat izvēlēties, kurām kategorijām piekrītat.</p>
   <div class="ch2-settings-scan-item"><label for="c-necessary">Nepieciešamās</label><input type="checkbox" id="c-necessary" checked disabled></div>
   <div class="ch2-settings-scan-item"><label for="c-preferences">Izvēles</label><input type="checkbox" id="c-preferences"></div>
   <div class="ch2-settings-scan-item"><label for="c-analytics">Analītiskās</label><input type="checkbox" id="c-analytics"></div>
   <div class="ch2-settings-scan-item"><label for="c-marketing">Mārketinga</label><input type="checkbox" id="c-marketing"></div>
   <div class="ch2-dialog-actions">
    <button type="button" class="ch2-btn ch2-deny-all-btn" data-r="reject">Noraidīt visas</button>
    <button type="button" class="ch2-btn ch2-save-settings-btn" data-r="save">Saglabāt iestatījumus</button>
    <button type="button" class="ch2-btn ch2-allow-all-btn ch2-btn-primary" data-r="accept">Atļaut visas</button>
   </div>
  </div>
 </div>
</div>"""},
    api="""
window.cookiehub = { hasAnswered: function () { return __replica.choices.length > 0; }, allowAll: function () { __replica.commit('chose_accept'); },
  denyAll: function () { __replica.commit('chose_reject'); }, openSettings: function () { __replica.layer(2); } };""",
    refuse=("chose_reject", "chose_selection_none"),
    note="CookieHub's corner dialog, Latvian: Iestatījumi / Atļaut visas only; settings has 'Noraidīt visas'.")

# ---------------------------------------------------------------- Consentmo GDPR (Shopify app, sl) (e), shadow
CONSENTMO = Replica(
    "consentmo-trgovina.test", "Consentmo GDPR Compliance (Shopify)", "sl", ("gdprcdn.b-cdn.net", "/js/gdpr_cookie_consent.min.js"),
    head="<script>window.isense_gdpr_privacy_policy_text='Politika zasebnosti';window.Shopify=window.Shopify||{shop:'consentmo-trgovina.myshopify.com'};</script>",
    attrs='type="text/javascript" defer',
    config={
        "delay": 1200, "mount": "shadow",
        "outer": '<csm-cookie-consent data-shadow-host></csm-cookie-consent>',
        "cookies": [["cookieconsent_status", "allow", "deny"], ["cookieconsent_preferences_disabled", "", "functionality,analytics,marketing"]],
        "css": ".csm-wrapper{position:fixed;z-index:2147483600;bottom:0;left:0;right:0;background:#fff;color:#222;box-shadow:0 -2px 14px rgba(0,0,0,.18);"
               "font:14px/1.5 Helvetica,Arial,sans-serif;padding:18px 28px;display:flex;align-items:center;gap:24px}"
               ".cc-compliance{display:flex;gap:8px;flex-shrink:0}"
               ".cc-btn{border-radius:4px;padding:10px 18px;cursor:pointer;font-weight:700;border:1px solid #222;background:#fff;color:#222;white-space:nowrap}"
               ".cc-allow{background:#222;color:#fff}.cc-settings{border:0;text-decoration:underline}",
        "html": """
<div class="csm-wrapper cc-window cc-banner cc-type-opt-in cc-theme-classic cc-bottom" role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" lang="sl">
 <span id="cookieconsent:desc" class="cc-message">Ta spletna stran uporablja piškotke, da vam zagotovi najboljšo izkušnjo na naši spletni strani. <a aria-label="learn more about cookies" tabindex="0" class="cc-link" href="/policies/privacy-policy" target="_blank">Politika zasebnosti</a></span>
 <div class="cc-compliance cc-highlight">
  <button class="cc-btn cc-settings" data-r="noop">Nastavitve</button>
  <button class="cc-btn cc-btn-decision cc-deny" data-r="necessary">Sprejmi samo nujne</button>
  <button class="cc-btn cc-btn-decision cc-allow" data-r="accept">Sprejmi vse</button>
 </div>
</div>"""},
    refuse=("chose_necessary", "chose_reject"),
    note="Hard case (e): Consentmo (Shopify app) in the open shadow root of <csm-cookie-consent>, Slovenian: "
         "'Sprejmi samo nujne' (accept only necessary) beside 'Sprejmi vse' (accept all); two 'accept' verbs. "
         "'Nastavitve' opens a preferences popup not imitated (noop).")

# ------------------------------------------------------------------- Shopify customer privacy banner (bg)
SHOPIFY = Replica(
    "shopify-magazin.test", "Shopify customer privacy banner", "bg",
    ("cdn.shopify.com", "/shopifycloud/privacy-banner/storefront-banner.js"),
    head="<script>window.Shopify=window.Shopify||{};Shopify.shop='shopify-magazin.myshopify.com';Shopify.locale='bg';</script>",
    attrs='type="text/javascript" async',
    config={
        "delay": 900,
        "cookies": [["_tracking_consent", '{"con":{"CMP":{"a":"1","m":"1","p":"1","s":""}},"v":"2.1","region":"BG","reg":"GDPR","purposes":{"a":true,"p":true,"m":true,"t":true},"display_banner":false,"sale_of_data_region":false}',
                     '{"con":{"CMP":{"a":"0","m":"0","p":"0","s":""}},"v":"2.1","region":"BG","reg":"GDPR","purposes":{"a":false,"p":false,"m":false,"t":false},"display_banner":false,"sale_of_data_region":false}']],
        "css": "#shopify-pc__banner{position:fixed;z-index:2147483647;bottom:16px;left:16px;right:16px;max-width:1100px;margin:0 auto;background:#fff;color:#1a1a1a;"
               "border-radius:8px;box-shadow:0 0 18px rgba(0,0,0,.25);font:14px/1.5 -apple-system,Helvetica,Arial,sans-serif;padding:20px 24px}"
               ".shopify-pc__banner__btns{display:flex;gap:8px;justify-content:flex-end;margin-top:12px}"
               ".shopify-pc__banner__btn{border-radius:4px;padding:10px 18px;cursor:pointer;font-weight:600;border:1px solid #1a1a1a;background:#fff;color:#1a1a1a}"
               "#shopify-pc__banner__btn-accept{background:#1a1a1a;color:#fff}"
               "#shopify-pc__prefs__dialog{position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.5);align-items:center;justify-content:center}"
               ".shopify-pc__prefs__box{background:#fff;width:620px;padding:24px;border-radius:8px}"
               ".shopify-pc__prefs__option{display:flex;justify-content:space-between;padding:8px 0;border-bottom:1px solid #eee}",
        "html": """
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-modal="false" aria-labelledby="shopify-pc__banner__body-title" lang="bg">
 <div class="shopify-pc__banner__wrapper" data-layer="1">
  <div class="shopify-pc__banner__body">
   <h2 id="shopify-pc__banner__body-title" class="shopify-pc__banner__body-title">Защита на личните данни</h2>
   <p>Този уебсайт използва бисквитки, за да ви осигури най-доброто изживяване. <a href="/policies/privacy-policy" target="_blank" class="shopify-pc__banner__body-policy-link">Политика за поверителност</a></p>
  </div>
  <div class="shopify-pc__banner__btns">
   <button type="button" id="shopify-pc__banner__btn-manage-prefs" class="shopify-pc__banner__btn" data-r="settings">Управление на предпочитанията</button>
   <button type="button" id="shopify-pc__banner__btn-decline" class="shopify-pc__banner__btn" data-r="reject">Отказ</button>
   <button type="button" id="shopify-pc__banner__btn-accept" class="shopify-pc__banner__btn" data-r="accept">Приемане</button>
  </div>
 </div>
 <div id="shopify-pc__prefs__dialog" data-layer="2" data-display="flex" style="display:none">
  <div class="shopify-pc__prefs__box" role="dialog" aria-modal="true" aria-labelledby="shopify-pc__prefs__header-title">
   <h2 id="shopify-pc__prefs__header-title">Предпочитания за поверителност</h2>
   <div class="shopify-pc__prefs__option"><label for="shopify-pc__prefs__essential-input">Основни</label><input type="checkbox" id="shopify-pc__prefs__essential-input" checked disabled></div>
   <div class="shopify-pc__prefs__option"><label for="shopify-pc__prefs__marketing-input">Маркетинг</label><input type="checkbox" id="shopify-pc__prefs__marketing-input"></div>
   <div class="shopify-pc__prefs__option"><label for="shopify-pc__prefs__analytics-input">Анализи</label><input type="checkbox" id="shopify-pc__prefs__analytics-input"></div>
   <div class="shopify-pc__prefs__option"><label for="shopify-pc__prefs__preferences-input">Предпочитания</label><input type="checkbox" id="shopify-pc__prefs__preferences-input"></div>
   <div class="shopify-pc__banner__btns">
    <button type="button" id="shopify-pc__prefs__header-decline" class="shopify-pc__banner__btn" data-r="reject">Отказ на всички</button>
    <button type="button" id="shopify-pc__prefs__header-save" class="shopify-pc__banner__btn" data-r="save">Запазване на избора ми</button>
    <button type="button" id="shopify-pc__prefs__header-accept" class="shopify-pc__banner__btn" data-r="accept">Приемане на всички</button>
   </div>
  </div>
 </div>
</div>"""},
    api="""
window.Shopify = window.Shopify || {}; Shopify.customerPrivacy = { setTrackingConsent: function (c, cb) {
    __replica.commit(c && (c.marketing || c.analytics) ? 'chose_accept' : 'chose_reject'); if (cb) cb(); },
  shouldShowBanner: function () { return __replica.shown; }, currentVisitorConsent: function () { return {}; } };""",
    note="Shopify's own customer privacy banner, Bulgarian: Управление на предпочитанията / Отказ / Приемане.")

# --------------------------------------------------------------- cookieconsent 3 (Osano's open-source) info notice (hu) (f)
COOKIECONSENT_INFO = Replica(
    "cookieconsent-pekseg.test", "Cookie Consent by Osano (open-source cookieconsent 3, info)", "hu",
    ("cdn.jsdelivr.net", "/npm/cookieconsent@3/build/cookieconsent.min.js"),
    attrs='data-cfasync="false"',
    config={
        "delay": 0,
        "cookies": [["cookieconsent_status", "dismiss", "dismiss"]],
        "css": ".cc-window{position:fixed;overflow:hidden;box-sizing:border-box;font-family:Helvetica,Calibri,Arial,sans-serif;font-size:16px;line-height:1.5em;"
               "display:flex;flex-wrap:nowrap;z-index:9999;align-items:center;padding:1em 1.8em;width:100%;left:0;right:0;bottom:0;background:#000;color:#fff}"
               ".cc-message{display:block;flex:1 1 auto;max-width:100%;margin-right:1em}"
               ".cc-link{opacity:.8;display:inline-block;padding:.2em;text-decoration:underline;color:#fff}"
               ".cc-compliance{display:flex;align-items:center;align-content:space-between}"
               ".cc-btn{display:block;padding:.4em .8em;font-size:.9em;font-weight:700;border:2px solid transparent;text-align:center;white-space:nowrap;"
               "cursor:pointer;background:#f1d600;color:#000;min-width:140px}",
        "html": """
<div role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" class="cc-window cc-banner cc-type-info cc-theme-block cc-bottom cc-color-override-1583950471 " lang="hu"><!--googleoff: all--><span id="cookieconsent:desc" class="cc-message">Ez a weboldal sütiket használ annak érdekében, hogy a lehető legjobb élményt nyújtsa Önnek. <a aria-label="learn more about cookies" role="button" tabindex="0" class="cc-link" href="/adatvedelem" rel="noopener noreferrer nofollow" target="_blank">További információ</a></span><div class="cc-compliance"><a aria-label="dismiss cookie message" role="button" tabindex="0" class="cc-btn cc-dismiss" data-r="accept">Értem!</a></div><!--googleon: all--></div>"""},
    api="""
window.cookieconsent = { initialise: function () {}, hasInitialised: true, status: { deny: 'deny', allow: 'allow', dismiss: 'dismiss' } };""",
    refuse=(),
    errors={"refuse_to_all": "no_button_found"},
    note="Hard case (f): the open-source cookieconsent 3 banner in its default 'info' type, Hungarian: the "
         "only control is 'Értem!' (got it), plus a 'További információ' link. Accepting clicks it; there is "
         "nothing to refuse with: refuse_to_all must end no_button_found.")

# ------------------------------------------------------------------------ pay-or-OK wall (contentpass) (de) (i)
PAY_OR_OK = Replica(
    "zeitung-pur.test", "contentpass pay-or-OK wall", "de", ("cp.zeitung-pur.test", "/now.js"),
    attrs='type="text/javascript" async',
    config={
        "delay": 800, "lockScroll": True,
        "cookies": [["cp_consent", "accept-with-ads", "none"], ["euconsent-v2", TCF_ACCEPT, TCF_REJECT]],
        "css": ".cp-layer{position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.7);display:flex;align-items:center;justify-content:center;font:15px/1.5 Georgia,serif}"
               ".cp-box{background:#fff;color:#111;width:820px;max-width:calc(100vw - 24px);border-radius:6px;padding:26px 30px}"
               ".cp-columns{display:flex;gap:24px;margin-top:12px}.cp-col{flex:1;border:1px solid #ddd;border-radius:6px;padding:16px}"
               ".cp-btn{display:block;width:100%;text-align:center;border-radius:4px;padding:12px;font:700 15px Arial,sans-serif;cursor:pointer;border:0;text-decoration:none}"
               ".cp-btn-ads{background:#0a5c36;color:#fff}.cp-btn-sub{background:#c40000;color:#fff}"
               ".cp-small{font-size:12px;color:#555}",
        "html": """
<div id="cp-wall" class="cp-layer" lang="de">
 <div class="cp-box" role="dialog" aria-modal="true" aria-labelledby="cp-title">
  <h2 id="cp-title">Zeitung Pur: Sie haben die Wahl</h2>
  <p>Für die Nutzung unseres Angebots mit Werbung und Tracking benötigen wir Ihre Einwilligung. Alternativ lesen Sie werbefrei und ohne Tracking im Pur-Abo.</p>
  <div class="cp-columns">
   <div class="cp-col"><h3>Mit Werbung weiterlesen</h3>
    <p>Besuchen Sie unsere Website wie gewohnt mit Werbung und Tracking. Wir und unsere 211 Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu und verarbeiten personenbezogene Daten für personalisierte Werbung und Inhalte, Werbe- und Inhaltsmessung, Zielgruppenforschung und Produktentwicklung. Ihre Einwilligung können Sie jederzeit über den Link „Datenschutz-Einstellungen“ am Ende jeder Seite widerrufen.</p>
    <button type="button" class="cp-btn cp-btn-ads" data-r="accept">Akzeptieren und weiter</button></div>
   <div class="cp-col"><h3>Pur-Abo: werbefrei lesen</h3>
    <p>Nutzen Sie unser Angebot ohne Werbetracking und ohne Werbebanner für 3,99 € im Monat, monatlich kündbar. Mit contentpass auf vielen weiteren Websites.</p>
    <a href="https://www.contentpass.de/checkout?site=zeitung-pur" class="cp-btn cp-btn-sub" data-r="noop">Jetzt abonnieren</a>
    <p class="cp-small">Bereits Pur-Abonnent? <a href="https://my.contentpass.net/login" data-r="noop">Hier anmelden</a></p></div>
  </div>
  <p class="cp-small"><a href="/datenschutz">Datenschutzerklärung</a> · <a href="/impressum">Impressum</a></p>
 </div>
</div>"""},
    refuse=(),
    errors={"refuse_to_all": "no_button_found"},
    note="Hard case (i): a pay-or-OK wall as German publishers run it with contentpass: 'Akzeptieren und "
         "weiter' (with ads) or 'Jetzt abonnieren' (a paid subscription, a link to contentpass). There is no free "
         "refusal: refusing would mean paying, which is no refuse control. choice._refuse then finds no "
         "reject_all/necessary_only, no toggles/save and no settings, and raises NoButtonFound: refuse_to_all "
         "must end no_button_found (the report says refusal is impossible on this site), never a click on "
         "'Jetzt abonnieren' and never not_able_to_click (nothing ambiguous was seen).")

# -------------------------------------------------------------- SFBX AppConsent, in a same-origin iframe (fr) (h)
APPCONSENT = Replica(
    "appconsent-voyages.test", "SFBX AppConsent (TCF)", "fr", ("cdn.appconsent.io", "/tcf2-clear/current/core.bundle.js"),
    head="<script>window.appConsent={};window.APPCONSENT_CONFIG={appKey:'4f1e2d3c-5b6a-4978-8c9d-0a1b2c3d4e5f',"
         "host:'appconsent-voyages.test'};</script>",
    attrs='type="text/javascript" defer',
    config={
        "delay": 1000, "mount": "iframe", "frameTitle": "Consent window", "lockScroll": True,
        "frameStyle": "position:fixed;inset:0;width:100%;height:100%;border:0;z-index:2147483647;background:transparent",
        "cookies": [["euconsent-v2", TCF_ACCEPT, TCF_REJECT]],
        "css": "html,body{margin:0;background:transparent}body{font:15px/1.5 Arial,sans-serif;color:#1d1d1b}"
               ".ac-backdrop{position:fixed;inset:0;background:rgba(0,0,0,.55);display:flex;align-items:center;justify-content:center}"
               ".ac-notice{background:#fff;width:640px;max-width:calc(100vw - 24px);border-radius:8px;padding:26px 30px}"
               ".ac-buttons{display:flex;gap:10px;justify-content:flex-end;margin-top:16px}"
               ".button{border-radius:20px;padding:10px 22px;font-weight:700;cursor:pointer;border:2px solid #3c3c8c;background:#fff;color:#3c3c8c}"
               ".button__acceptAll{background:#3c3c8c;color:#fff}"
               ".ac-purpose{display:flex;justify-content:space-between;padding:6px 0;border-bottom:1px solid #eee}",
        "html": """
<div class="ac-backdrop">
 <div class="ac-notice" role="dialog" aria-modal="true" aria-labelledby="ac-title">
  <div data-layer="1" class="notice">
   <h2 id="ac-title">Vos données, votre choix</h2>
   <p>Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l'intérêt légitime à tout moment en cliquant sur « Je paramètre » ou dans notre page « Données personnelles ».</p>
   <div class="ac-buttons">
    <button type="button" class="button button__openPrivacyCenter" data-r="settings">Je paramètre</button>
    <button type="button" class="button button__refuseAll" data-r="reject">Tout refuser</button>
    <button type="button" class="button button__acceptAll" data-r="accept">Tout accepter</button>
   </div>
  </div>
  <div data-layer="2" class="privacy-center" style="display:none">
   <h2>Paramétrer mes choix</h2>
   <div class="ac-purpose"><span>Publicités et contenu personnalisés</span><button role="switch" aria-checked="false" aria-label="Accepter"></button></div>
   <div class="ac-purpose"><span>Mesure d'audience</span><button role="switch" aria-checked="false" aria-label="Accepter"></button></div>
   <div class="ac-buttons">
    <button type="button" class="button button__refuseAll" data-r="reject">Tout refuser</button>
    <button type="button" class="button button__save" data-r="save">Valider mes choix</button>
    <button type="button" class="button button__acceptAll" data-r="accept">Tout accepter</button>
   </div>
  </div>
 </div>
</div>"""},
    api=TCFAPI % 117,
    note="Hard case (h): SFBX AppConsent: the loader creates <iframe title=\"Consent window\"> (same origin, "
         "about:blank written by script) and renders the notice in it: Je paramètre / Tout refuser / Tout accepter.")

# ------------------------------------------------------------------------------------- Pandectes (Shopify, lt)
PANDECTES = Replica(
    "pandectes-parduotuve.test", "Pandectes GDPR Compliance (Shopify)", "lt", ("st.pandect.es", "/parduotuve-lt/pandectes-core.js"),
    attrs='type="text/javascript" defer',
    config={
        "delay": 1000,
        # base64 JSON without padding (the runtime URI-encodes the value; autoconsent's test atob()s it)
        "cookies": [["_pandectes_gdpr", "eyJzdGF0dXMiOiJhbGxvdyIgfQ", "eyJzdGF0dXMiOiJkZW55IiB9"]],
        "css": "#pandectes-banner{font:14px/1.5 Arial,sans-serif}"
               ".cc-window{position:fixed;z-index:2147483600;bottom:0;left:0;right:0;background:#fff;color:#222;box-shadow:0 -2px 12px rgba(0,0,0,.2);padding:18px 28px;display:flex;align-items:center;gap:24px}"
               ".cc-message{flex:1}.cc-compliance{display:flex;gap:8px}"
               ".cc-btn{border-radius:3px;padding:10px 20px;cursor:pointer;font-weight:700;border:1px solid #2b2b2b;background:#fff;color:#2b2b2b}"
               ".cc-allow{background:#2b2b2b;color:#fff}"
               ".pd-cp-ui{position:fixed;inset:0;z-index:2147483601;background:rgba(0,0,0,.5);align-items:center;justify-content:center}"
               ".pd-cp-ui-box{background:#fff;width:620px;padding:24px;border-radius:6px}"
               ".pd-cp-ui-row{display:flex;justify-content:space-between;padding:8px 0;border-bottom:1px solid #eee}",
        "html": """
<div id="pandectes-banner" lang="lt">
 <div class="cc-window-wrapper cc-bottom-wrapper" data-layer="1">
  <div aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" role="dialog" class="pd-cookie-banner-window cc-window cc-banner cc-type-opt-in cc-theme-classic cc-bottom cc-color-override--1482163216">
   <span id="cookieconsent:desc" class="cc-message">Šioje svetainėje naudojami slapukai, kad užtikrintume geriausią jūsų patirtį mūsų svetainėje. <a aria-label="daugiau apie slapukus" role="button" tabindex="0" class="cc-link" href="/policies/privacy-policy" target="_blank">Privatumo politika</a></span>
   <div class="cc-compliance cc-highlight">
    <button class="cc-btn cc-btn-decision cc-settings" aria-label="Nustatymai" data-r="settings">Nustatymai</button>
    <button class="cc-btn cc-btn-decision cc-deny" aria-label="Atmesti" data-r="reject">Atmesti</button>
    <button class="cc-btn cc-btn-decision cc-allow" aria-label="Sutinku" data-r="accept">Sutinku</button>
   </div>
  </div>
 </div>
 <div class="pd-cp-ui" data-layer="2" data-display="flex" style="display:none">
  <div class="pd-cp-ui-box" role="dialog" aria-modal="true" aria-labelledby="pd-cp-ui-title">
   <h2 id="pd-cp-ui-title">Slapukų nustatymai</h2>
   <div class="pd-cp-ui-row"><label for="pd-c1">Būtini</label><input type="checkbox" id="pd-c1" checked disabled></div>
   <div class="pd-cp-ui-row"><label for="pd-c2">Funkciniai</label><input type="checkbox" id="pd-c2"></div>
   <div class="pd-cp-ui-row"><label for="pd-c3">Rinkodaros</label><input type="checkbox" id="pd-c3"></div>
   <div class="cc-compliance">
    <button class="cc-btn pd-cp-ui-rejectAll" data-r="reject">Atmesti viską</button>
    <button class="cc-btn pd-cp-ui-save" data-r="save">Išsaugoti</button>
    <button class="cc-btn cc-allow pd-cp-ui-acceptAll" data-r="accept">Priimti viską</button>
   </div>
  </div>
 </div>
</div>"""},
    note="Pandectes (Shopify app), Lithuanian: Nustatymai / Atmesti / Sutinku (agree).")


ROUND2: list[Replica] = [USERCENTRICS_V3, COOKIEFIRST, COOKIE_NOTICE, WEBTOFFEE, REAL_COOKIE_BANNER, PIWIK_PRO, SIRDATA,
                         TRUSTCOMMANDER, GRAVITO, COOKIEHUB, CONSENTMO, SHOPIFY, COOKIECONSENT_INFO, PAY_OR_OK, APPCONSENT,
                         PANDECTES]
