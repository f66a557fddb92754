import { describe, expect, it } from "vitest";
import {
  AWARD_CSV_COLUMNS,
  awardRows,
  csvStream,
  csvString,
  moneyColumns,
  SPEND_CSV_COLUMNS,
  spendRows,
  type CsvColumn,
} from "./csv.js";
import { brixtonPoundRound, lambethReferenceRound, pbRound } from "./exports.fixture.js";
import { type Money } from "@coproduce/domain";

interface Row {
  name: string;
  note: string | null;
  price: Money | null;
  ok: boolean;
}

const columns: CsvColumn<Row>[] = [
  { header: "name", value: (r) => r.name },
  { header: "note", value: (r) => r.note },
  ...moneyColumns<Row>("price", (r) => r.price),
  { header: "ok", value: (r) => r.ok },
];

async function* slowly<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    yield item;
  }
}

describe("CSV policy", () => {
  it("writes a header, CRLF records, RFC 4180 quoting and two exact money columns", async () => {
    const csv = await csvString<Row>(
      [
        { name: "Talent show", note: null, price: { amountMinor: 3_200_000, currency: "GBP" }, ok: true },
        {
          name: 'Say "hi", please',
          note: "line one\nline two",
          price: { amountMinor: -5, currency: "GBP" },
          ok: false,
        },
        { name: "Market stall", note: "", price: { amountMinor: 50_000, currency: "BRX" }, ok: true },
        { name: "No price", note: "x", price: null, ok: true },
      ],
      columns,
    );
    expect(csv).toBe(
      "name,note,price_amount,price_currency,ok\r\n" +
        "Talent show,,32000.00,GBP,true\r\n" +
        '"Say ""hi"", please","line one\nline two",-0.05,GBP,false\r\n' +
        // The local currency keeps its own code in CSV: nothing is relabelled.
        "Market stall,,500.00,BRX,true\r\n" +
        "No price,x,,,true\r\n",
    );
  });

  it("streams from an async iterable and keeps UTF-8 text intact", async () => {
    const chunks: string[] = [];
    const rows = slowly<Row>([
      { name: "Café – B£ fund", note: "Łódź", price: { amountMinor: 1, currency: "PLN" }, ok: true },
      { name: "二", note: null, price: null, ok: false },
    ]);
    for await (const chunk of csvStream(rows, columns)) chunks.push(String(chunk));
    const text = chunks.join("");
    expect(text).toBe(
      "name,note,price_amount,price_currency,ok\r\nCafé – B£ fund,Łódź,0.01,PLN,true\r\n二,,,,false\r\n",
    );
    expect(Buffer.from(text, "utf8").toString("utf8")).toBe(text);
  });

  it("still writes the header when there are no rows", async () => {
    expect(await csvString<Row>([], columns)).toBe("name,note,price_amount,price_currency,ok\r\n");
  });

  it("propagates an error from the row source instead of ending quietly", async () => {
    async function* failing(): AsyncGenerator<Row> {
      yield { name: "a", note: null, price: null, ok: true };
      throw new Error("database went away");
    }
    await expect(csvString(failing(), columns)).rejects.toThrow("database went away");
  });

  it("tabulates awards and spend of several rounds", async () => {
    const inputs = [lambethReferenceRound(), pbRound(), brixtonPoundRound()];
    const awards = (await csvString(awardRows(inputs), AWARD_CSV_COLUMNS)).split("\r\n");
    expect(awards[0]).toBe(
      "council_slug,council_name,round_slug,round_title,round_kind,award_id,award_title,award_kind,award_status,awarded_on,provider_name,provider_org_id,value_amount,value_currency,period_start,period_end",
    );
    expect(awards).toHaveLength(1 + 5 + 1); // header, 5 awards, trailing empty string after the last CRLF
    expect(awards[1]).toBe(
      'lambeth,London Borough of Lambeth,young-people-service-2014,"A service for young offenders, co-produced with young people",commissioning,a-101,Lambeth Youth Talent Show,grant,active,2014-06-27,Brixton Youth Talent Collective,,29500.00,GBP,2014-09-01,2015-03-31',
    );
    expect(awards[2]).toContain(",Peckham Community Garden,GB-CHC-1170001,35000.00,GBP,");
    const spend = (await csvString(spendRows(inputs), SPEND_CSV_COLUMNS)).split("\r\n");
    expect(spend[0]).toBe(
      "council_slug,round_slug,award_id,spend_id,paid_on,provider_name,amount_amount,amount_currency,description",
    );
    expect(spend[2]).toBe(
      'lambeth,young-people-service-2014,a-101,s-2,2014-12-01,Brixton Youth Talent Collective,7375.12,GBP,"Second instalment, venue, sound"',
    );
    expect(spend.filter((l) => l.includes(",BRX,"))).toHaveLength(2);
  });
});
