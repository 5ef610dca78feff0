"""The CMP catalog: a page's footprints name the product, never an autoconsent rule (``stages/cmp_catalog``)."""

from __future__ import annotations

import pytest

from stages.cmp_catalog import consent_record_names, consent_record_owner, identify_cmp, load_cmps, probe_spec


def page(scripts=(), globals=(), selectors=(), cookies=(), storage=(), frames=()) -> dict:
    return {"scripts": list(scripts), "globals": list(globals), "selectors": list(selectors),
            "cookies": list(cookies), "storage": list(storage), "frames": list(frames)}


# (product, what a page running it leaves, the autoconsent rule that fired, the TCF cmpId it answers)
FOOTPRINTS = [
    ("OneTrust", page(["https://cdn.cookielaw.org/scripttemplates/otSDKStub.js"], ["OneTrust", "Optanon"],
                      ["#onetrust-banner-sdk"]), "Onetrust", 28),
    ("Cookiebot", page(["https://consent.cookiebot.com/uc.js?cbid=0000"], ["Cookiebot"], ["#CybotCookiebotDialog"],
                       ["CookieConsent"]), "Cybotcookiebot", 134),
    ("Didomi", page(["https://sdk.privacy-center.org/abc/loader.js?target=www.site.fr"], ["Didomi"],
                    ["#didomi-host"], ["didomi_token", "euconsent-v2"]), "didomi", 7),
    ("Usercentrics", page(["https://web.cmp.usercentrics.eu/ui/loader.js"], ["__ucCmp"], ["#usercentrics-cmp-ui"],
                          storage=["uc_settings"]), "usercentrics-api", 5),
    ("InMobi Choice (Quantcast Choice)", page(["https://cmp.inmobi.com/choice/p-XyZ/www.site.com/choice.js?tag_version=V3"],
                                              selectors=["#qc-cmp2-container"]), "quantcast", 10),
    ("TrustArc", page(["https://consent.trustarc.com/notice?domain=site.com&c=teconsent"], ["truste"],
                      ["#truste-consent-track"], ["notice_preferences"]), "TrustArc-top", 47),
    ("Sourcepoint", page(["https://cdn.privacy-mgmt.com/unified/wrapperMessagingWithoutDetection.js"], ["_sp_"],
                         frames=["https://cdn.privacy-mgmt.com/index.html?message_id=1"],
                         storage=["_sp_user_consent_1234"]), "Sourcepoint-frame", 6),
    ("consentmanager", page(["https://cdn.consentmanager.net/delivery/autoblocking/1a2b.js"], ["__cmp"], ["#cmpbox"],
                            ["__cmpconsent1234", "__cmpcc"]), "consentmanager.net", 31),
    ("iubenda", page(["https://cdn.iubenda.com/cs/iubenda_cs.js"], ["_iub"], ["#iubenda-cs-banner"],
                     ["_iub_cs-12345678"]), "iubenda", 123),
    ("Complianz", page(["https://shop.example/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js"],
                       ["complianz"], ["#cmplz-cookiebanner-container"], ["cmplz_banner-status"]),
     "Complianz banner", 332),
    ("Cookie Consent by Osano", page(["https://cdn.jsdelivr.net/npm/cookieconsent@3/build/cookieconsent.min.js"],
                                     ["cookieconsent.initialise"], ["[aria-describedby='cookieconsent:desc']"],
                                     ["cookieconsent_status"]), "Complianz optin", None),
    ("Osano", page(["https://cmp.osano.com/16CVvwSNKHi9t1grq/2b8f/osano.js"], ["Osano"], [".osano-cm-window"],
                   ["osano_consentmanager_uuid"]), "osano", 279),
    ("CookieYes", page(["https://cdn-cookieyes.com/client_data/0123abcd/script.js"], ["getCkyConsent"],
                       [".cky-consent-container"], ["cookieyes-consent"]), "cookieyes", 401),
    ("GDPR Cookie Consent (CookieLawInfo)", page(["https://blog.example/wp-content/plugins/cookie-law-info/legacy/public/js/cookie-law-info-public.js"],
                                                 ["Cli_Data"], ["#cookie-law-info-bar"], ["viewed_cookie_policy"]),
     "cookie-law-info", None),
    ("Axeptio", page(["https://static.axept.io/sdk.js"], ["axeptioSettings", "_axcb"], [".axeptio_mount"],
                     ["axeptio_cookies"]), "axeptio", 260),
    ("Termly", page(["https://app.termly.io/embed.min.js"], selectors=["#termly-code-snippet-support"],
                    cookies=["__tltpl_123"], storage=["TERMLY_API_CACHE"]), "Termly", 412),
    ("Klaro", page(["https://cdn.kiprotect.com/klaro/v0.7/klaro.js"], ["klaro", "klaroConfig"], ["#klaro"], ["klaro"]),
     "Klaro", None),
    ("Orejime", page(["https://www.ville.example/assets/orejime.js"], ["orejime", "orejimeConfig"],
                     [".orejime-Notice"], ["orejime"]), None, None),
    ("tarteaucitron", page(["https://www.site.fr/tarteaucitron/tarteaucitron.js"], ["tarteaucitron"],
                           ["#tarteaucitronRoot"], ["tarteaucitron"]), "tarteaucitron deny", None),
    ("vanilla-cookieconsent", page(["https://cdn.jsdelivr.net/gh/orestbida/cookieconsent@3.0.1/dist/cookieconsent.umd.js"],
                                   selectors=["#cc-main"], cookies=["cc_cookie"]), "cookieconsent3", None),
    ("Borlabs Cookie", page(["https://www.site.de/wp-content/plugins/borlabs-cookie/assets/javascript/borlabs-cookie.min.js"],
                            ["BorlabsCookie"], ["#BorlabsCookieBox"], ["borlabs-cookie"]), "borlabs", 323),
    ("Real Cookie Banner", page(["https://www.site.de/wp-content/plugins/real-cookie-banner/public/dist/banner.lite.js"],
                                selectors=["div[consent-skip-blocker='1'][data-bg]"],
                                cookies=["real_cookie_banner-v:3_blog:1_path:abc"]), "real-cookie-banner", 367),
    ("CookieFirst", page(["https://consent.cookiefirst.com/sites/site.com-1234/consent.js"], ["CookieFirst"],
                         [".cookiefirst-root"], ["cookiefirst-consent"]), "cookiefirst.com", 382),
    ("CookieHub", page(["https://cookiehub.net/c2/ab12cd34.js"], ["cookiehub"], [".ch2-dialog"], ["cookiehub"]),
     "cookiehub", 354),
    ("Cookie Information", page(["https://policy.app.cookieinformation.com/uc.js"], ["CookieInformation"],
                                ["#cookie-information-template-wrapper"], ["CookieInformationConsent"]),
     "Cookie Information Banner", 162),
    ("CookieScript", page(["https://cdn.cookie-script.com/s/0123456789abcdef.js"], ["CookieScript"],
                          ["#cookiescript_injected"], ["CookieScriptConsent"]), "cookie-script", None),
    ("Sirdata", page(["https://cache.consentframework.com/js/pa/12345/c/AbCd/stub"], ["Sddan"], ["#sd-cmp"]),
     "Sirdata", 92),
    ("Piwik PRO Consent Manager", page(["https://site.containers.piwik.pro/0123-4567.js"], ["ppms.cm"],
                                       ["#ppms_cm_popup_overlay"],
                                       cookies=["ppms_privacy_0123-4567"], storage=["ppms_webstorage"]), None, None),
    ("Google Funding Choices (Privacy & messaging)", page(["https://fundingchoicesmessages.google.com/i/pub-123?ers=1"],
                                                           ["googlefc"], [".fc-consent-root"], ["FCCDCF"]),
     "funding-choices", 300),
    ("Ketch", page(["https://global.ketchcdn.com/web/v3/config/site/site_web/boot.js"], ["ketch"], ["#lanyard_root"],
                   ["_ketch_consent_v1_", "_swb"]), "ketch", 340),
    ("Transcend", page(["https://transcend-cdn.com/cm/0123-abcd/airgap.js"], ["transcend", "airgap"],
                       ["#transcend-consent-manager"]), "transcend", 399),
    ("Admiral", page(globals=["admiral"]), "Admiral", 9),
    ("LiveRamp Privacy Manager", page(["https://launchpad-wrapper.privacymanager.io/abcd/launchpad-liveramp.js"],
                                      frames=["https://cmp-consent-tool.privacymanager.io/latest/index.html"]),
     "privacymanager.io", 3),
    ("Securiti Consent", page(["https://cdn-prod.securiti.ai/consent/auto_blocking/0123.js"],
                              cookies=["__privaci_cookie_consents"]), None, 312),
    ("Shopify Customer Privacy banner", page(["https://shop.example/cdn/shopifycloud/privacy-banner/storefront-banner.js"],
                                             ["Shopify.customerPrivacy"], ["#shopify-pc__banner"],
                                             ["_tracking_consent"]), "shopify", None),
    ("Wix cookie banner", page(globals=["consentPolicyManager"], selectors=["[data-hook='ccsu-banner-wrapper']"],
                               cookies=["consent-policy"]), "wix", None),
    ("GDPR Cookie Compliance (Moove)", page(["https://site.example/wp-content/plugins/gdpr-cookie-compliance/dist/scripts/main.js"],
                                            ["moove_frontend_gdpr_scripts"], ["#moove_gdpr_cookie_info_bar"],
                                            ["moove_gdpr_popup"]), "Moove", None),
    ("Cookie Notice & Compliance (Hu-manity.co)", page(["https://site.example/wp-content/plugins/cookie-notice/js/front.min.js"],
                                                       ["cnArgs"], ["#cookie-notice"], ["cookie_notice_accepted"]),
     None, None),
    ("WP Cookie Notice for GDPR & CCPA (WPEka)", page(["https://site.example/wp-content/plugins/gdpr-cookie-consent/public/js/gdpr-cookie-consent.js"],
                                                      selectors=["#gdpr-cookie-consent-bar"]),
     "WP Cookie Notice for GDPR", None),
    ("CookieAdmin", page(["https://site.example/wp-content/plugins/cookieadmin/assets/js/consent.js"]), None, None),
    ("EU Cookie Compliance (Drupal)", page(["https://site.example/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.min.js"],
                                           ["Drupal.eu_cookie_compliance"], ["body.eu-cookie-compliance-popup-open"],
                                           ["cookie-agreed"]), "eu-cookie-compliance-banner", None),
    ("Commanders Act TrustCommander", page(["https://cdn.trustcommander.net/privacy/1234/privacy_v2_5.js"],
                                           ["tC.privacy"], ["#footer_tc_privacy"], ["TC_PRIVACY"]), None, 90),
    ("Crownpeak (Evidon)", page(["https://c.evidon.com/sitenotice/evidon-sitenotice-tag.js"], ["evidon"],
                                ["#_evidon_banner"], ["_evidon_consent_cookie"]), "Evidon", None),
    ("Civic Cookie Control", page(["https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js"], ["CookieControl"],
                                  ["#ccc"], ["CookieControl"]), "civic-cookie-control", 259),
    ("TRUENDO", page(["https://cdn.priv.center/pc/truendo_cmp.pid.js"], ["Truendo"], ["#truendo_container"],
                     ["truendo_cmp"]), None, 304),
    ("Ensighten Privacy", page(["https://nexus.ensighten.com/site/prod/Bootstrap.js"], selectors=["#ensNotifyBanner"],
                               cookies=["DELTA_ENSIGHTEN_PRIVACY_BANNER_VIEWED"]), "Ensighten", 224),
    ("Fides (Ethyca)", page(["https://privacy.site.com/fides.js?geolocation=FR"], ["Fides"], ["#fides-banner"],
                            ["fides_consent"]), "fides", 407),
    ("Gravito", page(["https://cdn.gravito.net/cmp/latest/gravito-cmp.js"], ["gravito"],
                     [".gravitoCMP-background-overlay"]), "gravito", 302),
    ("Consentik", page(cookies=["_consentik_cookie"]), None, 451),
    ("Consentmo", page(selectors=["csm-cookie-consent"], cookies=["cookieconsent_status1"]), "consentmo", 435),
    ("Pandectes", page(["https://st.pandect.es/shop/pandectes-core.js"], ["PandectesSettings"], ["#pandectes-banner"],
                       ["_pandectes_gdpr"]), "pandectes", 445),
    ("HubSpot cookie banner", page(["https://js.hs-banner.com/v2/123/banner.js"], ["_hsp"],
                                   ["#hs-eu-cookie-confirmation"], ["__hs_cookie_cat_pref"]), "hubspot", None),
    ("Cassie", page(["https://cscript-cdn-irl.cassiecloud.com/loader.js"], ["CassieWidgetLoader"],
                    [".cassie-pre-banner"], ["SyrenisGuid_abc"]), "cassie", 200),
    ("TermsFeed Cookie Consent", page(["https://www.termsfeed.com/public/cookie-consent/4.1.0/cookie-consent.js"],
                                      selectors=[".termsfeed-com---nb"], cookies=["cookie_consent_user_accepted"]),
     "termsfeed", None),
    ("Tealium Consent Manager", page(globals=["utag.gdpr"], selectors=["#__tealiumGDPRecModal"],
                                     cookies=["CONSENTMGR"]), "Tealium", None),
]


def test_the_catalog_covers_at_least_45_cmps_each_with_its_sources():
    cmps = load_cmps()
    assert len(cmps) >= 45
    assert len({c.name for c in cmps}) == len(cmps)
    for cmp in cmps:
        assert cmp.sources, cmp.name
        assert cmp.script_hosts or cmp.script_paths or cmp.globals or cmp.selectors or cmp.tcf_cmp_ids, cmp.name


@pytest.mark.parametrize(("product", "facts", "rule", "tcf_cmp_id"), FOOTPRINTS, ids=[f[0] for f in FOOTPRINTS])
def test_each_cmp_is_named_from_what_its_pages_leave(product, facts, rule, tcf_cmp_id):
    identity = identify_cmp(facts, rule, tcf_cmp_id)
    assert identity is not None and identity.name == product
    assert identity.signal in identity.signals and identity.confidence >= 0.75


def test_the_table_covers_at_least_40_products():
    assert len({f[0] for f in FOOTPRINTS}) >= 40


_STRONG_KEYS = ("scripts", "frames", "globals", "selectors")
WITH_FOOTPRINTS = [f for f in FOOTPRINTS if any(f[1][k] for k in _STRONG_KEYS)]


@pytest.mark.parametrize(("product", "facts", "rule", "tcf_cmp_id"), WITH_FOOTPRINTS,
                         ids=[f[0] for f in WITH_FOOTPRINTS])
def test_each_cmp_is_named_by_its_loader_or_globals_or_banner_alone(product, facts, rule, tcf_cmp_id):
    """Without the autoconsent rule and the TCF id: one strong footprint is enough."""
    strong = {k: facts[k] for k in _STRONG_KEYS}
    identity = identify_cmp(strong, None, None)
    assert identity is not None and identity.name == product
    assert identity.signal.split(":", 1)[0] in ("script_host", "script_path", "global", "selector")


def test_a_strong_signal_names_the_product_and_the_signal_says_which():
    identity = identify_cmp(page(["https://cdn.cookielaw.org/scripttemplates/otSDKStub.js"]), None, None)
    assert (identity.name, identity.vendor, identity.signal) == ("OneTrust", "OneTrust LLC",
                                                                 "script_host:cdn.cookielaw.org")
    assert identify_cmp(page(), None, 28).signal == "tcf_cmp_id:28"
    assert identify_cmp(page(cookies=["OptanonConsent"]), None, None).signal == "cookie:OptanonConsent"
    assert identify_cmp(page(globals=["OneTrust"]), None, None).signal == "global:OneTrust"


def test_an_autoconsent_rule_alone_names_the_product_it_maps_to_never_itself():
    identity = identify_cmp(page(), "tarteaucitron deny", None)
    assert identity.name == "tarteaucitron" and identity.signal == "autoconsent_rule:tarteaucitron deny"
    assert identity.confidence < 0.75  # weaker than any footprint of the product itself


def test_an_unknown_rule_with_no_other_signal_names_nothing():
    assert identify_cmp(page(), "abconcerts.be", None) is None
    assert identify_cmp(page(), "auto_AU_aelfie.com_chb", None) is None


def test_a_rule_that_several_products_share_names_nothing_by_itself():
    # The cookieconsent markup is Osano's open-source library, also embedded by old Complianz versions.
    assert identify_cmp(page(), "Complianz optin", None) is None
    osano = identify_cmp(page(globals=["cookieconsent.initialise"]), "Complianz optin", None)
    assert osano.name == "Cookie Consent by Osano"
    complianz = identify_cmp(page(cookies=["cmplz_marketing"]), "Complianz optin", None)
    assert complianz.name == "Complianz"


def test_the_products_own_footprints_win_over_another_products_rule():
    # An Osano banner that autoconsent's "Complianz optin" rule happened to match.
    identity = identify_cmp(page(["https://cmp.osano.com/AzZ/abc/osano.js"], ["Osano"]), "Complianz optin", None)
    assert identity.name == "Osano"
    # A rule for one product does not outweigh the loader and global of another.
    assert identify_cmp(page(globals=["OneTrust"]), "Cybotcookiebot", None).name == "OneTrust"
    # Nor does a rule corroborated only by a cookie.
    assert identify_cmp(page(globals=["Didomi"], cookies=["CookieConsent"]), "Cybotcookiebot", None).name == "Didomi"


def test_the_banners_own_dom_and_rule_outweigh_a_conflicting_tcf_id():
    complianz = page(selectors=["#cmplz-cookiebanner-container", ".cmplz-cookiebanner"])
    assert identify_cmp(complianz, "Complianz banner", 10).name == "Complianz"
    assert identify_cmp(page(), None, 10).name == "InMobi Choice (Quantcast Choice)"


def test_a_tcf_id_unknown_to_the_catalog_names_nothing():
    assert identify_cmp(page(), None, 14) is None  # Yahoo's own CMP: in the IAB list, not a product we name


def test_the_banner_a_platform_site_shows_wins_over_the_platforms_own_api():
    shop = page(globals=["Shopify.customerPrivacy"], cookies=["_tracking_consent"], selectors=["#pandectes-banner"])
    assert identify_cmp(shop, None, None).name == "Pandectes"
    assert identify_cmp(page(globals=["Shopify.customerPrivacy"]), None, None).name == \
        "Shopify Customer Privacy banner"


def test_two_products_equally_likely_name_nothing():
    assert identify_cmp(page(cookies=["OptanonConsent", "didomi_token"]), None, None) is None


def test_script_hosts_match_the_host_or_its_subdomains_only():
    assert identify_cmp(page(["https://eu.cdn.cookielaw.org/x.js"]), None, None).name == "OneTrust"
    assert identify_cmp(page(["https://notcdn.cookielaw.org.evil.example/x.js"]), None, None) is None
    assert identify_cmp(page(["https://evilcdn.cookielaw.org/x.js"]), None, None) is None


def test_consent_record_names_map_cookie_and_storage_names_to_their_cmp():
    names = consent_record_names()
    assert names["OptanonConsent"] == "OneTrust"
    assert names["uc_settings"] == "Usercentrics"
    assert names["_iub_cs-*"] == "iubenda"  # a prefix: iubenda appends the site id
    assert consent_record_owner("_iub_cs-98765") == "iubenda"
    assert consent_record_owner("real_cookie_banner-v:3_blog:1") == "Real Cookie Banner"
    assert consent_record_owner("DELTA_ENSIGHTEN_PRIVACY_Analytics") == "Ensighten Privacy"  # client name first
    assert consent_record_owner("ENSIGHTEN") is None
    assert consent_record_owner("euconsent-v2") is None  # every TCF CMP writes it: it names none
    assert consent_record_owner("_ga") is None


def test_no_consent_record_name_belongs_to_two_cmps():
    owners: dict[str, str] = {}
    for cmp in load_cmps():
        for name in set(cmp.consent_cookies) | set(cmp.storage_keys):
            assert owners.setdefault(name, cmp.name) == cmp.name, name


def test_every_autoconsent_rule_named_in_the_catalog_exists_in_autoconsent():
    import re

    from pipeline.settings import Settings
    from pipeline.setup.assets import load_autoconsent

    loaded = load_autoconsent(Settings.from_env())
    if loaded is None:
        pytest.fail("autoconsent assets are missing: run `make setup`")
    bundle, rules = loaded
    known = {r["name"] for r in rules} | set(re.findall(r'this\.name = "([^"]+)"', bundle))
    for cmp in load_cmps():
        assert set(cmp.autoconsent_rules) <= known, (cmp.name, set(cmp.autoconsent_rules) - known)


def test_the_probe_spec_lists_each_global_and_selector_once():
    spec = probe_spec()
    assert "OneTrust" in spec["globals"] and "#onetrust-banner-sdk" in spec["selectors"]
    assert len(spec["globals"]) == len(set(spec["globals"]))
