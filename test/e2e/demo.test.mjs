/*
 * The demo page (what `npm start` opens) with the built bundle: every widget
 * renders, the checker's headings fit the page's outline, and the sticky
 * header never covers what keyboard users move to (WCAG 2.4.11).
 */
/* global document, window, setTimeout */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, fileIn, launch, openPage, readBundle, serve, widgetsSettled } from './harness.mjs';

const bundle = readBundle();
const demo = readFileSync(join(ROOT, 'index.html'), 'utf8').replace('src="/src/index.ts"', 'src="/acu-widgets.js"');

let server;
let browser;
before(async () => {
  [server, browser] = await Promise.all([
    serve((url) => {
      if (url.pathname === '/') return { body: demo };
      if (url.pathname === '/acu-widgets.js') return { body: bundle, type: 'text/javascript' };
      return url.pathname.startsWith('/demo/') ? fileIn(resolve(ROOT), url.pathname) : undefined;
    }),
    launch(),
  ]);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const width of [1280, 390]) {
  test(`demo at ${width} px: a focused heading is never left under the sticky header`, async () => {
    const { page, log, close } = await openPage(browser, { viewport: { width, height: 800 } });
    try {
      await page.goto(`${server.origin}/`);
      await widgetsSettled(page);
      const result = await page.evaluate(async () => {
        // The question in the view but where a sticky header sits: the browser sees no need to scroll to it.
        const question = document.querySelector('acu-who-it-helps').shadowRoot.querySelector('.question');
        window.scrollTo(0, window.scrollY + question.getBoundingClientRect().top - 20);
        await new Promise((resolve) => setTimeout(resolve, 50));
        question.focus();
        await new Promise((resolve) => setTimeout(resolve, 50));
        const header = document.querySelector('.site-header').getBoundingClientRect();
        return { headerBottom: Math.max(0, header.bottom), questionTop: question.getBoundingClientRect().top };
      });
      assert.ok(result.questionTop >= result.headerBottom, `the focused question (top ${result.questionTop}) is under the header (bottom ${result.headerBottom})`);
      assert.deepEqual(log.errors, []);
    } finally {
      await close();
    }
  });
}

test("demo: the checker's question headings sit below the section's heading in the outline", async () => {
  const { page, close } = await openPage(browser);
  try {
    await page.goto(`${server.origin}/`);
    await widgetsSettled(page);
    const levels = await page.evaluate(() => {
      const checker = document.querySelector('acu-who-it-helps');
      const section = checker.closest('section').querySelector('h2');
      const question = checker.shadowRoot.querySelector('.question');
      return { section: Number(section.localName[1]), question: Number(question.localName[1]) };
    });
    assert.equal(levels.question, levels.section + 1);
  } finally {
    await close();
  }
});
