/**
 * `coproduce export ocds|360giving|csv|pb [--council SLUG] [--round ID-or-slug] [--table awards|spend|rounds|spending] [--group-by council|…] [--public-url URL]`
 * prints one export to standard output (OCDS: one release package; 360Giving: one grants package;
 * CSV: one table). The packages name the address they are published at: `--public-url`, else
 * `COPRODUCE_PUBLIC_URL` (there is no request to take it from, and no address is guessed). `pb` is delegated to the pabulib writer's command (`export-pb`) when present.
 */
import { parseArgs } from "node:util";
import { openDatabase } from "../db/bootstrap.js";
import { parseDatabaseUrl } from "../db/database-url.js";
import { ExportNotFoundError } from "../exports/export.service.js";
import {
  CSV_TABLES,
  ExportEmptyError,
  GROUP_BYS,
  csvTable,
  exportConfig,
  giving360Json,
  ocdsJson,
  type CsvTable,
} from "../exports/formats.js";
import type { SpendingGroupBy } from "../analytics/spending.service.js";
import { exportPbCommand } from "./export-pb.command.js";
import { CliError, EXIT, type CliCommand } from "./command.js";

const USAGE =
  "usage: coproduce export ocds|360giving|csv|pb [--council SLUG] [--round ID-or-slug] [--table awards|spend|rounds|spending] [--group-by council|area|round|year|theme|provider] [--public-url URL]";

/** The pabulib export lives with the pabulib import (another module): loaded by name, if built. */

export const exportCommand: CliCommand = {
  name: "export",
  summary: "Print open data (OCDS, 360Giving, CSV, pabulib) for a council or a round to stdout",
  async run(args, io) {
    const [format, ...rest] = args;
    if (format === "pb") return exportPbCommand.run(rest, io);
    if (format !== "ocds" && format !== "360giving" && format !== "csv") throw new CliError(USAGE, EXIT.usage);
    let values: { council?: string; round?: string; table?: string; "group-by"?: string; "public-url"?: string };
    try {
      values = parseArgs({
        args: rest,
        options: {
          council: { type: "string" },
          round: { type: "string" },
          table: { type: "string" },
          "group-by": { type: "string" },
          "public-url": { type: "string" },
        },
        strict: true,
      }).values;
    } catch (error) {
      throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, EXIT.usage);
    }
    const table = (values.table ?? "awards") as CsvTable;
    if (!CSV_TABLES.includes(table)) throw new CliError(`--table must be one of ${CSV_TABLES.join(", ")}`, EXIT.usage);
    const groupBy = (values["group-by"] ?? "council") as SpendingGroupBy;
    if (!GROUP_BYS.includes(groupBy))
      throw new CliError(`--group-by must be one of ${GROUP_BYS.join(", ")}`, EXIT.usage);
    const publicUrl = values["public-url"] || exportConfig().publicUrl;
    if ((format === "ocds" || format === "360giving") && !publicUrl)
      throw new CliError(
        `give --public-url https://… or set COPRODUCE_PUBLIC_URL: the address the package is published at\n${USAGE}`,
        EXIT.usage,
      );
    if (publicUrl && !/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/.test(publicUrl))
      throw new CliError(`--public-url must be an http(s) address, e.g. https://coproduce.example.org`, EXIT.usage);
    const dataSource = await openDatabase(parseDatabaseUrl(), { seed: process.env.COPRODUCE_SEED !== "none" });
    try {
      const selection = { council: values.council, round: values.round };
      const options = { publicUrl: publicUrl ?? "" };
      if (format === "ocds") io.stdout(await ocdsJson(dataSource, selection, options));
      else if (format === "360giving") io.stdout(await giving360Json(dataSource, selection, options));
      else for await (const chunk of await csvTable(dataSource, table, selection, groupBy)) io.stdout(String(chunk));
      return EXIT.ok;
    } catch (error) {
      if (error instanceof ExportNotFoundError || error instanceof ExportEmptyError)
        throw new CliError(error.message, EXIT.notFound);
      throw error;
    } finally {
      await dataSource.destroy();
    }
  },
};
