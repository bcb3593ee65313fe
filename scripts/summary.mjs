// Adds up the counts every test stage wrote to .test-results/ and prints CI's closing line.
import { readdirSync, readFileSync, existsSync } from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const dir = '.test-results';
for (const file of existsSync(dir) ? readdirSync(dir) : []) {
  if (!file.endsWith('.json')) continue;
  const stage = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
  console.log(
    `${file.replace('.json', '')}: ${stage.passed} passed, ${stage.failed} failed, ${stage.skipped ?? 0} skipped`,
  );
  for (const key of Object.keys(totals)) totals[key] += stage[key] ?? 0;
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
