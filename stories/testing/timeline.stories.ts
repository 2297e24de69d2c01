import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Bad input a site author may write, and what the element does with it: for developers, not a design variant. */
const meta: Meta = {
  title: 'Testing/Timeline',
  component: 'acu-timeline',
  tags: ['!autodocs'],
};
export default meta;

/** Invalid `steps` JSON: one console warning, and the built-in steps are shown. */
export const BadSteps: StoryObj = {
  render: () => html`<acu-timeline steps="[not json"></acu-timeline>`,
};

/** `orientation="diagonal"` and `current="9"`: one warning each, a vertical timeline with no step marked. */
export const BadOrientationAndCurrent: StoryObj = {
  render: () => html`<acu-timeline orientation="diagonal" current="9"></acu-timeline>`,
};
