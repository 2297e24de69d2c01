import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { AcuElement } from '../shared/acu-element.js';
import { reportBadInput } from '../shared/report.js';
import { checkUrl } from '../shared/safe-url.js';
import { stringsFor } from '../shared/strings.js';
import { tokens } from '../shared/tokens.styles.js';
import { bookButtonStrings } from './book-button.strings.js';
import { bookButtonStyles } from './book-button.styles.js';

export type BookButtonMode = 'link' | 'new-tab' | 'popup' | 'floating';
export type BookButtonVariant = 'primary' | 'secondary' | 'outline';
export type BookButtonSize = 'small' | 'medium' | 'large';

const MODES: readonly BookButtonMode[] = ['link', 'new-tab', 'popup', 'floating'];
const VARIANTS: readonly BookButtonVariant[] = ['primary', 'secondary', 'outline'];
const SIZES: readonly BookButtonSize[] = ['medium', 'small', 'large'];

/**
 * Sends the patient to the clinic's booking system.
 *
 * @tagname acu-book-button
 * @summary A booking link styled as a button: a plain link, a new tab, a popup over the page, or a floating button.
 *
 * @slot - The button's label; replaces `label`.
 *
 * @csspart button - The link the patient activates.
 *
 * @cssprop [--acu-color-accent=#0b6b61] - Background of the primary button; text and border of the others.
 * @cssprop [--acu-color-on-accent=#ffffff] - Text of the primary button.
 * @cssprop [--acu-color-focus=#1d4ed8] - Focus ring.
 * @cssprop [--acu-radius=0.75rem] - Corner radius.
 */
export class AcuBookButton extends AcuElement {
  static override properties: PropertyDeclarations = {
    href: { type: String },
    label: { type: String },
    mode: { type: String, reflect: true },
    variant: { type: String, reflect: true },
    size: { type: String, reflect: true },
    fullWidth: { type: Boolean, attribute: 'full-width', reflect: true },
  };

  static override styles = [tokens, bookButtonStyles];

  /** The booking page: `https:`, `http:`, `tel:` or `mailto:`. Defaults to the enclosing `<acu-clinic>`'s `booking-url`, then its `phone`, then its `email`. */
  declare href?: string;

  /** The button's text, when no content is slotted. Defaults to "Book an appointment". */
  declare label?: string;

  /** `link` follows the link; `new-tab` opens it in a new tab; `popup` shows the booking page over this one; `floating` is a corner button that opens like `popup`. */
  declare mode: BookButtonMode;

  /** `primary` (filled), `secondary` (tinted) or `outline`. */
  declare variant: BookButtonVariant;

  /** `small`, `medium` or `large`; every size is at least 44 by 44 pixels. */
  declare size: BookButtonSize;

  /** Fills the width of its container. */
  declare fullWidth: boolean;

  private url?: URL;
  private checkedSource?: string;
  private validMode: BookButtonMode = 'link';
  private validVariant: BookButtonVariant = 'primary';
  private validSize: BookButtonSize = 'medium';

  constructor() {
    super();
    this.mode = 'link';
    this.variant = 'primary';
    this.size = 'medium';
    this.fullWidth = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.checkSource();
    if (changed.has('mode')) this.validMode = this.choose('mode', this.mode, MODES);
    if (changed.has('variant')) this.validVariant = this.choose('variant', this.variant, VARIANTS);
    if (changed.has('size')) this.validSize = this.choose('size', this.size, SIZES);
  }

  /**
   * The URL comes from this element or its clinic, and the clinic's details
   * can change without any property of ours changing, so the source is
   * compared with the last one checked to report each bad URL once.
   */
  private checkSource(): void {
    const { bookingUrl, phone, email } = this.clinic;
    const source = this.href ?? bookingUrl ?? (phone ? `tel:${phone.replace(/[\s().-]/g, '')}` : email && `mailto:${email.trim()}`);
    if (source === this.checkedSource) return;
    this.checkedSource = source;
    if (!source) {
      this.url = undefined;
      reportBadInput(this, 'href', 'no booking URL: set href, or booking-url, phone or email on an enclosing <acu-clinic>; no button is shown.', 'error');
      return;
    }
    const { url, problem } = checkUrl(source);
    this.url = url;
    if (problem) {
      const from = this.href === undefined ? ' (from the enclosing <acu-clinic>)' : '';
      reportBadInput(this, 'href', `${problem}${from}; no button is shown.`, 'error');
    }
  }

  private choose<T extends string>(attribute: string, value: T, allowed: readonly T[]): T {
    if (allowed.includes(value)) return value;
    reportBadInput(this, attribute, `"${value}" is not one of ${allowed.join(', ')}; using "${allowed[0]}".`);
    return allowed[0];
  }

  protected override render() {
    if (!this.url) return nothing;
    const strings = stringsFor(bookButtonStrings, this.locale);
    const newTab = this.validMode === 'new-tab';
    return html`<a
      part="button"
      class="button ${this.validVariant} ${this.validSize}"
      href=${this.url.href}
      target=${newTab ? '_blank' : nothing}
      rel=${newTab ? 'noopener' : nothing}
      ><slot>${this.label ?? strings.label}</slot>${newTab ? html`<span class="visually-hidden">${strings.newTab}</span>` : nothing}</a
    >`;
  }
}
