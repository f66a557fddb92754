import type { DataSource } from "typeorm";
import type { Viewer } from "../auth/actor.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Council } from "../council/council.entity.js";
import { Round } from "../round/round.entity.js";
import { Bid } from "../bid/bid.entity.js";
import type { TestClient } from "../test/graphql.js";

/** A project of a fixture PB round: its external id (Pabulib's project id), cost in minor units, status, category. */
export interface FixtureProject {
  id: string;
  cost: number;
  status?: string;
  category?: string | null;
  title?: string;
}

/**
 * Test fixture: a council of its own (unless `councilKey` is given) with one participatory-budgeting
 * round, approval ballots and the greedy rule unless `overrides` say otherwise, and its projects. The
 * round starts in `deciding` (ballots are cast to a round in that phase until its decision is taken).
 * Used by the ballot and decision specs.
 */
export async function pbRound(
  dataSource: DataSource,
  options: { councilKey?: number; councilName?: string; overrides?: Partial<Round>; projects: FixtureProject[] },
): Promise<{
  councilKey: number;
  officer: Viewer;
  round: Round;
  roundId: string;
  bids: Bid[];
  /** Global ids of the projects by their external id. */
  bidId: Record<string, string>;
}> {
  const suffix = Math.random().toString(36).slice(2, 10);
  const councilKey =
    options.councilKey ??
    (
      await dataSource.getRepository(Council).save(
        Object.assign(new Council(), {
          slug: `pb-council-${suffix}`,
          name: options.councilName ?? `Council ${suffix}`,
          onsCode: null,
          region: null,
          orgIdentifier: null,
        }),
      )
    ).key;
  const round = await dataSource.getRepository(Round).save(
    Object.assign(new Round(), {
      slug: `pb-${suffix}`,
      councilKey,
      areaKey: null,
      title: "Neighbourhood fund",
      description: "",
      kind: "participatory_budgeting",
      phase: "deciding",
      theme: "environment",
      targetGroup: null,
      potMinor: 10_000,
      currency: "GBP",
      compensationCurrency: null,
      ballotType: "approval",
      decisionMethod: "voting",
      allocationRule: "greedy",
      allocationParams: null,
      year: 2025,
      opensOn: null,
      closesOn: null,
      panelSize: null,
      lotterySeed: null,
      ballotsChangeable: false,
      dataSource: null,
      ...options.overrides,
    }),
  );
  const bids = await dataSource.getRepository(Bid).save(
    options.projects.map((p) =>
      Object.assign(new Bid(), {
        roundKey: round.key,
        providerKey: null,
        externalId: p.id,
        title: p.title ?? `Project ${p.id}`,
        summary: "",
        category: p.category ?? null,
        amountRequestedMinor: p.cost,
        currency: "GBP",
        status: p.status ?? "submitted",
        extra: null,
      }),
    ),
  );
  return {
    councilKey,
    officer: { kind: "officer", userKey: 1, councilKey },
    round,
    roundId: toGlobalId("Round", round.key),
    bids,
    bidId: Object.fromEntries(bids.map((b) => [b.externalId, toGlobalId("Bid", b.key)])),
  };
}

const TOKENS = `mutation($input: VoterTokensIssueInput!) { voterTokensIssue(input: $input) { tokens userErrors { code message } } }`;

/** Issues `count` voter codes for a round as `officer` (in batches of at most 1,000, the API's limit). */
export async function issueVoterTokens(
  client: TestClient,
  roundId: string,
  officer: Viewer,
  count: number,
): Promise<string[]> {
  const tokens: string[] = [];
  while (tokens.length < count) {
    const issued = (
      await client.data<{ voterTokensIssue: { tokens: string[]; userErrors: { code: string; message: string }[] } }>(
        TOKENS,
        { input: { round: roundId, count: Math.min(1000, count - tokens.length) } },
        officer,
      )
    ).voterTokensIssue;
    if (issued.userErrors.length) throw new Error(`voterTokensIssue: ${JSON.stringify(issued.userErrors)}`);
    tokens.push(...issued.tokens);
  }
  return tokens;
}
