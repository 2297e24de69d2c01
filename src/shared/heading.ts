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
      // Frameworks that set properties from markup pass "3" rather than 3.
      const level = Number(this.headingLevel);
      const valid = Number.isInteger(level) && level >= 2 && level <= 6;
      if (!valid) {
        const given = this.getAttribute('heading-level') ?? String(this.headingLevel);
        reportBadInput(this, 'heading-level', `"${given}" is not a level from 2 to 6; using ${DEFAULT_LEVEL}.`);
      }
      this.level = valid ? level : DEFAULT_LEVEL;
    }
  }

  /** The heading, or nothing when the author set `heading=""`. */
  protected renderHeading(defaultText: string) {
    const text = this.heading ?? defaultText;
    if (!text) return nothing;
    const tag = HEADING_TAGS[this.level];
    // Static tags are how Lit renders a tag chosen at run time; the linter cannot see that.
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    return html`<${tag} part="heading" class="heading">${text}</${tag}>`;
  }
}
