import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import type { DataSource } from "typeorm";
import { PabulibParseError, parsePabulibLines, slugify, type PabulibInstance } from "@coproduce/domain";
import { CliError, EXIT, type CliCommand } from "./command.js";
import { withDatabase } from "./database.js";
import { pabulibFiles, pabulibLines, pabulibName, warningSummary } from "./pabulib-files.js";
import { Area } from "../area/area.entity.js";
import { Council } from "../council/council.entity.js";
import { Round } from "../round/round.entity.js";
import { importPabulibRoundInBatches } from "../round/pabulib-import.service.js";

const USAGE =
  "usage: coproduce import-pb FILE.pb[.gz]|DIR --council SLUG|--council-from-unit [--slug ROUND-SLUG] [--title TEXT] [--currency CODE] [--strict]";

const SLUG_MAX = 120; // round.slug's column length
const AREA_SLUG_MAX = 80; // area.slug's column length

/** `text` if it fits `max`, else cut and suffixed with a hash of the whole, so it stays unique. */
function fitSlug(full: string, max: number): string {
  if (full.length <= max) return full;
  return `${full.slice(0, max - 9).replace(/-+$/, "")}-${createHash("sha256").update(full).digest("hex").slice(0, 8)}`;
}

/** The area slug of a district name, shortened with a hash when longer than the column (Poznań 2023's districts are). */
export function areaSlugOf(district: string): string {
  return fitSlug(slugify(district, "area"), AREA_SLUG_MAX);
}

/** `<council>-pb-<file name>`, shortened with a hash of the whole when longer than the column (Poznań's names are). */
export function defaultSlug(councilSlug: string, file: string): string {
  const full = `${councilSlug}-pb-${pabulibName(file)
    .replace(/[^a-z0-9]+/gi, "-")
    .toLowerCase()}`;
  return fitSlug(full, SLUG_MAX);
}

/**
 * `--council-from-unit`: the council named by the file's META `unit` (found by slug, else
 * created), and the area named by its `district` (else `subunit`), found or created in it.
 */
async function councilAndAreaOf(
  dataSource: DataSource,
  pb: PabulibInstance,
  file: string,
): Promise<{ council: Council; areaKey: number | null }> {
  const unit = pb.meta.unit?.trim();
  if (!unit) throw new CliError(`${basename(file)}: META has no "unit" to name the council`, EXIT.invalidInput);
  const slug = slugify(unit, "council");
  const councils = dataSource.getRepository(Council);
  const council =
    (await councils.findOneBy({ slug })) ??
    (await councils.save(
      Object.assign(new Council(), {
        slug,
        name: unit,
        onsCode: null,
        region: pb.meta.country ? `${pb.meta.country} (Pabulib data)` : "Pabulib data",
        orgIdentifier: null,
      }),
    ));
  const district = (pb.meta.district ?? pb.meta.subunit ?? "").trim();
  if (district === "") return { council, areaKey: null };
  const areas = dataSource.getRepository(Area);
  const areaSlug = areaSlugOf(district);
  const area =
    (await areas.findOneBy({ councilKey: council.key, slug: areaSlug })) ??
    (await areas.save(
      Object.assign(new Area(), {
        councilKey: council.key,
        parentKey: null,
        slug: areaSlug,
        name: district,
        onsCode: null,
        kind: "district",
      }),
    ));
  return { council, areaKey: area.key };
}

/**
 * `pnpm coproduce import-pb FILE.pb --council <slug>`: a Pabulib file (`.pb` or `.pb.gz`, streamed)
 * becomes a PB round (bounded transactions; nothing left behind if it fails). Given a directory,
 * every `.pb`/`.pb.gz` file in it is imported, one round each. Lenient by default: deviations
 * (ballots over max_sum_cost, a project named twice, a META without header…) are kept and
 * reported as warnings with line and field; `--strict` rejects them.
 */
export const importPbCommand: CliCommand = {
  name: "import-pb",
  summary: "Import Pabulib .pb/.pb.gz files (a file or a directory) as participatory-budgeting rounds of a council",
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          council: { type: "string" },
          slug: { type: "string" },
          title: { type: "string" },
          currency: { type: "string" },
          strict: { type: "boolean" },
          "council-from-unit": { type: "boolean" },
        },
      });
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n${USAGE}`, EXIT.usage);
    }
    const path = parsed.positionals[0];
    const councilSlug = parsed.values.council;
    const fromUnit = parsed.values["council-from-unit"] ?? false;
    if (!path || (!councilSlug && !fromUnit) || (councilSlug && fromUnit)) throw new CliError(USAGE, EXIT.usage);
    if (!existsSync(path)) throw new CliError(`file not found: ${path}`, EXIT.notFound);
    const files = pabulibFiles(path);
    if (files.length === 0) throw new CliError(`no .pb or .pb.gz files in ${path}`, EXIT.notFound);
    if (files.length > 1 && (parsed.values.slug || parsed.values.title))
      throw new CliError(`--slug and --title apply to a single file, not a directory\n${USAGE}`, EXIT.usage);
    const strict = parsed.values.strict ?? false;

    return withDatabase(async (dataSource) => {
      const named = councilSlug ? await dataSource.getRepository(Council).findOneBy({ slug: councilSlug }) : null;
      if (councilSlug && !named) throw new CliError(`no council with slug "${councilSlug}"`, EXIT.notFound);
      const width = 30;
      let rejected = 0;
      let imported = 0;
      let warnings = 0;
      for (const [n, file] of files.entries()) {
        const name = basename(file);
        const prefix = files.length > 1 ? `[${n + 1}/${files.length}] ` : "";
        let instance: PabulibInstance;
        try {
          instance = await parsePabulibLines(pabulibLines(file), { strict });
        } catch (error) {
          if (!(error instanceof PabulibParseError)) throw error;
          if (files.length === 1) throw new CliError(`${name}: ${error.message}`, EXIT.invalidInput);
          io.stderr(`${prefix}${name}: rejected: ${error.message}\n`);
          rejected += 1;
          continue;
        }
        warnings += instance.warningCount;
        const summary = warningSummary(instance, name);
        if (summary) io.stderr(summary);
        const { council, areaKey } = named
          ? { council: named, areaKey: null }
          : await councilAndAreaOf(dataSource, instance, file);
        const slug = parsed.values.slug ?? defaultSlug(council.slug, file);
        if (await dataSource.getRepository(Round).existsBy({ slug })) {
          if (files.length === 1)
            throw new CliError(`a round with slug "${slug}" already exists (use --slug)`, EXIT.invalidInput);
          io.stderr(`${prefix}${name}: skipped: a round with slug "${slug}" already exists\n`);
          continue;
        }
        // Bounded transactions: the server keeps writing to the same database meanwhile.
        const result = await importPabulibRoundInBatches(dataSource, instance, {
          councilKey: council.key,
          areaKey,
          slug,
          title: parsed.values.title,
          currency: parsed.values.currency,
          source: `Pabulib: ${name}`,
          onProgress: (done, total) => {
            const filled = Math.round((done / Math.max(1, total)) * width);
            io.stderr(`\r${prefix}[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} ballots`);
          },
        });
        io.stderr("\n");
        imported += 1;
        io.stdout(
          `imported ${result.projects} projects and ${result.ballots} ballots as round "${result.round.slug}"` +
            (instance.warningCount === 0 ? "" : ` (${instance.warningCount} warnings)`) +
            (result.matchesOfficialOutcome === null
              ? "\n"
              : `; the allocation engine ${result.matchesOfficialOutcome ? "reproduces" : "does not reproduce"} the official outcome\n`),
        );
      }
      if (files.length > 1)
        io.stdout(`${files.length} files: ${imported} imported, ${rejected} rejected, ${warnings} warnings\n`);
      return rejected === 0 ? EXIT.ok : EXIT.invalidInput;
    });
  },
};
