import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AcuClinic } from '../src/clinic/index.js';
import { widget } from './support/widget.js';

const { args, argTypes, template } = widget<AcuClinic>('acu-clinic', {
  defaults: { locale: "English (or a widget's own lang)" },
});

/**
 * `<acu-clinic>` draws nothing itself: it hands its details to every widget
 * inside it. Change its controls and watch the booking button follow: the
 * booking URL first, then the phone number, then the email address.
 *
 * ## Usage
 *
 * **When to use it:** always, around the widgets of a page (or the whole
 * site's template): the clinic's details are set once and every widget
 * inside uses them.
 *
 * **Do**
 * - Give a booking URL when the clinic books online; a phone number or an
 *   email otherwise (the booking button falls back to them in that order).
 * - Write the clinic's name as patients know it: it labels the booking dialog.
 *
 * **Don't**
 * - Don't nest one clinic inside another, or set a widget's own `href` unless
 *   that one button books something else.
 */
const meta: Meta<AcuClinic & typeof args> = {
  title: 'Widgets/Clinic',
  component: 'acu-clinic',
  args: {
    ...args,
    name: 'Harbour Acupuncture',
    'booking-url': 'https://harbour-acupuncture.janeapp.com/',
    phone: '+44 117 496 0123',
    email: 'hello@harbour-acupuncture.example',
  },
  argTypes,
  render: (storyArgs) =>
    template(
      storyArgs,
      html`<acu-book-button></acu-book-button>
        <acu-benefits heading-level="3"></acu-benefits>`,
    ),
};
export default meta;

type Story = StoryObj<AcuClinic & typeof args>;

export const WithBookingUrl: Story = {};

/** No booking URL: the booking button calls the clinic. */
export const PhoneOnly: Story = { args: { 'booking-url': undefined, email: undefined } };

/** Neither booking URL nor phone: the booking button opens an email. */
export const EmailOnly: Story = { args: { 'booking-url': undefined, phone: undefined } };

/** A widget's own attribute wins over the clinic's details. */
export const WidgetAttributeWins: Story = {
  render: (storyArgs) =>
    template(storyArgs, html`<acu-book-button href="https://cal.com/harbour-acupuncture/massage" label="Book a massage"></acu-book-button>`),
};
