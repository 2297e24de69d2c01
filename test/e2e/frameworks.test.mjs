/*
 * The npm package inside a React 19 app and a Vue 3 app, each bundled by Vite
 * as the official starters (create-vite react-ts, vue-ts) would, from the
 * README's snippets (fixtures/react-app.tsx as src/main.tsx; fixtures/vue-app.vue
 * as src/App.vue with fixtures/vue-vite.config.ts): properties set from
 * framework state, acu-* events heard, and re-renders.
 */
/* global document */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'vite';
import { BUILD, ELEMENTS, fileIn, fixture, installPackage, launch, openPage, page, serve, widgetsSettled, writeBuildFile } from './harness.mjs';

const OUT = join(BUILD, 'frameworks');
const APPS = ['react', 'vue'];
/** Where each starter template mounts its app. */
const MOUNT = { react: 'root', vue: 'app' };
/** The vue-ts starter's src/main.ts, unchanged. */
const VUE_MAIN = "import { createApp } from 'vue';\nimport App from './App.vue';\n\ncreateApp(App).mount('#app');\n";

const bundle = (name, input, options) =>
  build({
    root: BUILD,
    logLevel: 'warn',
    define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    ...options,
    build: { outDir: join(OUT, name), emptyOutDir: true, target: 'es2022', minify: false, rolldownOptions: { input, output: { entryFileNames: '[name].js' } } },
  });

let server;
let browser;
before(async () => {
  installPackage();
  writeBuildFile('vue/App.vue', fixture('vue-app.vue'));
  await Promise.all([
    bundle('react', { react: writeBuildFile('react/main.tsx', fixture('react-app.tsx')) }, { configFile: false }),
    bundle('vue', { vue: writeBuildFile('vue/main.ts', VUE_MAIN) }, { configFile: writeBuildFile('vue/vite.config.ts', fixture('vue-vite.config.ts')) }),
  ]);
  [server, browser] = await Promise.all([
    serve((url) => {
      const name = url.pathname.match(/^\/(\w+)\.html$/)?.[1];
      if (APPS.includes(name)) return { body: page({ title: `${name} app`, body: `<div id="${MOUNT[name]}"></div><script type="module" src="/${name}/${name}.js"></script>` }) };
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

for (const name of APPS) {
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
