import { FEATURES } from "../features.js";

/** Every entity of the domain schema (PRODUCT.md's vocabulary), as the features register them. */
export const ENTITIES = FEATURES.flatMap((feature) => feature.entities);
