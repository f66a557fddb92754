import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { allocateCommand } from "./allocate.command.js";
import { CliError, EXIT, type CliIo } from "./command.js";

const sharedDir = process.env.COPRODUCE_SHARED_DIR ?? fileURLToPath(new URL("../../../../../shared", import.meta.url));
const WROCLAW_2017 = `${sharedDir}/data/pabulib/poland_wroclaw_2017_rejon-nr-9-250.pb`;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t) };
  try {
    const code = await allocateCommand.run(args, io);
    return { code, out, err };
  } catch (error) {
    if (error instanceof CliError) return { code: error.exitCode, out, err: err + error.message };
    throw error;
  }
}

const dir = mkdtempSync(join(tmpdir(), "coproduce-allocate-"));
const small = join(dir, "small.pb");
writeFileSync(
  small,
  [
    "META",
    "key;value",
    "num_projects;3",
    "num_votes;4",
    "budget;100",
    "vote_type;approval",
    "PROJECTS",
    "project_id;cost;name",
    "A;60;First",
    "B;40;Second",
    "C;30;Third",
    "VOTES",
    "voter_id;vote",
    "1;A",
    "2;A",
    "3;A,C",
    "4;B,C",
    "",
  ].join("\n"),
);
const broken = join(dir, "broken.pb");
writeFileSync(
  broken,
  "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\nA;sixty\nVOTES\nvoter_id;vote\n1;A\n",
);

describe("coproduce allocate", () => {
  it("prints one JSON object with the outcome and explanations", async () => {
    const r = await run([small, "--rule", "mes", "--json"]);
    expect(r.code).toBe(EXIT.ok);
    const json = JSON.parse(r.out) as {
      rule: string;
      budget: number;
      spent: number;
      selected: string[];
      explanations: { projectId: string }[];
    };
    expect(json).toMatchObject({ rule: "mes", budget: 100, spent: 90, selected: ["A", "C"] });
    expect(json.explanations.map((e) => e.projectId)).toEqual(["A", "B", "C"]);
  });

  it("runs greedy and prints a readable table without --json", async () => {
    const r = await run([small, "--rule", "greedy"]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain("budget 100, spent 90");
    expect(r.out).toMatch(/A\s+60\s+3\s+yes/);
  });

  it("names the line and field of malformed input (exit 3)", async () => {
    const r = await run([broken, "--rule", "greedy", "--json"]);
    expect(r.code).toBe(EXIT.invalidInput);
    expect(r.err).toContain('line 7, field "cost"');
  });

  it("rejects bad usage (exit 2) and missing files (exit 4)", async () => {
    expect((await run([small])).code).toBe(EXIT.usage);
    expect((await run([small, "--rule", "borda"])).code).toBe(EXIT.usage);
    expect((await run([small, "--rule", "mes", "--completion", "add2"])).code).toBe(EXIT.usage);
    expect((await run([small, "--rule", "mes", "--tie-break", "random"])).code).toBe(EXIT.usage);
    expect((await run([join(dir, "missing.pb"), "--rule", "mes"])).code).toBe(EXIT.notFound);
  });

  it("matches expected-mes.tsv on a real file (add1u, integral+exhaustive)", async () => {
    const r = await run([
      WROCLAW_2017,
      "--rule",
      "mes",
      "--completion",
      "add1u",
      "--add1-options",
      "integral,exhaustive",
      "--tie-break",
      "maxVotes,minCost",
      "--json",
    ]);
    expect(r.code).toBe(EXIT.ok);
    expect((JSON.parse(r.out) as { selected: string[] }).selected.sort()).toEqual(["388", "49", "584", "606"]);
  });
});
