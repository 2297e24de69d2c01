import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/book-button/index.js';
import { AcuClinic } from '../src/clinic/index.js';
import type { AcuBookButton, BookButtonEventDetail } from '../src/book-button/index.js';
import { spyOnConsole, type ConsoleSpy } from './console-spy.js';

const CAL = 'https://cal.com/harbour/first-visit';
const CALENDLY = 'https://calendly.com/harbour/first-visit';

const root = (el: AcuBookButton) => el.shadowRoot!;
const link = (el: AcuBookButton) => root(el).querySelector<HTMLAnchorElement>('[part=button]')!;
const dialog = (el: AcuBookButton) => root(el).querySelector('dialog')!;
const frame = (el: AcuBookButton) => root(el).querySelector('iframe')!;
const focused = (el: AcuBookButton) => root(el).activeElement;
const button = (template: TemplateResult) => fixture<AcuBookButton>(template);

/** A button inside a clinic, once the clinic's details have reached it. */
async function inClinic(template: TemplateResult) {
  const clinic = await fixture<AcuClinic>(template);
  const el = clinic.querySelector('acu-book-button')!;
  await el.updateComplete;
  return el;
}

/** Clicks the button and returns the `acu-book-click` detail, keeping the test page where it is. */
async function clickDetail(el: AcuBookButton): Promise<BookButtonEventDetail> {
  const clicked = oneEvent(el, 'acu-book-click');
  el.addEventListener('acu-book-click', (event) => event.preventDefault(), { once: true });
  link(el).click();
  return (await clicked).detail;
}

/**
 * Stops link clicks from navigating the test page away, noting for each
 * whether the element had already cancelled it (the browser would follow it
 * if not).
 */
function holdNavigation(): { followed: boolean[]; release(): void } {
  const followed: boolean[] = [];
  const hold = (event: MouseEvent) => {
    followed.push(!event.defaultPrevented);
    event.preventDefault();
  };
  addEventListener('click', hold);
  return { followed, release: () => removeEventListener('click', hold) };
}

/** Clicks the button's link, as a mouse would, without leaving the test page. */
function clickLink(el: AcuBookButton, init: MouseEventInit = {}): boolean {
  const held = holdNavigation();
  try {
    link(el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }));
  } finally {
    held.release();
  }
  return held.followed[0];
}

/** Closes the popup and waits for its close event, which the dialog queues as a task. */
async function closePopup(el: AcuBookButton) {
  const closed = oneEvent(el, 'acu-book-close');
  dialog(el).close();
  await closed;
}

async function openWithKeyboard(el: AcuBookButton) {
  link(el).focus();
  const opened = oneEvent(el, 'acu-book-open');
  await sendKeys({ press: 'Enter' });
  await opened;
}

async function closeWithEscape(el: AcuBookButton) {
  const closed = oneEvent(el, 'acu-book-close');
  await sendKeys({ press: 'Escape' });
  await closed;
}

describe('<acu-book-button>', () => {
  let spy: ConsoleSpy;
  beforeEach(() => (spy = spyOnConsole()));
  afterEach(() => spy.restore());

  describe('link mode (the default)', () => {
    it('is a real link to href, labelled "Book an appointment", with nothing added', async () => {
      const href = 'https://harbour.janeapp.com/locations/main/book?x=1#top';
      const el = await button(html`<acu-book-button href=${href}></acu-book-button>`);
      expect(link(el).localName).to.equal('a');
      expect(link(el).getAttribute('href')).to.equal(href);
      expect(link(el).hasAttribute('target')).to.equal(false);
      expect(link(el).textContent!.trim()).to.equal('Book an appointment');
      expect(root(el).querySelector('dialog, iframe')).to.equal(null);
      expect(spy.errors).to.deep.equal([]);
      expect(spy.warnings).to.deep.equal([]);
    });

    it('takes its label from the label attribute, and slotted content over that', async () => {
      const labelled = await button(html`<acu-book-button href=${CAL} label="Book your first visit"></acu-book-button>`);
      expect(link(labelled).textContent!.trim()).to.equal('Book your first visit');
      const slotted = await button(html`<acu-book-button href=${CAL} label="Ignored"><strong>Book now</strong></acu-book-button>`);
      const slot = root(slotted).querySelector('slot')!;
      expect(slot.assignedNodes().map((node) => node.textContent)).to.deep.equal(['Book now']);
      const blank = await button(html`<acu-book-button href=${CAL} label="  "></acu-book-button>`);
      expect(link(blank).textContent!.trim()).to.equal('Book an appointment');
    });

    it("sends the booking site this page's origin at most, never its path or query, whatever the page's referrer policy", async () => {
      const policies = [];
      for (const mode of ['link', 'new-tab', 'popup']) {
        const el = await button(html`<acu-book-button href=${CAL} mode=${mode}></acu-book-button>`);
        policies.push(...[...root(el).querySelectorAll('a, iframe')].map((node) => node.getAttribute('referrerpolicy')));
      }
      expect(policies).to.deep.equal(Array(5).fill('strict-origin'));
    });

    it('follows the link when clicked and the click is not cancelled', async () => {
      const el = await button(html`<acu-book-button href=${CAL}></acu-book-button>`);
      expect(clickLink(el)).to.equal(true);
    });
  });

  describe('label', () => {
    it('uses the default label, with one warning, when label has no visible character', async () => {
      const el = await button(html`<acu-book-button href=${CAL} label=${'\u200b\u200c\u200d\u2060\ufeff\u00ad \n'}></acu-book-button>`);
      expect(link(el).textContent!.trim()).to.equal('Book an appointment');
      expect(spy.warnings).to.have.length(1);
      expect(spy.warnings[0]).to.equal('<acu-book-button> label: has no visible text; using the default.');
      el.label = 'Book now';
      await el.updateComplete;
      expect(link(el).textContent!.trim()).to.equal('Book now');
      const slotted = await button(html`<acu-book-button href=${CAL}>\u200b\ufeff</acu-book-button>`);
      expect(link(slotted).textContent!.replace(/[\u200b\ufeff]/g, '').trim()).to.equal('Book an appointment');
    });

    it('keeps the default label when the author left only a line break inside the element', async () => {
      const el = await button(html`<acu-book-button href=${CAL}>
      </acu-book-button>`);
      expect(link(el).textContent?.trim()).to.equal('Book an appointment');
      await expect(el).to.be.accessible();
    });

    it('uses the content written inside the element instead of label', async () => {
      const el = await button(html`<acu-book-button href=${CAL} label="Not this"><b>Book today</b></acu-book-button>`);
      expect(link(el).textContent).not.to.contain('Not this');
      expect(link(el).querySelector('slot')!.assignedNodes().map((node) => node.textContent).join('')).to.equal('Book today');
    });
  });

  describe('new-tab mode', () => {
    it('opens a new tab with rel="noopener" and says so to screen readers', async () => {
      const el = await button(html`<acu-book-button href=${CAL} mode="new-tab"></acu-book-button>`);
      expect(link(el).target).to.equal('_blank');
      expect(link(el).rel).to.equal('noopener');
      const icon = link(el).querySelector('svg')!;
      expect([icon.getAttribute('role'), icon.getAttribute('aria-label')]).to.deep.equal(['img', '(opens in a new tab)']);
      expect(root(el).querySelector('dialog')).to.equal(null);
    });
  });

  describe('clinic details', () => {
    it('uses the clinic booking-url when it has no href', async () => {
      const el = await inClinic(html`<acu-clinic booking-url=${CALENDLY} phone="020 7946 0000"><p><acu-book-button></acu-book-button></p></acu-clinic>`);
      expect(link(el).href).to.equal(CALENDLY);
    });

    it('calls the clinic phone as tel: when there is no booking URL', async () => {
      const el = await inClinic(html`<acu-clinic phone="+44 (20) 7946-0000" email="a@b.example"><acu-book-button></acu-book-button></acu-clinic>`);
      expect(link(el).getAttribute('href')).to.equal('tel:+442079460000');
    });

    it('writes to the clinic email as mailto: when there is neither booking URL nor phone', async () => {
      const el = await inClinic(html`<acu-clinic email="hello@harbour.example"><acu-book-button></acu-book-button></acu-clinic>`);
      expect(link(el).getAttribute('href')).to.equal('mailto:hello@harbour.example');
    });

    it('lets its own href win over the clinic', async () => {
      const el = await inClinic(html`<acu-clinic booking-url=${CALENDLY}><acu-book-button href=${CAL}></acu-book-button></acu-clinic>`);
      expect(link(el).href).to.equal(CAL);
    });

    it('follows changes to the clinic', async () => {
      const el = await inClinic(html`<acu-clinic booking-url=${CALENDLY}><acu-book-button></acu-book-button></acu-clinic>`);
      el.parentElement!.setAttribute('booking-url', CAL);
      await (el.parentElement as AcuClinic).updateComplete;
      await el.updateComplete;
      expect(link(el).href).to.equal(CAL);
    });

    it('opens phone and email links as links, whatever the mode', async () => {
      for (const mode of ['new-tab', 'popup', 'floating']) {
        const el = await inClinic(html`<acu-clinic phone="0123"><acu-book-button mode=${mode}></acu-book-button></acu-clinic>`);
        expect(link(el).getAttribute('href')).to.equal('tel:0123');
        expect(link(el).hasAttribute('target'), mode).to.equal(false);
        expect(root(el).querySelector('dialog'), mode).to.equal(null);
      }
    });

    it('gets its URL from an <acu-clinic> upgraded after it, without a false error', async () => {
      const tag = 'test-late-book-clinic';
      const wrapper = await fixture(html`<div></div>`);
      wrapper.innerHTML = `<${tag} booking-url="${CAL}"><acu-book-button></acu-book-button></${tag}>`;
      const el = wrapper.querySelector('acu-book-button')!;
      await el.updateComplete;
      expect(root(el).querySelector('a')).to.equal(null);
      customElements.define(tag, class extends AcuClinic {});
      await (wrapper.firstElementChild as AcuClinic).updateComplete;
      await el.updateComplete;
      expect(link(el).href).to.equal(CAL);
      expect(spy.errors).to.deep.equal([]);
    });

    it('inside a wrapper with clinic details that is never defined, says once the page has loaded that it has no URL', async () => {
      const wrapper = await fixture(html`<div></div>`);
      wrapper.innerHTML = '<contact-card phone="+44 20 7946 0000"><acu-book-button></acu-book-button></contact-card>';
      const el = wrapper.querySelector('acu-book-button')!;
      await el.updateComplete;
      expect(spy.errors).to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve, 10));
      await el.updateComplete;
      expect(spy.errors).to.have.length(1);
      expect(spy.errors[0]).to.match(/^<acu-book-button> href: no booking URL/);
    });

    it('names the dialog and the frame after the clinic', async () => {
      const el = await inClinic(html`<acu-clinic name="Harbour Acupuncture"><acu-book-button href=${CAL} mode="popup"></acu-book-button></acu-clinic>`);
      expect(frame(el).title).to.equal('Online booking for Harbour Acupuncture');
      expect(root(el).getElementById('title')!.textContent).to.equal('Book an appointment with Harbour Acupuncture');
    });
  });

  describe('popup mode', () => {
    afterEach(() => document.documentElement.style.removeProperty('overflow'));

    it('frames the booking page lazily, titled, sending it our origin at most', async () => {
      const el = await button(html`<acu-book-button href=${CAL} mode="popup"></acu-book-button>`);
      expect(link(el).getAttribute('aria-haspopup')).to.equal('dialog');
      expect(link(el).href).to.equal(CAL);
      expect(frame(el).src).to.equal(CAL);
      expect(frame(el).title).to.equal('Online booking');
      expect(frame(el).getAttribute('loading')).to.equal('lazy');
      expect(frame(el).referrerPolicy).to.equal('strict-origin');
      expect(dialog(el).open).to.equal(false);
    });

    it('opens a modal dialog on click with the close button first and an "open in a new tab" link', async () => {
      const el = await button(html`<acu-book-button href=${CAL} mode="popup"></acu-book-button>`);
      const opened = oneEvent(el, 'acu-book-open');
      link(el).click();
      expect((await opened).detail).to.deep.equal({ href: CAL, provider: 'calcom', mode: 'popup' });
      expect(dialog(el).matches(':modal')).to.equal(true);
      const focusable = [...dialog(el).querySelectorAll('button, a, iframe')];
      expect(focusable[0]).to.have.attribute('part', 'close');
      expect(focused(el)).to.equal(focusable[0]);
      expect(focusable[0].getAttribute('aria-label')).to.equal('Close');
      const newTab = dialog(el).querySelector<HTMLAnchorElement>('[part=new-tab-link]')!;
      expect(newTab.href).to.equal(CAL);
      expect(newTab.target).to.equal('_blank');
      expect(newTab.rel).to.equal('noopener');
      const closed = oneEvent(el, 'acu-book-close');
      root(el).querySelector<HTMLButtonElement>('[part=close]')!.click();
      await closed;
      expect(dialog(el).open).to.equal(false);
      expect(focused(el)).to.equal(link(el));
    });

    it('opens and closes from script with show() and hide(), without a click event', async () => {
      const el = await button(html`<acu-book-button href=${CAL} mode="popup"></acu-book-button>`);
      let clicks = 0;
      el.addEventListener('acu-book-click', () => clicks++);
      const opened = oneEvent(el, 'acu-book-open');
      el.show();
      await opened;
      expect(dialog(el).matches(':modal')).to.equal(true);
      el.show();
      expect(document.documentElement.style.overflowY).to.equal('hidden');
      const closed = oneEvent(el, 'acu-book-close');
      el.hide();
      await closed;
      expect(dialog(el).open).to.equal(false);
      expect(focused(el)).to.equal(link(el));
      expect(clicks).to.equal(0);
    });

    it('show() does nothing where the button opens no popup (link mode, unframable systems)', async () => {
      for (const template of [
        html`<acu-book-button href=${CAL}></acu-book-button>`,
        html`<acu-book-button href="https://harbour.janeapp.com/" mode="popup"></acu-book-button>`,
      ]) {
        const el = await button(template);
        el.show();
        expect(root(el).querySelector('dialog')?.open ?? false).to.equal(false);
      }
    });

    it('works with the keyboard alone: Enter opens, Escape closes every time, focus comes back', async () => {
      const el = await button(html`<acu-book-button href=${CAL} mode="popup"></acu-book-button>`);
      for (let round = 0; round < 3; round++) {
        await openWithKeyboard(el);
        expect(dialog(el).open, `open, round ${round}`).to.equal(true);
        expect(focused(el), `focus in, round ${round}`).to.have.attribute('part', 'close');
        await closeWithEscape(el);
        expect(dialog(el).open, `closed, round ${round}`).to.equal(false);
        expect(focused(el), `focus back, round ${round}`).to.equal(link(el));
      }
    });

    it('closes on Escape pressed twice quickly, even from inside the dialog', async () => {
      const el = await button(html`<acu-book-button href=${CAL} mode="popup"></acu-book-button>`);
      await openWithKeyboard(el);
      await sendKeys({ press: 'Tab' });
      await closeWithEscape(el);
      await sendKeys({ press: 'Escape' });
      await openWithKeyboard(el);
      await closeWithEscape(el);
      expect(dialog(el).open).to.equal(false);
      expect(document.documentElement.style.overflow).to.equal('');
    });

    it('closes on a click on the backdrop', async () => {
      const el = await button(html`<acu-book-button href=${CAL} mode="popup"></acu-book-button>`);
      link(el).click();
      const closed = oneEvent(el, 'acu-book-close');
      await sendMouse({ type: 'click', position: [4, 4] });
      await closed;
      expect(dialog(el).open).to.equal(false);
    });

    it('stops the page behind from scrolling and keeps its scroll position', async () => {
      const page = await fixture(html`<div>
        <div style="height: 3000px"></div>
        <acu-book-button href=${CAL} mode="popup"></acu-book-button>
        <div style="height: 3000px"></div>
      </div>`);
      const el = page.querySelector('acu-book-button')!;
      await el.updateComplete;
      document.documentElement.style.overflow = 'auto';
      el.scrollIntoView({ block: 'center' });
      const before = scrollY;
      expect(before).to.be.greaterThan(1000);
      await openWithKeyboard(el);
      expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
      expect(scrollY).to.equal(before);
      await closeWithEscape(el);
      expect(document.documentElement.style.overflow).to.equal('auto');
      expect(scrollY).to.equal(before);
      scrollTo(0, 0);
    });

    it('fills the screen on a phone', async () => {
      await setViewport({ width: 360, height: 640 });
      try {
        const el = await button(html`<acu-book-button href=${CAL} mode="popup"></acu-book-button>`);
        link(el).click();
        const box = dialog(el).getBoundingClientRect();
        expect([box.left, box.top, box.width, box.height]).to.deep.equal([0, 0, 360, 640]);
        dialog(el).close();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('leaves modifier clicks to the browser (open in a new tab)', async () => {
      const el = await button(html`<acu-book-button href=${CAL} mode="popup"></acu-book-button>`);
      expect(clickLink(el, { ctrlKey: true })).to.equal(true);
      expect(clickLink(el, { metaKey: true })).to.equal(true);
      expect(dialog(el).open).to.equal(false);
    });

    it('restores the page scroll when a new mode drops the open dialog', async () => {
      const el = await button(html`<acu-book-button href=${CAL} mode="popup"></acu-book-button>`);
      link(el).click();
      el.mode = 'link';
      await el.updateComplete;
      expect(root(el).querySelector('dialog')).to.equal(null);
      expect(document.documentElement.style.overflow).to.equal('');
    });

    it("gives the page its own overflow back, whatever the order popups open, close and leave in", async () => {
      const rootStyle = document.documentElement.style;
      rootStyle.overflow = 'auto';
      const page = await fixture(html`<div>
        <acu-book-button href=${CAL} mode="popup"></acu-book-button><acu-book-button href=${CALENDLY} mode="popup"></acu-book-button>
      </div>`);
      const [a, b] = page.querySelectorAll('acu-book-button');
      await Promise.all([a.updateComplete, b.updateComplete]);
      link(a).click();
      link(a).click();
      expect(rootStyle.overflow).to.equal('hidden');
      await closePopup(a);
      expect(rootStyle.overflow, 'opened twice, closed once').to.equal('auto');
      link(a).click();
      link(b).click();
      await closePopup(a);
      expect(rootStyle.overflow, 'one of two closed').to.equal('hidden');
      await closePopup(b);
      expect(rootStyle.overflow, 'both closed').to.equal('auto');
      link(a).click();
      link(b).click();
      a.remove();
      expect(rootStyle.overflow, 'one of two removed').to.equal('hidden');
      b.remove();
      expect(rootStyle.overflow, 'both removed').to.equal('auto');
    });

    it('restores the page scroll when removed while open', async () => {
      const el = await button(html`<acu-book-button href=${CAL} mode="popup"></acu-book-button>`);
      link(el).click();
      el.remove();
      expect(document.documentElement.style.overflow).to.equal('');
    });
  });

  describe('providers', () => {
    const cases: Array<[string, string, boolean]> = [
      ['https://harbour.janeapp.com/', 'jane', false],
      ['https://harbour.janeapp.co.uk/', 'jane', false],
      [CALENDLY, 'calendly', true],
      [CAL, 'calcom', true],
      ['https://app.cal.com/harbour', 'calcom', true],
      ['https://app.acuityscheduling.com/schedule.php?owner=1', 'acuity', true],
      ['https://harbour.as.me/', 'acuity', true],
      ['https://harbour.squarespacescheduling.com/', 'acuity', true],
      ['https://book.squareup.com/appointments/abc', 'square', false],
      ['https://clients.mindbodyonline.com/classic/ws?studioid=1', 'mindbody', false],
      ['https://www.zocdoc.com/practice/harbour-1', 'zocdoc', false],
      ['https://harbour.clientsecure.me/', 'simplepractice', false],
      ['https://booking.harbour.example/', 'generic', true],
      ['https://notjaneapp.com/', 'generic', true],
    ];
    for (const [href, provider, framable] of cases) {
      it(`recognises ${href} as ${provider}, ${framable ? 'framed' : 'in a new tab'} in popup mode`, async () => {
        const el = await button(html`<acu-book-button href=${href} mode="popup"></acu-book-button>`);
        expect((await clickDetail(el)).provider).to.equal(provider);
        expect(!!root(el).querySelector('dialog')).to.equal(framable);
        expect(link(el).target).to.equal(framable ? '' : '_blank');
      });
    }

    it('lets the provider attribute override the URL (a custom domain)', async () => {
      const el = await button(html`<acu-book-button href="https://book.harbour.example/" provider="jane" mode="popup"></acu-book-button>`);
      expect((await clickDetail(el)).provider).to.equal('jane');
      expect(root(el).querySelector('dialog')).to.equal(null);
      expect(link(el).target).to.equal('_blank');
    });

    it('never frames a plain http page (mixed content)', async () => {
      const el = await button(html`<acu-book-button href="http://booking.harbour.example/" mode="popup"></acu-book-button>`);
      expect(root(el).querySelector('dialog')).to.equal(null);
      expect(link(el).target).to.equal('_blank');
    });

    it("gives Calendly's frame the embed parameters it needs, and only the frame", async () => {
      const el = await button(html`<acu-book-button href=${CALENDLY} mode="popup"></acu-book-button>`);
      const src = new URL(frame(el).src);
      expect(src.searchParams.get('embed_domain')).to.equal(location.host);
      expect(src.searchParams.get('embed_type')).to.equal('Inline');
      expect(link(el).href).to.equal(CALENDLY);
    });
  });

  describe('events', () => {
    it('fires acu-book-click, bubbling and composed, with {href, provider, mode}', async () => {
      const el = await button(html`<acu-book-button href=${CALENDLY} mode="new-tab"></acu-book-button>`);
      const clicked = oneEvent(document, 'acu-book-click');
      expect(clickLink(el)).to.equal(true);
      const event = await clicked;
      expect(event.detail).to.deep.equal({ href: CALENDLY, provider: 'calendly', mode: 'new-tab' });
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
    });

    it('keeps the patient on the page when acu-book-click is cancelled', async () => {
      for (const mode of ['link', 'new-tab']) {
        const el = await button(html`<acu-book-button href=${CAL} mode=${mode}></acu-book-button>`);
        el.addEventListener('acu-book-click', (event) => event.preventDefault());
        expect(clickLink(el), mode).to.equal(false);
      }

      const popup = await button(html`<acu-book-button href=${CAL} mode="popup"></acu-book-button>`);
      popup.addEventListener('acu-book-click', (event) => event.preventDefault());
      link(popup).click();
      expect(dialog(popup).open).to.equal(false);
    });

    describe('booking complete', () => {
      const post = (el: AcuBookButton, data: unknown, origin: string, source: MessageEventSource | null = frame(el).contentWindow) =>
        dispatchEvent(new MessageEvent('message', { data, origin, source }));
      const completions = (el: AcuBookButton) => {
        const seen: BookButtonEventDetail[] = [];
        el.addEventListener('acu-book-complete', (event) => seen.push(event.detail));
        return seen;
      };

      it('fires for Calendly event_scheduled from its frame and origin only', async () => {
        const el = await button(html`<acu-book-button href=${CALENDLY} mode="popup"></acu-book-button>`);
        const seen = completions(el);
        link(el).click();
        post(el, { event: 'calendly.event_scheduled', payload: {} }, 'https://evil.example');
        post(el, { event: 'calendly.event_scheduled', payload: {} }, 'https://calendly.com', window);
        post(el, { event: 'calendly.date_and_time_selected', payload: {} }, 'https://calendly.com');
        post(el, 'calendly.event_scheduled', 'https://calendly.com');
        expect(seen).to.deep.equal([]);
        post(el, { event: 'calendly.event_scheduled', payload: {} }, 'https://calendly.com');
        expect(seen).to.have.length(1);
        expect(seen[0].provider).to.equal('calendly');
        expect(seen[0].href).to.equal(CALENDLY);
      });

      it("fires for Cal.com's bookingSuccessful and bookingSuccessfulV2", async () => {
        const el = await button(html`<acu-book-button href=${CAL} mode="popup"></acu-book-button>`);
        const seen = completions(el);
        link(el).click();
        post(el, { originator: 'CAL', type: 'linkReady', data: {} }, 'https://cal.com');
        post(el, { originator: 'CAL', type: 'bookingSuccessfulV2', data: {} }, 'https://app.cal.com');
        expect(seen).to.have.length(0);
        post(el, { originator: 'CAL', type: 'bookingSuccessfulV2', data: {} }, 'https://cal.com');
        await closePopup(el);
        link(el).click();
        post(el, { originator: 'CAL', type: 'bookingSuccessful', data: {} }, 'https://cal.com');
        expect(seen).to.have.length(2);
      });

      it('fires once per opening of the popup, and never once it is closed', async () => {
        const layer: unknown[] = [];
        (window as { dataLayer?: unknown }).dataLayer = layer;
        try {
          const el = await button(html`<acu-book-button href=${CALENDLY} mode="popup" datalayer></acu-book-button>`);
          const seen = completions(el);
          const booked = () => post(el, { event: 'calendly.event_scheduled', payload: {} }, 'https://calendly.com');
          booked();
          expect(seen, 'before opening').to.have.length(0);
          link(el).click();
          booked();
          booked();
          expect(seen, 'a repeated message').to.have.length(1);
          await closePopup(el);
          booked();
          expect(seen, 'after closing').to.have.length(1);
          link(el).click();
          booked();
          expect(seen, 'opened again').to.have.length(2);
          expect(layer.filter((entry) => (entry as { event: string }).event === 'acu_book_complete')).to.have.length(2);
        } finally {
          delete (window as { dataLayer?: unknown }).dataLayer;
        }
      });

      it('listens for messages only while its popup is open (none at all in link mode)', async () => {
        const { addEventListener: add, removeEventListener: remove } = window;
        // Adding the same listener twice adds one, so a set of them counts what the window holds.
        const listeners = new Set<unknown>();
        window.addEventListener = function (this: Window, ...args: Parameters<typeof add>) {
          if (args[0] === 'message') listeners.add(args[1]);
          return add.apply(this, args);
        } as typeof add;
        window.removeEventListener = function (this: Window, ...args: Parameters<typeof remove>) {
          if (args[0] === 'message') listeners.delete(args[1]);
          return remove.apply(this, args);
        } as typeof remove;
        try {
          const modes = ['link', 'new-tab', 'popup', 'floating'];
          const page = await fixture(html`<div>${modes.flatMap((mode) => Array.from({ length: 125 }, () => html`<acu-book-button href=${CAL} mode=${mode}></acu-book-button>`))}</div>`);
          const buttons = [...page.querySelectorAll('acu-book-button')];
          await Promise.all(buttons.map((el) => el.updateComplete));
          expect(listeners.size, '500 buttons, none open').to.equal(0);
          const popup = buttons[300];
          link(popup).click();
          expect(listeners.size, 'one open').to.equal(1);
          await closePopup(popup);
          expect(listeners.size, 'closed again').to.equal(0);
        } finally {
          window.addEventListener = add;
          window.removeEventListener = remove;
        }
      });

      it('ignores messages when there is no popup', async () => {
        const el = await button(html`<acu-book-button href=${CALENDLY}></acu-book-button>`);
        const seen = completions(el);
        dispatchEvent(new MessageEvent('message', { data: { event: 'calendly.event_scheduled' }, origin: 'https://calendly.com', source: window }));
        expect(seen).to.deep.equal([]);
      });
    });

    describe('dataLayer', () => {
      afterEach(() => delete (window as { dataLayer?: unknown }).dataLayer);

      it('pushes acu_book_click and acu_book_complete when datalayer is set', async () => {
        const layer: unknown[] = [];
        (window as { dataLayer?: unknown }).dataLayer = layer;
        const el = await button(html`<acu-book-button href=${CALENDLY} mode="popup" datalayer></acu-book-button>`);
        link(el).click();
        dispatchEvent(new MessageEvent('message', { data: { event: 'calendly.event_scheduled' }, origin: 'https://calendly.com', source: frame(el).contentWindow }));
        dialog(el).close();
        expect(layer).to.deep.equal([
          { event: 'acu_book_click', provider: 'calendly' },
          { event: 'acu_book_complete', provider: 'calendly' },
        ]);
      });

      it('pushes nothing without the attribute, and nothing breaks without a dataLayer', async () => {
        const layer: unknown[] = [];
        (window as { dataLayer?: unknown }).dataLayer = layer;
        const quiet = await button(html`<acu-book-button href=${CAL}></acu-book-button>`);
        await clickDetail(quiet);
        expect(layer).to.deep.equal([]);
        delete (window as { dataLayer?: unknown }).dataLayer;
        const loud = await button(html`<acu-book-button href=${CAL} datalayer></acu-book-button>`);
        expect((await clickDetail(loud)).provider).to.equal('calcom');
      });
    });
  });

  describe('attribution', () => {
    it('adds utm-source, utm-medium and utm-campaign to http(s) URLs', async () => {
      const el = await button(html`<acu-book-button
        href="https://harbour.janeapp.com/?location=1"
        utm-source="clinic site"
        utm-medium="button"
        utm-campaign="back-pain"
      ></acu-book-button>`);
      expect(link(el).href).to.equal('https://harbour.janeapp.com/?location=1&utm_source=clinic+site&utm_medium=button&utm_campaign=back-pain');
      expect((await clickDetail(el)).href).to.equal(link(el).href);
    });

    it('never adds them to phone or email links', async () => {
      const el = await button(html`<acu-book-button href="tel:0123" utm-source="site" forward-params="utm_*"></acu-book-button>`);
      expect(link(el).getAttribute('href')).to.equal('tel:0123');
    });

    it("copies only the named parameters from the page's URL", async () => {
      const original = location.href;
      history.replaceState(null, '', `?utm_source=ads&utm_term=back+pain&gclid=G1&email=patient%40example.com&${location.search.slice(1)}`);
      try {
        const el = await button(html`<acu-book-button href=${CAL} utm-source="site" utm-medium="button" forward-params="utm_*, gclid"></acu-book-button>`);
        const params = Object.fromEntries(new URL(link(el).href).searchParams);
        expect(params).to.deep.equal({ utm_source: 'ads', utm_medium: 'button', utm_term: 'back pain', gclid: 'G1' });
      } finally {
        history.replaceState(null, '', original);
      }
    });

    it('never lets a wildcard copy personal data, and refuses a wildcard that can only match it', async () => {
      const original = location.href;
      const page = '?email=p%40example.com&ebook=E1&mc_eid=2&e_mail=x&utm_source=ads&utm_name=Jo&user_id=7&username=jo&phone=1&gclid=G1';
      history.replaceState(null, '', `${page}&${location.search.slice(1)}`);
      try {
        const el = await button(html`<acu-book-button href=${CAL} forward-params="e*, mc_*, utm_*, gclid, user*"></acu-book-button>`);
        expect(Object.fromEntries(new URL(link(el).href).searchParams)).to.deep.equal({ ebook: 'E1', utm_source: 'ads', gclid: 'G1' });
        expect(spy.warnings).to.have.length(1);
        expect(spy.warnings[0]).to.match(/^<acu-book-button> forward-params: "user\*" could copy personal data/);
        const named = await button(html`<acu-book-button href=${CAL} forward-params="email"></acu-book-button>`);
        expect(new URL(link(named).href).searchParams.get('email'), 'a name written out in full is the author\'s choice').to.equal('p@example.com');
      } finally {
        history.replaceState(null, '', original);
      }
    });

    it('refuses a bare "*", which would copy every parameter of the page', async () => {
      const original = location.href;
      history.replaceState(null, '', `?email=patient%40example.com&gclid=G1&${location.search.slice(1)}`);
      try {
        const el = await button(html`<acu-book-button href=${CAL} forward-params="*, gclid"></acu-book-button>`);
        expect(Object.fromEntries(new URL(link(el).href).searchParams)).to.deep.equal({ gclid: 'G1' });
        expect(spy.warnings).to.have.length(1);
        expect(spy.warnings[0]).to.match(/^<acu-book-button> forward-params: "\*" could copy personal data/);
      } finally {
        history.replaceState(null, '', original);
      }
    });
  });

  describe('floating mode', () => {
    it('gives the page its own scroll padding back when floating buttons leave, in any order, rendered or not', async () => {
      const rootStyle = document.documentElement.style;
      rootStyle.scrollPaddingBottom = '7px';
      try {
        const early = document.createElement('acu-book-button');
        Object.assign(early, { href: CAL, mode: 'floating' });
        document.body.append(early);
        early.remove();
        await early.updateComplete;
        expect(rootStyle.scrollPaddingBottom, 'removed before its first render').to.equal('7px');
        const page = await fixture(html`<div>
          <acu-book-button href=${CAL} mode="floating"></acu-book-button><acu-book-button href=${CALENDLY} mode="floating"></acu-book-button>
        </div>`);
        const [a, b] = page.querySelectorAll('acu-book-button');
        await Promise.all([a.updateComplete, b.updateComplete]);
        expect(rootStyle.scrollPaddingBottom).not.to.equal('7px');
        a.remove();
        expect(rootStyle.scrollPaddingBottom, 'first of two removed').not.to.equal('7px');
        b.remove();
        expect(rootStyle.scrollPaddingBottom, 'both removed').to.equal('7px');
        page.append(a);
        await a.updateComplete;
        expect(rootStyle.scrollPaddingBottom, 'put back').not.to.equal('7px');
        a.remove();
        expect(rootStyle.scrollPaddingBottom, 'removed again').to.equal('7px');
      } finally {
        rootStyle.removeProperty('scroll-padding-bottom');
      }
    });

    it('sits in the bottom end corner, and moves to the left in right-to-left pages', async () => {
      const ltr = await button(html`<acu-book-button href=${CAL} mode="floating"></acu-book-button>`);
      const box = root(ltr).querySelector('[part=floating]')!.getBoundingClientRect();
      expect(getComputedStyle(root(ltr).querySelector('[part=floating]')!).position).to.equal('fixed');
      expect(innerWidth - box.right).to.be.within(8, 24);
      expect(innerHeight - box.bottom).to.be.within(8, 24);
      const rtl = (await fixture(html`<div dir="rtl"><acu-book-button href=${CAL} mode="floating"></acu-book-button></div>`)).firstElementChild as AcuBookButton;
      await rtl.updateComplete;
      expect(root(rtl).querySelector('[part=floating]')!.getBoundingClientRect().left).to.be.within(8, 24);
    });

    it('opens like popup for framable providers and like new-tab for the others', async () => {
      const framed = await button(html`<acu-book-button href=${CAL} mode="floating"></acu-book-button>`);
      const opened = oneEvent(framed, 'acu-book-open');
      link(framed).click();
      expect((await opened).detail.mode).to.equal('floating');
      dialog(framed).close();
      const jane = await button(html`<acu-book-button href="https://harbour.janeapp.com/" mode="floating"></acu-book-button>`);
      expect(link(jane).target).to.equal('_blank');
    });

    it('keeps focused page content clear of itself until dismissed, then restores the page', async () => {
      const rootStyle = document.documentElement.style;
      rootStyle.scrollPaddingBottom = '7px';
      const el = await button(html`<acu-book-button href=${CAL} mode="floating"></acu-book-button>`);
      expect(getComputedStyle(document.documentElement).scrollPaddingBottom).to.equal('80px');
      root(el).querySelector<HTMLButtonElement>('[part=dismiss]')!.click();
      await el.updateComplete;
      expect(rootStyle.scrollPaddingBottom).to.equal('7px');
      rootStyle.removeProperty('scroll-padding-bottom');
    });

    it('moves focus to a note saying it is hidden, in its place in the page, when dismissed with the keyboard', async () => {
      const page = await fixture(html`<div><button>Before</button><acu-book-button href=${CAL} mode="floating"></acu-book-button><button>After</button></div>`);
      const el = page.querySelector('acu-book-button')!;
      await el.updateComplete;
      page.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.have.attribute('part', 'dismiss');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(document.activeElement?.localName, 'not <body>').to.equal('acu-book-button');
      expect(focused(el)!.textContent!.trim()).to.equal('Booking button hidden');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.textContent).to.equal('After');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(document.activeElement!.textContent, 'the note is no tab stop').to.equal('Before');
    });

    it('can be dismissed, so it never hides the page on a phone', async () => {
      const el = await button(html`<acu-book-button href=${CAL} mode="floating"></acu-book-button>`);
      const dismiss = root(el).querySelector<HTMLButtonElement>('[part=dismiss]')!;
      expect(dismiss.getAttribute('aria-label')).to.equal('Hide the booking button');
      dismiss.click();
      await el.updateComplete;
      expect(root(el).querySelector('[part=floating]')!.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('look', () => {
    it('has a hit area of at least 44 by 44 pixels in every size and variant', async () => {
      for (const size of ['small', 'medium', 'large']) {
        for (const variant of ['primary', 'secondary', 'outline']) {
          const el = await button(html`<acu-book-button href=${CAL} size=${size} variant=${variant} label="Go"></acu-book-button>`);
          const box = link(el).getBoundingClientRect();
          expect(box.height, `${size} ${variant}`).to.be.at.least(44);
          expect(box.width, `${size} ${variant}`).to.be.at.least(44);
          expect(link(el).classList.contains(variant)).to.equal(true);
        }
      }
      const floating = await button(html`<acu-book-button href=${CAL} mode="floating"></acu-book-button>`);
      const dismiss = root(floating).querySelector('[part=dismiss]')!.getBoundingClientRect();
      expect([dismiss.width, dismiss.height]).to.deep.equal([44, 44]);
    });

    it('grows with size and fills its container when full-width', async () => {
      const heights: number[] = [];
      for (const size of ['small', 'medium', 'large']) {
        const el = await button(html`<acu-book-button href=${CAL} size=${size}></acu-book-button>`);
        heights.push(link(el).getBoundingClientRect().height);
      }
      expect(heights[2]).to.be.greaterThan(heights[1]);
      const wrapper = await fixture(html`<div style="width: 500px"><acu-book-button href=${CAL} full-width></acu-book-button></div>`);
      const el = wrapper.firstElementChild as AcuBookButton;
      await el.updateComplete;
      expect(link(el).getBoundingClientRect().width).to.equal(500);
    });

    it('shows a focus ring when reached with the keyboard', async () => {
      const wrapper = await fixture(html`<div><button>Before</button><acu-book-button href=${CAL}></acu-book-button></div>`);
      const el = wrapper.querySelector('acu-book-button')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(link(el));
      const style = getComputedStyle(link(el));
      expect(style.outlineStyle).to.equal('solid');
      expect(style.outlineWidth).to.equal('3px');
    });

    it('passes focus() on to its link, as a native button takes it', async () => {
      const el = await button(html`<acu-book-button href=${CAL}></acu-book-button>`);
      el.focus();
      expect(document.activeElement).to.equal(el);
      expect(focused(el)).to.equal(link(el));
    });

    it('drops its transitions when the patient prefers reduced motion', async () => {
      const el = await button(html`<acu-book-button href=${CAL}></acu-book-button>`);
      expect(getComputedStyle(link(el)).transitionDuration).not.to.equal('0s');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(getComputedStyle(link(el)).transitionDuration).to.equal('0s');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('bad input', () => {
    const refused = [
      'javascript:alert(1)',
      ' JaVa\tScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox(1)',
      'https://',
      'http://[broken',
      'tel:',
      'tel:ask at reception',
      'mailto:',
      'mailto:see our website',
      'https://calendly.com@evil.example/book',
    ];
    for (const bad of refused) {
      it(`refuses ${JSON.stringify(bad)} with one error and nothing to click`, async () => {
        const el = await button(html`<acu-book-button href=${bad} mode="popup"></acu-book-button>`);
        expect(root(el).querySelector('a, button, iframe, dialog, [tabindex]')).to.equal(null);
        expect(spy.errors).to.have.length(1);
        expect(spy.errors[0]).to.match(/^<acu-book-button> href: .*no button is shown\.$/);
        el.label = 'Re-rendered';
        await el.updateComplete;
        expect(spy.errors).to.have.length(1);
      });
    }

    it('reads a web address without a scheme as https, saying so, instead of a page on this site', async () => {
      for (const bare of ['calendly.com/harbour', 'www.harbour-clinic.co.uk', 'book.harbour.clinic/?s=1']) {
        spy.warnings.length = 0;
        const el = await button(html`<acu-book-button href=${bare}></acu-book-button>`);
        expect(link(el).href).to.equal(new URL(`https://${bare}`).href);
        expect(spy.warnings, bare).to.deep.equal([`<acu-book-button> href: "${bare}" has no https://; using "https://${bare}".`]);
      }
    });

    it('keeps relative URLs relative to this page', async () => {
      for (const relative of ['/book', 'book.html', 'book', './book.php', '../book', '?book=1', '#book', 'contact/index.html']) {
        const el = await button(html`<acu-book-button href=${relative}></acu-book-button>`);
        expect(link(el).href, relative).to.equal(new URL(relative, document.baseURI).href);
      }
      expect(spy.warnings).to.deep.equal([]);
      expect(spy.errors).to.deep.equal([]);
    });

    it('says so when there is no URL at all, and recovers when one is set', async () => {
      const el = await button(html`<acu-book-button></acu-book-button>`);
      expect(root(el).querySelector('a')).to.equal(null);
      expect(spy.errors).to.deep.equal([
        '<acu-book-button> href: no booking URL: set href, or booking-url, phone or email on an enclosing <acu-clinic>; no button is shown.',
      ]);
      el.href = CAL;
      await el.updateComplete;
      expect(link(el).href).to.equal(CAL);
    });

    it("refuses a bad clinic booking-url, saying where it came from, and never falls back past it", async () => {
      const el = await inClinic(html`<acu-clinic booking-url="javascript:alert(1)" phone="0123"><acu-book-button></acu-book-button></acu-clinic>`);
      expect(root(el).querySelector('a')).to.equal(null);
      expect(spy.errors).to.have.length(1);
      expect(spy.errors[0]).to.contain('javascript:').and.contain('(from the enclosing <acu-clinic>)');
    });

    it("refuses clinic details that would make a dead or tampered link", async () => {
      const cases: Array<[TemplateResult, string]> = [
        [html`<acu-clinic phone="ask at reception"><acu-book-button></acu-book-button></acu-clinic>`, 'is not a phone number'],
        [html`<acu-clinic email="see our website"><acu-book-button></acu-book-button></acu-clinic>`, 'is not an email address'],
        [html`<acu-clinic email="a@b.example?bcc=all@x.example"><acu-book-button></acu-book-button></acu-clinic>`, 'is not an email address'],
      ];
      for (const [template, problem] of cases) {
        const el = await inClinic(template);
        expect(root(el).querySelector('a')).to.equal(null);
        expect(spy.errors.pop()).to.contain(problem).and.contain('(from the enclosing <acu-clinic>)');
      }
      const el = await inClinic(html`<acu-clinic email="hello@harbour.example"><acu-book-button></acu-book-button></acu-clinic>`);
      expect(link(el).getAttribute('href')).to.equal('mailto:hello@harbour.example');
    });

    it('reports a missing URL inside an unrelated wrapper that is never defined', async () => {
      const wrapper = await fixture(html`<theme-wrapper-never-defined><acu-book-button></acu-book-button></theme-wrapper-never-defined>`);
      await wrapper.querySelector('acu-book-button')!.updateComplete;
      expect(spy.errors).to.have.length(1);
      expect(spy.errors[0]).to.match(/^<acu-book-button> href: no booking URL/);
    });

    it('goes quietly back to the defaults when an attribute is removed', async () => {
      const el = await button(html`<acu-book-button href=${CAL} mode="new-tab" variant="outline" size="large" provider="calcom"></acu-book-button>`);
      for (const attribute of ['mode', 'variant', 'size', 'provider']) el.removeAttribute(attribute);
      await el.updateComplete;
      expect(link(el).className).to.equal('button primary medium');
      expect(link(el).hasAttribute('target')).to.equal(false);
      expect(spy.warnings).to.deep.equal([]);
    });

    const unknown: Array<[string, TemplateResult, RegExp]> = [
      ['mode', html`<acu-book-button href=${CAL} mode="modal"></acu-book-button>`, /^<acu-book-button> mode: "modal" is not one of "link", "new-tab", "popup", "floating"; using "link"\.$/],
      ['variant', html`<acu-book-button href=${CAL} variant="neon"></acu-book-button>`, /^<acu-book-button> variant: "neon" is not one of/],
      ['size', html`<acu-book-button href=${CAL} size="huge"></acu-book-button>`, /^<acu-book-button> size: "huge" is not one of/],
      ['provider', html`<acu-book-button href=${CAL} provider="acme"></acu-book-button>`, /^<acu-book-button> provider: "acme" is not one of .*; using the URL's\.$/],
    ];
    for (const [attribute, template, message] of unknown) {
      it(`warns once about an unknown ${attribute} and uses the default`, async () => {
        const el = await button(template);
        expect(spy.warnings).to.have.length(1);
        expect(spy.warnings[0]).to.match(message);
        expect(link(el).className).to.equal('button primary medium');
        expect(link(el).hasAttribute('target')).to.equal(false);
        expect((await clickDetail(el)).provider).to.equal('calcom');
        el.label = 'Re-rendered';
        await el.updateComplete;
        expect(spy.warnings).to.have.length(1);
        expect(spy.errors).to.deep.equal([]);
      });
    }
  });

  describe('accessibility', () => {
    for (const mode of ['link', 'new-tab', 'popup', 'floating']) {
      it(`passes axe in ${mode} mode`, async () => {
        const el = await button(html`<acu-book-button href=${CAL} mode=${mode}></acu-book-button>`);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe with the popup open', async () => {
      const el = await button(html`<acu-book-button href=${CAL} mode="popup"></acu-book-button>`);
      link(el).click();
      await aTimeout(0);
      await expect(el).to.be.accessible();
      dialog(el).close();
    });

    it('passes axe as a phone link inside a clinic', async () => {
      const el = await inClinic(html`<acu-clinic phone="0123"><acu-book-button variant="outline"></acu-book-button></acu-clinic>`);
      await expect(el).to.be.accessible();
    });
  });
});

// Compile-time check: the document and window know the booking events and their detail.
export const typedListeners = () => {
  document.addEventListener('acu-book-click', (event) => event.detail.provider);
  window.addEventListener('acu-book-complete', (event) => event.detail.href);
};
