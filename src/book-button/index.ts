import { define } from '../shared/define.js';
import { AcuBookButton } from './book-button.element.js';

export { AcuBookButton };
export type { BookButtonMode, BookButtonSize, BookButtonVariant } from './book-button.element.js';

define('acu-book-button', AcuBookButton);

declare global {
  interface HTMLElementTagNameMap {
    'acu-book-button': AcuBookButton;
  }
}
