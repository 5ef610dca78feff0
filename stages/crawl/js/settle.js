// Init script: what the page's own scripts still have scheduled, and when its DOM last changed, so that the
// crawl can stop waiting for a consent banner once nothing left could show one (no timer of the page's due,
// no interval, no DOM change lately). A timer counts unless the code that set it is the crawl's own. V8 tells
// them apart: the page's code has a script URL (http(s), data:, blob:, about:srcdoc; eval'd code names the
// URL of its caller) or, where it has none (written into a frame, a string handler), a script hash; the
// scripts the crawl injects through the DevTools protocol (its init scripts, autoconsent's retries,
// Playwright's evaluations) have neither. When the caller cannot be told, the timer counts: a wait too long
// is slow, a wait too short misses a banner. Hidden from the page: symbol-keyed state.
(() => {
  const key = Symbol.for('consentscan.settle');
  if (window[key]) return;
  const due = new Map(); // timeout id -> when it fires (performance.now())
  const intervals = new Set();
  const idle = new Set();
  const state = { lastMutation: performance.now(), waiters: [] };
  // Whether the code that called `hook` is the page's (see above), from V8's structured stack trace.
  const fromPage = (hook) => {
    const { prepareStackTrace, stackTraceLimit } = Error;
    const holder = {};
    try {
      Error.prepareStackTrace = (_, sites) => sites;
      Error.stackTraceLimit = 1;
      Error.captureStackTrace(holder, hook);
      const site = holder.stack && holder.stack[0];
      if (!site || site.getScriptHash() !== '' || site.getFileName()) return true;
      return site.isEval() && /[a-z][a-z0-9+.-]*:/i.test(site.getEvalOrigin() || '');
    } catch (e) {
      return true;
    } finally {
      Error.prepareStackTrace = prepareStackTrace;
      Error.stackTraceLimit = stackTraceLimit;
    }
  };
  const native = (f, name) => { f.toString = () => `function ${name}() { [native code] }`; return f; };
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  window.setTimeout = native(function setTimeout(fn, ms, ...args) {
    if (!fromPage(setTimeout)) return st.call(window, fn, ms, ...args);
    let id = 0;
    if (typeof fn === 'function') {
      id = st.call(window, function () { due.delete(id); return fn.apply(this, args); }, ms);
    } else {  // code in a string runs as the page's, not as code eval'd by this script
      id = st.call(window, fn, ms, ...args);
      st.call(window, () => due.delete(id), ms);
    }
    due.set(id, performance.now() + (Number(ms) || 0));
    return id;
  }, 'setTimeout');
  window.clearTimeout = native(function clearTimeout(id) { due.delete(id); return ct.call(window, id); },
    'clearTimeout');
  window.setInterval = native(function setInterval(...args) {
    const id = si.apply(window, args);
    if (fromPage(setInterval)) intervals.add(id);
    return id;
  }, 'setInterval');
  window.clearInterval = native(function clearInterval(id) { intervals.delete(id); return ci.call(window, id); },
    'clearInterval');
  if (window.requestIdleCallback) {
    const ric = window.requestIdleCallback;
    window.requestIdleCallback = native(function requestIdleCallback(fn, options) {
      let id = 0;
      id = ric.call(window, (deadline) => { idle.delete(id); return fn(deadline); }, options);
      idle.add(id);
      return id;
    }, 'requestIdleCallback');
  }
  const changed = () => {
    state.lastMutation = performance.now();
    const waiters = state.waiters.splice(0);
    for (const wake of waiters) wake(true);
  };
  const observe = () => new MutationObserver(changed).observe(document, {
    subtree: true, childList: true, attributes: true, characterData: true });
  if (document.documentElement) observe(); else document.addEventListener('readystatechange', observe, { once: true });
  Object.defineProperty(window, key, { enumerable: false, value: {
    // What could still change the page within `horizon` ms.
    report(horizon) {
      const now = performance.now();
      let timers = 0;
      for (const when of due.values()) if (when <= now + horizon) timers += 1;
      return { timers, intervals: intervals.size, idle: idle.size, ready: document.readyState === 'complete',
               still_ms: now - state.lastMutation };
    },
    // Resolves on the next DOM change, or after `ms`.
    next(ms) {
      return new Promise((resolve) => {
        const timer = st.call(window, () => resolve(false), ms);
        state.waiters.push((v) => { ct.call(window, timer); resolve(v); });
      });
    },
  } });
})();
