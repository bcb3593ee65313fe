// A stand-in for a video host's player: it recognises visitors across sites with its own cookie.
if (!/(?:^|; )_vh_id=/.test(document.cookie)) {
  document.cookie = '_vh_id=' + Math.random().toString(36).slice(2) + '; path=/; max-age=15552000; samesite=lax';
}
