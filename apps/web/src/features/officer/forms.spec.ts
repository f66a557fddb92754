import { describe, expect, it } from "vitest";
import { FORM, fieldErrors, validateContribution, validateSession, validationErrors } from "./forms";

describe("fieldErrors", () => {
  it("keys the API's errors by the input field they name, the rest under the form", () => {
    const out = fieldErrors(
      [
        { message: "Too long.", field: ["input", "title"] },
        { message: "Also bad.", field: ["input", "title"] },
        { message: "Wrong phase.", field: null },
        { message: "Odd.", field: ["input", "unknown"] },
      ],
      ["title", "date"],
    );
    expect(out).toEqual({ title: "Too long. Also bad.", [FORM]: "Wrong phase. Odd." });
  });
});

describe("validateSession", () => {
  it("accepts a complete session and explains each missing or wrong field", () => {
    expect(validateSession({ title: "Welcome", date: "2025-03-01", kind: "induction", durationMinutes: "120" })).toEqual({});
    expect(Object.keys(validateSession({ title: " ", date: "", kind: "", durationMinutes: "1.5" })).sort()).toEqual(["date", "durationMinutes", "kind", "title"]);
    expect(validateSession({ title: "x", date: "2025-03-01", kind: "vote", durationMinutes: "0" }).durationMinutes).toMatch(/from 1 to 1440/);
  });
});

describe("validateContribution", () => {
  it("needs a session, a member, a kind and a whole amount (0 allowed)", () => {
    expect(validateContribution({ session: "s", member: "m", kind: "SPEAKING_TURNS", amount: "0" })).toEqual({});
    expect(Object.keys(validateContribution({ session: "", member: "", kind: "", amount: "-1" })).sort()).toEqual(["amount", "kind", "member", "session"]);
  });
});

describe("validationErrors", () => {
  it("maps the API's argument validation to fields, and other errors to the form", () => {
    const out = validationErrors(
      [
        {
          message: "Argument Validation Error",
          extensions: { validationErrors: [{ property: "durationMinutes", constraints: { min: "durationMinutes must not be less than 1" } }] },
        },
        { message: "Not allowed" },
      ],
      ["durationMinutes"],
    );
    expect(out).toEqual({ durationMinutes: "durationMinutes must not be less than 1", [FORM]: "Not allowed" });
  });
});
