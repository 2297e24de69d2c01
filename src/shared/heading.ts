import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { AcuElement } from './acu-element.js';
import { numberAttribute } from './number-attribute.js';
import { reportBadInput } from './report.js';

type Heading = (name: string, id: string | typeof nothing, tabindex: string | typeof nothing, content: unknown) => TemplateResult;

/*
 * One template per level rather than lit/static-html.js, whose run-time tag
 * switching would cost every page about 0.2 KB gzip for five tags.
 */
const HEADINGS: Record<number, Heading> = {
  2: (name, id, tabindex, content) => html`<h2 part=${name} class=${name} id=${id} tabindex=${tabindex}>${content}</h2>`,
  3: (name, id, tabindex, content) => html`<h3 part=${name} class=${name} id=${id} tabindex=${tabindex}>${content}</h3>`,
  4: (name, id, tabindex, content) => html`<h4 part=${name} class=${name} id=${id} tabindex=${tabindex}>${content}</h4>`,
  5: (name, id, tabindex, content) => html`<h5 part=${name} class=${name} id=${id} tabindex=${tabindex}>${content}</h5>`,
  6: (name, id, tabindex, content) => html`<h6 part=${name} class=${name} id=${id} tabindex=${tabindex}>${content}</h6>`,
};
const DEFAULT_LEVEL = 2;

/**
 * A widget that opens with its own heading. `heading-level` lets it slot into
 * the page's outline; `heading=""` hides the heading for pages that already
 * have one.
 */
export class AcuSectionElement extends AcuElement {
  static override properties: PropertyDeclarations = {
    heading: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true, converter: numberAttribute },
  };

  /** The heading text. Leave unset for the built-in heading; set to `""` to hide it. */
  declare heading?: string;

  /** The heading's level in the page outline, 2 to 6. */
  declare headingLevel: number;

  private level = DEFAULT_LEVEL;

  constructor() {
    super();
    this.headingLevel = DEFAULT_LEVEL;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) {
      // Frameworks that set properties from markup pass "3" rather than 3; a removed attribute is null.
      const level = this.headingLevel == null ? DEFAULT_LEVEL : Number(this.headingLevel);
      const valid = Number.isInteger(level) && level >= 2 && level <= 6;
      if (!valid) {
        reportBadInput(this, 'heading-level', `"${this.headingLevel}" is not a level from 2 to 6; using ${DEFAULT_LEVEL}.`);
      }
      this.level = valid ? level : DEFAULT_LEVEL;
    }
  }

  /** The heading's text; empty when the author hid it with `heading=""` (or only spaces). */
  protected headingText(defaultText: string): string {
    return (this.heading ?? defaultText).trim();
  }

  /** The heading, or nothing when the author hid it. */
  protected renderHeading(defaultText: string) {
    const text = this.headingText(defaultText);
    return text ? this.headingTag(this.level, 'heading', text) : nothing;
  }

  /**
   * A heading inside the widget, such as a question: one level below the
   * widget's own heading, or at its level when that heading is hidden. It
   * takes focus programmatically when the widget moves the patient to it.
   */
  protected renderSubheading(defaultText: string, name: string, content: unknown) {
    const level = Math.min(this.level + (this.headingText(defaultText) ? 1 : 0), 6);
    return this.headingTag(level, name, content, name);
  }

  private headingTag(level: number, name: string, content: unknown, id?: string) {
    return HEADINGS[level](name, id ?? nothing, id ? '-1' : nothing, content);
  }
}
