import { defineFeature } from "../feature.js";
import { Ballot } from "./ballot.entity.js";
import { BallotChoice } from "./ballot-choice.entity.js";
import { BallotParticipation } from "./ballot-participation.entity.js";
import { BallotPending } from "./ballot-pending.entity.js";
import { PaperBallotEntry } from "./paper-ballot-entry.entity.js";
import { VoterTally } from "./voter-tally.entity.js";
import { BallotResolver } from "./ballot.resolver.js";
import { BallotRulesResolver } from "./ballot-rules.resolver.js";
import { VotingDeskResolver } from "./voting-desk.resolver.js";
import {
  ballotCast,
  kioskSessionStart,
  paperBallotEnter,
  voterQuestionsSet,
  voterTokensIssue,
} from "./ballot.commands.js";

/** Secret ballots, who took part (unlinked from what they chose), voter tokens and frozen tallies. */
export const ballotFeature = defineFeature({
  name: "ballot",
  entities: [Ballot, BallotChoice, VoterTally, BallotParticipation, BallotPending, PaperBallotEntry],
  resolvers: [BallotResolver, BallotRulesResolver, VotingDeskResolver],
  commands: [ballotCast, voterTokensIssue, paperBallotEnter, kioskSessionStart, voterQuestionsSet],
});
