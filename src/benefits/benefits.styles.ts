import { css } from 'lit';

export const benefitsStyles = css`
  :host {
    container: acu-benefits / inline-size;
  }

  .list {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    display: flex;
    gap: calc(var(--_space) * 0.75);
    align-items: flex-start;
    margin: 0;
    padding: 0;
  }

  .grid .item {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  @container acu-benefits (min-width: 34em) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @container acu-benefits (min-width: 52em) {
    .grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  .icon {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    color: var(--_accent-text);
  }

  .title {
    display: block;
    font-weight: 700;
  }

  .text {
    color: var(--_muted);
  }

  .text:only-child {
    color: inherit;
  }

  @media (forced-colors: active) {
    .icon {
      color: CanvasText;
    }

    .grid .item {
      border-color: CanvasText;
    }
  }
`;
