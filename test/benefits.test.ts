import { expect, fixture, html } from '@open-wc/testing';
import '../src/benefits/index.js';
import type { AcuBenefits } from '../src/benefits/index.js';
import { benefitsStrings } from '../src/benefits/benefits.strings.js';
import { spyOnConsole, type ConsoleSpy } from './console-spy.js';

const shadow = (el: AcuBenefits) => el.shadowRoot!;
const titles = (el: AcuBenefits) => [...shadow(el).querySelectorAll('.title')].map((t) => t.textContent?.trim());
const items = (el: AcuBenefits) => [...shadow(el).querySelectorAll('li')];

describe('<acu-benefits>', () => {
  let spy: ConsoleSpy;
  beforeEach(() => (spy = spyOnConsole()));
  afterEach(() => spy.restore());

  describe('default content', () => {
    it('shows the six built-in benefits under the default heading', async () => {
      const el = await fixture<AcuBenefits>(html`<acu-benefits></acu-benefits>`);
      expect(items(el)).to.have.length(6);
      expect(titles(el)).to.deep.equal(benefitsStrings.en.benefits.map((b) => b.title));
      const heading = shadow(el).querySelector('h2');
      expect(heading?.textContent).to.equal('How acupuncture may help your back');
      expect(spy.warnings).to.deep.equal([]);
    });

    it('words every benefit as general information, without cure claims', () => {
      const copy = JSON.stringify(benefitsStrings.en).toLowerCase();
      for (const claim of ['cure', 'proven', 'lasting', 'guarantee', '%']) {
        expect(copy).not.to.contain(claim);
      }
    });

    it('is a real list that keeps list semantics with its bullets removed', async () => {
      const el = await fixture<AcuBenefits>(html`<acu-benefits></acu-benefits>`);
      const list = shadow(el).querySelector('ul')!;
      expect(list.getAttribute('role')).to.equal('list');
      expect(getComputedStyle(list).listStyleType).to.equal('none');
      for (const icon of shadow(el).querySelectorAll('svg')) {
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
      }
    });

    it('passes axe in both layouts', async () => {
      await expect(await fixture(html`<acu-benefits></acu-benefits>`)).to.be.accessible();
      await expect(await fixture(html`<acu-benefits layout="grid"></acu-benefits>`)).to.be.accessible();
    });
  });

  describe('content precedence', () => {
    it('uses the items property over the defaults, accepting strings and {title, text}', async () => {
      const el = await fixture<AcuBenefits>(html`<acu-benefits
        .items=${['Plain text benefit', { title: 'Titled', text: 'With a sentence.' }]}
      ></acu-benefits>`);
      expect(items(el)).to.have.length(2);
      expect(items(el)[0].textContent).to.contain('Plain text benefit');
      expect(titles(el)).to.deep.equal(['Titled']);
      expect(items(el)[1].querySelector('.text')?.textContent).to.equal('With a sentence.');
    });

    it('reads the items attribute as JSON', async () => {
      const el = await fixture<AcuBenefits>(
        html`<acu-benefits items='[{"title":"Sleep","text":"Many people sleep better."}]'></acu-benefits>`,
      );
      expect(titles(el)).to.deep.equal(['Sleep']);
    });

    it('lets a list written inside the element win over items, keeping its markup', async () => {
      const el = await fixture<AcuBenefits>(html`<acu-benefits .items=${['ignored']}>
        <ul>
          <li><strong>Calm</strong> Most people find sessions <a href="/calm">calming</a>.</li>
          <li>No title here</li>
        </ul>
      </acu-benefits>`);
      expect(items(el)).to.have.length(2);
      expect(titles(el)).to.deep.equal(['Calm']);
      const link = items(el)[0].querySelector('a');
      expect(link?.getAttribute('href')).to.equal('/calm');
      expect(items(el)[1].textContent?.trim()).to.equal('No title here');
      expect(shadow(el).textContent).not.to.contain('ignored');
    });

    it('shows none of what WordPress scatters around the author list: stray paragraphs, line breaks, wrappers', async () => {
      const el = await fixture<AcuBenefits>(html`<acu-benefits>
        <p></p>
        <br />
        <ul>
          <li><p><strong>Calm</strong> Sessions are quiet.</p></li>
          <br />
          <li><br />Evening appointments<br /></li>
        </ul>
        <br />
      </acu-benefits>`);
      expect(titles(el)).to.deep.equal(['Calm']);
      expect(items(el).map((item) => item.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal(['Calm Sessions are quiet.', 'Evening appointments']);
      expect(shadow(el).querySelectorAll('br, p p')).to.have.length(0);
    });

    it('follows edits to the author list after it has rendered', async () => {
      const el = await fixture<AcuBenefits>(html`<acu-benefits><ul><li>One</li></ul></acu-benefits>`);
      const li = document.createElement('li');
      li.textContent = 'Two';
      el.querySelector('ul')!.append(li);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(items(el).map((item) => item.textContent?.trim())).to.deep.equal(['One', 'Two']);
    });
  });

  describe('heading', () => {
    it('uses the given text and level', async () => {
      const el = await fixture<AcuBenefits>(html`<acu-benefits heading="Why patients come" heading-level="3"></acu-benefits>`);
      expect(shadow(el).querySelector('h3')?.textContent).to.equal('Why patients come');
      expect(shadow(el).querySelector('h2')).to.equal(null);
    });

    it('accepts the level as a string property, as frameworks pass it from markup', async () => {
      const el = await fixture<AcuBenefits>(html`<acu-benefits .headingLevel=${'4' as unknown as number}></acu-benefits>`);
      expect(shadow(el).querySelector('h4')).to.exist;
      expect(spy.warnings).to.deep.equal([]);
    });

    it('hides a heading of only spaces rather than drawing an empty one', async () => {
      const el = await fixture<AcuBenefits>(html`<acu-benefits heading="   "></acu-benefits>`);
      expect(shadow(el).querySelector('h2, h3, h4, h5, h6')).to.equal(null);
    });

    it('goes quietly back to the defaults when heading-level and layout are removed', async () => {
      const el = await fixture<AcuBenefits>(html`<acu-benefits heading-level="4" layout="grid"></acu-benefits>`);
      el.removeAttribute('heading-level');
      el.removeAttribute('layout');
      await el.updateComplete;
      expect(shadow(el).querySelector('h2')).to.exist;
      expect(shadow(el).querySelector('ul')!.classList.contains('grid')).to.equal(false);
      expect(spy.warnings).to.deep.equal([]);
    });

    it('hides the heading when it is empty', async () => {
      const el = await fixture<AcuBenefits>(html`<acu-benefits heading=""></acu-benefits>`);
      expect(shadow(el).querySelector('h2, h3, h4, h5, h6')).to.equal(null);
      expect(items(el)).to.have.length(6);
    });
  });

  describe('layout', () => {
    it('shows cards side by side in a wide container and one column in a narrow one', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 900px"><acu-benefits layout="grid"></acu-benefits></div>`,
      );
      const el = wrapper.querySelector('acu-benefits')!;
      await el.updateComplete;
      const [first, second] = items(el);
      expect(second.getBoundingClientRect().top).to.equal(first.getBoundingClientRect().top);
      wrapper.style.width = '300px';
      await new Promise(requestAnimationFrame);
      expect(second.getBoundingClientRect().top).to.be.greaterThan(first.getBoundingClientRect().bottom);
      expect(el.getBoundingClientRect().width).to.equal(300);
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, ReturnType<typeof html>, RegExp]> = [
      ['items that is not JSON', html`<acu-benefits items="[not json"></acu-benefits>`, /<acu-benefits> items: is not valid JSON/],
      ['items that is not an array', html`<acu-benefits items='{"title":"x"}'></acu-benefits>`, /<acu-benefits> items: must be a JSON array/],
      ['items with no usable entry', html`<acu-benefits items="[1, null]"></acu-benefits>`, /<acu-benefits> items: has no entry/],
      ['an out-of-range heading level', html`<acu-benefits heading-level="42"></acu-benefits>`, /<acu-benefits> heading-level: "42" is not a level from 2 to 6/],
      ['an unknown layout', html`<acu-benefits layout="carousel"></acu-benefits>`, /<acu-benefits> layout: "carousel" is not one of "list", "grid"; using "list"\./],
    ];
    for (const [name, template, message] of cases) {
      it(`warns once and still renders the benefits for ${name}`, async () => {
        const el = await fixture<AcuBenefits>(template);
        expect(spy.warnings).to.have.length(1);
        expect(spy.warnings[0]).to.match(message);
        expect(items(el)).to.have.length(6);
        expect(shadow(el).querySelector('h2')).to.exist;
      });
    }

    it('skips bad entries and keeps the good ones, with one warning', async () => {
      const el = await fixture<AcuBenefits>(html`<acu-benefits .items=${['Good', 42, { text: 'Also good' }]}></acu-benefits>`);
      expect(items(el)).to.have.length(2);
      expect(spy.warnings).to.deep.equal(['<acu-benefits> items: skipping entries at 1: each entry must be a string or a {"title", "text"} object.']);
    });

    it('does not warn again when it re-renders', async () => {
      const el = await fixture<AcuBenefits>(html`<acu-benefits layout="carousel"></acu-benefits>`);
      el.heading = 'Changed';
      await el.updateComplete;
      expect(spy.warnings).to.have.length(1);
    });
  });
});
