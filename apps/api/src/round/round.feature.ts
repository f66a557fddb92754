import { defineFeature } from "../feature.js";
import { Round } from "./round.entity.js";
import { RoundResolver } from "./round.resolver.js";
import { RoundMutationResolver } from "./round.mutations.js";
import { roundAdvancePhase, roundCreate, roundStepBack, roundUpdate } from "./round.commands.js";
import { RoundPhaseResolver } from "./round-phase.resolver.js";
import { RoundTranslationResolver } from "./round-translation.resolver.js";
import { roundTranslationSet } from "./round-translation.commands.js";

/** Rounds: their lifecycle, and Pabulib import/export. */
export const roundFeature = defineFeature({
  name: "round",
  entities: [Round],
  resolvers: [RoundResolver, RoundMutationResolver, RoundPhaseResolver, RoundTranslationResolver],
  nodeTypes: { Round },
  commands: [roundCreate, roundAdvancePhase, roundStepBack, roundUpdate, roundTranslationSet],
});
