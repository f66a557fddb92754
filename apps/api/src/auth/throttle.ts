import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
  type IRateLimiterOptions,
} from "rate-limiter-flexible";
import { UserError, UserErrorCode } from "../command/user-error.js";

/**
 * Guessing throttles (docs/operations.md, "Sign-in and guessing"): how many attempts at a secret —
 * a password, an invitation code, a voter token — a client address and an account may make. An
 * attempt takes one point before it runs (so parallel requests cannot all slip through) and gives
 * it back when it succeeds, so only failures use up the allowance. Over the allowance the attempt
 * is refused with TOO_MANY_ATTEMPTS and the seconds to wait.
 *
 * Two stores, chosen like the query budgets (graphql/rate-limit.ts): in this process without
 * `REDIS_URL`, in Redis (rate-limiter-flexible's Redis store, shared by every replica) with it. If
 * Redis stops answering, each replica falls back to an in-process limiter of the same shape.
 */
export type ThrottleName =
  | "loginAddress"
  | "loginAccount"
  | "loginUnknownAccount"
  | "panelJoinAddress"
  | "voterTokenAddress"
  | "applyAddress"
  | "proposeAddress"
  | "proposalStatusAddress"
  | "applicationStatusAddress";

export interface ThrottleShape {
  /** Attempts allowed in the window. */
  points: number;
  /** The window, in seconds. */
  duration: number;
}

/** The allowances (documented in the README's security section). */
export const THROTTLES: Record<ThrottleName, ThrottleShape> = {
  /** Failed sign-ins from one address: 20 per 15 minutes. */
  loginAddress: { points: 20, duration: 15 * 60 },
  /** Sign-ins in flight or failed for one email: 10 per 15 minutes (the lockout, at 5, usually comes first). */
  loginAccount: { points: 10, duration: 15 * 60 },
  /** An email with no account "locks" after as many failures as a real one (no account enumeration). */
  loginUnknownAccount: { points: 5, duration: 15 * 60 },
  /** Wrong invitation codes from one address: 20 per 15 minutes. */
  panelJoinAddress: { points: 20, duration: 15 * 60 },
  /** Invalid voter tokens from one address: 20 per 15 minutes. */
  voterTokenAddress: { points: 20, duration: 15 * 60 },
  /** Anonymous applications from one address: 10 per hour (successful ones count). */
  applyAddress: { points: 10, duration: 60 * 60 },
  /** Anonymous project proposals from one address: 10 per hour (successful ones count). */
  proposeAddress: { points: 10, duration: 60 * 60 },
  /** Unknown proposal reference codes from one address: 20 per 15 minutes. */
  proposalStatusAddress: { points: 20, duration: 15 * 60 },
  /** Unknown application reference codes from one address: 20 per 15 minutes. */
  applicationStatusAddress: { points: 20, duration: 15 * 60 },
};

export interface Gate {
  readonly ok: boolean;
  /** When refused: whole seconds until an attempt is allowed again. */
  readonly retryAfterSeconds: number;
  /** Gives the attempt's points back (it succeeded). */
  succeeded(): Promise<void>;
}

export class AttemptThrottle {
  private readonly limiters = new Map<ThrottleName, RateLimiterAbstract>();

  constructor(
    readonly kind: "memory" | "redis",
    private readonly make: (name: ThrottleName, shape: IRateLimiterOptions) => RateLimiterAbstract,
    private readonly shapes: Record<ThrottleName, ThrottleShape> = THROTTLES,
  ) {}

  static memory(shapes: Record<ThrottleName, ThrottleShape> = THROTTLES): AttemptThrottle {
    return new AttemptThrottle("memory", (_name, shape) => new RateLimiterMemory(shape), shapes);
  }

  static redis(redis: Redis, prefix: string, shapes: Record<ThrottleName, ThrottleShape> = THROTTLES): AttemptThrottle {
    return new AttemptThrottle(
      "redis",
      (_name, shape) =>
        new RateLimiterRedis({
          ...shape,
          keyPrefix: `${prefix}${shape.keyPrefix ?? ""}`,
          storeClient: redis,
          rejectIfRedisNotReady: true,
          insuranceLimiter: new RateLimiterMemory(shape),
        }),
      shapes,
    );
  }

  private limiter(name: ThrottleName): RateLimiterAbstract {
    let limiter = this.limiters.get(name);
    if (!limiter) {
      const shape = this.shapes[name];
      limiter = this.make(name, { points: shape.points, duration: shape.duration, keyPrefix: `throttle:${name}` });
      this.limiters.set(name, limiter);
    }
    return limiter;
  }

  /**
   * Takes one point from each (throttle, key) pair, all or nothing: refused when any is spent (the
   * points taken are given back then, so a refused attempt costs nothing more).
   */
  async enter(pairs: [ThrottleName, string][]): Promise<Gate> {
    const taken: [ThrottleName, string][] = [];
    let wait = 0;
    for (const [name, key] of pairs) {
      try {
        await this.limiter(name).consume(key, 1);
        taken.push([name, key]);
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        // The refused consume counted too: undo it, so waiting is enough to be let in again.
        await this.limiter(name).reward(key, 1);
        wait = Math.max(wait, secondsOf(refusal));
      }
    }
    const giveBack = async () => {
      for (const [name, key] of taken) await this.limiter(name).reward(key, 1);
    };
    if (wait > 0) {
      await giveBack();
      return { ok: false, retryAfterSeconds: wait, succeeded: () => Promise.resolve() };
    }
    return { ok: true, retryAfterSeconds: 0, succeeded: giveBack };
  }

  /**
   * For secrets many people present at once from one address (voter codes at a library's wifi, a
   * kiosk): only failures are counted, after the fact, so any number of valid attempts in parallel
   * pass; an address over its allowance of failures is refused before it tries again. Parallel
   * wrong guesses can exceed the allowance by at most the number in flight at once.
   */
  async enterCountingFailures(name: ThrottleName, key: string): Promise<Gate & { failed(): Promise<void> }> {
    const wait = await this.waitFor(name, key);
    return {
      ok: wait === 0,
      retryAfterSeconds: wait,
      succeeded: () => Promise.resolve(),
      failed: () => this.fail(name, key),
    };
  }

  /** Records one failure without a gate (e.g. an email with no account). */
  async fail(name: ThrottleName, key: string): Promise<void> {
    await this.limiter(name).penalty(key, 1);
  }

  /** 0 while `key` has attempts left, else the seconds until it has. */
  async waitFor(name: ThrottleName, key: string): Promise<number> {
    const res = await this.limiter(name).get(key);
    return res && res.consumedPoints >= this.shapes[name].points ? secondsOf(res) : 0;
  }

  /** Forgets `key` (an administrator unlocked the account). */
  async clear(name: ThrottleName, key: string): Promise<void> {
    await this.limiter(name).delete(key);
  }
}

function secondsOf(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/** An email as a throttle key: normalised and hashed (no personal data in Redis). */
export function accountKey(email: string): string {
  return createHash("sha256").update(`account:${email.trim().toLowerCase()}`, "utf8").digest("hex");
}

let processThrottle: AttemptThrottle | undefined;

/** The in-process throttle used when the server was not given one (tests, the in-process client). */
export function defaultThrottle(): AttemptThrottle {
  processThrottle ??= AttemptThrottle.memory();
  return processThrottle;
}

/** TOO_MANY_ATTEMPTS on `field`, with the seconds to wait. */
export function tooManyAttempts(gate: Gate, field: string): UserError {
  return UserError.of(
    UserErrorCode.TOO_MANY_ATTEMPTS,
    `Too many attempts: try again in ${gate.retryAfterSeconds} s.`,
    ["input", field],
    gate.retryAfterSeconds,
  );
}
