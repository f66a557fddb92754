/**
 * A small, published, seeded pseudo-random number generator for the panel lottery.
 *
 * Why our own: a lottery whose seed is published must be re-runnable by anyone (a resident, an
 * auditor, another council) and give the same panel. `Math.random` cannot be seeded, and library
 * generators change between versions. We use:
 *
 * - **Seed hashing**: the seed string's UTF-16 code units are mixed into four 32-bit lanes with
 *   `Math.imul` multiply-xorshift steps (a cyrb128-style hash; integer-only, so identical on every
 *   JavaScript engine).
 * - **Generator**: sfc32 (Chris Doty-Humphrey's "small fast counting" generator, 128-bit state,
 *   passes PractRand), warmed up by 16 discarded outputs.
 * - **Integers**: `nextInt(n)` uses rejection sampling, so every value in 0..n-1 is exactly
 *   equally likely (no modulo bias).
 *
 * This is not a cryptographic generator: the seed is meant to be public, and is chosen (for example
 * drawn live at a public meeting, or taken from a future lottery result) *after* the applicant list
 * and quotas are frozen, so nobody can shop for a seed.
 */

/** Hashes a seed string into four non-zero 32-bit unsigned integers. */
export function hashSeed(seed: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  // sfc32 must not start from an all-zero state; force each lane non-zero.
  return [h1 >>> 0 || 1, h2 >>> 0 || 2, h3 >>> 0 || 3, h4 >>> 0 || 4];
}

export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    [this.a, this.b, this.c, this.d] = hashSeed(seed);
    for (let i = 0; i < 16; i++) this.nextUint32();
  }

  /** Next output of sfc32: an unsigned 32-bit integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A uniformly distributed integer in [0, n), without modulo bias. `n` must be in 1..2^32. */
  nextInt(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`nextInt: bad bound ${n}`);
    const limit = 2 ** 32 - (2 ** 32 % n); // largest multiple of n not above 2^32
    for (;;) {
      const x = this.nextUint32();
      if (x < limit) return x % n;
    }
  }

  /** Fisher–Yates shuffle of a copy of `items`. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.nextInt(i + 1);
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }
}
