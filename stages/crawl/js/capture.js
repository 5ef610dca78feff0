// Injected before any page script, in every frame: reports trackers as they are dropped, with the
// script that dropped them (the first http(s) URL of the stack), to the host's __consentscanRecord binding.
(() => {
  if (window.__consentscanHooked) return;
  Object.defineProperty(window, '__consentscanHooked', { value: true });
  const initiator = () => {
    const stack = (new Error()).stack || '';
    const match = stack.match(/(https?:\/\/[^\s)]+?):\d+:\d+/);
    return match ? match[1] : null;
  };
  const send = (event) => {
    try {
      event.url = location.href;
      event.time = Date.now();
      if (!('initiator' in event)) event.initiator = initiator();
      if (window.__consentscanRecord) window.__consentscanRecord(event);
    } catch (_) { /* a page must never notice us */ }
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie && cookie.set) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true, enumerable: true,
      get() { return cookie.get.call(this); },
      set(value) { send({ kind: 'cookie', raw: String(value) }); return cookie.set.call(this, value); },
    });
  }
  if (window.CookieStore && CookieStore.prototype.set) {
    const set = CookieStore.prototype.set;
    CookieStore.prototype.set = function (name, value) {
      const options = typeof name === 'object' ? name : { name, value };
      send({ kind: 'cookie_store', name: String(options.name), domain: options.domain || null,
             path: options.path || null, expires: options.expires || null,
             same_site: options.sameSite || null, partitioned: !!options.partitioned,
             value: String(options.value).slice(0, 4096) });
      return set.apply(this, arguments);
    };
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    let area = 'sessionStorage';
    try { if (this === window.localStorage) area = 'localStorage'; } catch (_) {}
    send({ kind: 'storage', area, key: String(key), value: String(value).slice(0, 4096) });
    return setItem.apply(this, arguments);
  };
  if (window.IDBFactory) {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name) {
      send({ kind: 'indexed_db', name: String(name) });
      return open.apply(this, arguments);
    };
  }
  if (window.ReportingObserver) {
    try {
      new ReportingObserver((reports) => {
        for (const r of reports) {
          send({ kind: 'report', type: r.type, report_url: r.url, body: JSON.stringify(r.body || {}),
                 initiator: null });
        }
      }, { types: ['deprecation', 'intervention', 'csp-violation'], buffered: true }).observe();
    } catch (_) {}
  }
})();
