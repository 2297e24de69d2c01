/*
 * What a visitor's Chromium sees on a WordPress page with the widgets: run
 * in the page, each returns one line per problem, so a failure lists every
 * broken rule at once.
 */
/* global document, window, customElements, getComputedStyle, PerformanceObserver */
import { WIDGETS } from '../e2e/harness.mjs';

/** Starts counting layout shifts before the page's first byte (install with addInitScript). */
export function recordLayoutShifts() {
  window.__acuShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const moved = (entry.sources ?? []).map((source) => {
        const node = source.node;
        const name = node?.nodeType === 1 ? `<${node.localName}${node.className ? ` class="${node.className}"` : ''}>` : String(node?.nodeName ?? '?');
        return `${name} ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)}`;
      });
      window.__acuShifts.push({ value: entry.value, moved });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Widgets rendered, with the content the post asked for: the Author's lists
 * rather than the defaults, the label, the booking URL from the settings;
 * nothing WordPress injected (stray <p>, <br>, a second copy of a list) shown.
 */
export function contentProblems(page, { expect, bookingUrl }) {
  return page.evaluate(
    ({ expect, bookingUrl, widgets }) => {
      const problems = [];
      const content = (element) => element.textContent.replace(/\s+/g, ' ').trim();
      const hosts = [...document.querySelectorAll(widgets.join(','))];
      // The post's content column (TT3's .wp-block-post-content, TT1's .entry-content): where its first paragraph is.
      const box = [...document.querySelectorAll('p')].find((p) => p.textContent.startsWith('First paragraph of'))?.parentElement;
      if (!box) return ['no paragraph starting "First paragraph of" on the page: the post did not render'];
      if (expect.none) {
        if (hosts.length) problems.push(`${hosts.length} widgets on a post without any`);
        return problems;
      }
      const seen = new Set(hosts.map((host) => host.localName));
      for (const tag of widgets) if (!seen.has(tag)) problems.push(`<${tag}> is not on the page`);
      for (const host of hosts) {
        const where = `<${host.localName}${host.getAttribute('label') ? ` label="${host.getAttribute('label')}"` : ''}>`;
        if (!customElements.get(host.localName)) {
          problems.push(`${where} is not defined`);
          continue;
        }
        const root = host.shadowRoot;
        // A button whose link was refused shows nothing, by contract (the console says why).
        const refused = expect.hostileLabel && host.getAttribute('label') === expect.hostileLabel && !host.hasAttribute('href');
        if (refused) continue;
        if (!root || !content(root)) {
          problems.push(`${where} rendered nothing`);
          continue;
        }
        const rect = host.getBoundingClientRect();
        if (rect.width < 1 || rect.height < 1) problems.push(`${where} has no size (${rect.width}×${rect.height})`);
        // The widgets copy the author's list into their shadow tree; anything of the light DOM that shows is stray.
        for (const child of host.querySelectorAll('*')) {
          if (child.getClientRects().length && child.getBoundingClientRect().height > 0) {
            problems.push(`${where} shows its light-DOM <${child.localName}> "${content(child).slice(0, 40)}"`);
          }
        }
        const items = (selector) => [...root.querySelectorAll(selector)].map(content);
        const hostile = expect.hostileLabel && host.getAttribute('label') === expect.hostileLabel;
        if (expect.hostile || hostile) continue;
        switch (host.localName) {
          case 'acu-benefits': {
            const shown = items('li');
            if (shown.length !== expect.benefits.length || !expect.benefits.every(({ title }, i) => shown[i]?.includes(title))) {
              problems.push(`<acu-benefits> shows ${JSON.stringify(shown)}, not the post's own ${JSON.stringify(expect.benefits.map(({ title }) => title))}`);
            }
            if (expect.heading && !content(root).includes(expect.heading)) problems.push(`<acu-benefits> does not show the heading "${expect.heading}"`);
            break;
          }
          case 'acu-timeline': {
            const shown = items('ol > li');
            const want = expect.steps?.map(({ title }) => title);
            if (want ? shown.length !== want.length || !want.every((title, i) => shown[i]?.includes(title)) : shown.length !== 5) {
              problems.push(`<acu-timeline> shows ${JSON.stringify(shown.map((text) => text.slice(0, 30)))}, not ${want ? JSON.stringify(want) : 'the 5 default steps'}`);
            }
            break;
          }
          case 'acu-book-button': {
            const link = root.querySelector('a[href]');
            if (!link) problems.push(`${where} has no <a href> (no booking link)`);
            else if (link.href !== bookingUrl) problems.push(`${where} links to ${link.href}, not the settings' ${bookingUrl}`);
            if (expect.label && !content(root).includes(expect.label)) problems.push(`${where} does not say "${expect.label}"`);
            break;
          }
          case 'acu-who-it-helps':
            if (!root.querySelector('fieldset > legend')?.textContent.trim()) problems.push('<acu-who-it-helps> shows no question');
            break;
        }
      }
      // wpautop or the HTML parser can push an author's list out of its element, where it shows a second time.
      for (const item of box.querySelectorAll('li')) {
        if (!item.closest(widgets.join(',')) && item.getClientRects().length) problems.push(`a list item shows outside any widget: "${content(item).slice(0, 50)}"`);
      }
      for (const clinic of document.querySelectorAll('acu-clinic')) {
        for (const child of clinic.children) {
          if (['p', 'br'].includes(child.localName) && child.getClientRects().length && child.getBoundingClientRect().height > 0) {
            problems.push(`<acu-clinic> shows a stray <${child.localName}> ${child.getBoundingClientRect().height}px tall`);
          }
        }
      }
      return problems;
    },
    { expect, bookingUrl, widgets: WIDGETS },
  );
}

/**
 * The layout rules: every widget (and the block wrapper around it) starts at
 * the paragraphs' left edge and is as wide as they are (a book button may be
 * narrower); consecutive blocks are as far apart as the theme puts two
 * paragraphs, never touching.
 */
export function layoutProblems(page) {
  return page.evaluate((widgets) => {
    const problems = [];
    // The post's content column (TT3's .wp-block-post-content, TT1's .entry-content): where its first paragraph is.
    const box = [...document.querySelectorAll('p')].find((p) => p.textContent.startsWith('First paragraph of'))?.parentElement;
    if (!box) return ['no content column'];
    const selector = widgets.join(',');
    const paragraphs = [...box.children].filter((child) => child.localName === 'p' && child.textContent.trim());
    if (paragraphs.length < 2) return [`the content column has ${paragraphs.length} paragraphs, not the post's two or more`];
    const [first, second] = paragraphs.map((p) => p.getBoundingClientRect());
    const gap = second.top - first.bottom;
    if (!(gap > 0)) problems.push(`the theme puts no space between paragraphs (${gap}px): nothing to compare with`);
    const describe = (element) => `<${element.localName}${element.className ? ` class="${element.className}"` : ''}>`;
    const sameColumn = (element, rect, { narrower = false } = {}) => {
      if (Math.abs(rect.left - first.left) > 1) problems.push(`${describe(element)} starts at x=${rect.left.toFixed(1)}, the paragraphs at x=${first.left.toFixed(1)}`);
      const wrongWidth = narrower ? rect.width > first.width + 1 : Math.abs(rect.width - first.width) > 1;
      if (wrongWidth) problems.push(`${describe(element)} is ${rect.width.toFixed(1)}px wide, the paragraphs ${first.width.toFixed(1)}px`);
    };
    const sequence = [];
    for (const child of box.children) {
      if (paragraphs.includes(child)) {
        sequence.push([`<p> "${child.textContent.slice(0, 30)}"`, child.getBoundingClientRect()]);
        continue;
      }
      const hosts = child.matches(selector) ? [child] : [...child.querySelectorAll(selector)];
      if (!hosts.length) continue;
      sameColumn(child, child.getBoundingClientRect());
      for (const host of hosts) {
        const narrower = host.localName === 'acu-book-button' && !host.hasAttribute('full-width');
        sameColumn(host, host.getBoundingClientRect(), { narrower });
      }
      // The widget's own box is what a reader sees spaced, whatever the box around it adds (a line box under an inline-block).
      for (const host of hosts) sequence.push([`<${host.localName}> in ${describe(child)}`, host.getBoundingClientRect(), child]);
    }
    /*
     * Between blocks, the theme's spacing. Several widgets in one Custom HTML
     * block are one block to the theme; <acu-clinic> spaces them by the block
     * gap a block theme declares (--wp--style--block-gap), which a classic
     * theme does not have: there they need only be evenly spaced.
     */
    const blockGap = getComputedStyle(document.body).getPropertyValue('--wp--style--block-gap').trim();
    const inside = [];
    for (let i = 1; i < sequence.length; i++) {
      const [above, upper, block] = sequence[i - 1];
      const [below, lower, next] = sequence[i];
      const between = lower.top - upper.bottom;
      if (block && block === next) inside.push([between, `${above} and ${below}`]);
      if ((!block || block !== next || blockGap) && Math.abs(between - gap) > 2) {
        problems.push(`${between.toFixed(1)}px between ${above} and ${below}; the theme puts ${gap.toFixed(1)}px between paragraphs`);
      }
    }
    for (const [between, pair] of inside) {
      if (!(between > 0) || Math.abs(between - inside[0][0]) > 2) problems.push(`${between.toFixed(1)}px between ${pair}, ${inside[0][0].toFixed(1)}px between ${inside[0][1]}`);
    }
    return problems;
  }, WIDGETS);
}

/**
 * What an attacker could have got onto the page through the post: script-ish
 * elements, on* handlers or javascript: links anywhere in the post's content,
 * in the light DOM or in any widget's shadow tree. Without `images`, an
 * <img> or <svg> in the post's own markup counts too (where the post has none
 * of its own, one can only come from an attribute's text).
 */
export function injectionProblems(page, { images = true } = {}) {
  return page.evaluate((images) => {
    const problems = [];
    // The post's content column (TT3's .wp-block-post-content, TT1's .entry-content): where its first paragraph is.
    const box = [...document.querySelectorAll('p')].find((p) => p.textContent.startsWith('First paragraph of'))?.parentElement;
    if (!box) return ['no content column'];
    const walk = (root, path) => {
      for (const element of root.querySelectorAll('*')) {
        const where = `${path}<${element.localName}>`;
        if (['script', 'iframe', 'object', 'embed', 'frame'].includes(element.localName)) problems.push(`${where} is in the post`);
        if (!images && ['img', 'svg'].includes(element.localName) && !path) problems.push(`${where} is in the post`);
        for (const { name, value } of element.attributes) {
          if (/^on/i.test(name)) problems.push(`${where} has ${name}="${value}"`);
          if (/^\s*javascript:/i.test(value)) problems.push(`${where} has ${name}="${value}"`);
        }
        if (element.shadowRoot) walk(element.shadowRoot, `${where} shadow: `);
      }
    };
    walk(box, '');
    return problems;
  }, images);
}
