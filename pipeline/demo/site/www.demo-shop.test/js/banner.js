// A plain consent banner: accept loads Google Analytics, refuse does not.
(function () {
  const consent = (document.cookie.match(/(?:^|; )demo_consent=([^;]+)/) || [])[1];
  const loadAnalytics = () => {
    const s = document.createElement('script');
    s.src = 'https://www.google-analytics.com/analytics.js';
    document.head.appendChild(s);
  };
  if (consent === 'accepted') { loadAnalytics(); return; }
  if (consent === 'refused') return;
  const banner = document.createElement('div');
  banner.id = 'cookie-banner';
  banner.innerHTML = '<p>We use cookies to run the shop and, with your consent, for analytics and advertising. ' +
    'See our <a href="/privacy.html">privacy policy</a>.</p>' +
    '<button id="refuse">Refuse all</button><button id="accept">Accept all</button>';
  document.body.appendChild(banner);
  const choose = (value) => {
    document.cookie = 'demo_consent=' + value + '; path=/; max-age=' + 180 * 86400;
    banner.remove();
    if (value === 'accepted') loadAnalytics();
  };
  banner.querySelector('#accept').addEventListener('click', () => choose('accepted'));
  banner.querySelector('#refuse').addEventListener('click', () => choose('refused'));
})();
