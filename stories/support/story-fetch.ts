/**
 * Stories have no data server, so `src` stories use URLs under `/__story__/` that this
 * wrapper answers in the page: `pending` never answers (the loading state), `status/500`
 * fails (stale and error states), `echo?body=` returns its body. Other URLs pass through.
 */
export function installStoryFetch(): void {
  const original = window.fetch.bind(window);
  if ((window as { __hcxStoryFetch?: boolean }).__hcxStoryFetch) return;
  (window as { __hcxStoryFetch?: boolean }).__hcxStoryFetch = true;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
    if (!url.pathname.startsWith('/__story__/')) return original(input, init);
    const route = url.pathname.slice('/__story__/'.length);
    if (route === 'pending') {
      return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    if (route.startsWith('status/')) return Promise.resolve(new Response('failed', { status: Number(route.slice(7)) }));
    if (route === 'echo') return Promise.resolve(new Response(url.searchParams.get('body') ?? '', { headers: { 'content-type': 'application/json' } }));
    return Promise.resolve(new Response('not found', { status: 404 }));
  };
}

/** A `src` URL that answers with `doc` (for `src` stories). */
export const echoUrl = (doc: unknown) => `/__story__/echo?body=${encodeURIComponent(JSON.stringify(doc))}`;
