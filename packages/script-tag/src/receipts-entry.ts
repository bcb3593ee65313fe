// dist/assent-receipts.js: an ES module with sendReceipts, for pages that send their visitors' decisions to a
// collector. assent.js does not grow: only pages that import it download it.
export { sendReceipts } from '@assent/receipts';
