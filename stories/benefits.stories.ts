import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { benefitsStrings } from '../src/benefits/benefits.strings.js';
import type { AcuBenefits } from '../src/benefits/index.js';
import { widget } from './support/widget.js';

const { args, argTypes, template } = widget<AcuBenefits>('acu-benefits', {
  defaults: {
    heading: benefitsStrings.en.heading,
    items: `the ${benefitsStrings.en.benefits.length} built-in benefits`,
  },
});

/**
 * The benefits of acupuncture for back pain, or any list the clinic writes.
 * Content precedence: a list written inside the element, then `items`, then
 * the built-in benefits.
 *
 * ## Usage
 *
 * **When to use it:** on a page about back pain or about the clinic's
 * acupuncture, near the top, to say in a few lines why people come. Use
 * `layout="grid"` where there is room for cards beside each other; the list
 * reads better in a narrow column or a sidebar.
 *
 * **Do**
 * - Keep each benefit to a short title and one sentence.
 * - Write your own list inside the element (`<ul><li><strong>Title</strong> Sentence</li></ul>`):
 *   it is in the page's HTML, so visitors and search engines see it before any script runs.
 * - Pick `heading-level` so the heading fits the page's outline (one level below the section it sits in).
 *
 * **Don't**
 * - Don't use it for prices, opening hours or anything that is not a benefit.
 * - Don't list more than about six: a long list stops being read.
 *
 * **Wording for clinics** (see `docs/health-content.md`): general information,
 * never a promise. Write "may help", "many people try", "short-term relief";
 * never "cures", "proven", "lasting", success rates or testimonials.
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

/** Every `--acu-*` property the element reads, set by a light page of its own (whatever the Page toolbar says). */
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
      background: #ffffff;
      color: #1c2a2b;
      padding: 1rem;
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
