/**
 * CSV export policy, on top of `csv-stringify`:
 * - a header row, then one record per row; records end with CRLF (RFC 4180);
 * - quoting per RFC 4180: a field is quoted when it contains a comma, a double quote, CR or LF,
 *   and quotes inside are doubled (csv-stringify's default behaviour with `quote: '"'`);
 * - money is always two columns: `<name>_amount` (major units as an exact decimal string computed
 *   from the integer minor units, e.g. `32000.00`) and `<name>_currency` (the stored code, which
 *   for local currencies is *not* an ISO code, e.g. `BRX`: CSV can say what was really paid);
 * - UTF-8 text, no byte-order mark (open-data tools read UTF-8 without one);
 * - null/undefined are empty fields; booleans are `true`/`false`;
 * - streaming: rows come from any (async) iterable and the output is a Node `Readable` of string
 *   chunks, so millions of rows never sit in memory at once;
 * - no formulas (CSV injection, OWASP): a text cell starting with `=`, `+`, `-`, `@`, a tab or a
 *   carriage return is written with a leading `'`, so a spreadsheet shows it as text instead of
 *   running it (`=HYPERLINK(…)` becomes `'=HYPERLINK(…)`). A cell that is a plain number — digits,
 *   an optional sign and decimal point, such as the amount `-0.05` — is left alone: a spreadsheet
 *   reads it as a number and it cannot hold a formula. This is the only CSV writer of the API.
 */
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { type Money } from "@coproduce/domain";
import { exactMinorToDecimalString, minorToDecimalString } from "./currency.js";
import { type AwardExportInput, type RoundExportInput, type SpendExportInput } from "./types.js";

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvColumn<Row> {
  readonly header: string;
  readonly value: (row: Row) => CsvCell;
}

/** Two columns for one amount: `<name>_amount` (exact decimal, major units) and `<name>_currency`. */
export function moneyColumns<Row>(
  name: string,
  get: (row: Row) => Money | null | undefined,
): [CsvColumn<Row>, CsvColumn<Row>] {
  return [
    {
      header: `${name}_amount`,
      value: (row) => {
        const m = get(row);
        return m ? minorToDecimalString(m.amountMinor, m.currency) : null;
      },
    },
    { header: `${name}_currency`, value: (row) => get(row)?.currency ?? null },
  ];
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** A text cell as written: with a leading `'` when a spreadsheet would take it for a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** Like `moneyColumns` for exact totals (bigint minor units: a sum may exceed 2^53). */
export function exactMoneyColumns<Row>(
  name: string,
  get: (row: Row) => { amountMinor: bigint; currency: string } | null | undefined,
): [CsvColumn<Row>, CsvColumn<Row>] {
  return [
    {
      header: `${name}_amount`,
      value: (row) => {
        const m = get(row);
        return m ? exactMinorToDecimalString(m.amountMinor, m.currency) : null;
      },
    },
    { header: `${name}_currency`, value: (row) => get(row)?.currency ?? null },
  ];
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} to CSV`);
    return String(value);
  }
  return neutraliseFormula(value);
}

async function* records<Row>(
  rows: AsyncIterable<Row> | Iterable<Row>,
  columns: readonly CsvColumn<Row>[],
): AsyncGenerator<string[]> {
  for await (const row of rows) yield columns.map((c) => cell(c.value(row)));
}

/**
 * Streams rows as CSV. The result is a Readable of UTF-8 string chunks (also an async iterable):
 * pipe it to a file or an HTTP response, or `for await` over it.
 */
export function csvStream<Row>(rows: AsyncIterable<Row> | Iterable<Row>, columns: readonly CsvColumn<Row>[]): Readable {
  if (columns.length === 0) throw new Error("A CSV export needs at least one column");
  const stringifier = stringify({
    header: true,
    columns: columns.map((c) => neutraliseFormula(c.header)),
    record_delimiter: "\r\n",
    quote: '"',
    escape: '"',
    // csv-stringify quotes fields holding the delimiter, a quote or the *record delimiter* (CRLF);
    // RFC 4180 also requires quoting a lone LF or CR inside a field.
    quoted_match: /[\r\n]/,
    bom: false,
  });
  const source = Readable.from(records(rows, columns));
  source.on("error", (err) => stringifier.destroy(err));
  return source.pipe(stringifier).setEncoding("utf8");
}

/** Convenience for small exports and tests: the whole CSV as one string. */
export async function csvString<Row>(
  rows: AsyncIterable<Row> | Iterable<Row>,
  columns: readonly CsvColumn<Row>[],
): Promise<string> {
  let out = "";
  for await (const chunk of csvStream(rows, columns)) out += String(chunk);
  return out;
}

// --- "Where the money went": ready-made tables over RoundExportInput ------------------------------

export interface AwardCsvRow {
  readonly input: RoundExportInput;
  readonly award: AwardExportInput;
}
export interface SpendCsvRow {
  readonly input: RoundExportInput;
  readonly award: AwardExportInput;
  readonly spend: SpendExportInput;
}

export function* awardRows(inputs: Iterable<RoundExportInput>): Generator<AwardCsvRow> {
  for (const input of inputs) for (const award of input.awards) yield { input, award };
}

export function* spendRows(inputs: Iterable<RoundExportInput>): Generator<SpendCsvRow> {
  for (const input of inputs) {
    const awards = new Map(input.awards.map((a) => [a.id, a]));
    for (const spend of input.spend) {
      const award = awards.get(spend.awardId);
      if (!award) throw new Error(`Spend ${spend.id} refers to unknown award ${spend.awardId}`);
      yield { input, award, spend };
    }
  }
}

/** One row per award: council, round, provider (organisations only), value, status, dates. */
export const AWARD_CSV_COLUMNS: readonly CsvColumn<AwardCsvRow>[] = [
  { header: "council_slug", value: (r) => r.input.council.slug },
  { header: "council_name", value: (r) => r.input.council.name },
  { header: "round_slug", value: (r) => r.input.round.slug },
  { header: "round_title", value: (r) => r.input.round.title },
  { header: "round_kind", value: (r) => r.input.round.kind },
  { header: "award_id", value: (r) => r.award.id },
  { header: "award_title", value: (r) => r.award.title },
  { header: "award_kind", value: (r) => r.award.kind },
  { header: "award_status", value: (r) => r.award.status },
  { header: "awarded_on", value: (r) => r.award.awardedOn },
  { header: "provider_name", value: (r) => r.award.provider?.name },
  {
    header: "provider_org_id",
    value: (r) =>
      r.award.provider?.identifier ? `${r.award.provider.identifier.scheme}-${r.award.provider.identifier.id}` : null,
  },
  ...moneyColumns<AwardCsvRow>("value", (r) => r.award.value),
  { header: "period_start", value: (r) => r.award.period?.start },
  { header: "period_end", value: (r) => r.award.period?.end },
];

/** One row per payment against an award. */
export const SPEND_CSV_COLUMNS: readonly CsvColumn<SpendCsvRow>[] = [
  { header: "council_slug", value: (r) => r.input.council.slug },
  { header: "round_slug", value: (r) => r.input.round.slug },
  { header: "award_id", value: (r) => r.award.id },
  { header: "spend_id", value: (r) => r.spend.id },
  { header: "paid_on", value: (r) => r.spend.paidOn },
  { header: "provider_name", value: (r) => r.award.provider?.name },
  ...moneyColumns<SpendCsvRow>("amount", (r) => r.spend.amount),
  { header: "description", value: (r) => r.spend.description },
];
