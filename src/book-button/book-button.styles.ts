import { css } from 'lit';

/*
 * The dialog takes the page's text colour, on white behind dark text and
 * black behind light text (browsers without relative colours keep Canvas).
 * The dialog goes full screen on phones (and short landscape screens), with
 * its padding clear of notches and the home indicator. The floating button's
 * end-side safe area follows the writing direction.
 */
export const bookButtonStyles = css`
  :host {
    display: inline-block;
  }

  :host([full-width]) {
    display: block;
  }

  /* A line break an editor left around the label would push it off-centre. */
  ::slotted(br) {
    display: none;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-width: max(44px, 2.75em);
    min-height: max(44px, 2.75em);
    padding: 0.625em 1.25em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }

  @media (prefers-reduced-motion: no-preference) {
    .button {
      transition: background-color 0.15s, color 0.15s;
    }
  }

  :host([full-width]) .button {
    width: 100%;
  }

  .button:hover {
    background: color-mix(in srgb, var(--_accent) 85%, black);
  }

  .secondary {
    border-color: transparent;
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
  }

  .secondary,
  .outline {
    color: var(--_accent-text);
  }

  .outline {
    background: transparent;
  }

  .secondary:hover,
  .outline:hover {
    background: color-mix(in srgb, var(--_accent) 22%, transparent);
  }

  .small {
    padding: 0.375em 0.875em;
    font-size: 0.875em;
  }

  .large {
    min-height: 3.5em;
    padding: 0.75em 1.75em;
    font-size: 1.125em;
  }

  .floating {
    position: fixed;
    z-index: 2147483000;
    inset-block-end: calc(var(--_space) + env(safe-area-inset-bottom, 0px));
    inset-inline-end: calc(var(--_space) + var(--_safe-end));
    display: flex;
    align-items: center;
    gap: 0.25em;
    --_safe-end: env(safe-area-inset-right, 0px);
  }

  :host(:dir(rtl)) .floating {
    --_safe-end: env(safe-area-inset-left, 0px);
  }

  .floating[hidden] {
    display: none;
  }

  /* Read by screen readers when focused after a dismiss; never seen, and fixed so focusing it scrolls nothing. */
  .note {
    position: fixed;
    clip-path: inset(50%);
  }

  .floating .button {
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.25);
  }

  .icon-button {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: max(44px, 2.75em);
    height: max(44px, 2.75em);
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }

  .dismiss {
    background: Canvas;
    color: CanvasText;
    box-shadow: 0 0.125em 0.5em rgb(0 0 0 / 0.25);
  }

  dialog {
    width: min(56em, 100% - 2em);
    height: min(48em, 100dvh - 2em);
    max-width: none;
    max-height: none;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    overflow: hidden;
    color: inherit;
    background: Canvas;
    background: oklch(from currentColor round(1 - l, 1) 0 0);
  }

  dialog[open] {
    display: flex;
    flex-direction: column;
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }

  .bar {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.25em 0.75em 0.25em 0.25em;
    border-block-end: 1px solid var(--_border);
  }

  .title {
    flex: 1;
    min-width: 0;
    font-size: 0.9375em;
    font-weight: 600;
    line-height: 1.25;
    text-wrap: balance;
  }

  .new-tab-link {
    max-width: 6.5em;
    padding: 0.5em 0;
    color: inherit;
    font-size: 0.9375em;
    line-height: 1.25;
    text-align: end;
    text-wrap: balance;
  }

  iframe {
    flex: 1;
    width: 100%;
    border: 0;
  }

  @media (max-width: 40rem), (max-height: 30rem) {
    dialog {
      width: 100%;
      height: 100dvh;
      margin: 0;
      border-radius: 0;
      padding: env(safe-area-inset-top, 0px) env(safe-area-inset-right, 0px) env(safe-area-inset-bottom, 0px)
        env(safe-area-inset-left, 0px);
    }
  }

  .icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
  }

  @media (forced-colors: active) {
    .button {
      border-color: LinkText;
      color: LinkText;
    }

    .icon-button,
    dialog {
      border: 1px solid CanvasText;
    }
  }
`;
