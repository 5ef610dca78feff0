# ruff: noqa: E501  (the replicas hold real CMPs' markup and wording verbatim, one element a line)
"""Fourth held-out round: 16 more consent banners, none of rounds one to three's: the big platforms' own banners
(Yahoo's consent page on another host of the site, which the site redirects to and which redirects back; Google's
"Než budete pokračovat na Google" dialog; Microsoft's in-flow wcp bar; Amazon's sp-cc bar, whose buttons are
transparent <input>s over aria-hidden text; Facebook's dialog of <div role=button aria-label>; Reddit's banner,
its buttons slotted through a custom element's shadow root; TikTok's <tiktok-cookie-banner> shadow root), shop
and site systems (Shopware 6, Wix with no refusal on its first layer, orestbida's vanilla-cookieconsent v3 with
accept and reject alike), a Sourcepoint variant whose settings open in a second cross-origin frame (the
Guardian's free "Manage or reject cookies"), a Finnish bank's <dialog> whose settings re-render on opening with
every purpose pre-ticked, and four where the honest outcome is a typed error: an Italian pay-or-OK wall whose
"Rifiuta e abbonati" is a link to the subscription shop, a Greek "ΕΝΤΑΞΕΙ" notice in a same-origin frame shown
after 4 s, a Bulgarian bar whose "Откажи се" leads to youronlinechoices.com, and a Latvian media group's two
accepts of different scope (this site, every site of the group).

Languages: fr, cs, de, it, pt, en, ro, nl, hr, es, fi, el, lv, bg. Several banners appear 2.5-4 s after load.
"""

from __future__ import annotations

import json

from tests.cmp_replicas import RUNTIME, Replica
from tests.cmp_replicas.round2 import TCF_ACCEPT, TCF_REJECT, TCFAPI


def _source(config: dict, api: str = "") -> str:
    """A loader as ``build`` writes it, for pages ``build`` does not write itself (``Replica.files``)."""
    return f"window.__REPLICA__ = {json.dumps(config)};\n{RUNTIME.read_text()}\n{api}\n"


# ------------------------------------------------------------- Yahoo consent page (guce), another host, redirect (fr)
YAHOO_HOST = "yahoo-actualites.test"
YAHOO_SESSION = "3_cc-session_5e0d6b7f-8a9b-4c1d-9e2f-3a4b5c6d7e8f"
YAHOO_CONSENT = {
    "delay": 0, "cookieDomain": YAHOO_HOST, "returnTo": f"http://{YAHOO_HOST}/?guccounter=1",
    "cookies": [["EuConsent", TCF_ACCEPT, TCF_REJECT], ["GUCS", "AXy3b1Kq", "AXy3b1Kq"],
                ["A1", "d=AQABBAb3TGcCEHmQ&S=AQAAAsKx", "d=AQABBAb3TGcCEHmQ&S=AQAAAsKx"]],
    "css": "body{margin:0;background:#f5f8fa;font:15px/1.5 'Helvetica Neue',Helvetica,Arial,sans-serif;color:#232a31}"
           "#consent-page{max-width:760px;margin:0 auto;padding:24px 20px 48px}"
           ".consent-header{display:flex;align-items:center;gap:12px;margin-bottom:18px}.logo{font:800 28px Georgia,serif;color:#6001d2}"
           ".con-wizard{background:#fff;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.08);padding:28px 32px}"
           ".con-wizard h2{font-size:22px;margin:0 0 14px}.con-wizard p,.con-wizard li{font-size:14px}"
           ".actions{display:flex;gap:16px;margin:22px 0 12px}"
           ".btn{flex:1;border-radius:24px;padding:12px 18px;font:700 15px 'Helvetica Neue',Arial,sans-serif;cursor:pointer;text-align:center;text-decoration:none}"
           ".btn.secondary{background:#fff;border:2px solid #6001d2;color:#6001d2}"
           ".manage-settings{display:block;border:0 !important;text-decoration:underline}",
    "html": f"""
<div id="consent-page" class="consent-wizard-page" lang="fr">
 <div class="consent-header"><span class="logo" aria-label="Yahoo">yahoo!</span><span class="brand-family">fait partie de la famille de marques Yahoo</span></div>
 <div class="con-wizard">
  <h2 class="title">Yahoo fait partie de la famille de marques Yahoo</h2>
  <form method="post" action="/v2/collectConsent?sessionId={YAHOO_SESSION}" class="consent-form">
   <input type="hidden" name="csrfToken" value="rK3bq0Xd7">
   <input type="hidden" name="sessionId" value="{YAHOO_SESSION}">
   <input type="hidden" name="originalDoneUrl" value="http://{YAHOO_HOST}/?guccounter=1">
   <input type="hidden" name="namespace" value="yahoo">
   <div class="wizard-body">
    <p>Les sites et les applications que nous exploitons sont proposés par la famille de marques Yahoo, notamment Yahoo Actualités, Yahoo Finance et Yahoo Mail.</p>
    <p>Lorsque vous utilisez nos sites et applications, nous utilisons des <a href="https://guce.yahoo.com/cookies?locale=fr-FR" target="_blank">cookies</a> pour :</p>
    <ul><li>vous fournir nos sites et applications ;</li><li>authentifier les utilisateurs, appliquer des mesures de sécurité, empêcher les spams et les abus ; et</li><li>mesurer votre utilisation de nos sites et applications.</li></ul>
    <p>Si vous cliquez sur « Tout accepter », nos partenaires (y compris 241 qui font partie du Cadre de transparence et de consentement de l'IAB) et nous utiliserons également des cookies et vos données personnelles, comme votre adresse IP, vos données de navigation et de recherche et votre géolocalisation précise, pour afficher des publicités et du contenu personnalisés, mesurer les publicités et le contenu, étudier l'audience et développer des services.</p>
    <p>Si vous ne voulez pas que nos partenaires et nous-mêmes utilisions des cookies et vos données personnelles pour ces motifs supplémentaires, cliquez sur « Tout refuser ».</p>
    <p>Si vous souhaitez personnaliser vos choix, cliquez sur « Gérer les paramètres de confidentialité ».</p>
    <p>Vous pouvez retirer votre consentement ou modifier vos choix à tout moment en cliquant sur le lien « Paramètres de confidentialité et des cookies » ou « Tableau de bord de confidentialité » sur nos sites et applications. Découvrez-en plus sur la façon dont nous utilisons vos données personnelles dans notre <a href="https://legal.yahoo.com/fr/fr/yahoo/privacy/index.html" target="_blank">politique de confidentialité</a> et notre <a href="https://legal.yahoo.com/fr/fr/yahoo/privacy/cookies/index.html" target="_blank">politique relative aux cookies</a>.</p>
   </div>
   <div class="actions couple">
    <button type="submit" class="btn secondary accept-all " name="agree" value="agree" data-r="accept">Tout accepter</button>
    <button type="submit" class="btn secondary reject-all" id="reject-all" name="reject" value="reject" data-r="reject">Tout refuser</button>
   </div>
   <a href="/v2/partners?sessionId={YAHOO_SESSION}" class="btn secondary manage-settings" role="button" data-r="noop">Gérer les paramètres de confidentialité</a>
  </form>
 </div>
</div>"""}
YAHOO = Replica(
    YAHOO_HOST, "Yahoo consent page (guce.yahoo.com / consent.yahoo.com)", "fr", (None, "/_td/guce-gate.js"),
    config={"gate": f"http://guce.{YAHOO_HOST}/consent?brandType=eu&gcrumb=k5bW1Xo&lang=fr-FR&done=http%3A%2F%2F{YAHOO_HOST}%2F",
            "html": ""},
    files=(
        (f"guce.{YAHOO_HOST}", "/consent", ""),
        (f"guce.{YAHOO_HOST}", "/consent.headers",
         f"Status: 302\nLocation: http://consent.{YAHOO_HOST}/v2/collectConsent?sessionId={YAHOO_SESSION}\n"),
        (f"consent.{YAHOO_HOST}", "/v2/collectConsent",
         '<!doctype html><html lang="fr-FR" class="no-js"><head><meta charset="utf-8">'
         '<meta name="viewport" content="width=device-width, initial-scale=1">'
         '<title>Yahoo fait partie de la famille de marques Yahoo</title>'
         '<script src="/v2/consent.js"></script></head><body class="consent-v2"></body></html>'),
        (f"consent.{YAHOO_HOST}", "/v2/collectConsent.headers", "Content-Type: text/html; charset=utf-8\n"),
        (f"consent.{YAHOO_HOST}", "/v2/consent.js", _source(YAHOO_CONSENT)),
    ),
    note="Yahoo's EU consent flow: the site sends a new visitor to guce.<site>/consent, which redirects (302) to "
         "consent.<site>/v2/collectConsent?sessionId=...; the whole page is the notice (#consent-page, French), "
         "'Tout accepter' (button[value=agree]) and 'Tout refuser' (#reject-all, button[value=reject]) alike "
         "('btn secondary'); the choice's cookies are set for the site's domain and the page goes back to the "
         "site. autoconsent's Yahoo rule runs on https://consent.yahoo.com/v2/ only.")

# ------------------------------------------------------------------ Google "Before you continue" dialog (cs)
GOOGLE = Replica(
    "google-hledani.test", "Google consent dialog (www.google.com, 'Before you continue')", "cs",
    (None, "/xjs/_/js/k=xjs.hd.cs.consent/am=AAAB/d=1/rs=ACT90oE.js"),
    attrs='nonce="kq8Zr3" async',
    config={
        "delay": 300, "lockScroll": True,
        "cookies": [["SOCS", "CAISHAgBEhJnd3NfMjAyNDEyMDEtMF9SQzIaAmNzIAEaBgiA_LC6Bg", "CAESHAgBEhJnd3NfMjAyNDEyMDEtMF9SQzIaAmNzIAEaBgiA_LC6Bg"]],
        "css": ".HTjtHe{position:fixed;inset:0;z-index:2147483000;background:rgba(32,33,36,.6);display:flex;align-items:center;justify-content:center}"
               ".KxvlWc{background:#fff;border-radius:8px;width:600px;max-width:calc(100vw - 24px);max-height:90vh;overflow:auto;font:14px/20px Roboto,Arial,sans-serif;color:#202124;box-shadow:0 4px 16px rgba(0,0,0,.3)}"
               ".Oa5xGb{display:flex;justify-content:space-between;align-items:center;padding:12px 20px;border-bottom:1px solid #dadce0}"
               ".lang{background:none;border:0;font:14px Roboto,Arial,sans-serif;color:#3c4043;cursor:pointer}.signin{color:#1a73e8;text-decoration:none}"
               ".qqtRac{padding:16px 28px}.I90TVb{font:400 22px/28px 'Google Sans',Roboto,Arial,sans-serif;margin:8px 0 16px;text-align:center}"
               ".VDity ul{margin:4px 0 12px;padding-left:20px}"
               ".spoKVd{display:flex;gap:12px;justify-content:center;margin:16px 0 8px}"
               ".tHlp8d{flex:1;max-width:260px;background:#1a73e8;border:0;border-radius:4px;color:#fff;font:500 14px 'Google Sans',Roboto,Arial,sans-serif;padding:10px 16px;cursor:pointer}"
               ".GZ7xNe{text-align:center;margin:8px 0 16px}.eOjPIe{color:#1a73e8;font-weight:500;text-decoration:none}",
        "html": """
<div class="HTjtHe" id="xe7COe" lang="cs">
 <div class="KxvlWc" role="dialog" aria-modal="true" aria-labelledby="S3BnEe" tabindex="-1">
  <div class="Oa5xGb"><button class="lang" aria-haspopup="listbox" aria-label="Změnit jazyk: čeština">čeština ▾</button><a class="signin" href="https://accounts.google.com/ServiceLogin?hl=cs&amp;continue=https://www.google.com/">Přihlásit se</a></div>
  <div class="qqtRac">
   <h1 class="I90TVb" id="S3BnEe">Než budete pokračovat na Google</h1>
   <div class="VDity">
    <div>Soubory cookie a data používáme k těmto účelům:</div>
    <ul><li>poskytování a údržba služeb Google,</li><li>sledování výpadků a ochrana před spamem, podvody a zneužitím,</li><li>měření zapojení publika a statistik webů, abychom zjistili, jak jsou naše služby používány, a mohli zlepšovat jejich kvalitu.</li></ul>
    <div>Pokud vyberete možnost Přijmout vše, budeme soubory cookie a data používat také k těmto účelům:</div>
    <ul><li>vývoj a zlepšování nových služeb,</li><li>zobrazování reklam a měření jejich účinnosti,</li><li>zobrazování personalizovaného obsahu (v závislosti na vašem nastavení),</li><li>zobrazování personalizovaných reklam (v závislosti na vašem nastavení).</li></ul>
    <div>Pokud vyberete možnost Odmítnout vše, soubory cookie k těmto dalším účelům používat nebudeme.</div>
    <div>Nepersonalizovaný obsah je ovlivněn faktory, jako je obsah, který si právě prohlížíte, aktivita v aktivní relaci Vyhledávání a vaše poloha. Nepersonalizované reklamy jsou ovlivněny obsahem, který si právě prohlížíte, a vaší přibližnou polohou. Personalizovaný obsah a reklamy mohou také zahrnovat relevantnější výsledky, doporučení a přizpůsobené reklamy na základě minulé aktivity v tomto prohlížeči, například minulých vyhledávání na Googlu. Soubory cookie a data používáme také k tomu, abychom v relevantních případech přizpůsobili prostředí věku uživatele.</div>
    <div>Výběrem možnosti Další možnosti zobrazíte další informace, včetně podrobností o správě nastavení ochrany soukromí. Kdykoli můžete také navštívit stránku g.co/privacytools. <a href="https://policies.google.com/technologies/cookies?hl=cs&amp;utm_source=ucbs">Zásady ochrany soukromí</a> · <a href="https://policies.google.com/terms?hl=cs">Smluvní podmínky</a></div>
   </div>
   <div class="spoKVd">
    <button class="tHlp8d" data-ved="0ahUKEwj" id="W0wltc" data-r="reject"><div class="QS5gu sy4vM" role="none">Odmítnout vše</div></button>
    <button class="tHlp8d" data-ved="0ahUKEwk" id="L2AGLb" data-r="accept"><div class="QS5gu sy4vM" role="none">Přijmout vše</div></button>
   </div>
   <div class="GZ7xNe"><a class="eOjPIe" href="https://consent.google.com/dl?continue=https://www.google.com/&amp;gl=CZ&amp;hl=cs&amp;pc=s&amp;src=1">Další možnosti</a></div>
  </div>
 </div>
</div>"""},
    note="Google's consent dialog on www.google.com (.HTjtHe#xe7COe), Czech: 'Odmítnout vše' (#W0wltc) before "
         "'Přijmout vše' (#L2AGLb), both the same blue button, labels in an inner <div role=none>; 'Další možnosti' "
         "is a link to consent.google.com; a language picker and 'Přihlásit se' in its header. SOCS=CAE... refused.")

# --------------------------------------------------------------------- Microsoft wcp consent bar, in flow (de)
MICROSOFT = Replica(
    "microsoft-produkte.test", "Microsoft WCP consent (wcpConsentBannerCtrl)", "de", ("wcpstatic.microsoft.com", "/mscc/lib/v2/wcp-consent.js"),
    attrs='type="text/javascript"',
    config={
        "delay": 200, "prepend": True,
        "cookies": [["MSCC", "cid=4k2d9x0a7q1z3m5n-c1=2-c2=2-c3=2", "cid=4k2d9x0a7q1z3m5n-c1=1-c2=1-c3=1"]],
        "css": "._23tra1HsiiP6cT-Cka-ycB{position:relative;width:100%;background:#f2f2f2;font:13px/1.5 'Segoe UI',SegoeUI,Arial,sans-serif;color:#000;"
               "display:flex;justify-content:space-between;align-items:center;padding:12px 5%;box-sizing:border-box}"
               "._1Upc2NjY8AlDn177YoVj0y{display:flex;gap:12px;align-items:flex-start;flex:1}._1Upc2NjY8AlDn177YoVj0y p{margin:0}"
               "._1Upc2NjY8AlDn177YoVj0y a{color:#0067b8}"
               "._2j0fmugLb1FgYz6KPuB91w{display:flex;gap:4%;min-width:40%;justify-content:flex-end}"
               "._1XuCi2WhiqeWRUVp3pnFG3{background:#ebebeb;border:0;color:#000;font:15px 'Segoe UI',Arial,sans-serif;padding:8px 12px;min-width:150px;cursor:pointer}",
        "html": """
<div id="wcpConsentBannerCtrl" class="_23tra1HsiiP6cT-Cka-ycB" dir="ltr" role="alert" lang="de">
 <div class="_1Upc2NjY8AlDn177YoVj0y">
  <svg xmlns="http://www.w3.org/2000/svg" x="0px" y="0px" viewBox="0 0 44 44" width="24px" height="24px" fill="none" stroke="currentColor"><title>Info</title><circle cx="22" cy="22" r="20.5" stroke="black"></circle><path d="M20 17H24V13H20V17ZM20 33H24V21H20V33Z" fill="black"></path></svg>
  <p id="wcpConsentBannerText">Wir verwenden optionale Cookies, um Ihre Erfahrung auf unseren Websites zu verbessern, z. B. durch Verbindungen mit sozialen Medien, und um personalisierte Werbung basierend auf Ihrer Onlineaktivität anzuzeigen. Wenn Sie optionale Cookies ablehnen, werden nur die Cookies verwendet, die zur Bereitstellung der Dienste erforderlich sind. Sie können Ihre Auswahl ändern, indem Sie unten auf der Seite auf „Cookies verwalten“ klicken. <a href="https://go.microsoft.com/fwlink/?LinkId=521839" aria-label="Datenschutzbestimmungen">Datenschutzbestimmungen</a> <a href="https://aka.ms/3rdpartycookies" aria-label="Drittanbietercookies">Drittanbietercookies</a></p>
 </div>
 <div class="_2j0fmugLb1FgYz6KPuB91w">
  <button type="button" class="_1XuCi2WhiqeWRUVp3pnFG3 erL690_8JwUW-R4bJRcfl" data-r="accept">Annehmen</button>
  <button type="button" class="_1XuCi2WhiqeWRUVp3pnFG3 erL690_8JwUW-R4bJRcfl" data-r="reject">Ablehnen</button>
  <button type="button" class="_1XuCi2WhiqeWRUVp3pnFG3" data-r="noop">Cookies verwalten</button>
 </div>
</div>"""},
    note="Microsoft's wcp-consent bar, German: in the page flow at the top of <body> (not fixed), hashed class "
         "names, 'Annehmen' / 'Ablehnen' / 'Cookies verwalten' the same grey button; MSCC c1..c3=2 accepted, =1 refused.")

# ---------------------------------------------------------- Amazon sp-cc, transparent <input> over text (it)
def _a_button(kind: str, autoid: int, input_attrs: str, text: str, action: str) -> str:
    return (f'<span class="a-button a-button-{kind}" id="a-autoid-{autoid}"><span class="a-button-inner">'
            f'<input {input_attrs} class="a-button-input celwidget" type="submit" aria-labelledby="a-autoid-{autoid}-announce" data-r="{action}">'
            f'<span class="a-button-text" aria-hidden="true" id="a-autoid-{autoid}-announce">{text}</span></span></span>')


AMAZON = Replica(
    "amazon-negozio.test", "Amazon cookie preferences bar (sp-cc)", "it", (None, "/privacyprefs/retail/sp-cc.js"),
    attrs='type="text/javascript"',
    config={
        "delay": 400,
        "cookies": [["csm-sid", "481-2299471-0613215", "481-2299471-0613215"],
                    ["i18n-prefs", "EUR", "EUR"], ["session-id", "258-1987465-0128934", "258-1987465-0128934"],
                    ["ad-privacy", "1", "0"]],
        "css": "#sp-cc{position:fixed;left:0;right:0;bottom:0;z-index:2147483000;background:#fff;box-shadow:0 -2px 10px rgba(0,0,0,.25);"
               "font:14px/20px 'Amazon Ember',Arial,sans-serif;color:#0f1111;padding:16px 5%}"
               "#sp-cc-title{font-size:18px;font-weight:700;margin:0 0 8px}#sp-cc-content{display:flex;gap:32px;align-items:flex-end}"
               "#sp-cc-text{flex:1;font-size:13px}#sp-cc-buttons{display:flex;flex-direction:column;gap:8px;min-width:240px}"
               ".a-button{position:relative;display:block;border-radius:8px;border:1px solid #d5d9d9;background:#fff;cursor:pointer}"
               ".a-button-primary{background:#ffd814;border-color:#fcd200}"
               ".a-button-inner{display:block;position:relative;height:31px}"
               ".a-button-input{position:absolute;left:0;top:0;width:100%;height:100%;margin:0;padding:0;opacity:.01;z-index:20;cursor:pointer;outline:0}"
               ".a-button-text{display:block;text-align:center;line-height:31px;font-size:13px;color:#0f1111}"
               "#sp-cc-customize{display:block;text-align:center;color:#007185;font-size:13px}",
        "html": """
<span class="a-declarative" data-action="sp-cc" data-sp-cc='{"rejectAllAction":"/privacyprefs/retail/v1/rejectall","customizeAction":"/cookieprefs?ref_=portal_banner_all"}'>
<div id="sp-cc" data-ever-shown="true" class="a-section" role="region" aria-labelledby="sp-cc-title" lang="it">
 <form id="sp-cc-form" method="post" action="/privacyprefs/retail/v1/acceptall">
  <input type="hidden" name="anti-csrftoken-a2z" value="hK7qdN0b">
  <h3 id="sp-cc-title">Seleziona le tue preferenze relative ai cookie</h3>
  <div id="sp-cc-content">
   <div id="sp-cc-text">Utilizziamo cookie e altre tecnologie simili necessari per consentirti di effettuare acquisti, per migliorare le tue esperienze di acquisto e per fornire i nostri servizi, come descritto in dettaglio nella nostra <a href="/gp/help/customer/display.html?nodeId=201890250">Informativa sui cookie</a>. Utilizziamo questi cookie anche per capire come i clienti utilizzano i nostri servizi per poterli migliorare (ad esempio, analizzando le interazioni con il sito). Se sei d'accordo, utilizzeremo i cookie anche per integrare la tua esperienza di acquisto nei negozi Amazon come descritto nella nostra Informativa sui cookie. Ciò include l'utilizzo di cookie proprietari e di terze parti che memorizzano o accedono a informazioni standard del dispositivo come un identificatore univoco. Le terze parti utilizzano i cookie allo scopo di mostrare e misurare annunci personalizzati, generare informazioni sul pubblico, e sviluppare e migliorare i prodotti. Fai clic su "Rifiuta" per rifiutare, oppure su "Personalizza" per effettuare scelte più dettagliate sulla pubblicità o per saperne di più. Puoi modificare le tue scelte in qualsiasi momento visitando Preferenze cookie, come descritto nell'Informativa sui cookie.</div>
   <div id="sp-cc-buttons">
    """ + _a_button("primary", 0, 'name="accept" value="accept" id="sp-cc-accept"', "Accetta", "accept") + """
    """ + _a_button("base", 1, 'name="rejectAll" value="rejectAll" id="sp-cc-rejectall-link"', "Rifiuta", "reject") + """
    <a id="sp-cc-customize" href="/cookieprefs?ref_=portal_banner_all">Personalizza cookie</a>
   </div>
  </div>
 </form>
</div>
</span>"""},
    note="Amazon's cookie bar (span[data-action=sp-cc] > #sp-cc), Italian: each button is an Amazon 'a-button', a "
         "transparent (opacity .01) <input type=submit value=accept|rejectAll> laid over an aria-hidden <span> "
         "that shows 'Accetta' / 'Rifiuta' and names the input by aria-labelledby; 'Personalizza cookie' is a "
         "link to the /cookieprefs page. autoconsent's amazon.com rule waits 5 s before each click.")

# ------------------------------------------------------- Facebook cookie dialog, <div role=button aria-label> (pt)
def _fb_button(label: str, primary: bool, action: str) -> str:
    colour = "x1qhmfi1 x1r1pt67" if primary else "x1m258z3 x1ey2m1c"
    return (f'<div aria-label="{label}" class="x1i10hfl xjbqb8w x1ejq31n xd10rxx x1sy0etr x17r0tee x972fbf xcfux6l x1qhh985 '
            f'xm0m39n x1ypdohk xe8uvvx xdj266r x11i5rnm xat24cr x1mh8g0r xexx8yu x4uap5 x18d9i69 xkhd6sd x16tdsg8 x1hl2dhg '
            f'xggy1nq x1o1ewxj x3x9cwd x1e5q0jg x13rtm0m x87ps6o x1lku1pv x1a2a7pz x9f619 x3nfvp2 xdt5ytf xl56j7k '
            f'x1n2onr6 xh8yej3" role="button" tabindex="0" data-r="{action}"><div class="x1n2onr6 x1ja2u2z x78zum5 '
            f'x2lah0s xl56j7k x6s0dn4 xozqiw3 x1q0g3np xi112ho x17zwfj4 x585lrc x1403ito x972fbf xcfux6l x1qhh985 '
            f'xm0m39n x9f619 xn6708d x1ye3gou {colour}"><div class="x6s0dn4 x78zum5 xl56j7k x1608yet xljgi0e '
            f'x1e0frkt"><div class="x9f619 x1n2onr6 x1ja2u2z x193iq5w xeuugli x6s0dn4 x78zum5 x2lah0s x1fbi1t2 '
            f'xl8fo4v"><span class="x1lliihq x6ikm8r x10wlt62 x1n2onr6 xlyipyv xuxw1ft"><span class="x1lliihq '
            f'x1plvlek xryxfnj x1n2onr6 x193iq5w xeuugli x13faqbe x1vvkbs x1s928wv xhkezso x1gmr53x x1cpjm7i '
            f'x1fgarty x1943h6x x1tu3fi x3x7a5m x1nxh6w3 x1sibtaa x1s688f xzsf02u" dir="auto">{label}</span></span>'
            f'</div></div></div></div>')


FACEBOOK = Replica(
    "facebook-rede.test", "Facebook / Meta cookie dialog", "pt", (None, "/rsrc.php/v3iBzX4/yO/l/pt_BR/cookie-consent.js"),
    attrs='crossorigin="anonymous" async',
    config={
        "delay": 700, "lockScroll": True,
        "cookies": [["datr", "kK3TZ8wJm2f0", "kK3TZ8wJm2f0"], ["wd", "1280x720", "1280x720"],
                    ["fr", "0bQ1xyz.AWV", "0"], ["_fbp", "fb.1.1733061600000.123456789", "0"]],
        "css": ".x1uvtmcs{position:fixed;inset:0;z-index:400;background:rgba(244,244,244,.8);display:flex;align-items:center;justify-content:center}"
               ".x1cy8zhl{background:#fff;border-radius:8px;box-shadow:0 12px 28px 0 rgba(0,0,0,.2),0 2px 4px 0 rgba(0,0,0,.1);width:680px;max-width:calc(100vw - 24px);"
               "max-height:88vh;overflow:auto;font:15px/1.34 'Segoe UI Historic','Segoe UI',Helvetica,Arial,sans-serif;color:#1c1e21;padding:20px 24px}"
               ".x1cy8zhl h2{font-size:20px;margin:0 0 12px}.x1cy8zhl h3{font-size:17px;margin:16px 0 6px}"
               ".x1cy8zhl [aria-expanded]{display:flex;justify-content:space-between;border-top:1px solid #dadde1;padding:10px 0;cursor:pointer}"
               ".xfbtns{display:flex;flex-direction:column;gap:8px;margin-top:16px;border-top:1px solid #dadde1;padding-top:12px}"
               ".xfbtns [role=button]{cursor:pointer}"
               ".x1m258z3{background:#e4e6eb;border-radius:6px;height:36px;display:flex;align-items:center;justify-content:center;font-weight:600;color:#050505}"
               ".x1qhmfi1{background:#0866ff;border-radius:6px;height:36px;display:flex;align-items:center;justify-content:center;font-weight:600;color:#fff}",
        "html": """
<div class="x1uvtmcs x4k7w5x x1h91t0o x1beo9mf xaigb6o x12ejxvf x3igimt xarpa2k xedcshv x1lytzrv x1t2pt76 x7ja8zs x1n2onr6 x1qrby5j x1jfb8zj" lang="pt">
 <div aria-labelledby=":r1:" aria-modal="true" class="x1cy8zhl x9f619 x78zum5 xdt5ytf x1gvbg2u x1ten1a2 xh8yej3" role="dialog" tabindex="-1">
  <h2 id=":r1:" dir="auto">Permitir o uso de cookies do Facebook neste navegador?</h2>
  <div dir="auto">Usamos cookies e tecnologias semelhantes para ajudar a fornecer e melhorar o conteúdo nos Produtos da Meta. Também os usamos para oferecer uma experiência mais segura usando informações que recebemos de cookies dentro e fora do Facebook, e para fornecer e melhorar os Produtos da Meta para pessoas que têm uma conta.</div>
  <ul dir="auto"><li>Os cookies essenciais são necessários para usar os Produtos da Meta e são necessários para que nossos sites funcionem como desejado.</li><li>Os cookies de outras empresas são usados para mostrar anúncios a você fora dos Produtos da Meta e para fornecer recursos como mapas, serviços de pagamento e vídeo.</li></ul>
  <div dir="auto">Você tem controle sobre os cookies opcionais que usamos. Saiba mais sobre os cookies e como os usamos e revise ou altere sua escolha a qualquer momento na nossa <a href="https://www.facebook.com/privacy/policies/cookies/" target="_blank">Política de Cookies</a>.</div>
  <h3 dir="auto">Cookies essenciais</h3>
  <div dir="auto">Esses cookies são necessários para usar os Produtos da Meta. Eles são necessários para que esses sites funcionem como pretendido.</div>
  <h3 dir="auto">Cookies opcionais</h3>
  <div aria-expanded="false" role="button" tabindex="0" data-r="noop"><span>Cookies de outras empresas</span><span>⌄</span></div>
  <div aria-expanded="false" role="button" tabindex="0" data-r="noop"><span>Cookies da Meta em outros apps e sites</span><span>⌄</span></div>
  <div class="xfbtns">
   """ + _fb_button("Recusar cookies opcionais", False, "reject") + """
   """ + _fb_button("Permitir todos os cookies", True, "accept") + """
  </div>
 </div>
</div>"""},
    note="Facebook's cookie dialog (Meta, Brazilian Portuguese): atomic x-class names, every control a <div "
         "role=button tabindex=0 aria-label> whose text sits in nested spans; 'Recusar cookies opcionais' (grey) "
         "above 'Permitir todos os cookies' (blue); the optional categories are aria-expanded disclosures.")

# ------------------------------------------- Reddit, buttons slotted through <rpl-modal-card>'s shadow root (en)
REDDIT = Replica(
    "reddit-forum.test", "Reddit cookie banner (shreddit)", "en", ("www.redditstatic.com", "/shreddit/en/reddit-cookie-banner-client-js-3f9c2b.js"),
    attrs='type="module" async',
    config={
        "delay": 2500,
        "cookies": [["eu_cookie", '{"opted":true,"nonessential":true}', '{"opted":true,"nonessential":false}']],
        "css": "shreddit-async-loader[bundlename=reddit_cookie_banner]{display:block}"
               "#data-protection-consent-dialog{position:fixed;left:16px;bottom:16px;z-index:1000;width:400px;max-width:calc(100vw - 32px)}"
               "rpl-modal-card{display:block}"
               "rpl-modal-card > p{margin:0 0 10px;font:14px/20px -apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#0f1a1c}"
               "rpl-modal-card > button{display:block;width:100%;height:40px;border-radius:999px;border:0;font:600 14px -apple-system,'Segoe UI',Roboto,Arial,sans-serif;cursor:pointer;margin-top:8px}"
               "rpl-modal-card > button.button-primary{background:#0a449b;color:#fff}rpl-modal-card > button.button-secondary{background:#e5ebee;color:#0f1a1c}",
        "html": """
<shreddit-async-loader bundlename="reddit_cookie_banner">
 <reddit-cookie-banner>
  <div id="data-protection-consent-dialog" role="dialog" aria-labelledby="data-protection-consent-title" lang="en">
   <rpl-modal-card>
    <h2 slot="title" id="data-protection-consent-title">Cookie Notice</h2>
    <p>Reddit and its partners use cookies and similar technologies to provide you with a better experience.</p>
    <p>By accepting all cookies, you agree to our use of cookies to deliver and maintain our services and site, improve the quality of Reddit, personalize Reddit content and advertising, and measure the effectiveness of advertising.</p>
    <p>By rejecting non-essential cookies, Reddit may still use certain cookies to ensure the proper functionality of our platform.</p>
    <p>For more information, please see our <a href="https://www.reddit.com/policies/cookies" target="_blank">Cookie Notice</a> and our <a href="https://www.reddit.com/policies/privacy-policy" target="_blank">Privacy Policy</a>.</p>
    <button class="button-primary" data-r="accept">Accept All</button>
    <button class="button-secondary" data-r="reject">Reject Optional Cookies</button>
   </rpl-modal-card>
  </div>
 </reddit-cookie-banner>
</shreddit-async-loader>"""},
    api="""
__replica.onShow.push(function () {
  __replica.all('rpl-modal-card').forEach(function (card) {
    var root = card.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>:host{display:block;background:#fff;border-radius:16px;box-shadow:0 4px 24px rgba(0,0,0,.25);padding:20px}'
      + '.title{font:700 18px/24px -apple-system,Segoe UI,Roboto,Arial,sans-serif;margin:0 0 10px;color:#0f1a1c}</style>'
      + '<div class="card" part="card"><div class="title"><slot name="title"></slot></div><slot></slot></div>';
  });
});""",
    note="Reddit's EU banner as shreddit renders it, 2.5 s after load: <shreddit-async-loader bundlename="
         "reddit_cookie_banner> > <reddit-cookie-banner> > #data-protection-consent-dialog > <rpl-modal-card>, "
         "a custom element whose open shadow root shows the light-DOM text and buttons through <slot>s; 'Accept "
         "All' (button-primary) / 'Reject Optional Cookies' (button-secondary); eu_cookie nonessential:false.")

# --------------------------------------------------------------------- TikTok, <tiktok-cookie-banner> shadow (ro)
TIKTOK = Replica(
    "tiktok-video.test", "TikTok cookie banner (<tiktok-cookie-banner>)", "ro",
    ("sf16-website-login.neutral.ttwstatic.com", "/obj/tiktok_web_login_static/tiktok/webapp/main/webapp-desktop/cookie-banner.js"),
    attrs='crossorigin="anonymous" async',
    config={
        "delay": 3000, "mount": "shadow",
        "outer": '<tiktok-cookie-banner data-shadow-host style="position:fixed;left:0;right:0;bottom:0;z-index:10000"></tiktok-cookie-banner>',
        "cookies": [["cookie-consent", '{"optional":true,"ga":true,"af":true,"fbp":true,"lip":true,"bing":true,"ttads":true,"reddit":true,"hubspot":true,"version":"v10"}',
                     '{"optional":false,"ga":false,"af":false,"fbp":false,"lip":false,"bing":false,"ttads":false,"reddit":false,"hubspot":false,"version":"v10"}']],
        "css": ":host{all:initial}.tiktok-cookie-banner{display:flex;align-items:center;gap:24px;background:#fff;box-shadow:0 -2px 12px rgba(0,0,0,.12);"
               "padding:16px 32px;font:14px/20px TikTokFont,Arial,Tahoma,sans-serif;color:#161823}"
               ".paragraph-wrapper{flex:1}.paragraph-wrapper p{margin:0}.paragraph-wrapper a{color:#161823;font-weight:700}"
               ".button-wrapper{display:flex;gap:12px}"
               ".button-wrapper button{min-width:168px;height:40px;border-radius:4px;border:1px solid rgba(22,24,35,.12);background:#fff;color:#161823;font:600 15px TikTokFont,Arial,sans-serif;cursor:pointer}",
        "html": """
<div class="tiktok-cookie-banner" role="dialog" aria-label="Banner cookie-uri" lang="ro">
 <div class="paragraph-wrapper">
  <p>Folosim cookie-uri pentru a-ți oferi o experiență mai bună. Cookie-urile opționale ne ajută să personalizăm conținutul și reclamele, să măsurăm eficiența reclamelor și să îmbunătățim TikTok. Dacă refuzi cookie-urile opționale, vom folosi doar cookie-urile necesare pentru a-ți oferi serviciile noastre. Poți schimba alegerea oricând din setările de confidențialitate. Află mai multe în <a href="https://www.tiktok.com/legal/page/eea/cookie-policy/ro" target="_blank">Politica privind cookie-urile</a>.</p>
 </div>
 <div class="button-wrapper">
  <button data-r="reject">Refuză cookie-urile opționale</button>
  <button data-r="accept">Permite toate</button>
 </div>
</div>"""},
    note="TikTok's web banner in the open shadow root of <tiktok-cookie-banner>, Romanian, 3 s after load: "
         "'Refuză cookie-urile opționale' before 'Permite toate', the two buttons identical (.button-wrapper "
         "button, white on white). Romanian wording reconstructed from the English 'Decline optional cookies' / "
         "'Allow all'.")

# -------------------------------------------------------------------------- Shopware 6 cookie permission (nl)
SHOPWARE = Replica(
    "shopware-winkel.test", "Shopware 6 cookie permission (storefront)", "nl", (None, "/theme/9b4f5c2e7d1a/js/storefront/storefront.js"),
    attrs='type="text/javascript" defer',
    config={
        "delay": 200,
        "cookies": [["cookie-preference", "1", "1"], ["_ga", "GA1.1.123456789.1733061600", ""],
                    ["sw-cache-hash", "", ""]],
        "css": ".cookie-permission-container{position:fixed;left:0;right:0;bottom:0;z-index:1100;background:#fff;box-shadow:0 -1px 8px rgba(0,0,0,.2);padding:20px 0;font:14px/1.5 Inter,Arial,sans-serif;color:#4a545b}"
               ".cookie-permission-container .container{max-width:1360px;margin:0 auto;padding:0 20px;display:flex;gap:24px;align-items:center;flex-wrap:wrap}"
               ".cookie-permission-content{flex:1 1 500px}.cookie-permission-actions{display:flex;gap:8px;flex-wrap:wrap}"
               ".btn{border-radius:3px;padding:8px 16px;font:600 14px Inter,Arial,sans-serif;cursor:pointer}"
               ".btn-primary{background:#0042a0;border:1px solid #0042a0;color:#fff}.btn-outline-primary{background:#fff;border:1px solid #0042a0;color:#0042a0}"
               ".offcanvas{position:fixed;top:0;right:0;bottom:0;width:420px;max-width:100vw;z-index:1101;background:#fff;box-shadow:-4px 0 16px rgba(0,0,0,.2);padding:20px;font:14px/1.5 Inter,Arial,sans-serif;box-sizing:border-box;overflow:auto}"
               ".offcanvas-cookie-group{border-bottom:1px solid #eee;padding:10px 0}.offcanvas-cookie-group label{font-weight:700}",
        "html": """
<div class="cookie-permission-container" data-cookie-permission="true" lang="nl">
 <div data-layer="1">
 <div class="container">
  <div class="cookie-permission-content">Deze website maakt gebruik van cookies die nodig zijn voor de technische werking van de website en die altijd worden geplaatst. Andere cookies, die het gebruiksgemak van deze website vergroten, worden gebruikt voor directe reclame of om de interactie met andere websites en sociale netwerken te vereenvoudigen, worden alleen geplaatst met uw toestemming. <a data-ajax-modal="true" data-url="/widgets/cms/0c3e7a9b" href="/widgets/cms/0c3e7a9b" title="Meer informatie">Meer informatie</a></div>
  <div class="cookie-permission-actions">
   <span class="cookie-permission-button js-cookie-permission-button"><button type="submit" class="btn btn-outline-primary" data-r="necessary">Alleen technisch noodzakelijk</button></span>
   <span class="js-cookie-configuration-button"><button type="submit" class="btn btn-outline-primary" data-r="settings">Configureren</button></span>
   <span class="js-cookie-accept-all-button"><button type="submit" class="btn btn-primary" data-r="accept">Alle cookies accepteren</button></span>
  </div>
 </div>
 </div>
 <div class="offcanvas is-right offcanvas-cookie" data-layer="2" style="display:none" role="dialog" aria-label="Cookievoorkeuren">
  <div class="offcanvas-cookie-description"><h3>Cookievoorkeuren</h3><p>Deze website maakt gebruik van cookies die nodig zijn voor de technische werking van de website en die altijd worden geplaatst.</p></div>
  <div class="offcanvas-cookie-group"><input type="checkbox" id="cookie_Technically required" checked disabled> <label for="cookie_Technically required">Technisch noodzakelijk</label></div>
  <div class="offcanvas-cookie-group"><input type="checkbox" id="cookie_Statistics" class="offcanvas-cookie-parent-input"> <label for="cookie_Statistics">Statistieken</label></div>
  <div class="offcanvas-cookie-group"><input type="checkbox" id="cookie_Marketing" class="offcanvas-cookie-parent-input"> <label for="cookie_Marketing">Marketing</label></div>
  <div class="offcanvas-cookie-group"><input type="checkbox" id="cookie_Comfort features" class="offcanvas-cookie-parent-input"> <label for="cookie_Comfort features">Comfortfuncties</label></div>
  <button type="submit" class="btn btn-primary btn-block js-offcanvas-cookie-submit" data-r="save">Opslaan</button>
  <button type="submit" class="btn btn-outline-primary btn-block js-offcanvas-cookie-accept-all" data-r="accept">Alle cookies accepteren</button>
 </div>
</div>"""},
    refuse=("chose_necessary", "chose_selection_none"),
    note="Shopware 6's storefront cookie bar (.cookie-permission-container), Dutch: 'Alleen technisch "
         "noodzakelijk' / 'Configureren' (an off-canvas panel, purposes off, 'Opslaan') / 'Alle cookies "
         "accepteren'. The technical-only button is the refusal; saving with every purpose off is one too.")

# ------------------------------------------------------ orestbida vanilla-cookieconsent v3, accept = reject look (hr)
VANILLA_CC = Replica(
    "cookieconsent-putovanja.test", "CookieConsent v3 (orestbida/cookieconsent)", "hr",
    ("cdn.jsdelivr.net", "/gh/orestbida/cookieconsent@3.0.1/dist/cookieconsent.umd.js"),
    attrs='type="text/javascript" defer',
    config={
        "delay": 500,
        "cookies": [["cc_cookie", '{"categories":["necessary","analytics","marketing"],"revision":0,"data":null,"consentTimestamp":"2026-12-01T10:00:00.000Z","consentId":"7e1c2b9a","languageCode":"hr","services":{"necessary":[],"analytics":[],"marketing":[]}}',
                     '{"categories":["necessary"],"revision":0,"data":null,"consentTimestamp":"2026-12-01T10:00:00.000Z","consentId":"7e1c2b9a","languageCode":"hr","services":{"necessary":[],"analytics":[],"marketing":[]}}']],
        "css": "#cc-main{font:14px/1.55 -apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#2c2f31;position:fixed;z-index:2147483647}"
               "#cc-main .cm{position:fixed;right:16px;bottom:16px;width:36em;max-width:calc(100vw - 32px);background:#fff;border-radius:8px;box-shadow:0 10px 40px rgba(0,0,0,.3);overflow:hidden}"
               "#cc-main .cm__texts{padding:20px 24px 8px}#cc-main .cm__title{font-size:17px;margin:0 0 8px}#cc-main .cm__desc{margin:0}"
               "#cc-main .cm__btns{padding:12px 24px 20px;border-top:1px solid #eaeff2;display:flex;flex-direction:column;gap:8px}"
               "#cc-main .cm__btn-group{display:flex;gap:8px}"
               "#cc-main .cm__btn,#cc-main .pm__btn{flex:1;border-radius:6px;padding:12px;font:600 14px -apple-system,'Segoe UI',Roboto,Arial,sans-serif;cursor:pointer;background:#30363c;border:1px solid #30363c;color:#fff}"
               "#cc-main .cm__btn--secondary,#cc-main .pm__btn--secondary{background:#eaeff2;border-color:#eaeff2;color:#2c2f31}"
               "#cc-main .pm-overlay{position:fixed;inset:0;background:rgba(0,0,0,.65)}"
               "#cc-main .pm{position:fixed;top:50%;left:50%;transform:translate(-50%,-50%);width:600px;max-width:calc(100vw - 24px);max-height:86vh;overflow:auto;background:#fff;border-radius:8px;padding:20px 24px;box-sizing:border-box}"
               "#cc-main .pm__section{border:1px solid #eaeff2;border-radius:6px;padding:10px 14px;margin:8px 0;display:flex;justify-content:space-between;align-items:center}"
               "#cc-main .pm__footer{display:flex;gap:8px;margin-top:14px}",
        "html": """
<div id="cc-main" class="cc--anim show--consent" lang="hr">
 <div class="cm-wrapper cc--anim" data-layer="1">
  <div class="cm cm--box cm--wide cm--bottom cm--right" role="dialog" aria-modal="true" aria-hidden="false" aria-describedby="cm__desc" aria-labelledby="cm__title">
   <div class="cm__body">
    <div class="cm__texts">
     <h2 class="cm__title" id="cm__title">Ova stranica koristi kolačiće</h2>
     <p class="cm__desc" id="cm__desc">Koristimo nužne kolačiće kako bi stranica ispravno radila te, uz vaš pristanak, analitičke i marketinške kolačiće kako bismo razumjeli kako koristite stranicu i prikazali vam relevantne ponude putovanja. <a href="/politika-kolacica" class="cc__link">Politika kolačića</a></p>
    </div>
    <div class="cm__btns">
     <div class="cm__btn-group">
      <button type="button" class="cm__btn" data-role="all" data-r="accept"><span>Prihvati sve</span></button>
      <button type="button" class="cm__btn" data-role="necessary" data-r="reject"><span>Odbij sve</span></button>
     </div>
     <div class="cm__btn-group">
      <button type="button" class="cm__btn cm__btn--secondary" data-role="show" data-r="settings"><span>Upravljaj postavkama</span></button>
     </div>
    </div>
   </div>
  </div>
 </div>
 <div class="pm-wrapper cc--anim" data-layer="2" style="display:none">
  <div class="pm-overlay"></div>
  <div class="pm pm--box" role="dialog" aria-modal="true" aria-labelledby="pm__title">
   <div class="pm__header"><h2 class="pm__title" id="pm__title">Postavke kolačića</h2></div>
   <div class="pm__body">
    <div class="pm__section"><span>Nužni kolačići</span><input type="checkbox" class="section__toggle" value="necessary" checked disabled aria-label="Nužni kolačići"></div>
    <div class="pm__section"><span>Analitički kolačići</span><input type="checkbox" class="section__toggle" value="analytics" aria-label="Analitički kolačići"></div>
    <div class="pm__section"><span>Marketinški kolačići</span><input type="checkbox" class="section__toggle" value="marketing" aria-label="Marketinški kolačići"></div>
   </div>
   <div class="pm__footer">
    <button type="button" class="pm__btn" data-role="all" data-r="accept">Prihvati sve</button>
    <button type="button" class="pm__btn" data-role="necessary" data-r="reject">Odbij sve</button>
    <button type="button" class="pm__btn pm__btn--secondary" data-role="save" data-r="save">Spremi postavke</button>
   </div>
  </div>
 </div>
</div>"""},
    note="orestbida's open-source CookieConsent v3 (#cc-main, 'box wide' layout), Croatian translation of its "
         "default texts: 'Prihvati sve' and 'Odbij sve' side by side in the very same dark button, 'Upravljaj "
         "postavkama' secondary; the preferences modal repeats both with 'Spremi postavke'.")

# -------------------------------------------------- Wix cookie banner, no refusal on its first layer (es)
WIX = Replica(
    "wix-restaurante.test", "Wix cookie consent banner", "es", ("static.parastorage.com", "/services/cookie-consent-banner-app/1.1242.0/app.bundle.min.js"),
    attrs='crossorigin="anonymous" async',
    config={
        "delay": 1200,
        "cookies": [["consent-policy", '{"ess":1,"func":1,"anl":1,"adv":1,"dt3":1,"ts":1733061600}', '{"ess":1,"func":0,"anl":0,"adv":0,"dt3":0,"ts":1733061600}']],
        "css": "[data-hook=ccsu-banner-wrapper]{position:fixed;left:0;right:0;bottom:0;z-index:99999;font:14px/1.5 Madefor,Helvetica,Arial,sans-serif;color:#000}"
               ".ccsu-banner{background:#fff;box-shadow:0 -2px 8px rgba(0,0,0,.15);padding:18px 40px;display:flex;align-items:center;gap:24px}"
               ".ccsu-text{flex:1}.ccsu-text p{margin:0}.ccsu-title{font-weight:700}"
               ".ccsu-buttons{display:flex;gap:12px}.ccsu-btn{border-radius:20px;padding:9px 28px;font:14px Madefor,Arial,sans-serif;cursor:pointer;border:1px solid #116dff;background:#fff;color:#116dff}"
               ".ccsu-btn--primary{background:#116dff;color:#fff}"
               ".ccsu-settings{position:fixed;inset:0;background:rgba(0,0,0,.5);align-items:center;justify-content:center}"
               ".ccsu-settings-box{background:#fff;width:560px;max-width:calc(100vw - 24px);border-radius:8px;padding:24px 28px}"
               ".ccsu-cat{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #eee;padding:10px 0}"
               ".ccsu-cat [role=switch]{width:36px;height:20px;border-radius:10px;border:0;background:#bcbcbc;cursor:pointer}.ccsu-cat [role=switch][aria-checked=true]{background:#116dff}",
        "html": """
<div data-hook="ccsu-banner-wrapper" lang="es">
 <div class="ccsu-banner" data-hook="ccsu-banner-root" role="region" aria-label="Banner de cookies" data-layer="1" data-display="flex">
  <div class="ccsu-text" data-hook="ccsu-banner-text-container">
   <p class="ccsu-title" data-hook="ccsu-banner-title">Este sitio web utiliza cookies.</p>
   <p data-hook="ccsu-banner-text">Utilizamos cookies para mejorar tu experiencia y con fines publicitarios. <a data-hook="ccsu-banner-policy-link" href="/politica-de-cookies">Leer nuestra Política de Cookies</a>.</p>
  </div>
  <div class="ccsu-buttons">
   <button class="ccsu-btn" data-hook="ccsu-banner-settings" data-r="settings">Configuración</button>
   <button class="ccsu-btn ccsu-btn--primary" data-hook="ccsu-banner-accept" data-r="accept">Aceptar</button>
  </div>
 </div>
 <div class="ccsu-settings" data-hook="ccsu-settings-modal" data-layer="2" data-display="flex" style="display:none" role="dialog" aria-modal="true" aria-labelledby="ccsu-settings-title">
  <div class="ccsu-settings-box">
   <h2 id="ccsu-settings-title">Configuración de cookies</h2>
   <p>Este sitio web utiliza cookies y tecnologías similares. Puedes elegir qué tipos de cookies permitir.</p>
   <div class="ccsu-cat"><span>Cookies esenciales</span><span>Siempre activas</span></div>
   <div class="ccsu-cat"><span>Funcionales</span><button role="switch" aria-checked="false" aria-label="Funcionales" data-hook="ccsu-toggle-functional"></button></div>
   <div class="ccsu-cat"><span>Analíticas</span><button role="switch" aria-checked="false" aria-label="Analíticas" data-hook="ccsu-toggle-analytics"></button></div>
   <div class="ccsu-cat"><span>Publicidad</span><button role="switch" aria-checked="false" aria-label="Publicidad" data-hook="ccsu-toggle-advertising"></button></div>
   <div class="ccsu-buttons" style="margin-top:14px">
    <button class="ccsu-btn" data-hook="ccsu-settings-save" data-r="save">Guardar</button>
    <button class="ccsu-btn ccsu-btn--primary" data-hook="ccsu-settings-accept-all" data-r="accept">Aceptar todo</button>
   </div>
  </div>
 </div>
</div>"""},
    refuse=("chose_selection_none",),
    note="A Wix site's cookie banner ([data-hook=ccsu-banner-wrapper]), Spanish, in its default layout without "
         "'Rechazar todo': 'Configuración' / 'Aceptar'; the settings modal's switches start off and 'Guardar' "
         "saves them. autoconsent's wix rule hides the banner when there is no decline-all: no choice.")

# ---------------------------------------- Finnish bank, <dialog>, settings re-render, every purpose pre-ticked (fi)
FINNISH_BANK = Replica(
    "pankki-verkkopalvelu.test", "Site-built banner (Finnish bank, <dialog>, pre-ticked settings)", "fi", (None, "/static/js/evasteet.bundle.js"),
    attrs='defer',
    config={
        "delay": 1000, "showModal": "dialog", "rerender": True, "lockScroll": True,
        "cookies": [["evastesuostumus", "kaikki", "valinnat"]],
        "css": "dialog.ev-dialog{width:640px;max-width:calc(100vw - 32px);border:0;border-radius:12px;padding:28px 32px;font:15px/1.55 Arial,sans-serif;color:#1f2a44}"
               "dialog.ev-dialog::backdrop{background:rgba(15,25,45,.6)}.ev-dialog h2{margin:0 0 10px;font-size:22px}"
               ".ev-actions{display:flex;gap:12px;justify-content:flex-end;margin-top:18px;flex-wrap:wrap}"
               ".ev-btn{border-radius:24px;padding:11px 24px;font:700 15px Arial,sans-serif;cursor:pointer;border:2px solid #ff6a10;background:#fff;color:#1f2a44}"
               ".ev-btn--primary{background:#ff6a10;color:#fff}"
               ".ev-cat{display:flex;justify-content:space-between;align-items:center;gap:16px;border-bottom:1px solid #e3e6ec;padding:10px 0}"
               ".ev-cat small{display:block;color:#5a6478}",
        "html": """
<div id="evasteet-root">
<dialog class="ev-dialog" id="evasteet" aria-labelledby="ev-otsikko" lang="fi">
 <div data-layer="1" class="ev-first">
  <h2 id="ev-otsikko">Evästeet verkkopalvelussamme</h2>
  <p>Käytämme evästeitä ja vastaavia tekniikoita, jotta verkkopalvelumme toimii turvallisesti ja voimme kehittää sitä. Hyväksymällä kaikki evästeet annat suostumuksesi myös analytiikka- ja markkinointievästeiden käyttöön, joiden avulla voimme näyttää sinulle kiinnostavampaa sisältöä ja mainontaa myös muissa palveluissa. Voit muuttaa valintojasi milloin tahansa sivun alalaidan Evästeasetukset-linkistä. <a href="/tietosuoja/evasteet">Lue lisää evästeistä</a></p>
  <div class="ev-actions">
   <button type="button" class="ev-btn" data-r="settings">Evästeasetukset</button>
   <button type="button" class="ev-btn ev-btn--primary" data-r="accept">Hyväksy kaikki evästeet</button>
  </div>
 </div>
 <div data-layer="2" class="ev-settings" style="display:none">
  <h2>Evästeasetukset</h2>
  <p>Valitse, mitä evästeitä sallit. Välttämättömiä evästeitä tarvitaan palvelun toimintaan, eikä niitä voi kytkeä pois.</p>
  <div class="ev-cat"><label for="ev-valttamattomat">Välttämättömät evästeet<small>Aina käytössä</small></label><input type="checkbox" id="ev-valttamattomat" checked disabled></div>
  <div class="ev-cat"><label for="ev-toiminnalliset">Toiminnalliset evästeet<small>Muistavat esimerkiksi kielivalintasi.</small></label><input type="checkbox" id="ev-toiminnalliset" checked></div>
  <div class="ev-cat"><label for="ev-analytiikka">Analytiikkaevästeet<small>Auttavat meitä ymmärtämään palvelun käyttöä.</small></label><input type="checkbox" id="ev-analytiikka" checked></div>
  <div class="ev-cat"><label for="ev-markkinointi">Markkinointievästeet<small>Kohdennettu mainonta meillä ja kumppaneidemme palveluissa.</small></label><input type="checkbox" id="ev-markkinointi" checked></div>
  <div class="ev-actions">
   <button type="button" class="ev-btn" data-r="save">Tallenna valinnat</button>
   <button type="button" class="ev-btn ev-btn--primary" data-r="accept">Hyväksy kaikki</button>
  </div>
 </div>
</dialog>
</div>"""},
    refuse=("chose_selection_none",),
    note="A Finnish bank's own consent <dialog> (showModal): 'Evästeasetukset' / 'Hyväksy kaikki evästeet' only; "
         "the settings view is re-rendered as it opens (new nodes, as a React app does), its three purpose "
         "checkboxes pre-ticked, 'Tallenna valinnat' saves them as they are. A refusal is all three off, then save.")

# ------------------------------------------ Sourcepoint, settings in a second cross-origin frame (Guardian-style) (en)
SP4_FRAME = "/unified/index.html"
SP4_PM = ('<div id="sp_message_container_106842" class="sp-message-container sp-message-container-106842">'
          '<iframe id="sp_message_iframe_106842" title="SP Consent Message" '
          'src="http://cdn.privacy-mgmt.com/unified/index.html?message_id=106842&amp;consentUUID=9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a'
          '&amp;is_pm=true&amp;site_id=7417#layer=2"></iframe></div>')
SOURCEPOINT_PM = Replica(
    "sourcepoint-newsroom.test", "Sourcepoint (Guardian-style message, privacy manager in a second frame)", "en",
    ("cdn.privacy-mgmt.com", "/unified/wrapperMessagingWithoutDetection.js"),
    head="<script>window._sp_queue=[];window._sp_={config:{accountId:1257,baseEndpoint:'https://cdn.privacy-mgmt.com',"
         "propertyHref:'https://www.sourcepoint-newsroom.test',gdpr:{targetingParams:{framework:'tcfv2'}}}};</script>",
    config={
        "delay": 900, "lockScroll": True,
        "cookies": [["consentUUID", "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a_33", "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a_33"],
                    ["euconsent-v2", TCF_ACCEPT, TCF_REJECT]],
        "css": ".sp-message-container{position:fixed;left:0;right:0;bottom:0;z-index:2147483647;display:flex;justify-content:center;background:transparent}"
               ".sp-message-container-912350 iframe{width:100%;height:300px;border:0;background:#052962;box-shadow:0 -2px 12px rgba(0,0,0,.3)}"
               ".sp-message-container-106842{top:0;background:rgba(0,0,0,.55);align-items:center}"
               ".sp-message-container-106842 iframe{width:760px;max-width:calc(100vw - 24px);height:80vh;border:0;border-radius:4px;background:#fff}",
        "html": '<div id="sp_message_container_912350" class="sp-message-container sp-message-container-912350">'
                '<iframe id="sp_message_iframe_912350" title="SP Consent Message" '
                'src="http://cdn.privacy-mgmt.com/unified/index.html?message_id=912350&amp;consentUUID=9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a'
                '&amp;preload_message=true&amp;version=v1"></iframe></div>'},
    frame=("cdn.privacy-mgmt.com", SP4_FRAME, {
        "mount": "body", "settingsPost": True,
        "css": "body{margin:0;font:16px/1.45 'Guardian Text Egyptian Web',Georgia,serif}"
               ".message{background:#052962;color:#fff;padding:22px 8%}.message h2{font:700 24px 'Guardian Headline',Georgia,serif;margin:0 0 8px}"
               ".message p{margin:0 0 8px;font-size:15px}.message a{color:#fff}"
               ".message-row{display:flex;gap:12px;margin-top:14px;flex-wrap:wrap}"
               ".message-button{border-radius:24px;padding:10px 22px;font:700 16px 'Guardian Text Sans Web',Arial,sans-serif;cursor:pointer}"
               ".sp_choice_type_11{background:#ffe500;border:0;color:#052962}.sp_choice_type_12{background:transparent;border:1px solid #fff;color:#fff}"
               ".pm-main{background:#fff;color:#121212;padding:20px 26px}.pm-main h2{margin:0 0 8px;font:700 22px Georgia,serif}"
               ".pm-main .stack{border-top:1px solid #dcdcdc;padding:8px 0;display:flex;justify-content:space-between;align-items:center;gap:12px;font-size:14px}"
               ".pm-buttons{display:flex;gap:10px;justify-content:flex-end;margin-top:14px;flex-wrap:wrap}"
               ".pm-btn{border-radius:24px;padding:10px 20px;font:700 15px Arial,sans-serif;cursor:pointer;border:1px solid #052962;background:#fff;color:#052962}"
               ".pm-btn.accept-all{background:#052962;color:#fff}"
               "[role=switch]{width:44px;height:24px;border-radius:12px;border:0;background:#999;cursor:pointer}[role=switch][aria-checked=true]{background:#22874d}",
        "html": """
<div id="sp-root">
<div class="message type-bottom" id="notice" role="dialog" aria-label="Privacy notice" lang="en" data-layer="1">
 <h2 class="message-component message-text">It’s your choice</h2>
 <p class="message-component message-text">We use cookies to improve your experience on our site and to show you personalised advertising. We and our partners store and/or access information on your device, such as cookies, and process personal data, such as unique identifiers and standard information sent by your device, for personalised advertising and content, advertising and content measurement, audience research and services development.</p>
 <p class="message-component message-text">If you are happy with this, click “Yes, I’m happy”. To manage or reject cookies, click “Manage or reject cookies”. You can change your choices at any time by clicking “Privacy settings” at the bottom of any page. Find out more in our <a href="https://www.sourcepoint-newsroom.test/info/privacy" target="_blank">privacy policy</a> and <a href="https://www.sourcepoint-newsroom.test/info/cookies" target="_blank">cookie policy</a>.</p>
 <div class="message-component message-row">
  <button title="Yes, I’m happy" aria-label="Yes, I’m happy" class="message-component message-button no-children focusable sp_choice_type_11" data-r="accept">Yes, I’m happy</button>
  <button title="Manage or reject cookies" aria-label="Manage or reject cookies" class="message-component message-button no-children focusable sp_choice_type_12" data-r="settings">Manage or reject cookies</button>
 </div>
</div>
<div class="pm-main" data-layer="2" style="display:none" role="dialog" aria-label="Privacy settings" lang="en">
 <h2>Privacy settings</h2>
 <p style="font-size:14px">You can choose which purposes and partners may use your data. Purposes based on consent are off until you switch them on; some partners rely on legitimate interest, which you may object to.</p>
 <div class="stack"><span>Store and/or access information on a device</span><button role="switch" aria-checked="false" aria-label="Consent: Store and/or access information on a device"></button></div>
 <div class="stack"><span>Personalised advertising and content, advertising and content measurement, audience research and services development</span><button role="switch" aria-checked="false" aria-label="Consent: Personalised advertising and content"></button></div>
 <div class="stack"><span>Measure advertising performance (legitimate interest)</span><button role="switch" aria-checked="true" data-kind="li" aria-label="Legitimate interest: Measure advertising performance"></button></div>
 <div class="pm-buttons">
  <button class="pm-btn reject-all sp_choice_type_REJECT_ALL" data-r="reject">Reject all</button>
  <button class="pm-btn sp_choice_type_SAVE_AND_EXIT" data-r="save">Save and close</button>
  <button class="pm-btn accept-all sp_choice_type_ACCEPT_ALL" data-r="accept">Accept all</button>
 </div>
</div>
</div>"""}),
    api=TCFAPI % 6 + """
window.addEventListener('message', function (e) {
  if (!e.data || !e.data.replicaSettings) return;
  __replica.mounted.forEach(function (el) { el.remove(); });
  var wrap = document.createElement('div');
  wrap.innerHTML = """ + json.dumps(SP4_PM) + """;
  var el = wrap.firstElementChild;
  document.body.appendChild(el);
  __replica.mounted = [el]; __replica.scopes = [el];
});""",
    refuse=("chose_reject", "chose_selection_none"),
    note="Sourcepoint as the Guardian ran it where rejecting was free: a bottom message in a cross-origin frame "
         "from cdn.privacy-mgmt.com, 'Yes, I’m happy' / 'Manage or reject cookies' (a settings control whose "
         "label says reject); that button makes the wrapper replace the message by the privacy manager in a NEW "
         "cross-origin frame (message 106842): consent switches off, one legitimate-interest switch on, 'Reject "
         "all' / 'Save and close' / 'Accept all'. The refusal is 'Reject all' there (or, with the same effect, "
         "every switch off, the legitimate-interest one included, then 'Save and close').")

# ------------------------------------------------ Italian pay-or-OK wall, "Rifiuta e abbonati" is a shop link (it)
ITALIAN_WALL_HOST = "quotidiano-abbonati.test"
ITALIAN_WALL = Replica(
    ITALIAN_WALL_HOST, "Site-built cookie wall (Italian publisher, accept or subscribe)", "it", (None, "/static/js/cookiewall.min.js"),
    attrs='defer',
    config={
        "delay": 600, "lockScroll": True,
        "cookies": [["cw_consent", "accetta-tutto", ""], ["euconsent-v2", TCF_ACCEPT, TCF_REJECT]],
        "css": ".cw-overlay{position:fixed;inset:0;z-index:2147483600;background:rgba(255,255,255,.96);display:flex;align-items:center;justify-content:center;font:16px/1.5 Georgia,serif;color:#111}"
               ".cw-box{width:760px;max-width:calc(100vw - 24px);text-align:center}.cw-box h2{font-size:26px;margin:0 0 12px}"
               ".cw-box p{font-size:15px;margin:0 0 10px}.cw-actions{display:flex;gap:16px;justify-content:center;margin:22px 0 12px}"
               ".cw-btn{display:inline-block;min-width:240px;padding:14px 20px;font:700 15px Arial,sans-serif;text-transform:uppercase;border-radius:3px;cursor:pointer;text-decoration:none;box-sizing:border-box}"
               ".cw-accept{background:#1a1a1a;color:#fff;border:2px solid #1a1a1a}.cw-subscribe{background:#fff;color:#1a1a1a;border:2px solid #1a1a1a}"
               ".cw-small{font-size:13px;color:#555}",
        "html": f"""
<div class="cw-overlay" id="cookiewall" lang="it">
 <div class="cw-box" role="dialog" aria-modal="true" aria-labelledby="cw-title">
  <h2 id="cw-title">Gentile lettrice, gentile lettore,</h2>
  <p>per continuare a leggere gratuitamente i nostri articoli è necessario il tuo consenso all'utilizzo dei cookie di profilazione e di tecnologie simili, da parte nostra e di terze parti selezionate, per mostrarti pubblicità personalizzata e misurarne l'efficacia. La pubblicità ci permette di offrirti un'informazione di qualità.</p>
  <p>In alternativa puoi rifiutare i cookie di profilazione abbonandoti: con l'abbonamento accedi a tutti i contenuti senza pubblicità profilata a partire da 1 € al mese.</p>
  <div class="cw-actions">
   <button type="button" class="cw-btn cw-accept" data-r="accept">Accetta e continua</button>
   <a class="cw-btn cw-subscribe" href="http://abbonamenti.{ITALIAN_WALL_HOST}/offerta-senza-pubblicita?ref=cookiewall">Rifiuta e abbonati</a>
  </div>
  <p class="cw-small">Sei già abbonato? <a href="http://abbonamenti.{ITALIAN_WALL_HOST}/login?ref=cookiewall">Accedi</a> · <a href="/privacy">Informativa privacy</a> · <a href="/cookie-policy">Cookie policy</a></p>
 </div>
</div>"""},
    files=((f"abbonamenti.{ITALIAN_WALL_HOST}", "/offerta-senza-pubblicita",
            '<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Abbonati</title></head><body>'
            '<h1>Abbonati senza pubblicità profilata</h1><p>1 € al mese per il primo anno.</p>'
            '<form><input type="email" placeholder="Email"><button type="button">Procedi al pagamento</button></form></body></html>'),
           (f"abbonamenti.{ITALIAN_WALL_HOST}", "/offerta-senza-pubblicita.headers", "Content-Type: text/html; charset=utf-8\n")),
    refuse=(),
    errors={"refuse_to_all": "no_button_found"},
    note="An Italian publisher's cookie wall of the kind the Garante examined (2023): 'Accetta e continua' or "
         "'Rifiuta e abbonati', the latter a LINK to the subscription shop on abbonamenti.<site>; there is no "
         "free refusal on the page. refuse_to_all must end no_button_found, never follow the shop link and "
         "report a refusal nobody made.")

# --------------------------------------------------- Greek notice, "ΕΝΤΑΞΕΙ" only, same-origin frame, after 4 s (el)
GREEK = Replica(
    "eidiseis-kriti.test", "Site-built notice (Greek regional news, OK only, in a same-origin frame)", "el", (None, "/js/cookies-notice.js"),
    attrs='async',
    config={
        "delay": 4000, "mount": "iframe", "frameTitle": "Ειδοποίηση cookies",
        "frameStyle": "position:fixed;left:0;right:0;bottom:0;width:100%;height:150px;border:0;z-index:2147483647;background:#1d1d1d",
        "cookies": [["cookies_ok", "1", "1"]],
        "css": "html,body{margin:0;background:#1d1d1d}body{font:14px/1.5 'Noto Sans',Arial,sans-serif;color:#eee}"
               ".cn{display:flex;align-items:center;gap:24px;padding:18px 32px}.cn p{flex:1;margin:0}.cn a{color:#7fc4ff}"
               ".cn-ok{background:#e30613;color:#fff;border:0;border-radius:2px;padding:11px 30px;font:700 14px Arial,sans-serif;cursor:pointer}",
        "html": """
<div class="cn" role="dialog" aria-label="Ειδοποίηση για cookies" lang="el">
 <p>Ο ιστότοπος χρησιμοποιεί cookies για να σας προσφέρει καλύτερη εμπειρία περιήγησης, για στατιστικούς σκοπούς και για την προβολή διαφημίσεων. Συνεχίζοντας την περιήγηση, αποδέχεστε τη χρήση τους. <a href="/politiki-cookies" target="_top">Μάθετε περισσότερα</a></p>
 <button type="button" class="cn-ok" data-r="accept">ΕΝΤΑΞΕΙ</button>
</div>"""},
    refuse=(),
    errors={"refuse_to_all": "no_button_found"},
    note="A Greek regional news site's notice, written by its script into a same-origin <iframe> at the bottom 4 s "
         "after load: implied consent ('Συνεχίζοντας την περιήγηση, αποδέχεστε...'), one control 'ΕΝΤΑΞΕΙ' (OK) "
         "and a 'Μάθετε περισσότερα' link. Accepting clicks ΕΝΤΑΞΕΙ; nothing refuses: no_button_found.")

# ------------------------------------------------- Latvian media group, two accepts of different scope (lv)
LATVIAN = Replica(
    "zinas-portals.test", "Site-built banner (Latvian media group, site or group-wide accept)", "lv", (None, "/assets/js/sikdatnes.js"),
    attrs='defer',
    config={
        "delay": 900,
        "cookies": [["sikdatnu_piekrisana", "visas", "nepieciesamas"]],
        "css": "#sd-banner{position:fixed;left:0;right:0;bottom:0;z-index:100000;background:#fff;box-shadow:0 -3px 14px rgba(0,0,0,.22);font:15px/1.5 Arial,sans-serif;color:#1b1b1b;padding:20px 5%}"
               "#sd-banner h2{margin:0 0 6px;font-size:18px}#sd-banner p{margin:0 0 6px;font-size:14px}"
               ".sd-actions{display:flex;gap:10px;flex-wrap:wrap;margin-top:12px}"
               ".sd-btn{flex:1 1 220px;padding:12px 16px;border-radius:4px;font:700 14px Arial,sans-serif;cursor:pointer;border:2px solid #9e1b32;background:#9e1b32;color:#fff}"
               ".sd-btn--light{background:#fff;color:#9e1b32}",
        "html": """
<div id="sd-banner" role="dialog" aria-labelledby="sd-title" lang="lv">
 <h2 id="sd-title">Mēs izmantojam sīkdatnes</h2>
 <p>Zinas Portāls ir daļa no Baltijas Mediju grupas. Mēs un mūsu partneri izmantojam sīkdatnes, lai nodrošinātu vietnes darbību, analizētu apmeklējumu un rādītu personalizētu reklāmu. Jūs varat piekrist sīkdatnēm tikai šajā vietnē vai visās Baltijas Mediju grupas vietnēs (zinas-portals.test, sports-portals.test, sievietem.test), kur jūsu izvēle tiks piemērota kopīgi.</p>
 <p><a href="/sikdatnu-politika">Sīkdatņu politika</a></p>
 <div class="sd-actions">
  <button type="button" class="sd-btn" data-r="accept">Piekrītu visām sīkdatnēm šajā vietnē</button>
  <button type="button" class="sd-btn" data-r="accept">Piekrītu visām sīkdatnēm visās grupas vietnēs</button>
  <button type="button" class="sd-btn sd-btn--light" data-r="reject">Noraidīt neobligātās sīkdatnes</button>
 </div>
</div>"""},
    accept=None,
    errors={"consent_to_all": "not_able_to_click"},
    note="A Latvian media group's own banner with two accepts equally explicit ('Piekrītu visām sīkdatnēm' = I "
         "agree to all cookies) but of different scope: this site, or every site of the group; which one is "
         "'consent to all' for a scan of this site is not for the scanner to guess: consent_to_all must end "
         "not_able_to_click naming both. 'Noraidīt neobligātās sīkdatnes' is the refusal.")

# ------------------------------------------------ Bulgarian bar, refusal only on youronlinechoices.com (bg)
BULGARIAN = Replica(
    "novini-portal.test", "Site-built bar (Bulgarian news, opt-out via Your Online Choices)", "bg", (None, "/static/js/biskvitki.js"),
    attrs='defer',
    config={
        "delay": 700,
        "cookies": [["biskvitki_saglasie", "da", "da"]],
        "css": ".bsk-bar{position:fixed;left:0;right:0;bottom:0;z-index:99999;background:#243447;color:#fff;font:14px/1.5 Arial,sans-serif;padding:16px 5%;display:flex;align-items:center;gap:24px}"
               ".bsk-bar p{flex:1;margin:0}.bsk-bar a{color:#9fd3ff}"
               ".bsk-actions{display:flex;gap:10px;align-items:center}"
               ".bsk-btn{padding:10px 24px;border-radius:3px;font:700 14px Arial,sans-serif;cursor:pointer;border:2px solid #fff;text-decoration:none;color:#fff;background:transparent}"
               ".bsk-btn--primary{background:#2ecc71;border-color:#2ecc71;color:#10202e}",
        "html": """
<div class="bsk-bar" id="biskvitki-bar" role="region" aria-label="Бисквитки" lang="bg">
 <p>Този сайт използва бисквитки (cookies), за да функционира правилно, да анализира посещаемостта и да показва реклами, съобразени с вашите интереси, чрез нашите рекламни партньори. Ако не желаете да получавате персонализирани реклами, можете да се откажете от тях на сайта Your Online Choices. <a href="/politika-za-biskvitkite">Научете повече</a></p>
 <div class="bsk-actions">
  <button type="button" class="bsk-btn bsk-btn--primary" data-r="accept">Приемам</button>
  <a class="bsk-btn" href="http://www.youronlinechoices.com/bg/vashiyat-izbor" target="_blank" rel="noopener">Откажи се</a>
 </div>
</div>"""},
    refuse=(),
    errors={"refuse_to_all": "no_button_found"},
    note="A Bulgarian news site's bar: 'Приемам' (I accept) and 'Откажи се' (opt out), the latter a link to "
         "youronlinechoices.com/bg (the EDAA's industry opt-out, another site, which does not refuse this site's "
         "cookies). No control on the page refuses: refuse_to_all must end no_button_found.")


ROUND4: list[Replica] = [YAHOO, GOOGLE, MICROSOFT, AMAZON, FACEBOOK, REDDIT, TIKTOK, SHOPWARE, VANILLA_CC, WIX,
                         FINNISH_BANK, SOURCEPOINT_PM, ITALIAN_WALL, GREEK, LATVIAN, BULGARIAN]
