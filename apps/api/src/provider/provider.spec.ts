import { describe, expect, it } from "vitest";
import { specClient } from "../test/spec-client.js";
import { Provider } from "./provider.entity.js";

interface Created {
  providerCreate: {
    provider: { slug: string; name: string; kind: string; identifierScheme: string; identifier: string } | null;
    userErrors: { code: string; field: string[] | null }[];
  };
}

const CREATE = `mutation($input: ProviderCreateInput!) { providerCreate(input: $input) { provider { slug name kind identifierScheme identifier } userErrors { code field } } }`;

const { db, client } = specClient();

describe("providerCreate", () => {
  it("registers organisations by org-id identifier, once each, and only for officers", async () => {
    const officer = { kind: "officer" as const, userKey: 1, councilKey: 1 };
    const first = (
      await client.data<Created>(
        CREATE,
        { input: { name: "Brixton Youth Talent", kind: "CHARITY", identifierScheme: "GB-CHC", identifier: "1100001" } },
        officer,
      )
    ).providerCreate;
    expect(first).toEqual({
      provider: {
        slug: "brixton-youth-talent",
        name: "Brixton Youth Talent",
        kind: "charity",
        identifierScheme: "GB-CHC",
        identifier: "1100001",
      },
      userErrors: [],
    });
    // Same name, different organisation: a distinct slug.
    const second = (
      await client.data<Created>(
        CREATE,
        {
          input: { name: "Brixton Youth Talent", kind: "COMPANY", identifierScheme: "GB-COH", identifier: "01234567" },
        },
        officer,
      )
    ).providerCreate;
    expect(second.provider?.slug).toBe("brixton-youth-talent-2");
    expect(
      (
        await client.data<Created>(
          CREATE,
          { input: { name: "Again", kind: "CHARITY", identifierScheme: "GB-CHC", identifier: "1100001" } },
          officer,
        )
      ).providerCreate.userErrors,
    ).toEqual([{ code: "DUPLICATE", field: ["input", "identifier"] }]);
    expect(
      (
        await client.data<Created>(
          CREATE,
          { input: { name: "Half", kind: "CHARITY", identifierScheme: "GB-CHC" } },
          officer,
        )
      ).providerCreate.userErrors,
    ).toEqual([{ code: "REQUIRED", field: ["input", "identifier"] }]);
    expect(
      (
        await client.run(
          CREATE,
          { input: { name: "Bad scheme", kind: "CHARITY", identifierScheme: "charity", identifier: "1" } },
          officer,
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe("BAD_USER_INPUT");
    for (const viewer of [
      { kind: "analyst" as const, userKey: 2, councilKey: null },
      { kind: "panel_member" as const, memberKey: 1, roundKey: 1 },
    ]) {
      expect(
        (await client.run(CREATE, { input: { name: "Nope", kind: "CHARITY" } }, viewer)).errors?.[0]?.extensions?.code,
      ).toBe("FORBIDDEN");
    }
    expect((await client.run(CREATE, { input: { name: "Nope", kind: "CHARITY" } })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    expect(await db.dataSource.getRepository(Provider).count()).toBe(2);
  });
});
