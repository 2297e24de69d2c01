import { define } from '../shared/define.js';
import { AcuClinic } from './clinic.element.js';

export { AcuClinic };

define('acu-clinic', AcuClinic);

declare global {
  interface HTMLElementTagNameMap {
    'acu-clinic': AcuClinic;
  }
}
