// Runs only with "preferences" consent (a data-consent script): remembers the currency in shop_currency.
(function () {
  var picker = document.querySelector('#currency');
  if (!picker) return;
  var match = /(?:^|; )shop_currency=([A-Z]{3})/.exec(document.cookie);
  if (match) picker.value = match[1];
  picker.addEventListener('change', function () {
    // This script ran with consent, but the visitor may have withdrawn it since.
    if (!window.assent || !window.assent.allowed('preferences')) return;
    document.cookie = 'shop_currency=' + picker.value + '; path=/; max-age=31536000; samesite=lax';
  });
  document.documentElement.setAttribute('data-currency-remembered', '');
})();
