// The runtime of every CMP replica (tests/cmp_replicas/__init__.py). The generated loader is
//   window.__REPLICA__ = {...config...};  <this file>  <the product's own API imitation>
// and is served from the CMP's real CDN host name. Controls carry data-r="<action>":
//   accept, reject, necessary, save (saves the toggles as they are), settings (shows data-layer="2"),
//   back, noop (a control whose real effect is not imitated: details, vendor lists), all-off / all-on (switch the layer's consent toggles without saving, as Quantcast and iubenda do),
//   dismiss (a close control that only hides the banner: it leaves chose_dismiss, a made choice no scenario expects).
// Each choice leaves a cookie naming it (chose_accept, chose_reject, chose_necessary, chose_selection_none,
// chose_selection_some) plus the product's own consent cookies, and removes the banner; with C.confirm (GOV.UK,
// NHS) the banner stays and shows, instead of its layers, its [data-confirm="accept"|"reject"|"any"] parts (hidden
// with style="display:none" until then); a [data-hide] control (not a choice) then removes it.
// Mounts: body (default), shadow (an open shadow root on [data-shadow-host]), iframe (a same-origin frame the
// script creates and writes, as AppConsent does; C.frameTitle, C.frameStyle); C.showModal opens the <dialog> it
// names with showModal() (Real Cookie Banner).
// Round four: C.cookieDomain (every cookie set for that domain, so that a consent page on another host of the
// site leaves cookies the site reads); C.gate (the page, with no choice made yet, goes to this URL instead of
// showing a banner: Yahoo's consent page); C.returnTo (after the choice, go back to this URL); a page whose
// location.hash holds layer=N starts on layer N (a second message in a new frame); C.settingsPost (in a frame,
// the settings control asks the parent page, by postMessage {replicaSettings}, to open the settings itself);
// C.rerender (showing a layer re-renders it: every [data-layer] element is replaced by a new copy, as React
// banners do, so that element handles held from before the click are stale).
(function () {
  var C = window.__REPLICA__;
  var inFrame = window.parent !== window;
  var R = window.__replica = { scopes: [], mounted: [], shown: false, choices: [], listeners: [], onShow: [] };

  function cookie(name, value) {
    document.cookie = name + '=' + encodeURIComponent(value) + '; path=/; max-age=31536000; SameSite=Lax'
                      + (C.cookieDomain ? '; domain=' + C.cookieDomain : '');
  }
  R.all = function (selector) {
    var out = [];
    R.scopes.forEach(function (s) { out = out.concat(Array.prototype.slice.call(s.querySelectorAll(selector))); });
    return out;
  };
  function isOn(b) { return b.tagName === 'INPUT' ? b.checked : b.getAttribute('aria-checked') === 'true'; }
  var TOGGLES = 'input[type=checkbox]:not([disabled]), [role=switch]:not([aria-disabled=true]), '
              + '[role=checkbox]:not(input):not([aria-disabled=true]):not([disabled])';
  R.anyOn = function () { return R.all(TOGGLES).some(isOn); };
  R.choose = function (kind) {
    var name = kind === 'save' ? (R.anyOn() ? 'chose_selection_some' : 'chose_selection_none') : 'chose_' + kind;
    if (inFrame) { window.parent.postMessage({ replicaChoice: name }, '*'); return; }
    R.commit(name);
  };
  R.commit = function (name) {
    R.choices.push(name);
    cookie(name, '1');
    var accepted = name === 'chose_accept' || name === 'chose_selection_some';
    (C.cookies || []).forEach(function (c) { cookie(c[0], accepted ? c[1] : c[2]); });
    if (name === 'chose_accept') { try { localStorage.setItem('ad_profile', 'u' + Date.now()); } catch (e) {} }
    if (C.confirm) R.confirm(accepted ? 'accept' : 'reject'); else R.hide();
    R.listeners.forEach(function (fn) { try { fn(name); } catch (e) {} });
    if (C.returnTo) setTimeout(function () { location.replace(C.returnTo); }, 100);
  };
  R.hide = function () {
    R.shown = false;
    R.mounted.forEach(function (el) { el.remove(); });
    R.mounted = [];
    document.documentElement.style.overflow = '';
  };
  R.confirm = function (kind) {
    R.shown = false;
    R.all('[data-layer]').forEach(function (el) { el.style.display = 'none'; });
    R.all('[data-confirm]').forEach(function (el) {
      var c = el.getAttribute('data-confirm');
      if (c === kind || c === 'any') el.style.display = el.getAttribute('data-display') || 'block';
    });
    document.documentElement.style.overflow = '';
  };
  R.layer = function (n) {
    R.all('[data-layer]').forEach(function (el) {
      var l = el.getAttribute('data-layer');
      if (l === String(n)) el.style.display = el.getAttribute('data-display') || 'block';
      else if (!(C.keepFirst && l === '1')) el.style.display = 'none';
    });
    if (C.rerender) {
      R.all('[data-layer]').forEach(function (el) {
        if (R.scopes.indexOf(el) < 0 && el.parentNode) el.parentNode.replaceChild(el.cloneNode(true), el);
      });
    }
  };
  function bulk(el, on) {
    var scope = el.closest('[data-layer]') || el.getRootNode();
    var toggles = Array.prototype.slice.call(scope.querySelectorAll(TOGGLES));
    var consent = toggles.filter(function (t) { return t.getAttribute('data-kind') !== 'li'; });
    consent.forEach(function (t) {
      if (t.tagName === 'INPUT') t.checked = on; else t.setAttribute('aria-checked', on ? 'true' : 'false');
    });
  }
  function onClick(e) {
    var target = e.target && e.target.nodeType === 1 ? e.target : e.target && e.target.parentElement;
    if (!target) return;
    var sw = target.closest('[role=switch], [role=checkbox]:not(input)');
    if (sw && sw.tagName !== 'INPUT' && !sw.hasAttribute('data-r') && sw.getAttribute('aria-disabled') !== 'true') {
      sw.setAttribute('aria-checked', sw.getAttribute('aria-checked') === 'true' ? 'false' : 'true');
    }
    if (C.confirm && target.closest('[data-hide]')) { e.preventDefault(); R.hide(); return; }
    var el = target.closest('[data-r]');
    if (!el) return;
    e.preventDefault();
    var r = el.getAttribute('data-r');
    if (r === 'settings' && C.settingsPost && inFrame) window.parent.postMessage({ replicaSettings: true }, '*');
    else if (r === 'settings') R.layer(2);
    else if (r === 'back') R.layer(1);
    else if (r === 'all-off') bulk(el, false);
    else if (r === 'all-on') bulk(el, true);
    else if (r !== 'noop') R.choose(r);
  }
  function mount() {
    if (R.shown) return;
    R.shown = true;
    var style = C.css ? '<style>' + C.css + '</style>' : '';
    var wrap = document.createElement('div');
    if (C.mount === 'shadow') {
      wrap.innerHTML = C.outer;
      var outer = wrap.firstElementChild;
      document.body.appendChild(outer);
      var host = outer.hasAttribute('data-shadow-host') ? outer : outer.querySelector('[data-shadow-host]');
      var shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = style + C.html;
      shadow.addEventListener('click', onClick);
      R.scopes = [shadow];
      R.mounted = [outer];
    } else if (C.mount === 'iframe') {
      var f = document.createElement('iframe');
      f.setAttribute('title', C.frameTitle || 'Consent window');
      f.style.cssText = C.frameStyle || '';
      document.body.appendChild(f);
      var d = f.contentDocument;
      d.open();
      d.write('<!doctype html><html lang="' + document.documentElement.lang + '"><head><meta charset="utf-8">' + style
              + '</head><body>' + C.html + '</body></html>');
      d.close();
      d.addEventListener('click', onClick);
      R.scopes = [d.body];
      R.mounted = [f];
    } else {
      if (C.css) {
        var s = document.createElement('style');
        s.textContent = C.css;
        document.head.appendChild(s);
      }
      wrap.innerHTML = C.html;
      var els = Array.prototype.slice.call(wrap.children);
      els.forEach(function (el) {
        if (C.prepend) document.body.insertBefore(el, document.body.firstChild); else document.body.appendChild(el);
        el.addEventListener('click', onClick);
      });
      R.scopes = els;
      R.mounted = inFrame ? [] : els;
    }
    var startLayer = /layer=(\d+)/.exec(location.hash);
    R.layer(startLayer ? +startLayer[1] : 1);
    if (C.showModal) R.all(C.showModal).forEach(function (dlg) { dlg.showModal(); });
    if (C.lockScroll) document.documentElement.style.overflow = 'hidden';
    R.onShow.forEach(function (fn) { try { fn(); } catch (e) {} });
  }
  window.addEventListener('message', function (e) {
    if (e.data && e.data.replicaChoice && !inFrame) R.commit(e.data.replicaChoice);
  });
  R.start = function () {
    if (document.cookie.indexOf('chose_') >= 0) return;
    if (C.gate) { location.replace(C.gate); return; }
    setTimeout(mount, C.delay || 0);
  };
  if (document.body) R.start(); else document.addEventListener('DOMContentLoaded', R.start);
})();
