import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { NodeResolver } from "./node.resolver.js";
import { SafeIntScalar } from "./scalars.js";
import { FEATURES } from "../features.js";

/** The node resolver, then every feature's resolvers (features.ts). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [NodeResolver, ...FEATURES.flatMap((feature) => feature.resolvers)];

let cached: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process (resolvers are singletons; per-request state lives in the context). */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
    scalarsMap: [],
    orphanedTypes: [],
    emitSchemaFile: false,
  }).then((schema) => {
    void SafeIntScalar;
    return schema;
  });
  return cached;
}
