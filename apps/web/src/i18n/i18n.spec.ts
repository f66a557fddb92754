import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CURRENCIES, STATUS_RULE_TEXT } from "@coproduce/domain";
import en from "./locales/en.json";
import cy from "./locales/cy.json";
import { i18n, tn } from "./instance";
import { pickLocale, pluralRule } from "./locales";
import { LOCALE_STORAGE_KEY, initLocale, useLocale } from "./useLocale";

const SRC = join(import.meta.dirname, "..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated") return [];
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|vue)$/.test(name) && !name.endsWith(".spec.ts") ? [path] : [];
  });
}

/** Every message key written literally in the code: t("…"), $t('…'), tn("…", n), te(`…`), keypath="…". */
function keysUsed(): { key: string; file: string }[] {
  const call = /(?:\$t|\bt|\btn|\bte)\(\s*(["'])([a-zA-Z][\w.]*)\1/g;
  const keypath = /keypath="([\w.]+)"/g;
  const out: { key: string; file: string }[] = [];
  for (const path of files(SRC)) {
    const text = readFileSync(path, "utf8");
    for (const m of text.matchAll(call)) out.push({ key: m[2]!, file: relative(SRC, path) });
    for (const m of text.matchAll(keypath)) out.push({ key: m[1]!, file: relative(SRC, path) });
  }
  return out;
}

/** Every message key of a locale file, dotted. */
function allKeys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    typeof v === "object" && v !== null ? allKeys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

/** Every quoted dotted name in the code and Vite's config, and the prefixes of keys built at run time (t(`phase.${p}`)). */
function namesInCode(): { literal: Set<string>; prefixes: string[] } {
  const text = [...files(SRC), join(SRC, "../vite.config.ts")].map((path) => readFileSync(path, "utf8")).join("\n");
  const literal = new Set([...text.matchAll(/(["'`])([a-zA-Z]\w*(?:\.\w+)+)\1/g)].map((m) => m[2]!));
  // vite.config.ts reads the English messages for index.html as properties: en.app.title
  for (const m of text.matchAll(/\ben\.(\w+(?:\.\w+)+)/g)) literal.add(m[1]!);
  const prefixes = [...text.matchAll(/`([a-zA-Z][\w.]*\.)\$\{/g)].map((m) => m[1]!);
  return { literal, prefixes };
}

function has(messages: unknown, key: string): boolean {
  let node = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

describe("English messages", () => {
  it("have every key the code asks for", () => {
    const used = keysUsed();
    expect(used.length).toBeGreaterThan(300);
    expect(used.filter((u) => !has(en, u.key))).toEqual([]);
  });

  it("have no message the code never uses (a translator would translate it for nothing)", () => {
    const { literal, prefixes } = namesInCode();
    expect(prefixes).toContain("phase.");
    const unused = allKeys(en).filter((k) => !literal.has(k) && !prefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it("the key scan finds keys in calls, templates and i18n-t, and the check fails on a missing one", () => {
    expect(keysUsed().some((u) => u.key === "app.footer.data" && u.file === "App.vue")).toBe(true);
    expect(keysUsed().some((u) => u.key === "officer.session.done")).toBe(true);
    expect(has(en, "officer.session.done")).toBe(true);
    expect(has(en, "officer.session.nope")).toBe(false);
    expect(has(en, "officer.session")).toBe(false); // a group is not a message
  });

  it("say the domain's published texts word for word (the status rule, currency names)", () => {
    expect(en.charts.progress.rule).toBe(STATUS_RULE_TEXT);
    for (const [code, info] of Object.entries(CURRENCIES))
      expect(en.currency[code as keyof typeof en.currency], code).toBe(info.name);
  });

  it("pluralise with the count formatted for the locale", () => {
    expect(tn("units.round", 1)).toBe("1 round");
    expect(tn("units.round", 0)).toBe("0 rounds");
    expect(tn("units.round", 12_345)).toBe("12,345 rounds");
  });
});

describe("locale choice", () => {
  afterEach(() => {
    localStorage.clear();
    i18n.global.locale.value = "en";
  });

  it("prefers the saved choice, then the browser's languages by primary subtag, then English", () => {
    expect(pickLocale("en", ["cy-GB"])).toBe("en");
    expect(pickLocale("cy", ["en-GB"])).toBe("cy");
    expect(pickLocale("xx", ["pl-PL", "cy-GB", "en-GB"])).toBe("cy");
    expect(pickLocale(null, ["EN-us"])).toBe("en");
    expect(pickLocale(undefined, [])).toBe("en");
  });

  it("remembers the reader's choice and puts it on <html lang>", async () => {
    const { setLocale, locale, available } = useLocale();
    expect(available.map((l) => l.id)).toContain("en");
    document.documentElement.lang = "";
    await setLocale("en");
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe("en");
    expect(document.documentElement.lang).toBe("en-GB");
    expect(locale.value).toBe("en");
    await setLocale("klingon"); // not offered: ignored
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe("en");
    await expect(initLocale()).resolves.toBe("en");
  });
});

describe("Welsh messages", () => {
  const enKeys = allKeys(en);
  const cyKeys = allKeys(cy);
  const text = (messages: unknown, key: string) =>
    key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
  const placeholders = (message: string) => [...new Set(message.match(/\{\w+\}/g) ?? [])].sort();

  // The officer console (its pages and their titles) is in English only; everything residents,
  // applicants, voters and panel members read is in Welsh too.
  const officerOnly = (k: string) =>
    /^(officer|runRound|account)\./.test(k) || /^routes\.(officerRound|account)/.test(k);

  it("have every message of the resident and panel member pages (the officer console falls back to English)", () => {
    expect(enKeys.filter((k) => !officerOnly(k) && !cyKeys.includes(k))).toEqual([]);
    expect(cyKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it("name the same placeholders as English, so no figure is dropped or invented", () => {
    const differ = cyKeys.filter((k) => placeholders(text(cy, k)).join() !== placeholders(text(en, k)).join());
    expect(differ).toEqual([]);
  });

  it("are in Welsh: the page furniture differs from English", () => {
    for (const key of ["app.skipLink", "round.n1ThePot", "panel.yourPanel", "home.whereTheMoneyWent"])
      expect(text(cy, key), key).not.toBe(text(en, key));
  });

  it("switch the whole app, falling back to English only where Welsh has no message", async () => {
    const { setLocale } = useLocale();
    await setLocale("cy");
    expect(document.documentElement.lang).toBe("cy-GB");
    expect(i18n.global.t("round.n1ThePot")).toBe(text(cy, "round.n1ThePot"));
    expect(tn("units.round", 3)).toBe("3 cylch");
    const officerKey = enKeys.find((k) => k.startsWith("officer."))!;
    expect(i18n.global.t(officerKey)).toBe(text(en, officerKey));
    await setLocale("en");
  });
});

describe("plural rules for languages with more forms", () => {
  it("Polish: one | few | many | other, by CLDR (1, 2–4, 5–21, 22–24 …; fractions other)", () => {
    const rule = pluralRule("pl");
    expect([1, 2, 4, 5, 12, 21, 22, 25, 1.5].map((n) => rule(n, 4))).toEqual([0, 1, 1, 2, 2, 2, 1, 2, 3]);
  });
  it("Welsh: zero | one | two | few | many | other (0, 1, 2, 3, 6, the rest)", () => {
    const rule = pluralRule("cy");
    expect([0, 1, 2, 3, 6, 4, 10].map((n) => rule(n, 6))).toEqual([0, 1, 2, 3, 4, 5, 5]);
  });
  it("never picks a branch the message does not have", () => {
    expect(pluralRule("cy")(6, 2)).toBe(1);
  });
});
