/*
 * The default colours must keep their contrast on whatever page a clinic
 * has: white, a theme's tinted background (Twenty Twenty-One's green) and a
 * dark page, none of which sets any --acu-* property. Colours are read from
 * the computed styles and composited the way the browser paints them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { AcuWhoItHelps } from '../src/who-it-helps/index.js';

const PAGES = [
  { name: 'light', background: '#ffffff', text: '#222222' },
  { name: 'tinted (Twenty Twenty-One)', background: '#d1e4dd', text: '#28303d' },
  { name: 'dark', background: '#111111', text: '#eeeeee' },
];

const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** The colours painted one over the other, bottom first, as sRGB 0-255. */
function paint(...layers: string[]): number[] {
  canvas.clearRect(0, 0, 1, 1);
  for (const layer of layers) {
    canvas.fillStyle = layer;
    canvas.fillRect(0, 0, 1, 1);
  }
  return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

const luminance = (rgb: number[]) => {
  const [r, g, b] = rgb.map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

const contrast = (a: number[], b: number[]) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
};

/** Text (or an icon) of `element` against the backgrounds behind it, up to the page. */
function contrastOf(element: Element, page: string): number {
  const backgrounds: string[] = [];
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    backgrounds.unshift(getComputedStyle(node).backgroundColor);
  }
  const behind = paint(page, ...backgrounds);
  return contrast(paint(page, ...backgrounds, getComputedStyle(element).color), behind);
}

const inShadow = (host: Element, selector: string) => host.shadowRoot!.querySelector(selector)!;

for (const { name, background, text } of PAGES) {
  describe(`default colours on a ${name} page`, () => {
    let page: HTMLElement;

    beforeEach(async () => {
      page = await fixture(html`<div style="background: ${background}; color: ${text}; padding: 1em">
        <acu-clinic booking-url="https://clinic.example/book">
          <acu-benefits></acu-benefits>
          <acu-timeline current="2"></acu-timeline>
          <acu-book-button variant="outline"></acu-book-button>
          <acu-book-button variant="secondary"></acu-book-button>
          <acu-who-it-helps></acu-who-it-helps>
        </acu-clinic>
      </div>`);
      await Promise.all([...page.querySelectorAll('acu-clinic > *')].map((el) => (el as AcuWhoItHelps).updateComplete));
    });

    it('step numbers and outline and secondary button text reach 4.5:1, the benefit ticks 3:1', () => {
      const [outline, secondary] = page.querySelectorAll('acu-book-button');
      const results = {
        'step number': contrastOf(inShadow(page.querySelector('acu-timeline')!, '.marker'), background),
        'outline button': contrastOf(inShadow(outline, '.button'), background),
        'secondary button': contrastOf(inShadow(secondary, '.button'), background),
      };
      for (const [what, ratio] of Object.entries(results)) expect(ratio, what).to.be.at.least(4.5);
      expect(contrastOf(inShadow(page.querySelector('acu-benefits')!, '.icon'), background), 'tick').to.be.at.least(3);
    });

    it('the focus ring, or the halo inside it, reaches 3:1 against the page', async () => {
      const button = inShadow(page.querySelector('acu-book-button')!, '.button') as HTMLElement;
      button.focus();
      const style = getComputedStyle(button);
      const ring = contrast(paint(background, style.outlineColor), paint(background));
      const halo = contrast(paint(background, style.boxShadow.match(/^(rgba?\([^)]*\)|#\w+)/)?.[1] ?? 'transparent'), paint(background));
      expect(Math.max(ring, halo), `ring ${ring.toFixed(2)}, halo ${halo.toFixed(2)}`).to.be.at.least(3);
    });

    it('the popup follows the page: its text reaches 4.5:1 on its background, and its focus ring 3:1', async () => {
      const button = document.createElement('acu-book-button');
      button.setAttribute('mode', 'popup');
      page.querySelector('acu-clinic')!.append(button);
      await button.updateComplete;
      button.show();
      const dialog = inShadow(button, 'dialog') as HTMLDialogElement;
      const surface = getComputedStyle(dialog).backgroundColor;
      // The page's own text colour, on a surface that suits it: dark text on a light dialog, light on a dark one.
      const title = inShadow(button, '.title');
      expect(paint(getComputedStyle(title).color)).to.deep.equal(paint(text));
      expect(contrast(paint(surface, text), paint(surface)), 'dialog text').to.be.at.least(4.5);
      const close = getComputedStyle(inShadow(button, '.close'));
      const ring = contrast(paint(surface, close.outlineColor), paint(surface));
      const halo = contrast(paint(surface, '#fff'), paint(surface));
      expect(Math.max(ring, halo), 'focus ring in the dialog').to.be.at.least(3);
      button.hide();
    });

    it('errors and the "Urgent" tag reach 4.5:1', async () => {
      const checker = page.querySelector('acu-who-it-helps')!;
      inShadow(checker, '.continue').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await checker.updateComplete;
      expect(contrastOf(inShadow(checker, '.summary a'), background), 'error summary link').to.be.at.least(4.5);
      expect(contrastOf(inShadow(checker, '.error'), background), 'error message').to.be.at.least(4.5);
      (inShadow(checker, 'input') as HTMLInputElement).click();
      await checker.updateComplete;
      inShadow(checker, '.continue').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await checker.updateComplete;
      expect(contrastOf(inShadow(checker, '.tag'), background), 'urgent tag').to.be.at.least(4.5);
    });
  });
}
