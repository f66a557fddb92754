import { parseArgs } from "node:util";
import { writePabulibLines } from "@coproduce/domain";
import { CliError, EXIT, type CliCommand } from "./command.js";
import { withDatabase } from "./database.js";
import { Round } from "../round/round.entity.js";
import { exportRoundAsPabulib } from "../round/pabulib-export.service.js";
import { fromGlobalId } from "../graphql/node-id.js";

const USAGE = "usage: coproduce export-pb --round <round slug or id>";

/** `pnpm --silent coproduce export-pb --round <id>`: writes the round as a valid .pb file to standard output. */
export const exportPbCommand: CliCommand = {
  name: "export-pb",
  summary: "Write a round as a Pabulib .pb file to standard output",
  async run(args, io) {
    let values;
    try {
      values = parseArgs({ args, options: { round: { type: "string" } } }).values;
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n${USAGE}`, EXIT.usage);
    }
    const ref = values.round;
    if (!ref) throw new CliError(USAGE, EXIT.usage);
    return withDatabase(async (dataSource) => {
      const decoded = fromGlobalId(ref);
      const round = await dataSource
        .getRepository(Round)
        .findOneBy(
          decoded?.typeName === "Round"
            ? { key: decoded.id }
            : /^\d+$/.test(ref)
              ? { key: Number(ref) }
              : { slug: ref },
        );
      if (!round) throw new CliError(`no round "${ref}"`, EXIT.notFound);
      const instance = await exportRoundAsPabulib(dataSource, round.key);
      for (const line of writePabulibLines(instance)) io.stdout(`${line}\n`);
      return EXIT.ok;
    });
  },
};
