import { describe, expect, it } from "vitest";
import { toCsv, toJson } from "./csv";

const columns = [
  { key: "name", label: "Provider" },
  { key: "amount", label: "Awarded", unit: "GBP pence", numeric: true },
];

describe("toCsv", () => {
  it("writes a header with units and one line per row, CRLF terminated", () => {
    expect(toCsv(columns, [{ name: "Youth Talent Show CIC", amount: 3_200_000 }])).toBe(
      "Provider,Awarded (GBP pence)\r\nYouth Talent Show CIC,3200000\r\n",
    );
  });

  it("quotes commas, quotes and newlines and leaves empty cells empty", () => {
    const csv = toCsv(columns, [
      { name: 'Brixton "Talent", Ltd', amount: null },
      { name: "two\nlines", amount: 5 },
    ]);
    expect(csv).toBe('Provider,Awarded (GBP pence)\r\n"Brixton ""Talent"", Ltd",\r\n"two\nlines",5\r\n');
  });

  it("defuses spreadsheet formulas in text but keeps negative numbers as numbers", () => {
    const csv = toCsv(columns, [{ name: "=HYPERLINK(1)", amount: -500 }]);
    expect(csv.split("\r\n")[1]).toBe("'=HYPERLINK(1),-500");
  });
});

describe("toJson", () => {
  it("keeps only the listed columns, with units", () => {
    const parsed: unknown = JSON.parse(toJson(columns, [{ name: "A", amount: 1, secret: "x" }]));
    expect(parsed).toEqual({ units: { amount: "GBP pence" }, rows: [{ name: "A", amount: 1 }] });
  });
});

describe("downloads of money columns", () => {
  const money = [
    { key: "name", label: "Provider" },
    {
      key: "amount",
      label: "Awarded",
      unit: "£",
      numeric: true,
      format: () => "shown",
      // what a money column downloads (charts/units.ts): the exact decimal of the minor units
      download: (v: unknown) => ({ 3040000: "30400.00", 1234567: "12345.67" })[Number(v)] ?? null,
    },
  ];

  it("writes what the column downloads, not the minor units the row keeps", () => {
    expect(toCsv(money, [{ name: "Youth Talent Show CIC", amount: 3_040_000 }])).toBe(
      "Provider,Awarded (£)\r\nYouth Talent Show CIC,30400.00\r\n",
    );
  });

  it("keeps a negative decimal a number, while text starting with - is still defused", () => {
    const col = [{ key: "v", label: "Change", unit: "£", numeric: true, download: () => "-0.05" }];
    expect(toCsv(col, [{ v: -5 }]).split("\r\n")[1]).toBe("-0.05");
    expect(toCsv([{ key: "t", label: "Note" }], [{ t: "-1+2" }]).split("\r\n")[1]).toBe("'-1+2");
  });

  it("JSON carries the same values as numbers, with the unit", () => {
    const parsed: unknown = JSON.parse(toJson(money, [{ name: "A", amount: 1_234_567 }]));
    expect(parsed).toEqual({ units: { amount: "£" }, rows: [{ name: "A", amount: 12345.67 }] });
  });
});
