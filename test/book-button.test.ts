import { expect, fixture, html } from '@open-wc/testing';
import '../src/book-button/index.js';
import '../src/clinic/index.js';
import type { AcuBookButton } from '../src/book-button/index.js';
import { spyOnConsole, type ConsoleSpy } from './console-spy.js';

const link = (el: AcuBookButton) => el.shadowRoot!.querySelector('a');

describe('<acu-book-button>', () => {
  let spy: ConsoleSpy;
  beforeEach(() => (spy = spyOnConsole()));
  afterEach(() => spy.restore());

  describe('link mode', () => {
    it('is a real link to href, labelled "Book an appointment"', async () => {
      const el = await fixture<AcuBookButton>(html`<acu-book-button href="https://example.janeapp.com/"></acu-book-button>`);
      expect(link(el)!.href).to.equal('https://example.janeapp.com/');
      expect(link(el)!.target).to.equal('');
      expect(link(el)!.textContent!.trim()).to.equal('Book an appointment');
      expect(spy.errors).to.deep.equal([]);
    });
  });

  describe('bad input', () => {
    for (const bad of ['javascript:alert(1)', ' JaVa\tScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', 'https://']) {
      it(`refuses ${JSON.stringify(bad)} with one error and no link`, async () => {
        const el = await fixture<AcuBookButton>(html`<acu-book-button href=${bad}></acu-book-button>`);
        expect(el.shadowRoot!.querySelector('a, button, [tabindex]')).to.equal(null);
        expect(spy.errors).to.have.length(1);
        expect(spy.errors[0]).to.match(/^<acu-book-button> href: /);
      });
    }
  });
});
