import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through CSSOM (`style.setProperty`) on every render, never as a
 * `style="…"` attribute. Lit's `styleMap` writes the attribute on its first render, which a
 * strict `style-src` Content-Security-Policy (without 'unsafe-inline') refuses.
 */
class StyleProperties extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProperties() goes on an element: <div ${styleProperties({…})}>');
  }

  render(_properties: Record<string, string>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Record<string, string>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

export const styleProperties = directive(StyleProperties);
