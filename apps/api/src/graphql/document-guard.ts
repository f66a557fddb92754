import { Kind, parse, type DocumentNode, type SelectionSetNode } from "graphql";
import { MAX_QUERY_TOKENS } from "./limits.js";

/**
 * How many fields one selection set may hold under the same response name (its alias, else its
 * name), counting the fields its fragments bring in. graphql-js's validation compares such fields
 * pairwise (OverlappingFieldsCanBeMerged), so a document of a few thousand `a: councils(first: …)`
 * would take seconds to validate; no real query repeats a name more than a few times.
 */
export const MAX_SAME_NAME_FIELDS = 20;

/**
 * Checked before Apollo parses and validates (server/app.ts): refuses a document whose
 * validation alone would be slow. Undefined when it is acceptable — or when it does not parse, which
 * Apollo then reports as usual (GRAPHQL_PARSE_FAILED).
 */
export function documentProblem(source: string): string | undefined {
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens: MAX_QUERY_TOKENS, noLocation: true });
  } catch {
    return undefined;
  }
  const fragments = new Map<string, SelectionSetNode>();
  for (const def of document.definitions)
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def.selectionSet);

  /** Response names of a selection set's own fields, through inline fragments and each fragment once. */
  const namesOf = (set: SelectionSetNode, counts: Map<string, number>, seen: Set<string>) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const name = s.alias?.value ?? s.name.value;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      } else if (s.kind === Kind.INLINE_FRAGMENT) namesOf(s.selectionSet, counts, seen);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const inner = fragments.get(s.name.value);
        if (inner) namesOf(inner, counts, seen);
      }
    }
  };
  const sets: SelectionSetNode[] = [];
  const collect = (set: SelectionSetNode) => {
    sets.push(set);
    for (const s of set.selections) if (s.kind !== Kind.FRAGMENT_SPREAD && s.selectionSet) collect(s.selectionSet);
  };
  for (const def of document.definitions)
    if (def.kind === Kind.OPERATION_DEFINITION || def.kind === Kind.FRAGMENT_DEFINITION) collect(def.selectionSet);
  for (const set of sets) {
    const counts = new Map<string, number>();
    namesOf(set, counts, new Set());
    for (const [name, n] of counts)
      if (n > MAX_SAME_NAME_FIELDS)
        return `\`${name.slice(0, 60)}\` is selected ${n} times in one selection set; the limit is ${MAX_SAME_NAME_FIELDS}`;
  }
  return undefined;
}
