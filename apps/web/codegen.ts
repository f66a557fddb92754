import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed GraphQL documents from the committed API schema. Regenerate: `pnpm codegen`.
// Documents live in the feature composables (src/features/**/use*.ts), never in .vue files:
// plucking from .vue would need @vue/compiler-sfc resolvable from graphql-tag-pluck.
const config: CodegenConfig = {
  schema: process.env.CODEGEN_SCHEMA ?? "../api/schema.graphql",
  documents: ["src/**/*.ts", "!src/graphql/generated/**"],
  ignoreNoDocuments: false,
  generates: {
    "src/graphql/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: {
          SafeInt: "number",
          LocalDate: "string",
          DateTimeISO: "string",
          JSONObject: "Record<string, unknown>",
        },
      },
    },
  },
};

export default config;
