export { sendReceipts } from './send-receipts.js';
export type { Receipt, ReceiptOptions, ReceiptSender } from './types.js';
