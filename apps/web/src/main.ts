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

initLocale();
const app = createApp(App);
app.use(i18n);
app.use(createAppRouter());
app.use(urql, createGraphqlClient());
app.mount("#app");
const root = document.getElementById("app");
if (root) watchScrollRegions(root);
