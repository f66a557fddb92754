import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { DataSource } from "typeorm";
import type { GraphQLContext } from "./context.js";

/**
 * Whole-response cache for anonymous queries — the public dashboard's traffic: every resident's
 * Home page asks the same national aggregates. Only anonymous queries are read from or written to
 * it (officers, analysts with keys and panel members always get fresh answers, and nothing personal
 * is ever stored), mutations never. Freshness:
 * - every committed command (runCommand) bumps its database's write generation, which is part of
 *   the cache key, so this process never serves an answer older than its own last write;
 * - writes by another replica or by the CLI are seen after at most `maxAgeSeconds`.
 * `RESPONSE_CACHE_SECONDS` sets that age (default 30; 0 turns the cache off).
 */
const generations = new WeakMap<DataSource, number>();

/** Called after a committed write: cached anonymous answers over this database are stale. */
export function noteWrite(dataSource: DataSource): void {
  generations.set(dataSource, (generations.get(dataSource) ?? 0) + 1);
}

export function writeGeneration(dataSource: DataSource): number {
  return generations.get(dataSource) ?? 0;
}

export function responseCacheSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.RESPONSE_CACHE_SECONDS;
  if (raw === undefined || raw === "") return 30;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`RESPONSE_CACHE_SECONDS must be a whole number of seconds ≥ 0, got "${raw}"`);
  return n;
}

export function responseCachePlugins(maxAgeSeconds: number): ApolloServerPlugin<GraphQLContext>[] {
  if (maxAgeSeconds === 0) return [];
  const anonymous = ({ contextValue }: { contextValue: GraphQLContext }) =>
    Promise.resolve(contextValue.viewer.kind === "anonymous");
  return [
    // Every field may be cached for maxAge; which responses are actually cached is decided below.
    // No Cache-Control headers: browsers and proxies do not see our write generations.
    ApolloServerPluginCacheControl({ defaultMaxAge: maxAgeSeconds, calculateHttpHeaders: false }),
    responseCachePlugin<GraphQLContext>({
      cache: new InMemoryLRUCache({ maxSize: 64 * 1024 * 1024 }),
      sessionId: () => Promise.resolve(null),
      shouldReadFromCache: anonymous,
      shouldWriteToCache: anonymous,
      extraCacheKeyData: ({ contextValue }) => Promise.resolve(writeGeneration(contextValue.dataSource)),
    }),
  ];
}
