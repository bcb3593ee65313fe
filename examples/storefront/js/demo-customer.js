// The example's one logged-in customer: an opaque id the shop hashed (never an e-mail address).
export const DEMO_CUSTOMER = 'demo-customer-7f3a9c';
