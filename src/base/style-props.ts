import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/** Style properties by name: camelCase (`left`, `backgroundColor`) or dashed (`--x`, `background-color`). */
export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

/**
 * `style=${styleProps({ left: '4px' })}`: like Lit's `styleMap`, but it never writes the
 * `style` attribute. `styleMap` writes the attribute as a string on the first render (only
 * later updates go through CSSOM), and a strict `style-src 'self'` blocks that write: the
 * first tooltip then appears unpositioned and the page logs a CSP violation. This sets
 * every property through `element.style` (CSSOM), which CSP allows, from the first render.
 */
class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || (partInfo.strings?.length ?? 0) > 2) {
      throw new Error('styleProps must be the only value of a style attribute: style=${styleProps({…})}');
    }
  }

  render(_props: StyleProps): unknown {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): unknown {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous) {
      if (props[name] == null) {
        this.previous.delete(name);
        if (name.includes('-')) style.removeProperty(name);
        else (style as unknown as Record<string, string>)[name] = '';
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      this.previous.add(name);
      if (name.includes('-')) style.setProperty(name, String(value));
      else (style as unknown as Record<string, string>)[name] = String(value);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
