import { describe, expect, it } from "vitest";
import { consoleStorage, withoutSecrets } from "./storage";

const TAB_STATE = JSON.stringify({
  activeTabIndex: 0,
  tabs: [
    {
      id: "t1",
      query: "{ viewer { email } }",
      variables: '{"a":1}',
      headers: '{"Authorization":"Bearer secret-token"}',
      response: '{"data":{"viewer":{"email":"officer@lambeth.example"}}}',
    },
  ],
});

describe("what the GraphQL console keeps in the browser", () => {
  it("drops every tab's headers and response, keeping its query and variables", () => {
    const kept = JSON.parse(withoutSecrets(TAB_STATE)) as { tabs: Record<string, unknown>[] };
    expect(kept.tabs[0]).toEqual({
      id: "t1",
      query: "{ viewer { email } }",
      variables: '{"a":1}',
      headers: null,
      response: null,
    });
  });

  it("drops headers from history entries too, and leaves plain strings alone", () => {
    const history = JSON.stringify({
      key: "queries",
      items: [{ query: "{ a }", headers: '{"Authorization":"Bearer x"}' }],
    });
    expect(withoutSecrets(history)).not.toContain("Bearer");
    expect(withoutSecrets("dark")).toBe("dark");
  });

  it("writes through to the backing store without the token or the personal data", () => {
    const map = new Map<string, string>();
    const backing = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
      clear: () => map.clear(),
      key: (i: number) => [...map.keys()][i] ?? null,
      get length() {
        return map.size;
      },
    } satisfies Storage;
    const storage = consoleStorage(backing);
    storage.setItem("graphiql:tabState", TAB_STATE);
    storage.setItem("graphiql:headers", '{"Authorization":"Bearer secret-token"}');
    const everything = [...map.values()].join("\n");
    expect(everything).not.toContain("secret-token");
    expect(everything).not.toContain("officer@lambeth.example");
    expect(storage.getItem("graphiql:tabState")).toContain("{ viewer { email } }");
    expect(storage.length).toBe(2);
  });
});
