/*
 * axe finds nothing in any story of the built Storybook (storybook-static/,
 * from `npm run build-storybook`). Each story renders in one preview iframe,
 * switched through Storybook's channel, and axe-core runs on its root once
 * Storybook reports the story finished.
 */
/* global window, document, axe */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { STORYBOOK, fileIn, launch, openPage, serve } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
// Page-level rules mean nothing for a component shown alone in a frame; Storybook's a11y addon skips them too.
const PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one', 'html-has-lang', 'document-title'];
const INDEX = join(STORYBOOK, 'index.json');
const stories = existsSync(INDEX)
  ? Object.values(JSON.parse(readFileSync(INDEX, 'utf8')).entries).filter((entry) => entry.type === 'story')
  : [];

let server;
let browser;
let preview;
before(async () => {
  assert.ok(stories.length, `${INDEX} lists no stories; run "npm run build-storybook" first`);
  [server, browser] = await Promise.all([serve((url) => fileIn(STORYBOOK, url.pathname)), launch()]);
  // Reduced motion shows every story settled: a scroll-driven reveal caught half-way fails color-contrast.
  preview = await openPage(browser, { viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
  // Booking pages in popup stories must not reach the network.
  await preview.page.context().route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ body: '<!doctype html><title>Booking</title>' }));
  await preview.page.goto(`${server.origin}/iframe.html?id=${stories[0].id}&viewMode=story`);
  await preview.page.addScriptTag({ content: AXE });
});
after(async () => {
  await preview?.close();
  await browser?.close();
  await server?.close();
});

/** Shows `id` in the preview and resolves when Storybook has finished it (rendered, played, checked). */
async function show(id) {
  await preview.page.evaluate((storyId) => {
    const current = window.__STORYBOOK_PREVIEW__.currentRender;
    if (current?.id !== storyId) window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
  }, id);
  await preview.page.waitForFunction(
    (storyId) => {
      const render = window.__STORYBOOK_PREVIEW__.currentRender;
      return render?.id === storyId && ['finished', 'errored', 'aborted'].includes(render.phase);
    },
    id,
    { timeout: 15_000 },
  );
  return preview.page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.phase);
}

test('axe finds no violation in any story', async (t) => {
  const failures = [];
  for (const story of stories) {
    // Bad-input stories show the console error and the empty element a site author would get, on purpose.
    const badInput = story.tags?.includes('bad-input');
    const logged = preview.log.errors.length;
    const phase = await show(story.id);
    const errors = preview.log.errors.slice(logged).filter((line) => !/Failed to load resource/.test(line));
    if (!badInput) {
      failures.push(...errors.map((line) => `${story.id}: console error (tag the story "bad-input" if meant): ${line.split('\n')[0]}`));
    }
    if (phase !== 'finished') {
      failures.push(`${story.id}: story ${phase}`);
      continue;
    }
    const blank = await preview.page.evaluate(() =>
      [...document.querySelectorAll('#storybook-root *')]
        .filter((element) => element.localName.startsWith('acu-') && element.localName !== 'acu-clinic')
        .filter((element) => !element.shadowRoot?.childElementCount)
        .map((element) => element.localName),
    );
    if (blank.length && !badInput) failures.push(`${story.id}: ${blank.join(', ')} did not render (axe would pass an empty element)`);
    const violations = await preview.page.evaluate(async (disabled) => {
      const result = await axe.run(document.querySelector('#storybook-root'), {
        rules: Object.fromEntries(disabled.map((rule) => [rule, { enabled: false }])),
      });
      return result.violations.map(
        (violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' > ')).join(', ')}`,
      );
    }, PAGE_RULES);
    failures.push(...violations.map((violation) => `${story.id}: ${violation}`));
  }
  t.diagnostic(`${stories.length} stories checked`);
  assert.deepEqual(failures, []);
});
