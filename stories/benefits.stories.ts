import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import type { AcuBenefits } from '../src/benefits/index.js';

const { args, argTypes, template } = getStorybookHelpers<AcuBenefits>('acu-benefits');

/**
 * The benefits of acupuncture for back pain, or any list the clinic writes.
 * Content precedence: a list written inside the element, then `items`, then
 * the built-in benefits.
 */
const meta: Meta<AcuBenefits> = {
  title: 'Widgets/Benefits',
  component: 'acu-benefits',
  args,
  argTypes,
  render: (storyArgs) => template(storyArgs),
};
export default meta;

type Story = StoryObj<AcuBenefits & typeof args>;

export const Default: Story = {};

export const Grid: Story = { args: { layout: 'grid' } };

/** The grid falls back to one column when its container is narrow, whatever the viewport. */
export const GridInNarrowContainer: Story = {
  args: { layout: 'grid' },
  render: (storyArgs) => html`<div style="max-width: 320px">${template(storyArgs)}</div>`,
};

export const CustomHeadingAndLevel: Story = {
  args: { heading: 'Why our patients come back', 'heading-level': 3 },
};

export const WithoutHeading: Story = { args: { heading: '' } };

export const FromItemsAttribute: Story = {
  args: {
    items: JSON.stringify([
      { title: 'Gentle', text: 'Fine, single-use needles and a calm room.' },
      'Evening appointments',
    ]) as never,
  },
};

/** What a WordPress author pastes: the text is in the page's HTML before any script runs. */
export const AuthorContent: Story = {
  render: (storyArgs) =>
    template(
      storyArgs,
      html`<ul>
        <li><strong>Calm sessions</strong> Most people find the treatment room quiet and relaxing.</li>
        <li><strong>Flexible times</strong> Early and late appointments for people who work.</li>
        <li>Plain entries without a title work too.</li>
      </ul>`,
    ),
};

/** Invalid `items` JSON: one console warning, and the built-in benefits are shown. */
export const BadItems: Story = {
  render: () => html`<acu-benefits items="[not json"></acu-benefits>`,
};

/** `heading-level="42"` and `layout="carousel"`: one warning each, sane defaults. */
export const BadHeadingLevelAndLayout: Story = {
  render: () => html`<acu-benefits heading-level="42" layout="carousel"></acu-benefits>`,
};

/** Every `--acu-*` property the element reads, set by the page. */
export const Theming: Story = {
  args: { layout: 'grid' },
  render: (storyArgs) => html`<div
    style="
      --acu-color-accent: #7c3aed;
      --acu-color-surface: #f5f3ff;
      --acu-color-border: #c4b5fd;
      --acu-color-muted: #3b3355;
      --acu-radius: 0;
      --acu-space: 1.5rem;
      --acu-heading-font: Georgia, serif;
      font-family: system-ui, sans-serif;
    "
  >
    ${template(storyArgs)}
  </div>`,
};

/** On a dark page the widget inherits the text colour and derives its surfaces from it. */
export const OnADarkPage: Story = {
  args: { layout: 'grid' },
  render: (storyArgs) => html`<div style="background: #10201e; color: #f1f5f4; padding: 1.5rem; --acu-color-accent: #5eead4">
    ${template(storyArgs)}
  </div>`,
};
