import { defineFeature } from "../feature.js";
import { Round } from "./round.entity.js";
import { RoundResolver } from "./round.resolver.js";
import { RoundMutationResolver } from "./round.mutations.js";
import { roundAdvancePhase, roundCreate } from "./round.commands.js";

/** Rounds: their lifecycle, and Pabulib import/export. */
export const roundFeature = defineFeature({
  name: "round",
  entities: [Round],
  resolvers: [RoundResolver, RoundMutationResolver],
  nodeTypes: { Round },
  commands: [roundCreate, roundAdvancePhase],
});
