/*
 * The package as npm users get it: publint and arethetypeswrong clean, the
 * entry imports on a server, custom-elements.json complete, and `npm pack`
 * shipping what users need and nothing else.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { promisify } from 'node:util';
import { BUILD, ELEMENTS, MANIFEST, ROOT, fixture, installPackage, writeBuildFile } from './harness.mjs';

const run = promisify(execFile);
const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
/** The built-in languages other than English, one module each under src/locales/. */
const LANGUAGES = readdirSync(join(ROOT, 'src/locales')).flatMap((file) => (/^[a-z]{2}(-[A-Za-z]+)?\.ts$/.test(file) ? [file.slice(0, -3)] : []));

/** The public contract in DESIGN.md: attributes and events every element must keep. */
const CONTRACT = {
  'acu-clinic': { attributes: ['name', 'booking-url', 'phone', 'email', 'locale'], events: [] },
  'acu-benefits': { attributes: ['heading', 'heading-level', 'layout'], events: [] },
  'acu-who-it-helps': { attributes: ['heading', 'heading-level'], events: ['acu-checker-complete'] },
  'acu-timeline': { attributes: ['heading', 'heading-level', 'orientation'], events: [] },
  'acu-book-button': { attributes: ['href', 'label', 'mode', 'provider'], events: ['acu-book-click', 'acu-book-open', 'acu-book-close'] },
};

let installed;
before(() => {
  installed = installPackage();
});

test('publint: clean', async () => {
  const { stdout } = await run(bin('publint'), [installed, '--strict'], { timeout: 60_000 });
  assert.match(stdout, /All good!/, stdout);
});

test('arethetypeswrong (ESM-only package): clean', async () => {
  const result = await run(bin('attw'), ['--pack', installed, '--profile', 'esm-only', '--format', 'ascii'], { timeout: 60_000 }).catch(
    (failure) => failure,
  );
  assert.equal(result.code ?? 0, 0, `${result.stdout}${result.stderr}`);
});

test('importing the npm entries in Node (server-side rendering) does not throw', async () => {
  // The script-tag bundle (./acu-widgets.js) is browser-only by design; every module entry must import.
  // A pattern entry (./locales/*.js) stands for each language module.
  const entries = Object.entries(pkg.exports)
    .filter(([, target]) => target.default?.startsWith('./dist/lib/'))
    .flatMap(([entry]) => (entry.includes('*') ? LANGUAGES.map((name) => entry.replace('*', name)) : [entry]))
    .map((entry) => `acu-widgets${entry.slice(1)}`);
  const script = writeBuildFile('node-import.mjs', `${fixture('npm-import.mjs')}
for (const entry of ${JSON.stringify(entries)}) await import(entry);
const { AcuBenefits } = await import('acu-widgets/benefits.js');
console.log(typeof AcuBenefits);
`);
  const { stdout } = await run(process.execPath, [script], { cwd: BUILD, timeout: 30_000 }).catch((failure) => {
    throw new Error(failure.stderr.split('\n').filter((line) => line.length < 300).join('\n'));
  });
  assert.equal(stdout.trim(), 'function');
});

test('every element has an npm entry in the exports map', () => {
  const folders = readdirSync(join(ROOT, 'src')).filter((folder) => existsSync(join(ROOT, 'src', folder, 'index.ts')));
  for (const folder of folders) {
    assert.deepEqual(pkg.exports[`./${folder}.js`], {
      types: `./dist/lib/${folder}/index.d.ts`,
      default: `./dist/lib/${folder}/index.js`,
    }, folder);
  }
});

test('custom-elements.json lists every element with its attributes, events, slots, parts and custom properties', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, path: module.path })));
  const problems = [];
  for (const tag of ELEMENTS) {
    const element = declarations.find((declaration) => declaration.tagName === tag);
    if (!element) {
      problems.push(`${tag}: missing`);
      continue;
    }
    const names = (list) => (list ?? []).map((entry) => entry.name);
    const documented = documentedApi(join(ROOT, element.path));
    const expected = {
      attributes: CONTRACT[tag]?.attributes ?? [],
      events: [...(CONTRACT[tag]?.events ?? []), ...documented.events],
      slots: documented.slots,
      cssParts: documented.parts,
      cssProperties: documented.cssProperties,
    };
    for (const [kind, wanted] of Object.entries(expected)) {
      const listed = names(element[kind]);
      for (const name of wanted) if (!listed.includes(name)) problems.push(`${tag}: ${kind} lacks "${name}"`);
      for (const entry of element[kind] ?? []) {
        if (!entry.description?.trim() && !entry.summary?.trim()) problems.push(`${tag}: ${kind} "${entry.name}" has no description`);
      }
    }
    if (!names(element.attributes).length) problems.push(`${tag}: no attributes`);
    if (tag !== 'acu-clinic' && !names(element.cssParts).length) problems.push(`${tag}: no parts`);
    if (tag !== 'acu-clinic' && !names(element.cssProperties).length) problems.push(`${tag}: no custom properties`);
  }
  for (const declaration of declarations) {
    if (declaration.customElement && !ELEMENTS.includes(declaration.tagName)) problems.push(`${declaration.name}: listed as an element, with no tag of ours`);
  }
  assert.deepEqual(problems, []);
});

/** The slots, parts, custom properties and events an element's JSDoc declares, as the analyzer should read them. */
function documentedApi(file) {
  const source = readFileSync(file, 'utf8');
  const all = (pattern) => [...source.matchAll(pattern)].map((match) => match[1]);
  return {
    slots: all(/@slot\s+([\w-]*)\s*-/g).map((name) => name ?? ''),
    parts: all(/@csspart\s+([\w-]+)/g),
    cssProperties: all(/@cssprop(?:erty)?\s+(?:\{[^}]*\}\s+)?\[?(--[\w-]+)/g),
    events: all(/@fires\s+(?:\{[^}]*\}\s+)?([\w-]+)/g),
  };
}

test('npm pack ships what users need and nothing else', async () => {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, timeout: 60_000 });
  const files = JSON.parse(stdout)[0].files.map((file) => file.path);
  const allowed = [
    /^package\.json$/,
    /^README\.md$/,
    /^LICEN[CS]E(\.\w+)?$/,
    /^custom-elements\.json$/,
    /^dist\/acu-widgets(\.[\w-]+)?\.js(\.map)?$/,
    /^dist\/lib\/.+\.(js|d\.ts)(\.map)?$/,
  ];
  assert.ok(existsSync(join(ROOT, 'dist/acu-widgets-wordpress.zip')), 'the build wrote no WordPress zip, so this check proves nothing');
  assert.deepEqual(files.filter((file) => !allowed.some((pattern) => pattern.test(file))), [], 'unexpected files in the package');
  const folders = ELEMENTS.map((tag) => tag.replace(/^acu-/, ''));
  const needed = [
    'package.json',
    'README.md',
    'custom-elements.json',
    'dist/acu-widgets.js',
    // The per-language script-tag bundles: CDN users load them from the npm package.
    ...LANGUAGES.map((language) => `dist/acu-widgets.${language}.js`),
    'dist/lib/index.js',
    'dist/lib/index.d.ts',
    ...folders.flatMap((folder) => [`dist/lib/${folder}/index.js`, `dist/lib/${folder}/index.d.ts`]),
    ...(existsSync(join(ROOT, 'LICENSE')) ? ['LICENSE'] : []),
  ];
  assert.deepEqual(needed.filter((file) => !files.includes(file)), [], 'files missing from the package');
});

test('npm publish from a fresh clone builds first and ships the bundle, the entries, their types and the manifest', async () => {
  // The repository's tracked files without any build output, as a clone has them.
  const { stdout: tracked } = await run('git', ['ls-files', '-z'], { cwd: ROOT });
  const clone = mkdtempSync(join(tmpdir(), 'acu-clone-'));
  try {
    for (const file of tracked.split('\0').filter((path) => path && existsSync(join(ROOT, path)))) cpSync(join(ROOT, file), join(clone, file));
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
    const { stdout } = await run('npm', ['publish', '--dry-run', '--json'], { cwd: clone, timeout: 180_000 });
    // Build logs come first on stdout; npm's JSON report, keyed by package name, is the last top-level object.
    const report = JSON.parse(stdout.slice(stdout.lastIndexOf('\n{\n') + 1))[pkg.name];
    const files = report.files.map((file) => file.path);
    for (const needed of ['dist/acu-widgets.js', 'dist/lib/index.js', 'dist/lib/index.d.ts', 'custom-elements.json']) {
      assert.ok(files.includes(needed), `${needed} missing from the published package`);
    }
    assert.ok(!files.some((file) => file.endsWith('.zip')), 'the WordPress zip belongs in the plugin upload, not the npm package');
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
});

/** The compiler settings of create-vite's TypeScript starters (react-ts, vue-ts) that the snippets must pass. */
const starterOptions = (jsx) => ({
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  module: 'ESNext',
  moduleResolution: 'bundler',
  jsx,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
  verbatimModuleSyntax: true,
});

/**
 * The README's React + TypeScript block, as `src/main.tsx` of a react-ts
 * starter, type-checked against the installed package with the starter's
 * own compiler settings; then with a wrong attribute value, which must fail.
 */
test("TypeScript: the README's React block type-checks against the package, and a wrong attribute value does not", async () => {
  const app = fixture('react-app.tsx');
  const check = async (name, source) => {
    writeBuildFile(`typecheck/${name}.tsx`, source);
    writeBuildFile(
      `typecheck/tsconfig.${name}.json`,
      JSON.stringify({ compilerOptions: starterOptions('react-jsx'), files: [`${name}.tsx`] }),
    );
    return run(bin('tsc'), ['-p', join(BUILD, `typecheck/tsconfig.${name}.json`)], { timeout: 120_000 }).then(
      () => '',
      (failure) => failure.stdout,
    );
  };
  // The events bubble to the document and window, typed there too.
  const listeners = `
document.addEventListener('acu-checker-complete', (event) => event.detail.outcome);
window.addEventListener('acu-book-click', (event) => event.detail.provider);
`;
  const [good, wrongLayout, wrongDetail] = await Promise.all([
    check('main', app + listeners),
    check('wrong-layout', app.replace('layout="grid"', 'layout={42}')),
    check('wrong-detail', app.replace('event.detail.outcome', 'event.detail.answers')),
  ]);
  assert.equal(good, '', good);
  assert.match(wrongLayout, /wrong-layout\.tsx.*error TS2322/, 'layout={42} was accepted');
  assert.match(wrongDetail, /wrong-detail\.tsx.*error TS2339: Property 'answers' does not exist/, 'the event detail is not typed');
});

/**
 * The README's Vue block, as `src/App.vue` of a vue-ts starter, checked by
 * vue-tsc against the installed package; then with a wrong attribute value
 * and a wrong event field, which must fail.
 */
test("vue-tsc: the README's Vue block type-checks against the package, and a wrong attribute value does not", async () => {
  const app = fixture('vue-app.vue');
  const check = async (name, source) => {
    writeBuildFile(`vue-typecheck/${name}/App.vue`, source);
    writeBuildFile(`vue-typecheck/${name}/main.ts`, "import { createApp } from 'vue';\nimport App from './App.vue';\n\ncreateApp(App).mount('#app');\n");
    const config = writeBuildFile(
      `vue-typecheck/${name}/tsconfig.json`,
      JSON.stringify({ compilerOptions: starterOptions('preserve'), include: ['main.ts', 'App.vue'] }),
    );
    return run(bin('vue-tsc'), ['-p', config], { timeout: 120_000 }).then(
      () => '',
      (failure) => failure.stdout + failure.stderr,
    );
  };
  const [good, wrongLayout, wrongDetail] = await Promise.all([
    check('good', app),
    check('wrong-layout', app.replace('layout="grid"', ':layout="42"')),
    check('wrong-detail', app.replace('$event.detail.outcome', '$event.detail.answers')),
  ]);
  assert.equal(good, '', good);
  assert.match(wrongLayout, /App\.vue.*error TS2322/, ':layout="42" was accepted');
  assert.match(wrongDetail, /App\.vue.*error TS2339: Property 'answers' does not exist/, 'the event detail is not typed');
});
