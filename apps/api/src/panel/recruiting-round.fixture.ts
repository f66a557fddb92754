/** Test helper: a round run through the real GraphQL mutations (create → recruiting → applicants → quotas → commit → lottery). */
import { expect } from "vitest";
import type { DataSource } from "typeorm";
import type { TestClient } from "../test/graphql.js";
import type { Viewer } from "../auth/actor.js";
import { Council } from "../council/council.entity.js";
import { UserAccount } from "../auth/user.entity.js";
import { Area } from "../area/area.entity.js";
import { toGlobalId } from "../graphql/node-id.js";

export async function officerOf(dataSource: DataSource, slug: string): Promise<Viewer & { councilKey: number }> {
  const council = await dataSource.getRepository(Council).findOneByOrFail({ slug });
  const user = await dataSource
    .getRepository(UserAccount)
    .findOneByOrFail({ councilKey: council.key, role: "officer" });
  return { kind: "officer", userKey: user.key, councilKey: council.key };
}

export interface ApplicantSpec {
  pseudonym: string;
  sex?: string;
  ageBand?: string;
  /** Home address or UPRN (the household rule). */
  household?: string;
}

export async function createRecruitingRound(
  client: TestClient,
  dataSource: DataSource,
  officer: Viewer & { councilKey: number },
  slug: string,
  compensationCurrency: string | null = "BRX",
): Promise<string> {
  const borough = await dataSource
    .getRepository(Area)
    .findOneByOrFail({ councilKey: officer.councilKey, kind: "borough" });
  const created = await client.data<{ roundCreate: { round: { id: string } | null; userErrors: unknown[] } }>(
    `mutation($input: RoundCreateInput!) { roundCreate(input: $input) { round { id } userErrors { code message } } }`,
    {
      input: {
        slug,
        title: `Test round ${slug}`,
        theme: "youth",
        potMinor: 1_000_000,
        currency: "GBP",
        compensationCurrency,
        year: 2025,
        area: toGlobalId("Area", borough.key),
      },
    },
    officer,
  );
  expect(created.roundCreate.userErrors).toEqual([]);
  const round = created.roundCreate.round!.id;
  const advanced = await client.data<{ roundAdvancePhase: { userErrors: unknown[] } }>(
    `mutation($input: RoundAdvancePhaseInput!) { roundAdvancePhase(input: $input) { userErrors { code } } }`,
    { input: { round, to: "RECRUITING" } },
    officer,
  );
  expect(advanced.roundAdvancePhase.userErrors).toEqual([]);
  return round;
}

export async function apply(
  client: TestClient,
  officer: Viewer,
  round: string,
  applicants: ApplicantSpec[],
): Promise<void> {
  for (const a of applicants) {
    const r = await client.data<{ applicantApply: { userErrors: unknown[] } }>(
      `mutation($input: ApplicantApplyInput!) { applicantApply(input: $input) { applicant { id } userErrors { code message } } }`,
      { input: { round, ...a, consent: true, eligible: true } },
      officer,
    );
    expect(r.applicantApply.userErrors).toEqual([]);
  }
}

/** Today's date as the API's clock sees it (UTC): public randomness of today lets the draw run at once. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/**
 * Commit, then draw: publishes the draw's commitment (panelDrawCommit) with public randomness of
 * today, so that panelSelect may run at once. Returns the payload (userErrors unchecked).
 */
export async function commitDraw(
  client: TestClient,
  officer: Viewer,
  round: string,
  extra: { algorithm?: string; randomnessSource?: string; ceremonyTickets?: number } = {},
) {
  return client.data<{
    panelDrawCommit: { draw: { commitmentSha256: string } | null; userErrors: { code: string; message: string }[] };
  }>(
    `mutation($input: PanelDrawCommitInput!) { panelDrawCommit(input: $input) { draw { commitmentSha256 } userErrors { code message } } }`,
    { input: { round, randomnessDate: todayUtc(), randomnessSource: "Dice thrown at the public meeting", ...extra } },
    officer,
  );
}

/** Sets the panel size and quotas, publishes the commitment (which must succeed), then draws with the seed. */
export async function selectPanel(
  client: TestClient,
  officer: Viewer,
  round: string,
  panelSize: number,
  quotas: { dimension: string; category: string; min: number; max: number }[],
  seed: string,
) {
  const q = await client.data<{ panelQuotasSet: { userErrors: unknown[] } }>(
    `mutation($input: PanelQuotasSetInput!) { panelQuotasSet(input: $input) { userErrors { code message } } }`,
    { input: { round, panelSize, quotas } },
    officer,
  );
  expect(q.panelQuotasSet.userErrors).toEqual([]);
  const committed = await commitDraw(client, officer, round);
  expect(committed.panelDrawCommit.userErrors).toEqual([]);
  return client.data<{ panelSelect: { quotasMet: boolean; userErrors: { code: string; message: string }[] } }>(
    `mutation($input: PanelSelectInput!) { panelSelect(input: $input) { quotasMet userErrors { code message } } }`,
    { input: { round, seed } },
    officer,
  );
}
