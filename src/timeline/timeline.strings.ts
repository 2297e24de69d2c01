import type { StringTable } from '../shared/strings.js';

/** One step: a short title, one or two sentences and, if useful, how long it takes. */
export interface Step {
  title: string;
  text: string;
  duration?: string;
}

export interface TimelineStrings {
  heading: string;
  steps: Step[];
}

/*
 * A first visit as most clinics run it, in general terms ("usually", "most
 * people"), with no promise about results: see "Health content" in the
 * design notes.
 */
export const timelineStrings: StringTable<TimelineStrings> = {
  en: {
    heading: 'What to expect at your first session',
    steps: [
      {
        title: 'A detailed conversation',
        text: 'Your practitioner usually starts by asking about your health history, your daily life and the symptoms that bother you.',
      },
      {
        title: 'A plan made for you',
        text: 'From what you share, they suggest a treatment plan suited to you and explain what it involves.',
      },
      {
        title: 'Fine needles are placed',
        text: 'You lie comfortably while sterile, hair-thin needles are placed at chosen points. Most people feel little or no discomfort.',
      },
      {
        title: 'Time to rest',
        text: 'The needles usually stay in place while you rest. Many people feel relaxed, warm or even sleepy.',
        duration: 'About 20 to 40 minutes',
      },
      {
        title: 'Follow-up sessions',
        text: 'For long-term pain, several sessions are usually suggested. Your practitioner adjusts the plan to how you respond.',
      },
    ],
  },
};
