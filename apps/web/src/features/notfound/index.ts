/** The not-found page, for pages whose object does not exist (e.g. an unknown provider). */
export { default as NotFoundPage } from "./NotFoundPage.vue";
