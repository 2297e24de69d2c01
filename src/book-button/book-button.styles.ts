import { css } from 'lit';

export const bookButtonStyles = css`
  :host {
    display: inline-block;
  }

  :host([full-width]) {
    display: block;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-width: 2.75rem;
    min-height: 2.75rem;
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
    transition: background-color 0.15s, color 0.15s;
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
    color: var(--_accent);
  }

  .outline {
    background: transparent;
    color: var(--_accent);
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
    min-height: 3.5rem;
    padding: 0.75em 1.75em;
    font-size: 1.125em;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }

  @media (forced-colors: active) {
    .button {
      border-color: LinkText;
      color: LinkText;
    }
  }
`;
