/**
 * One MutationObserver per document for every widget: when any `lang` attribute changes
 * (the page switches language, an ancestor's lang is set), each registered widget
 * re-resolves its locale. One observer instead of one per widget keeps 1,000 widgets cheap.
 *
 * A subtree observer on the document does not see into shadow roots, so a widget inside
 * another component (`within`) also registers with one shared observer per shadow root
 * above it: `lang` set on an ancestor inside that component then switches it live too.
 */
type Listener = () => void;
interface Watch {
  observer: MutationObserver;
  listeners: Set<Listener>;
}
const watches = new Map<Node, Watch>();

/** The shadow roots between `node` and its document, innermost first. */
function shadowRootsAbove(node: Node | undefined): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let root = node?.getRootNode();
  while (root instanceof ShadowRoot) {
    roots.push(root);
    root = root.host.getRootNode();
  }
  return roots;
}

export function watchLang(doc: Document, listener: Listener, within?: Node): () => void {
  const targets: Node[] = [doc.documentElement, ...shadowRootsAbove(within)];
  for (const target of targets) {
    let watch = watches.get(target);
    if (!watch) {
      const listeners = new Set<Listener>();
      const observer = new MutationObserver(() => listeners.forEach((l) => l()));
      observer.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
      watch = { observer, listeners };
      watches.set(target, watch);
    }
    watch.listeners.add(listener);
  }
  return () => {
    for (const target of targets) {
      const watch = watches.get(target);
      if (!watch) continue;
      watch.listeners.delete(listener);
      if (watch.listeners.size === 0) {
        watch.observer.disconnect();
        watches.delete(target);
      }
    }
  };
}
