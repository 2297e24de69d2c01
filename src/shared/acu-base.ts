import { LitElement, type CSSResult, type PropertyDeclaration } from 'lit';
import { reportBadInput } from './report.js';
import { VERSION } from './version.js';

/**
 * What a property declared with `type` accepts, and what it makes of other
 * values. Frameworks set properties straight from their own data, so a
 * `heading` may arrive as `false`, an `href` as a URL object, a `phone` as a
 * number: text-like values become text, anything else is dropped (the
 * property's default then applies) rather than reaching code that expects a
 * string. `null` and `undefined` mean "unset", as a removed attribute does.
 */
function coerce(type: unknown, value: unknown): { value: unknown; expected?: string } {
  if (value == null || type === undefined) return { value };
  if (type === Boolean) return { value: Boolean(value) };
  if (type === String) {
    if (typeof value === 'string') return { value };
    if (typeof value === 'number' || typeof value === 'bigint' || value instanceof URL) return { value: String(value) };
    return { value: undefined, expected: 'text' };
  }
  // Numbers may come as the attribute's text ("3"); each element checks the range and says what it uses.
  if (type === Number) return typeof value === 'number' || typeof value === 'string' ? { value } : { value: undefined, expected: 'a number' };
  return { value };
}

/** Reads a property's every new value through `coerce`, reporting what it drops. */
function coerceOnSet(prototype: HTMLElement, name: string, options: PropertyDeclaration): void {
  const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
  if (!descriptor?.set) return;
  const { set } = descriptor;
  const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
  Object.defineProperty(prototype, name, {
    ...descriptor,
    set(this: HTMLElement, raw: unknown) {
      const { value, expected } = coerce(options.type, raw);
      if (expected) reportBadInput(this, attribute, `expects ${expected}; using the default.`);
      set.call(this, value);
    },
  });
}

/**
 * What every acu-widgets element shares: its version for the registration
 * guard, one way every property value is read, whether it comes from an
 * attribute or is set by script, so that no value of the wrong type can throw
 * in an update and blank a widget, and styles that survive a move into a
 * same-origin iframe's document.
 */
export class AcuBaseElement extends LitElement {
  static version = VERSION;

  /* Wraps the accessors Lit has just installed for this class's own properties. */
  protected static override finalize(): void {
    const fresh = !Object.hasOwn(this, 'finalized');
    super.finalize();
    if (!fresh || !Object.hasOwn(this, 'properties')) return;
    for (const [name, options] of Object.entries(this.properties)) coerceOnSet(this.prototype, name, options);
  }

  /*
   * A constructed stylesheet belongs to the document that made it, and a
   * shadow root in another document refuses it: connected first in an
   * iframe's document, the element would throw and stay blank; moved there
   * later, its styles would drop. There the same CSS goes in as <style>.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.ownerDocument == document) return super.createRenderRoot();
    const root = this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this.styleIn(root);
    return root;
  }

  adoptedCallback(): void {
    if (this.shadowRoot) this.styleIn(this.shadowRoot);
  }

  private styleIn(root: ShadowRoot): void {
    for (const style of (this.constructor as typeof LitElement).elementStyles) {
      root.append(Object.assign(this.ownerDocument.createElement('style'), { textContent: (style as CSSResult).cssText }));
    }
  }
}
