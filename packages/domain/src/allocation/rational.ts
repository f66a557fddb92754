/**
 * Exact non-negative fractions over bigint, with a float shadow used only to decide comparisons
 * that are far from equal (the float's relative error is ~1e-15; anything closer than 1e-9 is
 * decided exactly). Outcomes therefore never depend on floating-point rounding.
 */
export interface Frac {
  readonly n: bigint;
  readonly d: bigint;
  /** n/d as a float (0 or Infinity beyond the float range; comparisons then fall back to exact). */
  readonly f: number;
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(16).length * 4;
}

export function toFloat(n: bigint, d: bigint): number {
  const nf = Number(n);
  const df = Number(d);
  if (Number.isFinite(nf) && Number.isFinite(df)) return nf / df;
  // Huge numerator or denominator: keep the top 64 bits of each and rescale by a power of two.
  const sn = Math.max(0, bitLength(n) - 64);
  const sd = Math.max(0, bitLength(d) - 64);
  return (Number(n >> BigInt(sn)) / Number(d >> BigInt(sd))) * 2 ** (sn - sd);
}

export function frac(n: bigint, d: bigint): Frac {
  return { n, d, f: toFloat(n, d) };
}

const CLOSE = 1e-9;

/** Sign of a − b. */
export function compareFrac(a: Frac, b: Frac): number {
  if (!Number.isNaN(a.f) && !Number.isNaN(b.f)) {
    const diff = a.f - b.f;
    if (Math.abs(diff) > CLOSE * Math.max(Math.abs(a.f), Math.abs(b.f))) return diff < 0 ? -1 : 1;
  }
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

export function fracToString(n: bigint, d: bigint): string {
  const g = gcd(n, d);
  const nn = n / g;
  const dd = d / g;
  return dd === 1n ? nn.toString() : `${nn}/${dd}`;
}

/** Rounded to 1/100 unit, for display. */
export function display(n: bigint, d: bigint): number {
  return Math.round(toFloat(n, d) * 100) / 100;
}
