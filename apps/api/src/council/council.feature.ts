import { defineFeature } from "../feature.js";
import { Council } from "./council.entity.js";
import { CouncilResolver } from "./council.resolver.js";

/** Councils: the tenants. */
export const councilFeature = defineFeature({
  name: "council",
  entities: [Council],
  resolvers: [CouncilResolver],
  nodeTypes: { Council },
});
