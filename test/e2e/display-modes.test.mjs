/*
 * The built bundle in the display modes WCAG asks for, which the unit test
 * runner cannot emulate: forced colours (Windows High Contrast), a 320 px
 * wide viewport (what 400 % zoom of a 1280 px window leaves), and reduced
 * motion.
 */
/* global document, getComputedStyle, innerWidth */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ELEMENTS, clinicMarkup, launch, openPage, page, readBundle, serve, widgetsSettled } from './harness.mjs';

const bundle = readBundle();
const PAGE = page({ head: '<script type="module" src="/acu-widgets.js"></script>', body: clinicMarkup(1, { variants: true }) });

let server;
let browser;
before(async () => {
  [server, browser] = await Promise.all([
    serve((url) => {
      if (url.pathname === '/') return { body: PAGE };
      if (url.pathname === '/acu-widgets.js') return { body: bundle, type: 'text/javascript' };
      return undefined;
    }),
    launch(),
  ]);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function onPage(options, check) {
  const { page: tab, log, close } = await openPage(browser, options);
  try {
    await tab.goto(`${server.origin}/`);
    await widgetsSettled(tab);
    return await check(tab, log);
  } finally {
    await close();
  }
}

/**
 * Forced colours replace every background with the system Canvas colour, so
 * anything drawn only with a background vanishes. What must stay visible is
 * drawn with borders (or text colour), which survive in system colours.
 */
test('forced colours: buttons, step markers, connectors and answer boxes keep a visible edge', () =>
  onPage({ forcedColors: 'active' }, async (tab, log) => {
    const edges = await tab.evaluate((tags) => {
      const inShadow = (tag, selector) =>
        [...document.querySelectorAll(tag)].flatMap((host) => [...(host.shadowRoot?.querySelectorAll(selector) ?? [])]);
      const checks = {
        'acu-book-button': '[part~=button]',
        'acu-timeline': '[part~=marker], [part~=connector]',
        'acu-who-it-helps': 'input, button',
      };
      const problems = [];
      for (const [tag, selector] of Object.entries(checks)) {
        if (!tags.includes(tag)) continue;
        const found = inShadow(tag, selector);
        if (!found.length) problems.push(`${tag}: nothing matches ${selector}`);
        for (const element of found) {
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          const sides = ['top', 'right', 'bottom', 'left'].filter(
            (side) =>
              parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0 &&
              style.getPropertyValue(`border-${side}-style`) !== 'none' &&
              // Forced colours keep a colour's alpha, so a transparent border stays invisible.
              !/rgba\(.*, 0\)$/.test(style.getPropertyValue(`border-${side}-color`)),
          );
          const native = element.localName === 'input' && style.appearance !== 'none';
          if (!box.width || !box.height || (!sides.length && !native)) {
            problems.push(`${tag} ${element.localName}.${element.className || element.getAttribute('part')}: no visible edge`);
          }
        }
      }
      return problems;
    }, ELEMENTS);
    assert.deepEqual(edges, []);
    assert.deepEqual(log.errors, []);
  }));

test('320 px wide (400 % zoom): no horizontal scrolling, every widget within the viewport', () =>
  onPage({ viewport: { width: 320, height: 640 } }, async (tab) => {
    const report = await tab.evaluate(() => ({
      scrollWidth: document.scrollingElement.scrollWidth,
      width: innerWidth,
      outside: [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('acu-') && element.localName !== 'acu-clinic')
        .flatMap((host) => [host, ...host.shadowRoot.querySelectorAll('*')])
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.width && (box.left < -1 || box.right > innerWidth + 1) && getComputedStyle(element).position !== 'fixed';
        })
        .map((element) => `${element.getRootNode().host?.localName ?? ''} ${element.localName}.${element.className}`),
    }));
    assert.equal(report.scrollWidth, report.width, 'the page does not scroll sideways');
    assert.deepEqual(report.outside, []);
  }));

test('reduced motion: every timeline step is fully visible at once, even below the fold', () =>
  onPage({ reducedMotion: 'reduce', viewport: { width: 412, height: 400 } }, async (tab) => {
    const opacities = await tab.evaluate(() =>
      [...document.querySelectorAll('acu-timeline')].flatMap((host) =>
        [...host.shadowRoot.querySelectorAll('li')].map((step) => [getComputedStyle(step).opacity, getComputedStyle(step).animationName]),
      ),
    );
    assert.ok(opacities.length > 0, 'the page has timeline steps');
    for (const [opacity, animation] of opacities) {
      assert.equal(opacity, '1');
      assert.equal(animation, 'none');
    }
  }));
