import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { AuthorListController, type ListEntry } from '../shared/author-list.js';
import { readChoice } from '../shared/choice.js';
import { AcuSectionElement } from '../shared/heading.js';
import { jsonAttribute } from '../shared/json-attribute.js';
import { readEntry, readListInput } from '../shared/list-input.js';
import { tokens } from '../shared/tokens.styles.js';
import { benefitsStrings, type Benefit } from './benefits.strings.js';
import { benefitsStyles } from './benefits.styles.js';

export type BenefitsLayout = 'list' | 'grid';
const LAYOUTS: readonly BenefitsLayout[] = ['list', 'grid'];

/** A benefit given as plain text, or as a title and a sentence. */
export type BenefitInput = string | Benefit;

const checkIcon = html`<svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
  <path d="m7.5 12.5 3 3 6-6.5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/**
 * The benefits of a treatment as an accessible list, by default the benefits
 * of acupuncture for back pain, worded as general information.
 *
 * Content comes, first choice first, from a `<ul>` or `<ol>` of `<li>` written
 * inside the element (a leading `<strong>` in an item is its title), then from
 * `items`, then from the built-in list.
 *
 * @tagname acu-benefits
 * @summary A list of benefits, from the page's own markup, the `items` property, or the defaults.
 *
 * @slot - Optional `<ul>` or `<ol>` of `<li>` that replaces the built-in benefits. It is read, not displayed as is: the text stays in the page's HTML for search engines and for visitors before the script loads.
 *
 * @csspart heading - The heading above the list.
 * @csspart list - The list of benefits.
 * @csspart item - One benefit.
 * @csspart icon - The decorative tick beside each benefit.
 * @csspart title - A benefit's title.
 * @csspart text - A benefit's sentence.
 *
 * @cssprop [--acu-color-accent=#0b6b61] - Colour of the icons (the default is mixed 40 % with the text colour, for contrast on any page).
 * @cssprop [--acu-color-surface=color-mix(in srgb, currentColor 4%, transparent)] - Background of the cards in the grid layout.
 * @cssprop [--acu-color-border=color-mix(in srgb, currentColor 22%, transparent)] - Border of the cards in the grid layout.
 * @cssprop [--acu-color-muted=currentColor] - Colour of each benefit's sentence.
 * @cssprop [--acu-radius=0.75em] - Corner radius of the cards.
 * @cssprop [--acu-space=1em] - Base spacing.
 * @cssprop [--acu-heading-font=inherit] - Font family of the heading.
 */
export class AcuBenefits extends AcuSectionElement {
  static override properties: PropertyDeclarations = {
    items: { converter: jsonAttribute },
    layout: { type: String, reflect: true },
  };

  static override styles = [tokens, benefitsStyles];

  /**
   * The benefits to show, as a JSON array of strings or of `{"title", "text"}`
   * objects. A list written inside the element takes precedence.
   */
  declare items?: BenefitInput[];

  /** `list` stacks the benefits; `grid` shows them as cards in up to three columns, one column in narrow containers. */
  declare layout: BenefitsLayout;

  private readonly authorList = new AuthorListController(this);
  private validItems?: Benefit[];
  private validLayout: BenefitsLayout = 'list';

  constructor() {
    super();
    this.layout = 'list';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('items')) {
      this.validItems = readListInput(this, 'items', this.items, readEntry, 'a string or a {"title", "text"} object');
    }
    if (changed.has('layout')) this.validLayout = readChoice(this, 'layout', this.layout, LAYOUTS) ?? 'list';
  }

  protected override render() {
    const strings = this.text(benefitsStrings);
    const entries: ListEntry[] = this.authorList.entries() ?? (this.validItems ?? strings.benefits).map(({ title, text: body }) => ({ title, body }));
    return html`
      ${this.renderHeading(strings.heading)}
      <ul class="list ${this.validLayout}" part="list" role="list">
        ${entries.map(
          (entry) => html`<li class="item" part="item">
            ${checkIcon}
            <div>
              ${entry.title ? html`<span class="title" part="title">${entry.title}</span>` : ''}
              ${entry.body?.length ? html`<p class="text" part="text">${entry.body}</p>` : ''}
            </div>
          </li>`,
        )}
      </ul>
    `;
  }
}
