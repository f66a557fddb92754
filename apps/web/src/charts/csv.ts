/** The columns of a dataset shown in a chart, its table and its downloads. */
export interface Column {
  readonly key: string;
  /** Human header; the unit is appended in downloads, e.g. "Awarded (GBP, pence)". */
  readonly label: string;
  readonly unit?: string;
  readonly numeric?: boolean;
  /** Display formatting for the on-screen table (downloads keep the raw value). */
  readonly format?: (value: Cell, row: DataRow) => string;
  /** A drill-down link for this cell (a path within the app). */
  readonly link?: (row: DataRow) => string | undefined;
}

export type Cell = string | number | boolean | null | undefined;
export type DataRow = Readonly<Record<string, Cell>>;

/** The header a download uses: the label with its unit, so raw numbers are never ambiguous. */
export function headerWithUnit(column: Column): string {
  return column.unit ? `${column.label} (${column.unit})` : column.label;
}

function escapeCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "string" ? value : String(value);
  // Spreadsheet formula injection: text starting with = + - @ (or a tab/CR) is prefixed with '.
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF line ends) of exactly the given rows and columns, in order. */
export function toCsv(columns: readonly Column[], rows: readonly DataRow[]): string {
  const lines = [columns.map((c) => escapeCell(headerWithUnit(c))).join(",")];
  for (const row of rows) lines.push(columns.map((c) => escapeCell(row[c.key])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** JSON of exactly the given rows (only the listed columns), with the units alongside. */
export function toJson(columns: readonly Column[], rows: readonly DataRow[]): string {
  const units = Object.fromEntries(columns.filter((c) => c.unit).map((c) => [c.key, c.unit]));
  const data = rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, row[c.key] ?? null])));
  return `${JSON.stringify({ units, rows: data }, null, 2)}\n`;
}

export function dataUri(mime: string, text: string): string {
  return `data:${mime};charset=utf-8,${encodeURIComponent(text)}`;
}
