// Proof of consent: every decision goes to the shop's collector as a receipt (served by this same site at
// /v1/receipts, so its answer also renews the consent cookie for Safari). The footer shows the visitor their
// consent reference for a support request; the order confirmation says whether marketing e-mails will come.
import { sendReceipts } from '/dist/assent-receipts.js';
import { DEMO_CUSTOMER } from './demo-customer.js';

const footer = document.querySelector('.site-footer');
const reference = document.createElement('p');
reference.id = 'consent-reference';
reference.hidden = true;
reference.append('Your consent reference: ', document.createElement('code'));
footer?.append(reference);

window.assent = window.assent || [];
window.assent.push((assent) => {
  sendReceipts(assent.consent, { endpoint: '/v1/receipts', subject: DEMO_CUSTOMER });
  assent.$consent.subscribe((state) => {
    reference.hidden = !state.id;
    reference.querySelector('code').textContent = state.id ?? '';
  });
});

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
