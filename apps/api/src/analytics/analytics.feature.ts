import { defineFeature } from "../feature.js";
import { AnalyticsResolver } from "./analytics.resolver.js";

/** National aggregates: where the money went, who took part, was it fair, did it work, comparisons. */
export const analyticsFeature = defineFeature({
  name: "analytics",
  entities: [],
  resolvers: [AnalyticsResolver],
});
