import { Redis } from "ioredis";
import { createKeyv } from "@keyv/redis";
import { KeyvAdapter } from "@apollo/utils.keyvadapter";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import type { Keyv } from "keyv";
import { logger } from "./logger.js";

/**
 * What several replicas share when `REDIS_URL` is set (docs/operations.md): the rate-limit budgets,
 * the anonymous response cache and the write generation that makes it stale. Every key starts with
 * `REDIS_KEY_PREFIX` (default `coproduce:`), so one Redis can serve several installations.
 * A replica refuses to start when Redis cannot be reached; once running, it rides out a Redis outage
 * (budgets fall back to in-process ones, answers are served uncached) rather than failing requests.
 */
export interface SharedStore {
  readonly redis: Redis;
  readonly prefix: string;
  readonly responseCache: KeyValueCache<string>;
  /** The key of the shared write generation (response-cache.ts). */
  readonly generationKey: string;
  status(): string;
  close(): Promise<void>;
}

export function redisKeyPrefix(env: NodeJS.ProcessEnv = process.env): string {
  return env.REDIS_KEY_PREFIX ?? "coproduce:";
}

export async function connectShared(url: string, prefix = redisKeyPrefix()): Promise<SharedStore> {
  const redis = new Redis(url, {
    lazyConnect: true,
    // Fail a command at once while disconnected instead of queueing it (a request must not hang).
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 3000,
    commandTimeout: 2000,
  });
  let lastError = "";
  redis.on("error", (error: Error) => {
    if (error.message !== lastError) logger.warn({ err: error }, "redis: connection error");
    lastError = error.message;
  });
  redis.on("ready", () => {
    lastError = "";
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new Error(`REDIS_URL is set but Redis cannot be reached (${(error as Error).message})`, { cause: error });
  }
  // Its own connection (node-redis, what @keyv/redis drives): no offline queue, reconnects forever.
  const keyv = createKeyv(
    {
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: 3000, reconnectStrategy: (attempts: number) => Math.min(200 * attempts, 5000) },
    },
    { namespace: `${prefix}response-cache`, throwOnConnectError: false, throwOnErrors: false },
  ) as Keyv<string>;
  keyv.on("error", (error: unknown) => logger.warn({ err: error }, "redis: response cache error"));
  return {
    redis,
    prefix,
    // The adapter is typed against keyv's CommonJS declarations, the same class as this ESM import.
    responseCache: new KeyvAdapter<string>(keyv as unknown as ConstructorParameters<typeof KeyvAdapter<string>>[0]),
    generationKey: `${prefix}write-generation`,
    status: () => redis.status,
    async close() {
      await keyv.disconnect().catch(() => undefined);
      await redis.quit().catch(() => undefined);
    },
  };
}
