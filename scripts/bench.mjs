/*
 * Speed budgets, measured in Chromium throttled like a mid-range phone (4x
 * CPU slowdown, DevTools' "Slow 4G"): a clinic page with every widget from
 * dist/acu-widgets.js against the same page rendering one minimal Lit element
 * bundled the same way (the floor). Medians over several runs of:
 *   - time from navigation until every widget has rendered,
 *   - cumulative layout shift,
 *   - main-thread long tasks after the first paint: the ones that can delay
 *     a patient's tap, which is what Lighthouse's Total Blocking Time counts.
 * Both pages load their script as the README advises, in <head> with
 * blocking="render": the page is painted once, with the widgets in it, so
 * nothing shifts; the cost is a first paint that waits for the script.
 * Budgets: render within 2x the floor, layout shift 0.01 or less, no long
 * task. Prints a table, writes bench-results.json, exits 1 over budget.
 *
 *   node scripts/bench.mjs            7 runs of each page (npm run bench)
 *   node scripts/bench.mjs --runs 3   the quick check inside npm test
 */
/* global window, document, performance, requestAnimationFrame, PerformanceObserver */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { BUILD, ROOT, WIDGETS, clinicMarkup, launch, page, readBundle, serve, writeBuildFile } from '../test/e2e/harness.mjs';

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const RUNS = Math.max(1, Math.min(25, Number(options.runs) || 7));
const BUDGET = { renderRatio: 2, cls: 0.01, longTasks: 0 };
const CPU_SLOWDOWN = 4;
// DevTools' "Slow 4G" preset (Lighthouse's mobile throttling): 150 ms RTT x 3.75, 1.6 Mbps x 0.9 down, 750 kbps x 0.9 up.
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
// Lighthouse's mobile device (Moto G Power).
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const SETTLE_MS = 1500;

/** The floor: the smallest Lit element, built like the real bundle (Lit inside, minified, ES module). */
async function buildFloor() {
  const entry = writeBuildFile(
    'bench/floor-entry.js',
    `import { LitElement, css, html } from 'lit';
customElements.define('acu-floor', class extends LitElement {
  static styles = css\`:host { display: block; }\`;
  render() { return html\`<p>Hello from the floor element.</p>\`; }
});
`,
  );
  const outDir = join(BUILD, 'bench/out');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: entry, output: { format: 'es', entryFileNames: 'floor.js' } },
    },
  });
  return readFileSync(join(outDir, 'floor.js'));
}

/** A clinic's page, loading its script as the README advises: some text, then `content`, then more text that the widgets could push down. */
const clinicPage = (script, content) =>
  page({
    title: 'Acupuncture for back pain',
    head: `<script type="module" src="${script}" blocking="render"></script>
  <style>body { margin: 0 auto; max-width: 40rem; padding: 1rem; font: 17px/1.6 system-ui, sans-serif; }</style>`,
    body: `<p>Many people with back pain try acupuncture. Here is what it involves, who it may help and how to book.</p>
  ${content}
  <p>Questions? Call us on 0117 496 0123. We are open Monday to Saturday.</p>`,
  });

/*
 * Runs in the page before anything else: records layout shifts, long tasks,
 * and the first frame in which every element listed in data-bench-tags has
 * rendered (checked each animation frame, up to 20 s).
 */
function instrument(tags) {
  const bench = (window.__bench = { shifts: [], longTasks: [], renderedAt: undefined });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const moved = entry.sources.map(({ node }) => `${node?.localName ?? '?'} "${node?.textContent?.trim().slice(0, 24) ?? ''}"`);
      bench.shifts.push([Math.round(entry.startTime), Number(entry.value.toFixed(4)), moved.join(', ')]);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push([Math.round(entry.startTime), Math.round(entry.duration)]);
  }).observe({ type: 'longtask' });
  const rendered = (element) => element.hasUpdated && element.shadowRoot?.childElementCount > 0;
  const check = () => {
    const hosts = document.querySelectorAll(tags.join(','));
    if (hosts.length && [...hosts].every(rendered)) bench.renderedAt = performance.now();
    else if (performance.now() < 20_000) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function measure(browser, url, tags) {
  const context = await browser.newContext(PHONE);
  try {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await tab.addInitScript(instrument, tags);
    await tab.goto(url, { timeout: 60_000 });
    await tab.waitForFunction(() => window.__bench.renderedAt !== undefined, null, { timeout: 30_000 });
    await tab.waitForTimeout(SETTLE_MS);
    const { renderedAt, shifts, longTasks } = await tab.evaluate(() => window.__bench);
    const [scriptLoadedAt, firstContentfulPaintAt] = await tab.evaluate(() => [
      performance.getEntriesByType('resource').find((entry) => entry.initiatorType === 'script')?.responseEnd,
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    ]);
    // Before the first paint there is nothing to tap, so a long task there delays no one (as in Total Blocking Time).
    const blockingTasks = longTasks.filter(([start, duration]) => start + duration > firstContentfulPaintAt);
    return {
      renderMs: renderedAt,
      cls: shifts.reduce((sum, [, value]) => sum + value, 0),
      longTaskCount: blockingTasks.length,
      longTaskMs: blockingTasks.reduce((sum, [, duration]) => sum + duration, 0),
      pageLongTaskCount: longTasks.length,
      // [start, duration] and [start, score, what moved], in ms after navigation, to tell what caused them
      longTasks,
      shifts,
      scriptLoadedAt,
      firstContentfulPaintAt,
    };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const bundle = readBundle();
const floor = await buildFloor();
const PAGES = {
  '/floor.html': clinicPage('/floor.js', '<acu-floor></acu-floor>'),
  '/widgets.html': clinicPage('/acu-widgets.js', clinicMarkup()),
};
const server = await serve((url) => {
  if (url.pathname in PAGES) return { body: PAGES[url.pathname] };
  if (url.pathname === '/floor.js') return { body: floor, type: 'text/javascript' };
  if (url.pathname === '/acu-widgets.js') return { body: bundle, type: 'text/javascript' };
  return undefined;
});
const browser = await launch();
const samples = { floor: [], widgets: [] };
try {
  // Alternating the two pages spreads any slowdown of the machine over both.
  for (let run = 0; run < RUNS; run++) {
    samples.floor.push(await measure(browser, `${server.origin}/floor.html`, ['acu-floor']));
    samples.widgets.push(await measure(browser, `${server.origin}/widgets.html`, WIDGETS));
  }
} finally {
  await browser.close();
  await server.close();
}

const summary = Object.fromEntries(
  Object.entries(samples).map(([name, runs]) => [
    name,
    Object.fromEntries(['renderMs', 'firstContentfulPaintAt', 'cls', 'longTaskCount', 'longTaskMs', 'pageLongTaskCount'].map((key) => [key, median(runs.map((run) => run[key]))])),
  ]),
);
const ratio = summary.widgets.renderMs / summary.floor.renderMs;
const verdicts = {
  render: ratio <= BUDGET.renderRatio,
  cls: summary.widgets.cls <= BUDGET.cls,
  longTasks: summary.widgets.longTaskCount <= BUDGET.longTasks,
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const { gzipSync } = await import('node:zlib');

console.log(
  `bench: ${RUNS} run(s) each, medians; CPU ${CPU_SLOWDOWN}x slower, Slow 4G (562.5 ms RTT, 1.44 Mbps), 412x823 phone; ` +
    `widgets: ${WIDGETS.join(', ')} (${kb(gzipSync(bundle).length)} gzip), floor: one minimal Lit element (${kb(gzipSync(floor).length)} gzip)`,
);
const pass = (ok) => (ok ? 'ok' : 'OVER');
console.table({
  'rendered (ms after navigation)': {
    floor: Math.round(summary.floor.renderMs),
    widgets: Math.round(summary.widgets.renderMs),
    budget: `<= ${BUDGET.renderRatio}x floor (${ratio.toFixed(2)}x)`,
    verdict: pass(verdicts.render),
  },
  'first paint (ms after navigation)': {
    floor: Math.round(summary.floor.firstContentfulPaintAt),
    widgets: Math.round(summary.widgets.firstContentfulPaintAt),
    budget: '',
    verdict: '',
  },
  'cumulative layout shift': {
    floor: summary.floor.cls.toFixed(4),
    widgets: summary.widgets.cls.toFixed(4),
    budget: `<= ${BUDGET.cls}`,
    verdict: pass(verdicts.cls),
  },
  'long tasks after first paint (count)': {
    floor: summary.floor.longTaskCount,
    widgets: summary.widgets.longTaskCount,
    budget: `${BUDGET.longTasks}`,
    verdict: pass(verdicts.longTasks),
  },
  'long tasks after first paint (ms)': {
    floor: Math.round(summary.floor.longTaskMs),
    widgets: Math.round(summary.widgets.longTaskMs),
    budget: '',
    verdict: '',
  },
  'long tasks in the whole load (count)': {
    floor: summary.floor.pageLongTaskCount,
    widgets: summary.widgets.pageLongTaskCount,
    budget: '',
    verdict: '',
  },
});

writeFileSync(
  join(ROOT, 'bench-results.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      runs: RUNS,
      throttling: { cpuSlowdown: CPU_SLOWDOWN, network: SLOW_4G, device: PHONE },
      widgets: WIDGETS,
      budget: BUDGET,
      medians: summary,
      renderRatio: ratio,
      verdicts,
      samples,
    },
    null,
    2,
  )}\n`,
);

const over = Object.entries(verdicts).filter(([, ok]) => !ok).map(([name]) => name);
if (over.length) {
  console.error(`bench: over budget: ${over.join(', ')} (details in bench-results.json)`);
  process.exit(1);
}
console.log('bench: within every budget.');
