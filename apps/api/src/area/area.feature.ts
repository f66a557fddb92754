import { defineFeature } from "../feature.js";
import { Area } from "./area.entity.js";
import { PopulationBaseline } from "./population-baseline.entity.js";
import { AreaResolver } from "./area.resolver.js";

/** Areas (boroughs, wards) and their census population baselines. */
export const areaFeature = defineFeature({
  name: "area",
  entities: [Area, PopulationBaseline],
  resolvers: [AreaResolver],
  nodeTypes: { Area },
});
