import { html, svg, type TemplateResult, type PropertyDeclarations } from 'lit';
import { HcxElement, type ChartContext } from '../../base/hcx-element.js';
import { internalState } from '../../base/internal-state.js';
import type { TableModel } from '../../base/table-model.js';
import { valueStreamSchema, type ValueStreamDocument, type ValueStreamState } from '../../contract/value-stream.js';
import { analyseValueStream } from '../../vsm/analyse.js';
import { layoutFlow, type FlowLayout } from '../../vsm/layout.js';
import type { ValueStreamAnalysis, ValueStreamStepAnalysis } from '../../vsm/types.js';
import { describeStep, streamTable, summarizeStream } from './describe.js';
import { figures, type Figures } from './format.js';
import { changeMarks } from './marks.js';
import { valueStreamMessages, type ValueStreamMessageKey } from './messages.js';
import { valueStreamRehearsal } from './rehearsal.js';
import { renderLeadBars } from './render-bars.js';
import { renderComparison } from './render-compare.js';
import { renderKpis, renderVsmLegend } from './render-kpis.js';
import { mapMetrics, renderStateMap } from './render-map.js';
import { valueStreamStyles } from './styles.js';

export type ValueStreamLayout = 'flow' | 'lanes';
type Ctx = ChartContext<ValueStreamDocument, ValueStreamAnalysis, ValueStreamMessageKey>;

/** Below this inner width the map keeps its size and scrolls; the bars and key figures re-flow. */
const COMPACT = 640;

/**
 * Value-stream map of a patient journey: process boxes with data boxes, wait triangles,
 * kaizen bursts and the timeline ladder along the critical path, for one or more states,
 * with lead time, value-added time, PCE, bottleneck and rolled %C&A. Two or more states
 * are compared: key figures before → after, the lead times on one scale, and the steps
 * aligned one by one (kept, merged, removed, new).
 *
 * Keyboard: one tab stop into the map; ArrowRight/ArrowLeft move along the flow (across
 * states), ArrowDown/ArrowUp jump to the same step in the next/previous state, Home/End to
 * the first/last step of the state; each move announces the step's figures; Enter or Space
 * selects it.
 *
 * @summary Value-stream map with critical path, timeline ladder and current vs future comparison.
 * @fires hcx-select - A step was chosen by click, Enter or Space. Detail: `{ touchpoint: stepId, index, item }` (`item` is the step's analysis plus its `state` id).
 * @fires hcx-data-load - A valid document is shown. Detail: `{ origin, document }`.
 * @fires hcx-data-error - Data could not be loaded or breaks the contract. Detail: `{ kind, status?, issues? }`.
 * @slot - Not rendered. A child `<script type="application/json">` holding the document loads it without JavaScript.
 * @csspart base - The figure box.
 * @csspart title - The title.
 * @csspart description - The subtitle.
 * @csspart toolbar - Table view and export buttons.
 * @csspart plot - Key figures and the map (the map scrolls sideways in a narrow column).
 * @csspart legend - The legend of bars, lines and shapes.
 * @csspart table - The data table: one row per step per state, totals and change rows.
 * @csspart tooltip - Unused (steps announce their figures instead).
 * @csspart empty - The empty state.
 * @csspart error - The error view listing contract problems.
 * @cssprop --hcx-color-improvement - Value-added time and improvements.
 * @cssprop --hcx-color-concern - Waiting (hatching), the bottleneck and the longest wait, worse figures.
 * @cssprop --hcx-color-accent - The critical path.
 * @cssprop --hcx-color-focus - Focus ring and kaizen bursts.
 * @cssprop --hcx-color-target - Outline of kaizen bursts.
 * @cssprop --hcx-color-surface - Data boxes, key-figure tiles and swim lanes.
 * @cssprop --hcx-color-text - Text, boxes and the ladder.
 * @cssprop --hcx-color-muted - Secondary text and parallel-branch arrows.
 * @cssprop --hcx-font - Font shorthand of the widget.
 * @cssprop --hcx-font-size - Base font size (default 14px).
 */
export class HcxValueStreamMap extends HcxElement<'value-stream', ValueStreamAnalysis, ValueStreamMessageKey> {
  static override styles = [...HcxElement.styles, valueStreamStyles];
  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
    ...internalState('focusKey', 'picked'),
  };
  protected readonly kind = 'value-stream' as const;
  protected readonly schema = valueStreamSchema;
  protected override readonly catalogue = valueStreamMessages;

  /** `flow` (default): parallel branches under the critical path; `lanes`: one swim lane per role. */
  layout: ValueStreamLayout = 'flow';

  /** The step holding the roving tab stop: state index and step index. */
  private focusKey = { state: 0, index: 0 };
  /** The step chosen here when the element is not inside a dashboard. */
  private picked: string | null = null;

  private flows = new WeakMap<ValueStreamState, FlowLayout>();

  protected override rehearsalDocument(): ValueStreamDocument {
    return valueStreamRehearsal();
  }

  protected analyse(doc: ValueStreamDocument): ValueStreamAnalysis {
    return analyseValueStream(doc);
  }

  /** Layout of one state, computed once per document state (not in every render). */
  private flowOf(s: ValueStreamState): FlowLayout {
    let flow = this.flows.get(s);
    if (!flow) this.flows.set(s, (flow = layoutFlow(s)));
    return flow;
  }

  private figures(ctx: Ctx): Figures {
    return figures(ctx.t, ctx.analysis.unit);
  }

  /** The touchpoint to highlight: the dashboard's selection inside a dashboard, else the step picked here. */
  private selectedTouchpoint(ctx: Ctx): string | null {
    return (this.dashboard ? ctx.selection?.touchpoint : this.picked) ?? null;
  }

  private key(analysis: ValueStreamAnalysis): { state: number; index: number } {
    const s = Math.min(this.focusKey.state, analysis.states.length - 1);
    return { state: s, index: Math.min(this.focusKey.index, analysis.states[s]!.steps.length - 1) };
  }

  protected renderChart(ctx: Ctx): TemplateResult {
    const { t, analysis } = ctx;
    const f = this.figures(ctx);
    const lanes = this.layout === 'lanes';
    const flows = ctx.doc.states.map((s) => this.flowOf(s));
    const m = mapMetrics(ctx.width, Math.max(...flows.map((fl) => fl.columns)), lanes);
    const hasComparison = !!analysis.comparison && analysis.comparison.from !== analysis.comparison.to;
    const width = Math.max(ctx.width, m.natural, hasComparison ? 700 : 0);
    const marks = changeMarks(analysis);
    const tp = this.selectedTouchpoint(ctx)?.trim().toLowerCase() ?? null;
    const isSelected = (step: ValueStreamStepAnalysis) => tp !== null && (step.id.toLowerCase() === tp || step.label.trim().toLowerCase() === tp);
    const key = this.key(analysis);

    let y = 0;
    const blocks: unknown[] = [];
    const bars = renderLeadBars(t, f, analysis, ctx.width, y, ctx.width < COMPACT);
    blocks.push(bars.content);
    y += bars.height + 14;
    analysis.states.forEach((s, si) => {
      const map = renderStateMap({
        t,
        f,
        state: s,
        stateIndex: si,
        flow: flows[si]!,
        lanes,
        m,
        width,
        visible: ctx.width,
        y,
        marks: marks.get(s.id),
        tabIndex: si === key.state ? key.index : -1,
        isSelected,
        describe: (step) => describeStep(t, f, s, step, marks.get(s.id)?.get(step.id)),
      });
      blocks.push(map.content);
      y += map.height + 18;
    });
    const comparison = renderComparison(t, f, analysis, Math.max(ctx.width, 700), y);
    if (comparison) {
      blocks.push(comparison.content);
      y += comparison.height;
    }
    const height = Math.ceil(y + 4);
    return html`${renderKpis(t, f, analysis)}
      <div class="scroller">
        <svg
          class="hcx-chart"
          width=${width}
          height=${height}
          viewBox="0 0 ${width} ${height}"
          role="group"
          aria-label=${ctx.doc.title}
          @keydown=${(e: KeyboardEvent) => this.onKey(e, ctx)}
          @click=${(e: MouseEvent) => this.onClick(e, ctx)}
        >
          <defs>
            ${svg`<pattern id="vsm-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect class="hatch-bg" width="6" height="6"></rect><line class="hatch-line" x1="1" y1="0" x2="1" y2="6"></line></pattern>
            <marker id="vsm-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto"><path class="arrow" d="M0 0L10 5L0 10z"></path></marker>
            <marker id="vsm-arrow-c" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto"><path class="arrow critical" d="M0 0L10 5L0 10z"></path></marker>`}
          </defs>
          ${blocks}
        </svg>
      </div>`;
  }

  protected override renderLegend(ctx: Ctx): unknown {
    return renderVsmLegend(ctx.t);
  }

  protected tableModel(ctx: Ctx): TableModel {
    return streamTable(ctx.t, this.figures(ctx), ctx.analysis);
  }

  protected summarize(ctx: Ctx): string {
    return summarizeStream(ctx.t, this.figures(ctx), ctx.analysis);
  }

  private stepAt(ctx: Ctx, key: { state: number; index: number }) {
    const s = ctx.analysis.states[key.state]!;
    return { s, step: s.steps[key.index]! };
  }

  private async moveTo(ctx: Ctx, key: { state: number; index: number }): Promise<void> {
    this.focusKey = key;
    await this.updateComplete;
    this.renderRoot.querySelector<SVGGElement>(`g.step[data-state="${key.state}"][data-index="${key.index}"]`)?.focus();
    const { s, step } = this.stepAt(ctx, key);
    this.announce(describeStep(ctx.t, this.figures(ctx), s, step, changeMarks(ctx.analysis).get(s.id)?.get(step.id)));
  }

  private choose(ctx: Ctx, key: { state: number; index: number }): void {
    const { s, step } = this.stepAt(ctx, key);
    this.picked = step.id;
    this.select({ touchpoint: step.id, index: step.index, item: { state: s.id, ...step } });
  }

  /** The step of state `target` that corresponds to `step` (same id or a comparison match), else the nearest index. */
  private counterpart(ctx: Ctx, from: number, index: number, target: number): number {
    const states = ctx.analysis.states;
    const step = states[from]!.steps[index]!;
    const other = states[target]!;
    let id = other.steps.some((s) => s.id === step.id) ? step.id : null;
    const c = ctx.analysis.comparison;
    if (!id && c) {
      const row = c.steps.find((r) => (states[from]!.id === c.from ? r.from.includes(step.id) : r.to === step.id));
      id = (other.id === c.to ? row?.to : row?.from[0]) ?? null;
    }
    const found = other.steps.findIndex((s) => s.id === id);
    return found >= 0 ? found : Math.min(index, other.steps.length - 1);
  }

  private onKey(e: KeyboardEvent, ctx: Ctx): void {
    const states = ctx.analysis.states;
    const { state: si, index } = this.key(ctx.analysis);
    const count = states[si]!.steps.length;
    let next: { state: number; index: number } | null = null;
    switch (e.key) {
      case 'ArrowRight':
        next = index + 1 < count ? { state: si, index: index + 1 } : si + 1 < states.length ? { state: si + 1, index: 0 } : { state: si, index };
        break;
      case 'ArrowLeft':
        next = index > 0 ? { state: si, index: index - 1 } : si > 0 ? { state: si - 1, index: states[si - 1]!.steps.length - 1 } : { state: si, index };
        break;
      case 'ArrowDown':
        next = si + 1 < states.length ? { state: si + 1, index: this.counterpart(ctx, si, index, si + 1) } : { state: si, index };
        break;
      case 'ArrowUp':
        next = si > 0 ? { state: si - 1, index: this.counterpart(ctx, si, index, si - 1) } : { state: si, index };
        break;
      case 'Home':
        next = { state: si, index: 0 };
        break;
      case 'End':
        next = { state: si, index: count - 1 };
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.choose(ctx, { state: si, index });
        return;
      default:
        return;
    }
    e.preventDefault();
    void this.moveTo(ctx, next);
  }

  private onClick(e: MouseEvent, ctx: Ctx): void {
    const g = (e.target as Element).closest?.('g.step');
    if (!g) return;
    const key = { state: Number(g.getAttribute('data-state')), index: Number(g.getAttribute('data-index')) };
    void this.moveTo(ctx, key);
    this.choose(ctx, key);
  }
}
