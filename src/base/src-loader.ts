import type { DataErrorDetail } from './events.js';

export type LoadOutcome = { ok: true; value: unknown } | { ok: false; error: DataErrorDetail };

/**
 * Fetches a `src` URL. Each load aborts the one before it (AbortSignal), so a response that
 * arrives after `src` changed can never overwrite newer data; `abort()` runs on disconnect,
 * so no request outlives its element.
 */
export class SrcLoader {
  private controller: AbortController | null = null;

  get pending(): boolean {
    return this.controller !== null;
  }

  /** Resolves with the parsed JSON or the error; resolves `null` when superseded or aborted. */
  async load(url: string): Promise<LoadOutcome | null> {
    this.abort();
    const controller = new AbortController();
    this.controller = controller;
    const current = () => this.controller === controller && !controller.signal.aborted;
    try {
      let response: Response;
      try {
        response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
      } catch {
        return current() ? { ok: false, error: { kind: 'network' } } : null;
      }
      if (!current()) return null;
      if (!response.ok) return { ok: false, error: { kind: 'http', status: response.status } };
      let text: string;
      try {
        text = await response.text();
      } catch {
        return current() ? { ok: false, error: { kind: 'network' } } : null;
      }
      if (!current()) return null;
      try {
        return { ok: true, value: JSON.parse(text) as unknown };
      } catch {
        return { ok: false, error: { kind: 'parse', status: response.status } };
      }
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  abort(): void {
    this.controller?.abort();
    this.controller = null;
  }
}
