import { mutationQuery, type TenancyCase } from "../test/tenancy-matrix.js";
import { toGlobalId } from "../graphql/node-id.js";

/** Tenancy cases of the ballot feature (test/tenancy-matrix.ts): intruders are refused, nothing is written. */
export const tenancyCases: TenancyCase[] = [
  {
    mutation: "ballotCast",
    query: mutationQuery("ballotCast", "BallotCastInput"),
    variables: async (fx) => {
      return {
        input: {
          round: await fx.roundId("interviewing"),
          choices: [{ bid: toGlobalId("Bid", (await fx.bid("interviewing")).key) }],
        },
      };
    },
    authorized: (fx) => fx.memberViewer("interviewing"),
    watchTables: ["ballot", "ballot_choice", "ballot_participation", "ballot_pending"],
  },
  {
    mutation: "paperBallotEnter",
    query: mutationQuery("paperBallotEnter", "PaperBallotEnterInput"),
    variables: async (fx) => ({
      input: {
        round: await fx.roundId("interviewing"),
        serial: "PAPER-1",
        choices: [{ bid: toGlobalId("Bid", (await fx.bid("interviewing")).key) }],
      },
    }),
    watchTables: ["ballot", "ballot_participation", "ballot_pending", "paper_ballot_entry"],
  },
  {
    mutation: "kioskSessionStart",
    query: mutationQuery("kioskSessionStart", "KioskSessionStartInput"),
    variables: async (fx) => ({ input: { round: await fx.roundId("interviewing"), hours: 2 } }),
  },
  {
    mutation: "voterTokensIssue",
    query: mutationQuery("voterTokensIssue", "VoterTokensIssueInput"),
    variables: async (fx) => ({ input: { round: await fx.roundId("interviewing"), count: 1 } }),
  },
  {
    mutation: "voterQuestionsSet",
    query: mutationQuery("voterQuestionsSet", "VoterQuestionsSetInput"),
    variables: async (fx) => ({
      input: {
        round: await fx.roundId("interviewing"),
        ageBands: ["16-24"],
        areas: [],
        recordAgeBand: true,
        recordSex: true,
      },
    }),
  },
];
