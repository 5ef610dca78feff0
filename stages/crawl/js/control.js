// Acts on what banner.js last found in this frame, by its registry id (closed shadow roots included).
// op "prepare": scroll the control into view; its box and whether a pointer at its centre reaches it.
// op "still": "prepare" once two more frames have been drawn (at most 100 ms), and whether a finite animation or
//   transition still runs on the control or on an element around it (a banner sliding in).
// op "click": the element's own click() (for a control something else covers).
// op "uncheck": switch off every optional toggle of a region; returns how many are still on after that.
// op "shown": whether the region of a banner is still displayed.
// op "click_again": the element's own click() on the control prepared last, if it is still shown.
({ op, id }) => {
  const registry = window[Symbol.for('consentscan.controls')];
  if (!registry) return null;
  const closed = Element.prototype[Symbol.for('consentscan.closedRoots')];
  const shadowOf = (el) => el.shadowRoot || (closed && closed.get(el)) || null;
  const flatParent = (node) => {
    if (node.assignedSlot) return node.assignedSlot;
    const parent = node.parentNode;
    return parent && parent.nodeType === 11 && parent.host ? parent.host : parent;
  };
  const shown = (el) => {
    if (!el || !el.isConnected) return false;
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return false;
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    return getComputedStyle(el).visibility !== 'hidden';
  };
  if (op === 'shown') return shown(registry.regions[id]);
  const last = Symbol.for('consentscan.lastClicked');
  if (op === 'click_again') {  // the pointer click did nothing visible: the same element, if still shown
    const target = window[last];
    if (!shown(target)) return false;
    target.click();
    return true;
  }
  const el = registry[id];
  if (!el || !el.isConnected) return null;
  const prepare = () => {
    Object.defineProperty(window, last, { value: el, configurable: true });
    el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    const r = el.getBoundingClientRect();
    const x = r.x + r.width / 2, y = r.y + r.height / 2;
    let hit = document.elementFromPoint(x, y);
    for (let root = hit && shadowOf(hit); root; root = hit && shadowOf(hit)) {
      const inner = root.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    let reaches = false;
    for (let n = hit; n; n = flatParent(n)) if (n === el) { reaches = true; break; }
    return { box: { x: r.x, y: r.y, width: r.width, height: r.height }, reaches };
  };
  if (op === 'prepare') return prepare();
  if (op === 'still') {
    const around = new Set();
    for (let n = el; n; n = flatParent(n)) around.add(n);
    const moving = () => (document.getAnimations ? document.getAnimations() : []).some((a) =>
      a.playState === 'running' && a.effect && around.has(a.effect.target) &&
      a.effect.getComputedTiming().endTime !== Infinity);
    return new Promise((resolve) => {
      let done = false;
      const measure = () => { if (!done) { done = true; resolve({ ...prepare(), moving: moving() }); } };
      requestAnimationFrame(() => requestAnimationFrame(measure));
      setTimeout(measure, 100);
    });
  }
  if (op === 'click') { el.click(); return true; }
  if (op === 'uncheck') {
    const region = registry.regions[id];
    const isOn = (t) => (t.tagName === 'INPUT' ? t.checked : t.getAttribute('aria-checked') === 'true');
    // The region's toggles that can be switched: checkboxes and switches, not disabled.
    const switchable = registry.filter((t) => t && t.isConnected && !t.disabled &&
      t.getAttribute('aria-disabled') !== 'true' &&
      ((t.tagName === 'INPUT' && /^checkbox$/i.test(t.type)) || /^(switch|checkbox)$/i.test(t.getAttribute('role') || '')) &&
      (() => { for (let n = t; n; n = flatParent(n)) if (n === region) return true; return false; })());
    for (const toggle of switchable) if (isOn(toggle)) toggle.click();
    // What is still on: a toggle whose click did nothing.
    return switchable.filter(isOn).length;
  }
  return null;
}
