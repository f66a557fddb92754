import { t } from "./i18n";
import { setPageMeta } from "./lib/pageMeta";
import { createRouter, createWebHistory, type RouteRecordRaw, type Router, type RouterHistory } from "vue-router";

/** Every page is a lazy route (meta.title: the message key of its document title): one chunk per page, loaded on first visit. */
export const routes: RouteRecordRaw[] = [
  {
    path: "/",
    name: "home",
    component: () => import("./features/home/HomePage.vue"),
    meta: { title: "routes.home" },
  },
  { path: "/councils", redirect: { name: "home", hash: "#councils" } },
  {
    path: "/councils/:slug",
    name: "council",
    component: () => import("./features/councils/CouncilPage.vue"),
    props: true,
    meta: { title: "routes.council" },
  },
  {
    path: "/rounds",
    name: "rounds",
    component: () => import("./features/rounds/RoundsPage.vue"),
    meta: { title: "routes.rounds" },
  },
  {
    path: "/rounds/:slug",
    name: "round",
    component: () => import("./features/rounds/RoundPage.vue"),
    props: true,
    meta: { title: "routes.round" },
  },
  {
    path: "/rounds/:slug/apply",
    name: "apply",
    component: () => import("./features/apply/ApplyPage.vue"),
    props: true,
    meta: { title: "routes.apply" },
  },
  {
    path: "/rounds/:slug/application",
    name: "application-status",
    component: () => import("./features/apply/ApplicationStatusPage.vue"),
    props: true,
    meta: { title: "routes.applicationStatus" },
  },
  {
    path: "/rounds/:slug/propose",
    name: "propose",
    component: () => import("./features/proposals/ProposePage.vue"),
    props: true,
    meta: { title: "routes.propose" },
  },
  {
    path: "/rounds/:slug/proposals/status",
    name: "proposal-status",
    component: () => import("./features/proposals/ProposalStatusPage.vue"),
    props: true,
    meta: { title: "routes.proposalStatus" },
  },
  {
    path: "/rounds/:slug/vote",
    name: "vote",
    component: () => import("./features/vote/VotePage.vue"),
    props: true,
    meta: { title: "routes.vote" },
  },
  {
    path: "/rounds/:slug/receipt",
    name: "receipt",
    component: () => import("./features/vote/ReceiptPage.vue"),
    props: true,
    meta: { title: "routes.receipt" },
  },
  {
    path: "/providers/:id",
    name: "provider",
    component: () => import("./features/providers/ProviderPage.vue"),
    props: true,
    meta: { title: "routes.provider" },
  },
  {
    path: "/search",
    name: "search",
    component: () => import("./features/search/SearchPage.vue"),
    meta: { title: "routes.search" },
  },
  {
    path: "/outcomes",
    name: "outcomes",
    component: () => import("./features/outcomes/OutcomesPage.vue"),
    meta: { title: "routes.outcomes" },
  },
  {
    path: "/compare",
    name: "compare",
    component: () => import("./features/compare/ComparePage.vue"),
    meta: { title: "routes.compare" },
  },
  {
    path: "/accessibility",
    name: "accessibility",
    component: () => import("./features/accessibility/AccessibilityPage.vue"),
    meta: { title: "routes.accessibility" },
  },
  {
    path: "/officer",
    name: "officer",
    component: () => import("./features/officer/OfficerPage.vue"),
    meta: { title: "routes.officer" },
  },
  {
    path: "/officer/rounds/new",
    name: "officer-round-new",
    component: () => import("./features/officer/OfficerRoundNew.vue"),
    meta: { title: "routes.officerRoundNew" },
  },
  {
    path: "/officer/rounds/:slug",
    name: "officer-round",
    component: () => import("./features/officer/OfficerRoundPage.vue"),
    props: true,
    meta: { title: "routes.officerRound" },
  },
  {
    path: "/officer/account",
    name: "account",
    component: () => import("./features/account/AccountPage.vue"),
    meta: { title: "routes.account" },
  },
  {
    path: "/officer/rounds/:slug/panel",
    name: "officer-round-panel",
    component: () => import("./features/officer/panel/PanelPage.vue"),
    props: true,
    meta: { title: "routes.officerRoundPanel" },
  },
  {
    path: "/officer/rounds/:slug/applicants",
    name: "officer-applicants",
    component: () => import("./features/officer/ApplicantsPage.vue"),
    props: true,
    meta: { title: "routes.applicants" },
  },
  {
    path: "/officer/rounds/:slug/proposals",
    name: "officer-proposals",
    component: () => import("./features/proposals/OfficerProposalsPage.vue"),
    props: true,
    meta: { title: "routes.officerRoundProposals" },
  },
  {
    path: "/officer/rounds/:slug/voting",
    name: "officer-round-voting",
    component: () => import("./features/voting/OfficerVotingPage.vue"),
    props: true,
    meta: { title: "routes.officerRoundVoting" },
  },
  {
    path: "/officer/rounds/:slug/sessions",
    name: "officer-round-sessions",
    component: () => import("./features/officer/people/SessionsPage.vue"),
    props: true,
    meta: { title: "routes.officerRoundSessions" },
  },
  {
    path: "/officer/rounds/:slug/edit",
    name: "officer-round-edit",
    component: () => import("./features/officer/edit/EditRoundPage.vue"),
    props: true,
    meta: { title: "routes.officerRoundEdit" },
  },
  {
    path: "/officer/audit",
    name: "officer-audit",
    component: () => import("./features/officer/audit/AuditPage.vue"),
    meta: { title: "routes.officerRoundAudit" },
  },
  {
    path: "/panel",
    name: "panel",
    component: () => import("./features/panel/PanelPage.vue"),
    meta: { title: "routes.panel" },
  },
  {
    path: "/:pathMatch(.*)*",
    name: "not-found",
    component: () => import("./features/notfound/NotFoundPage.vue"),
    meta: { title: "routes.notFound" },
  },
];

export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (to, from, saved) => {
      if (saved) return saved;
      if (to.hash) return { el: to.hash };
      // A filter or a choice changed on the same page (only the query): stay where the reader is.
      if (to.path === from.path && from.matched.length > 0) return false;
      return { top: 0 };
    },
  });
  router.afterEach((to) => {
    // meta.title is a message key (routes.*): the document title is in the reader's language.
    const key = typeof to.meta.title === "string" ? to.meta.title : "";
    setPageMeta({ title: key && key !== "routes.home" ? t(key) : [], description: t("app.description") });
  });
  return router;
}
