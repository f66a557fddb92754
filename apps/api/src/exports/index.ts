export * from "./types.js";
export * from "./currency.js";
export { buildOcdsRelease, buildOcdsReleasePackage, ocdsValue, OCDS_BID_EXTENSION_URL } from "./ocds.js";
export type * from "./ocds.js";
export { build360GivingPackage } from "./giving360.js";
export type * from "./giving360.js";
export * from "./csv.js";
export * from "./validate.js";
export { assertRoundInputConsistent } from "./check.js";
