import { css, html, type PropertyDeclarations } from 'lit';
import { AcuBaseElement } from '../shared/acu-base.js';
import { clinicContext, unanswered, type ClinicDetails } from '../shared/clinic-context.js';

type Subscriber = (details: ClinicDetails, unsubscribe?: () => void) => void;

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

  private details: ClinicDetails = {};

  /**
   * The widgets that asked to follow this clinic's details, each with the
   * one function that stops it: a consumer that asks again must get the same
   * function back, or it takes the new one for a change of provider.
   */
  private readonly subscribers = new Map<Subscriber, () => void>();

  /*
   * This answers the context protocol's requests itself, as @lit/context's
   * ContextProvider would, without the parts of it no widget uses (nested
   * providers taking over consumers, provider announcements): bytes every
   * page pays for. The string key matches other copies of the library.
   */
  constructor() {
    super();
    this.addEventListener('context-request', (event) => {
      if (event.context !== clinicContext) return;
      event.stopPropagation();
      const callback = event.callback as Subscriber;
      let unsubscribe = this.subscribers.get(callback);
      if (event.subscribe && !unsubscribe) this.subscribers.set(callback, (unsubscribe = () => this.subscribers.delete(callback)));
      callback(this.details, unsubscribe);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Widgets upgraded before this clinic asked while it could not answer.
    for (const widget of unanswered) widget.askClinic();
  }

  protected override willUpdate(): void {
    const { name, bookingUrl, phone, email, locale } = this;
    this.details = { name, bookingUrl, phone, email, locale: locale || undefined };
    this.subscribers.forEach((unsubscribe, callback) => callback(this.details, unsubscribe));
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
