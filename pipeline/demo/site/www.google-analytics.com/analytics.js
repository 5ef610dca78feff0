// Plays Google Analytics 4: first-party _ga cookies kept two years, and a collect hit.
(function () {
  const id = 'GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000);
  const twoYears = 2 * 365 * 86400;
  document.cookie = '_ga=' + id + '; path=/; max-age=' + twoYears;
  document.cookie = '_ga_ABC123XYZ=GS1.1.' + Math.floor(Date.now() / 1000) + '; path=/; max-age=' + twoYears;
  new Image().src = 'https://www.google-analytics.com/g/collect?v=2&tid=G-ABC123XYZ&cid=' + id +
    '&dl=' + encodeURIComponent(location.href);
})();
