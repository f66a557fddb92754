import { createReadStream, existsSync } from "node:fs";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { PabulibParseError, parsePabulibLines } from "@coproduce/domain";
import { CliError, EXIT, type CliCommand } from "./command.js";
import { withDatabase } from "./database.js";
import { Council } from "../council/council.entity.js";
import { Round } from "../round/round.entity.js";
import { importPabulibRoundInBatches } from "../round/pabulib-import.service.js";

const USAGE = "usage: coproduce import-pb FILE.pb --council SLUG [--slug ROUND-SLUG] [--title TEXT] [--currency CODE]";

/** `pnpm coproduce import-pb FILE.pb --council <slug>`: a Pabulib file becomes a PB round (bounded transactions; nothing left behind if it fails). */
export const importPbCommand: CliCommand = {
  name: "import-pb",
  summary: "Import a Pabulib .pb file as a participatory-budgeting round of a council",
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
        },
      });
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n${USAGE}`, EXIT.usage);
    }
    const file = parsed.positionals[0];
    const councilSlug = parsed.values.council;
    if (!file || !councilSlug) throw new CliError(USAGE, EXIT.usage);
    if (!existsSync(file)) throw new CliError(`file not found: ${file}`, EXIT.notFound);

    let instance;
    try {
      const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
      instance = await parsePabulibLines(lines);
    } catch (error) {
      if (error instanceof PabulibParseError)
        throw new CliError(`${basename(file)}: ${error.message}`, EXIT.invalidInput);
      throw error;
    }
    const slug =
      parsed.values.slug ??
      `${councilSlug}-pb-${basename(file, ".pb")
        .replace(/[^a-z0-9]+/gi, "-")
        .toLowerCase()}`;
    return withDatabase(async (dataSource) => {
      const council = await dataSource.getRepository(Council).findOneBy({ slug: councilSlug });
      if (!council) throw new CliError(`no council with slug "${councilSlug}"`, EXIT.notFound);
      if (await dataSource.getRepository(Round).existsBy({ slug }))
        throw new CliError(`a round with slug "${slug}" already exists (use --slug)`, EXIT.invalidInput);
      const width = 30;
      // Bounded transactions: the server keeps writing to the same database meanwhile.
      const result = await importPabulibRoundInBatches(dataSource, instance, {
        councilKey: council.key,
        slug,
        title: parsed.values.title,
        currency: parsed.values.currency,
        source: `Pabulib: ${basename(file)}`,
        onProgress: (done, total) => {
          const filled = Math.round((done / Math.max(1, total)) * width);
          io.stderr(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} ballots`);
        },
      });
      io.stderr("\n");
      io.stdout(
        `imported ${result.projects} projects and ${result.ballots} ballots as round "${result.round.slug}"` +
          (result.matchesOfficialOutcome === null
            ? "\n"
            : `; the allocation engine ${result.matchesOfficialOutcome ? "reproduces" : "does not reproduce"} the official outcome\n`),
      );
      return EXIT.ok;
    });
  },
};
