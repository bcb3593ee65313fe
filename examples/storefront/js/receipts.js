// Proof of consent: assent.js sends every decision to the shop's collector as a receipt (data-receipts="/v1/receipts",
// served by this same site, so its answer also renews the consent cookie for Safari). This module runs before
// assent.js and tells it the logged-in customer; the footer shows the visitor their consent reference for a support
// request (the banner's preferences show it too); the order confirmation says whether marketing e-mails will come.
import { DEMO_CUSTOMER } from './demo-customer.js';

// policy.js, which runs first, set assentConfig; a hashed customer id, never an e-mail address.
window.assentConfig = { ...window.assentConfig, receiptsSubject: DEMO_CUSTOMER };

const footer = document.querySelector('.site-footer');
const reference = document.createElement('p');
reference.id = 'consent-reference';
reference.hidden = true;
reference.append('Your consent reference: ', document.createElement('code'));
footer?.append(reference);

window.assent = window.assent || [];
window.assent.push((assent) => {
  assent.$consent.subscribe((state) => {
    reference.hidden = !state.id;
    reference.querySelector('code').textContent = state.id ?? '';
  });
});

// After shop.js (a deferred script after this one) has filled in the order.
addEventListener('DOMContentLoaded', () => {
  const order = document.getElementById('order');
  if (order) {
    const note = document.createElement('p');
    note.id = 'marketing-emails';
    order.append(note);
    // Asked of the shop's server, which asks the collector: the customer's newest decision, on any device.
    fetch('/order/marketing-consent')
      .then((response) => response.json())
      .then(({ marketingEmails }) => {
        note.textContent = marketingEmails
          ? 'You agreed to hear from us: we will send you our newsletter.'
          : 'We will not send you marketing e-mails: you have not agreed to them.';
      });
  }
});
