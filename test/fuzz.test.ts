/*
 * Every attribute and property of every element, fed hostile values of every
 * type, on live elements and on elements upgraded afterwards. Whatever a page
 * or a framework passes, nothing may throw, no widget may go blank without a
 * console line saying why, every console line names the element and the
 * attribute, no markup may be injected and Object.prototype stays clean.
 * The values are drawn with a fixed seed, so a failure repeats.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement, PropertyDeclaration } from 'lit';
import '../src/index.js';
import { spyOnConsole, type ConsoleSpy } from './console-spy.js';

const TAGS = ['acu-clinic', 'acu-benefits', 'acu-who-it-helps', 'acu-timeline', 'acu-book-button'] as const;
const SEED = 20261203;

/** mulberry32: small, fast and repeatable. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INJECTIONS = [
  '<img src=x onerror="window.__acuPwned=1">',
  '"><script>window.__acuPwned=1</script>',
  "'><svg onload=window.__acuPwned=1>",
  'javascript:window.__acuPwned=1',
  'JaVaScRiPt:window.__acuPwned=1',
  'data:text/html,<script>window.__acuPwned=1</script>',
];

const deepArray = () => {
  let value: unknown[] = [];
  for (let i = 0; i < 5000; i++) value = [value];
  return value;
};

/** Strings a page can write in an attribute. */
const STRINGS: string[] = [
  '',
  '   ',
  '\u200b\u200d\ufeff',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  ...INJECTIONS,
  'mailto:100%@clinic.example',
  '%E0%A4%A',
  'tel:',
  'https://user:pass@clinic.example/',
  'calendly.com/harbour',
  '[]',
  '[1,null,{"title":{}}]',
  '{"__proto__":{"acuPolluted":1}}',
  '{"questions":[]}',
  'null',
  'NaN',
  '-1',
  '0',
  '1e308',
  '3',
  '7',
  'x'.repeat(100_000),
  '🙂'.repeat(50),
];

/** Values a script or framework can set on a property. */
const VALUES: (() => unknown)[] = [
  ...STRINGS.map((value) => () => value),
  () => 0,
  () => -1,
  () => 2.5,
  () => NaN,
  () => Infinity,
  () => Number.MAX_SAFE_INTEGER,
  () => 2n ** 70n,
  () => true,
  () => false,
  () => null,
  () => undefined,
  () => ({}),
  () => [],
  () => ['utm_*'],
  () => [{ title: 'Calm', text: 'Quiet sessions.' }],
  () => [{ title: { toString: () => 'x' } }, 42, null],
  () => Object.create(null),
  () => JSON.parse('{"__proto__":{"acuPolluted":1}}'),
  () => ({ questions: [{ id: 'constructor', text: 'Q', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] }] }),
  () => ({ toString: () => { throw new Error('hostile toString'); } }),
  () => new Proxy({}, { get: () => { throw new Error('hostile proxy'); } }),
  () => new URL('https://clinic.example/book'),
  () => new Date(0),
  () => () => 'function',
  () => Symbol('hostile'),
  deepArray,
];

type Declared = [property: string, attribute: string | undefined];

/** Every public property of an element class, with its attribute name. */
function declared(tag: string): Declared[] {
  const element = customElements.get(tag) as unknown as { elementProperties: Map<PropertyKey, PropertyDeclaration> };
  return [...element.elementProperties]
    .filter(([, options]) => !options.state)
    .map(([name, options]) => [String(name), options.attribute === false ? undefined : typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase()]);
}

let uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(String(event.error ?? event.message));
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));

/** Waits for the element's update, recording a rejected one as the uncaught error it would be on a page. */
async function settle(element: LitElement) {
  try {
    await element.updateComplete;
  } catch (error) {
    uncaught.push(String(error));
  }
}

/** What a patient sees must never be blank, unless the site author was told why. */
function checkRendering(element: LitElement, spy: ConsoleSpy, what: string) {
  const root = element.shadowRoot!;
  expect(root.querySelector('script, img, iframe[srcdoc], [onerror], [onload]'), `${what}: injected markup`).to.equal(null);
  expect((window as unknown as { __acuPwned?: number }).__acuPwned, `${what}: injected script ran`).to.equal(undefined);
  for (const link of root.querySelectorAll<HTMLAnchorElement | HTMLIFrameElement>('a[href], iframe[src]')) {
    const url = new URL(link instanceof HTMLAnchorElement ? link.href : link.src);
    expect(['https:', 'http:', 'tel:', 'mailto:'], `${what}: unsafe link ${url.href}`).to.include(url.protocol);
  }
  if (element.localName === 'acu-clinic') return;
  const blank = !root.textContent?.trim();
  if (blank) {
    const said = [...spy.warnings, ...spy.errors].some((line) => line.startsWith(`<${element.localName}>`));
    expect(said, `${what}: blank with no console line`).to.equal(true);
  }
}

/** Every console line names the element (and so the attribute after it), and one value gives at most one per problem. */
function checkConsole(spy: ConsoleSpy, tag: string, what: string) {
  const lines = [...spy.warnings, ...spy.errors];
  for (const line of lines) expect(line, what).to.match(new RegExp(`^<${tag}> [a-z-]+:`));
  expect(lines.length, `${what}: ${lines.join(' | ')}`).to.be.at.most(1);
}

describe('fuzz: hostile values for every attribute and property', function () {
  this.timeout(60_000);
  let spy: ConsoleSpy;

  beforeEach(() => {
    uncaught = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    spy = spyOnConsole();
  });

  afterEach(() => {
    spy.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(Object.keys(Object.prototype), 'Object.prototype polluted').to.deep.equal([]);
    expect(({} as Record<string, unknown>).acuPolluted).to.equal(undefined);
  });

  for (const tag of TAGS) {
    it(`<${tag}>: every attribute, every hostile string`, async () => {
      const wrap = await fixture<HTMLElement>(html`<acu-clinic booking-url="https://clinic.example/book"></acu-clinic>`);
      // lang is the page's own attribute, and picks the widget's language.
      for (const [property, attribute] of [...declared(tag), ['lang', 'lang'] as Declared]) {
        if (!attribute) continue;
        for (const value of STRINGS) {
          const element = document.createElement(tag) as LitElement;
          wrap.append(element);
          spy.warnings.length = spy.errors.length = 0;
          element.setAttribute(attribute, value);
          await settle(element);
          const what = `<${tag} ${attribute}="${value.slice(0, 40)}"> (${property})`;
          expect(uncaught, what).to.deep.equal([]);
          checkRendering(element, spy, what);
          checkConsole(spy, tag, what);
          element.remove();
        }
      }
    });

    it(`<${tag}>: every property, every hostile value of every type`, async () => {
      const wrap = await fixture<HTMLElement>(html`<acu-clinic booking-url="https://clinic.example/book"></acu-clinic>`);
      const element = document.createElement(tag) as LitElement;
      wrap.append(element);
      await settle(element);
      for (const [property] of declared(tag)) {
        for (const [index, make] of VALUES.entries()) {
          spy.warnings.length = spy.errors.length = 0;
          (element as unknown as Record<string, unknown>)[property] = make();
          await settle(element);
          const what = `<${tag}>.${property} = value #${index}`;
          expect(uncaught, what).to.deep.equal([]);
          checkRendering(element, spy, what);
          checkConsole(spy, tag, what);
        }
        (element as unknown as Record<string, unknown>)[property] = undefined;
        await settle(element);
      }
    });

    it(`<${tag}>: hostile properties set before the element is defined, then upgraded`, async () => {
      const draw = random(SEED + tag.length);
      const pick = <T>(list: readonly T[]) => list[Math.floor(draw() * list.length)];
      const properties = declared(tag);
      const upgradeTag = `fuzz-${tag}`;
      const wrap = await fixture<HTMLElement>(html`<acu-clinic booking-url="https://clinic.example/book"></acu-clinic>`);
      const elements = Array.from({ length: 40 }, () => {
        const element = document.createElement(upgradeTag);
        for (let i = 0; i < 4; i++) (element as unknown as Record<string, unknown>)[pick(properties)[0]] = pick(VALUES)();
        wrap.append(element);
        return element;
      });
      customElements.define(upgradeTag, class extends (customElements.get(tag) as typeof HTMLElement) {});
      for (const element of elements as LitElement[]) {
        await settle(element);
        expect(uncaught, `${upgradeTag} after upgrade`).to.deep.equal([]);
        checkRendering(element, spy, `${upgradeTag} after upgrade`);
      }
    });
  }
});
