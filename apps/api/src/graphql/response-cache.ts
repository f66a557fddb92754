import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import { InMemoryLRUCache, type KeyValueCache } from "@apollo/utils.keyvaluecache";
import type { Redis } from "ioredis";
import type { DataSource } from "typeorm";
import type { GraphQLContext } from "./context.js";
import { logger } from "../server/logger.js";

/**
 * Whole-response cache for anonymous queries — the public dashboard's traffic: every resident's
 * Home page asks the same national aggregates. Only anonymous queries are read from or written to
 * it (officers, analysts with keys and panel members always get fresh answers, and nothing personal
 * is ever stored), mutations never. Freshness:
 * - every committed command (runCommand → noteWrite) bumps its database's *write generation*, which
 *   is part of the cache key, so no answer older than the last committed command is served;
 * - without `REDIS_URL` the generation and the cache live in this process: another replica's or the
 *   CLI's writes are seen after at most `maxAgeSeconds`;
 * - with `REDIS_URL` both live in Redis (shareWriteGenerations): a command committed by any replica
 *   makes every replica's cached answers stale at once (docs/operations.md).
 * `RESPONSE_CACHE_SECONDS` sets the age (default 30; 0 turns the cache off).
 */
const generations = new WeakMap<DataSource, number>();
const shared = new WeakMap<DataSource, { redis: Redis; key: string }>();

/** Makes this database's write generation the one kept in Redis under `key`, shared by every replica. */
export function shareWriteGenerations(dataSource: DataSource, redis: Redis, key: string): void {
  shared.set(dataSource, { redis, key });
}

/**
 * Called once a command has committed: cached anonymous answers over this database are stale.
 * The one entry point for the command runner; resolves once every replica will see the new
 * generation (a Redis failure is logged, never turned into a failed command — it has committed).
 */
export async function noteWrite(dataSource: DataSource): Promise<void> {
  generations.set(dataSource, (generations.get(dataSource) ?? 0) + 1);
  const store = shared.get(dataSource);
  if (!store) return;
  try {
    await store.redis.incr(store.key);
  } catch (error) {
    logger.warn({ err: error }, "response cache: could not bump the shared write generation");
  }
}

/** The generation cached answers are filed under (throws when the shared one cannot be read). */
export async function writeGeneration(dataSource: DataSource): Promise<string> {
  const store = shared.get(dataSource);
  if (!store) return String(generations.get(dataSource) ?? 0);
  return (await store.redis.get(store.key)) ?? "0";
}

export function responseCacheSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.RESPONSE_CACHE_SECONDS;
  if (raw === undefined || raw === "") return 30;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`RESPONSE_CACHE_SECONDS must be a whole number of seconds ≥ 0, got "${raw}"`);
  return n;
}

/** `cache`: where answers are kept (default: 64 MB in this process; with Redis, a Keyv store). */
export function responseCachePlugins(
  maxAgeSeconds: number,
  cache: KeyValueCache<string> = new InMemoryLRUCache({ maxSize: 64 * 1024 * 1024 }),
): ApolloServerPlugin<GraphQLContext>[] {
  if (maxAgeSeconds === 0) return [];
  // Requests whose generation could not be read (Redis away) bypass the cache both ways.
  const bypass = new WeakSet<object>();
  const cacheable = ({ contextValue }: { contextValue: GraphQLContext }) =>
    Promise.resolve(contextValue.viewer.kind === "anonymous" && !bypass.has(contextValue));
  return [
    // Every field may be cached for maxAge; which responses are actually cached is decided below.
    // No Cache-Control headers: browsers and proxies do not see our write generations.
    ApolloServerPluginCacheControl({ defaultMaxAge: maxAgeSeconds, calculateHttpHeaders: false }),
    responseCachePlugin<GraphQLContext>({
      cache,
      sessionId: () => Promise.resolve(null),
      shouldReadFromCache: cacheable,
      shouldWriteToCache: cacheable,
      extraCacheKeyData: async ({ contextValue }) => {
        if (contextValue.viewer.kind !== "anonymous") return null;
        try {
          return await writeGeneration(contextValue.dataSource);
        } catch (error) {
          logger.warn({ err: error }, "response cache: shared write generation unreadable; answering uncached");
          bypass.add(contextValue);
          return null;
        }
      },
    }),
  ];
}
