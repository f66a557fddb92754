/** Test helper: the official schemas in the `shared/` folder beside the repository. */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { create360GivingPackageValidator, createOcdsPackageValidator, type SchemaValidator } from "./validate.js";

// apps/api/src/exports → ../../../../ is the repository root; shared/ sits beside it.
export const STANDARDS_DIR = fileURLToPath(new URL("../../../../../shared/data/standards", import.meta.url));

if (!existsSync(STANDARDS_DIR)) {
  // Fail loudly rather than skip: without the schemas the export tests prove nothing.
  throw new Error(`Official schemas not found at ${STANDARDS_DIR} (shared/ must sit beside the repository)`);
}

let ocds: SchemaValidator | undefined;
let giving: SchemaValidator | undefined;

export function ocdsValidator(): SchemaValidator {
  ocds ??= createOcdsPackageValidator(STANDARDS_DIR);
  return ocds;
}

export function givingValidator(): SchemaValidator {
  giving ??= create360GivingPackageValidator(STANDARDS_DIR);
  return giving;
}

/** Every object in a JSON tree, with its path, for invariant checks. */
export function* walkObjects(value: unknown, path = ""): Generator<{ path: string; obj: Record<string, unknown> }> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* walkObjects(v, `${path}/${i}`);
  } else if (value !== null && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    yield { path, obj };
    for (const [k, v] of Object.entries(obj)) yield* walkObjects(v, `${path}/${k}`);
  }
}
