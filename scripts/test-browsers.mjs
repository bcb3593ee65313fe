// Runs the web-test-runner suites. MiniBrowser (WebKit) has no headless mode, so without a display
// the whole run is started again under xvfb-run. The test site's name must resolve to this machine.
import { spawnSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { appendFileSync } from 'node:fs';

const host = 'www.shop.test';
try {
  await lookup(host);
} catch {
  try {
    appendFileSync('/etc/hosts', `\n127.0.0.1 ${host} shop.test other.shop.test\n`);
    console.log(`Added ${host} to /etc/hosts for the cookie-domain tests.`);
  } catch {
    console.error(`${host} does not resolve and /etc/hosts is not writable: add "127.0.0.1 ${host} shop.test" to it.`);
    process.exit(1);
  }
}

const args = ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)];
const command = process.env.DISPLAY ? ['npx', args] : ['xvfb-run', ['-a', 'npx', ...args]];
const result = spawnSync(command[0], command[1], { stdio: 'inherit' });
process.exit(result.status ?? 1);
