// Imitates OneTrust's banner SDK: the OneTrust/Optanon globals, its DOM ids and its consent cookies.
(function () {
  var groups = ',C0001,';
  window.OnetrustActiveGroups = groups;
  window.OneTrust = window.Optanon = {
    IsAlertBoxClosed: function () { return document.cookie.indexOf('OptanonAlertBoxClosed=') >= 0; },
    GetDomainData: function () { return { Groups: [] }; }
  };
  function decide(all) {
    window.OnetrustActiveGroups = all ? ',C0001,C0002,C0004,' : groups;
    var stamp = new Date().toISOString();
    document.cookie = 'OptanonAlertBoxClosed=' + stamp + '; path=/; max-age=31536000';
    document.cookie = 'OptanonConsent=isGpcEnabled=0&datestamp=' + encodeURIComponent(stamp) +
      '&groups=' + encodeURIComponent(all ? 'C0001:1,C0002:1,C0004:1' : 'C0001:1,C0002:0,C0004:0') + '; path=/; max-age=31536000';
    document.getElementById('onetrust-consent-sdk').remove();
    if (all) { new Image().src = 'https://px.tracker-cdn.test/p.gif?site=' + location.hostname + '&t=' + Date.now(); }
  }
  function show() {
    if (window.OneTrust.IsAlertBoxClosed()) return;
    var sdk = document.createElement('div');
    sdk.id = 'onetrust-consent-sdk';
    sdk.innerHTML = '<div id="onetrust-banner-sdk" style="position:fixed;bottom:0;left:0;right:0;background:#fff;padding:16px">' +
      '<p id="onetrust-policy-text">We use cookies to improve your experience and for marketing.</p>' +
      '<button id="onetrust-accept-btn-handler">Accept All Cookies</button>' +
      '<button id="onetrust-reject-all-handler">Reject All</button></div>';
    document.body.appendChild(sdk);
    document.getElementById('onetrust-accept-btn-handler').onclick = function () { decide(true); };
    document.getElementById('onetrust-reject-all-handler').onclick = function () { decide(false); };
  }
  if (document.body) show(); else document.addEventListener('DOMContentLoaded', show);
})();
