import { computed, type WritableComputedRef } from "vue";
import { useRoute, useRouter, type LocationQuery } from "vue-router";

/** The first value of a query parameter, or undefined. */
export function queryValue(query: LocationQuery, key: string): string | undefined {
  const v = query[key];
  const first = Array.isArray(v) ? v[0] : v;
  return first ?? undefined;
}

/** Returns a new query without `key` (and without empty values). */
export function withoutKey(query: LocationQuery, key: string): LocationQuery {
  const next: LocationQuery = {};
  for (const [k, v] of Object.entries(query)) if (k !== key && v !== null && v !== "") next[k] = v;
  return next;
}

/**
 * A filter or selection bound to the URL: vue-router's query is the single source of state.
 * Setting undefined or "" removes the parameter. Uses `replace` so filters don't flood history.
 */
export function useQueryParam(key: string): WritableComputedRef<string | undefined> {
  const route = useRoute();
  const router = useRouter();
  return computed({
    get: () => queryValue(route.query, key),
    set: (value) => {
      const query =
        value === undefined || value === "" ? withoutKey(route.query, key) : { ...route.query, [key]: value };
      void router.replace({ query });
    },
  });
}
