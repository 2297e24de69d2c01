import { define } from '../shared/define.js';
import { AcuBenefits } from './benefits.element.js';

export { AcuBenefits };
export type { BenefitInput, BenefitsLayout } from './benefits.element.js';
export type { Benefit } from './benefits.strings.js';

define('acu-benefits', AcuBenefits);

declare global {
  interface HTMLElementTagNameMap {
    'acu-benefits': AcuBenefits;
  }
}
