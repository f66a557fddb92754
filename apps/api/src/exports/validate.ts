/**
 * Validators for the exports against the official schemas in `shared/data/standards/`:
 * OCDS 1.1.5 (JSON Schema draft-04, via `ajv-draft-04`) and 360Giving 1.4.3 (2020-12, via
 * `ajv/dist/2020`). Used by the tests and available to the command-line tool.
 *
 * The schemas use annotation keywords of their own (`codelist`, `openCodelist`, `deprecated`,
 * `omitWhenMerged`, `wholeListMerge`, `rollUp`): ajv runs with `strict: false` so they are ignored.
 * Two quirks of the published 360Giving files (shared/data/README.md) are handled here: their
 * `$schema` names a URI ajv does not register (dropped), and the package `$ref`s the grant schema
 * by its 1.4.2 URL while the grant schema's `$id` is 1.4.3 (registered under both).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv04Module from "ajv-draft-04";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// Both packages are CommonJS: under NodeNext a default import is `module.exports`, whose `.default` is the export.
const Ajv04 = Ajv04Module.default;
const addFormats = addFormatsModule.default;

export interface SchemaValidationResult {
  readonly valid: boolean;
  /** ajv's errors as `<instancePath> <message>` lines; empty when valid. */
  readonly errors: readonly string[];
}

export type SchemaValidator = (data: unknown) => SchemaValidationResult;

const GRANT_SCHEMA_1_4_2 =
  "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json";

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
}

function wrap(
  validate: ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null },
): SchemaValidator {
  return (data) => {
    const valid = validate(data);
    return {
      valid,
      errors: valid ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "invalid"}`),
    };
  };
}

/** `standardsDir` is `shared/data/standards` (holding `ocds-1.1.5/` and `360giving-1.4/`). */
export function createOcdsPackageValidator(standardsDir: string): SchemaValidator {
  const ajv = new Ajv04({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(readJson(join(standardsDir, "ocds-1.1.5", "release-schema.json")));
  return wrap(ajv.compile(readJson(join(standardsDir, "ocds-1.1.5", "release-package-schema.json"))));
}

export function create360GivingPackageValidator(standardsDir: string): SchemaValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const { $schema: _grantDraft, ...grant } = readJson(join(standardsDir, "360giving-1.4", "360-giving-schema.json"));
  const { $schema: _packageDraft, ...pkg } = readJson(
    join(standardsDir, "360giving-1.4", "360-giving-package-schema.json"),
  );
  ajv.addSchema(grant); // under its own $id (1.4.3)
  const { $id: _grantId, ...grantWithoutId } = grant;
  ajv.addSchema(grantWithoutId, GRANT_SCHEMA_1_4_2); // and the 1.4.2 URL the package refers to
  return wrap(ajv.compile(pkg));
}
