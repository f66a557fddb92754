import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";

/**
 * Passwords are hashed with scrypt, a memory-hard KDF built into Node (N=2^15, r=8, p=1: 32 MiB
 * per hash). Stored as `scrypt$N$r$p$salt$hash` (base64url), so parameters can be raised later.
 *
 * Node's async scrypt runs on libuv's thread pool, never on the event loop; but a storm of sign-ins
 * could still take every pool thread (file and DNS work waits behind them) and 32 MiB each. So at
 * most `MAX_CONCURRENT_HASHES` run at once and the rest wait their turn in a queue
 * (`PASSWORD_HASH_CONCURRENCY`, default 2: half the default pool of 4).
 */
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEM = 64 * 1024 * 1024;

export const MAX_CONCURRENT_HASHES = hashConcurrency(process.env.PASSWORD_HASH_CONCURRENCY);

function hashConcurrency(raw: string | undefined): number {
  if (raw === undefined || raw === "") return 2;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`PASSWORD_HASH_CONCURRENCY must be a whole number ≥ 1, got "${raw}"`);
  return n;
}

/** A counting semaphore: at most `limit` tasks run at once, the others wait in order. */
export class Semaphore {
  private running = 0;
  private peak = 0;
  private readonly waiting: (() => void)[] = [];
  /** Changeable at run time only for the benchmark's "unbounded" comparison. */
  constructor(public limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    this.peak = Math.max(this.peak, this.running);
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  /** How many run now, how many wait, and the most that ever ran at once. */
  stats(): { running: number; waiting: number; peak: number } {
    return { running: this.running, waiting: this.waiting.length, peak: this.peak };
  }
}

export const hashing = new Semaphore(MAX_CONCURRENT_HASHES);

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return hashing.run(
    () =>
      new Promise((resolve, reject) => {
        scryptCallback(password.normalize("NFKC"), salt, KEY_LENGTH, options, (err, key) =>
          err ? reject(err) : resolve(key),
        );
      }),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, { N, r: R, p: P, maxmem: MAX_MEM });
  return `scrypt$${N}$${R}$${P}$${salt.toString("base64url")}$${key.toString("base64url")}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const key = await scrypt(password, Buffer.from(salt, "base64url"), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAX_MEM,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
