import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { AcuElement } from '../shared/acu-element.js';
import { readChoice } from '../shared/choice.js';
import { reportBadInput } from '../shared/report.js';
import { checkUrl } from '../shared/safe-url.js';
import { fill } from '../shared/strings.js';
import { tokens } from '../shared/tokens.styles.js';
import { bookButtonStrings, type BookButtonStrings } from './book-button.strings.js';
import { bookButtonStyles } from './book-button.styles.js';
import { detectProvider, PROVIDER_NAMES, PROVIDERS, type ProviderName } from './providers.js';

export type BookButtonMode = 'link' | 'new-tab' | 'popup' | 'floating';
export type BookButtonVariant = 'primary' | 'secondary' | 'outline';
export type BookButtonSize = 'small' | 'medium' | 'large';

/** The `detail` of every `acu-book-*` event. */
export interface BookButtonEventDetail {
  /** The URL the patient is sent to, attribution parameters included. */
  href: string;
  provider: ProviderName;
  mode: BookButtonMode;
}

const MODES: readonly BookButtonMode[] = ['link', 'new-tab', 'popup', 'floating'];
const VARIANTS: readonly BookButtonVariant[] = ['primary', 'secondary', 'outline'];
const SIZES: readonly BookButtonSize[] = ['small', 'medium', 'large'];

const closeIcon = html`<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
  <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
</svg>`;

/* The new-tab icon carries the warning in words for screen readers. */
const newTabIcon = (label: string) => html`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${label}>
  <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/** The clinic gives an address, not a URL: a "?" in it must not smuggle in headers such as bcc. */
const encodeHeaders = (address: string) => address.replace(/[?#&%]/g, encodeURIComponent);

/* Built outside the class so the manifest lists only the documented @fires. */
const bookEvent = (name: string, detail: BookButtonEventDetail, cancelable: boolean) =>
  new CustomEvent(name, { bubbles: true, composed: true, cancelable, detail });

/*
 * A page's URL can carry a patient's details (a newsletter link, a form's
 * redirect), so a wildcard never copies a name that looks personal or secret.
 * A name written out in full is the author's choice: booking systems take
 * `name` and `email` to prefill their form.
 */
const PERSONAL = /mail|name|phone|tel|mobile|addr|code|dob|birth|ssn|nhs|patient|user|login|pass|token|secret|session|auth|card|eid/i;

/** `utm_*` matches every parameter starting `utm_` that does not look personal; other names match exactly. */
const allowedBy = (patterns: string[]) => (name: string) =>
  patterns.some((pattern) => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) && !PERSONAL.test(name) : name === pattern));

/** A text without its invisible characters (spaces, zero-width characters, soft hyphens): empty when nothing would show. */
const visible = (text?: string | null) => text?.replace(/[\s\u200b-\u200d\u2060\xad]/g, '');

/*
 * A web address without a scheme (`calendly.com/harbour`) would resolve
 * against this page and lead to a missing page on the clinic's own site.
 * Relative URLs stay relative: ones starting `/`, `.`, `?` or `#`, a first
 * segment without a dot, and file names such as `book.html`.
 */
const BARE_DOMAIN = /^[\w-]+(\.[\w-]+)*\.[a-z]{2,}(?<!\.(html?|php|aspx?|jsp))([/:?#]|$)/i;

/**
 * Returns a switch for a style on the page's root that buttons need while
 * they show: the first button to need it saves the page's own inline value,
 * the last to let go restores it. One count per style for the whole page,
 * so buttons opening, closing and leaving in any order never leave the style
 * behind nor lose the page's value.
 */
const rootStyle = (properties: string[], value: string) => {
  const holders = new Set<object>();
  let saved: string[] = [];
  return (holder: object, on: boolean) => {
    const { style } = document.documentElement;
    if (on && !holders.size) saved = properties.map((name) => style.getPropertyValue(name));
    if (on ? holders.add(holder) : holders.delete(holder) && !holders.size) {
      properties.forEach((name, i) => style.setProperty(name, on ? value : saved[i]));
    }
  };
};

/* Hiding the root's overflow stops the page behind an open popup scrolling, and keeps its scroll position. The longhands are saved, so a page's own `overflow-y` survives. */
const lockScroll = rootStyle(['overflow-x', 'overflow-y'], 'hidden');

/*
 * A fixed corner button must not hide what a keyboard user has just focused
 * (WCAG 2.4.11): while one shows, the page's scroll padding keeps focused
 * elements clear of it.
 */
const keepFocusClear = rootStyle(['scroll-padding-bottom'], 'calc(5rem + env(safe-area-inset-bottom, 0px))');

/**
 * Sends the patient to the clinic's booking system: Jane, Calendly, Cal.com,
 * Acuity, Square, Mindbody, Zocdoc, SimplePractice or any booking page, or a
 * phone call or email when the clinic has no online booking.
 *
 * The URL is `href`, else the enclosing `<acu-clinic>`'s `booking-url`, then
 * its `phone`, then its `email`. Only `https:`, `http:`, `tel:` and `mailto:`
 * URLs are followed; anything else is refused with a console error and no
 * button is shown.
 *
 * @tagname acu-book-button
 * @summary A booking link styled as a button: a plain link, a new tab, a popup over the page, or a floating corner button.
 *
 * @slot - The button's label; replaces `label`.
 *
 * @csspart button - The link the patient activates.
 * @csspart floating - The fixed corner box holding the button and its dismiss control, in `floating` mode.
 * @csspart dismiss - The control that hides the floating button.
 * @csspart dialog - The popup dialog.
 * @csspart dialog-header - The dialog's bar: close button, title and "open in a new tab" link.
 * @csspart close - The dialog's close button.
 * @csspart title - The dialog's title.
 * @csspart new-tab-link - The dialog's "open in a new tab" link.
 * @csspart frame - The booking page's frame.
 *
 * @cssprop [--acu-color-accent=#0b6b61] - Background of the primary button; text (the default mixed 40 % with the text colour) and border of the others.
 * @cssprop [--acu-color-on-accent=#ffffff] - Text of the primary button.
 * @cssprop [--acu-color-border=color-mix(in srgb, currentColor 22%, transparent)] - Line under the dialog's bar.
 * @cssprop [--acu-color-focus=#1d4ed8] - Focus ring.
 * @cssprop [--acu-radius=0.75em] - Corner radius of the button and the dialog.
 * @cssprop [--acu-space=1em] - Distance of the floating button from the viewport's edges.
 *
 * @fires {CustomEvent<BookButtonEventDetail>} acu-book-click - The patient activated the button. Cancelable: `preventDefault()` keeps them on the page.
 * @fires {CustomEvent<BookButtonEventDetail>} acu-book-open - The popup opened.
 * @fires {CustomEvent<BookButtonEventDetail>} acu-book-close - The popup closed.
 * @fires {CustomEvent<BookButtonEventDetail>} acu-book-complete - The booking page in the popup reported a booking (Calendly, Cal.com).
 */
export class AcuBookButton extends AcuElement {
  static override properties: PropertyDeclarations = {
    href: { type: String },
    label: { type: String },
    mode: { type: String, reflect: true },
    provider: { type: String, reflect: true },
    variant: { type: String, reflect: true },
    size: { type: String, reflect: true },
    fullWidth: { type: Boolean, attribute: 'full-width', reflect: true },
    utmSource: { type: String, attribute: 'utm-source' },
    utmMedium: { type: String, attribute: 'utm-medium' },
    utmCampaign: { type: String, attribute: 'utm-campaign' },
    forwardParams: { type: String, attribute: 'forward-params' },
    datalayer: { type: Boolean },
    dismissed: { state: true, attribute: false },
  };

  static override styles = [tokens, bookButtonStyles];

  /** `focus()` on the element reaches its link, as on a native button. */
  static override shadowRootOptions: ShadowRootInit = { ...AcuElement.shadowRootOptions, delegatesFocus: true };

  /** The booking page: `https:`, `http:`, `tel:` or `mailto:`. Defaults to the enclosing `<acu-clinic>`'s `booking-url`, then its `phone`, then its `email`. */
  declare href?: string;

  /** The button's text, when no content is slotted. Defaults to "Book an appointment", also when it has no visible character. */
  declare label?: string;

  /**
   * `link` follows the link in the same tab; `new-tab` opens a new tab;
   * `popup` shows the booking page in a dialog over this page (a new tab for
   * booking systems that refuse to be framed); `floating` is a corner button
   * that opens like `popup`. Phone and email links always open as links.
   */
  declare mode: BookButtonMode;

  /** The booking system, when it cannot be told from the URL (a custom domain): `jane`, `calendly`, `calcom`, `acuity`, `square`, `mindbody`, `zocdoc`, `simplepractice` or `generic`. */
  declare provider?: ProviderName;

  /** `primary` (filled), `secondary` (tinted) or `outline`. */
  declare variant: BookButtonVariant;

  /** `small`, `medium` or `large`; every size is at least 44 by 44 pixels. */
  declare size: BookButtonSize;

  /** Fills the width of its container. */
  declare fullWidth: boolean;

  /** Added to http(s) URLs as `utm_source`. */
  declare utmSource?: string;

  /** Added to http(s) URLs as `utm_medium`. */
  declare utmMedium?: string;

  /** Added to http(s) URLs as `utm_campaign`. */
  declare utmCampaign?: string;

  /**
   * Comma-separated names of this page's URL parameters to copy to the
   * booking URL, such as `utm_*,gclid`; `*` ends a prefix (a bare `*` is
   * refused), which never matches names that look personal, such as `email`
   * or `first_name`. Copied values win over the `utm-*` attributes. No other
   * parameter is ever copied.
   */
  declare forwardParams?: string;

  /** Also pushes `{event: 'acu_book_click' | 'acu_book_complete', provider}` to `window.dataLayer` (Google Tag Manager) when the page has one. */
  declare datalayer: boolean;

  declare private dismissed: boolean;

  /** `null` until the first check, so that "no URL at all" is checked too. */
  private checkedSource: string | undefined | null = null;
  private url?: URL;
  private validMode: BookButtonMode = 'link';
  private validVariant: BookButtonVariant = 'primary';
  private validSize: BookButtonSize = 'medium';
  private validProvider?: ProviderName;
  private forwardPatterns: string[] = [];
  /** Whether an undefined wrapper with clinic details was already waited for. */
  private waited = false;

  constructor() {
    super();
    this.mode = 'link';
    this.variant = 'primary';
    this.size = 'medium';
    this.fullWidth = false;
    this.datalayer = false;
    this.dismissed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A button moved in the page lets go of it when removed: the update takes it back.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.popup(false);
    keepFocusClear(this, false);
    this.dialog?.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.checkSource();
    if (changed.has('mode')) this.validMode = readChoice(this, 'mode', this.mode, MODES) ?? 'link';
    if (changed.has('variant')) this.validVariant = readChoice(this, 'variant', this.variant, VARIANTS) ?? 'primary';
    if (changed.has('size')) this.validSize = readChoice(this, 'size', this.size, SIZES) ?? 'medium';
    if (changed.has('forwardParams')) this.readForwardParams();
    if (changed.has('label') && this.label && !visible(this.label)) {
      reportBadInput(this, 'label', 'has no visible text; using the default.');
    }
    if (changed.has('provider')) this.validProvider = readChoice(this, 'provider', this.provider, PROVIDER_NAMES, "the URL's");
  }

  protected override updated(): void {
    // A re-render that dropped the open dialog (a new mode or URL) ends its opening.
    if (!this.dialog?.open) this.popup(false);
    // Updates also run for a button removed before its first render, which must not touch the page.
    keepFocusClear(this, this.isConnected && this.validMode === 'floating' && !!this.url && !this.dismissed);
  }

  /**
   * An open popup holds the page's scroll and listens for its booking page's
   * messages; no other button listens, so a page of buttons costs no listener.
   */
  private popup(on: boolean): void {
    lockScroll(this, on);
    (on ? addEventListener : removeEventListener)('message', this.onMessage);
  }

  /**
   * The URL comes from this element or its clinic, and the clinic's details
   * can change without any property of ours changing, so the source is
   * compared with the last one checked to report each bad URL once.
   */
  private checkSource(): void {
    const { bookingUrl, phone, email } = this.clinic;
    let source =
      this.href?.trim() ||
      bookingUrl?.trim() ||
      (phone?.trim() ? `tel:${phone.replace(/[\s().-]/g, '')}` : email?.trim() && `mailto:${encodeHeaders(email.trim())}`) ||
      undefined;
    if (source === this.checkedSource) return;
    this.url = undefined;
    if (!source) {
      // An <acu-clinic> defined after us will bring the URL: judge once it is. A wrapper carrying such
      // details that is never defined (a theme's own <contact-card phone>, or the npm entry for this
      // button without clinic.js) is waited for only until the page has loaded, then judged.
      const pending = !this.waited && this.closest(':not(:defined):is([booking-url], [phone], [email])');
      if (pending) {
        this.waited = true;
        const loaded = new Promise((resolve) => (document.readyState == 'complete' ? setTimeout(resolve) : addEventListener('load', () => setTimeout(resolve), { once: true })));
        void Promise.race([customElements.whenDefined(pending.localName), loaded]).then(() => this.requestUpdate());
        return;
      }
    }
    this.checkedSource = source;
    const from = source && !this.href?.trim() ? ' (from the enclosing <acu-clinic>)' : '';
    // The intent is plain and a booking site is https, so the patient keeps a working button.
    if (source && BARE_DOMAIN.test(source)) {
      reportBadInput(this, 'href', `"${source}" has no https://; using "https://${source}"${from}.`);
      source = `https://${source}`;
    }
    const { url, problem } = source ? checkUrl(source) : { problem: 'no booking URL: set href, or booking-url, phone or email on an enclosing <acu-clinic>' };
    this.url = url;
    if (problem) reportBadInput(this, 'href', `${problem}${from}; no button is shown.`, 'error');
  }

  /**
   * A bare `*` would copy every parameter of the page's URL, e-mail addresses
   * and tokens included, and a wildcard with a personal prefix (`email*`)
   * nothing else: both are refused.
   */
  private readForwardParams(): void {
    const names = (this.forwardParams ?? '').split(',').map((name) => name.trim()).filter(Boolean);
    const refused = names.filter((name) => name === '*' || (name.endsWith('*') && PERSONAL.test(name)));
    this.forwardPatterns = names.filter((name) => !refused.includes(name));
    if (refused.length) {
      reportBadInput(this, 'forward-params', `"${refused.join('", "')}" could copy personal data; name the parameters, such as "utm_*,gclid".`);
    }
  }

  private get providerName(): ProviderName {
    return this.validProvider ?? (this.url ? detectProvider(this.url) : 'generic');
  }

  /** The booking URL with the allowed attribution parameters, exactly what the patient is sent to. */
  private get target(): URL {
    const url = new URL(this.url!);
    if (!url.protocol.startsWith('http')) return url;
    const attribution = { utm_source: this.utmSource, utm_medium: this.utmMedium, utm_campaign: this.utmCampaign };
    for (const [name, value] of Object.entries(attribution)) if (value) url.searchParams.set(name, value);
    if (this.forwardPatterns.length) {
      const allowed = allowedBy(this.forwardPatterns);
      new URLSearchParams(location.search).forEach((value, name) => allowed(name) && url.searchParams.set(name, value));
    }
    return url;
  }

  /** How activating the button behaves: framing is only tried for https pages whose system allows it. */
  private get behaviour(): 'link' | 'new-tab' | 'popup' {
    const { protocol } = this.url!;
    if (!protocol.startsWith('http') || this.validMode === 'link') return 'link';
    const framable = this.validMode !== 'new-tab' && protocol === 'https:' && PROVIDERS[this.providerName].framable;
    return framable ? 'popup' : 'new-tab';
  }

  private get detail(): BookButtonEventDetail {
    return { href: this.target.href, provider: this.providerName, mode: this.validMode };
  }

  private emit(name: string, cancelable = false): boolean {
    return this.dispatchEvent(bookEvent(name, this.detail, cancelable));
  }

  private track(event: 'acu_book_click' | 'acu_book_complete'): void {
    const layer = (window as { dataLayer?: unknown }).dataLayer;
    if (this.datalayer && Array.isArray(layer)) layer.push({ event, provider: this.providerName });
  }

  private get dialog() {
    return this.renderRoot.querySelector('dialog');
  }

  private readonly onClick = (event: MouseEvent) => {
    if (!this.emit('acu-book-click', true)) {
      event.preventDefault();
      return;
    }
    this.track('acu_book_click');
    // Modifier clicks keep their usual meaning (new tab, new window) even in popup mode.
    if (this.behaviour !== 'popup' || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    this.show();
  };

  /**
   * Opens the booking page in the popup, as a click on the button does in
   * `popup` and `floating` modes (with no `acu-book-click`); does nothing in
   * other modes, for booking systems that refuse to be framed, or when it is
   * already open.
   */
  show(): void {
    // A script clicking an open popup's button again opens nothing more.
    if (!this.url || this.behaviour !== 'popup' || this.dialog!.open) return;
    this.popup(true);
    this.dialog!.showModal();
    this.renderRoot.querySelector<HTMLElement>('.close')!.focus();
    this.emit('acu-book-open');
  }

  /** Closes the popup, if open; focus goes back to the button. */
  hide(): void {
    this.dialog?.close();
  }

  /*
   * Every way the dialog closes ends here: the close button, Escape, a click
   * on the backdrop, and Chrome's close on a repeated Escape that skips the
   * `cancel` event. The `cancel` event is never prevented, so Escape closes
   * every time.
   */
  private readonly onClose = () => {
    this.popup(false);
    this.renderRoot.querySelector<HTMLElement>('[part=button]')?.focus({ preventScroll: true });
    this.emit('acu-book-close');
  };

  private readonly onMessage = (event: MessageEvent) => {
    const frame = this.renderRoot.querySelector('iframe');
    if (!frame || event.source !== frame.contentWindow || event.origin !== new URL(frame.src).origin) return;
    const { completed } = PROVIDERS[this.providerName];
    if (event.data && typeof event.data === 'object' && completed?.(event.data)) {
      // One booking per opening: providers repeat their message, and a repeat must not count twice.
      removeEventListener('message', this.onMessage);
      this.emit('acu-book-complete');
      this.track('acu_book_complete');
    }
  };

  /**
   * The dismiss control vanishes with the button and focus would fall to
   * `<body>`: a note in the button's place in the page takes it, so a screen
   * reader confirms the button is gone and Tab goes on from where it was.
   */
  private readonly onDismiss = async () => {
    this.dismissed = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.note')!.focus();
  };

  /**
   * Whether the author wrote a label inside the element. Hand-written and
   * WordPress markup often leaves only a line break there, which would
   * displace a slot's fallback and leave the patient a nameless, blank button.
   */
  private get hasSlottedLabel(): boolean {
    return Boolean(visible(this.textContent) || this.querySelector('img[alt], [aria-label]'));
  }

  protected override render() {
    if (!this.url) return nothing;
    const strings = this.text(bookButtonStrings);
    const behaviour = this.behaviour;
    const href = this.target.href;
    const newTab = behaviour === 'new-tab';
    /*
     * Every link and frame sends at most this site's origin: never the page's
     * path or query, which can name a condition or carry a patient's email,
     * whatever the page's own referrer policy (even `unsafe-url`), and nothing
     * to a plain http page. The origin stays, as booking systems use it.
     */
    const button = html`<a
      part="button"
      class="button ${this.validVariant} ${this.validSize}"
      href=${href}
      referrerpolicy="strict-origin"
      target=${newTab ? '_blank' : nothing}
      rel=${newTab ? 'noopener' : nothing}
      aria-haspopup=${behaviour === 'popup' ? 'dialog' : nothing}
      @click=${this.onClick}
      ><slot @slotchange=${() => this.requestUpdate()}></slot>${this.hasSlottedLabel ? nothing : (visible(this.label) ? this.label : strings.label)}${newTab ? newTabIcon(strings.newTab) : nothing}</a
    >`;
    return html`${this.validMode === 'floating'
      ? html`<div class="floating" part="floating" ?hidden=${this.dismissed}>
          ${button}<button class="icon-button dismiss" part="dismiss" type="button" aria-label=${strings.dismiss} @click=${this.onDismiss}>
            ${closeIcon}
          </button>
        </div>${this.dismissed ? html`<p class="note" tabindex="-1">${strings.dismissed}</p>` : nothing}`
      : button}${behaviour === 'popup' ? this.renderDialog(strings, href) : nothing}`;
  }

  private renderDialog(strings: BookButtonStrings, href: string) {
    const frame = new URL(href);
    Object.entries(PROVIDERS[this.providerName].embed?.() ?? {}).forEach(([name, value]) => frame.searchParams.set(name, value));
    const clinic = this.clinic.name;
    // closedby="any": a click on the backdrop closes it too, as Calendly's and Cal.com's popups do.
    return html`<dialog part="dialog" aria-labelledby="title" closedby="any" @close=${this.onClose}>
      <div class="bar" part="dialog-header">
        <button class="icon-button close" part="close" type="button" aria-label=${strings.close} @click=${() => this.dialog!.close()}>
          ${closeIcon}
        </button>
        <p class="title" part="title" id="title">${clinic ? fill(strings.dialogTitle, clinic) : strings.label}</p>
        <a class="new-tab-link" part="new-tab-link" href=${href} referrerpolicy="strict-origin" target="_blank" rel="noopener" @click=${() => this.dialog!.close()}
          >${strings.openInNewTab}</a
        >
      </div>
      <iframe part="frame" title=${clinic ? fill(strings.frameTitle, clinic) : strings.booking} src=${frame.href} referrerpolicy="strict-origin" loading="lazy"></iframe>
    </dialog>`;
  }
}
