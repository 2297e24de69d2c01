import { createContext } from '@lit/context';

/** What `<acu-clinic>` shares with every widget inside it. */
export interface ClinicDetails {
  name?: string;
  bookingUrl?: string;
  phone?: string;
  email?: string;
  locale?: string;
}

/**
 * A string key, not a Symbol: two copies of the library on one page (or two
 * versions) must still find each other's provider.
 */
export const clinicContext = createContext<ClinicDetails>('acu-widgets:clinic');

/**
 * Widgets connected while no <acu-clinic> answered them: their clinic may
 * only be upgraded later (its definition loaded after theirs), and then asks
 * them to request again, so definition order never matters. A widget leaves
 * the set once answered or disconnected, so widgets that live outside any
 * clinic and go leave nothing behind (unlike @lit/context's ContextRoot,
 * which keeps every unanswered request for good).
 */
export const unanswered = new Set<{ askClinic(): void }>();
