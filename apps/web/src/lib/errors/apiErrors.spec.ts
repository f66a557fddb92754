import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import en from "../../i18n/locales/en.json";
import cy from "../../i18n/locales/cy.json";
import { i18n } from "../../i18n";
import { apiErrorText, graphQLErrorText, userErrorText } from "./apiErrors";
import { FORM, fieldErrors, resultErrors } from "../forms/errors";

const API = join(import.meta.dirname, "../../../../api");

/** The values of the schema's UserErrorCode enum, read from the committed SDL. */
function userErrorCodes(): string[] {
  const sdl = readFileSync(join(API, "schema.graphql"), "utf8");
  const body = /enum UserErrorCode \{([^}]*)\}/.exec(sdl)?.[1] ?? "";
  return body
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => /^[A-Z][A-Z0-9_]*$/.test(l));
}

/** The closed list of `extensions.code` values the API may send (ERROR_CODES in its errors.ts). */
function graphQLErrorCodes(): string[] {
  const src = readFileSync(join(API, "src/graphql/errors.ts"), "utf8");
  const list = /export const ERROR_CODES = \[([^\]]*)\]/.exec(src)?.[1] ?? "";
  return [...list.matchAll(/"([A-Z_]+)"/g)].map((m) => m[1]!);
}

const messages = (locale: typeof en | typeof cy, group: "user" | "graphql") =>
  (locale as unknown as { apiErrors: Record<string, Record<string, string>> }).apiErrors[group]!;

afterEach(() => {
  i18n.global.locale.value = "en";
});

describe("the API's error codes, in the reader's language", () => {
  it("reads the codes from the schema and the server (so a new code fails this test until it is translated)", () => {
    expect(userErrorCodes()).toContain("ALREADY_VOTED");
    expect(userErrorCodes().length).toBeGreaterThan(20);
    expect(graphQLErrorCodes()).toEqual(expect.arrayContaining(["UNAUTHENTICATED", "FORBIDDEN", "RATE_LIMITED"]));
  });

  it("has an English and a Welsh message for every UserErrorCode in the schema", () => {
    for (const code of userErrorCodes()) {
      expect(messages(en, "user")[code], `en ${code}`).toMatch(/\S/);
      expect(messages(cy, "user")[code], `cy ${code}`).toMatch(/\S/);
      expect(messages(cy, "user")[code], `cy ${code}`).not.toBe(messages(en, "user")[code]);
    }
    // and no message for a code the schema does not have
    expect(Object.keys(messages(en, "user")).sort()).toEqual(userErrorCodes().sort());
  });

  it("has an English and a Welsh message for every extensions.code the server sends", () => {
    for (const code of graphQLErrorCodes()) {
      expect(messages(en, "graphql")[code], `en ${code}`).toMatch(/\S/);
      expect(messages(cy, "graphql")[code], `cy ${code}`).toMatch(/\S/);
    }
    expect(Object.keys(messages(en, "graphql")).sort()).toEqual(graphQLErrorCodes().sort());
  });

  it("renders an error from its code, not the server's English, and follows the language", () => {
    const error = { message: "Access denied", extensions: { code: "FORBIDDEN" } };
    expect(graphQLErrorText(error)).toBe("You do not have permission to do this.");
    // a userError in English keeps the server's own sentence (it names the particulars)
    expect(userErrorText({ code: "WRONG_PHASE", message: "The round is not shortlisting." })).toBe(
      "The round is not shortlisting.",
    );
    expect(userErrorText({ code: "ALREADY_VOTED", message: "" })).toBe("You have already voted in this round.");
    i18n.global.locale.value = "cy";
    expect(graphQLErrorText(error)).toBe("Nid oes gennych ganiatâd i wneud hyn.");
    expect(userErrorText({ code: "ALREADY_VOTED", message: "Already voted." })).toBe(
      "Rydych eisoes wedi pleidleisio yn y cylch hwn.",
    );
  });

  it("falls back to the server's message for a code it does not know, or none", () => {
    expect(graphQLErrorText({ message: "Brand new failure", extensions: { code: "SOMETHING_NEW" } })).toBe(
      "Brand new failure",
    );
    expect(graphQLErrorText({ message: "No code" })).toBe("No code");
    i18n.global.locale.value = "cy";
    expect(userErrorText({ code: null, message: "Plain" })).toBe("Plain");
    expect(userErrorText({ code: "BRAND_NEW", message: "Plain" })).toBe("Plain");
  });

  it("says what a failed request says: each distinct coded error once, or that the service could not be reached", () => {
    expect(
      apiErrorText({
        message: "[GraphQL] Access denied",
        graphQLErrors: [
          { message: "Access denied", extensions: { code: "FORBIDDEN" } },
          { message: "Access denied again", extensions: { code: "FORBIDDEN" } },
          { message: "Slow down", extensions: { code: "RATE_LIMITED" } },
        ],
      }),
    ).toBe("You do not have permission to do this. Too many requests. Wait a minute, then try again.");
    expect(apiErrorText({ message: "[Network] Failed to fetch", networkError: new Error("x") })).toBe(
      "The service could not be reached. Check your connection and try again.",
    );
    expect(apiErrorText("Plain text")).toBe("Plain text");
  });

  it("puts the coded messages on a form: a Welsh reader sees Welsh beside the field, a refused request in words", () => {
    i18n.global.locale.value = "cy";
    expect(fieldErrors([{ code: "TOO_LONG", message: "Too long.", field: ["input", "title"] }], ["title"])).toEqual({
      title: "Mae hwn yn rhy hir. Byrhewch ef.",
    });
    i18n.global.locale.value = "en";
    expect(
      resultErrors(
        {
          message: "[GraphQL] Access denied",
          graphQLErrors: [{ message: "Access denied", extensions: { code: "FORBIDDEN" } }],
        },
        undefined,
        ["title"],
      ),
    ).toEqual({ [FORM]: "You do not have permission to do this." });
  });
});
