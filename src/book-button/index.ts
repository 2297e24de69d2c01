import { define } from '../shared/define.js';
import { AcuBookButton, type BookButtonEventDetail } from './book-button.element.js';

export { AcuBookButton };
export type { BookButtonEventDetail, BookButtonMode, BookButtonSize, BookButtonVariant } from './book-button.element.js';
export type { ProviderName } from './providers.js';

define('acu-book-button', AcuBookButton);

declare global {
  interface HTMLElementTagNameMap {
    'acu-book-button': AcuBookButton;
  }

  interface HTMLElementEventMap {
    'acu-book-click': CustomEvent<BookButtonEventDetail>;
    'acu-book-open': CustomEvent<BookButtonEventDetail>;
    'acu-book-close': CustomEvent<BookButtonEventDetail>;
    'acu-book-complete': CustomEvent<BookButtonEventDetail>;
  }
}
