import { define } from '../shared/define.js';
import { AcuTimeline } from './timeline.element.js';

export { AcuTimeline };
export type { StepInput, TimelineOrientation } from './timeline.element.js';
export type { Step } from './timeline.strings.js';

define('acu-timeline', AcuTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'acu-timeline': AcuTimeline;
  }
}
