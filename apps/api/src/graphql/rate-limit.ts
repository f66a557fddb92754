import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Rate limiting by query cost (API.md §11): each client has a budget of cost points per minute;
 * an operation's estimated cost (limits.ts) is taken from it before it runs, and an operation the
 * budget cannot cover is refused with HTTP 429, `RATE_LIMITED` and `Retry-After`. Clients are the
 * signed-in account or key when there is one, else the caller's address.
 *
 * Two stores (docs/operations.md): without `REDIS_URL`, budgets live in this process and refill
 * continuously (CostBudget, a token bucket); with it, they live in Redis and are shared by every
 * replica (rate-limiter-flexible's Redis store: a fixed one-minute window per client).
 */
export interface CostBudgetStore {
  readonly kind: "memory" | "redis";
  /** Takes `cost` points; 0 when taken, else the whole seconds to wait (nothing is taken then). */
  take(client: string, cost: number, perMinute: number): Promise<number>;
  /** Takes up to `cost` points whatever is left (a refused query's charge); never refuses. */
  charge(client: string, cost: number, perMinute: number): Promise<void>;
  /** 0 while the budget holds at least one point, else the seconds until it does. */
  waitBeforeAny(client: string, perMinute: number): Promise<number>;
}

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

  /** Takes `cost` points, or all that is left: a refused operation still spends the budget. */
  charge(client: string, cost: number, perMinute: number): void {
    if (perMinute <= 0 || cost <= 0) return;
    const now = this.now();
    const points = this.pointsOf(client, now, perMinute);
    this.buckets.delete(client);
    this.buckets.set(client, { points: Math.max(0, points - cost), at: now });
    if (this.buckets.size > this.maxClients) this.forgetIdle(now, perMinute / 60_000, perMinute);
  }

  /** 0 while the client has at least one point left, else the whole seconds until it has. */
  waitBeforeAny(client: string, perMinute: number): number {
    if (perMinute <= 0) return 0;
    const points = this.pointsOf(client, this.now(), perMinute);
    return points >= 1 ? 0 : Math.max(1, Math.ceil((1 - points) / (perMinute / 60_000) / 1000));
  }

  private pointsOf(client: string, now: number, perMinute: number): number {
    const bucket = this.buckets.get(client);
    return bucket ? Math.min(perMinute, bucket.points + (now - bucket.at) * (perMinute / 60_000)) : perMinute;
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

/** The in-process store (no `REDIS_URL`): one token bucket per client in this process. */
export class MemoryBudgetStore implements CostBudgetStore {
  readonly kind = "memory";
  constructor(readonly budget = new CostBudget()) {}
  take(client: string, cost: number, perMinute: number): Promise<number> {
    return Promise.resolve(this.budget.take(client, cost, perMinute));
  }
  charge(client: string, cost: number, perMinute: number): Promise<void> {
    this.budget.charge(client, cost, perMinute);
    return Promise.resolve();
  }
  waitBeforeAny(client: string, perMinute: number): Promise<number> {
    return Promise.resolve(this.budget.waitBeforeAny(client, perMinute));
  }
}

/**
 * The shared store (`REDIS_URL`): every replica takes from the same budget. If Redis stops
 * answering, each replica falls back to an in-process budget of the same size (the library's
 * insurance limiter) rather than refusing or letting everything through.
 */
export class RedisBudgetStore implements CostBudgetStore {
  readonly kind = "redis";
  private readonly limiters = new Map<number, RateLimiterRedis>();

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  private limiter(perMinute: number): RateLimiterRedis {
    let limiter = this.limiters.get(perMinute);
    if (!limiter) {
      const shape = { points: perMinute, duration: 60, keyPrefix: `${this.keyPrefix}budget:${perMinute}` };
      limiter = new RateLimiterRedis({
        ...shape,
        storeClient: this.redis,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(shape),
      });
      this.limiters.set(perMinute, limiter);
    }
    return limiter;
  }

  async take(client: string, cost: number, perMinute: number): Promise<number> {
    if (perMinute <= 0 || cost <= 0) return 0;
    const limiter = this.limiter(perMinute);
    // Never take more than the budget can hold: such a query waits for the next window.
    const left = await limiter.get(client);
    if (left && left.consumedPoints + cost > perMinute) return secondsOf(left);
    try {
      await limiter.consume(client, cost);
      return 0;
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return secondsOf(refusal);
      throw refusal;
    }
  }

  async charge(client: string, cost: number, perMinute: number): Promise<void> {
    if (perMinute <= 0 || cost <= 0) return;
    await this.limiter(perMinute).penalty(client, cost);
  }

  async waitBeforeAny(client: string, perMinute: number): Promise<number> {
    if (perMinute <= 0) return 0;
    const left = await this.limiter(perMinute).get(client);
    return left && left.consumedPoints >= perMinute ? secondsOf(left) : 0;
  }
}

function secondsOf(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}
