import { Area } from "../area/area.entity.js";
import { PopulationBaseline } from "../area/population-baseline.entity.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";
import { AuthToken } from "../auth/auth-token.entity.js";
import { UserAccount } from "../auth/user.entity.js";
import { Award } from "../award/award.entity.js";
import { AwardVariation } from "../award/award-variation.entity.js";
import { SpendTransaction } from "../award/spend-transaction.entity.js";
import { Ballot } from "../ballot/ballot.entity.js";
import { BallotChoice } from "../ballot/ballot-choice.entity.js";
import { VoterTally } from "../ballot/voter-tally.entity.js";
import { BallotParticipation } from "../ballot/ballot-participation.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { InterviewScore } from "../bid/interview-score.entity.js";
import { ShortlistEntry } from "../bid/shortlist-entry.entity.js";
import { CompensationEntry } from "../compensation/compensation-entry.entity.js";
import { Payment } from "../compensation/payment.entity.js";
import { Council } from "../council/council.entity.js";
import { Decision } from "../decision/decision.entity.js";
import { DecisionProject } from "../decision/decision-project.entity.js";
import { Indicator } from "../outcome/indicator.entity.js";
import { Measurement } from "../outcome/measurement.entity.js";
import { Milestone } from "../outcome/milestone.entity.js";
import { Outcome } from "../outcome/outcome.entity.js";
import { Applicant } from "../panel/applicant.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { Quota } from "../panel/quota.entity.js";
import { Provider } from "../provider/provider.entity.js";
import { Round } from "../round/round.entity.js";
import { Attendance } from "../session/attendance.entity.js";
import { Contribution } from "../session/contribution.entity.js";
import { PanelSession } from "../session/session.entity.js";
import { TrustResponse } from "../session/trust-response.entity.js";
import { Criterion } from "../tender/criterion.entity.js";
import { Tender } from "../tender/tender.entity.js";

/** Every entity of the domain schema (PRODUCT.md's vocabulary). */
export const ENTITIES = [
  Council,
  Area,
  PopulationBaseline,
  Round,
  Applicant,
  PanelMember,
  Quota,
  PanelSession,
  Attendance,
  Contribution,
  TrustResponse,
  CompensationEntry,
  Payment,
  Outcome,
  Indicator,
  Measurement,
  Milestone,
  Tender,
  Criterion,
  Provider,
  Bid,
  ShortlistEntry,
  InterviewScore,
  Ballot,
  BallotChoice,
  VoterTally,
  BallotParticipation,
  Decision,
  DecisionProject,
  Award,
  AwardVariation,
  SpendTransaction,
  UserAccount,
  AuthToken,
  AuditLogEntry,
];
