import { ContextProvider } from '@lit/context';
import { css, html, type PropertyDeclarations } from 'lit';
import { AcuBaseElement } from '../shared/acu-base.js';
import { clinicContext, unanswered } from '../shared/clinic-context.js';

/**
 * Shares the clinic's details with every acu-widgets element inside it, so the
 * booking URL or phone number is written once per page. Renders only its
 * children, in a plain block box: a theme's content-column rules (WordPress's
 * `.is-layout-constrained > *`, `.entry-content > *`) size and space it like
 * any paragraph, which a box-less `display: contents` wrapper escaped. Widgets
 * placed directly inside it, one after another, are spaced apart by
 * `--acu-gap`, which defaults to the WordPress theme's own block gap. Line
 * breaks and empty paragraphs that editors insert between them are not shown.
 *
 * @tagname acu-clinic
 * @summary Provides the clinic's name, booking URL, phone, email and locale to the widgets inside it.
 *
 * @slot - Any page content, including acu-widgets elements at any depth.
 *
 * @cssprop [--acu-gap=var(--wp--style--block-gap, 1.5em)] - Space between widgets that follow one another directly inside the clinic.
 */
export class AcuClinic extends AcuBaseElement {
  static override properties: PropertyDeclarations = {
    name: { type: String },
    bookingUrl: { type: String, attribute: 'booking-url' },
    phone: { type: String },
    email: { type: String },
    locale: { type: String },
  };

  static override styles = css`
    :host {
      display: block;
    }

    :host([hidden]) {
      display: none;
    }

    ::slotted(br),
    ::slotted(p:empty) {
      display: none;
    }

    ::slotted(:is(acu-benefits, acu-who-it-helps, acu-timeline, acu-book-button):not(:first-child)) {
      margin-block-start: var(--acu-gap, var(--wp--style--block-gap, 1.5em));
    }
  `;

  /** The clinic's name, used in labels such as the booking dialog's title. */
  declare name?: string;

  /** The clinic's online booking page (https). Booking buttons inside use it unless they set `href`. */
  declare bookingUrl?: string;

  /** The clinic's phone number; booking buttons call it when there is no booking URL. */
  declare phone?: string;

  /** The clinic's email address; booking buttons write to it when there is neither booking URL nor phone. */
  declare email?: string;

  /** The language of the widgets' built-in text, as a BCP 47 tag such as `en-GB`. */
  declare locale?: string;

  private readonly provider = new ContextProvider(this, { context: clinicContext, initialValue: {} });

  override connectedCallback(): void {
    super.connectedCallback();
    // Widgets upgraded before this clinic asked while it could not answer.
    for (const widget of unanswered) widget.askClinic();
  }

  protected override willUpdate(): void {
    const { name, bookingUrl, phone, email, locale } = this;
    this.provider.setValue({ name, bookingUrl, phone, email, locale: locale || undefined });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
