export * from "./types.js";
export * from "./parser.js";
export * from "./writer.js";
