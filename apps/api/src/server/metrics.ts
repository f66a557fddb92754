import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { DataSource } from "typeorm";

/**
 * The server's Prometheus metrics (`/metrics`, docs/operations.md). Labels never carry a client's
 * address, account or query text: only the route, method, status and error code.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: "coproduce_" });

let database: DataSource | undefined;
let redisStatus: (() => string) | undefined;

/** The pg pool inside TypeORM's PostgreSQL driver (node-postgres `Pool` counters). */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}
function poolOf(dataSource: DataSource | undefined): PoolCounts | undefined {
  if (!dataSource?.isInitialized || dataSource.options.type !== "postgres") return undefined;
  return (dataSource.driver as unknown as { master?: PoolCounts }).master;
}

export const metrics = {
  requests: new Counter({
    name: "coproduce_http_requests_total",
    help: "HTTP requests answered, by route, method and status.",
    labelNames: ["route", "method", "status"] as const,
    registers: [registry],
  }),
  latency: new Histogram({
    name: "coproduce_http_request_duration_seconds",
    help: "Time to answer an HTTP request, by route.",
    labelNames: ["route", "method"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  }),
  rejected: new Counter({
    name: "coproduce_graphql_rejected_total",
    help: "GraphQL requests refused before execution, by error code (limits, invalid documents, bad bodies).",
    labelNames: ["code"] as const,
    registers: [registry],
  }),
  rateLimited: new Counter({
    name: "coproduce_rate_limited_total",
    help: "Requests refused with RATE_LIMITED because the client's cost budget was spent.",
    registers: [registry],
  }),
  pool: new Gauge({
    name: "coproduce_db_pool_connections",
    help: "Database connections by state (PostgreSQL pool: total, idle, waiting clients; SQLite: one connection).",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      this.reset();
      if (!database?.isInitialized) return;
      const pool = poolOf(database);
      if (pool) {
        this.set({ state: "total" }, pool.totalCount);
        this.set({ state: "idle" }, pool.idleCount);
        this.set({ state: "waiting" }, pool.waitingCount);
      } else this.set({ state: "total" }, 1);
    },
  }),
};

let redisGauge: Gauge | undefined;

/** What the pool and Redis gauges read (one server per process). */
export function watch(options: { dataSource?: DataSource; redisStatus?: () => string }): void {
  if (options.dataSource) database = options.dataSource;
  if (options.redisStatus) {
    redisStatus = options.redisStatus;
    // Only with REDIS_URL: a server without Redis has no such series.
    redisGauge ??= new Gauge({
      name: "coproduce_redis_up",
      help: "1 while the shared Redis (REDIS_URL) is connected, else 0.",
      registers: [registry],
      collect() {
        this.set(redisStatus?.() === "ready" ? 1 : 0);
      },
    });
  }
}
