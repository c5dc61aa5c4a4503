import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content width of the widget's inner box with a ResizeObserver; charts draw at
 * that width into a `viewBox`, so text keeps its size on screen while print and narrow
 * columns still scale.
 */
export class SizeController implements ReactiveController {
  width = 0;
  private observer: ResizeObserver | null = null;
  private target: Element | null = null;
  private frame = 0;
  private measured = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly fallbackWidth = 640) {
    host.addController(this);
  }

  /** Width to draw at: measured, else the fallback (before layout, or when hidden). */
  get drawWidth(): number {
    return this.width > 0 ? this.width : this.fallbackWidth;
  }

  /** Measures `element` (the shell's inner box) instead of the host. */
  observe(element: Element): void {
    if (this.target === element) return;
    this.target = element;
    if (this.observer) {
      this.observer.disconnect();
      this.observer.observe(element);
    }
  }

  /**
   * Before the first render: a widget given its data before it was connected would draw at the
   * fallback width, then again once the observer measured. Reading the host's width now (one
   * layout) draws it once. The inner box is the host's content box less the shell's 1px
   * border and `--hcx-space` padding; when that is not in px the observer corrects the guess.
   */
  hostUpdate(): void {
    if (this.measured || !this.host.isConnected) return;
    this.measured = true;
    const style = getComputedStyle(this.host);
    const space = style.getPropertyValue('--hcx-space').trim() || '12px';
    if (!/^\d+(\.\d+)?px$/.test(space)) return;
    const px = (v: string) => parseFloat(v) || 0;
    const box = this.host.getBoundingClientRect().width;
    const inner = box - px(style.borderLeftWidth) - px(style.borderRightWidth) - px(style.paddingLeft) - px(style.paddingRight) - 2 - 2 * parseFloat(space);
    if (inner > 0 && this.width === 0) this.width = Math.floor(inner);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const width = Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      if (width > 0 && Math.abs(width - this.width) >= 1) {
        // Re-render in the next frame, not inside the observer callback: drawing changes the
        // box's height, and doing it here would trip "ResizeObserver loop" errors on the page.
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => {
          this.width = width;
          this.host.requestUpdate();
        });
      }
    });
    this.observer.observe(this.target ?? this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    cancelAnimationFrame(this.frame);
  }
}
