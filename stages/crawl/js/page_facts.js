// Links and form controls of the page, for page selection and the privacy checks (capped).
() => {
  const text = (el) => (el.innerText || el.value || el.getAttribute('aria-label') || el.title || '')
    .replace(/\s+/g, ' ').trim().slice(0, 120);
  const links = [];
  for (const a of document.querySelectorAll('a[href]')) {
    if (links.length >= 400) break;
    links.push({ href: a.href, text: text(a), rel: a.rel || '' });
  }
  const forms = [];
  for (const el of document.querySelectorAll('form button, form input[type=submit], form label, button, input[type=checkbox]')) {
    if (forms.length >= 150) break;
    const t = text(el) || (el.labels && el.labels[0] ? text(el.labels[0]) : '');
    if (t) forms.push(t);
  }
  return { title: document.title || '', links, forms };
}
