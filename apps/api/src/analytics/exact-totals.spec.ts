import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKind, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import { Round } from "../round/round.entity.js";
import { Council } from "../council/council.entity.js";
import { csvTable } from "../exports/formats.js";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The GraphQL documents written in one of the web's source files (`graphql(\`…\`)`). */
function documentsOf(path: string): string[] {
  const source = readFileSync(fileURLToPath(new URL(`../../../web/src/${path}`, import.meta.url)), "utf8");
  return [...source.matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m) => m[1]!);
}

/** The dashboard's Home query, as the web sends it: its documents and the shared fragments they spread. */
function homeQuery(): string {
  const own = documentsOf("features/home/useHome.ts");
  const shared = new Map(documentsOf("graphql/fragments.ts").map((d) => [/fragment (\w+)/.exec(d)![1]!, d]));
  const needed = new Set<string>();
  const visit = (text: string) => {
    for (const [, name] of text.matchAll(/\.\.\.(\w+)/g))
      if (shared.has(name!) && !needed.has(name!)) {
        needed.add(name!);
        visit(shared.get(name!)!);
      }
  };
  own.forEach(visit);
  return [...own, ...[...needed].map((name) => shared.get(name)!)].join("\n");
}

/**
 * A pot of 2^53 − 1 minor units in one council (inserted directly: the API bounds money inputs)
 * must not break any other council's figures, and totals stay exact; a withdrawn round leaves every
 * public list, total and export.
 */
let db: TestDatabase;
let client: TestClient;
const HUGE = 9007199254740991n; // 2^53 − 1

async function csv(table: "spending" | "rounds", groupBy: "council" | "round" = "council"): Promise<string> {
  let out = "";
  for await (const chunk of await csvTable(db.dataSource, table, {}, groupBy)) out += String(chunk);
  return out;
}

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  client = await TestClient.create(db.dataSource, { responseCacheSeconds: 0 });
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

describe(`exact totals and withdrawn rounds (${testDatabaseKind()})`, () => {
  it("a 2^53 − 1 pot in one council leaves Home and spending.csv working, every total exact", async () => {
    const rounds = db.dataSource.getRepository(Round);
    const before = await client.data<{
      spending: {
        rows: { key: string; pot: { exactAmountMinor: string; currency: string }[] }[];
        totals: { pot: { exactAmountMinor: string; currency: string }[] };
      };
    }>(
      `{ spending(groupBy: COUNCIL) { rows { key pot { exactAmountMinor currency } } totals { pot { exactAmountMinor currency } } } }`,
    );
    const gbpBefore = BigInt(before.spending.totals.pot.find((m) => m.currency === "GBP")!.exactAmountMinor);
    const lambeth = await db.dataSource.getRepository(Council).findOneByOrFail({ slug: "lambeth" });
    const template = await rounds.findOneByOrFail({ councilKey: lambeth.key });
    await rounds.insert({
      ...template,
      key: undefined,
      slug: "lambeth-huge-pot",
      title: "A mistaken pot",
      potMinor: Number(HUGE),
      currency: "GBP",
      withdrawnAt: null,
    } as never);

    // Home's own query (the dashboard's document) still answers, with no error.
    const home = await client.run(homeQuery(), { filter: {}, roundFilter: {}, decisionFilter: {} });
    expect(home.errors).toBeUndefined();

    const after = await client.data<{
      spending: {
        rows: {
          label: string;
          pot: { exactAmountMinor: string; currency: string }[];
          unrepresentable: { measure: string; currency: string; exactAmountMinor: string; code: string }[];
        }[];
        totals: {
          pot: { currency: string }[];
          unrepresentable: { measure: string; currency: string; exactAmountMinor: string; code: string }[];
        };
      };
    }>(
      `{ spending(groupBy: COUNCIL) { rows { label pot { exactAmountMinor currency } unrepresentable { measure currency exactAmountMinor code } } totals { pot { currency } unrepresentable { measure currency exactAmountMinor code } } } }`,
    );
    // The national GBP pot is beyond a SafeInt: reported exactly, with its code, for that figure only.
    expect(after.spending.totals.unrepresentable).toEqual([
      {
        measure: "pot",
        currency: "GBP",
        exactAmountMinor: (gbpBefore + HUGE).toString(),
        code: "AMOUNT_NOT_REPRESENTABLE",
      },
    ]);
    expect(after.spending.totals.pot.map((m) => m.currency)).not.toContain("GBP");
    // Every other council's row is as it was.
    const lambethRow = after.spending.rows.find((r) => r.label === lambeth.name)!;
    expect(lambethRow.unrepresentable[0]?.measure).toBe("pot");
    for (const row of after.spending.rows.filter((r) => r.label !== lambeth.name)) {
      expect(row.unrepresentable).toEqual([]);
      const was = before.spending.rows.find(
        (r) => r.pot.length > 0 && JSON.stringify(r.pot) === JSON.stringify(row.pot),
      );
      expect(was).toBeDefined();
    }

    // spending.csv: the national total line has the exact sum in major units.
    const text = await csv("spending");
    const total = text.split("\r\n").find((l) => l.startsWith("council,,Total,") && l.includes(",GBP,"))!;
    const exact = gbpBefore + HUGE;
    expect(total.split(",")[3]).toBe(`${exact / 100n}.${(exact % 100n).toString().padStart(2, "0")}`);
  });

  it("a withdrawn round leaves lists, totals and exports", async () => {
    const rounds = db.dataSource.getRepository(Round);
    const huge = await rounds.findOneByOrFail({ slug: "lambeth-huge-pot" });
    await rounds.update({ key: huge.key }, { withdrawnAt: new Date("2026-12-01T10:00:00Z"), withdrawnReason: "typo" });
    const data = await client.data<{
      spending: { totals: { unrepresentable: unknown[]; roundCount: number } };
      rounds: { nodes: { slug: string }[] };
    }>(
      `{ spending(groupBy: COUNCIL) { totals { unrepresentable { code } roundCount } } rounds(first: 100, filterBy: { council: "lambeth" }) { nodes { slug } } }`,
    );
    expect(data.spending.totals.unrepresentable).toEqual([]);
    expect(data.rounds.nodes.map((r) => r.slug)).not.toContain("lambeth-huge-pot");
    expect(await csv("rounds")).not.toContain("lambeth-huge-pot");
    const p = await client.run(`{ participation(round: "lambeth-huge-pot") { roundCount } }`);
    expect(p.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
