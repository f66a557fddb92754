import { describe, expect, it } from "vitest";
import { specClient } from "../test/spec-client.js";
import type { TestClient } from "../test/graphql.js";
import { toGlobalId } from "../graphql/node-id.js";
import { AuditLogEntry } from "../audit/audit-log.entity.js";
import { Criterion } from "../tender/criterion.entity.js";
import { Tender } from "../tender/tender.entity.js";
import { InterviewScore } from "./interview-score.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { panelRound } from "../decision/panel-round.fixture.js";

/**
 * Interview scores entered by an officer from a member's paper scoring sheet (`panelMember`): the
 * scores are the member's, only for active members of the round's panel, audited as entered by an
 * officer; members still score only for themselves.
 */
interface ScorePayload {
  bid: { id: string } | null;
  userErrors: { code: string; message: string; field: string[] | null }[];
}
interface Scoring {
  scorers: number;
  bids: { bid: { title: string }; score: number; scorers: number }[];
}

const SCORE = `mutation($input: InterviewScoreSubmitInput!) { interviewScoreSubmit(input: $input) { bid { id } userErrors { code message field } } }`;
const SCORING = `query($id: ID!) { round(id: $id) { scoring { scorers bids { bid { title } score scorers } } } }`;

const { db, client } = specClient();

/** A round in interviewing with bids X (members score 4, 2) and Y (3, 3) on its single criterion. */
async function interviewingRound(phase = "interviewing") {
  const fx = await panelRound(db.dataSource, {
    phase,
    potMinor: 100_000,
    bids: [
      { title: "X", amountMinor: 50_000, scores: [4, 2] },
      { title: "Y", amountMinor: 50_000, scores: [3, 3] },
    ],
  });
  const tender = await db.dataSource.getRepository(Tender).findOneByOrFail({ roundKey: fx.round.key });
  const criterion = await db.dataSource.getRepository(Criterion).findOneByOrFail({ tenderKey: tender.key });
  const memberKeys = fx.members.map((m) => m.memberKey!);
  const sheet = (bid: string, score: number, panelMember?: number) => ({
    input: {
      bid,
      scores: [{ criterion: toGlobalId("Criterion", criterion.key), score }],
      ...(panelMember === undefined ? {} : { panelMember: toGlobalId("PanelMember", panelMember) }),
    },
  });
  const scoresOf = async () =>
    (
      await db.dataSource
        .getRepository(InterviewScore)
        .find({ where: { bidKey: fx.bids[0]!.key }, order: { memberKey: "ASC" } })
    ).map((s) => [s.memberKey, s.score]);
  return { ...fx, memberKeys, sheet, scoresOf };
}

async function payload(
  query: string,
  variables: Record<string, unknown>,
  viewer: Parameters<TestClient["run"]>[2],
): Promise<ScorePayload> {
  return (await client.data<{ interviewScoreSubmit: ScorePayload }>(query, variables, viewer)).interviewScoreSubmit;
}

describe("interviewScoreSubmit on behalf of a panel member", () => {
  it("lets an officer of the round's council enter a member's paper sheet: the scores are that member's and the summary reflects them", async () => {
    const fx = await interviewingRound();
    const [m1, m2] = fx.memberKeys as [number, number];
    const result = await payload(SCORE, fx.sheet(fx.bidIds[0]!, 5, m2), fx.officer);
    expect(result).toEqual({ bid: { id: fx.bidIds[0] }, userErrors: [] });
    // member 2's score of X replaced (2 → 5); member 1's untouched; no row for the officer
    expect(await fx.scoresOf()).toEqual([
      [m1, 4],
      [m2, 5],
    ]);
    const scoring = (await client.data<{ round: { scoring: Scoring } }>(SCORING, { id: fx.roundId })).round.scoring;
    expect(scoring.scorers).toBe(2);
    expect(scoring.bids).toEqual([
      { bid: { title: "X" }, score: 4.5, scorers: 2 },
      { bid: { title: "Y" }, score: 3, scorers: 2 },
    ]);
    // audited as entered by an officer on the member's behalf, with keys only
    const audit = await db.dataSource
      .getRepository(AuditLogEntry)
      .findOneOrFail({ where: { roundKey: fx.round.key, action: "interviewScoreSubmit" }, order: { key: "DESC" } });
    expect(audit.actor).toBe(`user:${fx.officer.userKey}`);
    expect(audit.after).toEqual({ criteria: 1, enteredBy: "officer", onBehalfOfMemberKey: m2 });
  });

  it("tells an officer who names no member which field is missing, and writes nothing", async () => {
    const fx = await interviewingRound();
    const before = await fx.scoresOf();
    const result = await payload(SCORE, fx.sheet(fx.bidIds[0]!, 5), fx.officer);
    expect(result).toEqual({
      bid: null,
      userErrors: [
        {
          code: "REQUIRED",
          message: "Choose the panel member whose scoring sheet you are entering.",
          field: ["input", "panelMember"],
        },
      ],
    });
    expect(await fx.scoresOf()).toEqual(before);
  });

  it("refuses members of another round's panel (NOT_FOUND) and members who left (NOT_ELIGIBLE), on the panelMember field", async () => {
    const fx = await interviewingRound();
    const other = await interviewingRound();
    const before = await fx.scoresOf();
    const foreign = await payload(SCORE, fx.sheet(fx.bidIds[0]!, 5, other.memberKeys[0]), fx.officer);
    expect(foreign.userErrors).toEqual([
      { code: "NOT_FOUND", message: "Not a member of this round's panel.", field: ["input", "panelMember"] },
    ]);

    await db.dataSource.getRepository(PanelMember).update({ key: fx.memberKeys[1]! }, { active: false });
    const left = await payload(SCORE, fx.sheet(fx.bidIds[0]!, 5, fx.memberKeys[1]), fx.officer);
    expect(left.userErrors).toEqual([
      {
        code: "NOT_ELIGIBLE",
        message: "M2 has left the panel: only active members' scores count.",
        field: ["input", "panelMember"],
      },
    ]);
    expect(await fx.scoresOf()).toEqual(before);
  });

  it("keeps the phase rule for officers too (WRONG_PHASE outside interviewing)", async () => {
    const fx = await interviewingRound("deciding");
    const result = await payload(SCORE, fx.sheet(fx.bidIds[0]!, 5, fx.memberKeys[0]), fx.officer);
    expect(result.userErrors.map((e) => e.code)).toEqual(["WRONG_PHASE"]);
  });

  it("lets a panel member score only for themself: their own id is fine, another member's is FORBIDDEN", async () => {
    const fx = await interviewingRound();
    const [m1, m2] = fx.memberKeys as [number, number];
    expect((await payload(SCORE, fx.sheet(fx.bidIds[0]!, 1, m1), fx.members[0])).userErrors).toEqual([]);
    const forbidden = await client.run(SCORE, fx.sheet(fx.bidIds[0]!, 0, m2), fx.members[0]);
    expect(forbidden.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect(await fx.scoresOf()).toEqual([
      [m1, 1],
      [m2, 2],
    ]);
    // the member's own sheet is audited without the on-behalf marker
    const audit = await db.dataSource
      .getRepository(AuditLogEntry)
      .findOneOrFail({ where: { roundKey: fx.round.key, action: "interviewScoreSubmit" }, order: { key: "DESC" } });
    expect(audit.actor).toBe(`member:${m1}`);
    expect(audit.after).toEqual({ criteria: 1 });
  });

  it("refuses an officer of another council (FORBIDDEN) and an id that is not a panel member's (BAD_USER_INPUT), writing nothing", async () => {
    const fx = await interviewingRound();
    const other = await interviewingRound();
    const before = await fx.scoresOf();
    const intruder = await client.run(SCORE, fx.sheet(fx.bidIds[0]!, 5, fx.memberKeys[0]), other.officer);
    expect(intruder.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    const wrongType = await client.run(
      SCORE,
      { input: { ...fx.sheet(fx.bidIds[0]!, 5).input, panelMember: fx.bidIds[1] } },
      fx.officer,
    );
    expect(wrongType.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(await fx.scoresOf()).toEqual(before);
  });
});
