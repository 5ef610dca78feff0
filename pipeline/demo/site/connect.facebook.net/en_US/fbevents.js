// Plays the Meta pixel, loaded before any consent (the demo shop's compliance bug).
(function () {
  if (!document.cookie.includes('_fbp=')) {
    document.cookie = '_fbp=fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 1e9) + '; path=/; max-age=' + 90 * 86400;
  }
  new Image().src = 'https://www.facebook.com/tr?id=1234567890&ev=PageView&dl=' + encodeURIComponent(location.href);
})();
