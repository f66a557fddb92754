import { createRouter, createWebHistory, type RouteRecordRaw, type Router, type RouterHistory } from "vue-router";

/** Every page is a lazy route: one chunk per page, loaded on first visit. */
export const routes: RouteRecordRaw[] = [
  {
    path: "/",
    name: "home",
    component: () => import("./features/home/HomePage.vue"),
    meta: { title: "Where the money went" },
  },
  { path: "/councils", redirect: { name: "home", hash: "#councils" } },
  {
    path: "/councils/:slug",
    name: "council",
    component: () => import("./features/councils/CouncilPage.vue"),
    props: true,
    meta: { title: "Council" },
  },
  {
    path: "/rounds/:slug",
    name: "round",
    component: () => import("./features/rounds/RoundPage.vue"),
    props: true,
    meta: { title: "Round" },
  },
  {
    path: "/outcomes",
    name: "outcomes",
    component: () => import("./features/outcomes/OutcomesPage.vue"),
    meta: { title: "Outcomes" },
  },
  {
    path: "/compare",
    name: "compare",
    component: () => import("./features/compare/ComparePage.vue"),
    meta: { title: "Compare" },
  },
  {
    path: "/officer",
    name: "officer",
    component: () => import("./features/officer/OfficerPage.vue"),
    meta: { title: "Officer console" },
  },
  {
    path: "/panel",
    name: "panel",
    component: () => import("./features/panel/PanelPage.vue"),
    meta: { title: "Panel member" },
  },
  {
    path: "/:pathMatch(.*)*",
    name: "not-found",
    component: () => import("./features/notfound/NotFoundPage.vue"),
    meta: { title: "Page not found" },
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
    const title = typeof to.meta.title === "string" ? to.meta.title : "";
    if (typeof document !== "undefined") document.title = title ? `${title} · Coproduce` : "Coproduce";
  });
  return router;
}
