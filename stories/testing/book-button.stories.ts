import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Bad input a site author may write, and what the element does with it: for developers, not a design variant. */
const meta: Meta = {
  title: 'Testing/Book button',
  component: 'acu-book-button',
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj;

const CAL = 'https://cal.com/harbour-acupuncture/first-visit';

/*
 * The bad-input stories below log a console error on purpose and leave the
 * element empty; the `bad-input` tag lets automated checks tell them apart.
 */
const refusedNote = html`<p>Nothing to click above: the console names the element and the attribute.</p>`;

/** `javascript:` is never followed: one console error and no button. */
export const BadJavascriptUrl: Story = {
  tags: ['bad-input'],
  render: () => html`<acu-book-button href="javascript:alert('booked')"></acu-book-button>${refusedNote}`,
};

export const BadDataUrl: Story = {
  tags: ['bad-input'],
  render: () => html`<acu-book-button href="data:text/html,Book%20here"></acu-book-button>${refusedNote}`,
};

export const BadVbscriptUrl: Story = {
  tags: ['bad-input'],
  render: () => html`<acu-book-button href="vbscript:msgbox(1)"></acu-book-button>${refusedNote}`,
};

export const MalformedUrl: Story = {
  tags: ['bad-input'],
  render: () => html`<acu-book-button href="https://"></acu-book-button>${refusedNote}`,
};

/** No `href` and no clinic details: one console error and no button. */
export const NoUrl: Story = {
  tags: ['bad-input'],
  render: () => html`<acu-book-button></acu-book-button>${refusedNote}`,
};

/** A bad clinic booking URL is refused too; the button never falls back past it to the phone. */
export const BadClinicBookingUrl: Story = {
  tags: ['bad-input'],
  render: () => html`<acu-clinic booking-url="javascript:alert(1)" phone="020 7946 0000"><acu-book-button></acu-book-button></acu-clinic>${refusedNote}`,
};

/** `mode="modal"`, `variant="neon"`, `size="huge"`, `provider="acme"`: one warning each, and the defaults. */
export const UnknownModeVariantSizeAndProvider: Story = {
  render: () => html`<acu-book-button href=${CAL} mode="modal" variant="neon" size="huge" provider="acme"></acu-book-button>`,
};

