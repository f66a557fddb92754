import { describe, expect, it } from "vitest";
import { getSchema } from "../graphql/schema.js";
import { describeTenancyMatrix, type TenancyCase } from "../test/tenancy-matrix.js";
import { FEATURES } from "../features.js";

declare global {
  interface ImportMeta {
    glob<T>(pattern: string, options: { eager: true }): Record<string, T>;
  }
}

/** Each feature's tenancy cases, beside it in `<feature>.tenancy.ts` (test code only). */
const modules = import.meta.glob<{ tenancyCases: TenancyCase[]; tenancyExempt?: Record<string, string> }>(
  "../*/*.tenancy.ts",
  { eager: true },
);
const cases = Object.values(modules).flatMap((m) => m.tenancyCases);
const exempt = Object.assign({}, ...Object.values(modules).map((m) => m.tenancyExempt ?? {})) as Record<string, string>;

describeTenancyMatrix("tenancy matrix", cases);

describe("tenancy matrix coverage", () => {
  it("finds the features' cases", () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(10);
  });

  it("covers every mutation of the schema (or names why it is exempt)", async () => {
    const schema = await getSchema();
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    const covered = new Set([...cases.map((c) => c.mutation), ...Object.keys(exempt)]);
    expect(mutations.filter((m) => !covered.has(m))).toEqual([]);
    expect(new Set(cases.map((c) => c.label ?? c.mutation)).size).toBe(cases.length);
  });

  it("covers every registered command that has a mutation", async () => {
    const schema = await getSchema();
    const mutations = new Set(Object.keys(schema.getMutationType()?.getFields() ?? {}));
    const commands = FEATURES.flatMap((f) => f.commands ?? []).map((c) => c.name);
    const covered = new Set([...cases.map((c) => c.mutation), ...Object.keys(exempt)]);
    expect(commands.filter((name) => mutations.has(name) && !covered.has(name))).toEqual([]);
    // Every mutation is a registered command (one command per use case).
    expect([...mutations].filter((m) => !commands.includes(m))).toEqual([]);
  });
});
