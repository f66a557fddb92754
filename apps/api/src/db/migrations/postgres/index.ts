import type { MigrationInterface } from "typeorm";
import { InitialSchema1795555592863 } from "./1795555592863-InitialSchema.js";
import { VotingRecord1795560313338 } from "./1795560313338-VotingRecord.js";
import { RoundWithdrawal1796162505960 } from "./1796162505960-RoundWithdrawal.js";
import { AccountSecurity1796173251932 } from "./1796173251932-AccountSecurity.js";
import { RuleComparisonAndReasonReview1796164274545 } from "./1796164274545-RuleComparisonAndReasonReview.js";

/** Migrations for postgres, in order. */
export const POSTGRES_MIGRATIONS: (new () => MigrationInterface)[] = [
  InitialSchema1795555592863,
  VotingRecord1795560313338,
  RoundWithdrawal1796162505960,
  RuleComparisonAndReasonReview1796164274545,
  AccountSecurity1796173251932,
];
