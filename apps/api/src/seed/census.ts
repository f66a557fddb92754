import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";

export interface CensusRow {
  areaCode: string;
  areaName: string;
  dimension: string;
  category: string;
  count: number;
}

export const SEED_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "seed-data");
export const CENSUS_SOURCE =
  "ONS Census 2021 (TS007A, TS009, TS021, TS038). Source: Office for National Statistics licensed under the Open Government Licence v3.0";
export const WARD_SOURCE =
  "ONS Census 2021 via Lambeth Council 2024 Ambitions data pack. Source: Office for National Statistics licensed under the Open Government Licence v3.0";

/** Reads seed-data/census-2021.csv (a subset of ../shared/data/census, see seed-data/README.md). */
export function readCensus(): CensusRow[] {
  const records: Record<string, string>[] = parse(readFileSync(join(SEED_DATA_DIR, "census-2021.csv"), "utf8"), {
    columns: true,
    skip_empty_lines: true,
  });
  return records.map((r, i) => {
    const count = Number(r.count);
    if (!r.area_name || !r.dimension || !r.category || !Number.isInteger(count)) {
      throw new Error(`census-2021.csv line ${i + 2}: missing area_name, dimension, category or an integer count`);
    }
    return { areaCode: r.area_code ?? "", areaName: r.area_name, dimension: r.dimension, category: r.category, count };
  });
}
