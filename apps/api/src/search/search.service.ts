import { sql, type RawBuilder } from "kysely";
import { dialectOf, int, run, type Db } from "../db/sql.js";
import { LIKE_ESCAPE, containsPattern } from "../db/like.js";
import { allowedEdits, corrections, fts5Query, literalChunks, tsQuery, words, type SearchTerm } from "./search.text.js";

/** What a search finds. A bid in a participatory-budgeting round is a PB project. */
export type SearchKind = "council" | "round" | "pb_project" | "bid" | "provider";

/** The tables a hit points to (the SQLite rowid's low 3 bits, the PostgreSQL `source`). */
export type SearchSource = "council" | "round" | "bid" | "provider";
const SOURCE_CODES: Record<number, SearchSource> = { 1: "council", 2: "round", 3: "bid", 4: "provider" };

export interface SearchHit {
  readonly source: SearchSource;
  readonly key: number;
  readonly kind: SearchKind;
}

export interface SearchPage {
  readonly hits: SearchHit[];
  readonly total: number;
  /** The words searched for, after typo correction (what the page says it searched for). */
  readonly terms: readonly SearchTerm[];
}

/** Words of the vocabulary examined at most for one mistyped word. */
const MAX_VOCABULARY_SCAN = 50_000;

/**
 * Full-text search over councils, rounds, bids/PB projects and providers: the index the
 * migrations keep current (SQLite FTS5, PostgreSQL tsvector + GIN). Every word of the query must
 * match, as a word or the start of one; a word the index does not know is replaced by the indexed
 * words within one or two typing mistakes of it (search.text.ts). Chunks with `%` or `_` must
 * appear literally. Withdrawn rounds and their bids are never found. Best matches first (title
 * over body), then by kind and key, so pages are stable.
 */
export class SearchService {
  constructor(private readonly db: Db) {}

  async search(query: string, offset: number, limit: number, kinds?: readonly SearchKind[]): Promise<SearchPage> {
    const terms = await this.terms(words(query));
    const literals = literalChunks(query);
    if (terms === null || (terms.length === 0 && literals.length === 0)) return { hits: [], total: 0, terms: [] };
    const postgres = dialectOf(this.db) === "postgres";
    const matches = postgres ? this.postgresMatches(terms, literals) : this.sqliteMatches(terms, literals);
    const from = kinds?.length
      ? sql`SELECT * FROM (${matches}) k WHERE k.kind IN (${sql.join(kinds.map((k) => sql`${k}`))})`
      : matches;
    const [rows, counted] = await Promise.all([
      run<{ source: string | number; ref: number | string; kind: string }>(
        this.db,
        sql`SELECT m.source, m.ref, m.kind FROM (${from}) m ORDER BY m.rank, m.kind_order, m.ref LIMIT ${limit} OFFSET ${offset}`,
      ),
      run<{ n: number | string }>(this.db, sql`SELECT COUNT(*) AS n FROM (${from}) m`),
    ]);
    return {
      hits: rows.map((r) => ({
        source: postgres ? (r.source as SearchSource) : SOURCE_CODES[int(r.source)]!,
        key: int(r.ref),
        kind: r.kind as SearchKind,
      })),
      total: int(counted[0]?.n ?? 0),
      terms,
    };
  }

  /** Each word as searched, or null when some word matches nothing even with typo correction. */
  private async terms(typed: readonly string[]): Promise<SearchTerm[] | null> {
    const out: SearchTerm[] = [];
    for (const word of typed) {
      if (await this.known(word)) {
        out.push({ typed: word, prefixes: [word], corrected: false });
        continue;
      }
      const fixes = corrections(word, await this.vocabularyNear(word));
      if (fixes.length === 0) return null;
      out.push({ typed: word, prefixes: fixes, corrected: true });
    }
    return out;
  }

  /** Whether some indexed word starts with `word`. */
  private async known(word: string): Promise<boolean> {
    const upper = `${word}\u{10FFFF}`;
    const rows =
      dialectOf(this.db) === "postgres"
        ? await run(this.db, sql`SELECT 1 AS hit FROM search_word WHERE word >= ${word} AND word < ${upper} LIMIT 1`)
        : await run(this.db, sql`SELECT 1 AS hit FROM search_vocab WHERE term >= ${word} AND term < ${upper} LIMIT 1`);
    return rows.length > 0;
  }

  /** Indexed words long enough to be `word` (or to start with it) within its allowed edits. */
  private async vocabularyNear(word: string): Promise<string[]> {
    const min = Math.max(1, [...word].length - allowedEdits(word));
    const rows =
      dialectOf(this.db) === "postgres"
        ? await run<{ w: string }>(
            this.db,
            sql`SELECT word AS w FROM search_word WHERE char_length(word) >= ${min} LIMIT ${MAX_VOCABULARY_SCAN}`,
          )
        : await run<{ w: string }>(
            this.db,
            sql`SELECT term AS w FROM search_vocab WHERE length(term) >= ${min} LIMIT ${MAX_VOCABULARY_SCAN}`,
          );
    return rows.map((r) => r.w);
  }

  private sqliteMatches(terms: readonly SearchTerm[], literals: readonly string[]): RawBuilder<unknown> {
    const conditions = [
      sql`NOT EXISTS (SELECT 1 FROM round w WHERE w."key" = s.roundKey AND w."withdrawnAt" IS NOT NULL)`,
    ];
    if (terms.length) conditions.push(sql`search_index MATCH ${fts5Query(terms)}`);
    for (const chunk of literals)
      conditions.push(sql`(s.title || ' ' || s.body) LIKE ${containsPattern(chunk)} ${sql.raw(LIKE_ESCAPE)}`);
    const rank = terms.length ? sql`bm25(search_index, 10.0, 1.0)` : sql`0`;
    return sql`SELECT s.rowid % 8 AS source, s.rowid / 8 AS ref, s.kind AS kind, ${rank} AS rank, ${kindOrder(sql`s.kind`)} AS kind_order
      FROM search_index s WHERE ${sql.join(conditions, sql` AND `)}`;
  }

  private postgresMatches(terms: readonly SearchTerm[], literals: readonly string[]): RawBuilder<unknown> {
    const conditions = [
      sql`NOT EXISTS (SELECT 1 FROM round w WHERE w."key" = d."roundKey" AND w."withdrawnAt" IS NOT NULL)`,
    ];
    const query = sql`to_tsquery('simple', ${tsQuery(terms)})`;
    if (terms.length) conditions.push(sql`d.document @@ ${query}`);
    for (const chunk of literals)
      conditions.push(sql`(d.title || ' ' || d.body) ILIKE ${containsPattern(chunk)} ${sql.raw(LIKE_ESCAPE)}`);
    // ts_rank grows with relevance; negated so that, as for bm25, smaller is better
    const rank = terms.length ? sql`-ts_rank(d.document, ${query})` : sql`0`;
    return sql`SELECT d.source AS source, d.ref AS ref, d.kind AS kind, ${rank} AS rank, ${kindOrder(sql`d.kind`)} AS kind_order
      FROM search_document d WHERE ${sql.join(conditions, sql` AND `)}`;
  }
}

/** Ties between equally good matches: councils, rounds, providers, PB projects, bids. */
function kindOrder(kind: RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`CASE ${kind} WHEN 'council' THEN 1 WHEN 'round' THEN 2 WHEN 'provider' THEN 3 WHEN 'pb_project' THEN 4 ELSE 5 END`;
}
