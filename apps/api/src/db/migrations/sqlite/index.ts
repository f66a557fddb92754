import type { MigrationInterface } from "typeorm";
import { InitialSchema1795555588323 } from "./1795555588323-InitialSchema.js";
import { VotingRecord1795560311158 } from "./1795560311158-VotingRecord.js";
import { RoundWithdrawal1796162502559 } from "./1796162502559-RoundWithdrawal.js";
import { AccountSecurity1796173220379 } from "./1796173220379-AccountSecurity.js";
import { RuleComparisonAndReasonReview1796164251932 } from "./1796164251932-RuleComparisonAndReasonReview.js";
import { BallotMixingPool1796172470881 } from "./1796172470881-BallotMixingPool.js";
import { ApplicationsAndDeviceSessions1796172817008 } from "./1796172817008-ApplicationsAndDeviceSessions.js";
import { PaperBallotEntry1796175024073 } from "./1796175024073-PaperBallotEntry.js";
import { Proposals1796550000000 } from "./1796550000000-Proposals.js";
import { SearchIndex1796400000000 } from "./1796400000000-SearchIndex.js";
import { PanelDraw1796500000000 } from "./1796500000000-PanelDraw.js";
import { PanelMembership1796510000000 } from "./1796510000000-PanelMembership.js";
import { RoundTranslations1796600000000 } from "./1796600000000-RoundTranslations.js";
import { ApplicationReference1796700000000 } from "./1796700000000-ApplicationReference.js";
import { ApplicantHousehold1796800000000 } from "./1796800000000-ApplicantHousehold.js";
import { RoundInvitationsSent1796800000010 } from "./1796800000010-RoundInvitationsSent.js";
import { ContentTranslations1796800000170 } from "./1796800000170-ContentTranslations.js";
import { PersonLanguage1796800000180 } from "./1796800000180-PersonLanguage.js";

/** Migrations for sqlite, in order. */
export const SQLITE_MIGRATIONS: (new () => MigrationInterface)[] = [
  InitialSchema1795555588323,
  VotingRecord1795560311158,
  RoundWithdrawal1796162502559,
  RuleComparisonAndReasonReview1796164251932,
  BallotMixingPool1796172470881,
  ApplicationsAndDeviceSessions1796172817008,
  AccountSecurity1796173220379,
  PaperBallotEntry1796175024073,
  SearchIndex1796400000000,
  PanelDraw1796500000000,
  Proposals1796550000000,
  PanelMembership1796510000000,
  RoundTranslations1796600000000,
  ApplicationReference1796700000000,
  ApplicantHousehold1796800000000,
  RoundInvitationsSent1796800000010,
  ContentTranslations1796800000170,
  PersonLanguage1796800000180,
];
