import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildASTSchema,
  buildSchema as buildSdl,
  findBreakingChanges,
  Kind,
  parse,
  visit,
  type FieldDefinitionNode,
  type GraphQLSchema,
} from "graphql";
import { describe, expect, it } from "vitest";
import { printSchemaFile } from "./print-schema.js";
import { getSchema } from "./schema.js";

const committedPath = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "schema.graphql");
/**
 * Breaking changes announced for the next release, each with its reason (schema-breaking-changes.json):
 * the only ones allowed. Deprecate instead wherever a field can keep working; the list is emptied when
 * the release is tagged (its notes list them).
 */
const announcedPath = join(dirname(committedPath), "schema-breaking-changes.json");

/**
 * The schema analysts built on: the last release's `schema.graphql`, committed beside it as
 * `schema.released.graphql` (a clone needs no tags or history for this check). At a release, copy
 * `schema.graphql` there and empty `schema-breaking-changes.json` (the release notes list them).
 */
const releasedPath = join(dirname(committedPath), "schema.released.graphql");
function releasedSchema(): GraphQLSchema {
  return buildSdl(readFileSync(releasedPath, "utf8"));
}

function breakingChanges(before: GraphQLSchema, after: GraphQLSchema): string[] {
  return findBreakingChanges(before, after).map((change) => change.description);
}

describe("schema.graphql", () => {
  it("is up to date with the resolvers (run `pnpm --filter @coproduce/api emit-schema` after changing them)", async () => {
    expect(readFileSync(committedPath, "utf8")).toBe(await printSchemaFile());
  });

  it("has no breaking change against the last release's schema but those announced for the next release", async () => {
    const announced = JSON.parse(readFileSync(announcedPath, "utf8")) as { change: string; reason: string }[];
    expect(
      announced.every((a) => a.reason.length > 20),
      "every announced breaking change gives its reason",
    ).toBe(true);
    expect(breakingChanges(releasedSchema(), await getSchema()).sort()).toEqual(announced.map((a) => a.change).sort());
  });

  it("would fail on a deliberate breaking change (a removed field, a new required argument)", async () => {
    const current = parse(readFileSync(committedPath, "utf8"));
    const edited = (edit: (field: FieldDefinitionNode, type: string) => FieldDefinitionNode | null) =>
      buildASTSchema(
        visit(current, {
          ObjectTypeDefinition(node) {
            return { ...node, fields: (node.fields ?? []).flatMap((f) => edit(f, node.name.value) ?? []) };
          },
        }),
      );
    const withoutPot = edited((field, type) => (type === "Round" && field.name.value === "pot" ? null : field));
    expect(breakingChanges(releasedSchema(), withoutPot)).toContain("Round.pot was removed.");
    const yearRequired = edited((field, type) =>
      type === "Query" && field.name.value === "round"
        ? {
            ...field,
            arguments: [
              ...(field.arguments ?? []),
              parse("type T { f(year: Int!): Int }").definitions.flatMap((d) =>
                d.kind === Kind.OBJECT_TYPE_DEFINITION ? (d.fields?.[0]?.arguments ?? []) : [],
              )[0]!,
            ],
          }
        : field,
    );
    expect(breakingChanges(releasedSchema(), yearRequired)).toContain("A required arg year on Query.round was added.");
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
