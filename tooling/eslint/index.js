// Shared, type-checked lint rules for every package (create-t3-turbo style).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import vue from "eslint-plugin-vue";
import globals from "globals";
import prettier from "eslint-config-prettier";

/**
 * Import boundaries of the web app (opt-in: `webBoundaries: true`): it imports nothing of the API
 * but the generated GraphQL types (which live in the web's own src/graphql/generated), and a
 * feature reaches another only through that feature's public `index.ts`.
 */
const webBoundaries = [
  {
    files: ["src/**/*.ts", "src/**/*.vue", "e2e/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^@coproduce/api(/|$)|(^|/)apps/api/|^(\\.\\./)+api/",
              message:
                "The web imports nothing of the API: use the types generated from apps/api/schema.graphql (src/graphql/generated).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/features/**/*.ts", "src/features/**/*.vue"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^@coproduce/api(/|$)|(^|/)apps/api/|^(\\.\\./)+api/",
              message:
                "The web imports nothing of the API: use the types generated from apps/api/schema.graphql (src/graphql/generated).",
            },
            {
              regex: "^\\.\\./(?!\\.\\.)[^/]+/(?!index$).+",
              message: "Import another feature through its public index.ts (e.g. '../panel'), not its files.",
            },
          ],
        },
      ],
    },
  },
];

/**
 * Import boundaries of the domain (opt-in: `domainBoundaries: true`): the rules are plain TypeScript, so
 * they import nothing of the apps and no framework (database, GraphQL, HTTP, UI). Pure libraries
 * (exact arithmetic, a solver) are allowed.
 */
const domainBoundaries = [
  {
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^@coproduce/(api|web)(/|$)|(^|/)apps/",
              message: "packages/domain imports nothing of the apps: the apps import the domain.",
            },
            {
              regex:
                "^(typeorm|type-graphql|graphql|@apollo/.*|express|kysely|pg|better-sqlite3|ioredis|vue|@urql/.*|chart\\.js|class-validator)(/|$)",
              message: "packages/domain is framework-free: keep database, GraphQL, HTTP and UI code in the apps.",
            },
          ],
        },
      ],
    },
  },
];

/**
 * Spec files that still read GraphQL answers as `Record<string, any>`: the `no-unsafe-*` rules are off
 * for them only, until each is typed (a shrinking list; nothing new may join it).
 */
const UNSAFE_RULES = [
  "no-unsafe-assignment",
  "no-unsafe-member-access",
  "no-unsafe-call",
  "no-unsafe-argument",
  "no-unsafe-return",
].map((rule) => `@typescript-eslint/${rule}`);

/** @param {{ tsconfigRootDir: string, vue?: boolean, ignores?: string[], webBoundaries?: boolean, domainBoundaries?: boolean, untypedSpecs?: string[] }} options */
export function config({
  tsconfigRootDir,
  vue: withVue = false,
  ignores = [],
  webBoundaries: withWebBoundaries = false,
  domainBoundaries: withDomainBoundaries = false,
  untypedSpecs = [],
}) {
  return tseslint.config(
    { ignores: ["dist/**", "node_modules/**", "coverage/**", "**/*.generated.ts", ...ignores] },
    js.configs.recommended,
    ...tseslint.configs.recommendedTypeChecked,
    ...(withVue ? vue.configs["flat/recommended"] : []),
    {
      languageOptions: {
        globals: { ...globals.node, ...(withVue ? globals.browser : {}) },
        parserOptions: {
          projectService: true,
          tsconfigRootDir,
          extraFileExtensions: withVue ? [".vue"] : [],
          ...(withVue ? { parser: tseslint.parser } : {}),
        },
      },
      rules: {
        "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
        "@typescript-eslint/consistent-type-imports": [
          "error",
          { fixStyle: "inline-type-imports", disallowTypeAnnotations: false },
        ],
        "@typescript-eslint/no-floating-promises": "error",
        "@typescript-eslint/require-await": "off",
        "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
        "vue/multi-word-component-names": "off",
        "vue/max-attributes-per-line": "off",
        "vue/singleline-html-element-content-newline": "off",
        "vue/html-self-closing": "off",
      },
    },
    ...(untypedSpecs.length
      ? [{ files: untypedSpecs, rules: Object.fromEntries(UNSAFE_RULES.map((r) => [r, "off"])) }]
      : []),
    ...(withWebBoundaries ? webBoundaries : []),
    ...(withDomainBoundaries ? domainBoundaries : []),
    // Formatting is Prettier's (checked by `pnpm format:check`): turn off the rules it owns.
    prettier,
    {
      files: ["**/*.js", "**/*.mjs"],
      ...tseslint.configs.disableTypeChecked,
    },
  );
}
