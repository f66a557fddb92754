/**
 * LIKE patterns from user text. `%` and `_` are wildcards in SQL's LIKE, so a search for "50%" or
 * "a_b" must escape them (and the escape character itself) to match only what was typed. Use with
 * `LIKE :param ESCAPE '\'` — written `${LIKE_ESCAPE}` — on both SQLite and PostgreSQL.
 */
export const LIKE_ESCAPE = "ESCAPE '\\'";

/** A pattern matching any text that contains `term` literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
