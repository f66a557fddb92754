import { defineFeature } from "../feature.js";
import { Applicant } from "./applicant.entity.js";
import { PanelMember } from "./panel-member.entity.js";
import { Quota } from "./quota.entity.js";
import { PanelMemberInvitationResolver, PanelResolver } from "./panel.resolver.js";
import { MyPanelResolver } from "./my-panel.resolver.js";
import { ApplicantContactHash } from "./applicant-contact.entity.js";
import { ApplicantDuplicateResolver } from "./applicant-duplicate.resolver.js";
import {
  applicantApply,
  applicantReview,
  invitationsSentSet,
  panelMemberInvite,
  panelQuotasSet,
  panelSelect,
} from "./panel.commands.js";

/** Recruiting the panel: applications, quotas, the lottery, invitations; a member's own view. */
export const panelFeature = defineFeature({
  name: "panel",
  entities: [Applicant, PanelMember, Quota, ApplicantContactHash],
  resolvers: [PanelResolver, PanelMemberInvitationResolver, MyPanelResolver, ApplicantDuplicateResolver],
  commands: [applicantApply, applicantReview, panelQuotasSet, panelSelect, panelMemberInvite, invitationsSentSet],
});
