// Where Debian's packages put the three engines the tests run in.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

function which(name) {
  try {
    return execSync(`command -v ${name}`, { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

export function browserPaths() {
  const miniBrowser = [
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  ].find((p) => existsSync(p));
  return {
    chromium: process.env.CHROMIUM_PATH || which('chromium') || which('chromium-browser'),
    firefox: process.env.FIREFOX_PATH || which('firefox-esr') || which('firefox'),
    webkitDriver: which('WebKitWebDriver'),
    miniBrowser,
  };
}
