import { lexicographicSortSchema, printSchema } from "graphql";
import { getSchema } from "./schema.js";

export async function printSchemaFile(): Promise<string> {
  const schema = await getSchema();
  return `# Coproduce GraphQL schema — generated from the resolvers; do not edit by hand.\n# Regenerate: pnpm --filter @coproduce/api build && pnpm --filter @coproduce/api emit-schema\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
