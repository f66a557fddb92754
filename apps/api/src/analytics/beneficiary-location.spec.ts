import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Council } from "../council/council.entity.js";
import { Area } from "../area/area.entity.js";
import { PopulationBaseline } from "../area/population-baseline.entity.js";
import { Provider } from "../provider/provider.entity.js";
import { Round } from "../round/round.entity.js";
import { Award } from "../award/award.entity.js";

// Money is placed where the service is — the round's council and area (the beneficiary location) —
// never where its provider is based. A Southwark charity, which also holds a Southwark award, wins
// a round for one Lambeth ward: that award counts in Lambeth and in the ward, not in Southwark.

async function put<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, values: Partial<T>): Promise<T> {
  const repo = ds.getRepository(entity);
  return repo.save(repo.create(values as T));
}

let db: TestDatabase;
let client: TestClient;
let lambeth: Council;
let southwark: Council;
let oval: Area;
let lambethBorough: Area;
let provider: Provider;

beforeAll(async () => {
  db = await openTestDatabase();
  const ds = db.dataSource;
  lambeth = await put(ds, Council, { slug: "lambeth", name: "Lambeth" });
  southwark = await put(ds, Council, { slug: "southwark", name: "Southwark" });
  lambethBorough = await put(ds, Area, { councilKey: lambeth.key, slug: "lambeth", name: "Lambeth", kind: "borough" });
  oval = await put(ds, Area, {
    councilKey: lambeth.key,
    parentKey: lambethBorough.key,
    slug: "oval",
    name: "Oval",
    kind: "ward",
  });
  const peckham = await put(ds, Area, { councilKey: southwark.key, slug: "peckham", name: "Peckham", kind: "ward" });
  for (const [area, count] of [
    [lambethBorough, 300_000],
    [oval, 12_000],
    [peckham, 15_000],
  ] as const)
    await put(ds, PopulationBaseline, {
      areaKey: area.key,
      dimension: "total",
      category: "All usual residents",
      count,
      source: "test",
      year: 2021,
    });
  provider = await put(ds, Provider, {
    slug: "southwark-youth-trust",
    name: "Southwark Youth Trust",
    kind: "charity",
    identifierScheme: "GB-CHC",
    identifier: "1100001",
  });
  const round = (councilKey: number, areaKey: number, slug: string) =>
    put(ds, Round, {
      councilKey,
      areaKey,
      slug,
      title: slug,
      kind: "commissioning",
      phase: "monitoring",
      theme: "youth",
      potMinor: 50_000_000,
      currency: "GBP",
      decisionMethod: "panel_scoring",
      year: 2024,
    });
  const award = (roundKey: number, valueMinor: number) =>
    put(ds, Award, {
      roundKey,
      providerKey: provider.key,
      title: "award",
      kind: "contract",
      valueMinor,
      currency: "GBP",
      awardedOn: "2024-06-01",
      status: "active",
    });
  await award((await round(lambeth.key, oval.key, "lambeth-2024-oval-youth")).key, 20_000_000);
  await award((await round(southwark.key, peckham.key, "southwark-2024-peckham-youth")).key, 3_000_000);
  client = await TestClient.create(ds);
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

interface Row {
  key: string | null;
  label: string;
  awarded: { amountMinor: number; currency: string }[];
  awardedPerCapita: { currency: string; amountMinorPerResident: number }[];
}
async function rows(args: string): Promise<Row[]> {
  const data = await client.data<{ spending: { rows: Row[] } }>(
    `{ spending(${args}) { rows { key label awarded { amountMinor currency } awardedPerCapita { currency amountMinorPerResident } } } }`,
  );
  return data.spending.rows;
}
const gbp = (amountMinor: number) => [{ amountMinor, currency: "GBP" }];

describe("money is placed where the service is, not where the provider is based", () => {
  it("counts a Southwark provider's award for a Lambeth ward in Lambeth, per Lambeth resident", async () => {
    const byCouncil = await rows("groupBy: COUNCIL");
    expect(byCouncil.map((r) => [r.label, r.awarded])).toEqual([
      ["Lambeth", gbp(20_000_000)],
      ["Southwark", gbp(3_000_000)],
    ]);
    // 20,000,000 p ÷ Lambeth's 300,000 residents (the borough's total, not the ward's)
    expect(byCouncil[0]!.awardedPerCapita).toEqual([{ currency: "GBP", amountMinorPerResident: 20_000_000 / 300_000 }]);
    expect(byCouncil[0]!.key).toBe(toGlobalId("Council", lambeth.key));
  });

  it("counts it in the round's ward (the beneficiary location), and in the borough that ward is in", async () => {
    const byArea = await rows("groupBy: AREA");
    expect(byArea.map((r) => [r.label, r.awarded])).toEqual([
      ["Oval", gbp(20_000_000)],
      ["Peckham", gbp(3_000_000)],
    ]);
    // 20,000,000 p ÷ Oval's 12,000 residents
    expect(byArea[0]!.awardedPerCapita).toEqual([{ currency: "GBP", amountMinorPerResident: 20_000_000 / 12_000 }]);
    const inBorough = await rows(`filterBy: { areas: ["${toGlobalId("Area", lambethBorough.key)}"] }, groupBy: ROUND`);
    expect(inBorough.map((r) => [r.label, r.awarded])).toEqual([["lambeth-2024-oval-youth", gbp(20_000_000)]]);
  });

  it("lists the round under Lambeth's rounds, in its ward, and not under Southwark's", async () => {
    const data = await client.data<{
      lambeth: { nodes: { slug: string; area: { slug: string } | null }[] };
      southwark: { nodes: { slug: string }[] };
    }>(
      `{ lambeth: rounds(first: 10, filterBy: { council: "lambeth" }) { nodes { slug area { slug } } }
         southwark: rounds(first: 10, filterBy: { council: "southwark" }) { nodes { slug } } }`,
    );
    expect(data.lambeth.nodes).toEqual([{ slug: "lambeth-2024-oval-youth", area: { slug: "oval" } }]);
    expect(data.southwark.nodes.map((n) => n.slug)).toEqual(["southwark-2024-peckham-youth"]);
    // only by provider are the two awards added together
    const byProvider = await rows("groupBy: PROVIDER");
    expect(byProvider.map((r) => [r.label, r.awarded])).toEqual([["Southwark Youth Trust", gbp(23_000_000)]]);
  });
});
