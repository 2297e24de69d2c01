import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { AuthorListController, type ListEntry } from '../shared/author-list.js';
import { readChoice } from '../shared/choice.js';
import { AcuSectionElement } from '../shared/heading.js';
import { jsonAttribute } from '../shared/json-attribute.js';
import { numberAttribute } from '../shared/number-attribute.js';
import { readEntry, readListInput } from '../shared/list-input.js';
import { reportBadInput } from '../shared/report.js';
import { tokens } from '../shared/tokens.styles.js';
import { timelineStrings, type Step } from './timeline.strings.js';
import { timelineStyles } from './timeline.styles.js';

export type TimelineOrientation = 'vertical' | 'horizontal';

/** A step given as plain text, or as a title, a sentence and an optional duration. */
export type StepInput = string | Step;
const ORIENTATIONS: readonly TimelineOrientation[] = ['vertical', 'horizontal'];

type StepEntry = ListEntry & { duration?: string };

/**
 * What happens at a first visit, step by step, so that the unknown stops being
 * a reason not to book. By default the steps of a first acupuncture session,
 * worded as general information.
 *
 * Content comes, first choice first, from an `<ol>` (or `<ul>`) of `<li>`
 * written inside the element (a leading `<strong>` in an item is its title),
 * then from `steps`, then from the built-in steps.
 *
 * The steps form an ordered list that screen readers announce with its count;
 * the step numbers and the lines between them are decoration, hidden from
 * assistive technology. Steps rise gently into place as they scroll into view (they never fade), only
 * where the browser supports scroll-driven animations and the visitor has not
 * asked for reduced motion; otherwise they are simply there.
 *
 * @tagname acu-timeline
 * @summary A "what to expect" timeline, from the page's own markup, the `steps` property, or the defaults.
 *
 * @slot - Optional `<ol>` of `<li>` that replaces the built-in steps. It is read, not displayed as is: the text stays in the page's HTML for search engines and for visitors before the script loads.
 *
 * @csspart heading - The heading above the steps.
 * @csspart list - The ordered list of steps.
 * @csspart step - One step.
 * @csspart current - The step marked by `current` (it also has the `step` part).
 * @csspart marker - The decorative step number.
 * @csspart current-marker - The number of the step marked by `current` (it also has the `marker` part).
 * @csspart connector - The decorative line from one step to the next.
 * @csspart title - A step's title.
 * @csspart text - A step's sentences.
 * @csspart duration - How long a step takes, where given.
 *
 * @cssprop [--acu-color-accent=#0b6b61] - Colour of the step numbers (the default is mixed 40 % with the text colour, for contrast on any page); fill of the current step's number.
 * @cssprop [--acu-color-on-accent=#ffffff] - Colour of the current step's number.
 * @cssprop [--acu-color-border=color-mix(in srgb, currentColor 22%, transparent)] - Colour of the connectors and of the duration's outline.
 * @cssprop [--acu-color-surface=color-mix(in srgb, currentColor 4%, transparent)] - Background of the duration.
 * @cssprop [--acu-color-muted=currentColor] - Colour of each step's sentences.
 * @cssprop [--acu-space=1em] - Base spacing.
 * @cssprop [--acu-heading-font=inherit] - Font family of the heading.
 */
export class AcuTimeline extends AcuSectionElement {
  static override properties: PropertyDeclarations = {
    steps: { converter: jsonAttribute },
    orientation: { type: String, reflect: true },
    current: { type: Number, reflect: true, converter: numberAttribute },
  };

  static override styles = [tokens, timelineStyles];

  /**
   * The steps to show, as a JSON array of strings or of
   * `{"title", "text", "duration"}` objects (`duration` optional), as
   * `items` takes benefits. A list written inside the element takes
   * precedence.
   */
  declare steps?: StepInput[];

  /** `vertical` stacks the steps; `horizontal` puts them side by side, and stacks them when the container is narrower than 48em (768 px at the default text size). */
  declare orientation: TimelineOrientation;

  /** The number of the step the patient is at (1 for the first), marked visibly and with `aria-current="step"`. Unset marks none. */
  declare current?: number;

  private readonly authorList = new AuthorListController(this);
  private validSteps?: Step[];
  private validOrientation: TimelineOrientation = 'vertical';
  private entries: StepEntry[] = [];
  private currentStep = 0;

  constructor() {
    super();
    this.orientation = 'vertical';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('steps')) {
      this.validSteps = readListInput(this, 'steps', this.steps, readEntry, 'a string or a {"title", "text", "duration"} object');
    }
    if (changed.has('orientation')) this.validOrientation = readChoice(this, 'orientation', this.orientation, ORIENTATIONS) ?? 'vertical';
    const count = this.entries.length;
    this.entries =
      this.authorList.entries() ??
      (this.validSteps ?? this.text(timelineStrings).steps).map(({ title, text: body, duration }) => ({ title, body, duration }));
    // The valid range follows the content, which the author's list can change at any time.
    if (changed.has('current') || count !== this.entries.length) this.readCurrent();
  }

  private readCurrent(): void {
    // React 19 and Vue set the property from markup, so current="2" can arrive as a string.
    const step = Number(this.current ?? 0);
    const valid = Number.isInteger(step) && step >= 1 && step <= this.entries.length;
    if (this.current != null && !valid) {
      reportBadInput(this, 'current', `"${this.current}" is not a step number from 1 to ${this.entries.length}; no step is marked.`);
    }
    this.currentStep = valid ? step : 0;
  }

  protected override render() {
    return html`
      ${this.renderHeading(this.text(timelineStrings).heading)}
      <ol class="steps ${this.validOrientation}" part="list" role="list">
        ${this.entries.map((entry, index) => {
          const isCurrent = index + 1 === this.currentStep;
          return html`<li class="step" part=${isCurrent ? 'step current' : 'step'} aria-current=${isCurrent ? 'step' : nothing}>
            <span class="marker" part=${isCurrent ? 'marker current-marker' : 'marker'} aria-hidden="true">${index + 1}</span>
            ${index + 1 < this.entries.length ? html`<span class="connector" part="connector" aria-hidden="true"></span>` : nothing}
            <div class="content">
              ${entry.title ? html`<span class="title" part="title">${entry.title}</span>` : nothing}
              ${entry.body?.length ? html`<p class="text" part="text">${entry.body}</p>` : nothing}
              ${entry.duration ? html`<p class="duration" part="duration">${entry.duration}</p>` : nothing}
            </div>
          </li>`;
        })}
      </ol>
    `;
  }
}
