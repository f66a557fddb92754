import { PHASES } from "@coproduce/domain";
import type { LocationQuery } from "vue-router";
import type { RoundFilter, RoundOrder, RoundPhase } from "../../graphql/generated/graphql";

/**
 * The /rounds list's state, all of it in the URL (?council=&area=&theme=&phase=&year=&kind=&sort=&after=):
 * parsed into the API's RoundFilter and RoundOrder, and back. Pure (roundList.spec.ts).
 */
export type SortKey = "newest" | "oldest" | "pot-desc" | "pot-asc" | "title";
export const SORTS: readonly SortKey[] = ["newest", "oldest", "pot-desc", "pot-asc", "title"];
const ORDER: Record<SortKey, RoundOrder> = {
  newest: { field: "YEAR", direction: "DESC" },
  oldest: { field: "YEAR", direction: "ASC" },
  "pot-desc": { field: "POT", direction: "DESC" },
  "pot-asc": { field: "POT", direction: "ASC" },
  title: { field: "TITLE", direction: "ASC" },
};
export const KINDS = ["COMMISSIONING", "PARTICIPATORY_BUDGETING"] as const;
export const LIST_PARAMS = ["council", "area", "theme", "phase", "year", "kind", "sort"] as const;

export interface RoundListState {
  council?: string;
  area?: string;
  theme?: string;
  phase?: (typeof PHASES)[number];
  year?: number;
  kind?: (typeof KINDS)[number];
  sort: SortKey;
  after?: string;
}

const first = (q: LocationQuery, k: string): string | undefined => {
  const v = q[k];
  const s = Array.isArray(v) ? v[0] : v;
  return s === null || s === undefined || s === "" ? undefined : s;
};

/** The state in a URL query; unknown values are ignored (never an error page for a hand-edited URL). */
export function parseRoundList(q: LocationQuery): RoundListState {
  const state: RoundListState = { sort: "newest" };
  const council = first(q, "council");
  if (council && /^[a-z0-9-]{1,80}$/.test(council)) state.council = council;
  const area = first(q, "area");
  if (area && state.council) state.area = area;
  const theme = first(q, "theme");
  if (theme && theme.length <= 80) state.theme = theme;
  const phase = first(q, "phase");
  if (phase && (PHASES as readonly string[]).includes(phase)) state.phase = phase as RoundListState["phase"];
  const year = first(q, "year");
  if (year && /^\d{4}$/.test(year)) state.year = Number(year);
  const kind = first(q, "kind")?.toUpperCase();
  if (kind && (KINDS as readonly string[]).includes(kind)) state.kind = kind as RoundListState["kind"];
  const sort = first(q, "sort");
  if (sort && (SORTS as readonly string[]).includes(sort)) state.sort = sort as SortKey;
  const after = first(q, "after");
  if (after) state.after = after;
  return state;
}

/** The API's variables for a state. */
export function roundListVariables(s: RoundListState): { filterBy: RoundFilter; orderBy: RoundOrder; after?: string } {
  const filterBy: RoundFilter = {};
  if (s.council) filterBy.council = s.council;
  if (s.area) filterBy.area = s.area;
  if (s.theme) filterBy.theme = s.theme;
  if (s.phase) filterBy.phases = [s.phase.toUpperCase() as RoundPhase];
  if (s.year) filterBy.year = s.year;
  if (s.kind) filterBy.kind = s.kind;
  return { filterBy, orderBy: ORDER[s.sort], ...(s.after ? { after: s.after } : {}) };
}

/** The URL query of a state (defaults left out, so the plain list is /rounds). */
export function roundListQuery(s: RoundListState): Record<string, string> {
  const q: Record<string, string> = {};
  if (s.council) q.council = s.council;
  if (s.area) q.area = s.area;
  if (s.theme) q.theme = s.theme;
  if (s.phase) q.phase = s.phase;
  if (s.year) q.year = String(s.year);
  if (s.kind) q.kind = s.kind.toLowerCase();
  if (s.sort !== "newest") q.sort = s.sort;
  if (s.after) q.after = s.after;
  return q;
}
