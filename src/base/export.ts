/**
 * SVG and PNG export. The chart's look lives in shadow-root CSS, which a standalone file
 * does not carry, so the exported copy gets the computed presentation values inlined.
 */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Properties children inherit in SVG: written only where they differ from the parent's. */
const INHERITED = new Set<string>(INLINED.filter((prop) => prop !== 'opacity'));

/** A standalone copy of `svg` (a live chart in the shadow root) with styles inlined. */
export function serializeSVG(svg: SVGSVGElement, options: { title: string; background: string }): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [copy, ...copy.querySelectorAll('*')];
  const computed = new Map<Element, CSSStyleDeclaration>();
  source.forEach((node, i) => {
    const style = getComputedStyle(node);
    computed.set(node, style);
    const parent = node === svg ? undefined : computed.get(node.parentElement!);
    const out = target[i] as SVGElement;
    for (const prop of INLINED) {
      const value = style.getPropertyValue(prop);
      if (!value || value === 'normal' || value === 'auto') continue;
      // Where the parent's value is inherited anyway, the file does not repeat it (it made
      // exports several times larger), nor opacity's default 1; a cloned attribute there could
      // contradict CSS, so it goes.
      if (parent && (INHERITED.has(prop) ? parent.getPropertyValue(prop) === value : value === '1')) out.removeAttribute(prop);
      else out.setAttribute(prop, value);
    }
    if (style.display === 'none') out.setAttribute('display', 'none');
    out.removeAttribute('class');
    out.removeAttribute('tabindex');
  });
  // Lit's template markers (<!--lit$123…-->, <!--?-->) mean nothing in a file, and their
  // random digits could read as data (a suppressed value must appear nowhere).
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  const box = svg.viewBox.baseVal;
  const width = box && box.width ? box.width : svg.clientWidth;
  const height = box && box.height ? box.height : svg.clientHeight;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('style');
  const doc = copy.ownerDocument;
  const title = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = options.title;
  const background = doc.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', options.background);
  copy.insertBefore(background, copy.firstChild);
  copy.insertBefore(title, copy.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/**
 * Rasterizes an SVG string at `scale` × its size. Needs the page's CSP to allow `blob:`
 * images (`img-src 'self' blob:`); under a stricter policy the promise rejects with a
 * message saying so, and nothing else breaks.
 */
export async function svgToPNG(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("the image could not be drawn (a Content-Security-Policy without img-src blob: blocks PNG export)"));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.width * scale));
    canvas.height = Math.max(1, Math.round(image.height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas available');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas could not be encoded'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves `content` as a file through a temporary link (works in every current browser). */
export function download(content: Blob | string, filename: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: letters, digits and dashes (CJK kept), at most 60 characters. */
export function fileNameFrom(title: string, extension: string): string {
  const base = title.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${base || 'chart'}.${extension}`;
}
