// The shop's own storage: a cart, a visitor id kept two years (too long), an offline cache.
localStorage.setItem('cart', '[]');
sessionStorage.setItem('last_page', location.pathname);
if (!document.cookie.includes('shop_visitor=')) {
  document.cookie = 'shop_visitor=' + Math.random().toString(36).slice(2) + '; path=/; max-age=' + 2 * 365 * 86400;
}
indexedDB.open('shop-cache', 1);
