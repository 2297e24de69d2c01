import type { StringTable } from '../shared/strings.js';

/** One benefit: a short title and one sentence. */
export interface Benefit {
  title: string;
  text: string;
}

export interface BenefitsStrings {
  heading: string;
  benefits: Benefit[];
}

/*
 * Worded as general information ("may help", "many people"), never as a cure
 * or a promise: see "Health content" in the design notes.
 */
export const benefitsStrings: StringTable<BenefitsStrings> = {
  en: {
    heading: 'How acupuncture may help your back',
    benefits: [
      {
        title: 'Relief from pain',
        text: 'Many people try acupuncture for short-term relief from both recent and long-term back pain.',
      },
      {
        title: 'Less muscle tension',
        text: 'It may help tight muscles relax and ease painful spasms.',
      },
      {
        title: 'Easier movement',
        text: 'Some people find they can bend, turn and get about more freely afterwards.',
      },
      {
        title: 'Less reliance on painkillers',
        text: 'Some people find they need fewer pain medicines; always talk to your doctor before changing any medicine.',
      },
      {
        title: 'More comfortable posture',
        text: 'Alongside advice on movement and exercise, it may help you sit and stand more comfortably.',
      },
      {
        title: 'Energy and relaxation',
        text: 'Sessions are calm and quiet, and many people say they feel more relaxed and sleep better.',
      },
    ],
  },
};
