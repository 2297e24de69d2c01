/*
 * The per-language builds (dist/acu-widgets.<tag>.js) as a clinic's site
 * uses them: one script tag, served under `script-src 'self'`, every widget
 * in a page whose <acu-clinic> names a locale with a region. Per language:
 * nothing blocked or logged, no English text at any moment of loading (even
 * on a slow CPU), nothing wider than a 320 px screen, no axe violation, the
 * regional numbers in the urgent result; then the English bundle given a
 * locale it lacks, and what each language file costs in bytes.
 */
/* global document, window, getComputedStyle, MutationObserver, Element, axe */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { URLSearchParams } from 'node:url';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { DIST, WIDGETS, launch, openPage, page, serve, widgetProblems, widgetsSettled } from './harness.mjs';

/** Each language build, the locale (with a region) a clinic gives it, and the numbers its urgent result must name. */
const LANGUAGES = [
  { tag: 'es', locale: 'es-ES', numbers: ['112'] },
  { tag: 'fr', locale: 'fr-FR', numbers: ['15', '112'] },
  { tag: 'de', locale: 'de-DE', numbers: ['112', '116 117'] },
  { tag: 'pt', locale: 'pt-BR', numbers: ['192'] },
  { tag: 'zh-Hans', locale: 'zh-Hans-CN', numbers: ['120'] },
];
const CLINIC = 'Harbour Acupuncture';
const PHONE = '+44 20 7946 0000';
const BOOKING = 'https://cal.com/harbour/visit';
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; frame-src https:";
const BUDGET_BYTES = 4096;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const file = (tag) => join(DIST, tag === 'en' ? 'acu-widgets.js' : `acu-widgets.${tag}.js`);
const bundles = Object.fromEntries(['en', ...LANGUAGES.map(({ tag }) => tag)].map((tag) => [tag, readFileSync(file(tag))]));

/** Every widget in every layout, booking button in each mode, inside one clinic. */
const widgets = `<acu-benefits></acu-benefits>
    <acu-benefits layout="grid"></acu-benefits>
    <acu-who-it-helps></acu-who-it-helps>
    <acu-timeline></acu-timeline>
    <acu-timeline orientation="horizontal"></acu-timeline>
    <acu-book-button></acu-book-button>
    <acu-book-button mode="popup"></acu-book-button>
    <acu-book-button mode="new-tab" variant="secondary" full-width></acu-book-button>`;
const clinic = (locale) =>
  `<acu-clinic name="${CLINIC}"${locale ? ` locale="${locale}"` : ''} booking-url="${BOOKING}" phone="${PHONE}">
    ${widgets}
  </acu-clinic>`;

/**
 * /page?bundle=de&locale=de-DE: the page a German clinic's site serves.
 * `late` sets the locale by script after the first render (the flash check's
 * control); `second` adds a clinic in another locale.
 */
function sitePage(params) {
  const bundle = params.get('bundle');
  const locale = params.get('locale') ?? undefined;
  const script = `<script type="module" src="/${bundle === 'en' ? 'acu-widgets.js' : `acu-widgets.${bundle}.js`}"></script>`;
  const late = params.get('late') ? `<script type="module" src="/late-locale.js?locale=${params.get('late')}"></script>` : '';
  const second = params.get('second') ? `<acu-clinic locale="${params.get('second')}"><acu-benefits></acu-benefits></acu-clinic>` : '';
  return page({ head: script + late, body: clinic(locale) + second, lang: params.get('html') ?? locale ?? 'en', title: CLINIC });
}

/** A module (so allowed under script-src 'self') that gives the clinic its locale only after the widgets have painted. */
const LATE_LOCALE = `const locale = new URL(import.meta.url).searchParams.get('locale');
setTimeout(() => { document.querySelector('acu-clinic').locale = locale; }, 100);`;

let server;
let browser;
before(async () => {
  [server, browser] = await Promise.all([
    serve((url) => {
      const headers = { 'content-security-policy': CSP };
      if (url.pathname === '/page') return { body: sitePage(url.searchParams), headers };
      if (url.pathname === '/late-locale.js') return { body: LATE_LOCALE, type: 'text/javascript', headers };
      const bundle = /^\/acu-widgets(?:\.([\w-]+))?\.js$/.exec(url.pathname);
      if (bundle && bundles[bundle[1] ?? 'en']) return { body: bundles[bundle[1] ?? 'en'], type: 'text/javascript', headers };
      return undefined;
    }),
    launch(),
  ]);
  english = await englishTexts();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Runs before any page script: records every text (text nodes, and the
 * aria-label, title and alt a screen reader reads) ever put into an acu-*
 * element's shadow tree, observing each shadow root from the moment it is
 * attached. Texts replaced before the observer's callback still count: the
 * old value of a changed text node and the text of a removed node are kept.
 */
function recordShadowTexts() {
  const seen = (window.__acuSeen = []);
  const NAMES = ['aria-label', 'title', 'alt'];
  const texts = (node) => {
    if (node.nodeType === 3) return [node.data];
    if (node.nodeType !== 1) return [...node.childNodes].flatMap(texts);
    return [...NAMES.map((name) => node.getAttribute(name) ?? ''), ...[...node.childNodes].flatMap(texts)];
  };
  const note = (records) => {
    for (const record of records) {
      if (record.type === 'characterData') seen.push(record.oldValue ?? '', record.target.data);
      else if (record.type === 'attributes') seen.push(record.oldValue ?? '', record.target.getAttribute(record.attributeName) ?? '');
      else for (const node of [...record.addedNodes, ...record.removedNodes]) seen.push(...texts(node));
    }
  };
  const observer = new MutationObserver(note);
  window.__acuTakeSeen = () => {
    note(observer.takeRecords());
    return [...new Set(seen.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean))];
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(init) {
    const root = attach.call(this, init);
    if (this.localName.startsWith('acu-')) {
      observer.observe(root, { childList: true, subtree: true, characterData: true, characterDataOldValue: true, attributes: true, attributeOldValue: true, attributeFilter: NAMES });
    }
    return root;
  };
}

/** Every text each widget shows or names now, through nested shadow roots. Runs in the page. */
function shownTexts(selector = 'acu-clinic') {
  const out = [];
  const walk = (node) => {
    if (node.nodeType === 3) out.push(node.data);
    if (node.nodeType === 1) {
      for (const name of ['aria-label', 'title', 'alt']) out.push(node.getAttribute(name) ?? '');
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  document.querySelectorAll(selector).forEach((host) => host.querySelectorAll('*').forEach((el) => el.shadowRoot && walk(el.shadowRoot)));
  return [...new Set(out.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean))];
}

/** A page of the site, loaded and settled; `check` gets the tab, the console log and the requests made. */
async function onSite(query, check, { viewport, throttle, record = false } = {}) {
  const { page: tab, log, close } = await openPage(browser, viewport ? { viewport } : {});
  const fetched = [];
  tab.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  try {
    if (record) await tab.addInitScript(recordShadowTexts);
    if (throttle) await (await tab.context().newCDPSession(tab)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await tab.goto(`${server.origin}/page?${new URLSearchParams(query)}`);
    await widgetsSettled(tab);
    return await check(tab, log, fetched);
  } finally {
    await close();
  }
}

/** Runs `check` for every language, `atOnce` at a time, and returns every problem, each line naming its language. */
async function perLanguage(check, atOnce = LANGUAGES.length) {
  const found = [];
  const queue = [...LANGUAGES];
  const worker = async () => {
    for (let language = queue.shift(); language; language = queue.shift()) {
      try {
        found.push(...(await check(language)).map((problem) => `${language.tag}: ${problem}`));
      } catch (error) {
        found.push(`${language.tag}: ${error.stack ?? error}`);
      }
    }
  };
  await Promise.all(Array.from({ length: atOnce }, worker));
  return found.sort();
}

/**
 * The built-in English texts, as the English bundle renders the same page:
 * anything with a letter, but the clinic's name, its phone and URLs.
 */
let english;
async function englishTexts() {
  const texts = await onSite({ bundle: 'en' }, (tab) => tab.evaluate(shownTexts));
  return texts.filter((text) => /\p{L}/u.test(text) && text !== CLINIC && !/^https?:/.test(text));
}

/** The recorded texts that are, or contain, an English built-in text. */
const englishIn = (texts) =>
  texts.filter((text) => english.some((candidate) => text === candidate || (candidate.length >= 12 && text.includes(candidate))));

test('every widget is on each page', () => {
  for (const tag of WIDGETS) assert.ok(widgets.includes(`<${tag}`), `<${tag}> is missing from the page`);
  assert.ok(english.length > 30, `only ${english.length} English texts collected`);
});

test('each language build, served under script-src \'self\': one script, no CSP violation, no console message, every widget rendered in its language', async (t) => {
  const started = Date.now();
  const problems = await perLanguage(({ tag, locale }) =>
    onSite({ bundle: tag, locale }, async (tab, log, fetched) => {
      const found = (await widgetProblems(tab, BOOKING)).slice();
      const scripts = fetched.filter((path) => path.endsWith('.js'));
      if (scripts.join() !== `/acu-widgets.${tag}.js`) found.push(`scripts fetched: ${scripts.join(', ')}`);
      // Each widget's content is marked with the clinic's locale.
      const langs = await tab.evaluate(() =>
        [...document.querySelectorAll('acu-clinic > *')].map((host) => `${host.localName}: ${host.shadowRoot.firstElementChild?.getAttribute('lang')}`),
      );
      found.push(...langs.filter((line) => !line.endsWith(`: ${locale}`)).map((line) => `content lang ${line}`));
      // The popup opens and frames the booking page under frame-src https:.
      await tab.locator('acu-book-button[mode=popup] a[part=button]').click();
      const booked = await tab.locator('acu-book-button[mode=popup] dialog[open] iframe').contentFrame().locator('h1').textContent().catch((error) => error.message);
      if (booked !== 'Book online') found.push(`the popup did not show the booking page: ${booked}`);
      await tab.keyboard.press('Escape');
      found.push(...log.cspViolations.map((line) => `CSP: ${line}`), ...log.errors.map((line) => `error: ${line}`), ...log.warnings.map((line) => `warning: ${line}`));
      return found;
    }),
  );
  t.diagnostic(`5 languages in ${Date.now() - started} ms`);
  assert.deepEqual(problems, []);
});

test('no flash of English: nothing English is ever put into a widget while a language page loads on a 4x slower CPU', async (t) => {
  const started = Date.now();
  const problems = await perLanguage(({ tag, locale }) =>
    onSite(
      { bundle: tag, locale },
      async (tab) => {
        const seen = await tab.evaluate(() => window.__acuTakeSeen());
        const shown = await tab.evaluate(shownTexts);
        // The recorder saw the page being built: everything shown now was recorded.
        const missed = shown.filter((text) => !seen.includes(text));
        return [...englishIn(seen).map((text) => `English while loading: "${text}"`), ...missed.map((text) => `not recorded: "${text}"`)];
      },
      { throttle: 4, record: true },
    ),
    // Few enough pages at once that a 4x slower load stays well within the harness's timeouts on two cores.
    3,
  );
  t.diagnostic(`5 languages in ${Date.now() - started} ms`);
  assert.deepEqual(problems, []);
});

test('the flash check sees a flash: a locale set after the first paint leaves English in the record', async () => {
  const { flashed, now } = await onSite(
    { bundle: 'de', late: 'de-DE', html: 'de-DE' },
    async (tab) => {
      await tab.waitForFunction(() => document.querySelector('acu-benefits').shadowRoot.firstElementChild.lang === 'de-DE');
      await widgetsSettled(tab);
      return { flashed: englishIn(await tab.evaluate(() => window.__acuTakeSeen())), now: englishIn(await tab.evaluate(shownTexts)) };
    },
    { record: true },
  );
  assert.deepEqual(now, [], 'German in the end');
  assert.ok(flashed.length > 20, `the recorder caught only ${flashed.length} English texts: ${flashed.join(' | ')}`);
});

/**
 * What does not fit, in the page: a document wider than the window, any
 * element of a widget's shadow tree outside its host's box, and any box
 * whose text is wider than itself (a word or label that did not wrap).
 * The open dialog is checked against the window instead of its host.
 */
function layoutProblems() {
  const problems = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width) problems.push(`the document is ${document.documentElement.scrollWidth} px wide in a ${width} px window`);
  const hosts = [];
  const collect = (root) =>
    root.querySelectorAll('*').forEach((el) => {
      if (el.localName.startsWith('acu-') && el.localName !== 'acu-clinic' && el.shadowRoot) {
        hosts.push(el);
        collect(el.shadowRoot);
      }
    });
  collect(document);
  const name = (el) => `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : el.className ? `.${el.className}` : ''}`;
  for (const host of hosts) {
    const outer = host.getBoundingClientRect();
    for (const el of host.shadowRoot.querySelectorAll('*')) {
      if (['style', 'slot', 'template'].includes(el.localName)) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Nothing to see: not rendered, or visually hidden for screen readers.
      if (box.width <= 1 || style.clipPath !== 'none' || el.closest('[hidden]')) continue;
      const dialog = el.closest('dialog');
      if (dialog && !dialog.open) continue;
      const [left, right] = dialog ? [0, width] : [outer.left, outer.right];
      const where = `<${host.localName}${host.getAttribute('mode') ? ` mode=${host.getAttribute('mode')}` : ''}${host.getAttribute('orientation') ? ` orientation=${host.getAttribute('orientation')}` : ''}> ${name(el)} "${el.textContent.trim().slice(0, 40)}"`;
      if (style.position !== 'fixed' && (box.left < left - 1 || box.right > right + 1)) {
        problems.push(`${where}: [${Math.round(box.left)}, ${Math.round(box.right)}] outside [${Math.round(left)}, ${Math.round(right)}]`);
      }
      // Boxes holding text of their own: a decorative line reaching into the gap (the horizontal timeline's connector) is no text.
      const text = [...el.childNodes].some((node) => node.nodeType === 3 && node.data.trim());
      if (text && el.clientWidth && el.scrollWidth > el.clientWidth + 1) problems.push(`${where}: content ${el.scrollWidth} px wide in ${el.clientWidth} px`);
    }
  }
  return problems;
}

/**
 * Answers the checker's current question in the page (clicking each value),
 * lets it render as it would between a person's click and the next, then
 * presses Continue; no values: Continue alone.
 */
async function answer(values) {
  const checker = document.querySelector('acu-who-it-helps');
  const root = checker.shadowRoot;
  for (const value of values) {
    const input = [...root.querySelectorAll('input')].find((candidate) => candidate.value === value);
    if (!input) throw new Error(`no answer "${value}" on "${root.querySelector('legend, .result-heading')?.textContent.replace(/\s+/g, ' ').trim()}"`);
    input.click();
  }
  await checker.updateComplete;
  root.querySelector('.continue').click();
  await checker.updateComplete;
  await Promise.all([...root.querySelectorAll('acu-book-button')].map((button) => button.updateComplete));
}

/** Every screen of the page a layout check looks at: first load, the error, each question, a result with booking, the urgent result, the popup. */
async function everyScreen(tab, check) {
  const found = [...(await check('loaded'))];
  const steps = [[], ['none'], ['lower'], ['injury'], ['short']];
  for (const [index, values] of steps.entries()) {
    await tab.evaluate(answer, values);
    found.push(...(await check(index ? `after ${values}` : 'error summary')));
  }
  await tab.locator('acu-who-it-helps .result button[part=button]').first().click(); // Start again
  await tab.evaluate(answer, ['bladder']);
  found.push(...(await check('urgent result')));
  await tab.locator('acu-book-button[mode=popup] a[part=button]').click();
  await tab.locator('acu-book-button[mode=popup] dialog[open]').waitFor();
  found.push(...(await check('popup open')));
  return found;
}

test('320 px wide (and 1280 px for the horizontal timeline): nothing overflows, buttons, questions and answers wrap', async (t) => {
  const started = Date.now();
  const problems = await perLanguage(async ({ tag, locale }) => [
    ...(await onSite({ bundle: tag, locale }, (tab) => everyScreen(tab, async (screen) => (await tab.evaluate(layoutProblems)).map((line) => `320 px, ${screen}: ${line}`)), {
      viewport: { width: 320, height: 800 },
    })),
    ...(await onSite({ bundle: tag, locale }, async (tab) => (await tab.evaluate(layoutProblems)).map((line) => `1280 px: ${line}`))),
  ]);
  t.diagnostic(`5 languages, 8 screens each, in ${Date.now() - started} ms`);
  assert.deepEqual(problems, []);
});

test('axe: no violation on any language page, its first question or a result, html-has-lang and valid-lang checked', async (t) => {
  const started = Date.now();
  const run = (tab) =>
    tab.evaluate(async () => {
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return {
        violations: result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`),
        passed: result.passes.map((rule) => rule.id),
      };
    });
  const problems = await perLanguage(({ tag, locale }) =>
    onSite({ bundle: tag, locale }, async (tab) => {
      await tab.evaluate(AXE);
      const first = await run(tab);
      await tab.evaluate(answer, ['none']);
      await tab.evaluate(answer, ['lower']);
      await tab.evaluate(answer, ['desk']);
      await tab.evaluate(answer, ['long']);
      const result = await run(tab);
      const unchecked = ['html-has-lang', 'valid-lang', 'html-lang-valid'].filter((rule) => !first.passed.includes(rule));
      return [
        ...first.violations.map((line) => `page: ${line}`),
        ...result.violations.map((line) => `result: ${line}`),
        ...unchecked.map((rule) => `${rule} did not run`),
      ];
    }),
  );
  t.diagnostic(`5 languages, 2 axe runs each, in ${Date.now() - started} ms`);
  assert.deepEqual(problems, []);
});

test("the checker's urgent result names the region's numbers, in the language; without a region the general wording", async () => {
  const problems = await perLanguage(({ tag, locale, numbers }) =>
    onSite({ bundle: tag, locale }, async (tab) => {
      const urgent = async () => {
        await tab.locator('acu-who-it-helps input[type=checkbox]').first().click();
        await tab.locator('acu-who-it-helps .continue').click();
        await tab.locator('acu-who-it-helps .result-heading').waitFor();
        return tab.evaluate(() => {
          const root = document.querySelector('acu-who-it-helps').shadowRoot;
          return { lang: root.firstElementChild.lang, call: root.querySelector('.result p:not(.disclaimer)').textContent.trim() };
        });
      };
      const regional = await urgent();
      const found = numbers.filter((number) => !regional.call.includes(number)).map((number) => `"${regional.call}" lacks ${number}`);
      if (englishIn([regional.call]).length || /\bcall\b/i.test(regional.call)) found.push(`in English: "${regional.call}"`);
      if (regional.lang !== locale) found.push(`the result is marked lang="${regional.lang}"`);
      // The same language with no region: the general wording, no number of that region.
      await tab.evaluate((language) => {
        document.querySelector('acu-clinic').locale = language;
        const checker = document.querySelector('acu-who-it-helps');
        [...checker.shadowRoot.querySelectorAll('.result button')][0].click(); // Start again
        return checker.updateComplete;
      }, tag);
      const general = await urgent();
      if (general.call === regional.call || numbers.some((number) => general.call.includes(number))) found.push(`"${tag}" without a region still says "${general.call}"`);
      return found;
    }),
  );
  assert.deepEqual(problems, []);
});

test('the English bundle given locale="de-DE" (and fr-FR): English text marked lang="en", one console warning per locale, no error', async () => {
  const { problems, warnings, errors } = await onSite({ bundle: 'en', locale: 'de-DE', html: 'de', second: 'fr-FR' }, async (tab, log) => {
    const shown = await tab.evaluate(shownTexts, 'acu-clinic[locale="de-DE"]');
    const found = [];
    const notEnglish = shown.filter((text) => /\p{L}/u.test(text) && text !== CLINIC && !english.includes(text));
    if (notEnglish.length) found.push(`not the English texts: ${notEnglish.join(' | ')}`);
    const missing = english.filter((text) => !shown.includes(text));
    if (missing.length) found.push(`English texts missing: ${missing.join(' | ')}`);
    const langs = await tab.evaluate(() =>
      [...document.querySelectorAll('acu-clinic > *')].map((host) => [host.localName, host.shadowRoot.firstElementChild.getAttribute('lang'), host.getAttribute('lang')]),
    );
    for (const [tag, content, own] of langs) {
      if (content !== 'en') found.push(`<${tag}> content lang="${content}"`);
      if (own !== null) found.push(`<${tag}> host got lang="${own}"`);
    }
    // Another widget later in the same locale: still one note.
    await tab.evaluate(() => document.querySelector('acu-clinic').append(document.createElement('acu-benefits')));
    await widgetsSettled(tab);
    return { problems: found, warnings: log.warnings, errors: [...log.errors, ...log.cspViolations] };
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(errors, []);
  assert.equal(warnings.length, 2, warnings.join('\n'));
  for (const locale of ['de-DE', 'fr-FR']) {
    assert.equal(warnings.filter((line) => /^<acu-[a-z-]+> locale: /.test(line) && line.includes(`"${locale}"`)).length, 1, `one note naming locale and ${locale}:\n${warnings.join('\n')}`);
  }
});

test('bytes: each language file adds at most 4 KB gzip (level 9) to the English bundle', (t) => {
  const gzip = (tag) => gzipSync(bundles[tag], { level: 9 }).length;
  const base = gzip('en');
  t.diagnostic(`acu-widgets.js: ${base} bytes gzip`);
  const over = [];
  for (const { tag } of LANGUAGES) {
    const added = gzip(tag) - base;
    t.diagnostic(`acu-widgets.${tag}.js: ${gzip(tag)} bytes gzip, +${added} bytes (${(added / 1024).toFixed(2)} KB)`);
    if (added > BUDGET_BYTES) over.push(`${tag}: +${added} bytes`);
  }
  assert.deepEqual(over, []);
});
