import { mutationQuery, type TenancyCase } from "../test/tenancy-matrix.js";
import { toGlobalId } from "../graphql/node-id.js";
import { Tender } from "../tender/tender.entity.js";
import { Criterion } from "../tender/criterion.entity.js";
import { Provider } from "../provider/provider.entity.js";

/** Tenancy cases of the bid feature (test/tenancy-matrix.ts): intruders are refused, nothing is written. */
export const tenancyCases: TenancyCase[] = [
  {
    mutation: "bidSubmit",
    query: mutationQuery("bidSubmit", "BidSubmitInput"),
    variables: async (fx) => ({
      input: {
        round: await fx.roundId("interviewing"),
        provider: toGlobalId(
          "Provider",
          (await fx.dataSource.getRepository(Provider).findOneOrFail({ where: {}, order: { key: "ASC" } })).key,
        ),
        title: "Intruder bid",
        amountRequested: { amountMinor: 1, currency: "GBP" },
      },
    }),
  },
  {
    mutation: "bidShortlist",
    query: mutationQuery("bidShortlist", "BidShortlistInput"),
    variables: async (fx) => ({
      input: { bid: toGlobalId("Bid", (await fx.bid("interviewing")).key), reason: "Intruder" },
    }),
  },
  {
    mutation: "shortlistReasonReview",
    query: mutationQuery("shortlistReasonReview", "ShortlistReasonReviewInput"),
    variables: async (fx) => ({
      input: { bid: toGlobalId("Bid", (await fx.bid("interviewing", "shortlisted")).key), publish: true },
    }),
    watchTables: ["shortlist_entry"],
  },
  {
    mutation: "interviewScoreSubmit",
    query: mutationQuery("interviewScoreSubmit", "InterviewScoreSubmitInput"),
    variables: async (fx) => {
      const round = await fx.round("interviewing");
      const tender = await fx.dataSource.getRepository(Tender).findOneByOrFail({ roundKey: round.key });
      const criterion = await fx.dataSource
        .getRepository(Criterion)
        .findOneOrFail({ where: { tenderKey: tender.key }, order: { key: "ASC" } });
      return {
        input: {
          bid: toGlobalId("Bid", (await fx.bid("interviewing", "shortlisted")).key),
          scores: [{ criterion: toGlobalId("Criterion", criterion.key), score: 3 }],
        },
      };
    },
    authorized: (fx) => fx.memberViewer("interviewing"),
    watchTables: ["interview_score"],
  },
  {
    // An officer entering a member's paper scoring sheet: only the round's own council's officers.
    mutation: "interviewScoreSubmit",
    label: "interviewScoreSubmit (an officer entering a member's paper sheet)",
    query: mutationQuery("interviewScoreSubmit", "InterviewScoreSubmitInput"),
    variables: async (fx) => {
      const round = await fx.round("interviewing");
      const tender = await fx.dataSource.getRepository(Tender).findOneByOrFail({ roundKey: round.key });
      const criterion = await fx.dataSource
        .getRepository(Criterion)
        .findOneOrFail({ where: { tenderKey: tender.key }, order: { key: "ASC" } });
      const bid = await fx.bid("interviewing", "shortlisted");
      return {
        input: {
          bid: toGlobalId("Bid", bid.key),
          panelMember: await fx.memberId("interviewing"),
          scores: [{ criterion: toGlobalId("Criterion", criterion.key), score: 0 }],
        },
      };
    },
    watchTables: ["interview_score"],
  },
];
