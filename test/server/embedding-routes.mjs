// Test-server routes for the embedding and reliability suites (test/embedding, test/fuzz,
// test/reliability):
//  - Content-Security-Policy headers on the embedding pages (`?csp=strict|readme`), so a
//    page proves in a real browser that the widgets run under a hospital intranet's policy;
//  - /api/embed/… data services that misbehave the way real ones do (20-second replies,
//    servers that hang up mid-refresh), recording every connection so a test can check
//    that nothing is left open after an element is removed;
//  - /__hcx/vendor/react.js: React 19 + ReactDOM bundled to one ES module with esbuild on
//    first request (react and react-dom ship CommonJS only), so the React page needs no
//    build step and works from a fresh clone.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The policy of the issue, the one the README recommends (adds blob: images for PNG export), and an allow-list one. */
export const POLICIES = {
  strict: "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
  readme: "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; require-trusted-types-for 'script'",
  /** The strict policy with a Trusted Types allow-list: the widgets need only Lit's `lit-html` policy. */
  named: "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
};

/** Connections per test id: how many were opened and how many the client closed early. */
const connections = new Map();
/** Requests per flaky id, to answer well first and then fail. */
const flakyCounts = new Map();
let reactBundle = null;

const INLINE_MARKER = '<!--hcx:inline-examples-->';

/** A document kind's tag (the one exception: value-stream documents go to the value-stream map). */
const tagOf = (kind) => `hcx-${kind === 'value-stream' ? 'value-stream-map' : kind}`;

/**
 * One widget per file in examples/ with its document as inline JSON, as a server-rendered
 * intranet page would write it: parsed before the bundle loads, upgraded when it defines
 * the tag. `<` is escaped so no label can close the script element.
 */
async function inlineExamples() {
  const files = (await readdir(new URL('../../examples/', import.meta.url))).filter((f) => f.endsWith('.json')).sort();
  const parts = [];
  for (const file of files) {
    const doc = JSON.parse(await example(file));
    if (typeof doc?.kind !== 'string' || doc.kind === 'dashboard') continue;
    const json = JSON.stringify(doc).replace(/</g, '\\u003c');
    parts.push(`<${tagOf(doc.kind)} id="inline--${file.replace(/\.json$/, '')}" data-example="${file}"><script type="application/json">${json}</script></${tagOf(doc.kind)}>`);
  }
  return parts.join('\n');
}

function track(id) {
  let entry = connections.get(id);
  if (!entry) connections.set(id, (entry = { opened: 0, aborted: 0, completed: 0, open: 0 }));
  return entry;
}

/** The document a route answers with: `body` (JSON text) if given, else examples/<file>. */
async function documentOf(url) {
  const body = url.searchParams.get('body');
  return body ?? example(url.searchParams.get('file') ?? 'control-chart.json');
}

async function example(file) {
  const name = file.replace(/[^a-z0-9.-]/gi, '');
  return readFile(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
}

/** Waits `ms`, or less if the client goes away first; tells which happened. */
function waitOrClose(ctx, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      ctx.res.off('close', onClose);
      resolve('elapsed');
    }, ms);
    const onClose = () => {
      clearTimeout(timer);
      resolve('closed');
    };
    ctx.res.once('close', onClose);
  });
}

async function bundleReact() {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: {
      contents: [
        "export { createElement, useState, useEffect, useRef, StrictMode } from 'react';",
        "export { createRoot } from 'react-dom/client';",
        "export { flushSync } from 'react-dom';",
      ].join('\n'),
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export async function embeddingRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const path = url.pathname;

  if (path.startsWith('/test/embedding/pages/') && path.endsWith('.html')) {
    const name = path.slice('/test/embedding/pages/'.length);
    if (!/^[a-z0-9-]+\.html$/.test(name)) return next();
    const html = await readFile(new URL(`../embedding/pages/${name}`, import.meta.url), 'utf8');
    ctx.type = 'text/html';
    ctx.body = html.includes(INLINE_MARKER) ? html.replace(INLINE_MARKER, await inlineExamples()) : html;
    const policy = POLICIES[url.searchParams.get('csp') ?? ''];
    if (policy) ctx.set('content-security-policy', policy);
    ctx.set('cache-control', 'no-store');
    return;
  }

  if (path === '/__hcx/vendor/react.js') {
    reactBundle ??= bundleReact();
    ctx.type = 'text/javascript';
    ctx.body = await reactBundle;
    return;
  }

  if (!path.startsWith('/api/embed/')) return next();
  const route = path.slice('/api/embed/'.length);
  const id = url.searchParams.get('id') ?? 'default';
  ctx.set('cache-control', 'no-store');

  switch (route) {
    case 'slow': {
      // Answers after `ms` (default 20 s) unless the client aborts first; every connection is
      // recorded. Serves `body` or examples/<file>.
      const entry = track(id);
      entry.opened++;
      entry.open++;
      const outcome = await waitOrClose(ctx, Number(url.searchParams.get('ms') ?? 20000));
      entry.open--;
      if (outcome === 'closed') {
        entry.aborted++;
        ctx.status = 499; // "client closed request": nothing is sent, but the log is not a 404
        ctx.respond = false;
        return;
      }
      entry.completed++;
      ctx.type = 'application/json';
      ctx.body = await documentOf(url);
      return;
    }
    case 'flaky': {
      // The first `good` requests (default 1) get the example; later ones find the server gone:
      // the socket is destroyed without an answer, as when a service restarts mid-refresh.
      const count = (flakyCounts.get(id) ?? 0) + 1;
      flakyCounts.set(id, count);
      const entry = track(id);
      entry.opened++;
      if (count <= Number(url.searchParams.get('good') ?? 1)) {
        entry.completed++;
        ctx.type = 'application/json';
        ctx.body = await documentOf(url);
        return;
      }
      entry.aborted++;
      ctx.status = 444; // "no response": the connection is closed without an answer
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    case 'hangup': {
      // Starts a JSON answer, then the server goes away mid-body.
      const entry = track(id);
      entry.opened++;
      ctx.status = 200;
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
      ctx.res.write('{"kind":"control-chart","version":1,"title":"Half');
      setTimeout(() => ctx.req.socket.destroy(), 50);
      return;
    }
    case 'dashboard.json': {
      // A dashboard document with every kind's main example as a dataset named after its kind
      // (too long to send through /api/test/echo in a URL).
      const datasets = {};
      for (const kind of ['control-chart', 'satisfaction-heatmap', 'brand-health', 'value-stream']) {
        const text = await example(`${kind}.json`).catch(() => null);
        if (text) datasets[kind] = JSON.parse(text);
      }
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ kind: 'dashboard', version: 1, title: 'Board dashboard (served)', datasets });
      return;
    }
    case 'connections': {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(connections.get(id) ?? { opened: 0, aborted: 0, completed: 0, open: 0 });
      return;
    }
    default:
      return next();
  }
}
