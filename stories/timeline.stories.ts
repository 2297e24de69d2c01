import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AcuTimeline } from '../src/timeline/index.js';
import { timelineStrings } from '../src/timeline/timeline.strings.js';
import { widget } from './support/widget.js';

const { args, argTypes, template } = widget<AcuTimeline>('acu-timeline', {
  defaults: {
    heading: timelineStrings.en.heading,
    steps: `the ${timelineStrings.en.steps.length} built-in steps of a first session`,
    current: 'none',
  },
});

/**
 * What happens at a first session, step by step, or the clinic's own steps.
 * Content precedence: an `<ol>` written inside the element, then `steps`, then
 * the built-in steps. Scroll the canvas to see the gentle reveal; with reduced
 * motion the steps are simply there.
 *
 * ## Usage
 *
 * **When to use it:** where a first visit is a reason not to book: the page
 * about first appointments, or just above the booking button. With `current`
 * it can also show where a patient is in a course of treatment.
 *
 * **Do**
 * - Three to six steps, each a short title and one or two sentences; add a
 *   `duration` only where it helps ("About 1 hour").
 * - Use `orientation="horizontal"` in a wide section; it stacks by itself in
 *   narrow containers and on phones.
 * - Write your own steps as an `<ol>` inside the element so they are in the page's HTML.
 *
 * **Don't**
 * - Don't use it for opening hours, prices or a list without an order.
 * - Don't mark a `current` step on a page every visitor sees: it is for one patient's progress.
 *
 * **Wording for clinics** (see `docs/health-content.md`): say what happens, in
 * plain words ("fine, single-use needles; most people find it relaxing"), and
 * promise no result: no "cures", "proven" or "lasting" relief.
 */
const meta: Meta<AcuTimeline> = {
  title: 'Widgets/Timeline',
  component: 'acu-timeline',
  args,
  argTypes,
  render: (storyArgs) => template(storyArgs),
};
export default meta;

type Story = StoryObj<AcuTimeline & typeof args>;

export const Default: Story = {};

/** Side by side from a 48em container; try a mobile viewport to see it stack. */
export const Horizontal: Story = { args: { orientation: 'horizontal' } };

/** The horizontal timeline falls back to a column when its container is narrow, whatever the viewport. */
export const HorizontalInNarrowContainer: Story = {
  args: { orientation: 'horizontal' },
  render: (storyArgs) => html`<div style="max-width: 320px">${template(storyArgs)}</div>`,
};

/** For a clinic showing progress through a course of treatment: step 4 has `aria-current="step"`. */
export const CurrentStep: Story = { args: { current: 4 } };

export const CurrentStepHorizontal: Story = { args: { orientation: 'horizontal', current: 2 } };

export const CustomHeadingAndLevel: Story = {
  args: { heading: 'Your first visit, step by step', 'heading-level': 3 },
};

export const WithoutHeading: Story = { args: { heading: '' } };

/** The helpers set attributes as strings, so the JSON is written out as a site author would type it. */
export const FromStepsAttribute: Story = {
  args: {
    steps: JSON.stringify([
      { title: 'Book online', text: 'Choose a time that suits you; you will get a reminder the day before.' },
      { title: 'Arrive a little early', text: 'Wear loose clothing so your back and legs are easy to reach.' },
      { title: 'Your session', text: 'Consultation and treatment in a quiet room.', duration: 'About 1 hour' },
    ]) as never,
  },
};

/** What a WordPress author pastes: the text is in the page's HTML before any script runs. */
export const AuthorContent: Story = {
  render: (storyArgs) =>
    template(
      storyArgs,
      html`<ol>
        <li><strong>Say hello</strong> Our receptionist will show you to a calm, private room.</li>
        <li><strong>Talk it through</strong> We ask about your back, your health and your day-to-day life.</li>
        <li><strong>Treatment</strong> Fine, single-use needles; most people find it relaxing.</li>
        <li>Plain steps without a title work too.</li>
      </ol>`,
    ),
};

/** Every `--acu-*` property the element reads, set by a light page of its own, plus a `::part()` rule. */
export const Theming: Story = {
  args: { orientation: 'horizontal', current: 3 },
  render: (storyArgs) => html`<style>
      .themed-timeline acu-timeline::part(marker) {
        border-radius: 0.375rem;
      }
    </style>
    <div
      class="themed-timeline"
      style="
        --acu-color-accent: #7c3aed;
        --acu-color-on-accent: #ffffff;
        --acu-color-surface: #f5f3ff;
        --acu-color-border: #c4b5fd;
        --acu-color-muted: #3b3355;
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

/** On a dark page the widget inherits the text colour and derives its lines from it. */
export const OnADarkPage: Story = {
  args: { current: 2 },
  render: (storyArgs) => html`<div
    style="background: #10201e; color: #f1f5f4; padding: 1.5rem; --acu-color-accent: #5eead4; --acu-color-on-accent: #0b1f1c"
  >
    ${template(storyArgs)}
  </div>`,
};
