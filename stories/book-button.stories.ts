import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { bookButtonStrings } from '../src/book-button/book-button.strings.js';
import type { AcuBookButton } from '../src/book-button/index.js';
import { widget } from './support/widget.js';

const { args, argTypes, template } = widget<AcuBookButton>('acu-book-button', {
  defaults: {
    href: "the clinic's booking-url, then tel: its phone, then mailto: its email",
    label: bookButtonStrings.en.label,
    provider: 'recognised from the URL',
  },
  slotText: true,
});

/*
 * There is no network in Storybook builds made offline: framed booking pages
 * show the browser's error page, which is enough to see the dialog itself.
 */
const CAL = 'https://cal.com/harbour-acupuncture/first-visit';
const CALENDLY = 'https://calendly.com/harbour-acupuncture/first-visit';

/**
 * Sends the patient to the clinic's booking system. The default is a real
 * link styled as a button; `popup` shows the booking page in a dialog when the
 * booking system allows framing; `floating` keeps a button in the corner.
 * The URL is `href`, else the enclosing `<acu-clinic>`'s booking URL, phone
 * or email. Bad URLs are refused: the console says why and nothing is shown
 * (see Testing/Book button).
 *
 * ## Usage
 *
 * **When to use it:** wherever a visitor may decide to book: after the
 * benefits, after the timeline, and on the checker's results (it adds its own
 * button there). Use one primary button per screen; `secondary` or `outline`
 * for a second one nearby. `floating` suits long pages, once per page.
 *
 * **Do**
 * - Keep the default `link` mode unless the booking system allows framing
 *   (Calendly, Cal.com, Acuity): a plain link works everywhere.
 * - Put it inside `<acu-clinic>` so every button uses the same booking page.
 * - Say what happens next in the label: "Book your first visit", "Call to book".
 *
 * **Don't**
 * - Don't use it for anything but booking or contacting the clinic.
 * - Don't put answers from the checker or anything personal in `href`
 *   or the UTM attributes.
 *
 * **Wording for clinics** (see `docs/health-content.md`): an invitation, not
 * pressure or a promise. "Book an appointment", "Book your first visit"; not
 * "Start your cure today" or "Guaranteed relief".
 */
const meta: Meta<AcuBookButton> = {
  title: 'Widgets/Book button',
  component: 'acu-book-button',
  args: { ...args, href: 'https://harbour.janeapp.com/' },
  argTypes,
  render: (storyArgs) => template(storyArgs),
};
export default meta;

type Story = StoryObj<AcuBookButton & typeof args>;

/** A plain link to the clinic's Jane page: works without script, under a strict CSP, and for sites that refuse framing. */
export const Default: Story = {};

export const NewTab: Story = { args: { mode: 'new-tab' } };

/** Cal.com allows framing: the booking page opens in a dialog over this one. Escape or the close button returns to the button. */
export const Popup: Story = { args: { mode: 'popup', href: CAL } };

/** Calendly's frame gets `embed_domain` so it can report a booking (`acu-book-complete`). */
export const PopupCalendly: Story = { args: { mode: 'popup', href: CALENDLY } };

/** Jane refuses framing, so `popup` opens a new tab instead. */
export const PopupForAProviderThatRefusesFraming: Story = { args: { mode: 'popup' } };

/** A corner button that stays in view, with a control to hide it so it never covers the page on a phone. */
export const Floating: Story = {
  args: { mode: 'floating', href: CAL },
  render: (storyArgs) => html`<p style="min-height: 12rem">Page content; the button sits in the bottom end corner.</p>
    ${template(storyArgs)}`,
};

/** In a right-to-left page the floating button moves to the bottom left. */
export const FloatingRightToLeft: Story = {
  args: { mode: 'floating', href: CAL, label: 'احجز موعدًا' },
  render: (storyArgs) => html`<div dir="rtl" lang="ar">
    <p style="min-height: 12rem">محتوى الصفحة</p>
    ${template(storyArgs)}
  </div>`,
};

const providers: Array<[string, string]> = [
  ['Jane', 'https://harbour.janeapp.com/'],
  ['Jane (UK)', 'https://harbour.janeapp.co.uk/'],
  ['Calendly', CALENDLY],
  ['Cal.com', CAL],
  ['Acuity', 'https://app.acuityscheduling.com/schedule.php?owner=123'],
  ['Acuity (as.me)', 'https://harbour.as.me/'],
  ['Acuity (Squarespace)', 'https://harbour.squarespacescheduling.com/'],
  ['Square', 'https://book.squareup.com/appointments/harbour'],
  ['Mindbody', 'https://clients.mindbodyonline.com/classic/ws?studioid=123'],
  ['Zocdoc', 'https://www.zocdoc.com/practice/harbour-acupuncture-123'],
  ['SimplePractice', 'https://harbour.clientsecure.me/'],
  ['Any other site', 'https://booking.harbour-acupuncture.example/'],
];

/** Every provider in `popup` mode: Calendly, Cal.com, Acuity and unknown sites open in a dialog; the others in a new tab. */
export const EveryProvider: Story = {
  render: () => html`<div style="display: flex; flex-wrap: wrap; gap: 0.75rem">
    ${providers.map(([name, href]) => html`<acu-book-button mode="popup" href=${href} label=${`Book with ${name}`}></acu-book-button>`)}
  </div>`,
};

/** A Calendly page on the clinic's own domain: `provider` says what the URL cannot. */
export const ProviderOverride: Story = {
  args: { mode: 'popup', href: 'https://book.harbour-acupuncture.example/', provider: 'calendly' },
};

export const Secondary: Story = { args: { variant: 'secondary' } };

export const Outline: Story = { args: { variant: 'outline' } };

export const Small: Story = { args: { size: 'small' } };

export const Large: Story = { args: { size: 'large' } };

export const FullWidth: Story = { args: { 'full-width': true } };

/** Every variant in every size; each is at least 44 by 44 pixels. */
export const EveryVariantAndSize: Story = {
  render: () => html`<div style="display: grid; gap: 0.75rem; justify-items: start">
    ${(['primary', 'secondary', 'outline'] as const).map(
      (variant) => html`<div style="display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center">
        ${(['small', 'medium', 'large'] as const).map(
          (size) => html`<acu-book-button
            href=${`https://harbour.janeapp.com/?${variant}-${size}`}
            variant=${variant}
            size=${size}
            label=${`${variant} ${size}`}
          ></acu-book-button>`,
        )}
      </div>`,
    )}
  </div>`,
};

/** Slotted content replaces the label. */
export const SlottedLabel: Story = {
  render: (storyArgs) => template(storyArgs, html`Book your <strong>first visit</strong>`),
};

/** `utm-*` attributes and `forward-params="utm_*,gclid"`: hover the button to see the URL. Nothing else is ever added. */
export const Attribution: Story = {
  args: { 'utm-source': 'clinic-website', 'utm-medium': 'book-button', 'utm-campaign': 'back-pain', 'forward-params': 'utm_*,gclid' },
};

/** Inside `<acu-clinic>`: the button takes the clinic's booking URL, and its name labels the dialog. */
export const InsideClinic: Story = {
  args: { href: undefined, mode: 'popup' },
  render: (storyArgs) => html`<acu-clinic name="Harbour Acupuncture" booking-url=${CAL} phone="020 7946 0000">
    ${template(storyArgs)}
  </acu-clinic>`,
};

/** A clinic without online booking: the button calls its phone. */
export const ClinicPhoneOnly: Story = {
  args: { href: undefined, label: 'Call to book' },
  render: (storyArgs) => html`<acu-clinic phone="020 7946 0000">${template(storyArgs)}</acu-clinic>`,
};

/** Neither booking URL nor phone: the button writes an email. */
export const ClinicEmailOnly: Story = {
  args: { href: undefined, label: 'Email to book' },
  render: (storyArgs) => html`<acu-clinic email="hello@harbour-acupuncture.example">${template(storyArgs)}</acu-clinic>`,
};

/** The button's own `href` wins over the clinic's booking URL. */
export const OwnHrefInsideClinic: Story = {
  args: { href: CALENDLY, mode: 'new-tab' },
  render: (storyArgs) => html`<acu-clinic booking-url=${CAL}>${template(storyArgs)}</acu-clinic>`,
};

/** Every `--acu-*` property the element reads, set by a light page of its own. */
export const Theming: Story = {
  args: { mode: 'popup', href: CAL },
  render: (storyArgs) => html`<div
    style="
      --acu-color-accent: #7c3aed;
      --acu-color-on-accent: #fff;
      --acu-color-focus: #f59e0b;
      --acu-radius: 999px;
      background: #ffffff;
      color: #1c2a2b;
      padding: 1rem;
    "
  >
    ${template(storyArgs)} ${template({ ...storyArgs, variant: 'outline', label: 'Outline' })}
  </div>`,
};

/** On a dark page the secondary and outline buttons use the accent on the page's background. */
export const OnADarkPage: Story = {
  render: () => html`<div style="background: #10201e; color: #f1f5f4; padding: 1.5rem; --acu-color-accent: #5eead4; --acu-color-on-accent: #062925">
    <acu-book-button href="https://harbour.janeapp.com/"></acu-book-button>
    <acu-book-button href="https://harbour.janeapp.com/?b" variant="secondary" label="Secondary"></acu-book-button>
    <acu-book-button href="https://harbour.janeapp.com/?c" variant="outline" label="Outline"></acu-book-button>
  </div>`,
};
