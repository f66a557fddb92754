import { createMemoryHistory, createRouter, type Router } from "vue-router";
import { defineComponent, h } from "vue";

const Blank = defineComponent({ render: () => h("div") });

/** A real vue-router over memory history, with the app's route shapes and blank pages. */
export async function testRouter(path = "/"): Promise<Router> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: "/", name: "home", component: Blank },
      { path: "/councils/:slug", name: "council", component: Blank },
      { path: "/rounds/:slug", name: "round", component: Blank },
      { path: "/:pathMatch(.*)*", name: "not-found", component: Blank },
    ],
  });
  await router.push(path);
  await router.isReady();
  return router;
}
