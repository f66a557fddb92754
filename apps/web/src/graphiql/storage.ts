/**
 * What the console keeps in the browser. GraphiQL remembers open tabs and the history in localStorage —
 * including each tab's request headers and last response. On a shared computer that would leave an
 * officer's token (a header) and personal data (a response) behind, so both are dropped before anything
 * is written: the queries and variables stay, which is what history is for.
 */
const NOT_KEPT = new Set(["headers", "response"]);

/** The stored form of one value GraphiQL writes: JSON without headers or responses at any depth. */
export function withoutSecrets(value: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return value; // plain strings (a theme name, a panel width) carry nothing of the sort
  }
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (typeof node === "object" && node !== null)
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, NOT_KEPT.has(k) ? null : strip(v)] as const));
    return node;
  };
  return JSON.stringify(strip(parsed));
}

/** localStorage as GraphiQL's storage, minus the headers and responses. */
export function consoleStorage(backing: Storage): Storage {
  return {
    getItem: (key) => backing.getItem(key),
    setItem: (key, value) => backing.setItem(key, key.endsWith(":headers") ? "" : withoutSecrets(value)),
    removeItem: (key) => backing.removeItem(key),
    clear: () => backing.clear(),
    key: (index) => backing.key(index),
    get length() {
      return backing.length;
    },
  };
}
