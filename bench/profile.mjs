// Reads a V8 CPU profile (CDP `Profiler.stop`) of the unminified page and names the hot spots:
// self time per function and per source module. The page bundle is esbuild output without
// minification, which starts every module with a `// path/to/module.ts` comment; those
// comments map a profiled line back to its source file.
import { readFileSync } from 'node:fs';

/** `[[firstLine, modulePath], …]` of an unminified esbuild bundle, in line order. */
function moduleStarts(bundleText) {
  const starts = [];
  bundleText.split('\n').forEach((line, i) => {
    const m = /^\/\/ ((?:src|node_modules|bench)\/\S+)$/.exec(line);
    if (m) starts.push([i, m[1].replace(/^node_modules\//, '')]);
  });
  return starts;
}

function moduleAt(starts, line) {
  let lo = 0;
  let hi = starts.length - 1;
  let found = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid][0] <= line) {
      found = starts[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** `{ totalMs, functions: [{ name, module, selfMs, share }], modules: [{ module, selfMs, share }] }`. */
export function summarizeProfile(profile, bundleFile, top = 12) {
  const starts = moduleStarts(readFileSync(bundleFile, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const functions = new Map();
  const modules = new Map();
  let totalMs = 0;
  for (const [id, ms] of self) {
    const { callFrame } = byId.get(id);
    const fromBundle = callFrame.url.endsWith('/ours-dev.js');
    const browserOwn = ['(program)', '(garbage collector)', '(root)'].includes(callFrame.functionName);
    const module = fromBundle
      ? (moduleAt(starts, callFrame.lineNumber) ?? 'bench page')
      : callFrame.url
        ? 'other script'
        : browserOwn
          ? callFrame.functionName
          : 'native (DOM API, built-ins)';
    let name = callFrame.functionName || (callFrame.url ? '(anonymous)' : callFrame.functionName);
    if (name === '(idle)') continue;
    // The harness's own JavaScript is a few lines; its self time is the style recalculation
    // and layout that reading offsetHeight forces (the browser's work for the new DOM).
    if (module.startsWith('bench/')) name = 'style + layout (forced by the harness)';
    totalMs += ms;
    const key = `${name}\u0000${module}`;
    const f = functions.get(key) ?? { name: name || '(native)', module, selfMs: 0 };
    f.selfMs += ms;
    functions.set(key, f);
    const moduleKey = module.startsWith('bench/') ? 'style + layout (forced by the harness)' : module;
    modules.set(moduleKey, (modules.get(moduleKey) ?? 0) + ms);
  }
  const share = (ms) => (totalMs > 0 ? ms / totalMs : 0);
  return {
    totalMs,
    functions: [...functions.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top).map((f) => ({ ...f, share: share(f.selfMs) })),
    modules: [...modules.entries()].map(([module, selfMs]) => ({ module, selfMs, share: share(selfMs) })).sort((a, b) => b.selfMs - a.selfMs).slice(0, top),
  };
}
