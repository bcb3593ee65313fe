export { sendReceipts } from './send-receipts.js';
export { RECEIPTS_OPTIONS } from './options.js';
export type { Receipt, ReceiptOptions, ReceiptSender } from './types.js';
