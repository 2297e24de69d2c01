import { ContextConsumer } from '@lit/context';
import { AcuBaseElement } from './acu-base.js';
import { clinicContext, type ClinicDetails } from './clinic-context.js';

/** What every widget shares: the details of the enclosing `<acu-clinic>`, if any. */
export class AcuElement extends AcuBaseElement {
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
