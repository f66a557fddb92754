/**
 * Rate limiting by query cost (API.md §11): each client has a budget of cost points per minute
 * that refills continuously (a token bucket); an operation's estimated cost (limits.ts) is taken
 * from it before it runs, and an operation the budget cannot cover is refused with HTTP 429,
 * `RATE_LIMITED` and `Retry-After`. Clients are the signed-in account or key when there is one,
 * else the caller's address. Budgets live in this process: with several replicas behind a
 * balancer each enforces its own (a shared store is the extension point if that is not enough).
 */
export class CostBudget {
  private readonly buckets = new Map<string, { points: number; at: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    /** Above this many clients, idle ones (full buckets) are forgotten, oldest first. */
    private readonly maxClients = 50_000,
  ) {}

  /**
   * Takes `cost` points from `client`'s budget of `perMinute`. Returns 0 when taken, otherwise the
   * whole seconds to wait until the budget covers it (nothing is taken then).
   */
  take(client: string, cost: number, perMinute: number): number {
    if (perMinute <= 0 || cost <= 0) return 0;
    const rate = perMinute / 60_000; // points per millisecond
    const now = this.now();
    const bucket = this.buckets.get(client);
    const points = bucket ? Math.min(perMinute, bucket.points + (now - bucket.at) * rate) : perMinute;
    if (bucket) this.buckets.delete(client); // re-insert: the Map's order stays least-recently-used first
    if (cost > points) {
      this.buckets.set(client, { points, at: now });
      return Math.max(1, Math.ceil((cost - points) / rate / 1000));
    }
    this.buckets.set(client, { points: points - cost, at: now });
    if (this.buckets.size > this.maxClients) this.forgetIdle(now, rate, perMinute);
    return 0;
  }

  get clients(): number {
    return this.buckets.size;
  }

  private forgetIdle(now: number, rate: number, perMinute: number): void {
    for (const [client, bucket] of this.buckets) {
      if (this.buckets.size <= this.maxClients) return;
      if (bucket.points + (now - bucket.at) * rate >= perMinute) this.buckets.delete(client);
    }
  }
}

/** `RATE_LIMIT_COST_PER_MINUTE`: the public budget (analysts get 5×); 0 turns rate limiting off. */
export function costPerMinute(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.RATE_LIMIT_COST_PER_MINUTE;
  if (raw === undefined || raw === "") return DEFAULT_COST_PER_MINUTE;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`RATE_LIMIT_COST_PER_MINUTE must be a whole number ≥ 0, got "${raw}"`);
  return n;
}

/** Ten of the largest queries a minute, or thousands of a dashboard page's. */
export const DEFAULT_COST_PER_MINUTE = 500_000;
