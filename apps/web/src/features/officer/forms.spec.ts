import { describe, expect, it } from "vitest";
import {
  FORM,
  buildAward,
  buildBid,
  buildMeasurement,
  buildScoreEntry,
  buildShortlist,
  buildAwardVary,
  buildProvider,
  buildSpend,
  consoleSections,
  currencySymbol,
  fieldErrors,
  isLocalDate,
  parseMoney,
  resultErrors,
  scoreEntryErrors,
  validateContribution,
  validateSession,
  validationErrors,
} from "./forms";

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
    expect(
      validateSession({ title: "Welcome", date: "2025-03-01", kind: "induction", durationMinutes: "120" }),
    ).toEqual({});
    expect(Object.keys(validateSession({ title: " ", date: "", kind: "", durationMinutes: "1.5" })).sort()).toEqual([
      "date",
      "durationMinutes",
      "kind",
      "title",
    ]);
    expect(
      validateSession({ title: "x", date: "2025-03-01", kind: "vote", durationMinutes: "0" }).durationMinutes,
    ).toMatch(/from 1 to 1440/);
  });
});

describe("validateContribution", () => {
  it("needs a session, a member, a kind and a whole amount (0 allowed)", () => {
    expect(validateContribution({ session: "s", member: "m", kind: "SPEAKING_TURNS", amount: "0" })).toEqual({});
    expect(Object.keys(validateContribution({ session: "", member: "", kind: "", amount: "-1" })).sort()).toEqual([
      "amount",
      "kind",
      "member",
      "session",
    ]);
  });
});

describe("validationErrors", () => {
  it("maps the API's argument validation to fields, and other errors to the form", () => {
    const out = validationErrors(
      [
        {
          message: "Argument Validation Error",
          extensions: {
            validationErrors: [
              { property: "durationMinutes", constraints: { min: "durationMinutes must not be less than 1" } },
            ],
          },
        },
        { message: "Not allowed" },
      ],
      ["durationMinutes"],
    );
    expect(out).toEqual({ durationMinutes: "durationMinutes must not be less than 1", [FORM]: "Not allowed" });
  });
});

describe("parseMoney", () => {
  it("turns major units typed as text into integer minor units, without going through a float", () => {
    expect(parseMoney("1250", "GBP")).toEqual({ amountMinor: 125_000 });
    expect(parseMoney(" 1,250.5 ", "GBP")).toEqual({ amountMinor: 125_050 });
    expect(parseMoney("£32,000.00", "GBP")).toEqual({ amountMinor: 3_200_000 });
    expect(parseMoney("B£12.50", "BRX")).toEqual({ amountMinor: 1250 });
    expect(parseMoney("0.07", "GBP")).toEqual({ amountMinor: 7 });
    // 0.1 + 0.2 style float errors cannot happen: 4.35 × 100 is 434.99999… as a float
    expect(parseMoney("4.35", "GBP")).toEqual({ amountMinor: 435 });
    expect(parseMoney("1234567890123.45", "GBP")).toEqual({ amountMinor: 123_456_789_012_345 });
  });

  it("says what to type instead of a wrong amount", () => {
    expect(parseMoney("", "GBP").error).toBe("Enter an amount in £, e.g. 1250 or 1,250.50.");
    expect(parseMoney("twelve", "GBP").error).toBe("Enter the amount as a number in £, e.g. 1250 or 1,250.50.");
    expect(parseMoney("-5", "GBP").error).toMatch(/as a number/);
    expect(parseMoney("1e3", "GBP").error).toMatch(/as a number/);
    expect(parseMoney("12,34", "GBP").error).toMatch(/as a number/);
    expect(parseMoney("1.234", "GBP").error).toBe("Enter at most 2 digits after the decimal point.");
    expect(parseMoney("0", "GBP").error).toBe("Enter an amount more than zero.");
    expect(parseMoney("0", "GBP", { allowZero: true })).toEqual({ amountMinor: 0 });
    expect(parseMoney("99999999999999999", "GBP").error).toBe("That amount is too large.");
  });

  it("names the currency by its symbol", () => {
    expect([currencySymbol("GBP"), currencySymbol("BRX"), currencySymbol("XYZ")]).toEqual(["£", "B£", "XYZ"]);
  });
});

describe("isLocalDate", () => {
  it("accepts real calendar days only", () => {
    expect(isLocalDate("2024-02-29")).toBe(true);
    expect(isLocalDate("2023-02-29")).toBe(false);
    expect(isLocalDate("2024-2-1")).toBe(false);
    expect(isLocalDate("")).toBe(false);
  });
});

describe("resultErrors", () => {
  it("is empty on success, keys userErrors by field, and puts a network failure on the form", () => {
    expect(resultErrors(undefined, [], ["amount"])).toEqual({});
    expect(
      resultErrors(undefined, [{ message: "Spend cannot exceed the award.", field: ["input", "amount"] }], ["amount"]),
    ).toEqual({ amount: "Spend cannot exceed the award." });
    expect(resultErrors({ message: "[Network] Failed to fetch", graphQLErrors: [] }, undefined, ["amount"])).toEqual({
      [FORM]: "[Network] Failed to fetch",
    });
    expect(
      resultErrors({ message: "x", graphQLErrors: [{ message: "Access denied" }] }, undefined, ["amount"]),
    ).toEqual({ [FORM]: "Access denied" });
  });
});

describe("buildBid", () => {
  const round = { id: "Um91bmQ6MQ", currency: "GBP", providerRequired: true };
  it("builds the input with the amount in minor units and the round's currency", () => {
    const out = buildBid(
      {
        provider: "UHJvdmlkZXI6Mg",
        title: " Talent show ",
        summary: "",
        category: "",
        amount: "28,000",
        outcomes: ["T3V0Y29tZTox"],
      },
      round,
    );
    expect(out).toEqual({
      errors: {},
      input: {
        round: "Um91bmQ6MQ",
        provider: "UHJvdmlkZXI6Mg",
        title: "Talent show",
        summary: "",
        amountRequested: { amountMinor: 2_800_000, currency: "GBP" },
        outcomes: ["T3V0Y29tZTox"],
      },
    });
  });
  it("needs the organisation for a commissioned service, not for a PB project", () => {
    const values = {
      provider: "",
      title: "Benches",
      summary: "",
      category: "greenery",
      area: " Stockwell East ",
      amount: "500",
      outcomes: [],
    };
    expect(buildBid(values, round).errors).toEqual({ provider: "Choose the bidding organisation." });
    expect(buildBid(values, { ...round, currency: "PLN", providerRequired: false }).input).toEqual({
      round: "Um91bmQ6MQ",
      title: "Benches",
      summary: "",
      category: "greenery",
      area: "Stockwell East",
      amountRequested: { amountMinor: 50_000, currency: "PLN" },
      outcomes: [],
    });
  });
  it("explains each wrong field", () => {
    expect(
      Object.keys(
        buildBid(
          { provider: "", title: "", summary: "x".repeat(20_001), category: "", amount: "lots", outcomes: [] },
          round,
        ).errors,
      ).sort(),
    ).toEqual(["amountRequested", "provider", "summary", "title"]);
  });
});

describe("buildShortlist", () => {
  it("needs the bid and a reason", () => {
    expect(buildShortlist({ bid: "QmlkOjE", reason: " Young people run it. " })).toEqual({
      errors: {},
      input: { bid: "QmlkOjE", reason: "Young people run it." },
    });
    expect(buildShortlist({ bid: "", reason: "  " }).errors).toEqual({
      bid: "Choose the bid to shortlist.",
      reason: "Say why the bid deserves an interview.",
    });
  });
});

describe("buildScoreEntry and scoreEntryErrors", () => {
  const criteria = [{ id: "Q3JpdGVyaW9uOjE" }, { id: "Q3JpdGVyaW9uOjI" }];
  it("sends the member's id and one 0–5 score per criterion, in the tender's order", () => {
    const out = buildScoreEntry(
      { panelMember: "UGFuZWxNZW1iZXI6Mw", bid: "QmlkOjE", sheet: { Q3JpdGVyaW9uOjI: 0, Q3JpdGVyaW9uOjE: 5 } },
      criteria,
    );
    expect(out.input).toEqual({
      bid: "QmlkOjE",
      panelMember: "UGFuZWxNZW1iZXI6Mw",
      scores: [
        { criterion: "Q3JpdGVyaW9uOjE", score: 5 },
        { criterion: "Q3JpdGVyaW9uOjI", score: 0 },
      ],
    });
  });
  it("says whose sheet, which bid and which criterion is missing", () => {
    expect(buildScoreEntry({ panelMember: "", bid: "", sheet: { Q3JpdGVyaW9uOjE: 3 } }, criteria).errors).toEqual({
      panelMember: "Choose the panel member whose sheet this is.",
      bid: "Choose the bid they scored.",
      Q3JpdGVyaW9uOjI: "Pick a score.",
    });
    expect(buildScoreEntry({ panelMember: "m", bid: "b", sheet: {} }, []).errors).toEqual({
      [FORM]: "The round's tender has no criteria to score against.",
    });
  });
  it("shows the API's errors next to the member, the bid or the criterion they name", () => {
    const out = scoreEntryErrors(
      undefined,
      [
        { message: "Panel member B has left the panel.", field: ["input", "panelMember"] },
        { message: "Scores are whole numbers from 0 to 5.", field: ["input", "scores", "1", "score"] },
        { message: "Interview scoring: wrong phase.", field: ["input"] },
      ],
      criteria,
    );
    expect(out).toEqual({
      panelMember: "Panel member B has left the panel.",
      Q3JpdGVyaW9uOjI: "Scores are whole numbers from 0 to 5.",
      [FORM]: "Interview scoring: wrong phase.",
    });
  });
});

describe("buildAward", () => {
  it("builds an award in the round's currency with an optional contract period", () => {
    expect(
      buildAward(
        { bid: "QmlkOjE", value: "28000", kind: "GRANT", awardedOn: "2024-01-10", startsOn: "", endsOn: "" },
        "GBP",
      ),
    ).toEqual({
      errors: {},
      input: {
        bid: "QmlkOjE",
        value: { amountMinor: 2_800_000, currency: "GBP" },
        kind: "GRANT",
        awardedOn: "2024-01-10",
      },
    });
    expect(
      buildAward(
        {
          bid: "QmlkOjE",
          value: "1",
          kind: "CONTRACT",
          awardedOn: "2024-01-10",
          startsOn: "2024-02-01",
          endsOn: "2025-01-31",
        },
        "GBP",
      ).input,
    ).toMatchObject({ startsOn: "2024-02-01", endsOn: "2025-01-31" });
  });
  it("refuses a period that ends before it starts, and missing fields", () => {
    expect(
      buildAward(
        { bid: "", value: "", kind: "LOAN", awardedOn: "", startsOn: "2024-02-01", endsOn: "2024-01-01" },
        "GBP",
      ).errors,
    ).toEqual({
      bid: "Choose the funded bid.",
      value: "Enter an amount in £, e.g. 1250 or 1,250.50.",
      kind: "Choose contract or grant.",
      awardedOn: "Enter the date of the award.",
      endsOn: "The award must end after it starts.",
    });
  });
});

describe("buildSpend", () => {
  it("sends the payment in the award's currency as integer minor units", () => {
    expect(
      buildSpend(
        {
          award: "QXdhcmQ6MQ",
          amount: "7,000.25",
          paidOn: "2024-06-01",
          description: " Quarter 1 ",
          reference: " LBL-1 ",
        },
        "GBP",
      ),
    ).toEqual({
      errors: {},
      input: {
        award: "QXdhcmQ6MQ",
        amount: { amountMinor: 700_025, currency: "GBP" },
        paidOn: "2024-06-01",
        description: "Quarter 1",
        reference: "LBL-1",
      },
    });
  });
  it("needs an award first, then each field; over-award spend is left to the API", () => {
    expect(buildSpend({ award: "", amount: "5", paidOn: "", description: "", reference: "" }, null).errors).toEqual({
      award: "Choose the award the payment is for.",
      paidOn: "Enter the date of the payment.",
      description: "Say what the payment was for.",
      reference: "Enter the finance system's payment reference.",
    });
    expect(
      buildSpend({ award: "a", amount: "99999999", paidOn: "2024-06-01", description: "d", reference: "r" }, "GBP")
        .errors,
    ).toEqual({});
  });
});

describe("buildAwardVary", () => {
  it("sends a decrease as a negative change in minor units, in the award's currency", () => {
    expect(
      buildAwardVary({ award: "QXdhcmQ6MQ", direction: "decrease", amount: "1,250.50", reason: " Scope cut " }, "GBP"),
    ).toEqual({
      errors: {},
      input: { award: "QXdhcmQ6MQ", delta: { amountMinor: -125_050, currency: "GBP" }, reason: "Scope cut" },
    });
    expect(buildAwardVary({ award: "a", direction: "increase", amount: "30", reason: "r" }, "BRX").input).toEqual({
      award: "a",
      delta: { amountMinor: 3_000, currency: "BRX" },
      reason: "r",
    });
  });
  it("needs the award, an amount that is not zero and a reason", () => {
    const { errors } = buildAwardVary({ award: "", direction: "up", amount: "0", reason: " " }, null);
    expect(errors).toEqual({
      award: "Choose the award to vary",
      direction: "Choose whether the value goes up or down",
      reason: "Say why the value changes",
    });
    expect(
      Object.keys(buildAwardVary({ award: "a", direction: "increase", amount: "0", reason: "r" }, "GBP").errors),
    ).toEqual(["delta"]);
  });
});

describe("buildProvider", () => {
  it("registers a charity with its number (spaces taken out) and website", () => {
    expect(
      buildProvider({
        name: " Brixton Youth Trust ",
        kind: "CHARITY",
        scheme: "GB-CHC",
        identifier: "1 100 123",
        website: "https://example.org",
      }),
    ).toEqual({
      errors: {},
      input: {
        name: "Brixton Youth Trust",
        kind: "CHARITY",
        identifierScheme: "GB-CHC",
        identifier: "1100123",
        website: "https://example.org",
      },
    });
    expect(
      buildProvider({ name: "Street group", kind: "RESIDENT_GROUP", scheme: "", identifier: "", website: "" }).input,
    ).toEqual({ name: "Street group", kind: "RESIDENT_GROUP" });
  });
  it("explains a missing name or kind, a number without its register, and a bare website", () => {
    expect(buildProvider({ name: "", kind: "", scheme: "", identifier: "123", website: "example.org" }).errors).toEqual(
      {
        name: "Enter the organisation's name",
        kind: "Choose what kind of organisation it is",
        identifierScheme: "Choose which register the number is from",
        website: "Enter the website's full address, starting with https://",
      },
    );
    expect(buildProvider({ name: "x", kind: "COMPANY", scheme: "GB-COH", identifier: "", website: "" }).errors).toEqual(
      {
        identifier: "Enter the number, or choose “None, or not known”",
      },
    );
    expect(
      buildProvider({ name: "x", kind: "COMPANY", scheme: "GB-COH", identifier: "12/34", website: "" }).errors,
    ).toEqual({ identifier: "Enter the number using only letters, digits and hyphens, up to 40 characters" });
  });
});

describe("buildMeasurement", () => {
  it("takes a plain number in the indicator's unit", () => {
    expect(
      buildMeasurement({
        indicator: "SW5kaWNhdG9yOjE",
        value: "1,234.5",
        measuredOn: "2024-07-01",
        source: "Provider report",
      }).input,
    ).toEqual({
      indicator: "SW5kaWNhdG9yOjE",
      value: 1234.5,
      measuredOn: "2024-07-01",
      source: "Provider report",
    });
    expect(buildMeasurement({ indicator: "", value: "about 40", measuredOn: "2024-13-01", source: "" }).errors).toEqual(
      {
        indicator: "Choose the indicator.",
        value: "Enter the measured value as a number, e.g. 42 or 12.5.",
        measuredOn: "Enter the date of the measurement.",
        source: "Say where the figure comes from.",
      },
    );
  });
});

describe("consoleSections", () => {
  it("offers each form only in the stage whose phase rule allows it", () => {
    const on = (phase: string, decided = false) =>
      Object.entries(consoleSections(phase, decided))
        .filter(([, v]) => v)
        .map(([k]) => k);
    expect(on("DRAFT")).toEqual([]);
    expect(on("RECRUITING")).toEqual(["sessions"]);
    expect(on("BIDDING")).toEqual(["sessions", "bids"]);
    expect(on("SHORTLISTING")).toEqual(["sessions", "shortlist"]);
    expect(on("INTERVIEWING")).toEqual(["sessions", "scores", "scoring"]);
    expect(on("DECIDING")).toEqual(["sessions", "scoring", "decision"]);
    expect(on("DECIDING", true)).toEqual(["sessions", "scoring", "decision", "awards"]);
    expect(on("AWARDED", true)).toEqual(["sessions", "awards", "spend", "measurements"]);
    expect(on("MONITORING", true)).toEqual(["sessions", "spend", "measurements"]);
    expect(on("CLOSED", true)).toEqual([]);
  });
});
