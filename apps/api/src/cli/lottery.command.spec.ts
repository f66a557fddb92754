import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SeededRandom } from "@coproduce/domain";
import { CliError, EXIT, type CliIo } from "./command.js";
import { lotteryCommand } from "./lottery.command.js";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t) };
  try {
    return { code: await lotteryCommand.run(args, io), out, err };
  } catch (error) {
    if (error instanceof CliError) return { code: error.exitCode, out, err: err + error.message };
    throw error;
  }
}

const dir = mkdtempSync(join(tmpdir(), "coproduce-lottery-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const categories = file("categories.csv", "category,feature,min,max\nsex,female,2,2\nsex,male,2,2\n");
// 3 women, 6 men: women 2/3 each, men 2/6 each; maximin = 1/3.
const respondents = file(
  "respondents.csv",
  "id,sex,address\n" +
    ["w1,female,1 A St", "w2,female,2 A St", "w3,female,3 A St"].join("\n") +
    "\n" +
    ["m1", "m2", "m3", "m4", "m5", "m6"].map((id, i) => `${id},male,${10 + i} B St`).join("\n") +
    "\n",
);
const base = ["draw", "--pool", respondents, "--quotas", categories, "--size", "4", "--seed", "dice-3-5-1"];

describe("coproduce lottery draw", () => {
  it("prints the panel, every probability and the minimum as JSON", async () => {
    const { code, out } = await run([...base, "--json"]);
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(out) as {
      panel: string[];
      probabilities: Record<string, number>;
      minProbability: number;
      algorithm: string;
    };
    expect(json.algorithm).toBe("maximin");
    expect(json.panel).toHaveLength(4);
    expect(json.panel.filter((id) => id.startsWith("w"))).toHaveLength(2);
    expect(json.probabilities["w1"]).toBeCloseTo(2 / 3, 9);
    expect(json.probabilities["m1"]).toBeCloseTo(1 / 3, 9);
    expect(json.minProbability).toBeCloseTo(1 / 3, 9);
    // same seed, same panel
    expect(JSON.parse((await run([...base, "--json"])).out).panel).toEqual(json.panel);
  });

  it("uses 1-based row numbers without an id column", async () => {
    const pool = file("noid.csv", "sex\nfemale\nmale\nfemale\nmale\n");
    const { code, out } = await run([
      "draw",
      "--pool",
      pool,
      "--quotas",
      categories,
      "--size",
      "4",
      "--seed",
      "x",
      "--json",
    ]);
    expect(code).toBe(EXIT.ok);
    expect((JSON.parse(out) as { panel: string[] }).panel).toEqual(["1", "2", "3", "4"]);
  });

  it("names the line and field of bad input", async () => {
    const badQuota = file("badq.csv", "category,feature,min,max\nsex,female,two,2\n");
    expect(
      await run(["draw", "--pool", respondents, "--quotas", badQuota, "--size", "4", "--seed", "x"]),
    ).toMatchObject({
      code: EXIT.invalidInput,
      err: expect.stringContaining('badq.csv line 2, field min: "two" is not a whole number'),
    });
    const spelled = file("spelled.csv", "id,sex\na,Female\nb,male\nc,female\nd,male\n");
    const r = await run(["draw", "--pool", spelled, "--quotas", categories, "--size", "4", "--seed", "x"]);
    expect(r.code).toBe(EXIT.invalidInput);
    expect(r.err).toContain("spelled.csv line 2, field sex");
    expect(r.err).toContain("CATEGORY_SPELLING_MISMATCH");
    const empty = file("empty.csv", "id,sex\na,\n");
    expect((await run(["draw", "--pool", empty, "--quotas", categories, "--size", "1", "--seed", "x"])).err).toContain(
      "empty.csv line 2, field sex: empty",
    );
    expect((await run([...base.slice(0, 6), "--size", "40", "--seed", "x"])).code).toBe(EXIT.usage);
    expect((await run([...base, "--algorithm", "lexi"])).code).toBe(EXIT.usage);
  });

  it("explains infeasible quotas with the nearest achievable ones", async () => {
    const tight = file("tight.csv", "category,feature,min,max\nsex,female,4,4\nsex,male,0,4\n");
    const r = await run(["draw", "--pool", respondents, "--quotas", tight, "--size", "4", "--seed", "x"]);
    expect(r.code).toBe(EXIT.invalidInput);
    expect(r.err).toContain("CATEGORY_SHORT_OF_APPLICANTS");
    expect(r.err).toContain("sex = female from 4–4 to 3–4");
  });

  it("applies the household rule and reports who it affected", async () => {
    const pool = file(
      "homes.csv",
      'id,sex,address\nw1,female,1 A St\nw2,female,"1, A st"\nw3,female,3 A St\nm1,male,9 B\nm2,male,8 B\n',
    );
    const { code, out } = await run([
      "draw",
      "--pool",
      pool,
      "--quotas",
      categories,
      "--size",
      "4",
      "--seed",
      "x",
      "--household-column",
      "address",
      "--json",
    ]);
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(out) as { panel: string[]; household: { affected: number } };
    expect(json.household.affected).toBe(2);
    expect(json.panel).toContain("w3"); // w1 and w2 share a home: only one of them can sit
  });

  it("--ceremony-tickets M draws ticket nextInt(M) + 1 of the seed and reports the ticket and the loss", async () => {
    // 1..3 of each sex in 4 seats from 3 women and 6 men: maximin 4/9 for everyone, by mixing compositions.
    const ranges = file("ranges.csv", "category,feature,min,max\nsex,female,1,3\nsex,male,1,3\n");
    const args = ["draw", "--pool", respondents, "--quotas", ranges, "--size", "4", "--seed", "ball 17", "--json"];
    type Out = {
      panel: string[];
      probabilities: Record<string, number>;
      minProbability: number;
      ceremony?: {
        tickets: number;
        ticket: number;
        firstTicketOfPanel: number;
        lastTicketOfPanel: number;
        loss: number;
        minProbability: number;
        exactMinProbability: number;
      };
    };
    const exact = JSON.parse((await run(args)).out) as Out;
    expect(exact.ceremony).toBeUndefined();
    expect(exact.minProbability).toBeCloseTo(4 / 9, 3);
    const r = await run([...args, "--ceremony-tickets", "10"]);
    expect(r.code).toBe(EXIT.ok);
    const json = JSON.parse(r.out) as Out;
    const c = json.ceremony!;
    expect(c.tickets).toBe(10);
    expect(c.ticket).toBe(new SeededRandom("ball 17").nextInt(10) + 1);
    expect(c.firstTicketOfPanel).toBeLessThanOrEqual(c.ticket);
    expect(c.lastTicketOfPanel).toBeGreaterThanOrEqual(c.ticket);
    // chances: whole tickets out of 10, times seats / cell size (3 women, 6 men)
    let worst = 0;
    for (const [id, p] of Object.entries(json.probabilities)) {
      const units = p * 10 * (id.startsWith("w") ? 3 : 6);
      expect(Math.abs(units - Math.round(units))).toBeLessThan(1e-9);
      worst = Math.max(worst, Math.abs(p - exact.probabilities[id]!));
    }
    expect(c.loss).toBeCloseTo(worst, 12);
    expect(c.loss).toBeGreaterThan(0);
    expect(c.exactMinProbability).toBeCloseTo(exact.minProbability, 12);
    expect(json.minProbability).toBeCloseTo(Math.min(...Object.values(json.probabilities)), 12);
    expect(json.panel).toHaveLength(4);
    // same seed, same ticket and panel; the text output says it in words
    expect(JSON.parse((await run([...args, "--ceremony-tickets", "10"])).out)).toEqual(json);
    const text = await run([...args.slice(0, -1), "--ceremony-tickets", "10"]);
    expect(text.out).toContain(`public ceremony: ticket ${c.ticket} of 10`);
    expect(text.out).toContain(`panel: ${json.panel.join(", ")}`);
  });

  it("refuses a bad number of ceremony tickets", async () => {
    for (const m of ["1", "0", "2.5", "ten", "10001"]) {
      const r = await run([...base, "--ceremony-tickets", m]);
      expect(r.code).toBe(EXIT.usage);
      expect(r.err).toContain("--ceremony-tickets:");
    }
  });
});
