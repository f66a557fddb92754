import { defineFeature } from "../feature.js";
import { Tender } from "./tender.entity.js";
import { Criterion } from "./criterion.entity.js";
import { TenderResolver } from "./tender.resolver.js";
import { tenderDraft, tenderPublish } from "./tender.commands.js";

/** The tender the panel drafts: specification, weighted criteria, ceiling. */
export const tenderFeature = defineFeature({
  name: "tender",
  entities: [Tender, Criterion],
  resolvers: [TenderResolver],
  nodeTypes: { Tender, Criterion },
  commands: [tenderDraft, tenderPublish],
});
