import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { AcuBenefits, AcuBookButton, AcuClinic, AcuTimeline, AcuWhoItHelps } from '../src/index.js';
import { benefitsStrings } from '../src/benefits/benefits.strings.js';
import { bookButtonStrings } from '../src/book-button/book-button.strings.js';
import { de } from '../src/locales/de.js';
import { es } from '../src/locales/es.js';
import { fr } from '../src/locales/fr.js';
import { pt } from '../src/locales/pt.js';
import type { Locale } from '../src/locales/register.js';
import { zhHans } from '../src/locales/zh-Hans.js';
import { fill, stringsFor } from '../src/shared/strings.js';
import { timelineStrings } from '../src/timeline/timeline.strings.js';
import { configProblems, defaultRules } from '../src/who-it-helps/checker-config.js';
import { emergencyNumbers } from '../src/who-it-helps/emergency-numbers.js';
import { whoItHelpsStrings } from '../src/who-it-helps/who-it-helps.strings.js';
import { spyOnConsole, type ConsoleSpy } from './console-spy.js';

const en: Locale = { benefits: benefitsStrings.en, timeline: timelineStrings.en, whoItHelps: whoItHelpsStrings.en, bookButton: bookButtonStrings.en };
const LANGUAGES: Record<string, Locale> = { es, fr, de, pt, 'zh-Hans': zhHans };
const CLINIC = 'Harbour Acupuncture';

/** Every string in a value, with where it sits (`whoItHelps.content.questions.0.text`). */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  // Ids and values are what the rules refer to, never shown.
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) => (key === 'id' || key === 'value' ? [] : leaves(child, path ? `${path}.${key}` : key)));
  return [];
}

/** Everything but the text: keys, array lengths, ids, values, flags, and the `{0}` placeholders a text holds. */
function shape(value: unknown): unknown {
  if (typeof value === 'string') return value.match(/\{\d\}/g)?.sort() ?? [];
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, key === 'id' || key === 'value' ? child : shape(child)]));
  return value;
}

/*
 * Claim words docs/health-content.md forbids, per language, matched as whole
 * words (any case): cure, proven, guaranteed, permanent, lasting and theirs.
 */
const FORBIDDEN: Record<string, string[]> = {
  en: ['cure', 'cures', 'cured', 'curing', 'proven', 'guarantee', 'guaranteed', 'permanent', 'permanently', 'lasting', 'miracle'],
  es: ['cura', 'curas', 'curar', 'cura', 'curación', 'garantizado', 'garantizada', 'garantiza', 'probado', 'probada', 'permanente', 'duradero', 'duradera'],
  fr: ['guérir', 'guérit', 'guérison', 'garanti', 'garantie', 'garantis', 'prouvé', 'prouvée', 'permanent', 'permanente', 'durable', 'durables'],
  de: ['heilen', 'heilt', 'Heilung', 'geheilt', 'garantiert', 'Garantie', 'bewiesen', 'nachgewiesen', 'dauerhaft', 'dauerhafte', 'nachhaltig'],
  pt: ['cura', 'curar', 'curas', 'garantido', 'garantida', 'garante', 'comprovado', 'comprovada', 'permanente', 'duradouro', 'duradoura'],
  'zh-Hans': ['治愈', '根治', '痊愈', '保证', '证明', '永久', '彻底', '保障'],
};
/** Texts that are the same word in English and in the language, and may stay. */
const SAME_AS_ENGLISH: Record<string, string[]> = { es: ['Error:'] };
const wordIn = (text: string, word: string) => new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu').test(text);

describe('languages', () => {
  let spy: ConsoleSpy;
  beforeEach(() => (spy = spyOnConsole()));
  afterEach(() => spy.restore());

  describe('the string tables', () => {
    for (const [tag, locale] of Object.entries(LANGUAGES)) {
      it(`${tag} has every key of English, the same lists, ids, values and placeholders, and no empty text`, () => {
        expect(shape(locale)).to.deep.equal(shape(en));
        for (const [path, text] of leaves(locale)) expect(text.trim(), path).not.to.equal('');
      });

      it(`${tag}'s questionnaire works with the built-in rules`, () => {
        expect(configProblems({ ...locale.whoItHelps.content, rules: defaultRules })).to.deep.equal([]);
      });

      it(`${tag} is registered under its lower-case tag`, () => {
        expect(stringsFor(benefitsStrings, tag)).to.equal(locale.benefits);
        expect(stringsFor(whoItHelpsStrings, tag)).to.equal(locale.whoItHelps);
      });
    }

    for (const [tag, words] of Object.entries(FORBIDDEN)) {
      it(`no built-in ${tag} text makes a claim (${words.join(', ')})`, () => {
        const found = leaves(tag === 'en' ? en : LANGUAGES[tag]).flatMap(([path, text]) => words.filter((word) => wordIn(text, word)).map((word) => `${path}: "${word}"`));
        expect(found).to.deep.equal([]);
      });
    }
  });

  describe('matching (BCP 47)', () => {
    const cases: [string, Locale][] = [
      ['es', es], ['es-MX', es], ['es-419', es], ['fr-CA', fr], ['FR-fr', fr], ['de-CH', de], ['de-AT', de],
      ['pt', pt], ['pt-BR', pt], ['pt-PT', pt],
      ['zh', zhHans], ['zh-Hans', zhHans], ['zh-CN', zhHans], ['zh-SG', zhHans], ['zh-Hans-CN', zhHans], ['zh-Hans-HK', zhHans],
      ['zh-TW', en], ['zh-HK', en], ['zh-Hant', en], ['zh-Hant-TW', en],
      ['en', en], ['en-GB', en], ['it', en], ['constructor', en], ['__proto__', en], ['hasOwnProperty-x', en],
    ];
    for (const [tag, locale] of cases) {
      it(`${tag} gets ${locale === en ? 'English' : locale.bookButton.label}`, () => {
        expect(stringsFor(bookButtonStrings, tag)).to.equal(locale.bookButton);
      });
    }
  });

  /** The text a widget shows, and its accessible names, through nested shadow roots. */
  function shown(root: Element | ShadowRoot): string[] {
    const out: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) out.push(node.textContent!.trim());
      if (node instanceof Element) {
        for (const name of ['aria-label', 'title', 'alt']) if (node.getAttribute(name)) out.push(node.getAttribute(name)!);
        if (node.shadowRoot) walk(node.shadowRoot);
      }
      node.childNodes.forEach(walk);
    };
    walk(root);
    return out;
  }

  /** Every English text as a widget can show it, with its placeholders filled as the pages below fill them. */
  function englishTexts(): string[] {
    const texts = leaves(en).map(([, text]) => text);
    const filled = texts.filter((text) => /\{\d\}/.test(text)).flatMap((text) => [1, 2, 3, 4].map((n) => fill(text, n, 4)).concat(fill(text, CLINIC)));
    return [...texts.filter((text) => !/\{\d\}/.test(text)), ...filled, ...texts.flatMap((text) => text.split(/\{\d\}/)).filter((part) => part.trim().length > 12)];
  }

  const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
  const pick = async (el: AcuWhoItHelps, ...values: string[]) => {
    for (const value of values) {
      const input = [...el.shadowRoot!.querySelectorAll("input")].find((candidate) => candidate.value === value);
      if (!input) throw new Error(`no answer ${value} in ${el.shadowRoot!.querySelector("legend, .result-heading")?.textContent}`);
      input.click();
    }
    await el.updateComplete; // as between a person's click and the next
    $(el, '.continue').click();
    await el.updateComplete;
  };

  /** A page in `tag` with every widget, walked through every checker step, error, outcome and the booking button's states. */
  async function everyScreen(tag: string): Promise<string[]> {
    const clinic = await fixture<AcuClinic>(html`<acu-clinic name=${CLINIC} booking-url="https://cal.com/harbour/visit" locale=${tag}>
      <acu-benefits></acu-benefits><acu-timeline></acu-timeline><acu-who-it-helps></acu-who-it-helps>
      <acu-book-button mode="popup"></acu-book-button><acu-book-button mode="new-tab"></acu-book-button><acu-book-button mode="floating"></acu-book-button>
    </acu-clinic>`);
    const widgets = [...clinic.querySelectorAll<AcuBenefits | AcuTimeline | AcuWhoItHelps | AcuBookButton>('*')];
    await Promise.all(widgets.map((el) => el.updateComplete));
    const seen = widgets.flatMap((el) => shown(el.shadowRoot!));
    const journeys = [[['bladder']], [['none'], ['lower'], ['injury'], ['short']], [['none'], ['sciatica'], ['desk'], ['short']], [['none'], ['lower'], ['desk'], ['long']]];
    for (const journey of journeys) {
      const fresh = clinic.appendChild(document.createElement('acu-who-it-helps'));
      await fresh.updateComplete;
      await pick(fresh);
      seen.push(...shown(fresh.shadowRoot!)); // the error summary
      for (const values of journey) {
        await pick(fresh, ...values);
        await Promise.all([...fresh.shadowRoot!.querySelectorAll('acu-book-button')].map((button) => button.updateComplete));
        seen.push(...shown(fresh.shadowRoot!));
      }
      fresh.remove();
    }
    const floating = clinic.querySelector<AcuBookButton>('acu-book-button[mode="floating"]')!;
    $(floating, '.dismiss').click();
    await floating.updateComplete;
    seen.push(...shown(floating.shadowRoot!));
    return seen;
  }

  describe('pages in each language', () => {
    for (const [tag, locale] of Object.entries(LANGUAGES)) {
      it(`a ${tag} page shows no English text on any widget, checker step or outcome`, async () => {
        const own = new Set(SAME_AS_ENGLISH[tag] ?? []);
        const text = (await everyScreen(tag)).join('\n');
        const english = englishTexts().filter((candidate) => !own.has(candidate) && wordIn(text, candidate.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
        expect(english).to.deep.equal([]);
        // It did walk the whole checker: every outcome's title and the dialog were there.
        for (const outcome of Object.values(locale.whoItHelps.content.outcomes)) expect(text).to.contain(outcome.title);
        expect(text).to.contain(fill(locale.bookButton.dialogTitle, CLINIC));
        expect(text).to.contain(locale.bookButton.dismissed);
        expect(spy.warnings).to.deep.equal([]);
      });
    }
  });

  describe('the urgent result names the numbers to call where the locale gives a region', () => {
    const REGIONS: [string, string[]][] = [
      ['en-GB', ['999', 'NHS 111']], ['en-US', ['911']], ['en-CA', ['911']], ['fr-CA', ['911']], ['en-AU', ['000']], ['en-NZ', ['111']], ['en-IE', ['112', '999']],
      ['de-DE', ['112', '116 117']], ['de-AT', ['144', '112', '141']], ['de-CH', ['144']], ['fr-CH', ['144']], ['fr-FR', ['15', '112']], ['fr-BE', ['112']],
      ['es-ES', ['112']], ['es-MX', ['911']], ['es-US', ['911']], ['pt-PT', ['112', 'SNS 24 (808 24 24 24)']], ['pt-BR', ['SAMU 192']], ['zh-CN', ['120']], ['zh-Hans-CN', ['120']],
    ];
    it('every region of the table is tested here', () => {
      expect(Object.keys(emergencyNumbers).sort()).to.deep.equal([...new Set(REGIONS.map(([tag]) => tag.slice(-2).toLowerCase()))].sort());
    });

    async function urgent(tag: string) {
      const el = await fixture<AcuWhoItHelps>(html`<acu-who-it-helps lang=${tag}></acu-who-it-helps>`);
      await pick(el, 'bladder');
      return [...el.shadowRoot!.querySelectorAll('.result p:not(.disclaimer)')].map((p) => p.textContent!.trim());
    }

    for (const [tag, numbers] of REGIONS) {
      it(`${tag}: ${numbers.join(', ')}, in its language`, async () => {
        const strings = stringsFor(whoItHelpsStrings, tag);
        const [first, ...rest] = await urgent(tag);
        expect(first).to.equal(fill(strings.call, numbers.join(` ${strings.or} `)));
        expect(rest).to.deep.equal(strings.content.outcomes.urgent.body.slice(1));
      });
    }

    for (const tag of ['en', 'de', 'fr', 'zh-Hans', 'es-419', 'en-XX']) {
      it(`${tag}: no known region, so the general wording`, async () => {
        expect(await urgent(tag)).to.deep.equal(stringsFor(whoItHelpsStrings, tag).content.outcomes.urgent.body);
      });
    }

    it("a clinic's own urgent outcome is left as written", async () => {
      const el = await fixture<AcuWhoItHelps>(
        html`<acu-who-it-helps lang="en-GB" .config=${{ outcomes: { ...en.whoItHelps.content.outcomes, urgent: { title: 'Now', urgent: true, body: ['Ring us.'] } } }}></acu-who-it-helps>`,
      );
      await pick(el, 'bladder');
      expect($(el, '.result p').textContent).to.equal('Ring us.');
    });
  });

  describe('a language this file lacks', () => {
    const box = (el: Element) => el.shadowRoot!.firstElementChild!;

    it('shows English marked lang="en" on the content (not on the host), with one console note per page and locale', async () => {
      const clinic = await fixture<AcuClinic>(html`<div lang="it"><acu-clinic locale="it-IT">
        <acu-benefits></acu-benefits><acu-timeline></acu-timeline><acu-who-it-helps></acu-who-it-helps><acu-book-button href="https://cal.com/x"></acu-book-button>
      </acu-clinic></div>`);
      const widgets = [...clinic.querySelectorAll<AcuBenefits>('acu-clinic > *')];
      await Promise.all(widgets.map((el) => el.updateComplete));
      for (const el of widgets) {
        expect(box(el).getAttribute('lang'), el.localName).to.equal('en');
        expect(el.hasAttribute('lang')).to.equal(false);
        expect(el.matches(':lang(it)')).to.equal(true);
        expect(box(el).contains(el.shadowRoot!.querySelector('h2, a'))).to.equal(true);
      }
      expect($(widgets[0], 'h2').textContent).to.equal(en.benefits.heading);
      expect(spy.warnings).to.deep.equal(['<acu-benefits> locale: no built-in "it-IT" text in this file; showing English.']);
      // Another widget later, same locale: no second note.
      widgets[0].requestUpdate();
      await widgets[0].updateComplete;
      expect(spy.warnings).to.have.length(1);
    });

    it('names the attribute: lang on the widget', async () => {
      const el = await fixture<AcuBenefits>(html`<acu-benefits lang="nl"></acu-benefits>`);
      expect(box(el).getAttribute('lang')).to.equal('en');
      expect(spy.warnings).to.deep.equal(['<acu-benefits> lang: no built-in "nl" text in this file; showing English.']);
    });

    it('marks built-in text with its locale when one is given, and nothing when none is', async () => {
      const clinic = await fixture<AcuClinic>(html`<acu-clinic locale="de-CH"><acu-benefits></acu-benefits></acu-clinic>`);
      const el = clinic.querySelector('acu-benefits')!;
      await el.updateComplete;
      expect(box(el).getAttribute('lang')).to.equal('de-CH');
      expect($(el, 'h2').textContent).to.equal(de.benefits.heading);
      clinic.locale = undefined;
      await clinic.updateComplete;
      await el.updateComplete;
      expect(box(el).hasAttribute('lang')).to.equal(false);
      expect($(el, 'h2').textContent).to.equal(en.benefits.heading);
    });
  });

  describe('the clinic\'s own strings', () => {
    it('replace built-in texts by key, on every widget, as a JSON attribute or a property', async () => {
      const el = await fixture<AcuWhoItHelps>(html`<acu-who-it-helps lang="de" strings='{"heading": "Ist Akupunktur etwas für Sie?", "counter": "Schritt {0}/{1}"}'></acu-who-it-helps>`);
      expect($(el, 'h2').textContent).to.equal('Ist Akupunktur etwas für Sie?');
      expect($(el, '.counter').textContent).to.equal('Schritt 1/4');
      expect($(el, '.continue').textContent).to.equal(de.whoItHelps.continue);
      const button = await fixture<AcuBookButton>(html`<acu-book-button href="https://cal.com/x" .strings=${{ label: 'Reservar' }}></acu-book-button>`);
      expect($(button, 'a').textContent!.trim()).to.equal('Reservar');
      expect(spy.warnings).to.deep.equal([]);
    });

    it('supply a language not built in: no lang="en", no note', async () => {
      const el = await fixture<AcuTimeline>(html`<acu-timeline lang="it" strings='{"heading": "Cosa aspettarsi"}'></acu-timeline>`);
      expect($(el, 'h2').textContent).to.equal('Cosa aspettarsi');
      expect(el.shadowRoot!.firstElementChild!.hasAttribute('lang')).to.equal(false);
      expect(spy.warnings).to.deep.equal([]);
    });

    for (const [given, value] of [
      ['bad JSON', '{heading'],
      ['a key the widget lacks', '{"hedding": "x"}'],
      ['a list', '{"benefits": []}'],
      ['a number', '{"heading": 3}'],
      ['an inherited name', '{"constructor": "x"}'],
    ]) {
      it(`are reported once and ignored when they hold ${given}`, async () => {
        const el = await fixture<AcuBenefits>(html`<acu-benefits strings=${value}></acu-benefits>`);
        el.requestUpdate();
        await el.updateComplete;
        expect($(el, 'h2').textContent).to.equal(en.benefits.heading);
        expect(spy.warnings).to.have.length(1);
        expect(spy.warnings[0]).to.match(/^<acu-benefits> strings: /);
      });
    }
  });
});
