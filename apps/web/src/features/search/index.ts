export { default as SearchBox } from "./SearchBox.vue";
