/** One answer a visitor can pick. */
export interface CheckerOption {
  /** What the rules refer to; unique within its question. */
  value: string;
  /** The visible label. */
  label: string;
  /** On a checkbox question: ticking it clears the others, and ticking another clears it (a "None of these"). */
  exclusive?: boolean;
}

/** One step of the questionnaire. */
export interface CheckerQuestion {
  /** What the rules refer to; unique within the questionnaire. */
  id: string;
  /** The question: the step's heading and its fieldset's legend. */
  text: string;
  /** A line under the question, such as "Select all that apply." */
  hint?: string;
  /** Checkboxes (any number of answers) instead of radios (exactly one). */
  multiple?: boolean;
  options: CheckerOption[];
  /** Shown when the visitor continues without answering, such as "Select where your pain is". */
  error?: string;
}

/** One result the questionnaire can end on. */
export interface CheckerOutcome {
  title: string;
  /** Paragraphs: why, what a course of sessions looks like, what it combines with. */
  body: string[];
  /** Ends the questionnaire as soon as one of its rules matches, says "Urgent" in words, and shows no booking button. */
  urgent?: boolean;
}

/**
 * One row of the rule table. It matches when, for every question it names,
 * the visitor picked at least one of the listed values. A rule without
 * `when` matches everything: the catch-all that must end the table.
 */
export interface CheckerRule {
  when?: Record<string, string[]>;
  /** A key of `outcomes`. */
  outcome: string;
}

/**
 * Everything the checker asks and answers. Red flags come first: a rule must
 * send answers to the first question to an urgent outcome.
 */
export interface CheckerConfig {
  questions: CheckerQuestion[];
  /** Read top to bottom; the first rule that matches wins (urgent ones as soon as they match, see `decide`). */
  rules: CheckerRule[];
  outcomes: Record<string, CheckerOutcome>;
  /** Shown under every result: general information, not a diagnosis. */
  disclaimer: string;
}

/** The values picked, by question id. */
export type CheckerAnswers = Record<string, string[] | undefined>;

const RED_FLAGS = ['bladder', 'saddle', 'legs', 'fever', 'accident', 'chest'];

/** The built-in rule table; its question and outcome ids are those of the built-in content. */
export const defaultRules: CheckerRule[] = [
  { when: { flags: RED_FLAGS }, outcome: 'urgent' },
  { when: { where: ['other'] }, outcome: 'doctor' },
  { when: { cause: ['injury'], time: ['short'] }, outcome: 'doctor' },
  { when: { where: ['sciatica', 'disc'] }, outcome: 'may-help' },
  { when: { cause: ['desk', 'sport', 'age', 'stress', 'injury'], time: ['medium', 'long'] }, outcome: 'good-fit' },
  { outcome: 'may-help' },
];

/** The values picked for a question; own keys only, so a question id such as "constructor" finds no inherited function. */
export const picked = (answers: CheckerAnswers, id: string): string[] => (Object.hasOwn(answers, id) && answers[id]) || [];

const matches = (rule: CheckerRule, answers: CheckerAnswers) =>
  Object.entries(rule.when ?? {}).every(([id, accepted]) => picked(answers, id).some((value) => accepted.includes(value)));

/**
 * The outcome the answers so far lead to, or `undefined` to ask the next
 * question. Urgent rules are checked after every answer, wherever they sit in
 * the table, so a red flag ends the questionnaire at once and no other rule
 * can override it; the others are read once every question is answered. That
 * keeps "Question 2 of 4" true on every journey that is not urgent.
 */
export function decide({ rules, outcomes }: CheckerConfig, answers: CheckerAnswers, complete: boolean): string | undefined {
  const urgent = rules.filter((rule) => outcomes[rule.outcome].urgent);
  return (urgent.find((rule) => matches(rule, answers)) ?? (complete ? rules.find((rule) => matches(rule, answers)) : undefined))?.outcome;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
/** An optional field: absent, or of the given type. */
const optional = (value: unknown, type: 'string' | 'boolean') => value === undefined || typeof value === type;
const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * What is wrong with a complete config, one phrase per problem, for the site
 * author's console; empty when it is safe to use. Never throws, whatever the
 * shape of the input.
 */
export function configProblems(config: Partial<Record<keyof CheckerConfig, unknown>>): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
    return ok;
  };
  const { questions, rules, outcomes, disclaimer } = config;
  const values = new Map<string, string[]>();
  if (check(Array.isArray(questions) && questions.length > 0, '"questions" must be a non-empty array')) {
    (questions as Partial<CheckerQuestion>[]).forEach((question, index) => {
      const { id, text, options, hint, error, multiple } = question ?? {};
      const where = `question ${index + 1}`;
      if (!check(isText(id) && isText(text) && Array.isArray(options) && options.length > 1, `${where} needs an "id", a "text" and two or more "options"`)) return;
      check(optional(hint, 'string') && optional(error, 'string') && optional(multiple, 'boolean'), `${where}: "hint" and "error" must be text, "multiple" true or false`);
      const own = options!.map((option) =>
        isObject(option) && isText(option.value) && isText(option.label) && optional(option.exclusive, 'boolean') ? option.value : '',
      );
      check(!values.has(id!), `${where}: the id "${id}" is used twice`);
      check(own.every(Boolean) && new Set(own).size === own.length, `${where}: each option needs a "label" and a "value" of its own`);
      values.set(id!, own);
    });
  }
  const known = isObject(outcomes) ? outcomes : {};
  check(
    isObject(outcomes) &&
      Object.values(outcomes).every((o) => isObject(o) && isText(o.title) && Array.isArray(o.body) && o.body.every(isText) && optional(o.urgent, 'boolean')),
    '"outcomes" must map ids to {"title", "body": ["paragraph", ...], "urgent"?: true or false}',
  );
  check(isText(disclaimer), '"disclaimer" must be a non-empty string');
  if (!check(Array.isArray(rules) && rules.length > 0, '"rules" must be a non-empty array')) return problems;
  const table = rules as Partial<CheckerRule>[];
  table.forEach((rule, index) => {
    const where = `rule ${index + 1}`;
    check(isText(rule?.outcome) && Object.hasOwn(known, rule.outcome), `${where}: "outcome" must be one of the outcome ids`);
    const when: unknown = rule?.when ?? {};
    const valid = ([id, accepted]: [string, unknown]) =>
      Array.isArray(accepted) && accepted.length > 0 && accepted.every((value) => values.get(id)?.includes(value));
    check(isObject(when) && Object.entries(when).every(valid), `${where}: "when" must map question ids to lists of their option values`);
  });
  check(!Object.keys(table.at(-1)?.when ?? {}).length, 'the last rule must have no "when", so every journey has an outcome');
  const first = (questions as CheckerQuestion[] | undefined)?.[0]?.id;
  const urgent = (rule: Partial<CheckerRule>) =>
    isText(rule?.outcome) && Object.hasOwn(known, rule.outcome) && isObject(known[rule.outcome]) && (known[rule.outcome] as CheckerOutcome).urgent === true;
  check(!!first && table.some((rule) => urgent(rule) && isObject(rule.when) && Object.hasOwn(rule.when, first)), 'a rule must send answers to the first question (the red flags) to an "urgent" outcome');
  return problems;
}
