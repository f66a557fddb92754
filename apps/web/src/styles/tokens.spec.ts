import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { colour, cssVarName, tokensCss } from "./tokens";

const WEB = join(import.meta.dirname, "../..");
const HEX = /#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b/g;
/** The token source and the stylesheet generated from it (and this check's own examples): the only files allowed a hex colour. */
const ALLOWED = new Set(["src/styles/tokens.ts", "src/styles/tokens.css", "src/styles/tokens.spec.ts"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    return statSync(path).isDirectory() ? files(path) : /\.(ts|vue|css|html)$/.test(name) ? [path] : [];
  });
}

describe("design tokens", () => {
  it("tokens.css is generated from tokens.ts (run `pnpm --filter @coproduce/web tokens` after a change)", async () => {
    await expect(tokensCss()).toMatchFileSnapshot("./tokens.css");
  });

  it("names custom properties in kebab case with the --c- prefix", () => {
    expect(cssVarName("bgSoft")).toBe("--c-bg-soft");
    expect(tokensCss()).toContain("  --c-bg-soft: #f3f2f1;\n");
    expect(Object.values(colour).every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
  });

  it("no hex colour is written anywhere else in the web app", () => {
    const offenders = [...files(join(WEB, "src")), join(WEB, "index.html")]
      .map((path) => ({ file: relative(WEB, path), hits: readFileSync(path, "utf8").match(HEX) ?? [] }))
      .filter((f) => !ALLOWED.has(f.file) && f.hits.length > 0);
    expect(offenders).toEqual([]);
  });

  it("the hex check itself finds a colour in a line of CSS, and not a fragment link", () => {
    expect("color: #fff; border: 1px solid #B1B4B6;".match(HEX)).toEqual(["#fff", "#B1B4B6"]);
    expect('href="#main" id="#councils"'.match(HEX)).toBeNull();
  });
});
