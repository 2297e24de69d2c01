import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Bad input a site author may write, and what the element does with it: for developers, not a design variant. */
const meta: Meta = {
  title: 'Testing/Who it helps',
  component: 'acu-who-it-helps',
  tags: ['!autodocs'],
};
export default meta;

/** A config without a catch-all and pointing at an outcome that does not exist: one console error, and the built-in questions. */
export const BadConfig: StoryObj = {
  tags: ['bad-input'],
  render: () =>
    html`<acu-clinic name="Harbour Acupuncture" booking-url="https://cal.com/harbour-acupuncture/first-visit">
      <acu-who-it-helps config='{"rules": [{"when": {"flags": ["chest"]}, "outcome": "nowhere"}]}'></acu-who-it-helps>
    </acu-clinic>`,
};
