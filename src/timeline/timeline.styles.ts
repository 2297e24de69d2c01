import { css } from 'lit';

/*
 * Comments live here, not in the template, because the bundle keeps CSS as
 * written.
 * - The current step's number is filled rather than outlined, so it stands
 *   out by shape as well as colour.
 * - Horizontal applies only from 48em, where five columns still read well;
 *   narrower containers keep the column.
 * - Steps rise into place as they scroll into view, and never fade: text
 *   at rest, in a full-page capture or in print is always fully opaque. The
 *   rise exists only where the browser can drive it from scrolling and the
 *   visitor has not asked for less motion.
 * - Forced colours drop backgrounds and shadows, so markers and lines use
 *   system colours there.
 */
export const timelineStyles = css`
  :host {
    container: acu-timeline / inline-size;
  }

  .steps {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .step {
    --_marker: 2.25em;

    position: relative;
    display: flex;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
    padding-block-end: calc(var(--_space) * 1.25);
  }

  .step:last-child {
    padding-block-end: 0;
  }

  .marker {
    display: grid;
    flex: none;
    place-items: center;
    width: var(--_marker);
    height: var(--_marker);
    border: 2px solid var(--_accent);
    border-radius: 50%;
    color: var(--_accent-text);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1;
  }

  .step[aria-current] .marker {
    background: var(--_accent);
    color: var(--_on-accent);
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--_accent) 25%, transparent);
  }

  .connector {
    position: absolute;
    inset-block: calc(var(--_marker) + 0.25em) 0.25em;
    inset-inline-start: calc(var(--_marker) / 2 - 1px);
    border-inline-start: 2px solid var(--_border);
  }

  .content {
    min-width: 0;
    padding-block-start: calc((var(--_marker) - 1.5em) / 2);
    overflow-wrap: anywhere;
  }

  .title {
    display: block;
    font-weight: 700;
  }

  .text {
    color: var(--_muted);
  }

  .duration {
    display: inline-block;
    margin-block-start: 0.5em;
    padding: 0.125em 0.625em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    background: var(--_surface);
    font-size: 0.875em;
  }

  @container acu-timeline (min-width: 48em) {
    .horizontal {
      grid-auto-columns: minmax(0, 1fr);
      grid-auto-flow: column;
      column-gap: var(--_space);
    }

    .horizontal .step {
      flex-direction: column;
      padding-block-end: 0;
    }

    .horizontal .connector {
      inset-block: calc(var(--_marker) / 2 - 1px) auto;
      inset-inline: calc(var(--_marker) + 0.5em) calc(0.5em - var(--_space));
      border-inline-start: 0;
      border-block-start: 2px solid var(--_border);
    }

    .horizontal .content {
      padding-block-start: 0;
    }
  }

  @keyframes reveal {
    from {
      translate: 0 0.75em;
    }
  }

  @supports (animation-timeline: view()) {
    @media screen and (prefers-reduced-motion: no-preference) {
      .step {
        animation: reveal linear both;
        animation-timeline: view();
        animation-range: entry 0% entry 90%;
      }
    }
  }

  @media (forced-colors: active) {
    .marker,
    .connector,
    .duration {
      border-color: CanvasText;
      color: CanvasText;
    }

    .step[aria-current] .marker {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
