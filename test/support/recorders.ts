/**
 * Records what a page must never see while widgets run in it: CSP violations, uncaught
 * exceptions, unhandled promise rejections and console errors. Installed first, before the
 * bundle loads, in the test page itself or in an embedding page (an iframe).
 */
export interface Violation {
  directive: string;
  /** The element that caused it (`hcx-control-chart › div.tooltip`), when known. */
  element: string;
  blockedURI: string;
  sample: string;
  source: string;
  line: number;
}

export interface Recorders {
  violations: Violation[];
  /** Uncaught exceptions (`error` events). */
  errors: string[];
  /** `unhandledrejection` reasons. */
  rejections: string[];
  /** `console.error` calls (arguments joined). */
  consoleErrors: string[];
  /** `console.warn` calls, recorded only with `quietWarnings` (then not printed). */
  warnings: string[];
  /** Forgets everything recorded so far (between test cases). */
  clear(): void;
  /** Stops recording and restores `console.error`. */
  dispose(): void;
}

const describe = (value: unknown): string => {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value && typeof value === 'object' && 'message' in value) return String((value as { message: unknown }).message);
  try {
    return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

export interface RecorderOptions {
  /** Record `console.warn` instead of printing it (unknown-field warnings are by design). */
  quietWarnings?: boolean;
}

/** `hcx-control-chart › div.tooltip`: the element and the hosts of the shadow roots it is in. */
function describeElement(target: EventTarget | undefined): string {
  if (!target || !(target as Node).nodeType || (target as Node).nodeType !== 1) return '';
  const parts: string[] = [];
  let node: Node | null = target as Node;
  while (node && node.nodeType === 1) {
    const el = node as Element;
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    parts.unshift(`${el.localName}${cls}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}`);
    const root = el.getRootNode();
    node = root && 'host' in root ? (root as ShadowRoot).host : null;
  }
  return parts.join(' › ');
}

export function installRecorders(win: Window & typeof globalThis = window, options: RecorderOptions = {}): Recorders {
  const violations: Violation[] = [];
  const warnings: string[] = [];
  const errors: string[] = [];
  const rejections: string[] = [];
  const consoleErrors: string[] = [];
  const onViolation = (e: SecurityPolicyViolationEvent) =>
    violations.push({
      directive: e.effectiveDirective || e.violatedDirective,
      element: describeElement(e.composedPath()[0]),
      blockedURI: e.blockedURI,
      sample: e.sample,
      source: e.sourceFile,
      line: e.lineNumber,
    });
  const onError = (e: ErrorEvent) => errors.push(e.error ? describe(e.error) : e.message);
  const onRejection = (e: PromiseRejectionEvent) => rejections.push(describe(e.reason));
  // Capture phase on the document: violations inside shadow roots are composed and reach it.
  win.document.addEventListener('securitypolicyviolation', onViolation, true);
  win.addEventListener('error', onError);
  win.addEventListener('unhandledrejection', onRejection);
  const original = win.console.error;
  const originalWarn = win.console.warn;
  win.console.error = (...args: unknown[]) => {
    consoleErrors.push(args.map(describe).join(' '));
    original.apply(win.console, args);
  };
  if (options.quietWarnings) win.console.warn = (...args: unknown[]) => void warnings.push(args.map(describe).join(' '));
  return {
    violations,
    errors,
    rejections,
    consoleErrors,
    warnings,
    clear() {
      violations.length = errors.length = rejections.length = consoleErrors.length = warnings.length = 0;
    },
    dispose() {
      win.document.removeEventListener('securitypolicyviolation', onViolation, true);
      win.removeEventListener('error', onError);
      win.removeEventListener('unhandledrejection', onRejection);
      win.console.error = original;
      win.console.warn = originalWarn;
    },
  };
}

/** Everything recorded, as one readable string for assertion messages. */
export function summarize(r: Pick<Recorders, 'violations' | 'errors' | 'rejections' | 'consoleErrors'>): string {
  return JSON.stringify({ violations: r.violations, errors: r.errors, rejections: r.rejections, consoleErrors: r.consoleErrors }, null, 1);
}
