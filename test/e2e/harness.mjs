/*
 * What every end-to-end test shares: where the built files are, which
 * elements exist, a static server on 127.0.0.1, and Chromium.
 *
 * The built files default to the real ones (dist/, storybook-static/,
 * custom-elements.json); ACU_DIST, ACU_STORYBOOK and ACU_MANIFEST point the
 * suite at a build elsewhere, so a run can use its own build while another
 * build writes dist/.
 */
/* global document, window, customElements, getComputedStyle, requestAnimationFrame */
import { Buffer } from 'node:buffer';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = resolve(ROOT, process.env.ACU_DIST ?? 'dist');
export const STORYBOOK = resolve(ROOT, process.env.ACU_STORYBOOK ?? 'storybook-static');
export const MANIFEST = resolve(ROOT, process.env.ACU_MANIFEST ?? 'custom-elements.json');
export const BUNDLE = join(DIST, 'acu-widgets.js');
export const BUILD = join(ROOT, 'test/e2e/.build');
export const FIXTURES = join(ROOT, 'test/e2e/fixtures');

export const fixture = (name) => readFileSync(join(FIXTURES, name), 'utf8');

export function readBundle() {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run "npm run build" first, or point ACU_DIST at a build.`);
  return readFileSync(BUNDLE);
}

/**
 * The tags of every element with a folder under src/, read from the
 * define('acu-…') call in its index.ts, so an element joins every check the
 * moment its folder lands.
 */
export const ELEMENTS = readdirSync(join(ROOT, 'src'))
  .map((folder) => join(ROOT, 'src', folder, 'index.ts'))
  .filter((index) => existsSync(index))
  .map((index) => readFileSync(index, 'utf8').match(/define\(\s*['"](acu-[a-z0-9-]+)['"]/)?.[1])
  .filter(Boolean)
  .sort();

/** Every element but the <acu-clinic> container. */
export const WIDGETS = ELEMENTS.filter((tag) => tag !== 'acu-clinic');

export const BOOKING_URL = 'https://clinic.example/book';

/** Each widget as a page author writes it; all content comes from the defaults or the clinic. */
export const widgetMarkup = (tag) => `<${tag}></${tag}>`;

/** Layouts with more CSS to lose to a hostile page than the defaults. */
const VARIANTS = {
  'acu-benefits': '<acu-benefits layout="grid"></acu-benefits>',
  'acu-book-button': '<acu-book-button variant="secondary" size="large" full-width></acu-book-button>',
  'acu-timeline': '<acu-timeline orientation="horizontal"></acu-timeline>',
};

/** Every widget inside one <acu-clinic>, `copies` times over, then (with `variants`) their other layouts. */
export function clinicMarkup(copies = 1, { variants = false } = {}) {
  const widgets = Array.from({ length: copies }, () => WIDGETS.map(widgetMarkup).join('\n    '))
    .concat(variants ? WIDGETS.map((tag) => VARIANTS[tag]).filter(Boolean) : [])
    .join('\n    ');
  return `<acu-clinic name="Riverside Acupuncture" booking-url="${BOOKING_URL}" phone="+44 20 7946 0000">
    ${widgets}
  </acu-clinic>`;
}

export function page({ head = '', body, lang = 'en', title = 'acu-widgets e2e' }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  ${head}
</head>
<body>
  <main>
  <h1>${title}</h1>
  ${body}
  </main>
</body>
</html>`;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/** A file under `dir` for a URL path, or undefined; never anything outside `dir`. */
export function fileIn(dir, pathname) {
  const path = resolve(dir, `.${decodeURIComponent(pathname)}`);
  if (path !== dir && !path.startsWith(dir + sep)) return undefined;
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  return existsSync(file) ? { body: readFileSync(file), type: TYPES[extname(file)] } : undefined;
}

/**
 * Serves `handler(url)` results ({body, type, headers}) on 127.0.0.1 at a
 * free port, gzipped like any real host so throttled runs see real transfer
 * sizes. The server never keeps the process alive.
 */
export async function serve(handler) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    let result;
    try {
      result = await handler(url);
    } catch (error) {
      result = { status: 500, body: String(error?.stack ?? error), type: 'text/plain' };
    }
    if (!result) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let body = Buffer.from(result.body);
    const headers = { 'content-type': result.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...result.headers };
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && /text|json|svg/.test(headers['content-type'])) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(result.status ?? 200, { ...headers, 'content-length': body.length }).end(body);
  });
  server.keepAliveTimeout = 1000;
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  server.unref();
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    close: () => new Promise((done) => server.close(done)).finally(() => server.closeAllConnections()),
  };
}

export function launch() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chrome/Chromium found; run scripts/ensure-chromium.mjs or set CHROME_PATH.');
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--disable-quic'], timeout: 30_000 });
}

/**
 * A fresh page that records everything a site author would see in the
 * console, uncaught errors and CSP violations. An https request for any
 * acu-widgets.js (the README's CDN URL) gets the bundle under test and any
 * other (a booking site) a stub page, so no test leaves the machine.
 */
export async function openPage(browser, { bundle, ...contextOptions } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  context.setDefaultTimeout(10_000);
  await context.route(/^https:\/\//, (route) =>
    /\/acu-widgets\.js(\?.*)?$/.test(route.request().url())
      ? route.fulfill({ body: bundle ?? readBundle(), contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' } })
      : route.fulfill({ body: '<!doctype html><title>Book online</title><h1>Book online</h1>', contentType: 'text/html' }),
  );
  const page = await context.newPage();
  const log = { errors: [], warnings: [], cspViolations: [] };
  page.on('pageerror', (error) => log.errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  await page.exposeFunction('__acuCspViolation', (text) => log.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__acuCspViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
    );
  });
  return { page, log, close: () => context.close() };
}

/** Resolves once every acu-* element on the page is defined and has finished its first render. */
export async function widgetsSettled(page, tags = ELEMENTS) {
  const defined = () => page.evaluate((all) => all.filter((tag) => !customElements.get(tag)), tags);
  await page.waitForFunction((all) => all.every((tag) => customElements.get(tag)), tags, { timeout: 5_000 }).catch(async () => {
    throw new Error(`never defined on ${page.url()}: ${(await defined()).join(', ')}`);
  });
  await page.evaluate(async () => {
    const hosts = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('acu-'));
    await Promise.all(hosts.map((host) => host.updateComplete));
    await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
  });
}

/**
 * What each widget on the page rendered, checked against what its contract
 * promises; returns one line per problem. Runs in the page.
 */
export function widgetProblems(page, bookingUrl = BOOKING_URL) {
  return page.evaluate(
    ({ widgets, bookingUrl }) => {
      const problems = [];
      const hosts = [...document.querySelectorAll(widgets.join(','))];
      const seen = new Set(hosts.map((host) => host.localName));
      for (const tag of widgets) if (!seen.has(tag)) problems.push(`<${tag}> is not on the page`);
      hosts.forEach((host, index) => {
        const where = `<${host.localName}> #${index}`;
        const root = host.shadowRoot;
        if (!customElements.get(host.localName)) return problems.push(`${where} is not defined`);
        if (!root || !root.textContent.trim()) return problems.push(`${where} rendered nothing`);
        const box = host.getBoundingClientRect();
        if (box.width < 1 || box.height < 1) problems.push(`${where} has no size (${box.width}x${box.height})`);
        const count = (selector) => root.querySelectorAll(selector).length;
        switch (host.localName) {
          case 'acu-benefits':
            if (count('ul > li') !== 6) problems.push(`${where} has ${count('ul > li')} list items, not 6`);
            break;
          case 'acu-book-button': {
            const link = root.querySelector('a[href]');
            if (!link) problems.push(`${where} has no <a href>`);
            else if (link.href !== bookingUrl) problems.push(`${where} links to ${link.href}, not ${bookingUrl}`);
            break;
          }
          case 'acu-who-it-helps': {
            const legend = root.querySelector('fieldset > legend');
            if (!legend?.textContent.trim()) problems.push(`${where} shows no fieldset with a legend (the first question)`);
            break;
          }
          case 'acu-timeline':
            if (count('ol > li') !== 5) problems.push(`${where} has ${count('ol > li')} steps, not 5`);
            break;
        }
      });
      return problems;
    },
    { widgets: WIDGETS, bookingUrl },
  );
}

/**
 * How each widget's shadow tree is laid out: for every element, the computed
 * properties a widget owns, with lengths divided by the element's font size
 * so a page with bigger text compares equal. The page's font family, size,
 * weight and colour are inherited on purpose and left out.
 */
export function styleFingerprint(page) {
  return page.evaluate((widgets) => {
    const PROPS = [
      'display', 'position', 'float', 'box-sizing', 'visibility',
      'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
      'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
      'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
      'border-top-style', 'border-bottom-style', 'border-top-left-radius', 'border-bottom-right-radius',
      'line-height', 'text-align', 'text-transform', 'text-indent', 'text-decoration-line', 'white-space',
      'list-style-type', 'gap', 'min-height', 'min-width', 'max-width', 'appearance', 'background-image',
      'box-shadow', 'text-shadow', 'content',
    ];
    // A widget may fade content in as it scrolls into view; only the host's own opacity is the page's doing.
    // The host's box-sizing is the page's to set (a theme's * rule wins over :host), and changes nothing
    // while hosts draw no padding or border of their own. So are its margins: a theme's spacing between
    // blocks rightly wins over the gap <acu-clinic> puts between widgets.
    const HOST_PROPS = [...PROPS.filter((prop) => prop !== 'box-sizing' && !prop.startsWith('margin-')), 'opacity', 'transform'];
    const fingerprint = {};
    const record = (key, element, props = PROPS) => {
      const style = getComputedStyle(element);
      const fontSize = parseFloat(style.fontSize) || 16;
      for (const prop of props) {
        const value = style.getPropertyValue(prop).replace(/(-?[\d.]+)px/g, (_, px) => `${(px / fontSize).toFixed(2)}em`);
        fingerprint[`${key} ${prop}`] = value;
      }
    };
    const hosts = [...document.querySelectorAll(widgets.join(','))];
    const perTag = {};
    for (const host of hosts) {
      const hostKey = `<${host.localName}>#${(perTag[host.localName] = (perTag[host.localName] ?? -1) + 1)}`;
      record(hostKey, host, HOST_PROPS);
      [...(host.shadowRoot?.querySelectorAll('*') ?? [])]
        .filter((element) => !['style', 'template', 'slot'].includes(element.localName))
        .forEach((element, index) => {
          const name = element.getAttribute('part') ?? element.getAttribute('class') ?? '';
          record(`${hostKey} ${index}:${element.localName}${name ? `[${name}]` : ''}`, element);
        });
    }
    return fingerprint;
  }, WIDGETS);
}

/** The entries of `actual` that differ from `expected`, one line each. */
export function differences(expected, actual, limit = 40) {
  const lines = [];
  for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    if (expected[key] !== actual[key]) lines.push(`${key}: ${expected[key]} -> ${actual[key]}`);
  }
  return lines.length > limit ? [...lines.slice(0, limit), `…and ${lines.length - limit} more`] : lines;
}

/**
 * The package as npm users get it, "installed" under .build/node_modules:
 * package.json, the manifest, README/LICENSE and the dist/ under test.
 * Vite builds and Node imports resolve `acu-widgets` through its real
 * exports map from there, and `lit` from the repository's node_modules.
 */
export function installPackage() {
  const target = join(BUILD, 'node_modules/acu-widgets');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const file of ['README.md', 'LICENSE']) {
    if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(target, file));
  }
  // Without scripts: packing the installed copy (arethetypeswrong does) must not try to build it again.
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  delete manifest.scripts;
  writeFileSync(join(target, 'package.json'), JSON.stringify(manifest, null, 2));
  if (existsSync(MANIFEST)) cpSync(MANIFEST, join(target, 'custom-elements.json'));
  cpSync(DIST, join(target, 'dist'), { recursive: true });
  // A package of its own, so code under .build/ imports the installed copy, not the repository itself.
  writeBuildFile('package.json', JSON.stringify({ name: 'acu-widgets-e2e', private: true, type: 'module' }));
  return target;
}

export function writeBuildFile(name, text) {
  const path = join(BUILD, name);
  mkdirSync(resolve(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}
