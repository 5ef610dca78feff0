// The consent banner of every generated test site (tests/banner_sites/__init__.py), built from window.BANNER.
// Each choice leaves a cookie that names it, so a test can tell which control a scan clicked:
// chose_accept, chose_reject, chose_necessary, chose_selection_<ticked purposes or "none">.
(() => {
  const cfg = window.BANNER;
  const choose = (action, ticked) => {
    const name = action === 'save' ? 'chose_selection_' + (ticked.length ? ticked.join('_') : 'none') : 'chose_' + action;
    if (window.parent !== window) {  // a banner in a frame tells its page, which keeps the cookie first-party
      window.parent.postMessage({ consentscanTestChoice: name }, '*');
      return;
    }
    document.cookie = name + '=1; path=/; max-age=86400';
    if (action === 'accept') localStorage.setItem('ad_profile', 'u' + Date.now());
  };
  window.addEventListener('message', (e) => {
    if (e.data && e.data.consentscanTestChoice) {
      document.cookie = e.data.consentscanTestChoice + '=1; path=/; max-age=86400';
      const frame = document.getElementById('cmp-frame');
      if (frame) frame.remove();
    }
  });
  const control = (spec, onClick) => {
    const kind = spec.kind || 'button';
    const el = document.createElement(kind === 'button' || kind === 'icon' ? 'button'
      : kind === 'link' || kind === 'textlink' ? 'a' : kind === 'image' || kind === 'overlay' ? 'input' : kind);
    if (el.tagName === 'A') el.href = '#';
    if (el.tagName !== 'INPUT') el.textContent = spec.label;
    if (kind === 'image') {  // an image button: its words are its alt text only
      el.type = 'image';
      el.alt = spec.label;
      el.src = 'data:image/svg+xml,' + encodeURIComponent(
        '<svg xmlns="http://www.w3.org/2000/svg" width="140" height="36"><rect width="140" height="36" fill="#246"/></svg>');
    } else if (kind === 'input') {  // <input type=button value=...>
      el.type = 'button';
      el.value = spec.label;
    }
    if (kind === 'icon') {  // a cross drawn by CSS, whose title is a word
      el.textContent = '';
      el.title = spec.label;
      el.style.cssText += ';width:24px;height:24px;background:linear-gradient(45deg,#fff 45%,#333 45%,#333 55%,#fff 55%)';
    }
    el.style.cssText = kind === 'div' || kind === 'span'
      ? 'display:inline-block;cursor:pointer;padding:8px 14px;margin:4px;background:#246;color:#fff;border-radius:4px'
      : kind === 'button' ? 'padding:8px 14px;margin:4px' : 'margin:4px;color:#246';
    if (spec.style) el.style.cssText += ';' + spec.style;  // a refusal made hard to see
    el.addEventListener('click', (e) => { e.preventDefault(); onClick(); });
    if (kind === 'overlay') {  // Amazon's a-button: a transparent <input> over the aria-hidden words it stands for
      const wrap = document.createElement('span'), words = document.createElement('span');
      wrap.style.cssText = 'position:relative;display:inline-block;margin:4px;padding:8px 14px;background:#fd0';
      words.id = 'w' + Math.random().toString(36).slice(2);
      words.setAttribute('aria-hidden', 'true');
      words.textContent = spec.label;
      el.type = 'submit';
      el.value = spec.action;  // a code, not words
      el.setAttribute('aria-labelledby', words.id);
      el.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;opacity:.01;cursor:pointer';
      wrap.append(el, words);
      return wrap;
    }
    return el;
  };
  const build = (root, host) => {
    const box = document.createElement('div');
    box.id = 'consent-box';
    box.style.cssText = cfg.structure === 'inflow' || window.parent !== window
      ? 'background:#eef;padding:16px;border-bottom:2px solid #99c'
      : 'position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:2px solid #333;padding:16px;z-index:99';
    const layer1 = document.createElement('div');
    const p = document.createElement('p');
    const layer2 = document.createElement('div');
    layer2.style.display = 'none';
    const finish = () => { (host || box).remove(); layer2.remove(); };
    const ticked = () => Array.from(layer2.querySelectorAll('input[type=checkbox]')).concat(
      Array.from(layer1.querySelectorAll('input[type=checkbox]'))).filter((b) => b.checked).map((b) => b.name);
    const act = (action) => {
      if (action === 'settings') {
        if (cfg.secondOver) {  // a modal over the first layer, which stays shown under it
          layer2.style.cssText = 'display:block;position:fixed;top:10%;left:20%;width:60%;background:#fff;' +
            'border:2px solid #333;padding:16px;z-index:100';
          (root.host ? root : document.body).append(layer2);
        } else { layer1.style.display = 'none'; layer2.style.display = 'block'; }
        return;
      }
      if (action === 'info') return;
      if (action === 'deselect') {  // a "Reject all" that only switches the purposes off, for "save" to record
        const boxes = [layer1, layer2].flatMap((l) => Array.from(l.querySelectorAll('input[type=checkbox]')));
        for (const input of boxes) input.checked = false;
        return;
      }
      choose(action, ticked());
      finish();
    };
    if (cfg.textLink) {  // a way out written into the notice's running text
      p.append(cfg.text + ' ' + cfg.textLink.before + ' ');
      p.append(control({ label: cfg.textLink.label, kind: 'textlink' }, () => act(cfg.textLink.action)));
      p.append(' ' + cfg.textLink.after);
    } else p.textContent = cfg.text;
    layer1.append(p);
    for (const t of cfg.firstToggles || []) layer1.append(toggle(t));
    for (const b of cfg.first) layer1.append(control(b, () => act(b.action)));
    if (cfg.second) {
      const p2 = document.createElement('p');
      p2.textContent = cfg.second.text;
      layer2.append(p2);
      for (const t of cfg.second.toggles || []) layer2.append(toggle(t));
      for (const b of cfg.second.buttons) layer2.append(control(b, () => act(b.action)));
    }
    box.append(layer1, layer2);
    root.append(box);
    return box;
  };
  const toggle = (t) => {
    const label = document.createElement('label');
    label.style.cssText = 'display:block';
    const input = document.createElement('input');
    input.type = 'checkbox'; input.name = t.name; input.checked = !!t.checked; input.disabled = !!t.disabled;
    label.append(input, ' ' + t.label);
    return label;
  };
  const show = () => {
    if (cfg.structure === 'shadow_open' || cfg.structure === 'shadow_closed') {
      const host = document.createElement('cookie-notice');
      document.body.append(host);
      build(host.attachShadow({ mode: cfg.structure === 'shadow_open' ? 'open' : 'closed' }), host);
    } else if (cfg.structure === 'slotted') {
      // A web component whose shadow root is only layout and <slot>s: text and controls are light DOM.
      const host = document.createElement('consent-panel');
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<div style="position:fixed;bottom:0;left:0;right:0;background:#fff;padding:16px;' +
        'border-top:2px solid #333"><slot name="body"></slot><slot name="actions"></slot></div>';
      const body = build(document.createElement('div'), host);
      body.style.cssText = '';
      body.slot = 'body';
      host.append(body);
      document.body.append(host);
    } else if (cfg.structure === 'iframe_same' || cfg.structure === 'iframe_cross') {
      const frame = document.createElement('iframe');
      frame.id = 'cmp-frame';
      frame.src = cfg.frameUrl;
      frame.style.cssText = 'position:fixed;bottom:0;left:0;width:100%;height:220px;border:0;background:#fff;z-index:99';
      document.body.append(frame);
    } else if (cfg.structure === 'inflow') {
      const box = build(document.createElement('div'));
      document.body.prepend(box);
    } else build(document.body);
  };
  if (document.cookie.includes('chose_')) return;
  if (cfg.delay) setTimeout(show, cfg.delay); else show();
})();
