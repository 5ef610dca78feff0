// Collects what a consent banner could be made of in this frame, as a person sees the page: the flat tree
// (open shadow roots, closed ones kept by shadow_hook.js, slotted light-DOM content), visible controls of
// every kind (buttons, links, role=button, clickable div/span with a pointer cursor), the region of the page
// each control belongs to (its nearest ancestor whose own text mentions consent: fixed overlays and in-flow
// regions alike) and the purpose toggles. Python (stages/crawl/banner.py) classifies the labels and decides.
// `terms` are the normalized notice and notice-context terms of stages/data/consent_vocabulary.json.
(terms) => {
  // Bounds against hostile pages: elements visited, controls kept, text read, tree depth followed.
  const MAX_ELEMENTS = 30000, MAX_CONTROLS = 400, MAX_REGION_TEXT = 30000, MAX_LABEL = 300, MAX_DEPTH = 400;
  const norm = (s) => (s || '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’'`´]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
  const closed = Element.prototype[Symbol.for('consentscan.closedRoots')];
  const shadowOf = (el) => el.shadowRoot || (closed && closed.get(el)) || null;
  const flatChildren = (node) => {
    if (node.nodeType === 1) {
      const root = shadowOf(node);
      if (root) return root.childNodes;
      if (node.tagName === 'SLOT') {
        const assigned = node.assignedNodes({ flatten: true });
        return assigned.length ? assigned : node.childNodes;
      }
    }
    return node.childNodes;
  };
  const flatParent = (node) => {
    if (node.assignedSlot) return node.assignedSlot;
    const parent = node.parentNode;
    return parent && parent.nodeType === 11 && parent.host ? parent.host : parent;
  };
  const styles = new Map();
  const style = (el) => {
    let s = styles.get(el);
    if (!s) { s = getComputedStyle(el); styles.set(el, s); }
    return s;
  };
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return false;
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const s = style(el);
    return s.visibility !== 'hidden' && (parseFloat(s.opacity || '1') > 0.05 || overLabel(el, r));
  };
  // A near-transparent native button laid over the words it stands for (Amazon's a-button-input, at opacity
  // .01 over its aria-hidden a-button-text): what a person sees and clicks is the label under it.
  const overLabel = (el, r) => {
    if (!['INPUT', 'BUTTON'].includes(el.tagName)) return false;  // opacity 0: checkVisibility said hidden
    const label = labelledBy(el) || (flatParent(el) && flatParent(el).nodeType === 1 ? flatParent(el) : null);
    if (!label || label === el) return false;
    const l = label.getBoundingClientRect();
    return (label.textContent || '').trim().length > 0 && parseFloat(style(label).opacity || '1') > 0.05 &&
      l.left < r.right && r.left < l.right && l.top < r.bottom && r.top < l.bottom;
  };
  const labelledBy = (el) => {
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
    const root = el.getRootNode();
    const found = ids.map((id) => (root.getElementById ? root.getElementById(id) : document.getElementById(id)))
      .filter(Boolean);
    return found.length ? found[0] : null;
  };
  const isControl = (el, s, parentPointer) => {
    const tag = el.tagName, role = (el.getAttribute('role') || '').toLowerCase();
    // A purpose switch is a toggle, never a choice: clicking "Marketing" on turns a purpose on.
    if (/^(switch|checkbox|radio|menuitemcheckbox|menuitemradio|option)$/.test(role) || el.hasAttribute('aria-checked')) {
      return false;
    }
    if (tag === 'BUTTON' || tag === 'SUMMARY') return true;
    if (tag === 'A') return el.hasAttribute('href') || el.hasAttribute('onclick') || s.cursor === 'pointer' || !!role;
    if (tag === 'INPUT') return /^(button|submit|reset|image)$/i.test(el.type);
    if (role === 'button' || role === 'link' || role === 'menuitem') return true;
    // A generic element (div, span...) counts when it looks and acts like one button: a click handler or a
    // pointer cursor of its own, a short label, and no real control inside (else it is a clickable panel).
    const generic = el.hasAttribute('onclick') || (s.cursor === 'pointer' && !parentPointer);
    if (!generic || ['LABEL', 'INPUT', 'SELECT', 'TEXTAREA', 'IMG', 'SVG', 'PATH'].includes(tag.toUpperCase())) return false;
    if (el.querySelector('button, a[href], input, select, [role=button]')) return false;
    return (el.textContent || '').trim().length <= 80;
  };

  // 1. Walk the flat tree once: visible controls (outermost only) in document order.
  const controls = [], toggles = [];
  const controlSet = new Set();
  let count = 0;
  const walk = (node, parentPointer, inControl, depth) => {
    if (depth > MAX_DEPTH) return;
    for (const child of flatChildren(node)) {
      if (child.nodeType !== 1 || ++count > MAX_ELEMENTS) continue;
      const tag = child.tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE' || tag === 'HEAD') continue;
      const s = style(child);
      if (s.display === 'none') continue;
      const pointer = s.cursor === 'pointer';
      let nowInControl = inControl;
      if (!inControl && controls.length < MAX_CONTROLS && isControl(child, s, parentPointer) && shown(child)) {
        controls.push(child);
        controlSet.add(child);
        nowInControl = true;
      }
      if ((tag === 'INPUT' && /^(checkbox|radio)$/i.test(child.type)) ||
          /^(switch|checkbox)$/i.test(child.getAttribute('role') || '')) {
        toggles.push(child);
        nowInControl = true;  // nor is anything inside a switch a control of its own
      }
      if (tag === 'IFRAME') continue;
      walk(child, pointer, nowInControl, depth + 1);
    }
  };
  walk(document.documentElement, false, false, 0);

  // 2. Text as rendered through the flat tree, with and without the controls' own labels.
  const textMemo = new Map();
  const ownText = (el, depth = 0) => {  // text of el outside controls, bounded
    if (textMemo.has(el)) return textMemo.get(el);
    let out = '';
    for (const child of flatChildren(el)) {
      if (out.length > MAX_REGION_TEXT || depth > MAX_DEPTH) break;
      if (child.nodeType === 3) out += child.data;
      else if (child.nodeType === 1 && !controlSet.has(child) && !['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']
        .includes(child.tagName) && style(child).display !== 'none') out += ' ' + ownText(child, depth + 1) + ' ';
    }
    out = out.replace(/\s+/g, ' ');
    textMemo.set(el, out);
    return out;
  };
  const fullText = (el, depth = 0) => {  // a control's label: short, so bounded early
    let out = '';
    for (const child of flatChildren(el)) {
      if (out.length > MAX_LABEL || depth > MAX_DEPTH) break;
      if (child.nodeType === 3) out += child.data;
      else if (child.nodeType === 1 && !['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(child.tagName) &&
               style(child).display !== 'none') out += ' ' + fullText(child, depth + 1) + ' ';
    }
    return out.replace(/\s+/g, ' ').trim();
  };
  // As roles.is_consent_notice: one notice term, or two distinct context terms ("privacy" and "advertising"), each
  // at the start of a word ("cookie" in "cookies", not "kaka" inside another word).
  const mentions = (t) => {
    const n = ' ' + norm(t) + ' ';
    if (terms.notice.some((w) => n.includes(' ' + w))) return true;
    let context = 0;
    for (const w of terms.context) if (n.includes(' ' + w) && ++context >= 2) return true;
    return false;
  };

  // 3. Each control's region: the nearest ancestor whose own text (outside controls) talks about consent.
  const regions = [], regionIndex = new Map();
  const regionOf = (el) => {
    let node = flatParent(el);
    for (let depth = 0; node && node.nodeType === 1 && depth < 30; depth++, node = flatParent(node)) {
      // The whole page is no banner; a frame's whole body can be (a CMP's own iframe).
      if (node === document.documentElement || (node === document.body && window === window.top)) return -1;
      if (regionIndex.has(node)) return regionIndex.get(node);
      const text = ownText(node);
      if (text.length > MAX_REGION_TEXT) return -1;
      if (text.trim().length >= 10 && mentions(text)) {
        regionIndex.set(node, regions.length);
        regions.push(node);
        return regions.length - 1;
      }
    }
    return -1;
  };
  const contains = (outer, inner) => {
    for (let n = inner; n; n = flatParent(n)) if (n === outer) return true;
    return false;
  };

  // Colours, for the record of how each choice was presented (contrast, area).
  const rgb = (c) => { const m = (c || '').match(/[\d.]+/g); return m ? m.map(Number) : [0, 0, 0, 0]; };
  const backgroundOf = (el) => {
    for (let n = el; n && n.nodeType === 1; n = flatParent(n)) {
      const [r, g, b, a = 1] = rgb(style(n).backgroundColor);
      if (a > 0.5) return [r, g, b];
    }
    return [255, 255, 255];
  };
  const luminance = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const contrast = (a, b) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return Math.round(((x + 0.05) / (y + 0.05)) * 100) / 100;
  };
  const hex = ([r, g, b]) => '#' + [r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
  const box = (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
  const positioned = (el) => {
    for (let n = el; n && n.nodeType === 1; n = flatParent(n)) {
      const s = style(n);
      if (s.position === 'fixed' || s.position === 'sticky' || n.tagName === 'DIALOG' ||
          /^(alert)?dialog$/.test(n.getAttribute('role') || '') || n.getAttribute('aria-modal') === 'true') return true;
    }
    return false;
  };

  const owners = controls.map(regionOf);
  // A region inside another (a paragraph with a link, inside the banner with the buttons) is that banner.
  const outermost = regions.map((el, i) => {
    let top = i;
    for (let n = flatParent(el); n && n.nodeType === 1; n = flatParent(n)) if (regionIndex.has(n)) top = regionIndex.get(n);
    return top;
  });

  const registry = [];
  const described = [];
  for (const [index, el] of controls.entries()) {
    if (owners[index] < 0) continue;
    const region = outermost[owners[index]];
    const s = style(el);
    // An image button (<input type=image>) says what it does in its alt text, as an image link in its image's.
    // A control named by other words on the page (aria-labelledby) says those: they are what a person reads, not
    // an <input>'s value ('rejectAll').
    const named = labelledBy(el);
    const label = fullText(el) || (named ? fullText(named) : '') || el.value ||
      (el.tagName === 'INPUT' && el.type === 'image' ? el.alt : '') || '';
    const img = !label && el.querySelector && el.querySelector('img[alt]');
    const bg = backgroundOf(el), fg = rgb(s.color).slice(0, 3);
    const parentText = flatParent(el) && flatParent(el).nodeType === 1 ? ownText(flatParent(el)) : '';
    registry.push(el);
    described.push({
      id: registry.length - 1, region, tag: el.tagName.toLowerCase(),
      label: label.slice(0, 200), aria_label: (el.getAttribute('aria-label') || el.getAttribute('title') ||
        (img ? img.getAttribute('alt') : '') || '').slice(0, 200),
      href: el.tagName === 'A' ? (el.getAttribute('href') || '').slice(0, 300) : null,
      // A link to another site, or a disclosure that shows or hides a section, makes no choice.
      leaves: el.tagName === 'A' && /^https?:$/.test(el.protocol || '') && el.host !== location.host,
      expands: el.hasAttribute('aria-expanded'),
      is_link: (el.tagName === 'A' || el.getAttribute('role') === 'link') && rgb(s.backgroundColor)[3] !== 1 &&
        parseFloat(s.borderTopWidth || '0') === 0,
      in_text: s.display.startsWith('inline') && !s.display.includes('block') && parentText.trim().length > 40,
      box: box(el), color: hex(fg), background: hex(bg), font_size: parseFloat(s.fontSize) || null,
      font_weight: parseInt(s.fontWeight, 10) || null, contrast: contrast(fg, bg),
    });
  }
  const togglesOut = [];
  for (const el of toggles) {
    let region = -1;
    for (let i = 0; i < regions.length; i++) if (outermost[i] === i && contains(regions[i], el)) { region = i; break; }
    if (region < 0) continue;
    const checked = el.tagName === 'INPUT' ? el.checked : el.getAttribute('aria-checked') === 'true';
    const disabled = !!el.disabled || el.getAttribute('aria-disabled') === 'true';
    let label = el.getAttribute('aria-label') || (el.labels && el.labels[0] ? fullText(el.labels[0]) : '');
    for (let n = flatParent(el), d = 0; !label && n && d < 4; n = flatParent(n), d++) label = fullText(n).slice(0, 120);
    registry.push(el);
    togglesOut.push({ id: registry.length - 1, region, label: (label || '').slice(0, 120), checked, disabled,
                      visible: shown(el) || (el.labels && el.labels[0] ? shown(el.labels[0]) : false) });
  }
  const regionsOut = regions.map((el, i) => outermost[i] !== i ? null : ({
    id: i, tag: el.tagName.toLowerCase(), text: ownText(el).trim().slice(0, 1500), box: box(el),
    positioned: positioned(el), background: hex(backgroundOf(el)),
    hint: /cookie|consent|gdpr|privacy|cmp|banner|rgpd|notice|didomi|onetrust|usercentrics/i
      .test((el.id || '') + ' ' + (typeof el.className === 'string' ? el.className : '')),
  }));
  registry.regions = regions;
  const shownRegions = regionsOut.filter((r) => r);
  Object.defineProperty(window, Symbol.for('consentscan.controls'), { value: registry, configurable: true });
  return { lang: document.documentElement.lang || null, url: location.href, regions: shownRegions,
           controls: described, toggles: togglesOut };
}
