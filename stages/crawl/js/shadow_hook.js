// Init script: keep a reference to every closed shadow root, so that the banner finder can look inside it
// as a person sees it. Pages cannot see the reference (a symbol-keyed, non-enumerable property).
(() => {
  const key = Symbol.for('consentscan.closedRoots');
  if (Element.prototype[key]) return;
  const roots = new WeakMap();
  const attach = Element.prototype.attachShadow;
  Object.defineProperty(Element.prototype, key, { value: roots, enumerable: false });
  Element.prototype.attachShadow = function attachShadow(init) {
    const root = attach.call(this, init);
    if (init && init.mode === 'closed') roots.set(this, root);
    return root;
  };
  // Keep the page's view of the function native-looking: some sites test it to detect automation.
  Element.prototype.attachShadow.toString = () => 'function attachShadow() { [native code] }';
})();
