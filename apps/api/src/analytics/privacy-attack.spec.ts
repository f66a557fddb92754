import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKind, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";

/**
 * The differencing attack, run against the public API on the demo data: ask every public grouping
 * a resident can ask — every round, every council and year, every council, and every subset of a
 * council's rounds (refused now) — collect every published count of the panel and voter make-up,
 * then let an integer solver (HiGHS) find, for each cell the API withholds, the smallest and largest
 * value consistent with *everything* published (cells, "<5" = 1–4, totals, and every grouping's
 * sums). A cell is recovered when the two agree. The answer must be zero.
 */
const require = createRequire(import.meta.url);
type Highs = { solve(lp: string): { Status: string; ObjectiveValue: number } };
const loadHighs = require("highs") as () => Promise<Highs>;

interface Cell {
  value: number | null;
  display: string;
  suppressed: boolean;
}
interface Dim {
  dimension: string;
  categories: { category: string; count: Cell }[];
  noData: Cell;
  total: Cell;
}
interface Published {
  panel: Dim[];
  voters: Dim[];
}

const CELL = "value display suppressed";
const FIELDS = `panel { dimension categories { category count { ${CELL} } } noData { ${CELL} } total { ${CELL} } }
  voters { dimension categories { category count { ${CELL} } } noData { ${CELL} } total { ${CELL} } }`;

let db: TestDatabase;
let client: TestClient;
let highs: Highs;

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  client = await TestClient.create(db.dataSource, { responseCacheSeconds: 0 });
  highs = await loadHighs();
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

function subsets<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) out.push(items.filter((_, i) => mask & (1 << i)));
  return out;
}

describe(`the differencing attack on public make-up (${testDatabaseKind()})`, () => {
  // Hundreds of integer programs (two per withheld cell): its own time limit, not the suite's default.
  it("recovers zero suppressed cells from every public grouping together", { timeout: 600_000 }, async () => {
    const councils = await client.data<{ councils: { nodes: { slug: string }[] } }>(
      `{ councils(first: 100) { nodes { slug } } }`,
    );
    let hidden = 0;
    let recovered = 0;
    let refusedSubsets = 0;
    for (const { slug } of councils.councils.nodes) {
      const list = await client.data<{ rounds: { nodes: { id: string; year: number }[] } }>(
        `query($c: String!) { rounds(first: 100, filterBy: { council: $c }) { nodes { id year } } }`,
        { c: slug },
      );
      const rounds = list.rounds.nodes;
      if (rounds.length === 0) continue;
      // Every public question about this council's people: groupings → what was published.
      const asked: { members: string[]; published: Published }[] = [];
      const ask = async (members: string[], args: string) => {
        const r = await client.run<{ participation: Published }>(`{ participation(${args}) { ${FIELDS} } }`);
        if (r.errors?.length) return false;
        asked.push({ members, published: r.data!.participation });
        return true;
      };
      for (const round of rounds) await ask([round.id], `rounds: ["${round.id}"]`);
      await ask(
        rounds.map((r) => r.id),
        `council: "${slug}"`,
      );
      for (const year of new Set(rounds.map((r) => r.year)))
        await ask(
          rounds.filter((r) => r.year === year).map((r) => r.id),
          `council: "${slug}", year: ${year}`,
        );
      for (const set of subsets(rounds.slice(0, 8)).filter((s) => s.length > 1))
        if (
          !(await ask(
            set.map((r) => r.id),
            `rounds: [${set.map((r) => `"${r.id}"`).join(", ")}]`,
          ))
        )
          refusedSubsets++;

      for (const who of ["panel", "voters"] as const) {
        const dimensions = new Set(asked.flatMap((a) => a.published[who].map((d) => d.dimension)));
        for (const dimension of dimensions) {
          const cats = new Set<string>(["no_data"]);
          for (const a of asked)
            for (const d of a.published[who].filter((x) => x.dimension === dimension))
              d.categories.forEach((c) => cats.add(c.category));
          const categories = [...cats];
          const v = (round: string, cat: string) =>
            `x_${rounds.findIndex((r) => r.id === round)}_${categories.indexOf(cat)}`;
          const rows: string[] = [];
          const targets: string[][] = [];
          let n = 0;
          for (const a of asked) {
            const d = a.published[who].find((x) => x.dimension === dimension);
            if (!d) continue;
            const cellsOf = [
              ...d.categories.map((c) => [c.category, c.count] as const),
              ["no_data", d.noData] as const,
            ];
            // The table's total is public: its cells add up to it.
            if (d.total.value !== null)
              rows.push(
                `t${n++}: ${categories.flatMap((c) => a.members.map((m) => v(m, c))).join(" + ")} = ${d.total.value}`,
              );
            for (const [cat, cell] of cellsOf) {
              const sum = a.members.map((m) => v(m, cat)).join(" + ");
              if (!cell.suppressed) rows.push(`c${n++}: ${sum} = ${cell.value}`);
              else if (cell.display === "<5") {
                rows.push(`l${n++}: ${sum} >= 1`, `u${n++}: ${sum} <= 4`);
                if (a.members.length === 1) targets.push(a.members.map((m) => v(m, cat)));
              } else if (a.members.length === 1) targets.push(a.members.map((m) => v(m, cat)));
            }
          }
          const vars = rounds.flatMap((r) => categories.map((c) => v(r.id, c)));
          for (const target of targets) {
            hidden++;
            const solve = (sense: "Minimize" | "Maximize") =>
              highs.solve(
                `${sense}\n obj: ${target.join(" + ")}\nSubject To\n ${rows.join("\n ")}\nBounds\n ${vars.map((x) => `0 <= ${x} <= 100000`).join("\n ")}\nGeneral\n ${vars.join(" ")}\nEnd`,
              );
            const lo = solve("Minimize");
            const hi = solve("Maximize");
            expect(lo.Status).toBe("Optimal");
            if (Math.round(lo.ObjectiveValue) === Math.round(hi.ObjectiveValue)) recovered++;
          }
        }
      }
    }
    console.log(
      `differencing attack: ${recovered} of ${hidden} withheld round cells recovered; ${refusedSubsets} subsets refused`,
    );
    expect(hidden).toBeGreaterThan(0);
    expect(recovered).toBe(0);
  });
});
