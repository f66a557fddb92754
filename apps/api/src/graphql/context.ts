import type { DataSource } from "typeorm";
import { Loaders } from "./loaders.js";
import type { Viewer } from "../auth/actor.js";
import type { GraphQLLogFields } from "../server/request-log.js";
import { defaultThrottle, type AttemptThrottle } from "../auth/throttle.js";

export interface GraphQLContext {
  dataSource: DataSource;
  loaders: Loaders;
  viewer: Viewer;
  /** The caller's network address (rate limiting of anonymous clients); "local" in-process. */
  address: string;
  /** The HTTP request's log fields (server/request-log.ts); absent in-process. */
  requestLog?: GraphQLLogFields;
  /** Guessing throttles (auth/throttle.ts): this process's, or Redis's when the server shares one. */
  throttle: AttemptThrottle;
}

export function createContext(
  dataSource: DataSource,
  viewer: Viewer = { kind: "anonymous" },
  address = "local",
  requestLog?: GraphQLLogFields,
  throttle: AttemptThrottle = defaultThrottle(),
): GraphQLContext {
  return { dataSource, loaders: new Loaders(dataSource), viewer, address, requestLog, throttle };
}

/** Whose budget a request spends: the signed-in account, key or panel member, else the address. */
export function rateLimitClient(contextValue: unknown): string {
  const ctx = contextValue as Partial<GraphQLContext> | undefined;
  const viewer = ctx?.viewer;
  if (!viewer || viewer.kind === "anonymous") return `address:${ctx?.address ?? "local"}`;
  return `${viewer.kind}:${viewer.userKey ?? viewer.memberKey ?? viewer.tokenKey ?? "?"}`;
}
