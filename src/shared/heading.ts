import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import { AcuElement } from './acu-element.js';
import { reportBadInput } from './report.js';

const HEADING_TAGS: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
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
    headingLevel: { type: Number, attribute: 'heading-level' },
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
        const given = this.getAttribute('heading-level') ?? String(this.headingLevel);
        reportBadInput(this, 'heading-level', `"${given}" is not a level from 2 to 6; using ${DEFAULT_LEVEL}.`);
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
    const tag = HEADING_TAGS[level];
    // Static tags are how Lit renders a tag chosen at run time; the linter cannot see that.
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    return html`<${tag} part=${name} class=${name} id=${id ?? nothing} tabindex=${id ? '-1' : nothing}>${content}</${tag}>`;
  }
}
