/** The draw feature's public face: the commit-then-draw console the officer's round console shows while recruiting. */
export { default as DrawConsole } from "./DrawConsole.vue";
