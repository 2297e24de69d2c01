/*
 * The npm package inside a React 19 app and a Vue 3 app, each bundled by Vite
 * from the README's snippet (fixtures/react-app.jsx, fixtures/vue-app.js):
 * properties set from framework state, acu-* events heard, and re-renders.
 */
/* global document */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'vite';
import { BUILD, ELEMENTS, fileIn, fixture, installPackage, launch, openPage, page, serve, widgetsSettled, writeBuildFile } from './harness.mjs';

const OUT = join(BUILD, 'frameworks');
const APPS = { react: 'react-app.tsx', vue: 'vue-app.js' };
/** Where each official starter template (create-vite react-ts, vue-ts) mounts its app. */
const MOUNT = { react: 'root', vue: 'app' };

let server;
let browser;
before(async () => {
  installPackage();
  const input = Object.fromEntries(
    Object.entries(APPS).map(([name, file]) => [name, writeBuildFile(`apps/${file}`, fixture(file))]),
  );
  await build({
    configFile: false,
    root: BUILD,
    logLevel: 'warn',
    // The README's Vue snippet compiles its template in the browser, which needs Vue's full build.
    resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
    define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    build: {
      outDir: OUT,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      rolldownOptions: { input, output: { entryFileNames: '[name].js' } },
    },
  });
  [server, browser] = await Promise.all([
    serve((url) => {
      const name = url.pathname.match(/^\/(\w+)\.html$/)?.[1];
      if (name in APPS) return { body: page({ title: `${name} app`, body: `<div id="${MOUNT[name]}"></div><script type="module" src="/${name}.js"></script>` }) };
      return fileIn(OUT, url.pathname);
    }),
    launch(),
  ]);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const benefitCount = (tab) => tab.evaluate(() => document.querySelector('acu-benefits').shadowRoot.querySelectorAll('li').length);

for (const name of Object.keys(APPS)) {
  test(`${name}: properties from state, acu-* events, re-renders`, async () => {
    const { page: tab, log, close } = await openPage(browser);
    try {
      // Keeps the booking link from leaving the page, after the app has heard the click.
      await tab.addInitScript(() => document.addEventListener('acu-book-click', (event) => event.preventDefault()));
      await tab.goto(`${server.origin}/${name}.html`);
      await widgetsSettled(tab);

      const items = await tab.evaluate(() => {
        const benefits = document.querySelector('acu-benefits');
        return { property: benefits.items, attribute: benefits.getAttribute('items') };
      });
      assert.deepEqual(items, { property: ['Calm, quiet sessions', 'Evening appointments'], attribute: null }, 'items is set as a property');
      assert.equal(await benefitCount(tab), 2);

      const checker = tab.locator('acu-who-it-helps');
      if (ELEMENTS.includes('acu-who-it-helps')) {
        await checker.getByRole('checkbox').first().check();
        await checker.getByRole('button', { name: /continue/i }).click();
        await tab.getByText('Checker result: urgent').waitFor();
      }
      // A state change re-renders the app: the new benefit shows, and the checker keeps its result.
      await tab.getByRole('button', { name: 'Add a benefit' }).click();
      await tab.waitForFunction(() => document.querySelector('acu-benefits').shadowRoot.querySelectorAll('li').length === 3);
      if (ELEMENTS.includes('acu-who-it-helps')) assert.equal(await checker.locator('[part~="urgent"]').count(), 1);

      if (ELEMENTS.includes('acu-book-button')) {
        await tab.locator('acu-book-button').getByRole('link').click();
        await tab.getByText(/Opening the \w+ booking page/).waitFor();
        assert.equal(new URL(tab.url()).pathname, `/${name}.html`);
      }
      assert.deepEqual(log.errors, []);
    } finally {
      await close();
    }
  });
}
