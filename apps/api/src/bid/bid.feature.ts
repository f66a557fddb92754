import { defineFeature } from "../feature.js";
import { Bid } from "./bid.entity.js";
import { ShortlistEntry } from "./shortlist-entry.entity.js";
import { InterviewScore } from "./interview-score.entity.js";
import { BidResolver, RoundScoringResolver } from "./bid.resolver.js";
import { bidShortlist, bidSubmit, interviewScoreSubmit, shortlistReasonReview } from "./bid.commands.js";

/** Bids (and PB projects), the shortlist and the panel's interview scores. */
export const bidFeature = defineFeature({
  name: "bid",
  entities: [Bid, ShortlistEntry, InterviewScore],
  resolvers: [BidResolver, RoundScoringResolver],
  nodeTypes: { Bid },
  commands: [bidSubmit, bidShortlist, shortlistReasonReview, interviewScoreSubmit],
});
