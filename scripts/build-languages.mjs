/*
 * Writes dist/acu-widgets.<tag>.js for every built-in language: the same
 * single self-contained module as dist/acu-widgets.js (every element, Lit
 * inside), built with the same Vite config, plus that language's texts
 * registered before any element is defined. A page in that language loads
 * this one file instead of acu-widgets.js and shows its language from the
 * first paint: no second request, no flash of English, nothing but 'self'
 * needed under a Content-Security-Policy.
 *
 * Run after `vite build` (it leaves dist/ as it is); prints what each
 * language adds to the English bundle, gzipped.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** File tag (as in the file name and the docs) by module name in src/locales/. */
export const LANGUAGES = ['es', 'fr', 'de', 'pt', 'zh-Hans'];
/** Each language may add at most this much, gzipped, to the pages that use it. */
const BUDGET_BYTES = 4 * 1024;
const ENTRY = '\0acu-language-entry';

const gzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const english = gzip(`${ROOT}dist/acu-widgets.js`);
let over = false;

for (const tag of LANGUAGES) {
  await build({
    configFile: `${ROOT}vite.config.ts`,
    logLevel: 'warn',
    build: {
      emptyOutDir: false,
      rolldownOptions: { input: ENTRY, output: { entryFileNames: `acu-widgets.${tag}.js` } },
    },
    plugins: [
      {
        name: 'acu-language-entry',
        enforce: 'pre',
        async resolveId(id, importer) {
          if (id === ENTRY) return ENTRY;
          // A language module works by registering its texts: keep it whatever package.json's "sideEffects" says.
          if (importer === ENTRY && id.includes('/src/locales/')) return { id, moduleSideEffects: true };
          return undefined;
        },
        // The language first: its texts are in the tables before the elements upgrade anything on the page.
        load: (id) => (id === ENTRY ? `import '${ROOT}src/locales/${tag}.ts';\nexport * from '${ROOT}src/index.ts';\n` : undefined),
      },
    ],
  });
  const added = gzip(`${ROOT}dist/acu-widgets.${tag}.js`) - english;
  over ||= added > BUDGET_BYTES;
  console.log(`build-languages: dist/acu-widgets.${tag}.js adds ${(added / 1024).toFixed(2)} KB gzip to the English bundle (budget ${BUDGET_BYTES / 1024} KB).`);
}
if (over) process.exit(1);
