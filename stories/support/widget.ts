/*
 * Controls, docs-table rows and the story template for one element, made from
 * the manifest (through @wc-toolkit/storybook-helpers) and corrected where the
 * helpers' output would mislead a designer:
 * - attributes are written as given, so `heading=""` (which hides a heading)
 *   reaches the element and "Show code"; the helpers' template drops every
 *   empty string;
 * - an attribute with no default starts unset, not as `""`, and the docs table
 *   shows what the element really does then (`defaults`);
 * - keyword attributes are select controls: the options come from the type in
 *   the manifest (see .storybook/manifest-types.ts), or from FALLBACK_OPTIONS
 *   where the type is a plain number;
 * - colour custom properties start at their default colour when it is one;
 *   a default like "currentColor at 4%" stays out of the colour picker and
 *   only shows in the table.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html, unsafeStatic } from 'lit/static-html.js';

/** Keyword-like attributes whose type is a plain number, checked by the element at run time. */
const FALLBACK_OPTIONS: Record<string, Array<string | number>> = {
  // `number` in the code; the element accepts 2 to 6 and warns about anything else.
  'heading-level': [2, 3, 4, 5, 6],
};

type Args = Record<string, unknown>;
type Attributes = Record<string, string | undefined>;

/**
 * Sets each attribute to exactly the text given: `""` is kept, `undefined`
 * removes it. Attributes it set before and no longer gets are removed.
 */
class AttributesDirective extends Directive {
  private previous: Attributes = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() goes on an element');
  }

  // Renders nothing itself: update() sets the attributes on the element.
  render(attributes: Attributes) {
    void attributes;
    return nothing;
  }

  override update(part: ElementPart, [attributes]: [Attributes]) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined) part.element.removeAttribute(name);
      else if (part.element.getAttribute(name) !== value) part.element.setAttribute(name, value);
    }
    for (const name of Object.keys(this.previous)) if (!(name in attributes)) part.element.removeAttribute(name);
    this.previous = attributes;
    return nothing;
  }
}
const attributes = directive(AttributesDirective);

/** The value a manifest default stands for: `'list'` is list, `2` is 2, `false` is false. */
function parseDefault(text: unknown): unknown {
  if (typeof text !== 'string' || text === '') return undefined;
  const quoted = text.match(/^(['"`])(.*)\1$/);
  if (quoted) return quoted[2];
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A CSS colour a colour picker can show; "currentColor at 4%" and the like are not. */
const isPickableColour = (value: unknown) =>
  typeof value === 'string' && /^(#[0-9a-f]{3,8}|(rgb|hsl|oklch|oklab|lab|lch)a?\(.*\)|[a-z]+)$/i.test(value.trim()) && !/^(currentcolor|inherit|initial|unset|transparent)$/i.test(value.trim());

interface WidgetOptions {
  /** What the element does when an attribute is unset, for the docs table (`heading`: the built-in heading text). */
  defaults?: Record<string, string>;
  /** A text control for the default slot, where text there means something (the button's label); off for slots that take a list. */
  slotText?: boolean;
}

export function widget<T>(tag: string, { defaults = {}, slotText = false }: WidgetOptions = {}) {
  const helpers = getStorybookHelpers<T>(tag);
  const argTypes: ArgTypes = {};
  const args: Args = {};
  const attributeDefaults: Args = {};
  const cssDefaults: Args = {};
  const events: string[] = [];

  for (const [key, original] of Object.entries(helpers.argTypes)) {
    const argType = { ...original, table: { ...original.table } };
    const category = argType.table?.category;
    if (category === 'attributes') {
      const value = parseDefault(argType.table.defaultValue?.summary);
      const options = argType.options ?? FALLBACK_OPTIONS[key];
      if (options) {
        argType.options = options;
        argType.control = { type: 'select' };
      }
      const shown = defaults[key] ?? (value === undefined ? undefined : String(value));
      argType.table.defaultValue = shown === undefined ? undefined : { summary: shown };
      argType.defaultValue = value;
      attributeDefaults[key] = value;
      args[key] = value;
    } else if (category === 'css properties') {
      const text = typeof original.defaultValue === 'string' ? original.defaultValue.trim() : undefined;
      argType.table.defaultValue = text ? { summary: text } : undefined;
      const value = isPickableColour(text) || argType.control === false || (argType.control as { type?: string })?.type !== 'color' ? text : undefined;
      argType.defaultValue = value;
      cssDefaults[key] = value;
      args[key] = value;
    } else if (category === 'events') {
      events.push(String(argType.name ?? key));
    } else if (category === 'slots' && slotText) {
      // Plain text only; rich content is shown in its own story.
      args[key] = undefined;
    } else if (argType.control) {
      // `::part()` rule boxes would need a style sheet per story; the parts stay listed in the table.
      argType.control = false;
    }
    argTypes[key] = argType;
  }

  /** The element with every arg that differs from the element's default; `slot` is its content. */
  const template = (storyArgs: object = {}, slot?: TemplateResult | string): TemplateResult => {
    const attrs: Attributes = {};
    const style: string[] = [];
    let text: string | undefined;
    for (const [key, value] of Object.entries(storyArgs)) {
      if (key in attributeDefaults) {
        if (value === attributeDefaults[key] || value === undefined || value === null || value === false) continue;
        attrs[key] = value === true ? '' : typeof value === 'string' ? value : JSON.stringify(value);
      } else if (key in cssDefaults) {
        if (value && value !== cssDefaults[key]) style.push(`${key}: ${String(value)}`);
      } else if (key.endsWith('-slot') && typeof value === 'string' && value) {
        text = value;
      }
    }
    if (style.length) attrs.style = style.join('; ');
    const log = (event: Event) => helpers.logEvent(event.type, event);
    const listen = (element?: Element) => events.forEach((name) => element?.addEventListener(name, log));
    const name = unsafeStatic(tag);
    // The tag is static (lit/static-html), not a binding; the lint rule cannot tell them apart.
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    return html`<${name} ${attributes(attrs)} ${listenOnce(listen)}>${slot ?? text ?? nothing}</${name}>`;
  };

  return { args: args as Partial<T> & Args, argTypes, template };
}

/** Calls `listen` with the element once, when it is first rendered. */
class ListenDirective extends Directive {
  private element?: Element;
  render(listen: (element: Element) => void) {
    void listen;
    return nothing;
  }
  override update(part: ElementPart, [listen]: [(element: Element) => void]) {
    if (this.element !== part.element) listen((this.element = part.element));
    return nothing;
  }
}
const listenOnce = directive(ListenDirective);
