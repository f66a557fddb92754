import type { MigrationInterface } from "typeorm";
import { InitialSchema1795555592863 } from "./1795555592863-InitialSchema.js";
import { VotingRecord1795560313338 } from "./1795560313338-VotingRecord.js";
import { RoundWithdrawal1796162505960 } from "./1796162505960-RoundWithdrawal.js";
import { RuleComparisonAndReasonReview1796164274545 } from "./1796164274545-RuleComparisonAndReasonReview.js";
import { SearchIndex1796400000001 } from "./1796400000001-SearchIndex.js";

/** Migrations for postgres, in order. */
export const POSTGRES_MIGRATIONS: (new () => MigrationInterface)[] = [
  InitialSchema1795555592863,
  VotingRecord1795560313338,
  RoundWithdrawal1796162505960,
  RuleComparisonAndReasonReview1796164274545,
  SearchIndex1796400000001,
];
