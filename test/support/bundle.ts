/**
 * Loads the built drop-in bundle `dist/hcx-widgets.js` — what an intranet page loads —
 * into the current page. `npm test` builds it first; while iterating, run `npx rollup -c`.
 */
export const BUNDLE_URL = '/dist/hcx-widgets.js';

let loading: Promise<Record<string, unknown>> | null = null;

export function loadBundle(): Promise<Record<string, unknown>> {
  loading ??= (async () => {
    const head = await fetch(BUNDLE_URL, { method: 'HEAD' });
    if (!head.ok) throw new Error(`${BUNDLE_URL} is missing (HTTP ${head.status}): build it with \`npm run build\` or \`npx rollup -c\``);
    // A variable specifier keeps TypeScript and esbuild from resolving the URL at build time.
    const url: string = BUNDLE_URL;
    return (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
  })();
  return loading;
}
