import { defineFeature } from "../feature.js";
import { PanelAlternate, PanelMemberStatus, SelectionRun } from "./panel-selection.entity.js";
import { PanelMembershipResolver } from "./panel-membership.resolver.js";
import {
  panelMemberConfirm,
  panelMemberLanguageSet,
  panelMemberReplace,
  panelMemberWithdraw,
} from "./panel-membership.commands.js";

/** The panel after the draw: confirmations, withdrawals, replacements from the alternates, history and funnel. */
export const panelMembershipFeature = defineFeature({
  name: "panelMembership",
  entities: [PanelAlternate, SelectionRun, PanelMemberStatus],
  resolvers: [PanelMembershipResolver],
  commands: [panelMemberConfirm, panelMemberWithdraw, panelMemberReplace, panelMemberLanguageSet],
});
