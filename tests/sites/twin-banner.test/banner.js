// A plain consent banner, as the demo shop's: accept loads a tracker pixel, refuse does not.
(function () {
  const consent = (document.cookie.match(/(?:^|; )twin_consent=([^;]+)/) || [])[1];
  const track = () => { new Image().src = 'https://px.tracker-cdn.test/p.gif?consented=1'; };
  if (consent === 'accepted') { track(); return; }
  if (consent === 'refused') return;
  const banner = document.createElement('div');
  banner.id = 'cookie-banner';
  banner.style.cssText = 'position:fixed;bottom:0;left:0;right:0;padding:16px;background:#eee';
  banner.innerHTML = '<p>We use cookies to run the shop and, with your consent, for analytics and advertising.</p>' +
    '<button id="refuse">Refuse all</button> <button id="accept">Accept all</button>';
  document.body.appendChild(banner);
  const choose = (value) => {
    document.cookie = 'twin_consent=' + value + '; path=/; max-age=' + 180 * 86400;
    banner.remove();
    if (value === 'accepted') track();
  };
  banner.querySelector('#accept').addEventListener('click', () => choose('accepted'));
  banner.querySelector('#refuse').addEventListener('click', () => choose('refused'));
})();
