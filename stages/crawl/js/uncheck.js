// Second layer of a banner: switch off every optional purpose before "save".
() => {
  let changed = 0;
  const boxes = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('input[type=checkbox], [role=switch]')) boxes.push(el);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(document);
  for (const el of boxes) {
    const on = el.matches('input') ? el.checked : el.getAttribute('aria-checked') === 'true';
    if (on && !el.disabled && el.getAttribute('aria-disabled') !== 'true') { el.click(); changed++; }
  }
  return changed;
}
