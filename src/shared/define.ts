type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Registers a custom element unless the tag is already taken.
 *
 * Clinic sites often load the bundle twice (two plugins, a theme and a page
 * builder), and `customElements.define` throws on the second call. The first
 * definition wins; a different version only earns one warning so the site
 * author can find the duplicate.
 */
export function define(tag: string, element: VersionedElement): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && existing.version !== element.version) {
    console.warn(
      `<${tag}>: acu-widgets ${existing.version ?? '(unknown version)'} came first; ${element.version}, loaded later, is ignored.`,
    );
  }
}
