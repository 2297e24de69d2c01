/*
 * The README's snippets are the files the other e2e tests run, word for word,
 * so what users copy is what was tested.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, fixture } from './harness.mjs';

const README = join(ROOT, 'README.md');
const readme = existsSync(README) ? readFileSync(README, 'utf8') : '';
const blocks = [...readme.matchAll(/^```\w*\n([\s\S]*?)^```$/gm)].map((match) => match[1].trim());

const SNIPPETS = [
  ['script tag', 'script-tag.html', 'pages.test.mjs: plain page, loaded twice'],
  ['WordPress Custom HTML block', 'wordpress-snippet.html', 'pages.test.mjs: WordPress snippet'],
  ['npm import', 'npm-import.mjs', 'package.test.mjs: Node import'],
  ['React', 'react-app.tsx', 'frameworks.test.mjs and package.test.mjs: type-checked'],
  ['Vue', 'vue-app.vue', 'frameworks.test.mjs and package.test.mjs: vue-tsc'],
  ['Vue Vite config', 'vue-vite.config.ts', 'frameworks.test.mjs'],
];

for (const [name, file, where] of SNIPPETS) {
  test(`README: the ${name} snippet is fixtures/${file}, as run by ${where}`, () => {
    assert.ok(readme, 'README.md is missing');
    assert.ok(blocks.includes(fixture(file).trim()), `README.md has no fenced block equal to test/e2e/fixtures/${file}`);
  });
}
