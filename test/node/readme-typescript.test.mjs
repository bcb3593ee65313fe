// Every TypeScript example in the READMEs type-checks as a user's strict project would check it, pasted into a .ts
// file, against the packages' declarations as npm ships them (dist/, made by npm run build). An example that is a
// fragment gets the few names it takes from the text around it (`consent`, `banner`…) declared, and nothing else.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { readmes as packageReadmes } from '../../scripts/readme-sync.mjs';

// The READMEs readme-sync keeps (the repository's and each package's), and the examples'.
const readmes = [
  ...packageReadmes,
  ...readdirSync('examples')
    .map((name) => `examples/${name}/README.md`)
    .filter(existsSync),
];

// What a fragment takes from the text around it.
const CONTEXT = {
  consent: "declare const consent: import('@assent/core').Consent;",
  banner: "declare const banner: import('@assent/banner').AssentBanner;",
  render: "declare function render(state: import('@assent/core').ConsentState): void;",
  showReminderLater: 'declare function showReminderLater(): void;',
  createConsent: "import { createConsent } from '@assent/core';",
};
const declares = (code, name) =>
  new RegExp(`\\b(?:const|let|var|function)\\s+${name}\\b|import\\s*\\{[^}]*\\b${name}\\b`).test(code);

// Inside node_modules, so that the examples' imports resolve to the workspace's packages; ignored by git.
const dir = 'node_modules/.cache/assent-readme-typescript';

test('every TypeScript example in the READMEs passes tsc --strict with the published types', () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const examples = [];
  for (const path of readmes) {
    const text = readFileSync(path, 'utf8');
    for (const match of text.matchAll(/^```(?:ts|typescript)\n([\s\S]*?)^```/gm)) {
      const code = match[1];
      const line = text.slice(0, match.index).split('\n').length + 1;
      const context = Object.entries(CONTEXT)
        .filter(([name]) => new RegExp(`\\b${name}\\b`).test(code) && !declares(code, name))
        .map(([, declaration]) => declaration);
      const file = `${path.replace(/[/.]/g, '_')}_${line}.ts`;
      // One line of context, so that tsc's line numbers are the README's.
      writeFileSync(`${dir}/${file}`, `${context.join(' ')}\n${code}export {};\n`);
      examples.push([file, { path, line }]);
    }
  }
  assert.ok(examples.length >= 10, `only ${examples.length} TypeScript examples found`);
  writeFileSync(
    `${dir}/tsconfig.json`,
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'bundler',
        strict: true,
        noEmit: true,
        types: [],
      },
      include: ['*.ts'],
    }),
  );
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', dir], { encoding: 'utf8' });
  // tsc names the example's file and line; say the README's instead (the file's first line is the context).
  const where = new Map(examples);
  const output = (tsc.stdout + tsc.stderr).replace(/\S*?([\w.-]+\.ts)\((\d+),(\d+)\)/g, (all, file, row, column) =>
    where.has(file) ? `${where.get(file).path}:${where.get(file).line + Number(row) - 2}:${column}` : all,
  );
  assert.equal(tsc.status, 0, output);
});
