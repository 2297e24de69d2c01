/*
 * What each tag accepts in framework markup, in one place for every
 * framework's typings: attributes by their kebab-case names, the properties
 * that only make sense as properties (lists and objects), and the events.
 */
import type { BenefitInput, BenefitsLayout } from '../benefits/benefits.element.js';
import type { BookButtonMode, BookButtonSize, BookButtonVariant } from '../book-button/book-button.element.js';
import type { AcuBookButtonEventMap } from '../book-button/index.js';
import type { ProviderName } from '../book-button/providers.js';
import type { StepInput, TimelineOrientation } from '../timeline/timeline.element.js';
import type { CheckerConfig } from '../who-it-helps/checker-config.js';
import type { AcuWhoItHelpsEventMap } from '../who-it-helps/index.js';
import type { AcuBenefits, AcuBookButton, AcuClinic, AcuTimeline, AcuWhoItHelps } from '../index.js';

/** Each tag's element class. */
export interface AcuElements {
  'acu-clinic': AcuClinic;
  'acu-benefits': AcuBenefits;
  'acu-who-it-helps': AcuWhoItHelps;
  'acu-timeline': AcuTimeline;
  'acu-book-button': AcuBookButton;
}

/** A heading level: as a number from script, or as the attribute's text. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6 | '2' | '3' | '4' | '5' | '6';

interface SectionAttributes {
  /** The heading text; `""` hides it. */
  heading?: string;
  'heading-level'?: HeadingLevel;
}

export interface AcuClinicAttributes {
  name?: string;
  'booking-url'?: string;
  phone?: string;
  email?: string;
  locale?: string;
}

export interface AcuBenefitsAttributes extends SectionAttributes {
  layout?: BenefitsLayout;
  items?: BenefitInput[];
}

export interface AcuWhoItHelpsAttributes extends SectionAttributes {
  config?: Partial<CheckerConfig>;
}

export interface AcuTimelineAttributes extends SectionAttributes {
  orientation?: TimelineOrientation;
  current?: number | `${number}`;
  steps?: StepInput[];
}

export interface AcuBookButtonAttributes {
  href?: string;
  label?: string;
  mode?: BookButtonMode;
  provider?: ProviderName;
  variant?: BookButtonVariant;
  size?: BookButtonSize;
  'full-width'?: boolean;
  'utm-source'?: string;
  'utm-medium'?: string;
  'utm-campaign'?: string;
  'forward-params'?: string;
  datalayer?: boolean;
}

/** The events each tag fires; all bubble and cross shadow roots. */
export interface AcuEvents {
  'acu-clinic': Record<never, never>;
  'acu-benefits': Record<never, never>;
  'acu-timeline': Record<never, never>;
  'acu-who-it-helps': AcuWhoItHelpsEventMap;
  'acu-book-button': AcuBookButtonEventMap;
}

export interface AcuAttributes {
  'acu-clinic': AcuClinicAttributes;
  'acu-benefits': AcuBenefitsAttributes;
  'acu-who-it-helps': AcuWhoItHelpsAttributes;
  'acu-timeline': AcuTimelineAttributes;
  'acu-book-button': AcuBookButtonAttributes;
}
