import { createApp } from "vue";
import urql from "@urql/vue";
import App from "./App.vue";
import { i18n } from "./i18n";
import { initLocale } from "./i18n/useLocale";
import { createAppRouter } from "./router";
import { createGraphqlClient } from "./graphql/client";
import { watchScrollRegions } from "./lib/a11y/scrollRegions";
import "./styles/tokens.css";
import "./styles/main.css";

// The reader's language first (Welsh is a chunk of its own), then the app, so nothing shows in the wrong one.
void initLocale().then(() => {
  const app = createApp(App);
  app.use(i18n);
  app.use(createAppRouter());
  app.use(urql, createGraphqlClient());
  app.mount("#app");
  const root = document.getElementById("app");
  if (root) watchScrollRegions(root);
});
