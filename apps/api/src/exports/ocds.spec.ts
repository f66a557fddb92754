import { describe, expect, it } from "vitest";
import { LOCAL_CURRENCY_FIELD } from "./currency.js";
import { brixtonPoundRound, lambethReferenceRound, pbRound, roundWithoutAwards } from "./exports.fixture.js";
import { buildOcdsReleasePackage, OCDS_BID_EXTENSION_URL, type OcdsPackageOptions, type OcdsRelease } from "./ocds.js";
import { ocdsValidator, walkObjects } from "./schemas.fixture.js";
import { ExportInputError, type RoundExportInput } from "./types.js";

const options: OcdsPackageOptions = {
  ocidPrefix: "ocds-cpdc01",
  publisher: { name: "Coproduce", uri: "https://coproduce.example.org" },
  publishedDate: "2025-02-03T10:00:00Z",
  uri: "https://coproduce.example.org/exports/ocds/all.json",
  license: "https://creativecommons.org/licenses/by/4.0/",
};

function build(...inputs: RoundExportInput[]) {
  return buildOcdsReleasePackage(inputs, options);
}

function expectValid(data: unknown): void {
  const result = ocdsValidator()(data);
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
}

function only(pkg: { releases: OcdsRelease[] }): OcdsRelease {
  expect(pkg.releases).toHaveLength(1);
  const [release] = pkg.releases;
  if (!release) throw new Error("no release");
  return release;
}

describe("OCDS release package", () => {
  it("is valid OCDS 1.1.5 for the Lambeth reference round, and maps the commissioning process", () => {
    const pkg = build(lambethReferenceRound());
    expectValid(pkg);
    expect(pkg.version).toBe("1.1");
    expect(pkg.extensions).toEqual([OCDS_BID_EXTENSION_URL]);
    const r = only(pkg);
    expect(r.ocid).toBe("ocds-cpdc01-101");
    expect(r.tag).toEqual(["compiled"]);

    // The council is buyer, procuring entity and (having paid) payer, identified by its org-id.
    const council = r.parties.find((p) => p.id === "GB-LAE-LBH");
    expect(council?.roles).toEqual(["buyer", "procuringEntity", "payer"]);
    expect(r.buyer).toEqual({ id: "GB-LAE-LBH", name: "London Borough of Lambeth" });

    // The funded youth group: tenderer, supplier, payee; unregistered, so an internal party id.
    const group = r.parties.find((p) => p.name === "Brixton Youth Talent Collective");
    expect(group?.id).toBe("coproduce-provider-p-11");
    expect(group?.roles).toEqual(["tenderer", "supplier", "payee"]);
    expect(group?.identifier).toBeUndefined();
    // The manager's first choice (a charity) only bid.
    const charity = r.parties.find((p) => p.id === "GB-CHC-1123456");
    expect(charity?.roles).toEqual(["tenderer"]);
    expect(charity?.identifier).toEqual({ scheme: "GB-CHC", id: "1123456", legalName: "South London Mentoring Trust" });

    expect(r.planning.budget.amount).toEqual({ amount: 32000, currency: "GBP" });
    expect(r.tender.value).toEqual({ amount: 32000, currency: "GBP" });
    expect(r.tender.status).toBe("complete");
    expect(r.tender.awardCriteria).toBe("ratedCriteria");
    expect(r.tender.awardCriteriaDetails).toBe(
      "Bids scored by the panel against weighted criteria: Meets the outcomes the panel defined 40%; Young people involved in delivery 30%; Value for money 20%; Track record 10%.",
    );
    expect(r.tender.tenderers).toHaveLength(4);
    expect(r.tender.numberOfTenderers).toBe(4);
    expect(r.tender.tenderPeriod).toEqual({ startDate: "2014-04-01T09:00:00Z", endDate: "2014-05-16T23:59:59Z" });
    expect(r.planning.rationale).toContain("For: young offenders.");

    expect(r.bids.details.map((b) => [b.id, b.status, b.coproduceShortlisted])).toEqual([
      ["b-1", "valid", true],
      ["b-2", "valid", true],
      ["b-3", "valid", true],
      ["b-4", "valid", false],
    ]);
    expect(r.bids.details[3]?.value).toEqual({ amount: 18000.5, currency: "GBP" });

    expect(r.awards).toHaveLength(1);
    expect(r.awards[0]).toMatchObject({
      id: "a-101",
      status: "active",
      date: "2014-06-27T00:00:00Z",
      value: { amount: 29500, currency: "GBP" },
      suppliers: [{ id: "coproduce-provider-p-11", name: "Brixton Youth Talent Collective" }],
      contractPeriod: { startDate: "2014-09-01T00:00:00Z", endDate: "2015-03-31T23:59:59Z" },
    });
    expect(r.contracts).toHaveLength(1);
    const contract = r.contracts[0];
    expect(contract?.awardID).toBe("a-101");
    expect(contract?.implementation.transactions.map((t) => t.value)).toEqual([
      { amount: 14750, currency: "GBP" },
      { amount: 7375.12, currency: "GBP" },
    ]);
    expect(contract?.implementation.transactions[0]?.payer).toEqual({
      id: "GB-LAE-LBH",
      name: "London Borough of Lambeth",
    });
    expect(contract?.implementation.milestones.map((m) => [m.id, m.status, m.type])).toEqual([
      ["m-3", "met", "delivery"],
      ["m-4", "scheduled", "delivery"],
    ]);
    expect(r.planning.milestones.map((m) => m.id)).toEqual(["m-1", "m-2"]);
  });

  it("never exports compensation: the panel was paid in Brixton Pounds, yet no B£ amount appears", () => {
    const text = JSON.stringify(build(lambethReferenceRound()));
    expect(text).not.toContain("BRX");
    expect(text).not.toContain("Brixton Pound");
  });

  it("rejects spend that is not against one of the round's awards (e.g. compensation passed by mistake)", () => {
    const input = lambethReferenceRound();
    const bad: RoundExportInput = {
      ...input,
      spend: [
        ...input.spend,
        {
          id: "pay-1",
          awardId: "panel-compensation",
          amount: { amountMinor: 15_000, currency: "BRX" },
          paidOn: "2014-03-01",
        },
      ],
    };
    expect(() => build(bad)).toThrow(ExportInputError);
  });

  it("is valid for a PB round with several projects, and keeps resident proposers anonymous", () => {
    const pkg = build(pbRound());
    expectValid(pkg);
    const r = only(pkg);
    expect(r.tender.id).toBe("202-call");
    expect(r.tender.status).toBe("complete");
    expect(r.tender.awardCriteriaDetails).toBe("Decided by vote, allocation rule: mes.");
    expect(r.tender.tenderPeriod).toEqual({ startDate: "2024-03-01T00:00:00Z", endDate: "2024-06-30T23:59:59Z" });
    // Residents' proposals have no tenderer, so a count of tenderers would mislead: omitted.
    expect(r.tender.numberOfTenderers).toBeUndefined();
    const benches = r.bids.details.find((b) => b.id === "pb-3");
    expect(benches?.tenderers).toBeUndefined();
    expect(r.bids.details.find((b) => b.id === "pb-5")?.status).toBe("withdrawn");
    // Parties: the council and the three organisations only.
    expect(r.parties.map((p) => p.id)).toEqual([
      "GB-LAE-SWK",
      "GB-CHC-1170001",
      "GB-COH-11223344",
      "coproduce-provider-p-23",
    ]);
    expect(r.awards.map((a) => a.id)).toEqual(["a-201", "a-202", "a-203"]);
    expect(r.awards.find((a) => a.id === "a-203")?.suppliers).toBeUndefined();
    expect(r.contracts.map((c) => c.id)).toEqual(["contract-a-201", "contract-a-202", "contract-a-203"]);
    expect(r.date).toBe("2024-07-15T12:00:00+01:00");
  });

  it("is valid for a round with no awards yet", () => {
    const pkg = build(roundWithoutAwards());
    expectValid(pkg);
    const r = only(pkg);
    expect(r.awards).toEqual([]);
    expect(r.contracts).toEqual([]);
    expect(r.tender.status).toBe("active");
    expect(r.tender.value).toEqual({ amount: 40000, currency: "GBP" });
    expect(r.planning.budget.amount).toEqual({ amount: 45000, currency: "GBP" });
    expect(r.tender.awardCriteriaDetails).toContain("Reach 33.33%; Quality 33.33%; Cost 33.34%");
    // A council without an org-id gets an internal party id.
    expect(r.buyer.id).toBe("coproduce-council-hackney");
    expect(r.bids.details[0]?.status).toBe("pending");
  });

  it("puts several rounds of several councils in one valid package, one compiled release each", () => {
    const pkg = build(lambethReferenceRound(), pbRound(), brixtonPoundRound(), roundWithoutAwards());
    expectValid(pkg);
    expect(pkg.releases.map((r) => r.ocid)).toEqual([
      "ocds-cpdc01-101",
      "ocds-cpdc01-202",
      "ocds-cpdc01-303",
      "ocds-cpdc01-404",
    ]);
    expect(() => build(pbRound(), pbRound())).toThrow(/OCIDs would collide/);
  });

  it("gives Brixton Pound amounts as their sterling equivalent, never without the local-currency note", () => {
    const pkg = build(brixtonPoundRound());
    expectValid(pkg);
    const values = [...walkObjects(pkg)].filter(
      ({ path, obj }) =>
        ("currency" in obj || LOCAL_CURRENCY_FIELD in obj) && !path.endsWith(`/${LOCAL_CURRENCY_FIELD}`),
    );
    // pot, tender value, bid, award, contract, two transactions
    expect(values).toHaveLength(7);
    for (const { path, obj } of values) {
      expect(obj.currency, path).toBe("GBP");
      expect(obj[LOCAL_CURRENCY_FIELD], path).toMatchObject({
        currency: "BRX",
        name: "Brixton Pound",
        peggedTo: "GBP",
        exchangeRate: 1,
      });
      expect((obj[LOCAL_CURRENCY_FIELD] as { amount: number }).amount, path).toBe(obj.amount);
    }
    const award = only(pkg).awards[0];
    expect(award?.value.amount).toBe(500);
    expect(award?.description).toContain("Paid in Brixton Pound (B£500.00)");
  });

  it("the validator catches broken packages (so the tests above can fail)", () => {
    const validate = ocdsValidator();
    const good = build(lambethReferenceRound());
    expect(validate(good).valid).toBe(true);

    const noVersion: Record<string, unknown> = { ...good };
    delete noVersion.version;
    expect(validate(noVersion).valid).toBe(false);

    // The raw local code is not an ISO 4217 currency: labelling a value "BRX" must be rejected.
    const brx = structuredClone(good);
    brx.releases[0]!.tender.value = { amount: 32000, currency: "BRX" };
    const result = validate(brx);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toContain("/releases/0/tender/value/currency");

    const badDate = structuredClone(good);
    badDate.releases[0]!.date = "27 June 2014";
    expect(validate(badDate).valid).toBe(false);

    const badAward = structuredClone(good);
    (badAward.releases[0]!.awards[0] as { status: string }).status = "won";
    expect(validate(badAward).valid).toBe(false);
  });

  it("rejects a malformed OCID prefix", () => {
    expect(() => buildOcdsReleasePackage([pbRound()], { ...options, ocidPrefix: "cpdc01" })).toThrow(ExportInputError);
  });
});
