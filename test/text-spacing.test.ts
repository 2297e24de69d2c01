import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';

/*
 * WCAG 1.4.12: a reader who widens letter and word spacing (with a browser
 * extension or a user style on the page) must get it on every piece of text,
 * controls included, which browsers otherwise reset.
 */
describe('text spacing set by the reader', () => {
  it('reaches every button and input inside every widget', async () => {
    const page = await fixture<HTMLElement>(html`<div style="letter-spacing: 0.12em; word-spacing: 0.16em; font-size: 20px">
      <acu-clinic booking-url="https://clinic.example/book">
        <acu-benefits></acu-benefits>
        <acu-who-it-helps></acu-who-it-helps>
        <acu-timeline></acu-timeline>
        <acu-book-button mode="floating"></acu-book-button>
      </acu-clinic>
    </div>`);
    const widgets = [...page.querySelectorAll('acu-clinic > *')] as HTMLElement[];
    await Promise.all(widgets.map((widget) => (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete));
    const controls = widgets.flatMap((widget) => [...widget.shadowRoot!.querySelectorAll('button, input, a')]);
    expect(controls.length).to.be.greaterThan(5);
    for (const control of controls) {
      const style = getComputedStyle(control);
      expect([style.letterSpacing, style.wordSpacing], control.outerHTML.slice(0, 80)).to.deep.equal(['2.4px', '3.2px']);
    }
  });
});
