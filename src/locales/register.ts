import { benefitsStrings, type BenefitsStrings } from '../benefits/benefits.strings.js';
import { bookButtonStrings, type BookButtonStrings } from '../book-button/book-button.strings.js';
import { timelineStrings, type TimelineStrings } from '../timeline/timeline.strings.js';
import { emergencyNumbers, moreEmergencyNumbers } from '../who-it-helps/emergency-numbers.js';
import { whoItHelpsStrings, type WhoItHelpsStrings } from '../who-it-helps/who-it-helps.strings.js';

/**
 * Every built-in text of every element in one language. Each field is the
 * element's full strings type, so a language missing a key does not compile.
 */
export interface Locale {
  benefits: BenefitsStrings;
  timeline: TimelineStrings;
  whoItHelps: WhoItHelpsStrings;
  bookButton: BookButtonStrings;
}

/** The language modules' tags, as `stringsFor` looks them up (lower case), and as the per-language files are named. */
export const LANGUAGES = { es: 'es', fr: 'fr', de: 'de', pt: 'pt', 'zh-hans': 'zh-Hans' } as const;

/**
 * Adds a language to every element's string table, and the emergency numbers
 * of the regions where the built-in languages are spoken. Runs when a
 * language module is imported, before any element renders (the language
 * builds import it ahead of the elements).
 */
export function register(tag: keyof typeof LANGUAGES, { benefits, timeline, whoItHelps, bookButton }: Locale): void {
  benefitsStrings[tag] = benefits;
  timelineStrings[tag] = timeline;
  whoItHelpsStrings[tag] = whoItHelps;
  bookButtonStrings[tag] = bookButton;
  Object.assign(emergencyNumbers, moreEmergencyNumbers);
}
