import "reflect-metadata";
import { EXIT, type CliCommand, type CliIo, CliError } from "./command.js";

/** The command registry: each command lives in its own `<name>.command.ts` and is loaded lazily. */
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  allocate: async () => (await import("./allocate.command.js")).allocateCommand,
  export: async () => (await import("./export.command.js")).exportCommand,
  "import-pb": async () => (await import("./import-pb.command.js")).importPbCommand,
  "export-pb": async () => (await import("./export-pb.command.js")).exportPbCommand,
  "user-add": async () => (await import("./user-add.command.js")).userAddCommand,
  lottery: async () => (await import("./lottery.command.js")).lotteryCommand,
  "backfill-rule-comparisons": async () =>
    (await import("./backfill-rule-comparisons.command.js")).backfillRuleComparisonsCommand,
};

// `coproduce export … | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "help") {
    io.stdout("Usage: coproduce <command> [options]\n\nCommands:\n");
    for (const key of Object.keys(COMMANDS)) {
      const command = await COMMANDS[key]!();
      io.stdout(`  ${key.padEnd(12)} ${command.summary}\n`);
    }
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`coproduce: unknown command "${name}". Run "coproduce help" for the list.\n`);
    return EXIT.usage;
  }
  try {
    return await (await load()).run(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`coproduce ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`coproduce ${name}: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failure;
  }
}

process.exitCode = await main(process.argv.slice(2));
