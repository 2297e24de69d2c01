import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import '../book-button/index.js';
import { AcuSectionElement } from '../shared/heading.js';
import { InvalidJson, jsonAttribute } from '../shared/json-attribute.js';
import { reportBadInput } from '../shared/report.js';
import { fill, regionOf } from '../shared/strings.js';
import { tokens } from '../shared/tokens.styles.js';
import { configProblems, decide, defaultRules, picked, type CheckerAnswers, type CheckerConfig, type CheckerQuestion } from './checker-config.js';
import { emergencyNumbers } from './emergency-numbers.js';
import { whoItHelpsStrings, type WhoItHelpsStrings } from './who-it-helps.strings.js';
import { whoItHelpsStyles } from './who-it-helps.styles.js';

/** The `detail` of `acu-checker-complete`: the outcome's id, never the answers. */
export interface CheckerCompleteDetail {
  outcome: string;
}

/**
 * A short "who it helps" questionnaire for back pain, one question at a time:
 * red flags first (any of them ends in an urgent "get medical help now"
 * result, with no booking button), then where the pain is, what it sounds
 * like and how long it has lasted. The result explains itself, offers a
 * booking button that uses the enclosing `<acu-clinic>`, and ends with a
 * disclaimer and "Start again".
 *
 * It follows the GOV.UK question pages: the question is the fieldset's legend
 * and heading, native radios and checkboxes, nothing pre-selected, an error
 * summary linked to the field. Focus moves to each new question's heading and
 * to the result's heading.
 *
 * Private by design: no network request, no cookie, no storage, nothing in the
 * URL. The only thing that leaves the element is `acu-checker-complete`,
 * carrying the outcome's id.
 *
 * @tagname acu-who-it-helps
 * @summary A private, accessible questionnaire that says whether people in the visitor's situation commonly try acupuncture, or to see a doctor first.
 *
 * @csspart heading - The widget's heading.
 * @csspart intro - The line under the heading while questions are asked.
 * @csspart error-summary - The "There is a problem" box shown when continuing without an answer.
 * @csspart summary-title - The error summary's heading.
 * @csspart fieldset - The fieldset of the current question.
 * @csspart question - The question's heading, inside the fieldset's legend.
 * @csspart counter - "Question 2 of 4", inside the question's heading.
 * @csspart hint - The hint under a question.
 * @csspart error - The error message under the question.
 * @csspart option - One answer: its input and label.
 * @csspart button - Every button: Continue, Back and Start again.
 * @csspart continue - The Continue button (it also has the `button` part).
 * @csspart result - The result card.
 * @csspart urgent - The result card of an urgent outcome (it also has the `result` part).
 * @csspart result-heading - The result's heading.
 * @csspart book-button - The `<acu-book-button>` on a result that is not urgent.
 * @csspart disclaimer - The disclaimer under every result.
 *
 * @cssprop [--acu-color-accent=#0b6b61] - The Continue button, the ticks and the result card's edge.
 * @cssprop [--acu-color-on-accent=#ffffff] - Text on the Continue button.
 * @cssprop [--acu-color-border=color-mix(in srgb, currentColor 22%, transparent)] - Border of the result card and the Back button.
 * @cssprop [--acu-color-surface=color-mix(in srgb, currentColor 4%, transparent)] - Background of the result card.
 * @cssprop [--acu-color-muted=currentColor] - Hints, the counter and the disclaimer.
 * @cssprop [--acu-color-danger=#b42318] - Errors and the urgent result (the default is mixed 40 % with the text colour, for contrast on any page).
 * @cssprop [--acu-color-focus=#1d4ed8] - Focus ring.
 * @cssprop [--acu-radius=0.75em] - Corner radius of the cards and buttons.
 * @cssprop [--acu-space=1em] - Base spacing.
 * @cssprop [--acu-heading-font=inherit] - Font family of the headings.
 *
 * @fires {CustomEvent<CheckerCompleteDetail>} acu-checker-complete - A result is shown. Bubbles and crosses shadow roots; `detail.outcome` is the outcome's id (`urgent`, `good-fit`, `may-help`, `doctor` by default), never the answers.
 */
export class AcuWhoItHelps extends AcuSectionElement {
  static override properties: PropertyDeclarations = {
    config: { converter: jsonAttribute },
    // `attribute: false` too, because the manifest analyzer does not know that state has none.
    step: { state: true, attribute: false },
    answers: { state: true, attribute: false },
    outcome: { state: true, attribute: false },
    invalid: { state: true, attribute: false },
  };

  static override styles = [tokens, whoItHelpsStyles];

  /**
   * Replaces the built-in questionnaire, as a property or a JSON attribute:
   * `{questions, rules, outcomes, disclaimer}` (see `CheckerConfig`). Each
   * field given replaces the built-in one, so `{"disclaimer": "..."}` alone
   * changes only the disclaimer. A config with any problem is reported with
   * `console.error` and the built-in questionnaire is used.
   */
  declare config?: Partial<CheckerConfig>;

  declare private step: number;
  declare private answers: CheckerAnswers;
  declare private outcome?: string;
  declare private invalid: boolean;

  /** The validated `config` merged over the defaults, or `undefined` for the defaults. */
  private custom?: CheckerConfig;
  private reportedNoBooking = false;

  /** Whether the clinic gave any way to book; a booking button without one would show nothing but an error. */
  private get canBook(): boolean {
    const { bookingUrl, phone, email } = this.clinic;
    return Boolean(bookingUrl || phone || email);
  }

  /** What to focus once the next render is on screen; nothing on first render, so the page keeps its focus. */
  private focusAfterRender?: string;

  constructor() {
    super();
    this.step = 0;
    this.answers = {};
    this.invalid = false;
  }

  private get texts(): WhoItHelpsStrings {
    return this.text(whoItHelpsStrings);
  }

  private get active(): CheckerConfig {
    return this.custom ?? { ...this.texts.content, rules: defaultRules };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('config')) {
      this.custom = this.readConfig();
      this.restart(false);
    }
  }

  private readConfig(): CheckerConfig | undefined {
    const given: unknown = this.config;
    if (given === undefined || given === null) return undefined;
    const merged = { ...this.texts.content, rules: defaultRules, ...(given as object) };
    const problems =
      given instanceof InvalidJson
        ? ['is not valid JSON']
        : typeof given !== 'object' || Array.isArray(given)
          ? ['must be an object with "questions", "rules", "outcomes" or "disclaimer"']
          : configProblems(merged);
    if (!problems.length) return merged as CheckerConfig;
    reportBadInput(this, 'config', `${problems.join('; ')}. Using the built-in questions.`, 'error');
    return undefined;
  }

  /** Focuses `selector` once the next render is on screen, even if nothing else changes (Continue pressed twice without an answer). */
  private focusSoon(selector: string): void {
    this.focusAfterRender = selector;
    this.requestUpdate();
  }

  protected override updated(): void {
    const target = this.focusAfterRender ? this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender) : null;
    this.focusAfterRender = undefined;
    target?.focus();
  }

  /** Clears the answers and goes back to the first question; `focus` moves focus to it, as the "Start again" button does. */
  restart(focus = true): void {
    this.step = 0;
    this.answers = {};
    this.outcome = undefined;
    this.invalid = false;
    if (focus) this.focusSoon('.question');
  }

  private get question(): CheckerQuestion {
    return this.active.questions[this.step];
  }

  /** Keeps the answer in step with the inputs, clearing the others when an exclusive box ("None of these") is ticked, and that box when another is. */
  private pick(event: Event): void {
    const { value, checked } = event.target as HTMLInputElement;
    const { id, multiple, options } = this.question;
    const exclusive = (choice: string) => options.some((option) => option.value === choice && option.exclusive);
    const others = picked(this.answers, id).filter((choice) => choice !== value && !(checked && (exclusive(value) || exclusive(choice))));
    this.answers = { ...this.answers, [id]: !multiple ? [value] : checked ? [...others, value] : others };
  }

  private async next(): Promise<void> {
    // An answer picked in the same task (a script clicking fast) must be drawn first: the inputs
    // are reused by the next question, and an undrawn tick would stay on its neighbour.
    if (this.isUpdatePending) await this.updateComplete;
    const config = this.active;
    if (!picked(this.answers, this.question.id).length) {
      this.invalid = true;
      this.focusSoon('.summary');
      return;
    }
    this.invalid = false;
    // Answers to later questions, kept from before going Back, must not count yet.
    const known = Object.fromEntries(config.questions.slice(0, this.step + 1).map(({ id }) => [id, picked(this.answers, id)]));
    const outcome = decide(config, known, this.step === config.questions.length - 1);
    if (outcome) {
      this.outcome = outcome;
      if (!config.outcomes[outcome].urgent && !this.canBook && !this.reportedNoBooking) {
        this.reportedNoBooking = true;
        reportBadInput(this, 'booking', 'no enclosing <acu-clinic> gives a booking URL, phone or email: no booking button on results.');
      }
      this.focusSoon('.result-heading');
      this.dispatchEvent(new CustomEvent<CheckerCompleteDetail>('acu-checker-complete', { bubbles: true, composed: true, detail: { outcome } }));
    } else {
      this.step++;
      this.focusSoon('.question');
    }
  }

  /** From a result, back to the question that decided it, answers kept; from a question, to the one before. */
  private back(): void {
    if (this.outcome) this.outcome = undefined;
    else this.step--;
    this.invalid = false;
    this.focusSoon('.question');
  }

  /** The error summary's link: focus the first answer with its legend in view, and keep the URL untouched. */
  private focusField(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector('legend')?.scrollIntoView();
    this.renderRoot.querySelector('input')?.focus({ preventScroll: true });
  }

  /**
   * A heading for a question, the error summary or the result, one level
   * below the widget's heading (at its level when it is hidden), focusable by
   * script so that each step can announce itself.
   */
  protected override render() {
    const strings = this.texts;
    return html`${this.renderHeading(strings.heading)}${this.outcome ? this.renderResult(strings) : this.renderQuestion(strings)}`;
  }

  private renderQuestion(strings: WhoItHelpsStrings) {
    const { questions } = this.active;
    const { id, text, hint, multiple, options, error = strings.required } = this.question;
    const chosen = picked(this.answers, id);
    const describedBy = [hint && 'hint', this.invalid && 'error'].filter(Boolean).join(' ');
    return html`
      <p class="intro" part="intro">${strings.intro}</p>
      ${this.invalid
        ? html`<div class="summary" part="error-summary" tabindex="-1">
            <div role="alert">
              ${this.renderSubheading(strings.heading, 'summary-title', strings.problem)}
              <ul role="list"><li><a href="#a0" @click=${this.focusField}>${error}</a></li></ul>
            </div>
          </div>`
        : nothing}
      <fieldset class="fieldset ${this.invalid ? 'invalid' : ''}" part="fieldset" aria-describedby=${describedBy || nothing}>
        <legend>
          ${this.renderSubheading(strings.heading, 'question', html`<span class="counter" part="counter">${fill(strings.counter, this.step + 1, questions.length)}</span> ${text}`)}
        </legend>
        ${hint ? html`<p class="hint" part="hint" id="hint">${hint}</p>` : nothing}
        ${this.invalid ? html`<p class="error" part="error" id="error"><span class="visually-hidden">${strings.errorPrefix}</span> ${error}</p>` : nothing}
        ${options.map(
          (option, index) => html`${option.exclusive ? html`<p class="or">${strings.or}</p>` : nothing}
            <div class="option" part="option">
              <input
                id="a${index}"
                type=${multiple ? 'checkbox' : 'radio'}
                name="answer"
                .value=${option.value}
                .checked=${chosen.includes(option.value)}
                @change=${this.pick}
              /><label for="a${index}">${option.label}</label>
            </div>`,
        )}
      </fieldset>
      <div class="actions">
        <button type="button" class="continue" part="button continue" @click=${this.next}>${strings.continue}</button>
        ${this.step ? html`<button type="button" part="button" @click=${this.back}>${strings.back}</button>` : nothing}
      </div>
    `;
  }

  private renderResult(strings: WhoItHelpsStrings) {
    const { outcomes, disclaimer } = this.active;
    const outcome = outcomes[this.outcome!];
    const { title, body, urgent } = outcome;
    // The built-in urgent result names the numbers to call where the locale gives a region we know.
    // A region is two letters, a name no Object.prototype member has.
    const numbers = urgent && outcome == strings.content.outcomes[this.outcome!] && emergencyNumbers[regionOf(this.locale)];
    return html`<section class="result ${urgent ? 'urgent' : ''}" part="result ${urgent ? 'urgent' : ''}" aria-labelledby="result-heading">
      ${this.renderSubheading(strings.heading, 'result-heading', html`${urgent ? html`<span class="tag">${strings.urgent}</span> ` : nothing}${title}`)}
      ${(numbers ? [fill(strings.call, numbers.join(` ${strings.or} `)), ...body.slice(1)] : body).map((paragraph) => html`<p>${paragraph}</p>`)}
      ${urgent || !this.canBook ? nothing : html`<acu-book-button part="book-button"></acu-book-button>`}
      <p class="disclaimer" part="disclaimer">${disclaimer}</p>
      <div class="actions">
        <button type="button" part="button" @click=${() => this.restart()}>${strings.restart}</button>
        <button type="button" part="button" @click=${this.back}>${strings.back}</button>
      </div>
    </section>`;
  }
}
