import { css } from 'lit';

export const whoItHelpsStyles = css`
  .intro,
  .hint,
  .counter,
  .disclaimer {
    color: var(--_muted);
  }

  .intro,
  .summary,
  .fieldset,
  .result > *,
  .disclaimer {
    margin: 0 0 var(--_space);
  }

  .fieldset {
    min-width: 0;
    padding: 0;
    border: 0;
  }

  .invalid {
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_danger);
  }

  legend {
    padding: 0;
  }

  .question,
  .result-heading,
  .summary-title {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-family: var(--_heading-font);
    font-size: 1.25em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .counter {
    display: block;
    font-size: 0.8em;
    font-weight: 400;
  }

  .hint,
  .error {
    margin-bottom: calc(var(--_space) * 0.75);
  }

  .error,
  .summary a {
    color: var(--_danger);
    font-weight: 700;
  }

  .summary {
    padding: var(--_space);
    border: 4px solid var(--_danger);
  }

  .summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .option {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    margin-bottom: 0.5em;
  }

  input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }

  label {
    padding-block: 0.1em;
    cursor: pointer;
    overflow-wrap: anywhere;
  }

  .or {
    margin: 0.25em 0 0.75em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }

  button {
    min-height: max(44px, 2.75em);
    padding: 0.5em 1.25em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  .continue {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .result {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .urgent {
    border-color: var(--_danger);
    border-width: 4px;
  }

  .tag {
    display: block;
    color: var(--_danger);
    font-size: 0.8em;
  }

  .disclaimer {
    font-size: 0.9em;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .continue {
      border-color: ButtonText;
    }

    .invalid,
    .summary,
    .result {
      border-color: CanvasText;
    }
  }
`;
