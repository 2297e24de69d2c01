import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import { clinicContext, type ClinicDetails } from './clinic-context.js';
import { VERSION } from './version.js';

/**
 * What every widget shares: its version for the registration guard, and the
 * details of the enclosing `<acu-clinic>`, if any.
 */
export class AcuElement extends LitElement {
  static version = VERSION;

  private readonly clinicConsumer = new ContextConsumer(this, { context: clinicContext, subscribe: true });

  /** The enclosing clinic's details; empty outside any `<acu-clinic>`. */
  protected get clinic(): ClinicDetails {
    return this.clinicConsumer.value ?? {};
  }

  /** The element's own `lang`, else the clinic's `locale`, else English. */
  protected get locale(): string {
    return this.lang || this.clinic.locale || 'en';
  }
}
