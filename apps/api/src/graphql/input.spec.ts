import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.js";
import { TestClient } from "../test/graphql.js";
import { insertFixture, type Fixture } from "../analytics/analytics.fixture.js";
import { Round } from "../round/round.entity.js";
import { MAX_STRING_LENGTH } from "./input-guard.js";
import { isCalendarDate } from "./scalars.js";

const kind = process.env.TEST_DATABASE_URL ? "postgres" : "sqlite";
const SECRET = "correct-horse-battery-staple-42";
const LOGIN = `mutation($input: OfficerLoginInput!) { officerLogin(input: $input) { token userErrors { code } } }`;
const SEARCH = `query($f: RoundFilter) { rounds(first: 100, filterBy: $f) { totalCount } }`;

let db: TestDatabase;
let client: TestClient;
let f: Fixture;
beforeAll(async () => {
  db = await openTestDatabase();
  f = await insertFixture(db.dataSource);
  client = await TestClient.create(db.dataSource);
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

describe(`bad strings in any argument (${kind})`, () => {
  it("refuses a NUL character in a variable with BAD_USER_INPUT naming the field", async () => {
    const result = await client.run(SEARCH, { f: { search: "youth\u0000" } });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.extensions?.field).toBe("f.search");
    expect(result.errors?.[0]?.message).toMatch(/`f\.search` must not contain a NUL character/);
  });

  it("refuses a NUL character in a literal argument and in a mutation's input", async () => {
    const literal = await client.run(`{ round(slug: "alpha\\u0000") { slug } }`);
    expect(literal.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(literal.errors?.[0]?.extensions?.field).toBe("round.slug");
    const login = await client.run(LOGIN, { input: { email: "a\u0000@example.org", password: SECRET } });
    expect(login.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(login.errors?.[0]?.extensions?.field).toBe("input.email");
  });

  it(`caps every string at ${MAX_STRING_LENGTH} characters (fields with their own maximum keep it)`, async () => {
    const long = await client.run(SEARCH, { f: { search: "y".repeat(MAX_STRING_LENGTH + 1) } });
    expect(long.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(long.errors?.[0]?.message).toMatch(/at most 100000 characters/);
    const atCap = await client.run<{ round: null }>(`query($s: String!) { round(slug: $s) { slug } }`, {
      s: "y".repeat(MAX_STRING_LENGTH),
    });
    expect(atCap.errors).toBeUndefined();
    expect(atCap.data?.round).toBeNull();
    // Title search has its own maximum (it becomes a LIKE pattern): 200.
    const search = await client.run(SEARCH, { f: { search: "y".repeat(201) } });
    expect(search.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(search.errors?.[0]?.extensions?.field).toBe("filterBy.search");
    // The sign-in email's own maximum is 200.
    const email = await client.run(LOGIN, { input: { email: `${"e".repeat(300)}@example.org`, password: SECRET } });
    expect(email.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(email.errors?.[0]?.extensions?.fields)).toMatch(/"field":"email"/);
  });
});

describe(`errors never echo what was sent (${kind})`, () => {
  const expectNoEcho = (result: unknown) => {
    const text = JSON.stringify(result);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain("officer@example.org");
  };

  it("does not repeat a variable's value when it has an unknown field or a wrong type", async () => {
    const unknown = await client.run(LOGIN, { input: { email: "officer@example.org", password: SECRET, extra: 1 } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(unknown.errors?.[0]?.message).toBe(
      'Variable "$input" has an invalid value at "input": Field "extra" is not defined by type "OfficerLoginInput".',
    );
    expectNoEcho(unknown);
    const wrongType = await client.run(LOGIN, { input: { email: "officer@example.org", password: 42_424_242 } });
    expect(wrongType.errors?.[0]?.message).toBe(
      'Variable "$input" has an invalid value at "input.password": not a valid String.',
    );
    expect(JSON.stringify(wrongType)).not.toContain("42424242");
    expectNoEcho(wrongType);
  });

  it("does not print a literal argument back, nor the input in argument validation errors", async () => {
    const literal = await client.run(
      `mutation { officerLogin(input: { email: "officer@example.org", password: "${SECRET}", extra: 1 }) { token } }`,
    );
    expect(literal.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expectNoEcho(literal);
    const invalid = await client.run(LOGIN, { input: { email: "not-an-email", password: SECRET } });
    expect(invalid.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(invalid)).not.toContain("not-an-email");
    expectNoEcho(invalid);
  });
});

describe(`LocalDate (${kind})`, () => {
  it("accepts exactly the days that exist (checked against the JavaScript calendar)", () => {
    for (const year of [1900, 2000, 2023, 2024, 2026, 2100]) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 28, 29, 30, 31]) {
          const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const real = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
          expect(isCalendarDate(text), text).toBe(real);
        }
      }
    }
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("2026-2-1")).toBe(false);
  });

  it("refuses 2026-02-31 as a variable and as a literal, before anything runs", async () => {
    const SESSION = `mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { session { id } } }`;
    const input = { round: "Um91bmQ6MQ", kind: "induction", title: "Induction", durationMinutes: 60 };
    const impossible = await client.run(SESSION, { input: { ...input, date: "2026-02-31" } });
    expect(impossible.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(impossible.errors?.[0]?.extensions?.field).toBe("input.date");
    expect(impossible.errors?.[0]?.message).toMatch(/real calendar date/);
    const leap = await client.run(SESSION, { input: { ...input, date: "2024-02-29" } });
    // A real date gets past the scalar: the anonymous caller is then refused for who they are.
    expect(leap.errors?.[0]?.extensions?.code).not.toBe("BAD_USER_INPUT");
    const literal = await client.run(
      `mutation { sessionCreate(input: { round: "x", date: "2026-02-31", kind: "induction", title: "T", durationMinutes: 60 }) { session { id } } }`,
    );
    expect(literal.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(literal.errors?.[0]?.message).toMatch(/LocalDate must be a real calendar date/);
  });
});

describe(`search matches % and _ literally (${kind})`, () => {
  it("counts the same rounds as a plain substring test over every title", async () => {
    const repo = db.dataSource.getRepository(Round);
    for (const [slug, title] of [
      ["save-50", "Save 50% on rent"],
      ["under-score", "Under_score plan"],
      ["back-slash", "Back\\slash fund"],
    ] as const) {
      await repo.save(
        Object.assign(new Round(), {
          slug,
          councilKey: f.r1.councilKey,
          areaKey: null,
          title,
          description: "",
          kind: "commissioning",
          phase: "draft",
          theme: "youth",
          potMinor: 100,
          currency: "GBP",
          decisionMethod: "panel_scoring",
          year: 2025,
          ballotsChangeable: false,
        }),
      );
    }
    const titles = (await repo.find()).map((r) => r.title.toLowerCase());
    for (const term of ["%", "_", "50%", "r_s", "\\", "%%", "alpha", "a%e"]) {
      const expected = titles.filter((t) => t.includes(term.toLowerCase())).length;
      const data = await client.data<{ rounds: { totalCount: number } }>(SEARCH, { f: { search: term } });
      expect(data.rounds.totalCount, `search "${term}"`).toBe(expected);
    }
    expect(titles.filter((t) => t.includes("%")).length).toBe(1);
  });
});
