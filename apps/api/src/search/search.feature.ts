import { defineFeature } from "../feature.js";
import { SearchResolver } from "./search.resolver.js";

/** Full-text search over councils, rounds, bids/PB projects and providers (the index: db/migrations/…-SearchIndex.ts). */
export const searchFeature = defineFeature({
  name: "search",
  entities: [],
  resolvers: [SearchResolver],
});
