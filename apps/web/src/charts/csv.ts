/** The columns of a dataset shown in a chart, its table and its downloads. */
export interface Column {
  readonly key: string;
  /** Human header; the unit is appended, in the table and in downloads, e.g. "Awarded (£)". */
  readonly label: string;
  readonly unit?: string;
  readonly numeric?: boolean;
  /** Display formatting for the on-screen table. */
  readonly format?: (value: Cell, row: DataRow) => string;
  /**
   * What downloads write for this cell when it is not the value itself: money is kept in integer
   * minor units (exact, and what the table sorts by) and downloaded in major units ("12345.67";
   * see `moneyColumn`). Without it, downloads write the value as it is.
   */
  readonly download?: (value: Cell, row: DataRow) => Cell;
  /** A drill-down link for this cell (a path within the app). */
  readonly link?: (row: DataRow) => string | undefined;
}

export type Cell = string | number | boolean | null | undefined;
export type DataRow = Readonly<Record<string, Cell>>;

/** The header a download uses: the label with its unit, so raw numbers are never ambiguous. */
export function headerWithUnit(column: Column): string {
  return column.unit ? `${column.label} (${column.unit})` : column.label;
}

/** The cell as downloads write it (see `Column.download`). */
export function downloadValue(column: Column, row: DataRow): Cell {
  return column.download ? column.download(row[column.key], row) : row[column.key];
}

function escapeCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "string" ? value : String(value);
  // Spreadsheet formula injection: text starting with = + - @ (or a tab/CR) is prefixed with '.
  // An exact decimal a money column wrote ("-0.05") is a number, not a formula.
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text) && !DECIMAL.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** RFC 4180 CSV (CRLF line ends) of exactly the given rows and columns, in order. */
export function toCsv(columns: readonly Column[], rows: readonly DataRow[]): string {
  const lines = [columns.map((c) => escapeCell(headerWithUnit(c))).join(",")];
  for (const row of rows) lines.push(columns.map((c) => escapeCell(downloadValue(c, row))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * JSON of exactly the given rows (only the listed columns, as the CSV writes them), with the units
 * alongside. A numeric column's exact decimal ("12345.67") is a JSON number: the double nearest to
 * it prints back as the same digits for any amount below 10^15 units.
 */
export function toJson(columns: readonly Column[], rows: readonly DataRow[]): string {
  const units = Object.fromEntries(columns.filter((c) => c.unit).map((c) => [c.key, c.unit]));
  const data = rows.map((row) =>
    Object.fromEntries(
      columns.map((c) => {
        const v = downloadValue(c, row);
        return [c.key, c.numeric && typeof v === "string" && DECIMAL.test(v) ? Number(v) : (v ?? null)];
      }),
    ),
  );
  return `${JSON.stringify({ units, rows: data }, null, 2)}\n`;
}

export function dataUri(mime: string, text: string): string {
  return `data:${mime};charset=utf-8,${encodeURIComponent(text)}`;
}
