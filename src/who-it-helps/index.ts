import { define } from '../shared/define.js';
import { AcuWhoItHelps, type CheckerCompleteDetail } from './who-it-helps.element.js';

export { AcuWhoItHelps };
export type { CheckerCompleteDetail } from './who-it-helps.element.js';
export type { CheckerAnswers, CheckerConfig, CheckerOption, CheckerOutcome, CheckerQuestion, CheckerRule } from './checker-config.js';

define('acu-who-it-helps', AcuWhoItHelps);

declare global {
  interface HTMLElementTagNameMap {
    'acu-who-it-helps': AcuWhoItHelps;
  }
  interface HTMLElementEventMap {
    'acu-checker-complete': CustomEvent<CheckerCompleteDetail>;
  }
}
