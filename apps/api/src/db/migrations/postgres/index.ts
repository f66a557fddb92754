import type { MigrationInterface } from "typeorm";
import { InitialSchema1795555592863 } from "./1795555592863-InitialSchema.js";
import { VotingRecord1795560313338 } from "./1795560313338-VotingRecord.js";
import { RoundWithdrawal1796162505960 } from "./1796162505960-RoundWithdrawal.js";
import { AccountSecurity1796173251932 } from "./1796173251932-AccountSecurity.js";
import { RuleComparisonAndReasonReview1796164274545 } from "./1796164274545-RuleComparisonAndReasonReview.js";
import { BallotMixingPool1796172496240 } from "./1796172496240-BallotMixingPool.js";
import { ApplicationsAndDeviceSessions1796172851810 } from "./1796172851810-ApplicationsAndDeviceSessions.js";
import { PaperBallotEntry1796175034792 } from "./1796175034792-PaperBallotEntry.js";
import { Proposals1796550000001 } from "./1796550000001-Proposals.js";
import { SearchIndex1796400000001 } from "./1796400000001-SearchIndex.js";
import { PanelDraw1796500000001 } from "./1796500000001-PanelDraw.js";
import { PanelMembership1796510000001 } from "./1796510000001-PanelMembership.js";
import { RoundTranslations1796600000001 } from "./1796600000001-RoundTranslations.js";
import { ApplicationReference1796700000001 } from "./1796700000001-ApplicationReference.js";
import { ApplicantHousehold1796800000001 } from "./1796800000001-ApplicantHousehold.js";
import { RoundInvitationsSent1796800000011 } from "./1796800000011-RoundInvitationsSent.js";
import { ContentTranslations1796800000171 } from "./1796800000171-ContentTranslations.js";
import { PersonLanguage1796800000181 } from "./1796800000181-PersonLanguage.js";

/** Migrations for postgres, in order. */
export const POSTGRES_MIGRATIONS: (new () => MigrationInterface)[] = [
  InitialSchema1795555592863,
  VotingRecord1795560313338,
  RoundWithdrawal1796162505960,
  RuleComparisonAndReasonReview1796164274545,
  BallotMixingPool1796172496240,
  ApplicationsAndDeviceSessions1796172851810,
  AccountSecurity1796173251932,
  PaperBallotEntry1796175034792,
  SearchIndex1796400000001,
  PanelDraw1796500000001,
  Proposals1796550000001,
  PanelMembership1796510000001,
  RoundTranslations1796600000001,
  ApplicationReference1796700000001,
  ApplicantHousehold1796800000001,
  RoundInvitationsSent1796800000011,
  ContentTranslations1796800000171,
  PersonLanguage1796800000181,
];
