/**
 * One MutationObserver per document for every widget: when any `lang` attribute changes
 * (the page switches language, an ancestor's lang is set), each registered widget
 * re-resolves its locale. One observer instead of one per widget keeps 1,000 widgets cheap.
 */
type Listener = () => void;
const listeners = new Map<Document, Set<Listener>>();
const observers = new Map<Document, MutationObserver>();

export function watchLang(doc: Document, listener: Listener): () => void {
  let set = listeners.get(doc);
  if (!set) {
    set = new Set();
    listeners.set(doc, set);
    const observer = new MutationObserver(() => listeners.get(doc)?.forEach((l) => l()));
    observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    observers.set(doc, observer);
  }
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) {
      observers.get(doc)?.disconnect();
      observers.delete(doc);
      listeners.delete(doc);
    }
  };
}
