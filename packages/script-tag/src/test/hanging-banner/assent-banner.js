// A banner chunk that hangs (a stalled connection): its import settles only after 20 s.
await new Promise((resolve) => setTimeout(resolve, 20000));
export * from '../assent-banner.js';
