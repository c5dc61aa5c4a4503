/** One cell of the data table and the CSV: `text` is shown (localized), `raw` is exported. */
export interface TableCell {
  text: string;
  /** Machine-readable value for CSV (numbers with `.` decimals); `null` exports empty. */
  raw: string | number | boolean | null;
}

export interface TableColumn {
  label: string;
  /** Right-aligned, tabular digits. */
  numeric?: boolean;
  /** Header cell of each row (`<th scope="row">`). */
  rowHeader?: boolean;
}

/** The data table a widget offers: the same numbers as `analysis`, as shown and as exported. */
export interface TableModel {
  columns: TableColumn[];
  rows: TableCell[][];
}

/** A cell whose shown text and exported value are the same string. */
export const textCell = (text: string): TableCell => ({ text, raw: text });
/** An empty cell (a gap, a suppressed value): shown as an en dash or the given mark. */
export const emptyCell = (text = '–'): TableCell => ({ text, raw: null });

/** CSV (RFC 4180) with a UTF-8 byte-order mark so Excel opens Chinese and Finnish labels right. */
export function tableToCSV(table: TableModel): string {
  const escape = (v: string | number | boolean | null): string => {
    if (v === null) return '';
    const s = String(v);
    // Cells starting with = + - @ would run as formulas in Excel (CSV injection): quote them with a leading '.
    const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [table.columns.map((c) => escape(c.label)).join(',')];
  for (const row of table.rows) lines.push(row.map((c) => escape(c.raw)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
