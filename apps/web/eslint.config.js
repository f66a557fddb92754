import { config } from "@coproduce/eslint-config";
import vueI18n from "@intlify/eslint-plugin-vue-i18n";

export default [
  ...config({
    tsconfigRootDir: import.meta.dirname,
    vue: true,
    ignores: ["src/graphql/generated/**"],
    webBoundaries: true,
  }),
  // Every user-facing word goes through vue-i18n (src/i18n/locales/en.json): no raw text in templates,
  // no key that the English messages lack, only valid message syntax.
  {
    files: ["**/*.vue", "src/**/*.ts"],
    plugins: { "@intlify/vue-i18n": vueI18n },
    settings: {
      "vue-i18n": { localeDir: "./src/i18n/locales/*.json", messageSyntaxVersion: "^11.0.0" },
    },
    rules: {
      "@intlify/vue-i18n/no-raw-text": [
        "error",
        // symbols, arrows, numbers and punctuation may stand as they are
        { ignorePattern: "^[-\\s\\d.,:;·•…–—()\\[\\]/+%<>=×✓✕!?#|↕▲▼◆›‹“”‘’\"'*&]+$" },
      ],
      "@intlify/vue-i18n/no-missing-keys": "error",
      "@intlify/vue-i18n/valid-message-syntax": "error",
      "@intlify/vue-i18n/no-html-messages": "error",
      "@intlify/vue-i18n/no-v-html": "error",
      "@intlify/vue-i18n/no-deprecated-tc": "error",
    },
  },
];
