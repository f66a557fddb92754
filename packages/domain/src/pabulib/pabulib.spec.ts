import { createReadStream, readdirSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePabulib, parsePabulibLines, parsePabulibString } from "./parser.js";
import { PabulibParseError, type PabulibInstance } from "./types.js";
import { writePabulib } from "./writer.js";

const sharedDir = process.env.COPRODUCE_SHARED_DIR ?? fileURLToPath(new URL("../../../../../shared", import.meta.url));
const PABULIB = `${sharedDir}/data/pabulib/`;
const BROKEN = fileURLToPath(new URL("../../test/fixtures/broken/", import.meta.url));
const realFiles = readdirSync(PABULIB)
  .filter((f) => f.endsWith(".pb"))
  .sort();

// [fixture, line, field, code]: where each broken file must be reported.
const BROKEN_CASES: [string, number, string | undefined, PabulibParseError["code"]][] = [
  ["choose-1-two-projects", 21, "vote", "CONSTRAINT"],
  ["cost-not-a-number", 17, "cost", "INVALID_NUMBER"],
  ["cumulative-max-points", 24, "points", "CONSTRAINT"],
  ["cumulative-max-sum-points", 22, "points", "CONSTRAINT"],
  ["cumulative-point-not-a-number", 24, "points", "INVALID_NUMBER"],
  ["cumulative-points-mismatch", 23, "points", "SYNTAX"],
  ["cumulative-without-points", 22, "points", "MISSING_FIELD"],
  ["duplicate-project", 18, "project_id", "DUPLICATE"],
  ["duplicate-voter", 23, "voter_id", "DUPLICATE"],
  ["empty-file", 1, undefined, "SECTION"],
  ["max-length-exceeded", 22, "vote", "CONSTRAINT"],
  ["max-sum-cost-exceeded", 21, "vote", "CONSTRAINT"],
  ["meta-not-a-number", 13, "max_length", "INVALID_NUMBER"],
  ["min-length-not-met", 23, "vote", "CONSTRAINT"],
  ["missing-budget", 13, "budget", "MISSING_FIELD"],
  ["missing-cost-column", 15, "cost", "MISSING_FIELD"],
  ["missing-votes-section", 19, undefined, "SECTION"],
  ["negative-cost", 17, "cost", "INVALID_VALUE"],
  ["no-meta-section", 1, undefined, "SECTION"],
  ["num-projects-mismatch", 7, "num_projects", "COUNT_MISMATCH"],
  ["num-votes-mismatch", 8, "num_votes", "COUNT_MISMATCH"],
  ["project-twice-in-approval-vote", 22, "vote", "DUPLICATE"],
  ["sections-out-of-order", 14, undefined, "SECTION"],
  ["unknown-project-in-vote", 22, "vote", "UNKNOWN_PROJECT"],
  ["unknown-vote-type", 10, "vote_type", "INVALID_VALUE"],
  ["unterminated-quote", 17, "name", "SYNTAX"],
  ["wrong-field-count", 17, "name", "SYNTAX"],
];

const STRICT = { strict: true } as const;

/** An instance without the parser's warnings (a written file no longer has the deviations). */
function withoutWarnings(pb: PabulibInstance): Omit<PabulibInstance, "warnings" | "warningCount" | "warningsByCode"> {
  const { warnings: _w, warningCount: _c, warningsByCode: _b, ...rest } = pb;
  return rest;
}

async function* chunks(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

describe("pabulib parser: broken files", () => {
  it("covers every fixture in the broken corpus", () => {
    const fixtures = readdirSync(BROKEN)
      .map((f) => f.replace(/\.pb$/, ""))
      .sort();
    expect(fixtures).toEqual(BROKEN_CASES.map(([name]) => name).sort());
  });

  it.each(BROKEN_CASES)("%s → line %i, field %s (%s)", async (name, line, field, code) => {
    const text = readFileSync(`${BROKEN}${name}.pb`, "utf8");
    const syncError = (() => {
      try {
        parsePabulibString(text, STRICT);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(syncError).toBeInstanceOf(PabulibParseError);
    const e = syncError as PabulibParseError;
    expect({ line: e.line, field: e.field, code: e.code }).toEqual({ line, field, code });
    expect(e.message).toContain(`line ${line}`);
    // The streaming parser reports the same place.
    await expect(parsePabulib(chunks(text, 5), STRICT)).rejects.toMatchObject({ line, field, code });
  });

  it("can skip the ballot constraints when asked", () => {
    const text = readFileSync(`${BROKEN}max-length-exceeded.pb`, "utf8");
    expect(parsePabulibString(text, { ...STRICT, checkConstraints: false }).votes).toHaveLength(3);
  });
});

describe("pabulib parser and writer", () => {
  const sample = [
    "META",
    "key;value",
    'description;"A ""quoted""; description"',
    "num_projects;2",
    "num_votes;2",
    "budget;100",
    "vote_type;cumulative",
    "custom_key;kept as is",
    "PROJECTS",
    "project_id;cost;name;odd column",
    'a;60;"two;\nlines";x',
    "b;40;plain;",
    "VOTES",
    "voter_id;vote;points;age",
    "1;a,b;2,1;34",
    "2;b;3;",
  ].join("\r\n");

  it("reads quoted fields (with ; and a line break), CRLF line ends and unknown columns", () => {
    const pb = parsePabulibString(sample);
    expect(pb.meta.description).toBe('A "quoted"; description');
    expect(pb.meta.custom_key).toBe("kept as is");
    expect(pb.projects.map((p) => [p.id, p.cost, p.fields.name])).toEqual([
      ["a", 60, "two;\nlines"],
      ["b", 40, "plain"],
    ]);
    expect(pb.votes[0]).toEqual({ voterId: "1", vote: ["a", "b"], points: [2, 1], extra: { age: "34" } });
  });

  it("round-trips the sample losslessly", () => {
    const pb = parsePabulibString(sample);
    expect(parsePabulibString(writePabulib(pb))).toEqual(pb);
  });

  it("gives the same instance from lines, from small chunks and from a string", async () => {
    const pb = parsePabulibString(sample);
    expect(await parsePabulib(chunks(sample, 3))).toEqual(pb);
    async function* lines(): AsyncGenerator<string> {
      yield* sample.split("\r\n");
    }
    expect(await parsePabulibLines(lines())).toEqual(pb);
  });
});

describe("pabulib: real files", () => {
  it("finds the 32 reference files", () => {
    expect(realFiles).toHaveLength(32);
  });

  it.each(realFiles)("%s parses (streamed), checks its META constraints and round-trips", async (file) => {
    const lines = createInterface({
      input: createReadStream(PABULIB + file, { encoding: "utf8" }),
      crlfDelay: Infinity,
    });
    const pb = await parsePabulibLines(lines);
    expect(pb.projects).toHaveLength(Number(pb.meta.num_projects));
    expect(pb.votes).toHaveLength(Number(pb.meta.num_votes));
    const again = parsePabulibString(writePabulib(pb));
    expect(withoutWarnings(again)).toEqual(withoutWarnings(pb));
  });
});

describe("pabulib parser: never crashes", () => {
  const valid = readFileSync(`${BROKEN}max-length-exceeded.pb`, "utf8").replace("v2;p1,p2,p3", "v2;p2,p3").split("\n");

  it("the base document of the fuzz test is valid", () => {
    expect(parsePabulibString(valid.join("\n")).votes).toHaveLength(3);
  });

  it("any line edit gives an instance or a PabulibParseError with a line number", () => {
    const edit = fc.record({
      line: fc.nat(valid.length - 1),
      kind: fc.constantFrom("replace", "insert", "delete", "truncate"),
      text: fc.string({
        unit: fc.constantFrom(";", ",", '"', "\r", "x", "1", "-", ".", " ", "p1", "p9", "META", "VOTES", "e"),
        maxLength: 12,
      }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const lines = [...valid];
        for (const e of edits) {
          const at = Math.min(e.line, lines.length);
          if (e.kind === "replace") lines[at] = e.text;
          else if (e.kind === "insert") lines.splice(at, 0, e.text);
          else if (e.kind === "delete") lines.splice(at, 1);
          else lines[at] = (lines[at] ?? "").slice(0, e.text.length);
        }
        try {
          parsePabulibString(lines.join("\n"));
        } catch (error) {
          expect(error).toBeInstanceOf(PabulibParseError);
          expect((error as PabulibParseError).line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});
