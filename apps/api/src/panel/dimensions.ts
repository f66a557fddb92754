import type { Applicant } from "./applicant.entity.js";

/** The population baseline's dimensions and the applicant column holding each self-reported answer. */
export const DIMENSIONS = {
  age_band: "ageBand",
  sex: "sex",
  ethnic_group: "ethnicGroup",
  disability: "disability",
} as const satisfies Record<string, keyof Applicant>;

export type Dimension = keyof typeof DIMENSIONS;
export const DIMENSION_NAMES = Object.keys(DIMENSIONS) as Dimension[];

export function isDimension(name: string): name is Dimension {
  return Object.hasOwn(DIMENSIONS, name);
}

/** An applicant's answers keyed by baseline dimension (undefined = prefer not to say). */
export function categoriesOf(a: Applicant): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const d of DIMENSION_NAMES) out[d] = a[DIMENSIONS[d]] ?? undefined;
  return out;
}

/** Who the lottery draws from: eligible, consenting applicants not withdrawn or rejected by an officer. */
export function inLotteryPool(a: Applicant): boolean {
  return a.eligible && a.consentAt !== null && a.status !== "withdrawn" && a.status !== "rejected";
}

/** Panel pseudonyms: Panel member A … Z, AA, AB … */
export function memberPseudonym(index: number): string {
  let n = index;
  let letters = "";
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `Panel member ${letters}`;
}
