import { defineFeature } from "../feature.js";
import { PanelSession } from "./session.entity.js";
import { Attendance } from "./attendance.entity.js";
import { Contribution } from "./contribution.entity.js";
import { TrustResponse } from "./trust-response.entity.js";
import { RoundSessionMeasuresResolver, SessionResolver } from "./session.resolver.js";
import { attendanceRecord, contributionRecord, sessionCreate, trustResponseRecord } from "./session.commands.js";

/** Panel sessions: attendance, contributions (voice equity) and trust answers. */
export const sessionFeature = defineFeature({
  name: "session",
  entities: [PanelSession, Attendance, Contribution, TrustResponse],
  resolvers: [SessionResolver, RoundSessionMeasuresResolver],
  nodeTypes: { PanelSession },
  commands: [sessionCreate, attendanceRecord, contributionRecord, trustResponseRecord],
});
