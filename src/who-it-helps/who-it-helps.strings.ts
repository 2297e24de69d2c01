import type { StringTable } from '../shared/strings.js';
import type { CheckerConfig } from './checker-config.js';

export interface WhoItHelpsStrings {
  heading: string;
  /** Under the heading while questions are asked; says that answers stay private. */
  intro: string;
  /** `{0}` is the question's number, `{1}` how many there are. */
  counter: string;
  continue: string;
  back: string;
  restart: string;
  /** The error summary's title. */
  problem: string;
  /** Read before an inline error by screen readers. */
  errorPrefix: string;
  /** For a question whose config gives no `error`. */
  required: string;
  /** Between the other checkboxes and an exclusive one. */
  or: string;
  /** Starts an urgent result's heading, so urgency is said in words and not by colour alone. */
  urgent: string;
  /**
   * Replaces the built-in urgent result's first paragraph where the locale
   * names a region whose numbers are known (`emergency-numbers.ts`); `{0}` is
   * those numbers, such as "999 or NHS 111".
   */
  call: string;
  /** The built-in questions, outcomes and disclaimer (the rules are in `checker-config.ts`). */
  content: Omit<CheckerConfig, 'rules'>;
}

const COURSE =
  'A course usually starts with a consultation, then a session a week or so. Pain that has lasted a long time often needs several sessions; your practitioner will review how you feel as you go.';
const COMBINE = 'Acupuncture can be combined with physiotherapy, chiropractic care or massage, and with the exercise and advice your doctor gives.';

/*
 * General information, never a diagnosis or a promise: "may help", "many
 * people try"; see "Health content" in the design notes. The red flags are
 * the usual signs that back pain needs a doctor straight away.
 */
export const whoItHelpsStrings: StringTable<WhoItHelpsStrings> = {
  en: {
    heading: 'Could acupuncture help your back?',
    intro: 'Answer a few short questions. Your answers stay on this device: they are not sent or saved.',
    counter: 'Question {0} of {1}',
    continue: 'Continue',
    back: 'Back',
    restart: 'Start again',
    problem: 'There is a problem',
    errorPrefix: 'Error:',
    required: 'Select an answer',
    or: 'or',
    urgent: 'Urgent:',
    call: 'What you selected can be a sign of a problem that needs a doctor straight away. Call {0} now. Do not wait to see if it gets better.',
    content: {
      questions: [
        {
          id: 'flags',
          text: 'Do any of these apply to you?',
          hint: 'Select all that apply.',
          multiple: true,
          error: 'Select the ones that apply to you, or select "None of these"',
          options: [
            { value: 'bladder', label: 'Loss of bladder or bowel control, or difficulty peeing' },
            { value: 'saddle', label: 'Numbness or tingling around your genitals, buttocks or anus' },
            { value: 'legs', label: 'Numbness, tingling or weakness in both legs, or that is getting worse' },
            { value: 'fever', label: 'A fever, or losing weight without trying' },
            { value: 'accident', label: 'Back pain that started after a serious fall or accident' },
            { value: 'chest', label: 'Chest pain' },
            { value: 'none', label: 'None of these', exclusive: true },
          ],
        },
        {
          id: 'where',
          text: 'Where is your pain?',
          error: 'Select where your pain is',
          options: [
            { value: 'lower', label: 'Lower back' },
            { value: 'upper', label: 'Upper back or tension in the shoulders' },
            { value: 'sciatica', label: 'Pain spreading down a leg (sciatica)' },
            { value: 'disc', label: 'A herniated (slipped) disc a doctor has diagnosed' },
            { value: 'other', label: 'Somewhere else' },
          ],
        },
        {
          id: 'cause',
          text: 'Which sounds most like you?',
          error: 'Select the one that sounds most like you',
          options: [
            { value: 'desk', label: 'Office work or posture' },
            { value: 'sport', label: 'A muscle strain from sport or exercise' },
            { value: 'age', label: 'Age-related changes in the spine' },
            { value: 'stress', label: 'Stress and tension' },
            { value: 'injury', label: 'Recovering from a back injury' },
            { value: 'none', label: 'None of these' },
          ],
        },
        {
          id: 'time',
          text: 'How long have you had this pain?',
          error: 'Select how long you have had this pain',
          options: [
            { value: 'short', label: 'Less than 6 weeks' },
            { value: 'medium', label: '6 to 12 weeks' },
            { value: 'long', label: 'More than 12 weeks' },
          ],
        },
      ],
      outcomes: {
        urgent: {
          title: 'Get medical help now',
          urgent: true,
          body: [
            'What you selected can be a sign of a problem that needs a doctor straight away. Call your local emergency number, or contact an urgent doctor today. Do not wait to see if it gets better.',
            'Acupuncture is not the right first step. Once a doctor has checked you, you are welcome to ask them about it.',
          ],
        },
        'good-fit': {
          title: 'Many people with pain like yours try acupuncture',
          body: [
            'Back pain that has lasted a few weeks or more, from posture, strain, stress or wear, is one of the most common reasons people come. It may ease pain and muscle tension for a while and help you move more freely.',
            COURSE,
            COMBINE,
          ],
        },
        'may-help': {
          title: 'Acupuncture may help, alongside other care',
          body: [
            'Some people with pain like yours try acupuncture, and how much it helps varies. At a first visit your practitioner asks about your symptoms and any diagnosis, and tells you honestly whether it is worth trying.',
            COURSE,
            COMBINE,
          ],
        },
        doctor: {
          title: 'Talk to a doctor first',
          body: [
            'Pain after a recent injury, or pain outside your back, is best checked by a doctor or physiotherapist first, to find the cause and rule out anything that needs other treatment. If they agree, acupuncture may then help.',
            COURSE,
            COMBINE,
          ],
        },
      },
      disclaimer: 'This is general information, not a diagnosis or medical advice. Everyone is different and results vary. If you are worried, talk to a doctor.',
    },
  },
};
