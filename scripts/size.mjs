/*
 * Size budget: the gzip size of dist/acu-widgets.js (everything, Lit
 * included) must stay within BUDGET_BYTES; fails `npm test` when it does not.
 * Also reports each element's marginal cost: what leaving that element out
 * of the bundle would save.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET_BYTES = 20 * 1024;
const BUNDLE = 'dist/acu-widgets.js';
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

if (!existsSync(BUNDLE)) {
  console.error(`size: ${BUNDLE} is missing; run "npm run build" first.`);
  process.exit(1);
}

const elements = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`src/${entry.name}/index.ts`))
  .map((entry) => entry.name);

/*
 * The bundle with one element's module replaced by an empty one, so the
 * element is gone even where another element imports it (the checker uses
 * the booking button).
 */
async function bundledSizeWithout(folder) {
  const stubbed = folder && resolve(`src/${folder}/index.ts`);
  const result = await build({
    logLevel: 'silent',
    configFile: 'vite.config.ts',
    build: { write: false, sourcemap: false },
    plugins: [{ name: 'acu-size-stub', load: (id) => (id === stubbed ? 'export {};' : undefined) }],
  });
  const outputs = [result].flat().flatMap((r) => r.output);
  return gzip(outputs.filter((o) => o.type === 'chunk').map((o) => o.code).join('\n'));
}

const total = gzip(readFileSync(BUNDLE));
const all = await bundledSizeWithout(undefined);
const rows = [];
let marginalSum = 0;
for (const element of elements) {
  const marginal = all - (await bundledSizeWithout(element));
  marginalSum += marginal;
  rows.push({ element: `<acu-${element}>`, 'marginal gzip': kb(marginal) });
}
rows.push({ element: 'shared by all (Lit, @lit/context, base classes)', 'marginal gzip': kb(all - marginalSum) });

console.table(rows);
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(`size: ${BUNDLE} is ${kb(total)} gzip, ${verdict} the ${kb(BUDGET_BYTES)} budget.`);
if (total > BUDGET_BYTES) process.exit(1);
