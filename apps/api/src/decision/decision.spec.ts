import { describe, expect, it } from "vitest";
import { specClient } from "../test/spec-client.js";
import { errorCodes, type Answer } from "../test/graphql.js";
import { panelRound } from "./panel-round.fixture.js";

interface Scoring {
  topRanked: { title: string }[];
  pivotalScorers: number;
  influence: { scorer: string; pivotal: boolean; topRankedWithout: { title: string }[] }[];
  bids: { bid: { title: string }; score: number; range: number }[];
}
type View = Answer<
  "round",
  {
    decision: {
      officerRecommendation: { title: string } | null;
      officerRecommendationNote: string | null;
      followedRecommendation: boolean | null;
    };
  }
>;

const DECIDE = `mutation($input: DecisionTakeInput!) { decisionTake(input: $input) { decision { id } userErrors { code message } } }`;
const RECOMMEND = `mutation($input: DecisionRecordRecommendationInput!) { decisionRecordRecommendation(input: $input) { decision { id } userErrors { code } } }`;
const VIEW = `query($id: ID!) { round(id: $id) { decision { officerRecommendation { title } officerRecommendationNote followedRecommendation } } }`;

const { db, client } = specClient();

describe("panel-scoring decisions", () => {
  it("Round.scoring shows single-scorer influence pseudonymously", async () => {
    // X: 5, 2, 2 → 3.0; Y: 1, 3, 3 → 2.33. Without scorer 1: X 2.0 < Y 3.0 — scorer 1 alone decides.
    const fx = await panelRound(db.dataSource, {
      phase: "interviewing",
      potMinor: 100_000,
      bids: [
        { title: "X", amountMinor: 50_000, scores: [5, 2, 2] },
        { title: "Y", amountMinor: 50_000, scores: [1, 3, 3] },
      ],
    });
    const result = await client.run<Answer<"round", { scoring: Scoring }>>(
      `query($id: ID!) { round(id: $id) { scoring { scorers topRanked { title } pivotalScorers influence { scorer pivotal topRankedWithout { title } } bids { bid { title } score range } } } }`,
      { id: fx.roundId },
    );
    expect(result.errors).toBeUndefined();
    const scoring = result.data!.round.scoring;
    expect(scoring.topRanked).toEqual([{ title: "X" }]);
    expect(scoring.pivotalScorers).toBe(1);
    expect(scoring.influence).toEqual([
      { scorer: "Scorer 1", pivotal: true, topRankedWithout: [{ title: "Y" }] },
      { scorer: "Scorer 2", pivotal: false, topRankedWithout: [{ title: "X" }] },
      { scorer: "Scorer 3", pivotal: false, topRankedWithout: [{ title: "X" }] },
    ]);
    expect(scoring.bids.map((b) => [b.bid.title, b.score, b.range])).toEqual([
      ["X", 3, 3],
      ["Y", 7 / 3, 2],
    ]);
    // No member identity anywhere in the public view.
    const sdl = JSON.stringify(result.data);
    for (const m of fx.members) expect(sdl).not.toContain(`member:${m.memberKey}`);
  });

  it("shows the recommendation to the public only once the decision is taken", async () => {
    const fx = await panelRound(db.dataSource, {
      phase: "deciding",
      potMinor: 100_000,
      bids: [
        { title: "X", amountMinor: 50_000, scores: [4, 4] },
        { title: "Y", amountMinor: 50_000, scores: [3, 3] },
      ],
    });
    expect(
      (
        await client.data<Answer<"decisionRecordRecommendation">>(
          RECOMMEND,
          { input: { round: fx.roundId, bid: fx.bidIds[1], note: "Y is safer." } },
          fx.officer,
        )
      ).decisionRecordRecommendation.userErrors,
    ).toEqual([]);
    expect((await client.data<View>(VIEW, { id: fx.roundId })).round.decision).toEqual({
      officerRecommendation: null,
      officerRecommendationNote: null,
      followedRecommendation: null,
    });
    expect(
      (await client.data<View>(VIEW, { id: fx.roundId }, fx.members[0])).round.decision.officerRecommendation,
    ).toBeNull();
    expect(
      (await client.data<View>(VIEW, { id: fx.roundId }, fx.officer)).round.decision.officerRecommendation,
    ).toEqual({ title: "Y" });
    expect(
      (await client.data<Answer<"decisionTake">>(DECIDE, { input: { round: fx.roundId } }, fx.officer)).decisionTake
        .userErrors,
    ).toEqual([]);
    // Both fit the pot (£500 + £500 of £1,000): both funded, so the recommendation was followed.
    expect((await client.data<View>(VIEW, { id: fx.roundId })).round.decision).toEqual({
      officerRecommendation: { title: "Y" },
      officerRecommendationNote: "Y is safer.",
      followedRecommendation: true,
    });
  });

  it("refuses to break a tie silently (TIE_UNRESOLVED) when tied bids do not all fit", async () => {
    const fx = await panelRound(db.dataSource, {
      phase: "deciding",
      potMinor: 100_000,
      bids: [
        { title: "X", amountMinor: 80_000, scores: [4, 2] },
        { title: "Y", amountMinor: 70_000, scores: [3, 3] },
      ],
    });
    const taken = (await client.data<Answer<"decisionTake">>(DECIDE, { input: { round: fx.roundId } }, fx.officer))
      .decisionTake;
    expect(errorCodes(taken)).toEqual(["TIE_UNRESOLVED"]);
    expect(
      (
        await client.data<Answer<"round", unknown>>(
          `query($id: ID!) { round(id: $id) { decision { id } bids { status } } }`,
          {
            id: fx.roundId,
          },
        )
      ).round,
    ).toEqual({ decision: null, bids: [{ status: "SHORTLISTED" }, { status: "SHORTLISTED" }] });
  });

  it("lets only the round's council's officers decide", async () => {
    const fx = await panelRound(db.dataSource, {
      phase: "deciding",
      potMinor: 100_000,
      bids: [{ title: "X", amountMinor: 80_000, scores: [4] }],
    });
    const other = await panelRound(db.dataSource, {
      phase: "deciding",
      potMinor: 100_000,
      bids: [{ title: "Z", amountMinor: 80_000, scores: [4] }],
    });
    expect(
      (await client.run(DECIDE, { input: { round: fx.roundId } }, other.officer)).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect(
      (await client.run(DECIDE, { input: { round: fx.roundId } }, fx.members[0])).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect((await client.run(DECIDE, { input: { round: fx.roundId } })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    expect(
      (await client.run(RECOMMEND, { input: { round: fx.roundId, bid: other.bidIds[0], note: "x" } }, fx.officer)).data
        ?.decisionRecordRecommendation,
    ).toMatchObject({ userErrors: [{ code: "INVALID" }] });
  });
});
