import { defineFeature } from "../feature.js";
import { PanelDraw } from "./panel-draw.entity.js";
import { PanelDrawResolver } from "./panel-draw.resolver.js";
import { panelDrawCommit } from "./panel-draw.commands.js";

/** Commit, then draw: the quotas' feasibility check, the draw commitment and its public record. */
export const panelDrawFeature = defineFeature({
  name: "panelDraw",
  entities: [PanelDraw],
  resolvers: [PanelDrawResolver],
  commands: [panelDrawCommit],
});
