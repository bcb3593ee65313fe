// Shows what the chosen policy promises (set by policy.js).
document.querySelector('#privacy-promises').textContent = window.shopPolicy
  ? window.shopPolicy.shop + ': ' + window.shopPolicy.summary
  : '';
