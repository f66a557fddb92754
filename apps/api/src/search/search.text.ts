/**
 * The words of a search, as both indexes store them (db/migrations/…-SearchIndex.ts): lower case,
 * accents folded (é → e, ą → a), split on anything that is not a letter or a digit, never stemmed.
 * Pure: the service (search.service.ts) asks the database for the vocabulary and the matches.
 */

/** At most this many words of a query are used (the rest are ignored). */
export const MAX_WORDS = 8;

/** Lower case, accents removed (the letters that decompose into a base letter and marks). */
export function fold(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
}

/** The words of a query, folded, de-duplicated, in order. */
export function words(query: string): string[] {
  const found = fold(query).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(found)].slice(0, MAX_WORDS);
}

/**
 * The parts of a query that must appear literally: each space-separated chunk holding `%` or `_`
 * (which the word index cannot see, and which must never act as SQL wildcards).
 */
export function literalChunks(query: string): string[] {
  return [...new Set(query.split(/\s+/).filter((c) => /[%_]/.test(c)))].slice(0, MAX_WORDS);
}

/** How many typing mistakes a word of this length may carry: none up to 3 letters, 1 up to 7, then 2. */
export function allowedEdits(word: string): number {
  const n = [...word].length;
  return n <= 3 ? 0 : n <= 7 ? 1 : 2;
}

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions, each edit counted
 * once): "yuoth" → "youth" is 1, "ofenders" → "offenders" is 1. Stops early above `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[t.length]!;
}

/**
 * The distance from a typed word to the start of an indexed word (what a prefix search would
 * match): "ofend" is 1 from "offenders". The smallest distance to any prefix of `indexed` within
 * `limit` letters of the typed length.
 */
export function prefixDistance(typed: string, indexed: string, limit: number): number {
  const t = [...indexed];
  const n = [...typed].length;
  let best = limit + 1;
  for (let k = Math.max(1, n - limit); k <= Math.min(t.length, n + limit); k++)
    best = Math.min(best, editDistance(typed, t.slice(0, k).join(""), limit));
  return best;
}

/** At most this many corrections of one word are searched for. */
export const MAX_CORRECTIONS = 5;

/**
 * Indexed words a mistyped word may have meant, closest first (then alphabetical): those within
 * `allowedEdits` of it, whole or as a prefix. Empty when none is close enough.
 */
export function corrections(typed: string, vocabulary: Iterable<string>): string[] {
  const limit = allowedEdits(typed);
  if (limit === 0) return [];
  const scored: [string, number][] = [];
  for (const w of vocabulary) {
    const d = prefixDistance(typed, w, limit);
    if (d <= limit) scored.push([w, d]);
  }
  scored.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return scored.slice(0, MAX_CORRECTIONS).map(([w]) => w);
}

/** One word of the query as searched: the word itself (as a prefix) or its corrections. */
export interface SearchTerm {
  readonly typed: string;
  /** Prefixes to match, any of them (just `typed` when it occurs in the index). */
  readonly prefixes: readonly string[];
  readonly corrected: boolean;
}

/** FTS5 MATCH text: every term (any of its prefixes). Words hold only letters and digits; quoted anyway. */
export function fts5Query(terms: readonly SearchTerm[]): string {
  return terms.map((t) => `(${t.prefixes.map((p) => `"${p}"*`).join(" OR ")})`).join(" AND ");
}

/** PostgreSQL to_tsquery('simple', …) text: every term (any of its prefixes). */
export function tsQuery(terms: readonly SearchTerm[]): string {
  return terms.map((t) => `(${t.prefixes.map((p) => `'${p}':*`).join(" | ")})`).join(" & ");
}
