/*
 * The built Storybook (storybook-static/, from `npm run build-storybook`)
 * shows what it says, in Chromium:
 * - axe finds nothing in any story, on the light page and on the dark one
 *   (the Page toolbar), and no story logs a console error unless tagged
 *   `bad-input`; every widget is set in the page's system font;
 * - stories named "without heading" show no heading, and their "Show code"
 *   keeps `heading=""`;
 * - keyword attributes are choices (select or radio controls) with every
 *   value, and the docs tables show real defaults, not `""` or prose in a
 *   colour picker;
 * - the Introduction and Design tokens pages render, and the tokens page
 *   lists every `--acu-*` property in custom-elements.json;
 * - the Direction toolbar sets `dir`, and the Motion toolbar stops the
 *   timeline's reveal without the browser's reduced-motion setting.
 * Each story renders in one preview iframe, switched through Storybook's
 * channel; argTypes are read from the preview's story store
 * (`__STORYBOOK_PREVIEW__.storyStoreValue.loadStory`).
 */
/* global window, document, axe, getComputedStyle, CSS */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { MANIFEST, STORYBOOK, fileIn, launch, openPage, serve } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
// Page-level rules mean nothing for a component shown alone in a frame; Storybook's a11y addon skips them too.
const PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one', 'html-has-lang', 'document-title'];
const INDEX = join(STORYBOOK, 'index.json');
const stories = existsSync(INDEX)
  ? Object.values(JSON.parse(readFileSync(INDEX, 'utf8')).entries).filter((entry) => entry.type === 'story')
  : [];

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((declaration) => declaration.tagName);
const docsPages = existsSync(INDEX) ? Object.values(JSON.parse(readFileSync(INDEX, 'utf8')).entries).filter((entry) => entry.type === 'docs') : [];

/** Every value each keyword attribute takes (README, "Elements"); the controls may offer more, never fewer. */
const KEYWORDS = {
  mode: ['link', 'new-tab', 'popup', 'floating'],
  variant: ['primary', 'secondary', 'outline'],
  size: ['small', 'medium', 'large'],
  provider: ['jane', 'calendly', 'calcom', 'acuity', 'square', 'mindbody', 'zocdoc', 'simplepractice', 'generic'],
  layout: ['list', 'grid'],
  orientation: ['vertical', 'horizontal'],
  'heading-level': ['2', '3', '4', '5', '6'],
};
/** Attributes whose default is what the element does when they are unset: the table must say what that is. */
const DESCRIBED_DEFAULTS = ['heading', 'label', 'items', 'steps', 'href'];

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

/** Sets the toolbar globals; the next story shown renders with them. */
async function setGlobals(globals) {
  await preview.page.evaluate((values) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: values }), globals);
}

/** Axe on every story under `globals`; failures are prefixed with `label`. */
async function checkStories(label, globals, storyList) {
  await setGlobals(globals);
  const failures = [];
  for (const story of storyList) {
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
    const page = await preview.page.evaluate(() => {
      const wrapper = document.querySelector('#storybook-root .acu-sb-page');
      const widget = document.querySelector('#storybook-root acu-benefits, #storybook-root acu-timeline, #storybook-root acu-who-it-helps, #storybook-root acu-book-button');
      return { theme: wrapper?.dataset.theme, font: widget && getComputedStyle(widget).fontFamily };
    });
    if (page.theme !== (globals.theme ?? 'light')) failures.push(`${story.id}: the page is ${page.theme}, not ${globals.theme}`);
    if (page.font && !/system-ui/.test(page.font)) failures.push(`${story.id}: widget set in ${page.font}, not the page's system font`);
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
  return failures.map((failure) => `${label}: ${failure}`);
}

test('axe finds no violation in any story, and nothing logs an error', async (t) => {
  const failures = await checkStories('light page', { theme: 'light' }, stories);
  t.diagnostic(`${stories.length} stories checked`);
  assert.deepEqual(failures, []);
});

test('on the dark page every design story keeps its contrast (text at least 4.5:1)', async (t) => {
  const design = stories.filter((story) => !story.title.startsWith('Testing/'));
  const failures = await checkStories('dark page', { theme: 'dark' }, design);
  await setGlobals({ theme: 'light' });
  t.diagnostic(`${design.length} stories checked on the dark page`);
  assert.deepEqual(failures, []);
});

test('stories without a heading show none, and their code keeps heading=""', async () => {
  const headless = stories.filter((story) => /without heading/i.test(story.name));
  assert.ok(headless.length >= 3, `only ${headless.length} "without heading" stories`);
  const failures = [];
  for (const story of headless) {
    assert.equal(await show(story.id), 'finished', story.id);
    const headings = await preview.page.evaluate(() =>
      [...document.querySelectorAll('#storybook-root *')]
        .filter((element) => element.localName.startsWith('acu-') && element.shadowRoot)
        // The widget's own heading is its `heading` part (the checker's questions are headings of their own).
        .flatMap((element) => [...element.shadowRoot.querySelectorAll('[part~="heading"]')])
        .map((heading) => heading.outerHTML.slice(0, 80)),
    );
    failures.push(...headings.map((heading) => `${story.id}: shows ${heading}`));
  }
  // "Show code" on each component's docs page: Storybook renders the story's source from the story itself.
  const page = await openPage(browser, { viewport: { width: 1024, height: 768 } });
  try {
    for (const story of headless) {
      await page.page.goto(`${server.origin}/iframe.html?id=${story.id.replace(/--.*/, '--docs')}&viewMode=docs`);
      const block = page.page.locator(`#anchor--${story.id}`);
      await block.locator('button', { hasText: 'Show code' }).click({ timeout: 20_000 });
      const code = await block.locator('pre').innerText();
      if (!/heading=""/.test(code)) failures.push(`${story.id}: Show code reads ${JSON.stringify(code)}`);
    }
  } finally {
    await page.close();
  }
  assert.deepEqual(failures, []);
});

test('keyword attributes are choices, and the docs tables show real defaults', async () => {
  const failures = [];
  for (const element of elements) {
    const story = stories.find((entry) => entry.id.startsWith(`widgets-${element.tagName.replace(/^acu-/, '')}--`));
    if (!story) {
      failures.push(`${element.tagName}: no story under Widgets/`);
      continue;
    }
    const { argTypes, initialArgs } = await preview.page.evaluate(async (id) => {
      const prepared = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({ storyId: id });
      return JSON.parse(JSON.stringify({ argTypes: prepared.argTypes, initialArgs: prepared.initialArgs }));
    }, story.id);
    for (const attribute of element.attributes ?? []) {
      const argType = argTypes[attribute.name];
      if (!argType) {
        failures.push(`${element.tagName} ${attribute.name}: no control`);
        continue;
      }
      const control = argType.control?.type ?? argType.control;
      const expected = KEYWORDS[attribute.name];
      if (expected) {
        if (!['select', 'radio', 'inline-radio'].includes(control)) failures.push(`${element.tagName} ${attribute.name}: a ${control} control, not a choice`);
        const missing = expected.filter((value) => !(argType.options ?? []).map(String).includes(value));
        if (missing.length) failures.push(`${element.tagName} ${attribute.name}: no option ${missing.join(', ')}`);
      }
      const shown = argType.table?.defaultValue?.summary;
      if (shown === '""' || shown === "''" || shown === '') failures.push(`${element.tagName} ${attribute.name}: default shown as ${JSON.stringify(shown)}`);
      if (DESCRIBED_DEFAULTS.includes(attribute.name) && !shown) failures.push(`${element.tagName} ${attribute.name}: the table does not say what happens when it is unset`);
      if (initialArgs[attribute.name] === '') failures.push(`${element.tagName} ${attribute.name}: starts as "" (which may mean something else, as heading="" does)`);
    }
    for (const event of element.events ?? []) {
      const shown = Object.values(argTypes).find((argType) => argType.name === event.name)?.table?.type?.summary;
      if (/CustomEvent<CustomEvent/.test(shown ?? '')) failures.push(`${element.tagName} ${event.name}: the table types it ${shown}`);
    }
    for (const property of element.cssProperties ?? []) {
      const argType = argTypes[property.name];
      const value = initialArgs[property.name];
      if ((argType?.control?.type ?? argType?.control) === 'color' && value !== undefined) {
        const colour = await preview.page.evaluate((text) => CSS.supports('color', text) && !/^currentcolor$/i.test(text), value);
        if (!colour) failures.push(`${element.tagName} ${property.name}: colour control starts at ${JSON.stringify(value)}`);
      }
    }
  }
  assert.deepEqual(failures, []);
});

test('the Introduction and Design tokens pages render, and the tokens page lists every --acu-* property', async () => {
  const ids = docsPages.map((entry) => entry.id);
  assert.ok(ids.includes('introduction--docs'), `no Introduction page in ${ids.join(', ')}`);
  assert.ok(ids.includes('design-tokens--docs'), `no Design tokens page in ${ids.join(', ')}`);
  const page = await openPage(browser, { viewport: { width: 1024, height: 768 } });
  try {
    await page.page.goto(`${server.origin}/iframe.html?id=introduction--docs&viewMode=docs`);
    await page.page.locator('#storybook-docs h1', { hasText: 'acu-widgets' }).waitFor({ timeout: 20_000 });
    // Code blocks are highlighted after the page renders: wait for their text.
    const mentions = ['<script type="module"', 'WordPress', 'npm install acu-widgets', '--acu-color-accent'];
    await page.page
      .waitForFunction((words) => words.every((text) => document.querySelector('#storybook-docs').innerText.includes(text)), mentions, { timeout: 10_000 })
      .catch(() => {});
    const intro = await page.page.locator('#storybook-docs').innerText();
    for (const words of mentions) assert.ok(intro.includes(words), `the Introduction does not mention ${words}`);
    assert.ok(!/\| --- \|/.test(intro), 'the Introduction shows a Markdown table as text');
    await page.page.goto(`${server.origin}/iframe.html?id=design-tokens--docs&viewMode=docs`);
    await page.page.locator('#storybook-docs tr[data-token]').first().waitFor({ timeout: 20_000 });
    const listed = await page.page.$$eval('#storybook-docs tr[data-token]', (rows) => rows.map((row) => ({ name: row.dataset.token, text: row.innerText })));
    const names = [...new Set(elements.flatMap((element) => (element.cssProperties ?? []).map((property) => property.name)))].sort();
    assert.ok(names.length, 'custom-elements.json lists no --acu-* property');
    assert.deepEqual(listed.map((row) => row.name).sort(), names);
    for (const element of elements) {
      for (const property of element.cssProperties ?? []) {
        const row = listed.find((entry) => entry.name === property.name);
        assert.ok(row.text.includes(element.tagName), `${property.name}: the tokens page does not say ${element.tagName} uses it`);
      }
    }
    const errors = page.log.errors.filter((line) => !/Failed to load resource/.test(line));
    assert.deepEqual(errors, [], 'console errors on the docs pages');
  } finally {
    await page.close();
  }
});

test('the Direction and Motion toolbars set dir and stop the animations on the story page', async () => {
  // No reducedMotion emulation here: the Motion toolbar has to stop the reveal by itself.
  const page = await openPage(browser, { viewport: { width: 1024, height: 768 } });
  const stepAnimation = async (globals) => {
    await page.page.goto(`${server.origin}/iframe.html?id=widgets-timeline--default&viewMode=story&globals=${globals}`);
    await page.page.waitForFunction(() => document.querySelector('acu-timeline')?.shadowRoot?.querySelector('[part~="step"]'), null, { timeout: 20_000 });
    return page.page.evaluate(() => ({
      dir: document.querySelector('#storybook-root .acu-sb-page').dir,
      animation: getComputedStyle(document.querySelector('acu-timeline').shadowRoot.querySelector('[part~="step"]')).animationName,
    }));
  };
  try {
    const moving = await stepAnimation('direction:ltr;motion:full');
    assert.deepEqual(await stepAnimation('direction:rtl;motion:reduce'), { dir: 'rtl', animation: 'none' });
    // The reveal exists without the toolbar, else the check above proves nothing.
    assert.deepEqual(moving, { dir: 'ltr', animation: 'reveal' });
  } finally {
    await page.close();
  }
});
