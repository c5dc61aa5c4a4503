import { brandHealthSchema, type BrandHealthDocument } from './brand-health.js';
import { controlChartSchema, type ControlChartDocument } from './control-chart.js';
import { CONTRACT_VERSION, envelopeShape } from './envelope.js';
import { LIMITS } from './limits.js';
import { satisfactionHeatmapSchema, type SatisfactionHeatmapDocument } from './satisfaction-heatmap.js';
import { s, type Schema } from './schema.js';
import { valueStreamSchema, type ValueStreamDocument } from './value-stream.js';

/** Every widget document kind, by its `kind`. */
export interface WidgetDocuments {
  'control-chart': ControlChartDocument;
  'satisfaction-heatmap': SatisfactionHeatmapDocument;
  'brand-health': BrandHealthDocument;
  'value-stream': ValueStreamDocument;
}
export type WidgetKind = keyof WidgetDocuments;
export type WidgetDocument = WidgetDocuments[WidgetKind];

/** `kind: "dashboard"` — several widget documents under one title, picked by `dataset`. */
export interface DashboardDocument {
  kind: 'dashboard';
  version: 1;
  title: string;
  subtitle?: string;
  source?: string;
  generatedAt?: string;
  datasets: Record<string, WidgetDocument>;
}

export type HcxDocument = WidgetDocument | DashboardDocument;
export type DocumentKind = HcxDocument['kind'];

export const WIDGET_SCHEMAS: { [K in WidgetKind]: Schema<WidgetDocuments[K]> } = {
  'control-chart': controlChartSchema,
  'satisfaction-heatmap': satisfactionHeatmapSchema,
  'brand-health': brandHealthSchema,
  'value-stream': valueStreamSchema,
};

/** A widget document of any kind; in the JSON Schema each kind is a `$ref` to its definition. */
const anyWidgetDocument = s.tagged<WidgetDocument>(
  'kind',
  Object.fromEntries(
    (Object.keys(WIDGET_SCHEMAS) as WidgetKind[]).map((kind) => [kind, s.ref(kind, () => WIDGET_SCHEMAS[kind] as Schema<WidgetDocument>)]),
  ),
);

export const dashboardSchema: Schema<DashboardDocument> = s
  .object({
    ...envelopeShape('dashboard'),
    datasets: s.record(anyWidgetDocument, LIMITS.datasets),
  });

export const DOCUMENT_SCHEMAS: { [K in DocumentKind]: Schema<Extract<HcxDocument, { kind: K }>> } = {
  ...WIDGET_SCHEMAS,
  dashboard: dashboardSchema,
};

export const DOCUMENT_KINDS = Object.keys(DOCUMENT_SCHEMAS) as DocumentKind[];
export { CONTRACT_VERSION };
