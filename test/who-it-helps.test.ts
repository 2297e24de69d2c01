import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/clinic/index.js';
import '../src/who-it-helps/index.js';
import type { AcuWhoItHelps, CheckerCompleteDetail, CheckerConfig } from '../src/who-it-helps/index.js';
import { defaultRules } from '../src/who-it-helps/checker-config.js';
import { whoItHelpsStrings } from '../src/who-it-helps/who-it-helps.strings.js';
import { spyOnConsole, type ConsoleSpy } from './console-spy.js';

const en = whoItHelpsStrings.en;
const $ = <T extends Element = HTMLElement>(el: AcuWhoItHelps, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector);
const inputs = (el: AcuWhoItHelps) => [...el.shadowRoot!.querySelectorAll('input')];
const checked = (el: AcuWhoItHelps) => inputs(el).filter((input) => input.checked).map((input) => input.value);
const questionText = (el: AcuWhoItHelps) => $(el, '.question')?.textContent?.replace(/\s+/g, ' ').trim();
const resultTitle = (el: AcuWhoItHelps) => $(el, '.result-heading')?.textContent?.replace(/\s+/g, ' ').trim();

/** The element focused inside the page, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function choose(el: AcuWhoItHelps, ...values: string[]) {
  for (const value of values) inputs(el).find((input) => input.value === value)!.click();
  await el.updateComplete;
}

async function next(el: AcuWhoItHelps) {
  $(el, '.continue')!.click();
  await el.updateComplete;
}

/** Answers one question per entry, continuing after each. */
async function answer(el: AcuWhoItHelps, ...steps: string[][]) {
  for (const values of steps) {
    await choose(el, ...values);
    await next(el);
  }
}

async function inClinic(template: TemplateResult = html`<acu-who-it-helps></acu-who-it-helps>`) {
  const clinic = await fixture(html`<acu-clinic booking-url="https://booking.example/clinic">${template}</acu-clinic>`);
  const el = clinic.querySelector('acu-who-it-helps')!;
  await el.updateComplete;
  return el;
}

const RED_FLAGS = en.content.questions[0].options.filter((option) => !option.exclusive).map((option) => option.value);

describe('<acu-who-it-helps>', () => {
  let spy: ConsoleSpy;
  beforeEach(() => (spy = spyOnConsole()));
  afterEach(() => spy.restore());

  describe('the first question', () => {
    it('asks about red flags first, as a fieldset whose legend is the heading, with nothing ticked and no Back', async () => {
      const el = await inClinic();
      expect($(el, 'h2')?.textContent).to.equal(en.heading);
      const legendHeading = $(el, 'fieldset > legend > h3');
      expect(legendHeading).to.equal($(el, '.question'));
      expect(questionText(el)).to.equal('Question 1 of 4 Do any of these apply to you?');
      expect(inputs(el)).to.have.length(7);
      expect(inputs(el).every((input) => input.type === 'checkbox' && !input.checked)).to.be.true;
      for (const input of inputs(el)) expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)?.textContent).to.not.be.empty;
      expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('hint');
      expect($(el, '#hint')?.textContent).to.equal('Select all that apply.');
      expect([...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent?.trim())).to.deep.equal(['Continue']);
      expect($(el, '.intro')?.textContent).to.contain('they are not sent or saved');
    });

    it('places questions by a heading level given as a string property, as frameworks pass it', async () => {
      const el = await fixture<AcuWhoItHelps>(html`<acu-who-it-helps .headingLevel=${'3' as unknown as number}></acu-who-it-helps>`);
      expect($(el, '.heading')!.tagName).to.equal('H3');
      expect($(el, '.question')!.tagName).to.equal('H4');
    });

    it('does not take focus when the page loads', async () => {
      const el = await inClinic();
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });

    it('puts questions one level below the widget heading, or at its level when the heading is hidden', async () => {
      const levels: Array<[TemplateResult, string]> = [
        [html`<acu-who-it-helps heading-level="3"></acu-who-it-helps>`, 'H4'],
        [html`<acu-who-it-helps heading-level="6"></acu-who-it-helps>`, 'H6'],
        [html`<acu-who-it-helps heading=""></acu-who-it-helps>`, 'H2'],
        [html`<acu-who-it-helps heading="" heading-level="4"></acu-who-it-helps>`, 'H4'],
      ];
      for (const [template, tag] of levels) {
        const el = await fixture<AcuWhoItHelps>(template);
        expect($(el, '.question')!.tagName).to.equal(tag);
      }
    });
  });

  describe('the booking button on a result', () => {
    const goodFit = [['none'], ['lower'], ['desk'], ['long']];

    it("uses the clinic's details, a phone number being enough", async () => {
      const clinic = await fixture(html`<acu-clinic phone="+44 117 496 0123"><acu-who-it-helps></acu-who-it-helps></acu-clinic>`);
      const el = clinic.querySelector('acu-who-it-helps')!;
      await answer(el, ...goodFit);
      const button = $(el, 'acu-book-button')!;
      await (button as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(button.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('tel:+441174960123');
      expect(spy.warnings).to.deep.equal([]);
    });

    it('is left out, with one warning for the site author, when no clinic gives a way to book', async () => {
      const el = await fixture<AcuWhoItHelps>(html`<acu-who-it-helps></acu-who-it-helps>`);
      await answer(el, ...goodFit);
      expect(resultTitle(el)).to.exist;
      expect($(el, 'acu-book-button')).to.equal(null);
      expect(spy.errors).to.deep.equal([]);
      expect(spy.warnings).to.have.length(1);
      expect(spy.warnings[0]).to.match(/^<acu-who-it-helps> booking: no enclosing <acu-clinic>/);
      $(el, '.result button')!.click();
      await el.updateComplete;
      await answer(el, ...goodFit);
      expect(spy.warnings).to.have.length(1);
    });
  });

  describe('red flags', () => {
    for (const flag of RED_FLAGS) {
      it(`ends at once in the urgent result, in words and with no booking button, for "${flag}"`, async () => {
        const el = await inClinic();
        await answer(el, [flag]);
        expect(resultTitle(el)).to.equal('Urgent: Get medical help now');
        expect($(el, '.result')!.textContent).to.contain('emergency number');
        expect($(el, 'acu-book-button')).to.equal(null);
        expect($(el, '.disclaimer')?.textContent).to.equal(en.content.disclaimer);
        expect([...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent?.trim())).to.deep.equal(['Start again', 'Back']);
      });
    }

    it('treats "None of these" as exclusive, both ways', async () => {
      const el = await inClinic();
      await choose(el, 'bladder', 'chest');
      expect(checked(el)).to.deep.equal(['bladder', 'chest']);
      await choose(el, 'none');
      expect(checked(el)).to.deep.equal(['none']);
      await choose(el, 'fever');
      expect(checked(el)).to.deep.equal(['fever']);
      await choose(el, 'fever', 'none');
      expect(checked(el)).to.deep.equal(['none']);
      await next(el);
      expect(questionText(el)).to.contain('Question 2 of 4');
    });
  });

  describe('the rule table', () => {
    // [answers to where, cause, time], expected outcome, the rule (index in the table) that decides it
    const cases: Array<[string[], string, number]> = [
      [['other', 'desk', 'long'], 'doctor', 1],
      [['other', 'injury', 'short'], 'doctor', 1],
      [['lower', 'injury', 'short'], 'doctor', 2],
      [['sciatica', 'desk', 'long'], 'may-help', 3],
      [['disc', 'injury', 'short'], 'doctor', 2],
      [['disc', 'sport', 'medium'], 'may-help', 3],
      [['lower', 'desk', 'long'], 'good-fit', 4],
      [['upper', 'injury', 'medium'], 'good-fit', 4],
      [['lower', 'stress', 'medium'], 'good-fit', 4],
      [['lower', 'none', 'long'], 'may-help', 5],
      [['upper', 'age', 'short'], 'may-help', 5],
    ];

    it('has a case below for every rule', () => {
      const covered = new Set(cases.map(([, , rule]) => rule));
      expect([...covered].sort()).to.deep.equal(defaultRules.slice(1).map((_, index) => index + 1));
    });

    for (const [[where, cause, time], outcome, rule] of cases) {
      it(`gives "${outcome}" for ${where}, ${cause}, ${time} (rule ${rule + 1})`, async () => {
        const el = await inClinic();
        expect(defaultRules[rule].outcome).to.equal(outcome);
        await answer(el, ['none'], [where], [cause], [time]);
        expect(resultTitle(el)).to.equal(en.content.outcomes[outcome].title);
        const text = $(el, '.result')!.textContent!;
        expect(text).to.contain('physiotherapy, chiropractic care or massage');
        expect(text).to.contain('several sessions');
        expect($(el, 'acu-book-button')).to.exist;
        expect($(el, '.disclaimer')?.textContent).to.equal(en.content.disclaimer);
      });
    }

    it('words every outcome and option as general information, without claims', () => {
      const copy = JSON.stringify(en).toLowerCase();
      for (const claim of ['cure', 'proven', 'lasting', 'guarantee', '%', 'success rate']) expect(copy).not.to.contain(claim);
    });
  });

  describe('continuing without an answer', () => {
    it('shows an error summary that takes focus, linked to the field, and an inline error tied to the fieldset', async () => {
      const el = await inClinic();
      await next(el);
      const summary = $(el, '.summary')!;
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      expect(summary.querySelector('[role=alert]')).to.exist;
      expect(summary.querySelector('.summary-title')?.textContent).to.equal('There is a problem');
      const link = summary.querySelector('a')!;
      expect(link.textContent).to.equal(en.content.questions[0].error);
      expect(el.shadowRoot!.getElementById(link.hash.slice(1))).to.equal(inputs(el)[0]);
      expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('hint error');
      expect($(el, '#error')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(`Error: ${en.content.questions[0].error}`);
      expect(questionText(el)).to.contain('Question 1 of 4');
    });

    it('moves focus to the first answer from the summary link, leaving the URL alone', async () => {
      const el = await inClinic();
      const before = location.href;
      await next(el);
      $(el, '.summary a')!.click();
      expect(el.shadowRoot!.activeElement).to.equal(inputs(el)[0]);
      expect(location.href).to.equal(before);
    });

    it('moves focus to the summary again when Continue is pressed again without an answer', async () => {
      const el = await inClinic();
      await next(el);
      inputs(el)[0].focus();
      await next(el);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.summary'));
    });

    it('clears the error once the question is answered', async () => {
      const el = await inClinic();
      await next(el);
      await answer(el, ['none']);
      expect($(el, '.summary')).to.equal(null);
      expect($(el, '.error')).to.equal(null);
      await next(el);
      expect($(el, '.summary a')?.textContent).to.equal('Select where your pain is');
    });
  });

  describe('focus and navigation', () => {
    it('moves focus to each new question heading, back, to the result heading, and to the start again', async () => {
      const el = await inClinic();
      const focusedText = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.textContent?.replace(/\s+/g, ' ').trim();
      await answer(el, ['none']);
      expect(focusedText()).to.equal('Question 2 of 4 Where is your pain?');
      await answer(el, ['lower']);
      expect(focusedText()).to.equal('Question 3 of 4 Which sounds most like you?');
      $(el, '.actions button:not(.continue)')!.click();
      await el.updateComplete;
      expect(focusedText()).to.equal('Question 2 of 4 Where is your pain?');
      expect(checked(el)).to.deep.equal(['lower']);
      await answer(el, [], ['desk']);
      expect(focusedText()).to.equal('Question 4 of 4 How long have you had this pain?');
      await answer(el, ['long']);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.result-heading'));
      expect($(el, '.result')!.getAttribute('aria-labelledby')).to.equal($(el, '.result-heading')!.id);
      $(el, '.result button')!.click();
      await el.updateComplete;
      expect(focusedText()).to.equal('Question 1 of 4 Do any of these apply to you?');
      expect(checked(el)).to.deep.equal([]);
    });

    it('goes Back from a result to the question that decided it, answers kept', async () => {
      const el = await inClinic();
      await answer(el, ['chest']);
      $(el, '.result button:last-child')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.question'));
      expect(questionText(el)).to.contain('Question 1 of 4');
      expect(checked(el)).to.deep.equal(['chest']);
      await answer(el, ['none']);
      expect(questionText(el)).to.contain('Question 2 of 4');
    });

    it('keeps two checkers on one page apart: answers, radio groups and ids', async () => {
      const page = await fixture(html`<div><acu-who-it-helps></acu-who-it-helps><acu-who-it-helps></acu-who-it-helps></div>`);
      const [first, second] = [...page.querySelectorAll('acu-who-it-helps')];
      await Promise.all([first.updateComplete, second.updateComplete]);
      await answer(first, ['none']);
      await answer(second, ['none']);
      await choose(first, 'lower');
      await choose(second, 'upper');
      expect([checked(first), checked(second)]).to.deep.equal([['lower'], ['upper']]);
      await next(first);
      expect(questionText(first)).to.contain('Question 3 of 4');
      expect(questionText(second)).to.contain('Question 2 of 4');
    });

    it('does not count answers to later questions kept from before going Back', async () => {
      const config: Partial<CheckerConfig> = {
        questions: [
          { id: 'a', text: 'First?', options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] },
          { id: 'b', text: 'Second?', options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] },
        ],
        rules: [
          { when: { a: ['yes'] }, outcome: 'urgent' },
          { when: { b: ['yes'] }, outcome: 'urgent' },
          { outcome: 'may-help' },
        ],
      };
      const el = await inClinic(html`<acu-who-it-helps .config=${config}></acu-who-it-helps>`);
      await answer(el, ['no']);
      await choose(el, 'yes');
      $(el, '.actions button:not(.continue)')!.click();
      await el.updateComplete;
      await next(el);
      expect(questionText(el)).to.equal('Question 2 of 2 Second?');
      await next(el);
      expect(resultTitle(el)).to.contain('Get medical help now');
    });

    it('works from the keyboard alone: Tab, Space, arrows and Enter', async () => {
      const clinic = await fixture(html`<div>
        <button id="before">Before</button>
        <acu-clinic booking-url="https://booking.example/clinic"><acu-who-it-helps></acu-who-it-helps></acu-clinic>
      </div>`);
      const el = clinic.querySelector('acu-who-it-helps')!;
      await el.updateComplete;
      const press = async (key: string, times = 1) => {
        for (let i = 0; i < times; i++) await sendKeys({ press: key });
        await el.updateComplete;
      };
      clinic.querySelector<HTMLElement>('#before')!.focus();

      await press('Tab');
      expect(deepActive()).to.equal(inputs(el)[0]);
      await press('Enter');
      expect(el.shadowRoot!.activeElement).to.equal(inputs(el)[0]);
      await press('Tab', 7);
      await press('Enter');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.summary'));
      await press('Tab');
      await press('Enter');
      expect(deepActive()).to.equal(inputs(el)[0]);
      await press('Tab', 6);
      await press('Space');
      expect(checked(el)).to.deep.equal(['none']);
      await press('Tab');
      await press('Enter');
      expect(deepActive()).to.equal($(el, '.question'));
      expect(questionText(el)).to.contain('Where is your pain?');

      await press('Tab');
      await press('Space');
      expect(checked(el)).to.deep.equal(['lower']);
      await press('Tab');
      await press('Enter');
      expect(questionText(el)).to.contain('Which sounds most like you?');

      await press('Tab');
      await press('ArrowDown');
      expect(checked(el)).to.deep.equal(['sport']);
      await press('Tab');
      await press('Enter');
      expect(questionText(el)).to.contain('How long');

      await press('Tab');
      await press('ArrowDown', 2);
      expect(checked(el)).to.deep.equal(['long']);
      await press('Tab');
      await press('Enter');
      expect(deepActive()).to.equal($(el, '.result-heading'));
      expect(resultTitle(el)).to.equal(en.content.outcomes['good-fit'].title);

      await press('Tab');
      expect(deepActive()?.closest('a')?.getAttribute('href')).to.equal('https://booking.example/clinic');
      await press('Tab');
      expect(deepActive()?.textContent?.trim()).to.equal('Start again');
      await press('Enter');
      expect(deepActive()).to.equal($(el, '.question'));
      expect(questionText(el)).to.contain('Question 1 of 4');
    });
  });

  describe('privacy', () => {
    it('sends acu-checker-complete, bubbling out of shadow roots, with the outcome only', async () => {
      const el = await inClinic();
      const event = oneEvent(document, 'acu-checker-complete') as Promise<CustomEvent>;
      await answer(el, ['none'], ['lower'], ['desk'], ['long']);
      const { detail, bubbles, composed } = await event;
      expect(detail).to.deep.equal({ outcome: 'good-fit' });
      expect(bubbles && composed).to.be.true;
    });

    it('sends the urgent outcome the same way', async () => {
      const el = await inClinic();
      const outcomes: CheckerCompleteDetail[] = [];
      el.addEventListener('acu-checker-complete', ({ detail }) => outcomes.push(detail));
      await answer(el, ['chest', 'fever']);
      expect(outcomes).to.deep.equal([{ outcome: 'urgent' }]);
    });

    it('makes no request, writes no storage or cookie, and leaves the URL and history alone', async () => {
      const calls: string[] = [];
      const watched: Array<[object, string]> = [
        [window, 'fetch'],
        [XMLHttpRequest.prototype, 'open'],
        [navigator, 'sendBeacon'],
        [Storage.prototype, 'setItem'],
        [history, 'pushState'],
        [history, 'replaceState'],
      ];
      const originals = watched.map(([owner, name]) => Reflect.get(owner, name) as (...args: unknown[]) => unknown);
      watched.forEach(([owner, name], index) =>
        Reflect.set(owner, name, function (this: unknown, ...args: unknown[]) {
          calls.push(name);
          return originals[index].apply(this, args);
        }),
      );
      Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => calls.push('cookie') });
      const url = location.href;
      const stored = [localStorage.length, sessionStorage.length];
      try {
        const el = await inClinic();
        await next(el);
        $(el, '.summary a')!.click();
        await answer(el, ['none'], ['lower'], ['desk'], ['long']);
        $(el, '.result button')!.click();
        await el.updateComplete;
        await answer(el, ['bladder']);
      } finally {
        watched.forEach(([owner, name], index) => Reflect.set(owner, name, originals[index]));
        delete (document as { cookie?: string }).cookie;
      }
      expect(calls).to.deep.equal([]);
      expect(location.href).to.equal(url);
      expect([localStorage.length, sessionStorage.length]).to.deep.equal(stored);
    });
  });

  describe('config', () => {
    const custom: Partial<CheckerConfig> = {
      questions: [
        {
          id: 'flags',
          text: 'Is your pain severe and sudden?',
          options: [
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ],
        },
        { id: 'neck', text: 'Is it your neck?', options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] },
      ],
      rules: [
        { when: { neck: ['yes'] }, outcome: 'neck' },
        { when: { flags: ['yes'] }, outcome: 'call' },
        { outcome: 'other' },
      ],
      outcomes: {
        call: { title: 'Call a doctor now', body: ['Do not wait.'], urgent: true },
        neck: { title: 'We treat necks too', body: ['Come and see us.'] },
        other: { title: 'Ask us', body: ['We are happy to talk.'] },
      },
      disclaimer: 'Our own disclaimer.',
    };

    it('replaces the questions, rules, outcomes and disclaimer, and checks urgent rules wherever they sit', async () => {
      const el = await inClinic(html`<acu-who-it-helps .config=${custom}></acu-who-it-helps>`);
      expect(questionText(el)).to.equal('Question 1 of 2 Is your pain severe and sudden?');
      expect(inputs(el).map((input) => input.type)).to.deep.equal(['radio', 'radio']);
      await answer(el, ['yes']);
      expect(resultTitle(el)).to.equal('Urgent: Call a doctor now');
      $(el, '.result button')!.click();
      await el.updateComplete;
      await answer(el, ['no'], ['yes']);
      expect(resultTitle(el)).to.equal('We treat necks too');
      expect($(el, '.disclaimer')?.textContent).to.equal('Our own disclaimer.');
      expect(spy.errors).to.deep.equal([]);
    });

    it('uses a generic error for a question without one', async () => {
      const el = await inClinic(html`<acu-who-it-helps .config=${custom}></acu-who-it-helps>`);
      await next(el);
      expect($(el, '.summary a')?.textContent).to.equal('Select an answer');
    });

    it('keeps the built-in content for every field it does not give', async () => {
      const el = await inClinic(html`<acu-who-it-helps config='{"disclaimer": "Ask us anything."}'></acu-who-it-helps>`);
      await answer(el, ['none'], ['lower'], ['desk'], ['long']);
      expect(resultTitle(el)).to.equal(en.content.outcomes['good-fit'].title);
      expect($(el, '.disclaimer')?.textContent).to.equal('Ask us anything.');
      expect(spy.errors).to.deep.equal([]);
    });

    it('starts again when the config changes', async () => {
      const el = await inClinic();
      await answer(el, ['none'], ['lower']);
      el.config = custom;
      await el.updateComplete;
      expect(questionText(el)).to.equal('Question 1 of 2 Is your pain severe and sudden?');
    });

    const bad: Array<[string, unknown, RegExp]> = [
      ['JSON that does not parse', undefined, /config: is not valid JSON\. Using the built-in questions\.$/],
      ['an array', [], /config: must be an object/],
      ['empty questions', { questions: [] }, /"questions" must be a non-empty array/],
      ['a question with one option', { questions: [{ id: 'flags', text: 'Q?', options: [{ value: 'a', label: 'A' }] }] }, /question 1 needs an "id", a "text" and two or more "options"/],
      ['an option without a label', { ...custom, questions: [custom.questions![0], { id: 'neck', text: 'N?', options: [{ value: 'yes' }, { value: 'no', label: 'No' }] }] }, /question 2: each option needs a "label" and a "value" of its own/],
      ['a duplicate question id', { ...custom, questions: [custom.questions![0], custom.questions![0]] }, /question 2: the id "flags" is used twice/],
      ['a rule with an unknown outcome', { ...custom, rules: [{ when: { flags: ['yes'] }, outcome: 'call' }, { outcome: 'nowhere' }] }, /rule 2: "outcome" must be one of the outcome ids/],
      ['a rule naming an unknown question', { ...custom, rules: [{ when: { flags: ['yes'] }, outcome: 'call' }, { when: { back: ['yes'] }, outcome: 'other' }, { outcome: 'other' }] }, /rule 2: "when" must map question ids to lists of their option values/],
      ['a rule naming an unknown answer', { ...custom, rules: [{ when: { flags: ['maybe'] }, outcome: 'call' }, { outcome: 'other' }] }, /rule 1: "when" must map/],
      ['a rule with an empty list of answers', { ...custom, rules: [{ when: { flags: ['yes'] }, outcome: 'call' }, { when: { neck: [] }, outcome: 'other' }, { outcome: 'other' }] }, /rule 2: "when" must map/],
      ['two options with the same value', { ...custom, questions: [custom.questions![0], { id: 'neck', text: 'N?', options: [{ value: 'no', label: 'No' }, { value: 'no', label: 'Nope' }] }] }, /question 2: each option needs/],
      ['no catch-all at the end', { ...custom, rules: [{ when: { flags: ['yes'] }, outcome: 'call' }] }, /the last rule must have no "when"/],
      ['no urgent rule on the first question', { ...custom, rules: [{ when: { neck: ['yes'] }, outcome: 'call' }, { outcome: 'other' }] }, /a rule must send answers to the first question \(the red flags\) to an "urgent" outcome/],
      ['an outcome without a body', { ...custom, outcomes: { ...custom.outcomes, other: { title: 'Ask us' } } }, /"outcomes" must map ids to {"title", "body"/],
      ['an empty disclaimer', { disclaimer: ' ' }, /"disclaimer" must be a non-empty string/],
      ['rules that are not a list', { rules: 'first match' }, /"rules" must be a non-empty array/],
      ['a hint that is not text', { ...custom, questions: [{ ...custom.questions![0], hint: { text: 'Hint' } }, custom.questions![1]] }, /question 1: "hint" and "error" must be text/],
      ['an error that is a deep array', { ...custom, questions: [custom.questions![0], { ...custom.questions![1], error: [[['Pick one']]] }] }, /question 2: "hint" and "error" must be text/],
      ['"urgent" as the text "false"', { ...custom, outcomes: { ...custom.outcomes, other: { title: 'Ask us', body: ['Talk.'], urgent: 'false' } } }, /"urgent"\?: true or false/],
    ];
    for (const [name, config, message] of bad) {
      it(`reports ${name} once, naming the element, and asks the built-in questions`, async () => {
        const template =
          config === undefined
            ? html`<acu-who-it-helps config="{questions: oops"></acu-who-it-helps>`
            : html`<acu-who-it-helps .config=${config as Partial<CheckerConfig>}></acu-who-it-helps>`;
        const el = await fixture<AcuWhoItHelps>(template);
        expect(spy.errors).to.have.length(1);
        expect(spy.errors[0]).to.match(/^<acu-who-it-helps> config: /);
        expect(spy.errors[0]).to.match(message);
        expect(questionText(el)).to.equal('Question 1 of 4 Do any of these apply to you?');
        el.heading = 'Changed';
        await el.updateComplete;
        expect(spy.errors).to.have.length(1);
      });
    }

    it('takes question ids that are names of Object.prototype, such as "constructor", as plain ids', async () => {
      const config = {
        ...custom,
        questions: [
          { ...custom.questions![0], id: 'constructor' },
          { ...custom.questions![1], id: '__proto__', multiple: true },
        ],
        rules: [{ when: { constructor: ['yes'] }, outcome: 'call' }, { when: JSON.parse('{"__proto__": ["yes"]}'), outcome: 'neck' }, { outcome: 'other' }],
      } as Partial<CheckerConfig>;
      const el = await inClinic(html`<acu-who-it-helps .config=${config}></acu-who-it-helps>`);
      expect(spy.errors).to.deep.equal([]);
      await answer(el, ['no']);
      expect(questionText(el)).to.equal('Question 2 of 2 Is it your neck?');
      await answer(el, ['yes']);
      expect(resultTitle(el)).to.equal('We treat necks too');
    });

    it('shows the next question unticked even when a script answers and continues in one go', async () => {
      const el = await inClinic();
      await answer(el, ['none']);
      inputs(el)[0].click();
      $(el, '.continue')!.click();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(questionText(el)).to.equal('Question 3 of 4 Which sounds most like you?');
      expect(checked(el)).to.deep.equal([]);
    });

    it('restart() from script clears the answers and asks the first question again', async () => {
      const el = await inClinic();
      await answer(el, ['none'], ['lower']);
      el.restart();
      await el.updateComplete;
      expect(questionText(el)).to.equal('Question 1 of 4 Do any of these apply to you?');
      expect(checked(el)).to.deep.equal([]);
    });

    it('lists every problem of a config in the one line', async () => {
      await fixture(html`<acu-who-it-helps .config=${{ rules: [], disclaimer: '' }}></acu-who-it-helps>`);
      expect(spy.errors).to.deep.equal([
        '<acu-who-it-helps> config: "disclaimer" must be a non-empty string; "rules" must be a non-empty array. Using the built-in questions.',
      ]);
    });
  });

  describe('accessibility', () => {
    it('passes axe on every question and in the error state', async () => {
      const el = await inClinic();
      await expect(el).to.be.accessible();
      await next(el);
      await expect(el).to.be.accessible();
      for (const values of [['none'], ['lower'], ['desk']]) {
        await answer(el, values);
        await expect(el).to.be.accessible();
      }
      await next(el);
      await expect(el).to.be.accessible();
    });

    const journeys: Array<[string, string[][]]> = [
      ['urgent', [['legs']]],
      ['good-fit', [['none'], ['upper'], ['stress'], ['medium']]],
      ['may-help', [['none'], ['sciatica'], ['none'], ['short']]],
      ['doctor', [['none'], ['other'], ['injury'], ['short']]],
    ];
    for (const [outcome, steps] of journeys) {
      it(`passes axe on the "${outcome}" result`, async () => {
        const el = await inClinic();
        await answer(el, ...steps);
        expect(resultTitle(el)).to.contain(en.content.outcomes[outcome].title);
        await expect(el).to.be.accessible();
      });
    }
  });
});

// Compile-time check: the document and window know the checker's event and its detail.
export const typedListeners = () => {
  document.addEventListener('acu-checker-complete', (event) => event.detail.outcome);
  window.addEventListener('acu-checker-complete', (event) => event.detail.outcome);
};
