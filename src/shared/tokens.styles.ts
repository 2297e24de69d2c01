import { css } from 'lit';

/**
 * The theming base every widget starts from. Public `--acu-*` properties feed
 * private `--_*` ones set on `:host`, and rules read only the private ones, so
 * a page that sets nothing (or sets nonsense) still gets a working widget.
 * Text, surfaces and borders derive from the inherited text colour, so they
 * follow a dark theme; secondary text keeps the full text colour because a
 * theme's grey body text has no contrast to spare. Text and icons drawn in the
 * default accent or danger colour are mixed 40 % with the text colour, so they
 * darken on light pages and lighten on dark ones, keeping 4.5:1 on white,
 * tinted (Twenty Twenty-One's green) and near-black pages alike. A colour the
 * page sets itself is used as it is. The focus ring is blue with a white halo
 * inside it, so one of the two stands out (3:1 or more) on light and dark
 * pages alike.
 */
export const tokens = css`
  :host {
    --_accent: var(--acu-color-accent, #0b6b61);
    --_accent-text: var(--acu-color-accent, color-mix(in srgb, #0b6b61, currentColor 40%));
    --_on-accent: var(--acu-color-on-accent, #ffffff);
    --_surface: var(--acu-color-surface, color-mix(in srgb, currentColor 4%, transparent));
    --_border: var(--acu-color-border, color-mix(in srgb, currentColor 22%, transparent));
    --_muted: var(--acu-color-muted, currentColor);
    --_focus: var(--acu-color-focus, #1d4ed8);
    --_danger: var(--acu-color-danger, color-mix(in srgb, #b42318, currentColor 40%));
    --_radius: var(--acu-radius, 0.75em);
    --_space: var(--acu-space, 1em);
    --_heading-font: var(--acu-heading-font, inherit);

    display: block;
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    line-height: 1.5;
    text-align: start;
  }

  :host([hidden]) {
    display: none;
  }

  /* Not "inherit": a theme's *{box-sizing:inherit} reaches the host and would leak in. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .heading {
    margin: 0 0 var(--_space);
    font-family: var(--_heading-font);
    font-size: 1.5em;
    line-height: 1.25;
    text-wrap: balance;
  }

  p {
    margin: 0;
  }

  /* Browsers reset spacing on controls; a reader's own text spacing (WCAG 1.4.12) must reach them too. */
  button,
  input {
    letter-spacing: inherit;
    word-spacing: inherit;
  }

  /* A white halo inside the ring: on a dark page, where the blue ring is faint, the halo stands out. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px #fff;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
