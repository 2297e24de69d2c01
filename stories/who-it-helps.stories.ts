import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import type { AcuWhoItHelps, CheckerConfig } from '../src/who-it-helps/index.js';
import { whoItHelpsStrings } from '../src/who-it-helps/who-it-helps.strings.js';
import { widget } from './support/widget.js';

const { args, argTypes, template } = widget<AcuWhoItHelps>('acu-who-it-helps', {
  defaults: {
    heading: whoItHelpsStrings.en.heading,
    config: 'the built-in questionnaire (red flags, where, what, how long)',
  },
});

type Story = StoryObj<AcuWhoItHelps & typeof args>;

const inClinic = (content: TemplateResult) =>
  html`<acu-clinic name="Harbour Acupuncture" booking-url="https://cal.com/harbour-acupuncture/first-visit">${content}</acu-clinic>`;

/** Ticks answers one after the other, as a visitor would. */
async function tick(el: AcuWhoItHelps, values: string[]) {
  for (const value of values) {
    [...el.shadowRoot!.querySelectorAll('input')].find((input) => input.value === value)?.click();
    await el.updateComplete;
  }
}

/**
 * A story that starts at a later step or on a result by answering, one
 * question per entry, and pressing Continue after each (the element has no
 * way in but its questions); `then` is ticked last without continuing. The
 * docs page plays it too, so that it shows the same state.
 */
const played = (steps: string[][], then: string[] = []): Story => ({
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('acu-who-it-helps')!;
    await el.updateComplete;
    for (const values of steps) {
      await tick(el, values);
      el.shadowRoot!.querySelector<HTMLElement>('.continue')!.click();
      await el.updateComplete;
    }
    await tick(el, then);
  },
});

/**
 * The "who it helps" checker: red flags first, then where the pain is, what
 * it sounds like and how long it has lasted, one question at a time. Any red
 * flag ends in an urgent result with no booking button. Nothing the visitor
 * answers leaves the browser; `acu-checker-complete` carries the outcome only.
 *
 * The stories that start at a later step or on a result get there by
 * answering the questions in a play function (see the Interactions panel).
 *
 * ## Usage
 *
 * **When to use it:** on a page about back pain, for visitors who are not
 * sure acupuncture is for them. Put it inside `<acu-clinic>` so its results
 * can offer the booking button. One checker per page.
 *
 * **Do**
 * - Keep the warning-sign question first; every rule set must send any
 *   warning sign to an urgent result with no booking button.
 * - Change only what you need through `config` (for example just the
 *   `disclaimer`), and have a clinician read any new question or result.
 * - Keep the disclaimer on every result.
 *
 * **Don't**
 * - Don't collect, send or store the answers: the widget never does, and
 *   `acu-checker-complete` carries only the outcome.
 * - Don't turn a result into a diagnosis or a sales pitch.
 *
 * **Wording for clinics** (see `docs/health-content.md`): general
 * information, never a diagnosis. "Many people in your situation try
 * acupuncture", "it may help"; urgent results say in words what to do
 * ("Get medical help now") and never offer a booking.
 */
const meta: Meta<AcuWhoItHelps> = {
  title: 'Widgets/Who it helps',
  component: 'acu-who-it-helps',
  args,
  argTypes,
  render: (storyArgs) => inClinic(template(storyArgs)),
};
export default meta;

/** Step 1: red flags, checkboxes with an exclusive "None of these". */
export const RedFlags: Story = {};

/** Step 2: where is the pain. */
export const WhereIsThePain: Story = played([['none']]);

/** Step 3: which sounds most like you. */
export const WhichSoundsLikeYou: Story = played([['none'], ['lower']]);

/** Step 4: how long. */
export const HowLong: Story = played([['none'], ['lower'], ['desk']]);

/** Continue without an answer: the error summary takes focus and links to the first answer. */
export const ErrorState: Story = played([[]]);

/** "None of these" ticked after other boxes: the others are cleared. */
export const NoneIsExclusive: Story = played([], ['chest', 'fever', 'none']);

/** Any red flag: urgent, in words, with no booking button. */
export const OutcomeUrgent: Story = played([['bladder', 'legs']]);

/** Lower back, posture, more than 12 weeks. */
export const OutcomeGoodFit: Story = played([['none'], ['lower'], ['desk'], ['long']]);

/** Sciatica (or a diagnosed disc, or pain of under six weeks). */
export const OutcomeMayHelp: Story = played([['none'], ['sciatica'], ['sport'], ['medium']]);

/** Pain elsewhere, or a recent injury. */
export const OutcomeTalkToADoctorFirst: Story = played([['none'], ['lower'], ['injury'], ['short']]);

/**
 * Outside any `<acu-clinic>` the booking button has no URL: it shows nothing
 * and says why in the console. Everything else works the same.
 */
export const OutsideAClinic: Story = {
  ...played([['none'], ['lower'], ['desk'], ['long']]),
  render: (storyArgs) => template(storyArgs),
};

export const CustomHeadingAndLevel: Story = { args: { heading: 'Is acupuncture for you?', 'heading-level': 3 } };

/** `heading=""` for pages that introduce the checker themselves; questions then take the heading's level. */
export const WithoutHeading: Story = { args: { heading: '' } };

const neckConfig: Partial<CheckerConfig> = {
  questions: [
    {
      id: 'flags',
      text: 'Before we start, do you have any of these?',
      multiple: true,
      error: 'Select any you have, or select "None of these"',
      options: [
        { value: 'arms', label: 'Weakness or numbness in both arms' },
        { value: 'fever', label: 'A fever with a stiff neck' },
        { value: 'none', label: 'None of these', exclusive: true },
      ],
    },
    {
      id: 'neck',
      text: 'Is your neck stiff when you wake up?',
      error: 'Select yes or no',
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
    },
  ],
  rules: [
    { when: { flags: ['arms', 'fever'] }, outcome: 'urgent' },
    { when: { neck: ['yes'] }, outcome: 'stiff' },
    { outcome: 'ask' },
  ],
  outcomes: {
    urgent: { title: 'Get medical help now', urgent: true, body: ['Call your local emergency number, or contact an urgent doctor today.'] },
    stiff: { title: 'Many people try acupuncture for a stiff neck', body: ['It may ease stiffness for a while. A course is usually a few weekly sessions.'] },
    ask: { title: 'Come and talk to us', body: ['We are happy to tell you honestly whether acupuncture is worth trying.'] },
  },
  disclaimer: 'General information from Harbour Acupuncture, not medical advice.',
};

/** A clinic's own questionnaire through the `config` property: questions, rule table, outcomes and disclaimer. */
export const CustomConfig: Story = {
  render: () => inClinic(html`<acu-who-it-helps heading="Neck and shoulders" .config=${neckConfig}></acu-who-it-helps>`),
};

/** Only the disclaimer replaced, as a JSON attribute a WordPress author can paste. */
export const CustomDisclaimer: Story = {
  ...played([['none'], ['upper'], ['stress'], ['medium']]),
  render: () =>
    inClinic(html`<acu-who-it-helps config='{"disclaimer": "General information from Harbour Acupuncture. It is not a diagnosis; results vary."}'></acu-who-it-helps>`),
};

/** On a dark page the checker inherits the text colour; set the danger colour to one that reads on it. */
export const OnADarkPage: Story = {
  ...played([[]]),
  render: (storyArgs) => html`<div
    style="background: #10201e; color: #f1f5f4; padding: 1.5rem; --acu-color-accent: #5eead4; --acu-color-on-accent: #10201e; --acu-color-danger: #fca5a5; --acu-color-focus: #93c5fd"
  >
    ${inClinic(template(storyArgs))}
  </div>`,
};
