import { createContext, ContextConsumer } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../src/benefits/index.js';
import { AcuClinic } from '../src/clinic/index.js';
import { AcuElement } from '../src/shared/acu-element.js';
import { unanswered, type ClinicDetails } from '../src/shared/clinic-context.js';

/** A minimal widget that shows what it received from its clinic. */
class ClinicReader extends AcuElement {
  get details() {
    return this.clinic;
  }
  get resolvedLocale() {
    return this.locale;
  }
}
customElements.define('test-clinic-reader', ClinicReader);

/** A consumer built from its own createContext call, as a second copy of the library would be. */
class OtherCopyReader extends LitElement {
  consumer = new ContextConsumer(this, {
    context: createContext<ClinicDetails>('acu-widgets:clinic'),
    subscribe: true,
  });
}
customElements.define('test-other-copy-reader', OtherCopyReader);

let lateTags = 0;

describe('<acu-clinic>', () => {
  it('gives its details to widgets at any depth inside it', async () => {
    const clinic = await fixture<AcuClinic>(html`<acu-clinic
      name="Harbour Acupuncture"
      booking-url="https://example.janeapp.com/"
      phone="+44 20 7946 0000"
      email="hello@example.com"
      locale="en-GB"
    >
      <section><div><test-clinic-reader></test-clinic-reader></div></section>
    </acu-clinic>`);
    const reader = clinic.querySelector<ClinicReader>('test-clinic-reader')!;
    await reader.updateComplete;
    expect(reader.details).to.deep.equal({
      name: 'Harbour Acupuncture',
      bookingUrl: 'https://example.janeapp.com/',
      phone: '+44 20 7946 0000',
      email: 'hello@example.com',
      locale: 'en-GB',
    });
    expect(reader.resolvedLocale).to.equal('en-GB');
  });

  it('passes on changes to its attributes', async () => {
    const clinic = await fixture<AcuClinic>(html`<acu-clinic phone="1"><test-clinic-reader></test-clinic-reader></acu-clinic>`);
    clinic.setAttribute('phone', '2');
    await clinic.updateComplete;
    expect(clinic.querySelector<ClinicReader>('test-clinic-reader')!.details.phone).to.equal('2');
  });

  it('reaches widgets upgraded before it (late upgrade)', async () => {
    const tag = `test-late-clinic-${lateTags++}`;
    const wrapper = await fixture(html`<div></div>`);
    wrapper.innerHTML = `<${tag} booking-url="https://late.example/book"><test-clinic-reader></test-clinic-reader></${tag}>`;
    const reader = wrapper.querySelector<ClinicReader>('test-clinic-reader')!;
    await reader.updateComplete;
    expect(reader.details).to.deep.equal({});
    customElements.define(tag, class extends AcuClinic {});
    await (wrapper.firstElementChild as AcuClinic).updateComplete;
    expect(reader.details.bookingUrl).to.equal('https://late.example/book');
  });

  it('keeps a widget that asks again following later changes', async () => {
    const clinic = await fixture<AcuClinic>(html`<acu-clinic phone="1"><test-clinic-reader></test-clinic-reader></acu-clinic>`);
    const reader = clinic.querySelector<ClinicReader>('test-clinic-reader')!;
    reader.askClinic();
    reader.askClinic();
    clinic.setAttribute('phone', '3');
    await clinic.updateComplete;
    expect(reader.details.phone).to.equal('3');
  });

  it('keeps nothing for widgets that lived outside any clinic and went, nor for answered ones', async () => {
    const page = await fixture<HTMLElement>(html`<div><acu-clinic name="Kept"></acu-clinic></div>`);
    for (let i = 0; i < 1000; i++) {
      const widget = document.createElement('test-clinic-reader');
      page.append(widget);
      widget.remove();
    }
    page.querySelector('acu-clinic')!.append(document.createElement('test-clinic-reader'));
    expect(unanswered.size).to.equal(0);
  });

  it('matches consumers from another copy of the library through its string key', async () => {
    const clinic = await fixture<AcuClinic>(html`<acu-clinic name="Shared"><test-other-copy-reader></test-other-copy-reader></acu-clinic>`);
    const reader = clinic.querySelector<OtherCopyReader>('test-other-copy-reader')!;
    expect(reader.consumer.value?.name).to.equal('Shared');
  });

  it('renders only its children, in a block box that a theme can size like a paragraph', async () => {
    const column = await fixture<HTMLElement>(html`<div style="width: 400px; padding-inline: 50px">
      <p>Before</p>
      <acu-clinic style="max-width: 300px; margin-inline: auto"><acu-benefits></acu-benefits></acu-clinic>
    </div>`);
    const clinic = column.querySelector('acu-clinic')!;
    expect(getComputedStyle(clinic).display).to.equal('block');
    expect([...clinic.shadowRoot!.children].map((child) => child.localName)).to.deep.equal(['slot']);
    // A theme's column rules reach the widget through its clinic: 300 px wide, centred in the 400 px column.
    const box = clinic.querySelector('acu-benefits')!.getBoundingClientRect();
    expect(box.width).to.equal(300);
    expect(box.left - column.getBoundingClientRect().left).to.equal(100);
  });

  it('spaces widgets that follow one another by --acu-gap, but not its first child or other content', async () => {
    const clinic = await fixture<AcuClinic>(html`<acu-clinic style="--acu-gap: 30px">
      <acu-benefits></acu-benefits>
      <acu-book-button href="https://example.com/book"></acu-book-button>
      <p style="margin: 0">Text</p>
    </acu-clinic>`);
    const [benefits, button, text] = [...clinic.children].map((child) => getComputedStyle(child).marginBlockStart);
    expect([benefits, button, text]).to.deep.equal(['0px', '30px', '0px']);
  });

  it("spaces widgets by the WordPress theme's block gap when --acu-gap is unset", async () => {
    const clinic = await fixture<AcuClinic>(html`<acu-clinic style="--wp--style--block-gap: 24px">
      <acu-benefits></acu-benefits><acu-timeline></acu-timeline>
    </acu-clinic>`);
    expect(getComputedStyle(clinic.querySelector('acu-timeline')!).marginBlockStart).to.equal('24px');
  });

  it('hides the line breaks and empty paragraphs an editor puts between widgets', async () => {
    const clinic = await fixture<AcuClinic>(html`<acu-clinic>
      <br /><p></p>
      <acu-book-button href="https://example.com/book"></acu-book-button>
      <br />
      <p>Kept</p>
    </acu-clinic>`);
    const shown = [...clinic.children].filter((child) => getComputedStyle(child).display !== 'none');
    expect(shown.map((child) => child.localName)).to.deep.equal(['acu-book-button', 'p']);
  });

  it('leaves widgets outside any clinic on their own attributes', async () => {
    const reader = await fixture<ClinicReader>(html`<test-clinic-reader lang="fr"></test-clinic-reader>`);
    expect(reader.details).to.deep.equal({});
    expect(reader.resolvedLocale).to.equal('fr');
  });

  it('falls back to English strings for a locale without a translation', async () => {
    const clinic = await fixture<AcuClinic>(html`<acu-clinic locale="pt-BR"><acu-benefits></acu-benefits></acu-clinic>`);
    const benefits = clinic.querySelector('acu-benefits')!;
    await benefits.updateComplete;
    expect(benefits.shadowRoot!.querySelector('h2')!.textContent).to.equal('How acupuncture may help your back');
  });

  it('passes axe with widgets inside', async () => {
    await expect(await fixture(html`<acu-clinic name="Harbour"><acu-benefits></acu-benefits></acu-clinic>`)).to.be.accessible();
  });
});
