// Finds a cookie banner in this frame (open shadow roots included) and marks its buttons with
// data-consentscan="accept|refuse|settings|save" so that the host can click them by role.
// `words` comes from stages/crawl/banner.py: {notice: [...], accept: [...], refuse: [...], settings: [...], save: [...]}.
(words) => {
  const norm = (s) => (s || '').toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ').trim();
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return false;
    const s = getComputedStyle(el);
    return s.visibility !== 'hidden' && s.display !== 'none' && parseFloat(s.opacity || '1') > 0.05;
  };
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  const textOf = (el) => norm(el.innerText || el.textContent);
  const mentionsConsent = (t) => words.notice.some((w) => t.includes(w));
  const hint = /cookie|consent|gdpr|privacy|cmp|banner|rgpd|notice/i;
  const isContainer = (el) => {
    const s = getComputedStyle(el);
    const role = el.getAttribute('role') || '';
    return s.position === 'fixed' || s.position === 'sticky' || role === 'dialog' || role === 'alertdialog' ||
      el.tagName === 'DIALOG' || el.getAttribute('aria-modal') === 'true' ||
      hint.test((el.id || '') + ' ' + (typeof el.className === 'string' ? el.className : ''));
  };
  const candidates = all.filter((el) => el.tagName !== 'BODY' && el.tagName !== 'HTML' && isContainer(el) &&
    visible(el));
  const clickable = (root) => {
    const found = [];
    const visit = (node) => {
      for (const el of node.querySelectorAll('button, a, [role=button], input[type=button], input[type=submit]')) {
        if (visible(el)) found.push(el);
      }
      for (const el of node.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(root);
    if (root.shadowRoot) visit(root.shadowRoot);
    return found;
  };
  const classify = (label) => {
    if (!label || label.length > 60) return null;
    const is = (list) => list.some((w) => label === w || label.startsWith(w + ' ') || label.endsWith(' ' + w));
    if (is(words.refuse)) return 'refuse';
    if (is(words.accept)) return 'accept';
    if (is(words.save)) return 'save';
    if (is(words.settings)) return 'settings';
    return null;
  };
  let best = null;
  for (const el of candidates) {
    const t = textOf(el.shadowRoot || el) || textOf(el);
    if (!mentionsConsent(t) || t.length > 5000) continue;
    const buttons = clickable(el).map((b) => ({ el: b, kind: classify(norm(b.innerText || b.value ||
      b.getAttribute('aria-label'))) })).filter((b) => b.kind);
    const area = el.getBoundingClientRect().width * el.getBoundingClientRect().height;
    const score = buttons.length * 1e9 - area;
    if (!best || score > best.score) best = { el, t, buttons, score };
  }
  for (const old of all) if (old.hasAttribute('data-consentscan')) old.removeAttribute('data-consentscan');
  if (!best) return { found: false };
  const kinds = {};
  for (const b of best.buttons) {
    if (kinds[b.kind]) continue;
    kinds[b.kind] = true;
    b.el.setAttribute('data-consentscan', b.kind);
  }
  best.el.setAttribute('data-consentscan-banner', '1');
  return { found: true, text: best.t.slice(0, 400), accept: !!kinds.accept, refuse: !!kinds.refuse,
           settings: !!kinds.settings, save: !!kinds.save };
}
