// After the choice: what would let the visitor change it (a CMP function that reopens the banner, a link or
// button saying so, a small fixed icon), and, in the gpc scenario, the site's /.well-known/gpc.json.
async ({ reopenFunctions, linkWords, floatingWords, fetchGpc }) => {
  const out = { reopen_functions: [], links: [], floating: [], gpc_json: null };
  for (const dotted of reopenFunctions) {
    try {
      const value = dotted.split('.').reduce((o, k) => (o == null ? undefined : o[k]), window);
      if (typeof value === 'function') out.reopen_functions.push(dotted);
    } catch (_) {}
  }
  const links = new RegExp(linkWords, 'i');
  const floating = new RegExp(floatingWords, 'i');
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  for (const el of document.querySelectorAll('a, button, [role=button], [onclick]')) {
    const text = (el.innerText || el.getAttribute('aria-label') || el.title || '').trim().slice(0, 120);
    if (text && links.test(text) && visible(el) && out.links.length < 10) out.links.push(text);
  }
  for (const el of document.querySelectorAll('body *')) {
    if (out.floating.length >= 5) break;
    const style = getComputedStyle(el);
    if (style.position !== 'fixed' || !visible(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 160 || r.height > 160) continue;  // an icon, not a banner
    const label = [el.id, String(el.className || ''), el.getAttribute('aria-label') || '', el.title || '',
                   (el.innerText || '').slice(0, 60)].join(' ');
    if (floating.test(label)) out.floating.push(label.trim().slice(0, 120));
  }
  if (fetchGpc) {
    try {
      const response = await fetch('/.well-known/gpc.json', { credentials: 'omit', cache: 'no-store' });
      let body = null;
      try { body = await response.json(); } catch (_) {}
      out.gpc_json = { status: response.status, gpc: body && typeof body === 'object' ? body.gpc ?? null : null,
                       last_update: body && typeof body === 'object' ? String(body.lastUpdate || '') || null : null };
    } catch (e) { out.gpc_json = { status: null, gpc: null, last_update: null }; }
  }
  return out;
}
