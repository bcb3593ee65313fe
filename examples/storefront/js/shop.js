// The shop itself: products, a cart kept in the necessary cookie shop_cart, checkout, the policy switcher,
// and the third-party widgets each policy uses (inserted as data-consent elements that assent.js gates).
(function () {
  var products = {
    aurora: {
      name: 'Aurora round frames',
      price: 129,
      text: 'Light titanium round frames, hand-polished. Fit your own prescription lenses.',
    },
    meridian: {
      name: 'Meridian blue-light glasses',
      price: 89,
      text: 'Clear lenses that filter blue light for long screen days.',
    },
    polar: { name: 'Polar sunglasses', price: 149, text: 'Polarised category 3 lenses in a recycled acetate frame.' },
    solution: {
      name: 'Contact lens solution 360 ml',
      price: 12.5,
      text: 'All-in-one solution for soft contact lenses.',
    },
  };
  var SHIPPING = 4.9;
  var $ = function (selector) {
    return document.querySelector(selector);
  };
  var money = function (value) {
    return '€' + value.toFixed(2);
  };

  // The cart: "sku*quantity|sku*quantity" in a first-party, necessary cookie.
  function readCart() {
    var match = /(?:^|; )shop_cart=([^;]*)/.exec(document.cookie);
    var cart = {};
    (match ? decodeURIComponent(match[1]) : '').split('|').forEach(function (line) {
      var parts = line.split('*');
      if (products[parts[0]] && +parts[1] > 0) cart[parts[0]] = Math.min(99, Math.floor(+parts[1]));
    });
    return cart;
  }
  function writeCart(cart) {
    var value = Object.keys(cart)
      .map(function (sku) {
        return sku + '*' + cart[sku];
      })
      .join('|');
    document.cookie =
      'shop_cart=' +
      encodeURIComponent(value) +
      '; path=/; samesite=lax' +
      (value ? '; max-age=2592000' : '; max-age=0');
    showCount();
  }
  function showCount() {
    var cart = readCart();
    var count = Object.keys(cart).reduce(function (sum, sku) {
      return sum + cart[sku];
    }, 0);
    var badge = $('#cart-count');
    if (badge) badge.textContent = String(count);
  }
  function lines(cart) {
    return Object.keys(cart).map(function (sku) {
      return { sku: sku, name: products[sku].name, price: products[sku].price, quantity: cart[sku] };
    });
  }
  function total(items) {
    return items.reduce(function (sum, item) {
      return sum + item.price * item.quantity;
    }, 0);
  }

  // window.assent is an array of queued calls until assent.js has run; push works either way.
  function withAssent(callback) {
    (window.assent = window.assent || []).push(callback);
  }

  function policySwitcher() {
    var select = $('#policy');
    if (!select || !window.shopPolicies) return;
    Object.keys(window.shopPolicies).forEach(function (id) {
      var option = document.createElement('option');
      option.value = id;
      option.textContent = id + ' · ' + window.shopPolicies[id].shop;
      option.selected = id === window.shopPolicy.id;
      select.append(option);
    });
    select.addEventListener('change', function () {
      document.cookie = 'shop_policy=' + select.value + '; path=/; max-age=31536000; samesite=lax';
      location.assign(location.pathname);
    });
    var summary = $('#policy-summary');
    if (summary) summary.textContent = window.shopPolicy.summary;
    var setup = $('#setup');
    if (!setup || !window.shopSetups) return;
    Object.keys(window.shopSetups).forEach(function (id) {
      var option = document.createElement('option');
      option.value = id;
      option.textContent = window.shopSetups[id];
      option.selected = id === window.shopSetup;
      setup.append(option);
    });
    setup.addEventListener('change', function () {
      document.cookie = 'shop_setup=' + setup.value + '; path=/; max-age=31536000; samesite=lax';
      location.assign(location.pathname);
    });
    var region = $('#region');
    if (!region || !window.shopRegions) return;
    Object.keys(window.shopRegions).forEach(function (id) {
      var option = document.createElement('option');
      option.value = id;
      option.textContent = window.shopRegions[id];
      option.selected = id === window.shopRegion;
      region.append(option);
    });
    region.addEventListener('change', function () {
      location.assign(location.pathname + '?region=' + region.value);
    });
  }

  function gated(tag, category, attributes) {
    var element = document.createElement(tag);
    if (tag === 'script') element.type = 'text/plain';
    element.setAttribute('data-consent', category);
    Object.keys(attributes).forEach(function (name) {
      element.setAttribute(name, attributes[name]);
    });
    return element;
  }

  // What waits for a third party's consent: the service's own id where the policy lets visitors choose services one
  // by one (data-consent="videohost"), else its category.
  function consentFor(service, category) {
    var categories = (window.assentConfig && window.assentConfig.categories) || [];
    var declared = categories.some(function (entry) {
      return (entry.services || []).some(function (declaredService) {
        return declaredService.id === service;
      });
    });
    return declared ? service : category;
  }

  // Each policy lists the third parties its shop uses; a shop without analytics has no analytics script at all.
  function widgets() {
    var wanted = window.shopPolicy ? window.shopPolicy.widgets : [];
    if (wanted.indexOf('stats') >= 0)
      document.body.append(gated('script', 'analytics', { src: '/third-party/stats.js' }));
    if (wanted.indexOf('pixel') >= 0)
      document.body.append(gated('script', consentFor('adpixel', 'marketing'), { src: '/third-party/pixel.js' }));
    if (wanted.indexOf('currency') >= 0)
      document.body.append(gated('script', 'preferences', { src: '/js/remember-currency.js' }));
    // A shop without the currency picker: hidden, its place kept (shop.css says why).
    else if ($('#currency-picker')) $('#currency-picker').classList.add('unused');
    var slot = $('#video');
    if (slot && wanted.indexOf('video') >= 0) {
      slot.hidden = false;
      // Assent lays its placeholder over the frame until VideoHost (or, on a shop without a switch per service,
      // marketing) is allowed, or the visitor loads it once.
      slot.querySelector('.video-frame').append(
        gated('iframe', consentFor('videohost', 'marketing'), {
          'data-src': '/third-party/video.html',
          'data-service': 'VideoHost',
          'data-preview': '/img/video-poster.svg',
          title: 'How to measure your frame size (VideoHost)',
          loading: 'lazy',
        }),
      );
    }
  }

  function productPage() {
    var sku = new URLSearchParams(location.search).get('sku');
    var product = products[sku];
    if (!$('#product')) return;
    if (!product) {
      $('#product-name').textContent = 'Product not found';
      return;
    }
    document.title = product.name + ' · Lens & Co';
    $('#product-name').textContent = product.name;
    $('#product-text').textContent = product.text;
    $('#product-price').textContent = money(product.price);
    $('#add-to-cart').addEventListener('click', function () {
      var cart = readCart();
      cart[sku] = (cart[sku] || 0) + 1;
      writeCart(cart);
      $('#added').hidden = false;
    });
  }

  function cartPage() {
    var table = $('#cart-lines');
    if (!table) return;
    var render = function () {
      var items = lines(readCart());
      table.textContent = '';
      items.forEach(function (item) {
        var row = table.insertRow();
        row.insertCell().textContent = item.name;
        row.insertCell().textContent = String(item.quantity);
        row.insertCell().textContent = money(item.price * item.quantity);
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = 'Remove';
        remove.addEventListener('click', function () {
          var cart = readCart();
          delete cart[item.sku];
          writeCart(cart);
          render();
        });
        row.insertCell().append(remove);
      });
      $('#cart-total').textContent = money(total(items));
      $('#cart-empty').hidden = items.length > 0;
      $('#to-checkout').hidden = items.length === 0;
    };
    render();
  }

  function checkoutPage() {
    var form = $('#checkout');
    if (!form) return;
    var items = lines(readCart());
    $('#checkout-total').textContent = money(total(items) + SHIPPING);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!items.length) {
        $('#checkout-error').hidden = false;
        return;
      }
      var value = Math.round((total(items) + SHIPPING) * 100) / 100;
      var order = {
        transaction_id:
          'LC-' + Date.now().toString(36).toUpperCase() + Math.random().toString(36).slice(2, 6).toUpperCase(),
        value: value,
        currency: 'EUR',
        shipping: SHIPPING,
        tax: Math.round(((value * 19) / 119) * 100) / 100,
        items: items.map(function (item) {
          return { item_id: item.sku, item_name: item.name, price: item.price, quantity: item.quantity };
        }),
      };
      sessionStorage.setItem('shop_order', JSON.stringify(order));
      writeCart({});
      location.assign('/confirmation.html');
    });
  }

  function confirmationPage() {
    var out = $('#order');
    if (!out) return;
    var order = JSON.parse(sessionStorage.getItem('shop_order') || 'null');
    if (!order) {
      out.textContent = 'No order to confirm.';
      return;
    }
    sessionStorage.removeItem('shop_order');
    $('#order-id').textContent = order.transaction_id;
    $('#order-total').textContent = money(order.value);
    // The policy promises: transaction id, total, shipping, items and quantities, to Google Analytics, only with consent.
    withAssent(function (assent) {
      var sent = assent.trackPurchase(order);
      $('#order-tracked').textContent = sent
        ? 'Sent to Google Analytics as aggregate data.'
        : 'Not sent to analytics (no consent or no analytics on this shop).';
      $('#order-tracked').setAttribute('data-sent', String(sent));
    });
  }

  showCount();
  policySwitcher();
  widgets();
  productPage();
  cartPage();
  checkoutPage();
  confirmationPage();
})();
