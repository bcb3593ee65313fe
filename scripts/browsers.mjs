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

/**
 * The arguments Chromium runs with in the tests, the end-to-end tests and the bench. As root it needs --no-sandbox;
 * its background connections (updates, sync, QUIC probes) are refused on a closed network, so they are switched off.
 * Made-up *.shop.test names resolve to loopback, so that cookies on a parent domain are real; `hostRules` adds more
 * mappings (Chromium takes one --host-resolver-rules, so they share it).
 *
 * @example
 * chromium.launch({ executablePath: browserPaths().chromium, args: chromiumArgs() });
 * @param {string[]} [hostRules] more "MAP host target" rules
 */
export function chromiumArgs(hostRules = []) {
  return [
    '--no-sandbox',
    '--headless=new',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    `--host-resolver-rules=${['MAP *.shop.test 127.0.0.1', ...hostRules].join(', ')}`,
  ];
}
