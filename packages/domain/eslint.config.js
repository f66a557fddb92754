import { config } from "@coproduce/eslint-config";
export default config({ tsconfigRootDir: import.meta.dirname, ignores: ["bench/**"], domainBoundaries: true });
