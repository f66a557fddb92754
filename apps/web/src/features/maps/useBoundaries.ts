import { ref, watchEffect, type Ref } from "vue";
import type { Boundaries } from "./geo";

/** The boroughs whose wards public/geo has (scripts/build-geo.mjs writes one file each; asset.spec checks the list). */
export const WARD_BOUNDARIES: ReadonlySet<string> = new Set(["E09000012", "E09000022", "E09000023", "E09000028"]);

/** The ward boundary file of a borough (by ONS code), or null when there is none. */
export function wardBoundaryPath(boroughCode: string | null | undefined): string | null {
  return boroughCode && WARD_BOUNDARIES.has(boroughCode) ? `/geo/wards/${boroughCode}.json` : null;
}

const cache = new Map<string, Promise<Boundaries>>();

/** One boundary file from /geo (built by scripts/build-geo.mjs; the server caches it), fetched once per page load. */
export function loadBoundaries(path: string): Promise<Boundaries> {
  let pending = cache.get(path);
  if (!pending) {
    pending = fetch(path).then(async (res) => {
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
      return (await res.json()) as Boundaries;
    });
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending;
}

/** The boundaries at `path` (null while loading, or when there is no path: e.g. a council outside London). */
export function useBoundaries(path: Ref<string | null>) {
  const boundaries = ref<Boundaries | null>(null);
  const failed = ref(false);
  watchEffect((onCleanup) => {
    const p = path.value;
    boundaries.value = null;
    failed.value = false;
    if (!p) return;
    let live = true;
    onCleanup(() => (live = false));
    loadBoundaries(p).then(
      (b) => live && (boundaries.value = b),
      () => live && (failed.value = true),
    );
  });
  return { boundaries, failed };
}
