import { describe, expect, it } from "vitest";
import { consoleStart } from "./start";

describe("the GraphQL console's first state", () => {
  it("opens on the public example query when the link carries none", () => {
    const hint =
      "Public data. Ctrl-Enter runs the query; the book opens the documentation of the schema, the clock your history.";
    const start = consoleStart("", hint);
    const comment = start.query.split("\n").filter((l) => l.startsWith("#"));
    // The hint, word for word, as comment lines short enough to read without scrolling.
    expect(comment.map((l) => l.slice(2)).join(" ")).toBe(hint);
    expect(comment.length).toBe(2);
    expect(Math.max(...comment.map((l) => l.length))).toBeLessThanOrEqual(74);
    expect(start.query).toContain("councils(first: 10)");
    expect(start).not.toHaveProperty("headers");
  });
  it("takes the query, variables and headers a link carries in its fragment, decoded", () => {
    const search = `#q=${encodeURIComponent("{ viewer { kind } }")}&variables=${encodeURIComponent('{"a":1}')}&headers=${encodeURIComponent('{"Authorization":"Bearer x"}')}`;
    expect(consoleStart(search, "hint")).toEqual({
      query: "{ viewer { kind } }",
      variables: '{"a":1}',
      headers: '{"Authorization":"Bearer x"}',
    });
  });
});
