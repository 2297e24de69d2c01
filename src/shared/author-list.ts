import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One list entry ready to render: an optional title and a body, each either
 * plain text or nodes copied from the site author's `<li>`.
 */
export interface ListEntry {
  title?: string | Node[];
  body?: string | Node[];
}

const TITLE_TAGS = new Set(['STRONG', 'B', 'H3', 'H4', 'H5', 'H6']);

/**
 * Reads the `<ul>`/`<ol>` a site author wrote inside a widget, so content typed
 * into a WordPress block (visible before any script, indexed by search
 * engines) wins over every other source. The list stays in the light DOM and
 * is watched, so later edits, or frameworks that render children after the
 * element, show up at once.
 */
export class AuthorListController implements ReactiveController {
  private readonly observer?: MutationObserver;
  /** The entries as last read; copies are made again only when the author's markup changes. */
  private cached?: ListEntry[];
  private stale = true;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    if (typeof MutationObserver !== 'undefined') {
      this.observer = new MutationObserver(() => {
        this.stale = true;
        host.requestUpdate();
      });
    }
  }

  hostConnected(): void {
    // Markup may have changed while the element was out of the document, unobserved.
    this.stale = true;
    this.observer?.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** The author's entries, or `undefined` when they wrote no list items. */
  entries(): ListEntry[] | undefined {
    if (this.stale) {
      this.cached = this.read();
      this.stale = false;
    }
    return this.cached;
  }

  private read(): ListEntry[] | undefined {
    const list = [...this.host.children].find((child) => child.localName === 'ul' || child.localName === 'ol');
    const items = list ? [...list.children].filter((child) => child.localName === 'li') : [];
    return items.length ? items.map(splitEntry) : undefined;
  }
}

/**
 * A leading `<strong>` (or `<b>`, `<h3>`-`<h6>`) is the entry's title. What
 * editors wrap around or scatter in an item (WordPress's wpautop, page
 * builders: `<li><p>…</p></li>`, a `<br>` at either end) is left out, so the
 * patient sees the author's words and nothing of the editor.
 */
function splitEntry(item: Element): ListEntry {
  const nodes = meaningfulNodes(item);
  const [first] = nodes;
  const clone = (list: Node[]) => list.map((node) => node.cloneNode(true));
  if (first instanceof Element && TITLE_TAGS.has(first.tagName)) {
    return { title: clone([...first.childNodes]), body: clone(nodes.slice(1)) };
  }
  return { body: clone(nodes) };
}

const isFiller = (node: Node) =>
  (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()) ||
  node.nodeType === Node.COMMENT_NODE ||
  (node instanceof Element && node.localName === 'br') ||
  (node instanceof Element && node.localName === 'p' && !node.textContent?.trim() && !node.querySelector('img'));

/** The element's child nodes without filler at either end; a lone `<p>` or `<div>` wrapper is looked through. */
function meaningfulNodes(parent: Element): Node[] {
  const nodes = [...parent.childNodes];
  let start = 0;
  let end = nodes.length;
  while (start < end && isFiller(nodes[start])) start++;
  while (end > start && isFiller(nodes[end - 1])) end--;
  const kept = nodes.slice(start, end);
  const [only] = kept;
  return kept.length === 1 && only instanceof Element && (only.localName === 'p' || only.localName === 'div') ? meaningfulNodes(only) : kept;
}
