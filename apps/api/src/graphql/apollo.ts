import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { getSchema } from "./schema.js";
import { formatError } from "./errors.js";
import { limitsPlugin } from "./limits.js";
import { limitsFor } from "../auth/limits-for.js";
import type { GraphQLContext } from "./context.js";
import { responseCachePlugins } from "./response-cache.js";

/** `responseCacheSeconds`: see response-cache.ts (tests default to no cache unless they ask). */
export async function createApolloServer(options: { responseCacheSeconds?: number } = {}): Promise<ApolloServer<GraphQLContext>> {
  return new ApolloServer<GraphQLContext>({
    schema: await getSchema(),
    formatError,
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), limitsPlugin(limitsFor), ...responseCachePlugins(options.responseCacheSeconds ?? 0)],
  });
}
