/*
 * Writes dist/acu-widgets-wordpress.zip: the plugin folder wordpress/acu-widgets/
 * under a top folder acu-widgets/ (what Plugins > Add New > Upload expects),
 * with the bundle the script-tag users get at assets/acu-widgets.js, and each
 * language's build (scripts/build-languages.mjs) at assets/acu-widgets.<lang>.js.
 * The plugin's Version header must match package.json, so a release can
 * never ship a zip whose plugin says one version and whose bundle another.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PLUGIN = join(ROOT, 'wordpress/acu-widgets');
const BUNDLE = join(ROOT, 'dist/acu-widgets.js');
const ZIP = join(ROOT, 'dist/acu-widgets-wordpress.zip');

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const header = readFileSync(join(PLUGIN, 'acu-widgets.php'), 'utf8').match(/^\s*\*\s*Version:\s*(\S+)/m)?.[1];
if (header !== version) {
  console.error(`build-wordpress-zip: wordpress/acu-widgets/acu-widgets.php says Version ${header ?? '(none)'}, package.json says ${version}; make them match.`);
  process.exit(1);
}

/** Every file under dir, by its path inside the zip; dotfiles and the dev copy of the bundle stay out. */
function filesIn(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return filesIn(path);
    return [[`acu-widgets/${relative(PLUGIN, path).split(sep).join('/')}`, path]];
  });
}

/** The bundles, by name: English and, once scripts/build-languages.mjs has run, every language. */
const bundles = readdirSync(join(ROOT, 'dist')).filter((name) => /^acu-widgets(\.[\w-]+)?\.js$/.test(name));
if (!existsSync(BUNDLE)) {
  console.error('build-wordpress-zip: dist/acu-widgets.js is missing; run "vite build" first.');
  process.exit(1);
}
const entries = Object.fromEntries(
  filesIn(PLUGIN)
    .filter(([name]) => !/^acu-widgets\/assets\/acu-widgets(\.[\w-]+)?\.js$/.test(name))
    .map(([name, path]) => [name, readFileSync(path)]),
);
for (const name of bundles) entries[`acu-widgets/assets/${name}`] = readFileSync(join(ROOT, 'dist', name));

// A fixed date keeps the zip byte-for-byte the same from one build to the next.
writeFileSync(ZIP, zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
console.log(`build-wordpress-zip: ${relative(ROOT, ZIP)} (${Object.keys(entries).length} files, ${(statSync(ZIP).size / 1024).toFixed(1)} KB)`);
