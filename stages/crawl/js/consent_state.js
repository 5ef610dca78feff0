// The consent signals a page exposes: the IAB TCF v2 `getTCData` result and Google Consent Mode's state
// (gtag's own record, else the `consent` commands pushed to the dataLayer). Resolves within 1.5 s.
() => new Promise((resolve) => {
  const consentMode = () => {
    const keys = ['ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization',
                  'functionality_storage', 'personalization_storage', 'security_storage'];
    const out = {};
    try {
      const entries = window.google_tag_data && window.google_tag_data.ics && window.google_tag_data.ics.entries;
      if (entries) {
        for (const key of keys) {
          const e = entries[key];
          if (!e) continue;
          const v = e.update !== undefined ? e.update : e.default;
          if (v !== undefined) out[key] = v ? 'granted' : 'denied';
        }
      }
      if (!Object.keys(out).length && Array.isArray(window.dataLayer)) {
        for (const entry of window.dataLayer) {
          if (entry && entry[0] === 'consent' && (entry[1] === 'default' || entry[1] === 'update') &&
              entry[2] && typeof entry[2] === 'object') {
            for (const key of keys) if (typeof entry[2][key] === 'string') out[key] = entry[2][key];
          }
        }
      }
    } catch (e) { /* a hostile page's getters */ }
    return Object.keys(out).length ? out : null;
  };
  const ids = (map) => map && typeof map === 'object' && Object.entries(map).filter(([, v]) => v === true).map(([k]) => Number(k))
    .filter((n) => Number.isFinite(n)).slice(0, 64);  // null: not reported
  const done = (tcf) => resolve({ tcf, consent_mode: consentMode() });
  if (typeof window.__tcfapi !== 'function') return done(null);
  const timer = setTimeout(() => done(null), 1500);
  try {
    window.__tcfapi('getTCData', 2, (data, ok) => {
      clearTimeout(timer);
      if (!ok || !data) return done(null);
      done({ tcString: typeof data.tcString === 'string' ? data.tcString.slice(0, 20000) : null,
             cmpId: data.cmpId ?? null, gdprApplies: data.gdprApplies ?? null,
             eventStatus: data.eventStatus || null,
             purposeConsents: ids(data.purpose && data.purpose.consents),
             purposeLegitimateInterests: ids(data.purpose && data.purpose.legitimateInterests),
             vendorConsents: (ids(data.vendor && data.vendor.consents) || []).length });
    });
  } catch (e) { clearTimeout(timer); done(null); }
})
