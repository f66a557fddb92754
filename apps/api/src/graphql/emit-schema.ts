/** Writes schema.graphql (committed; a test fails when it is stale). `pnpm --filter @coproduce/api emit-schema`. */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { printSchemaFile } from "./print-schema.js";

const target = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "schema.graphql");
writeFileSync(target, await printSchemaFile());
console.log(`wrote ${target}`);
