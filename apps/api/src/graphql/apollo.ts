import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { getSchema } from "./schema.js";
import { formatError } from "./errors.js";
import { limitsPlugin } from "./limits.js";
import { limitsFor } from "../auth/limits-for.js";
import { rateLimitClient, type GraphQLContext } from "./context.js";
import { CostBudget } from "./rate-limit.js";
import { responseCachePlugins } from "./response-cache.js";

/**
 * `responseCacheSeconds`: see response-cache.ts; `rateLimitPerMinute`: the public cost budget per
 * client and minute (rate-limit.ts). Both default to off here (in-process tests); the HTTP server
 * (server/app.ts) reads them from the environment.
 */
export async function createApolloServer(
  options: { responseCacheSeconds?: number; rateLimitPerMinute?: number } = {},
): Promise<ApolloServer<GraphQLContext>> {
  const perMinute = options.rateLimitPerMinute ?? 0;
  const rateLimit = perMinute > 0 ? { budget: new CostBudget(), perMinute, clientOf: rateLimitClient } : undefined;
  return new ApolloServer<GraphQLContext>({
    schema: await getSchema(),
    formatError,
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      limitsPlugin(limitsFor, rateLimit),
      ...responseCachePlugins(options.responseCacheSeconds ?? 0),
    ],
  });
}
