import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import { getSchema } from "./schema.js";
import { formatError } from "./errors.js";
import { MAX_QUERY_TOKENS, limitsPlugin } from "./limits.js";
import { limitsFor } from "../auth/limits-for.js";
import { rateLimitClient, type GraphQLContext } from "./context.js";
import { MemoryBudgetStore, type CostBudgetStore } from "./rate-limit.js";
import { responseCachePlugins } from "./response-cache.js";
import { inputGuardPlugin } from "./input-guard.js";
import { requestLogPlugin } from "../server/request-log.js";

export interface ApolloOptions {
  /** See response-cache.ts; 0 (the default here) turns the cache off. */
  responseCacheSeconds?: number;
  /** Where cached answers live (default: in this process). */
  responseCache?: KeyValueCache<string>;
  /** The public cost budget per client and minute (rate-limit.ts); 0 (the default here) turns it off. */
  rateLimitPerMinute?: number;
  /** Where budgets live (default: in this process). */
  budget?: CostBudgetStore;
}

/**
 * Both limits default to off here (in-process tests); the HTTP server (server/app.ts) reads them
 * from the environment.
 */
export async function createApolloServer(options: ApolloOptions = {}): Promise<ApolloServer<GraphQLContext>> {
  const perMinute = options.rateLimitPerMinute ?? 0;
  const rateLimit =
    perMinute > 0
      ? { budget: options.budget ?? new MemoryBudgetStore(), perMinute, clientOf: rateLimitClient }
      : undefined;
  return new ApolloServer<GraphQLContext>({
    schema: await getSchema(),
    formatError,
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      requestLogPlugin(),
      inputGuardPlugin(),
      limitsPlugin(limitsFor, rateLimit),
      ...responseCachePlugins(options.responseCacheSeconds ?? 0, options.responseCache),
    ],
  });
}
