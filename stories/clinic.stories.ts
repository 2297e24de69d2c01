import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import type { AcuClinic } from '../src/clinic/index.js';

const { args, argTypes, template } = getStorybookHelpers<AcuClinic>('acu-clinic');

/**
 * `<acu-clinic>` draws nothing itself: it hands its details to every widget
 * inside it. Change its controls and watch the booking button follow: the
 * booking URL first, then the phone number, then the email address.
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
export const PhoneOnly: Story = { args: { 'booking-url': '', email: '' } };

/** Neither booking URL nor phone: the booking button opens an email. */
export const EmailOnly: Story = { args: { 'booking-url': '', phone: '' } };

/** A widget's own attribute wins over the clinic's details. */
export const WidgetAttributeWins: Story = {
  render: (storyArgs) =>
    template(storyArgs, html`<acu-book-button href="https://cal.com/harbour-acupuncture/massage" label="Book a massage"></acu-book-button>`),
};
