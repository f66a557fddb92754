import { createApp } from "vue";
import urql from "@urql/vue";
import App from "./App.vue";
import { createAppRouter } from "./router";
import { createGraphqlClient } from "./graphql/client";
import "./styles/tokens.css";
import "./styles/main.css";

const app = createApp(App);
app.use(createAppRouter());
app.use(urql, createGraphqlClient());
app.mount("#app");
