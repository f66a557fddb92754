import type { Feature } from "./feature.js";
import { councilFeature } from "./council/council.feature.js";
import { areaFeature } from "./area/area.feature.js";
import { roundFeature } from "./round/round.feature.js";
import { panelFeature } from "./panel/panel.feature.js";
import { panelDrawFeature } from "./panel/panel-draw.feature.js";
import { sessionFeature } from "./session/session.feature.js";
import { compensationFeature } from "./compensation/compensation.feature.js";
import { outcomeFeature } from "./outcome/outcome.feature.js";
import { tenderFeature } from "./tender/tender.feature.js";
import { providerFeature } from "./provider/provider.feature.js";
import { bidFeature } from "./bid/bid.feature.js";
import { proposalFeature } from "./proposal/proposal.feature.js";
import { ballotFeature } from "./ballot/ballot.feature.js";
import { decisionFeature } from "./decision/decision.feature.js";
import { awardFeature } from "./award/award.feature.js";
import { analyticsFeature } from "./analytics/analytics.feature.js";
import { authFeature } from "./auth/auth.feature.js";
import { auditFeature } from "./audit/audit.feature.js";
import { searchFeature } from "./search/search.feature.js";

/** Every feature of the API, once (a new feature adds its line here; see CONTRIBUTING.md). */
export const FEATURES: readonly Feature[] = [
  councilFeature,
  areaFeature,
  roundFeature,
  panelFeature,
  panelDrawFeature,
  sessionFeature,
  compensationFeature,
  outcomeFeature,
  tenderFeature,
  providerFeature,
  bidFeature,
  proposalFeature,
  ballotFeature,
  decisionFeature,
  awardFeature,
  analyticsFeature,
  authFeature,
  auditFeature,
  searchFeature,
];
