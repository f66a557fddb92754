import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSchema as buildSdl, findBreakingChanges } from "graphql";
import { describe, expect, it } from "vitest";
import { printSchemaFile } from "./print-schema.js";
import { getSchema } from "./schema.js";

const committedPath = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "schema.graphql");

describe("schema.graphql", () => {
  it("is up to date with the resolvers (run `pnpm --filter @coproduce/api emit-schema` after changing them)", async () => {
    expect(readFileSync(committedPath, "utf8")).toBe(await printSchemaFile());
  });

  it("has no breaking change against the committed schema", async () => {
    const committed = buildSdl(readFileSync(committedPath, "utf8"));
    expect(findBreakingChanges(committed, await getSchema())).toEqual([]);
  });

  it("documents every type for analysts (the schema is their documentation)", async () => {
    const schema = await getSchema();
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith("__") ||
        ["String", "Int", "Float", "Boolean", "ID", "Query", "Mutation"].includes(type.name)
      )
        continue;
      if (!type.description) undocumented.push(type.name);
    }
    expect(undocumented).toEqual([]);
  });
});
