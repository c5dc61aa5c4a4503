import { svg } from 'lit';
import { customElement } from 'lit/decorators.js';
import { controlChartSchema, type ControlChartDocument } from '../../src/contract/control-chart.js';
import { HcxElement, type ChartContext } from '../../src/base/hcx-element.js';
import type { AlertDetail } from '../../src/base/events.js';
import type { TableModel } from '../../src/base/table-model.js';

export interface ProbeAnalysis {
  count: number;
  mean: number | null;
}

/** A minimal widget over control-chart documents, to test the base class alone. */
@customElement('hcx-probe')
export class ProbeWidget extends HcxElement<'control-chart', ProbeAnalysis> {
  protected readonly kind = 'control-chart' as const;
  protected readonly schema = controlChartSchema;
  analyseCalls = 0;
  /** Locales `warmUpFormatters` was called with, in order. */
  warmedUp: string[] = [];

  protected override warmUpFormatters(t: { locale: string }): void {
    this.warmedUp.push(t.locale);
  }

  protected analyse(doc: ControlChartDocument): ProbeAnalysis {
    this.analyseCalls++;
    const values = doc.points.map((p) => p.value).filter((v): v is number => typeof v === 'number');
    return { count: values.length, mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null };
  }

  protected renderChart(ctx: ChartContext<ControlChartDocument, ProbeAnalysis>) {
    return svg`<svg class="hcx-chart" viewBox="0 0 ${ctx.width} 100" role="img" aria-label=${ctx.doc.title}>
      <rect class="bar" x="0" y="0" width=${ctx.analysis.count} height="10"></rect><text x="4" y="40">${ctx.doc.title}</text></svg>`;
  }

  protected tableModel(ctx: ChartContext<ControlChartDocument, ProbeAnalysis>): TableModel {
    return {
      columns: [{ label: 'x', rowHeader: true }, { label: 'value', numeric: true }],
      rows: ctx.doc.points.map((p) => [
        { text: ctx.t.format.date(p.x), raw: p.x },
        { text: p.value == null ? '–' : ctx.t.format.number(p.value), raw: p.value ?? null },
      ]),
    };
  }

  protected summarize(ctx: ChartContext<ControlChartDocument, ProbeAnalysis>): string {
    return `${ctx.analysis.count} values, mean ${ctx.analysis.mean === null ? '–' : ctx.t.format.number(ctx.analysis.mean)}`;
  }

  protected override alertsFor(ctx: ChartContext<ControlChartDocument, ProbeAnalysis>): AlertDetail[] {
    return ctx.doc.points.filter((p) => p.note === 'alert').map((p) => ({ key: p.x, kind: 'special-cause-concern' as const, message: `alert at ${p.x}` }));
  }
}
