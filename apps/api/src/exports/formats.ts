/**
 * The export formats shared by the command line (`coproduce export …`) and the HTTP downloads
 * (`/exports/…`): the same bytes either way. Configuration from the environment:
 * `COPRODUCE_OCID_PREFIX` (registered OCDS prefix, default `ocds-cpdc01`), `COPRODUCE_360G_PREFIX`
 * (registered 360Giving prefix, default `360G-coproduce`), `COPRODUCE_PUBLIC_URL` (base of the packages'
 * own URIs; unset, an HTTP download takes it from the request and the command line asks for `--public-url`).
 */
import type { Readable } from "node:stream";
import type { DataSource } from "typeorm";
import { buildOcdsReleasePackage } from "./ocds.js";
import { build360GivingPackage } from "./giving360.js";
import {
  AWARD_CSV_COLUMNS,
  SPEND_CSV_COLUMNS,
  csvStream,
  exactMoneyColumns,
  moneyColumns,
  type CsvColumn,
} from "./csv.js";
import { ExportService, type ExportSelection } from "./export.service.js";
import type { RoundExportInput } from "./types.js";
import { SpendingService, type SpendingGroupBy, type SpendingRowData } from "../analytics/spending.service.js";

export const LICENSE = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
export const CSV_TABLES = ["awards", "spend", "rounds", "spending"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];
export const GROUP_BYS: readonly SpendingGroupBy[] = ["council", "area", "round", "year", "theme", "provider"];

export class ExportEmptyError extends Error {}

export function exportConfig(env: NodeJS.ProcessEnv = process.env) {
  return {
    ocidPrefix: env.COPRODUCE_OCID_PREFIX || "ocds-cpdc01",
    grantIdPrefix: env.COPRODUCE_360G_PREFIX || "360G-coproduce",
    /** The configured public address (no trailing slash), or null: then the caller knows it (see `publicUrlOf`). */
    publicUrl: env.COPRODUCE_PUBLIC_URL ? withoutTrailingSlash(env.COPRODUCE_PUBLIC_URL) : null,
  };
}

const withoutTrailingSlash = (url: string): string => url.replace(/\/+$/, "");

/** A host as a Host header may carry it: a DNS name or IPv4 address, or a bracketed IPv6 address, with an optional port. */
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export class PublicUrlError extends Error {}

/**
 * The base of the packages' URIs: `COPRODUCE_PUBLIC_URL` when set, else the address the request
 * came to (`protocol://host`, which Express reads from X-Forwarded-Proto/-Host only when
 * TRUST_PROXY is set). A Host that is not a host name is refused, never written into a package.
 */
export function publicUrlOf(
  request: { readonly protocol: string; readonly host: string | undefined },
  env: NodeJS.ProcessEnv = process.env,
): string {
  const configured = exportConfig(env).publicUrl;
  if (configured) return configured;
  const host = request.host ?? "";
  if (!HOST.test(host)) throw new PublicUrlError("the request's Host is not a host name");
  return `${request.protocol === "https" ? "https" : "http"}://${host}`;
}

/** How a package is made: its public address (see `publicUrlOf`) and the instant it is published. */
export interface PackageOptions {
  readonly publicUrl: string;
  readonly now?: Date;
}

function query(selection: ExportSelection): string {
  const q = new URLSearchParams();
  if (selection.council) q.set("council", selection.council);
  if (selection.round) q.set("round", selection.round);
  const s = q.toString();
  return s ? `?${s}` : "";
}

export async function ocdsJson(
  dataSource: DataSource,
  selection: ExportSelection,
  options: PackageOptions,
): Promise<string> {
  const config = exportConfig();
  const publicUrl = withoutTrailingSlash(options.publicUrl);
  const inputs = await new ExportService(dataSource).all(selection);
  const pkg = buildOcdsReleasePackage(inputs, {
    ocidPrefix: config.ocidPrefix,
    publisher: { name: "Coproduce", uri: publicUrl },
    publishedDate: (options.now ?? new Date()).toISOString(),
    uri: `${publicUrl}/exports/ocds.json${query(selection)}`,
    license: LICENSE,
  });
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export async function giving360Json(
  dataSource: DataSource,
  selection: ExportSelection,
  options: PackageOptions,
): Promise<string> {
  const config = exportConfig();
  const publicUrl = withoutTrailingSlash(options.publicUrl);
  const inputs = await new ExportService(dataSource).all(selection);
  const result = build360GivingPackage(inputs, {
    grantIdPrefix: config.grantIdPrefix,
    publisher: { name: "Coproduce", website: publicUrl },
    issued: (options.now ?? new Date()).toISOString(),
    license: LICENSE,
    downloadURL: `${publicUrl}/exports/360giving.json${query(selection)}`,
  });
  if (!result.package)
    throw new ExportEmptyError(
      `no grants to publish (${result.omitted.length} award(s) omitted: not grants, no recipient organisation, or not yet active)`,
    );
  return `${JSON.stringify(result.package, null, 2)}\n`;
}

const ROUND_CSV_COLUMNS: readonly CsvColumn<RoundExportInput>[] = [
  { header: "council_slug", value: (r) => r.council.slug },
  { header: "council_name", value: (r) => r.council.name },
  { header: "round_id", value: (r) => r.round.id },
  { header: "round_slug", value: (r) => r.round.slug },
  { header: "round_title", value: (r) => r.round.title },
  { header: "round_kind", value: (r) => r.round.kind },
  { header: "phase", value: (r) => r.round.phase },
  { header: "theme", value: (r) => r.round.theme },
  { header: "area_name", value: (r) => r.round.area?.name },
  { header: "area_ons_code", value: (r) => r.round.area?.onsCode },
  ...moneyColumns<RoundExportInput>("pot", (r) => r.round.pot),
  { header: "decision_method", value: (r) => r.round.decisionMethod },
  { header: "allocation_rule", value: (r) => r.round.allocationRule },
  { header: "opens_on", value: (r) => r.round.opensOn },
  { header: "closes_on", value: (r) => r.round.closesOn },
  { header: "bids", value: (r) => r.bids.length },
  { header: "awards", value: (r) => r.awards.length },
];

interface SpendingCsvRow {
  row: SpendingRowData;
  currency: string;
  groupBy: SpendingGroupBy;
}
/** The exact amount of a currency in a list, as major units (exact decimal from bigint minor units). */
const amountIn = (list: { amountMinor: bigint; currency: string }[], currency: string) =>
  list.find((x) => x.currency === currency) ?? null;
/** "Where the money went" by group: one line per group × currency (amounts never added across currencies). */
const SPENDING_CSV_COLUMNS: readonly CsvColumn<SpendingCsvRow>[] = [
  { header: "group_by", value: (r) => r.groupBy },
  { header: "key", value: (r) => r.row.key },
  { header: "label", value: (r) => r.row.label },
  ...exactMoneyColumns<SpendingCsvRow>("pot", (r) => amountIn(r.row.pot, r.currency)),
  ...exactMoneyColumns<SpendingCsvRow>("awarded", (r) => amountIn(r.row.awarded, r.currency)),
  ...exactMoneyColumns<SpendingCsvRow>("spent", (r) => amountIn(r.row.spent, r.currency)),
  { header: "award_count", value: (r) => r.row.awardCount },
  { header: "round_count", value: (r) => r.row.roundCount },
  { header: "population", value: (r) => r.row.population },
];

async function* spendingRows(
  dataSource: DataSource,
  selection: ExportSelection,
  groupBy: SpendingGroupBy,
): AsyncGenerator<SpendingCsvRow> {
  const filter: { councilKeys?: number[]; roundKeys?: number[] } = {};
  if (selection.council || selection.round) filter.roundKeys = await new ExportService(dataSource).select(selection);
  // A council without rounds: an empty table, not every council's (no round has key −1).
  if (filter.roundKeys?.length === 0) filter.roundKeys = [-1];
  const result = await new SpendingService(dataSource).summarise(filter, groupBy);
  for (const row of [...result.rows, result.totals]) {
    const currencies = [...new Set([...row.pot, ...row.awarded, ...row.spent].map((m) => m.currency))].sort();
    for (const currency of currencies.length ? currencies : [""]) yield { row, currency, groupBy };
  }
}

/** A CSV table as a stream (rows produced chunk by chunk). */
export async function csvTable(
  dataSource: DataSource,
  table: CsvTable,
  selection: ExportSelection,
  groupBy: SpendingGroupBy = "council",
): Promise<Readable> {
  const service = new ExportService(dataSource);
  await service.select(selection); // fail early (not found) before the first byte
  switch (table) {
    case "awards":
      return csvStream(awardRowsOf(service.stream(selection)), AWARD_CSV_COLUMNS);
    case "spend":
      return csvStream(spendRowsOf(service.stream(selection)), SPEND_CSV_COLUMNS);
    case "rounds":
      return csvStream(service.stream(selection), ROUND_CSV_COLUMNS);
    case "spending":
      return csvStream(spendingRows(dataSource, selection, groupBy), SPENDING_CSV_COLUMNS);
  }
}

async function* awardRowsOf(inputs: AsyncIterable<RoundExportInput>) {
  for await (const input of inputs) for (const award of input.awards) yield { input, award };
}

async function* spendRowsOf(inputs: AsyncIterable<RoundExportInput>) {
  for await (const input of inputs) {
    const awards = new Map(input.awards.map((a) => [a.id, a]));
    for (const spend of input.spend) yield { input, award: awards.get(spend.awardId)!, spend };
  }
}
