import { ContextConsumer } from '@lit/context';
import type { PropertyDeclarations } from 'lit';
import { AcuBaseElement } from './acu-base.js';
import { clinicContext, unanswered, type ClinicDetails } from './clinic-context.js';
import { jsonAttribute } from './json-attribute.js';
import { localize, readOverrides, type StringTable } from './strings.js';

/** What every widget shares: the details of the enclosing `<acu-clinic>`, if any, its language and the author's own strings. */
export class AcuElement extends AcuBaseElement {
  static override properties: PropertyDeclarations = {
    strings: { converter: jsonAttribute },
  };

  /**
   * Replaces built-in texts, by key, as a property or a JSON attribute:
   * `{"heading": "…", "continue": "…"}` (the text keys of the element's
   * `*Strings` type; `{0}` in a text stands for a number or name). For a
   * clinic's own wording, or a language not built in.
   */
  declare strings?: Record<string, string>;

  private readonly clinicConsumer = new ContextConsumer(this, {
    context: clinicContext,
    subscribe: true,
    callback: () => {
      this.answered = true;
      unanswered.delete(this);
    },
  });

  /** Whether a clinic answered since the widget was last connected. */
  private answered = false;

  /** The element holding the rendered content, inside the shadow root: it carries the content's `lang`. */
  private box!: HTMLElement;
  /** The `strings` value last read, and what of it is used. */
  private seen?: unknown;
  private own?: object;

  override connectedCallback(): void {
    this.answered = false;
    super.connectedCallback();
    if (!this.answered) unanswered.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unanswered.delete(this);
  }

  /** Asks for the enclosing clinic's details again: a clinic was just upgraded. */
  askClinic(): void {
    this.clinicConsumer.hostConnected();
  }

  /** The enclosing clinic's details; empty outside any `<acu-clinic>`. */
  protected get clinic(): ClinicDetails {
    return this.clinicConsumer.value ?? {};
  }

  /** The element's own `lang`, else the clinic's `locale`, else English. */
  protected get locale(): string {
    return this.lang || this.clinic.locale || 'en';
  }

  protected override createRenderRoot() {
    return (this.box = super.createRenderRoot().appendChild(document.createElement('div')));
  }

  /** The texts to show from `table`: built in for the locale, with the author's `strings` over them; marks their language on the content. */
  protected text<T extends object>(table: StringTable<T>): T {
    if (!Object.is(this.strings, this.seen)) this.own = readOverrides(this, table.en, (this.seen = this.strings));
    return localize(this, this.box, table, this.lang || this.clinic.locale, this.own as Partial<T>);
  }
}
