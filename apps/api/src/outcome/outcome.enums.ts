import { registerEnumType } from "type-graphql";
import { STATUS_RULE_TEXT } from "@coproduce/domain";

export enum IndicatorDirection {
  HIGHER_IS_BETTER = "higher_is_better",
  LOWER_IS_BETTER = "lower_is_better",
}
registerEnumType(IndicatorDirection, {
  name: "IndicatorDirection",
  description:
    "Which way an indicator improves: higher is better (e.g. % in education) or lower is better (e.g. reoffending).",
});

export enum IndicatorStatus {
  ON_TRACK = "on_track",
  AT_RISK = "at_risk",
  OFF_TRACK = "off_track",
  NOT_REPORTED = "not_reported",
}
registerEnumType(IndicatorStatus, {
  name: "IndicatorStatus",
  description: `Whether an indicator is on track. The published rule: ${STATUS_RULE_TEXT}`,
});

export enum MilestoneStatus {
  SCHEDULED = "scheduled",
  MET = "met",
  LATE = "late",
  MISSED = "missed",
}
registerEnumType(MilestoneStatus, { name: "MilestoneStatus", description: "Where a delivery milestone stands." });
