import { define } from '../shared/define.js';
import { AcuWhoItHelps, type CheckerCompleteDetail } from './who-it-helps.element.js';

export { AcuWhoItHelps };
export type { CheckerCompleteDetail } from './who-it-helps.element.js';
export type { CheckerAnswers, CheckerConfig, CheckerOption, CheckerOutcome, CheckerQuestion, CheckerRule } from './checker-config.js';

define('acu-who-it-helps', AcuWhoItHelps);

/** The checker's events. They bubble and cross shadow roots, so the document and window hear them too. */
export interface AcuWhoItHelpsEventMap {
  'acu-checker-complete': CustomEvent<CheckerCompleteDetail>;
}

/* eslint-disable @typescript-eslint/no-empty-object-type -- interfaces merged into the DOM's own event maps */
declare global {
  interface HTMLElementTagNameMap {
    'acu-who-it-helps': AcuWhoItHelps;
  }
  interface HTMLElementEventMap extends AcuWhoItHelpsEventMap {}
  interface DocumentEventMap extends AcuWhoItHelpsEventMap {}
  interface WindowEventMap extends AcuWhoItHelpsEventMap {}
}
