/*
 * dist/acu-widgets.js as users load it: from the README's script tag, twice,
 * under a strict Content-Security-Policy, under a WordPress theme's CSS,
 * pasted into WordPress, and 25 times over.
 */
/* global document, customElements, getComputedStyle, performance */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import {
  BOOKING_URL, ELEMENTS, WIDGETS, clinicMarkup, differences, fixture, launch, openPage, page, readBundle, serve,
  styleFingerprint, widgetProblems, widgetsSettled,
} from './harness.mjs';

const SCRIPT_TAG_SNIPPET = fixture('script-tag.html');
const SNIPPET_BOOKING_URL = SCRIPT_TAG_SNIPPET.match(/booking-url="([^"]+)"/)[1];
const LOADER = '<script type="module" src="/acu-widgets.js"></script>';
const THEMES = ['wordpress-theme.css', 'theme-root-font-size.css', 'theme-box-sizing-inherit.css'];
const WORDPRESS_SNIPPET = fixture('wordpress-snippet.html');
const bundle = readBundle();
const { version: VERSION } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src https:";

/** A WordPress page around `content`: theme stylesheet, header, post body, footer. */
const wordpressPage = (content, head = '', themes = THEMES.slice(0, 1)) =>
  page({
    title: 'Back pain – Riverside Acupuncture',
    head: `${themes.map((theme) => `<link rel="stylesheet" href="/${theme}">`).join('')}${head}`,
    body: `<header><nav><ul><li><a href="/">Home</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
  <article class="entry-content">
  <p>Back pain is one of the most common reasons people visit us.</p>
  ${content}
  <p>Call us if you have any questions.</p>
  <button type="button">Subscribe</button>
  </article>`,
  });

const trustedTypesPage = (allowed) => ({
  body: page({
    head: `<script>trustedTypes.createPolicy('lit-html', { createHTML: (html) => html });</script>${LOADER}<script type="module" src="/plugin-b/acu-widgets.js"></script>`,
    body: clinicMarkup(1, { variants: true }),
  }),
  headers: { 'content-security-policy': `require-trusted-types-for 'script'; ${allowed}` },
});

const PAGES = {
  '/plain.html': () => page({ body: SCRIPT_TAG_SNIPPET }),
  '/baseline.html': () => page({ head: LOADER, body: clinicMarkup(1, { variants: true }) }),
  // The themes' content column (wordpress-theme.css: .entry-content > * is 580 px at most), where widgets now sit.
  '/baseline-column.html': () => page({ head: LOADER, body: `<div style="max-width: 580px">${clinicMarkup(1, { variants: true })}</div>` }),
  '/twice.html': () => page({ head: '<script type="module" src="/plugin-b/acu-widgets.js"></script>', body: SCRIPT_TAG_SNIPPET }),
  '/other-version.html': () =>
    page({ head: '<script type="module" src="/other-version/acu-widgets.js"></script>', body: SCRIPT_TAG_SNIPPET }),
  '/csp.html': () => ({ body: page({ head: LOADER, body: clinicMarkup(1, { variants: true }) }), headers: { 'content-security-policy': CSP } }),
  // Trusted Types: another Lit (here, its policy) came first; then this bundle from two URLs (a plugin and a pasted snippet).
  '/trusted-types.html': () => trustedTypesPage("trusted-types lit-html acu-widgets"),
  '/trusted-types-strict.html': () => trustedTypesPage('trusted-types lit-html'),
  '/hostile.html': () => wordpressPage(clinicMarkup(1, { variants: true }), LOADER),
  '/root-font-size.html': () => wordpressPage(clinicMarkup(1, { variants: true }), LOADER, THEMES.slice(0, 2)),
  '/box-sizing-inherit.html': () => wordpressPage(clinicMarkup(1, { variants: true }), LOADER, [THEMES[0], THEMES[2]]),
  '/wordpress.html': () => wordpressPage(WORDPRESS_SNIPPET),
  '/wordpress-stripped.html': () => wordpressPage(WORDPRESS_SNIPPET.replace(/<script[^>]*><\/script>\n/, '')),
  '/copies.html': () => page({ head: LOADER, body: clinicMarkup(25) }),
  '/no-clinic.html': () =>
    page({
      head: LOADER,
      body: WIDGETS.map((tag) => (tag === 'acu-book-button' ? `<${tag} href="${BOOKING_URL}"></${tag}>` : `<${tag}></${tag}>`)).join('\n'),
    }),
};

let server;
let browser;
before(async () => {
  [server, browser] = await Promise.all([
    serve((url) => {
      const make = PAGES[url.pathname];
      if (make) {
        const made = make();
        return typeof made === 'string' ? { body: made } : made;
      }
      if (THEMES.includes(url.pathname.slice(1))) return { body: fixture(url.pathname.slice(1)), type: 'text/css' };
      if (url.pathname === '/other-version/acu-widgets.js') {
        return { body: bundle.toString().replaceAll(new RegExp(`(["'\`])${VERSION.replaceAll('.', '\\.')}\\1`, 'g'), '"99.0.0"'), type: 'text/javascript' };
      }
      if (url.pathname.endsWith('/acu-widgets.js')) return { body: bundle, type: 'text/javascript' };
      return undefined;
    }),
    launch(),
  ]);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path`, waits for every widget, runs `check(page, log)`, and closes the page whatever happens. */
async function onPage(path, check, options) {
  const { page: tab, log, close } = await openPage(browser, options);
  try {
    await tab.goto(server.origin + path);
    if (!options?.noScript) await widgetsSettled(tab);
    return await check(tab, log);
  } finally {
    await close();
  }
}

const baselineLooks = {};
/** How the widgets look on a plain page with the same markup (in a theme's column width, for themed pages), to compare other pages with. */
async function baseline(path = '/baseline.html') {
  baselineLooks[path] ??= await onPage(path, styleFingerprint);
  return baselineLooks[path];
}

test("plain page: the README's script-tag snippet, every widget in one <acu-clinic>", () =>
  onPage('/plain.html', async (tab, log) => {
    assert.deepEqual(await widgetProblems(tab, SNIPPET_BOOKING_URL), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
  }));

test('the bundle loaded twice (two plugins): no error, everything works', () =>
  onPage('/twice.html', async (tab, log) => {
    const loaded = await tab.evaluate(
      () => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('acu-widgets.js')).length,
    );
    assert.equal(loaded, 2, 'both copies were fetched');
    assert.deepEqual(await widgetProblems(tab, SNIPPET_BOOKING_URL), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, [], 'the same version loaded twice is silent');
  }));

test('a different version loaded later: ignored, with one warning per element', () =>
  onPage('/other-version.html', async (tab, log) => {
    assert.deepEqual(await widgetProblems(tab, SNIPPET_BOOKING_URL), []);
    assert.deepEqual(log.errors, []);
    assert.equal(log.warnings.length, ELEMENTS.length, log.warnings.join('\n'));
    for (const tag of ELEMENTS) {
      assert.ok(log.warnings.some((line) => line.includes(`<${tag}>`) && line.includes('99.0.0')), tag);
    }
  }));

test("strict CSP (script-src 'self'; style-src 'self'): styled, no violation", () =>
  onPage('/csp.html', async (tab, log) => {
    assert.deepEqual(await widgetProblems(tab), []);
    assert.deepEqual(log.cspViolations, []);
    assert.deepEqual(log.errors, []);
    const unstyled = await tab.evaluate(
      (widgets) => widgets.filter((tag) => !document.querySelector(tag)?.shadowRoot?.adoptedStyleSheets.length),
      WIDGETS,
    );
    assert.deepEqual(unstyled, [], 'every widget has its stylesheets');
    assert.deepEqual(differences(await baseline(), await styleFingerprint(tab)), []);
  }));

test("Trusted Types, with Lit's policy name already taken and the bundle loaded twice: every widget works", () =>
  onPage('/trusted-types.html', async (tab, log) => {
    assert.deepEqual(await widgetProblems(tab), []);
    // The browser reports the one refused attempt at the taken name; nothing else may go wrong.
    assert.deepEqual(log.errors.filter((line) => !/^Creating a TrustedTypePolicy named 'lit-html'/.test(line)), []);
    assert.ok(log.errors.length <= 1, log.errors.join('\n'));
  }));

test('Trusted Types allowing only "lit-html", already taken: the bundle loads and says in one line which policy name to add', () =>
  onPage(
    '/trusted-types-strict.html',
    async (tab, log) => {
      await tab.waitForTimeout(500);
      // The elements are defined; what the page's policy then blocks is rendering, which it reports itself.
      assert.equal(await tab.evaluate(() => Boolean(customElements.get('acu-benefits'))), true);
      const other = log.errors.filter((line) => !/TrustedHTML|TrustedTypePolicy named '(lit-html|acu-widgets)'|add "acu-widgets"/.test(line));
      assert.deepEqual(other, []);
      assert.equal(log.errors.filter((line) => line.includes('add "acu-widgets" to trusted-types')).length, 1, log.errors.join('\n'));
    },
    { noScript: true },
  ));

test("a WordPress theme's CSS: the widgets keep their look and stay usable", () =>
  onPage('/hostile.html', async (tab, log) => {
    assert.deepEqual(await widgetProblems(tab), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(differences(await baseline('/baseline-column.html'), await styleFingerprint(tab)), [], 'computed styles differ from the plain page');
    assert.deepEqual(await coveredControls(tab), [], 'every control can be hit where it is drawn');
    await usable(tab);
  }));

/* Two resets many themes ship, each on its own page so a failure names its cause. */
for (const [path, what] of [
  ['/root-font-size.html', 'a 62.5% root font size (Twenty Twenty)'],
  ['/box-sizing-inherit.html', 'an inherited box-sizing reset (Underscores)'],
]) {
  test(`a theme with ${what}: the widgets keep their look`, () =>
    onPage(path, async (tab, log) => {
      assert.deepEqual(await widgetProblems(tab), []);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(differences(await baseline('/baseline-column.html'), await styleFingerprint(tab)), [], 'computed styles differ from the plain page');
    }));
}

test("the README's WordPress snippet, pasted as written into a themed page", () =>
  onPage('/wordpress.html', async (tab, log) => {
    assert.deepEqual(log.errors, []);
    const report = await tab.evaluate(() => ({
      blank: [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('acu-') && element.localName !== 'acu-clinic')
        .filter((element) => !element.shadowRoot?.textContent.trim())
        .map((element) => element.localName),
      benefits: [...(document.querySelector('acu-benefits')?.shadowRoot?.querySelectorAll('li') ?? [])].map((li) =>
        li.textContent.replace(/\s+/g, ' ').trim(),
      ),
      bookingHref: document.querySelector('acu-book-button')?.shadowRoot?.querySelector('a[href]')?.href,
    }));
    assert.deepEqual(report.blank, [], 'every element in the snippet rendered');
    assert.equal(report.benefits.length, 3, 'the benefits written in the snippet are shown');
    assert.match(report.benefits[0], /Relief from pain/);
    if (ELEMENTS.includes('acu-book-button')) {
      assert.equal(report.bookingHref, WORDPRESS_SNIPPET.match(/booking-url="([^"]+)"/)[1]);
    }
  }));

test('the WordPress snippet with its script stripped by a security plugin: the written benefits stay readable', () =>
  onPage(
    '/wordpress-stripped.html',
    async (tab) => {
      assert.ok(await tab.getByText('Relief from pain').isVisible(), 'the benefits text is in the page without any script');
      assert.equal(await tab.evaluate(() => customElements.get('acu-benefits')), undefined);
    },
    { noScript: true },
  ));

test('every widget outside any <acu-clinic>, on its own attributes: works, no error', () =>
  onPage('/no-clinic.html', async (tab, log) => {
    assert.deepEqual(await widgetProblems(tab), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
  }));

test('25 copies of every widget: all render, no error, IDs unique in every tree', () =>
  onPage('/copies.html', async (tab, log) => {
    const hosts = await tab.evaluate((widgets) => document.querySelectorAll(widgets.join(',')).length, WIDGETS);
    assert.equal(hosts, 25 * WIDGETS.length);
    assert.deepEqual(await widgetProblems(tab), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
    assert.deepEqual(await idProblems(tab), []);
  }));

/**
 * Duplicate IDs and ID references (for, aria-*) that point nowhere, checked
 * in the document and separately in every shadow root, since IDs are scoped
 * to their tree.
 */
function idProblems(tab) {
  return tab.evaluate(() => {
    const problems = [];
    const trees = [document];
    for (let i = 0; i < trees.length; i++) {
      for (const element of trees[i].querySelectorAll('*')) if (element.shadowRoot) trees.push(element.shadowRoot);
    }
    trees.forEach((tree, index) => {
      const name = tree === document ? 'document' : `<${tree.host.localName}> shadow root #${index}`;
      const ids = [...tree.querySelectorAll('[id]')].map((element) => element.id);
      const duplicates = ids.filter((id, at) => ids.indexOf(id) !== at);
      if (duplicates.length) problems.push(`${name}: duplicate ids ${[...new Set(duplicates)].join(', ')}`);
      for (const attribute of ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-errormessage']) {
        for (const element of tree.querySelectorAll(`[${attribute}]`)) {
          for (const ref of element.getAttribute(attribute).split(/\s+/).filter(Boolean)) {
            if (!ids.includes(ref)) problems.push(`${name}: ${attribute}="${ref}" points to no element in its tree`);
          }
        }
      }
    });
    return problems;
  });
}

/** Visible controls inside the widgets that something else is drawn over. */
function coveredControls(tab) {
  return tab.evaluate((widgets) => {
    const covered = [];
    for (const host of document.querySelectorAll(widgets.join(','))) {
      const root = host.shadowRoot;
      for (const control of root.querySelectorAll('a[href], button, input, select, textarea')) {
        const box = control.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || getComputedStyle(control).visibility === 'hidden') continue;
        control.scrollIntoView({ block: 'center' });
        const moved = control.getBoundingClientRect();
        const hit = root.elementFromPoint(moved.x + moved.width / 2, moved.y + moved.height / 2);
        const label = control.labels?.[0];
        if (hit !== control && !control.contains(hit) && !(label && label.contains(hit))) {
          covered.push(`<${host.localName}> ${control.localName} "${control.textContent.trim() || control.value}" is covered by ${hit?.localName}`);
        }
      }
    }
    return covered;
  }, WIDGETS);
}

/** Uses each widget the way a patient would: the booking link leads to the booking site; the checker moves on. */
async function usable(tab) {
  if (WIDGETS.includes('acu-who-it-helps')) {
    const checker = tab.locator('acu-who-it-helps').first();
    const firstQuestion = await checker.locator('legend').first().textContent();
    await checker.getByRole('checkbox', { name: /none/i }).check();
    await checker.getByRole('button', { name: /continue/i }).click();
    await tab.waitForFunction(
      (before) => document.querySelector('acu-who-it-helps').shadowRoot.querySelector('legend')?.textContent !== before,
      firstQuestion,
    );
  }
  if (WIDGETS.includes('acu-book-button')) {
    await popupUsable(tab);
    const link = tab.locator('acu-book-button').first().getByRole('link');
    const box = await link.boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `booking link is ${box.width}x${box.height}, smaller than 44x44`);
    await Promise.all([tab.waitForURL('https://clinic.example/book'), link.click()]);
  }
}

/** A popup-mode booking button added to the themed page: opens modally, takes focus, closes on Escape, gives focus back. */
async function popupUsable(tab) {
  await tab.evaluate((href) => {
    const button = Object.assign(document.createElement('acu-book-button'), { id: 'popup-button' });
    button.setAttribute('mode', 'popup');
    button.setAttribute('href', href);
    document.querySelector('acu-clinic').append(button);
    return button.updateComplete;
  }, BOOKING_URL);
  const host = tab.locator('#popup-button');
  await host.locator('[part~="button"]').click();
  const state = () =>
    tab.evaluate(() => {
      const root = document.querySelector('#popup-button').shadowRoot;
      const dialog = root.querySelector('dialog');
      const box = dialog?.getBoundingClientRect();
      return {
        open: Boolean(dialog?.open && dialog.matches(':modal')),
        focusInside: Boolean(dialog?.contains(root.activeElement)),
        covers: box ? box.width > 200 && box.height > 200 : false,
      };
    });
  assert.deepEqual(await state(), { open: true, focusInside: true, covers: true }, 'the popup opens modally, visible, with focus in it');
  await tab.keyboard.press('Escape');
  await tab.waitForFunction(() => !document.querySelector('#popup-button').shadowRoot.querySelector('dialog')?.open);
  const focused = await tab.evaluate(() => document.activeElement?.id);
  assert.equal(focused, 'popup-button', 'focus returns to the booking button');
}
