import { config } from "@coproduce/eslint-config";

export default config({ tsconfigRootDir: import.meta.dirname, vue: true, ignores: ["src/graphql/generated/**"] });
