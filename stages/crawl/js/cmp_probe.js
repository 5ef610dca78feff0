// What a page shows of its consent management platform, for stages/cmp_catalog.py: which of the catalog's
// globals exist on window, which of its selectors match (open shadow roots included), the page's script and
// iframe URLs, its storage key names and the IAB TCF cmpId. Bounded: a hostile page cannot make it slow.
async (spec) => {
  const MAX_URLS = 300, MAX_KEYS = 300, MAX_ELEMENTS = 20000;

  const globals = [];
  for (const path of spec.globals || []) {
    try {
      let value = window;
      for (const part of path.split('.')) {
        value = value == null ? undefined : value[part];
      }
      // An element with id="klaro" is reachable as window.klaro: that is the DOM, not the CMP's script.
      if (value == null || value instanceof Element || value instanceof HTMLCollection) continue;
      globals.push(path);
    } catch (e) { /* a getter that throws is no evidence */ }
  }

  const roots = [document];
  let seen = 0;
  const walk = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.nextNode(); el && seen < MAX_ELEMENTS; el = walker.nextNode()) {
      seen += 1;
      if (el.shadowRoot) {
        roots.push(el.shadowRoot);
        walk(el.shadowRoot);
      }
    }
  };
  walk(document);
  const selectors = [];
  for (const selector of spec.selectors || []) {
    try {
      if (roots.some((root) => root.querySelector(selector))) selectors.push(selector);
    } catch (e) { /* a selector this browser cannot parse */ }
  }

  const scripts = new Set();
  for (const script of document.scripts) {
    if (scripts.size >= MAX_URLS) break;
    if (script.src) scripts.add(script.src);
  }
  // Loaders often inject their real bundle and remove the tag; the resource timeline still has it.
  for (const entry of performance.getEntriesByType('resource')) {
    if (scripts.size >= MAX_URLS) break;
    if (entry.initiatorType === 'script') scripts.add(entry.name);
  }
  const frames = [];
  for (const frame of document.querySelectorAll('iframe[src]')) {
    if (frames.length >= 50) break;
    frames.push(frame.src);
  }

  const storage = [];
  for (const area of ['localStorage', 'sessionStorage']) {
    try {
      for (const key of Object.keys(window[area])) {
        if (storage.length >= MAX_KEYS) break;
        storage.push(key);
      }
    } catch (e) { /* storage denied to this origin */ }
  }

  const tcfapi = typeof window.__tcfapi === 'function';
  const ask = (command) => new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), 700);
    try {
      window.__tcfapi(command, 2, (data) => { clearTimeout(timer); resolve(data || null); });
    } catch (e) { clearTimeout(timer); resolve(null); }
  });
  let tcfCmpId = null;
  if (tcfapi) {
    // A stub answers ping before the CMP loads, without a cmpId; getTCData waits for the CMP itself.
    const ping = await ask('ping');
    tcfCmpId = ping && Number.isInteger(ping.cmpId) ? ping.cmpId : null;
    if (tcfCmpId === null) {
      const data = await ask('getTCData');
      tcfCmpId = data && Number.isInteger(data.cmpId) ? data.cmpId : null;
    }
  }
  return { globals, selectors, scripts: [...scripts], frames, storage, tcfapi, tcf_cmp_id: tcfCmpId };
}
