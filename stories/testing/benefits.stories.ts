import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Bad input a site author may write, and what the element does with it: for developers, not a design variant. */
const meta: Meta = {
  title: 'Testing/Benefits',
  component: 'acu-benefits',
  tags: ['!autodocs'],
};
export default meta;

/** Invalid `items` JSON: one console warning, and the built-in benefits are shown. */
export const BadItems: StoryObj = {
  render: () => html`<acu-benefits items="[not json"></acu-benefits>`,
};

/** `heading-level="42"` and `layout="carousel"`: one warning each, sane defaults. */
export const BadHeadingLevelAndLayout: StoryObj = {
  render: () => html`<acu-benefits heading-level="42" layout="carousel"></acu-benefits>`,
};
