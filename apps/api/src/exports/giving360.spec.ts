import { describe, expect, it } from "vitest";
import { LOCAL_CURRENCY_FIELD } from "./currency.js";
import { brixtonPoundRound, lambethReferenceRound, pbRound, roundWithoutAwards } from "./exports.fixture.js";
import { build360GivingPackage, type Giving360Package, type Giving360PackageOptions } from "./giving360.js";
import { givingValidator, walkObjects } from "./schemas.fixture.js";
import { ExportInputError, type RoundExportInput } from "./types.js";

const options: Giving360PackageOptions = {
  grantIdPrefix: "360G-coproduce",
  publisher: { name: "Coproduce", website: "https://coproduce.example.org" },
  issued: "2025-02-03",
  license: "https://creativecommons.org/licenses/by/4.0/",
};

function build(...inputs: RoundExportInput[]) {
  return build360GivingPackage(inputs, options);
}

function validPackage(inputs: RoundExportInput[]): Giving360Package {
  const { package: pkg } = build(...inputs);
  if (!pkg) throw new Error("expected a package");
  const result = givingValidator()(pkg);
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
  return pkg;
}

describe("360Giving grants package", () => {
  it("is valid 360Giving 1.4 for the Lambeth reference round: the talent show grant", () => {
    const pkg = validPackage([lambethReferenceRound()]);
    expect(pkg.version).toBe("1.4");
    expect(pkg.grants).toHaveLength(1);
    const grant = pkg.grants[0];
    expect(grant).toMatchObject({
      id: "360G-coproduce-a-101",
      title: "Lambeth Youth Talent Show",
      currency: "GBP",
      amountAwarded: 29500,
      amountAppliedFor: 29500,
      amountDisbursed: 22125.12,
      awardDate: "2014-06-27",
      plannedDates: [{ startDate: "2014-09-01", endDate: "2015-03-31" }],
      fundingOrganization: [{ id: "GB-LAE-LBH", name: "London Borough of Lambeth", url: "https://www.lambeth.gov.uk" }],
      // An unregistered youth group: the 360G-prefixed internal identifier.
      recipientOrganization: [{ id: "360G-coproduce-provider-p-11", name: "Brixton Youth Talent Collective" }],
      beneficiaryLocation: [{ name: "Lambeth", countryCode: "GB", geoCode: "E09000022" }],
      grantProgramme: [
        { code: "young-people-service-2014", title: "A service for young offenders, co-produced with young people" },
      ],
      fromOpenCall: "Yes",
      dateModified: "2014-11-20T16:45:00Z",
    });
    expect(grant?.description).toContain("a panel of people the service is for decided");
    expect(grant?.disbursementTransaction?.map((t) => [t.id, t.value, t.currency])).toEqual([
      ["360G-coproduce-s-1", 14750, "GBP"],
      ["360G-coproduce-s-2", 7375.12, "GBP"],
    ]);
    // Panel compensation (paid in B£) is not a grant.
    expect(JSON.stringify(pkg)).not.toContain("BRX");
  });

  it("is valid for a PB round; charity and company numbers come from the org-id scheme", () => {
    const result = build(pbRound());
    const pkg = validPackage([pbRound()]);
    expect(pkg.grants.map((g) => g.id)).toEqual(["360G-coproduce-a-201", "360G-coproduce-a-202"]);
    expect(pkg.grants[0]?.recipientOrganization).toEqual([
      { id: "GB-CHC-1170001", name: "Peckham Community Garden", charityNumber: "1170001" },
    ]);
    expect(pkg.grants[1]?.recipientOrganization).toEqual([
      { id: "GB-COH-11223344", name: "Rye Lane Football CIC", companyNumber: "11223344" },
    ]);
    expect(pkg.grants[0]?.beneficiaryLocation).toEqual([
      { name: "Peckham", countryCode: "GB", geoCode: "E05011108", geoCodeType: "WD" },
    ]);
    expect(pkg.grants[0]?.plannedDates).toEqual([{ startDate: "2024-09-01" }]);
    expect(pkg.grants[1]?.disbursementTransaction).toBeUndefined();
    // The council-delivered project has no recipient organisation: reported, not silently dropped.
    expect(result.omitted).toEqual([
      {
        roundId: "202",
        awardId: "a-203",
        reason: "no recipient organisation (the council delivers this project itself)",
      },
    ]);
  });

  it("has no package for a round with no awards (360Giving needs at least one grant)", () => {
    expect(build(roundWithoutAwards())).toEqual({ package: null, omitted: [] });
  });

  it("leaves contracts out: only grant-style awards are 360Giving grants", () => {
    const input = lambethReferenceRound();
    const asContract: RoundExportInput = {
      ...input,
      awards: input.awards.map((a) => ({ ...a, kind: "contract" as const })),
    };
    expect(build(asContract).package).toBeNull();
  });

  it("gives a Brixton Pound grant as its sterling equivalent with the local-currency note, everywhere", () => {
    const pkg = validPackage([brixtonPoundRound()]);
    const grant = pkg.grants[0];
    expect(grant?.currency).toBe("GBP");
    expect(grant?.amountAwarded).toBe(500);
    expect(grant?.amountDisbursed).toBe(300);
    expect(grant?.[LOCAL_CURRENCY_FIELD]).toEqual({
      currency: "BRX",
      name: "Brixton Pound",
      symbol: "B£",
      peggedTo: "GBP",
      exchangeRate: 1,
      note: expect.stringContaining("not a GBP payment") as unknown,
      amountAwarded: 500,
      amountAppliedFor: 500,
      amountDisbursed: 300,
    });
    expect(grant?.description).toContain("Paid in Brixton Pound (B£500.00)");
    // Every object labelled GBP in this all-B£ round carries the note on itself or (grant) beside it.
    for (const { path, obj } of walkObjects(pkg)) {
      if (obj.currency === "GBP") expect(obj[LOCAL_CURRENCY_FIELD], path).toMatchObject({ currency: "BRX" });
    }
  });

  it("mixes rounds of several councils in one valid package", () => {
    const pkg = validPackage([lambethReferenceRound(), pbRound(), brixtonPoundRound(), roundWithoutAwards()]);
    expect(pkg.grants).toHaveLength(4);
    expect(new Set(pkg.grants.map((g) => g.fundingOrganization[0]?.id))).toEqual(new Set(["GB-LAE-LBH", "GB-LAE-SWK"]));
  });

  it("the validator catches broken packages (so the tests above can fail)", () => {
    const validate = givingValidator();
    const pkg = validPackage([lambethReferenceRound()]);

    const noFunder = structuredClone(pkg) as unknown as { grants: Record<string, unknown>[] };
    delete noFunder.grants[0]!.fundingOrganization;
    expect(validate(noFunder).valid).toBe(false);

    const brx = structuredClone(pkg);
    brx.grants[0]!.currency = "BRX";
    const result = validate(brx);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toContain("/grants/0/currency");

    const badDate = structuredClone(pkg);
    badDate.grants[0]!.awardDate = "27/06/2014";
    expect(validate(badDate).valid).toBe(false);

    expect(validate({ grants: [] }).valid).toBe(false);
  });

  it("rejects a prefix that is not a 360Giving prefix", () => {
    expect(() => build360GivingPackage([pbRound()], { ...options, grantIdPrefix: "coproduce" })).toThrow(
      ExportInputError,
    );
  });
});
