import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/timeline/index.js';
import type { AcuTimeline } from '../src/timeline/index.js';
import { timelineStrings } from '../src/timeline/timeline.strings.js';
import { spyOnConsole, type ConsoleSpy } from './console-spy.js';

const shadow = (el: AcuTimeline) => el.shadowRoot!;
const steps = (el: AcuTimeline) => [...shadow(el).querySelectorAll('li')];
const titles = (el: AcuTimeline) => [...shadow(el).querySelectorAll('.title')].map((t) => t.textContent?.trim());
const currentSteps = (el: AcuTimeline) => steps(el).filter((step) => step.hasAttribute('aria-current'));
const nextFrame = () => new Promise(requestAnimationFrame);

/** A timeline inside a container of the given width, as on a page column. */
async function inContainer(width: string, template: ReturnType<typeof html>) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}">${template}</div>`);
  const el = wrapper.querySelector('acu-timeline')!;
  await el.updateComplete;
  return { wrapper, el };
}

describe('<acu-timeline>', () => {
  let spy: ConsoleSpy;
  beforeEach(() => (spy = spyOnConsole()));
  afterEach(() => spy.restore());

  describe('default content', () => {
    it('shows the five steps of a first session under the default heading', async () => {
      const el = await fixture<AcuTimeline>(html`<acu-timeline></acu-timeline>`);
      expect(steps(el)).to.have.length(5);
      expect(titles(el)).to.deep.equal(timelineStrings.en.steps.map((step) => step.title));
      expect(shadow(el).querySelector('h2')?.textContent).to.equal('What to expect at your first session');
      const durations = [...shadow(el).querySelectorAll('.duration')];
      expect(durations.map((d) => d.textContent)).to.deep.equal(['About 20 to 40 minutes']);
      expect(steps(el)[3].contains(durations[0])).to.equal(true);
      expect(spy.warnings).to.deep.equal([]);
    });

    it('words every step as general information, without promises', () => {
      const copy = JSON.stringify(timelineStrings.en).toLowerCase();
      for (const claim of ['cure', 'proven', 'lasting', 'guarantee', 'painless', 'will feel', '100%']) {
        expect(copy).not.to.contain(claim);
      }
    });

    it('passes axe vertically, horizontally, with a current step and without a heading', async () => {
      await expect(await fixture(html`<acu-timeline></acu-timeline>`)).to.be.accessible();
      await expect(await fixture(html`<acu-timeline orientation="horizontal"></acu-timeline>`)).to.be.accessible();
      await expect(await fixture(html`<acu-timeline current="2"></acu-timeline>`)).to.be.accessible();
      await expect(await fixture(html`<acu-timeline heading=""></acu-timeline>`)).to.be.accessible();
    });
  });

  describe('semantics', () => {
    it('is an ordered list that keeps its list role and count with its numbers removed', async () => {
      const el = await fixture<AcuTimeline>(html`<acu-timeline></acu-timeline>`);
      const list = shadow(el).querySelector('ol')!;
      expect(list.getAttribute('role')).to.equal('list');
      expect(getComputedStyle(list).listStyleType).to.equal('none');
      expect([...list.children].map((child) => child.localName)).to.deep.equal(['li', 'li', 'li', 'li', 'li']);
    });

    it('shows step numbers and connectors but hides them from assistive technology', async () => {
      const el = await fixture<AcuTimeline>(html`<acu-timeline></acu-timeline>`);
      const markers = [...shadow(el).querySelectorAll('.marker')];
      expect(markers.map((m) => m.textContent)).to.deep.equal(['1', '2', '3', '4', '5']);
      const connectors = [...shadow(el).querySelectorAll('.connector')];
      expect(connectors, 'a line between each pair of steps, none after the last').to.have.length(4);
      for (const decoration of [...markers, ...connectors]) {
        expect(decoration.getAttribute('aria-hidden')).to.equal('true');
        expect(decoration.getBoundingClientRect().width).to.be.greaterThan(0);
      }
    });

    it('marks the current step with aria-current="step" and a filled number, and follows changes', async () => {
      const el = await fixture<AcuTimeline>(html`<acu-timeline current="3"></acu-timeline>`);
      expect(currentSteps(el)).to.deep.equal([steps(el)[2]]);
      expect(steps(el)[2].getAttribute('aria-current')).to.equal('step');
      const fill = (index: number) => getComputedStyle(steps(el)[index].querySelector('.marker')!).backgroundColor;
      expect(fill(2)).not.to.equal(fill(1));
      expect(fill(1)).to.equal('rgba(0, 0, 0, 0)');
      el.current = 1;
      await el.updateComplete;
      expect(currentSteps(el)).to.deep.equal([steps(el)[0]]);
      el.current = undefined;
      await el.updateComplete;
      expect(currentSteps(el)).to.deep.equal([]);
      // What a framework that sets properties from markup hands over.
      el.current = '2' as unknown as number;
      await el.updateComplete;
      expect(currentSteps(el)).to.deep.equal([steps(el)[1]]);
      expect(spy.warnings).to.deep.equal([]);
    });
  });

  describe('content precedence', () => {
    it('uses the steps property over the defaults', async () => {
      const el = await fixture<AcuTimeline>(html`<acu-timeline
        .steps=${[{ title: 'Arrive', text: 'Come ten minutes early.' }, { title: 'Talk', text: 'We listen.', duration: '15 minutes' }]}
      ></acu-timeline>`);
      expect(titles(el)).to.deep.equal(['Arrive', 'Talk']);
      expect(steps(el)[0].querySelector('.text')?.textContent).to.equal('Come ten minutes early.');
      expect(steps(el)[0].querySelector('.duration')).to.equal(null);
      expect(steps(el)[1].querySelector('.duration')?.textContent).to.equal('15 minutes');
    });

    it('reads the steps attribute as JSON', async () => {
      const el = await fixture<AcuTimeline>(
        html`<acu-timeline steps='[{"title":"Check in","text":"At the front desk."},{"title":"Relax","text":"Rest a while.","duration":"30 minutes"}]'></acu-timeline>`,
      );
      expect(titles(el)).to.deep.equal(['Check in', 'Relax']);
      expect(shadow(el).querySelector('.duration')?.textContent).to.equal('30 minutes');
    });

    it('takes steps as plain strings too, as items takes benefits', async () => {
      const el = await fixture<AcuTimeline>(html`<acu-timeline steps='["Say hello", "Talk it through"]'></acu-timeline>`);
      expect(steps(el).map((step) => step.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal(['1 Say hello', '2 Talk it through']);
      expect(spy.warnings).to.deep.equal([]);
    });

    it('lets a list written inside the element win over steps, keeping its markup', async () => {
      const el = await fixture<AcuTimeline>(html`<acu-timeline .steps=${[{ title: 'ignored', text: 'ignored' }]}>
        <ol>
          <li><strong>Book online</strong> Pick a time on <a href="/book">our booking page</a>.</li>
          <li><strong>Come in</strong> We are on the ground floor.</li>
          <li>Steps without a title work too.</li>
        </ol>
      </acu-timeline>`);
      expect(steps(el)).to.have.length(3);
      expect(titles(el)).to.deep.equal(['Book online', 'Come in']);
      expect(steps(el)[0].querySelector('a')?.getAttribute('href')).to.equal('/book');
      expect(steps(el)[2].querySelector('.text')?.textContent?.trim()).to.equal('Steps without a title work too.');
      expect(shadow(el).querySelectorAll('.connector')).to.have.length(2);
      expect(shadow(el).textContent).not.to.contain('ignored');
      await expect(el).to.be.accessible();
    });

    it('follows edits to the author list after it has rendered', async () => {
      const el = await fixture<AcuTimeline>(html`<acu-timeline><ol><li>One</li></ol></acu-timeline>`);
      const li = document.createElement('li');
      li.textContent = 'Two';
      el.querySelector('ol')!.append(li);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(steps(el).map((step) => step.querySelector('.text')?.textContent?.trim())).to.deep.equal(['One', 'Two']);
      expect(shadow(el).querySelectorAll('.marker')[1].textContent).to.equal('2');
    });
  });

  describe('heading', () => {
    it('uses the given text and level', async () => {
      const el = await fixture<AcuTimeline>(html`<acu-timeline heading="Your first visit" heading-level="3"></acu-timeline>`);
      expect(shadow(el).querySelector('h3')?.textContent).to.equal('Your first visit');
      expect(shadow(el).querySelector('h2')).to.equal(null);
    });

    it('hides the heading when it is empty', async () => {
      const el = await fixture<AcuTimeline>(html`<acu-timeline heading=""></acu-timeline>`);
      expect(shadow(el).querySelector('h2, h3, h4, h5, h6')).to.equal(null);
      expect(steps(el)).to.have.length(5);
    });
  });

  describe('orientation', () => {
    it('stacks the steps by default, with vertical connectors, even in a wide container', async () => {
      const { el } = await inContainer('1000px', html`<acu-timeline></acu-timeline>`);
      const [first, second] = steps(el);
      expect(second.getBoundingClientRect().top).to.be.at.least(first.getBoundingClientRect().bottom);
      const line = shadow(el).querySelector('.connector')!.getBoundingClientRect();
      expect(line.height).to.be.greaterThan(line.width);
    });

    it('puts the steps side by side in a wide container and stacks them in a 300px one', async () => {
      const { wrapper, el } = await inContainer('1000px', html`<acu-timeline orientation="horizontal"></acu-timeline>`);
      const tops = () => steps(el).map((step) => step.getBoundingClientRect().top);
      expect(new Set(tops()).size, 'every step on one row').to.equal(1);
      const wideLine = shadow(el).querySelector('.connector')!.getBoundingClientRect();
      expect(wideLine.width).to.be.greaterThan(wideLine.height);
      const [firstMarker, secondMarker] = shadow(el).querySelectorAll('.marker');
      expect(wideLine.left).to.be.greaterThan(firstMarker.getBoundingClientRect().right);
      expect(wideLine.right).to.be.lessThan(secondMarker.getBoundingClientRect().left);

      wrapper.style.width = '300px';
      await nextFrame();
      const [first, second] = steps(el);
      expect(second.getBoundingClientRect().top).to.be.at.least(first.getBoundingClientRect().bottom);
      const narrowLine = shadow(el).querySelector('.connector')!.getBoundingClientRect();
      expect(narrowLine.height).to.be.greaterThan(narrowLine.width);
      expect(el.getBoundingClientRect().width).to.equal(300);
      const list = shadow(el).querySelector('ol')!;
      expect(list.scrollWidth, 'nothing sticks out sideways').to.be.at.most(list.clientWidth);
    });

    it('wraps long words instead of overflowing a narrow container', async () => {
      const { el } = await inContainer(
        '300px',
        html`<acu-timeline .steps=${[{ title: 'Pneumonoultramicroscopicsilicovolcanoconiosisandmore', text: 'x' }]}></acu-timeline>`,
      );
      const list = shadow(el).querySelector('ol')!;
      expect(list.scrollWidth).to.be.at.most(list.clientWidth);
    });
  });

  describe('reveal on scroll', () => {
    /** A timeline far below the fold, where a reveal would still be waiting. */
    const belowTheFold = async () => {
      const page = await fixture<HTMLDivElement>(html`<div><div style="height: 3000px"></div><acu-timeline></acu-timeline></div>`);
      const el = page.querySelector('acu-timeline')!;
      await el.updateComplete;
      await nextFrame();
      return el;
    };
    const opacity = (step: Element) => Number(getComputedStyle(step).opacity);

    afterEach(async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      window.scrollTo(0, 0);
    });

    it('shows every step at once, with no animation, when the visitor asks for reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await belowTheFold();
      for (const step of steps(el)) {
        expect(opacity(step)).to.equal(1);
        expect(step.getAnimations()).to.have.length(0);
      }
    });

    it('otherwise moves steps up into place as they scroll into view, never fading their text', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const el = await belowTheFold();
      const last = steps(el)[4];
      const offset = (step: Element) => parseFloat(getComputedStyle(step).translate.split(' ')[1] ?? '0');
      // A third of the step in view: the rise is under way.
      const box = last.getBoundingClientRect();
      window.scrollTo(0, window.scrollY + box.top - window.innerHeight + box.height / 3);
      await nextFrame();
      await nextFrame();
      expect(opacity(last), 'entering the view').to.equal(1);
      expect(offset(last), 'entering the view').to.be.greaterThan(0);
      last.scrollIntoView({ block: 'center' });
      await nextFrame();
      await nextFrame();
      expect(opacity(last)).to.equal(1);
      expect(offset(last)).to.equal(0);
    });

    it('shows the steps already in view without any scrolling', async () => {
      const el = await fixture<AcuTimeline>(html`<acu-timeline heading=""></acu-timeline>`);
      await nextFrame();
      expect(opacity(steps(el)[0])).to.equal(1);
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, ReturnType<typeof html>, RegExp]> = [
      ['steps that is not JSON', html`<acu-timeline steps="[not json"></acu-timeline>`, /<acu-timeline> steps: is not valid JSON/],
      ['steps that is not an array', html`<acu-timeline steps='{"title":"x"}'></acu-timeline>`, /<acu-timeline> steps: must be a JSON array/],
      ['steps with no usable entry', html`<acu-timeline steps='[1, " ", {"title": ""}]'></acu-timeline>`, /<acu-timeline> steps: has no entry/],
      ['an unknown orientation', html`<acu-timeline orientation="diagonal"></acu-timeline>`, /<acu-timeline> orientation: "diagonal" is not one of "vertical", "horizontal"; using "vertical"\./],
      ['a current step past the end', html`<acu-timeline current="9"></acu-timeline>`, /<acu-timeline> current: "9" is not a step number from 1 to 5/],
      ['a current step of 0', html`<acu-timeline current="0"></acu-timeline>`, /<acu-timeline> current: "0" is not a step number/],
      ['a current step that is not a number', html`<acu-timeline current="two"></acu-timeline>`, /<acu-timeline> current: "two" is not a step number/],
      ['a fractional current step', html`<acu-timeline current="2.5"></acu-timeline>`, /<acu-timeline> current: "2.5" is not a step number/],
      ['an out-of-range heading level', html`<acu-timeline heading-level="9"></acu-timeline>`, /<acu-timeline> heading-level: "9" is not a level from 2 to 6/],
    ];
    for (const [name, template, message] of cases) {
      it(`warns once and still shows the five default steps, none marked, for ${name}`, async () => {
        const el = await fixture<AcuTimeline>(template);
        expect(spy.warnings).to.have.length(1);
        expect(spy.warnings[0]).to.match(message);
        expect(titles(el)).to.deep.equal(timelineStrings.en.steps.map((step) => step.title));
        expect(currentSteps(el)).to.deep.equal([]);
        expect(shadow(el).querySelector('h2')).to.exist;
      });
    }

    it('lays an unknown orientation out vertically', async () => {
      const { el } = await inContainer('1000px', html`<acu-timeline orientation="diagonal"></acu-timeline>`);
      const [first, second] = steps(el);
      expect(second.getBoundingClientRect().top).to.be.at.least(first.getBoundingClientRect().bottom);
    });

    it('skips bad entries and keeps the good ones, with one warning', async () => {
      const el = await fixture<AcuTimeline>(html`<acu-timeline .steps=${[{ title: 'Good' }, 42, { text: 'Also good' }]}></acu-timeline>`);
      expect(steps(el)).to.have.length(2);
      expect(spy.warnings).to.deep.equal(['<acu-timeline> steps: skipping entries at 1: each entry must be a string or a {"title", "text", "duration"} object.']);
    });

    it('checks current against the steps actually shown, such as the author list', async () => {
      const el = await fixture<AcuTimeline>(html`<acu-timeline current="3"><ol><li>One</li><li>Two</li></ol></acu-timeline>`);
      expect(spy.warnings).to.deep.equal(['<acu-timeline> current: "3" is not a step number from 1 to 2; no step is marked.']);
      expect(currentSteps(el)).to.deep.equal([]);
      const li = document.createElement('li');
      li.textContent = 'Three';
      el.querySelector('ol')!.append(li);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(currentSteps(el)).to.deep.equal([steps(el)[2]]);
      expect(spy.warnings).to.have.length(1);
    });

    it('warns once per change, not on every render', async () => {
      const el = await fixture<AcuTimeline>(html`<acu-timeline current="9"></acu-timeline>`);
      el.heading = 'Changed';
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(spy.warnings).to.have.length(1);
      el.setAttribute('current', '12');
      await el.updateComplete;
      expect(spy.warnings).to.have.length(2);
      expect(spy.warnings[1]).to.match(/"12"/);
    });

    it('quotes the value actually set, and reflects current and heading-level to their attributes', async () => {
      const el = await fixture<AcuTimeline>(html`<acu-timeline current="2"></acu-timeline>`);
      el.current = 9;
      await el.updateComplete;
      expect(spy.warnings).to.deep.equal(['<acu-timeline> current: "9" is not a step number from 1 to 5; no step is marked.']);
      el.current = 3;
      el.headingLevel = 4;
      await el.updateComplete;
      expect([el.getAttribute('current'), el.getAttribute('heading-level')]).to.deep.equal(['3', '4']);
      el.setAttribute('current', 'two');
      await el.updateComplete;
      expect(spy.warnings[1]).to.match(/current: "two" is not a step number/);
    });
  });
});
