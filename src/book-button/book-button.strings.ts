import type { StringTable } from '../shared/strings.js';

export interface BookButtonStrings {
  label: string;
  /** Said after the label by screen readers when the link opens a new tab. */
  newTab: string;
  close: string;
  openInNewTab: string;
  dismiss: string;
  /** Focused in the floating button's place once it is dismissed. */
  dismissed: string;
  /** The dialog's and the booking frame's accessible names. */
  dialogTitle: (clinic?: string) => string;
  frameTitle: (clinic?: string) => string;
}

export const bookButtonStrings: StringTable<BookButtonStrings> = {
  en: {
    label: 'Book an appointment',
    newTab: '(opens in a new tab)',
    close: 'Close',
    openInNewTab: 'Open in a new tab',
    dismiss: 'Hide the booking button',
    dismissed: 'Booking button hidden',
    dialogTitle: (clinic) => (clinic ? `Book an appointment with ${clinic}` : 'Book an appointment'),
    frameTitle: (clinic) => (clinic ? `Online booking for ${clinic}` : 'Online booking'),
  },
};
