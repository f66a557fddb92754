/**
 * Realistic export inputs for the tests (and for trying the exports by hand).
 * - `lambethReferenceRound`: modelled on the NEF / Lambeth case in PRODUCT.md — a £32,000 pot for
 *   a service for young offenders; the panel (paid in Brixton Pounds: compensation, which is not
 *   part of an export input at all) chose a talent show organised by local youth.
 * - `pbRound`: a participatory-budgeting round with several projects, one proposed by residents
 *   with no organisation and delivered by the council itself.
 * - `brixtonPoundRound`: a small community fund whose grant was paid in Brixton Pounds.
 * - `roundWithoutAwards`: a round still taking bids.
 * Organisations and registration numbers are invented.
 */
import { type RoundExportInput } from "./types.js";

const lambeth = {
  slug: "lambeth",
  name: "London Borough of Lambeth",
  onsCode: "E09000022",
  identifier: { scheme: "GB-LAE", id: "LBH" },
  website: "https://www.lambeth.gov.uk",
} as const;

const talentShowGroup = { id: "p-11", name: "Brixton Youth Talent Collective", kind: "community_group" } as const;
const mentoringCharity = {
  id: "p-12",
  name: "South London Mentoring Trust",
  kind: "charity",
  identifier: { scheme: "GB-CHC", id: "1123456" },
  website: "https://mentoring.example.org",
} as const;
const youthServicesLtd = {
  id: "p-13",
  name: "Youth Services Ltd",
  kind: "company",
  identifier: { scheme: "GB-COH", id: "08123456" },
} as const;
const sportsCharity = {
  id: "p-14",
  name: "Stockwell Boxing Club",
  kind: "charity",
  identifier: { scheme: "GB-CHC", id: "1098765" },
} as const;

export function lambethReferenceRound(): RoundExportInput {
  return {
    council: lambeth,
    round: {
      id: "101",
      slug: "young-people-service-2014",
      title: "A service for young offenders, co-produced with young people",
      description: "Young offenders defined the outcomes, drafted the tender, interviewed bidders and decided.",
      kind: "commissioning",
      phase: "monitoring",
      theme: "youth",
      targetGroup: "young offenders",
      area: { name: "Lambeth", onsCode: "E09000022" },
      pot: { amountMinor: 3_200_000, currency: "GBP" },
      decisionMethod: "panel_scoring",
      allocationRule: null,
      opensOn: "2014-01-06",
      closesOn: "2015-03-31",
      updatedAt: "2014-11-20T16:45:00Z",
      url: "https://coproduce.example.org/lambeth/young-people-service-2014",
    },
    tender: {
      id: "t-101",
      title: "Positive activities for young people in the youth justice system",
      specification:
        "A service, designed with young offenders, that builds confidence, skills and positive ties to the community.",
      ceiling: { amountMinor: 3_200_000, currency: "GBP" },
      criteria: [
        { name: "Meets the outcomes the panel defined", weightBasisPoints: 4000 },
        { name: "Young people involved in delivery", weightBasisPoints: 3000 },
        { name: "Value for money", weightBasisPoints: 2000 },
        { name: "Track record", weightBasisPoints: 1000 },
      ],
      status: "closed",
      publishedAt: "2014-04-01T09:00:00Z",
      submissionDeadline: "2014-05-16",
    },
    outcomes: [
      {
        title: "Young people feel confident and listened to",
        indicators: [{ name: "Participants reporting higher confidence", unit: "%", target: 70 }],
      },
      {
        title: "Fewer young people re-offend",
        indicators: [{ name: "Re-offending within 12 months", unit: "%", target: null }],
      },
    ],
    bids: [
      {
        id: "b-1",
        title: "Lambeth Youth Talent Show",
        provider: talentShowGroup,
        amountRequested: { amountMinor: 2_950_000, currency: "GBP" },
        status: "funded",
        shortlisted: true,
        submittedAt: "2014-05-12T14:03:00Z",
      },
      {
        id: "b-2",
        title: "One-to-one mentoring",
        provider: mentoringCharity,
        amountRequested: { amountMinor: 3_200_000, currency: "GBP" },
        status: "not_funded",
        shortlisted: true,
        submittedAt: "2014-05-15T10:00:00Z",
      },
      {
        id: "b-3",
        title: "Structured diversion programme",
        provider: youthServicesLtd,
        amountRequested: { amountMinor: 3_150_000, currency: "GBP" },
        status: "not_funded",
        shortlisted: true,
      },
      {
        id: "b-4",
        title: "Boxing and fitness evenings",
        provider: sportsCharity,
        amountRequested: { amountMinor: 1_800_050, currency: "GBP" },
        status: "not_shortlisted",
        shortlisted: false,
      },
    ],
    awards: [
      {
        id: "a-101",
        title: "Lambeth Youth Talent Show",
        description: "A talent show organised by and for local young people, with rehearsal workshops.",
        kind: "grant",
        provider: talentShowGroup,
        bidId: "b-1",
        value: { amountMinor: 2_950_000, currency: "GBP" },
        awardedOn: "2014-06-27",
        status: "active",
        period: { start: "2014-09-01", end: "2015-03-31" },
      },
    ],
    spend: [
      {
        id: "s-1",
        awardId: "a-101",
        amount: { amountMinor: 1_475_000, currency: "GBP" },
        paidOn: "2014-09-01",
        description: "First instalment",
      },
      {
        id: "s-2",
        awardId: "a-101",
        amount: { amountMinor: 737_512, currency: "GBP" },
        paidOn: "2014-12-01",
        description: "Second instalment, venue, sound",
      },
    ],
    milestones: [
      { id: "m-1", title: "Panel recruited", dueOn: "2014-02-28", status: "met", completedOn: "2014-02-21" },
      {
        id: "m-2",
        title: "Outcomes agreed by the panel",
        dueOn: "2014-03-21",
        status: "met",
        completedOn: "2014-03-21",
      },
      {
        id: "m-3",
        awardId: "a-101",
        title: "First talent show held",
        dueOn: "2014-11-15",
        status: "met",
        completedOn: "2014-11-15",
      },
      { id: "m-4", awardId: "a-101", title: "Final show and evaluation", dueOn: "2015-03-20", status: "scheduled" },
    ],
  };
}

const southwark = {
  slug: "southwark",
  name: "London Borough of Southwark",
  onsCode: "E09000028",
  identifier: { scheme: "GB-LAE", id: "SWK" },
} as const;

export function pbRound(): RoundExportInput {
  const garden = {
    id: "p-21",
    name: "Peckham Community Garden",
    kind: "charity",
    identifier: { scheme: "GB-CHC", id: "1170001" },
  } as const;
  const football = {
    id: "p-22",
    name: "Rye Lane Football CIC",
    kind: "company",
    identifier: { scheme: "GB-COH", id: "11223344" },
  } as const;
  const library = { id: "p-23", name: "Friends of Peckham Library", kind: "community_group" } as const;
  return {
    council: southwark,
    round: {
      id: "202",
      slug: "peckham-pb-2024",
      title: "Peckham decides 2024",
      kind: "participatory_budgeting",
      phase: "awarded",
      theme: "neighbourhood",
      area: { name: "Peckham", onsCode: "E05011108", geoCodeType: "WD" },
      pot: { amountMinor: 10_000_000, currency: "GBP" },
      decisionMethod: "voting",
      allocationRule: "mes",
      opensOn: "2024-03-01",
      closesOn: "2024-06-30",
      updatedAt: "2024-07-15T12:00:00+01:00",
    },
    tender: null,
    bids: [
      {
        id: "pb-1",
        title: "Community garden",
        provider: garden,
        amountRequested: { amountMinor: 3_500_000, currency: "GBP" },
        status: "funded",
        shortlisted: false,
      },
      {
        id: "pb-2",
        title: "Girls' football league",
        provider: football,
        amountRequested: { amountMinor: 2_000_000, currency: "GBP" },
        status: "funded",
        shortlisted: false,
      },
      // Proposed by residents: no organisation, and the proposers are never exported.
      {
        id: "pb-3",
        title: "Benches on Rye Lane",
        provider: null,
        amountRequested: { amountMinor: 1_250_000, currency: "GBP" },
        status: "funded",
        shortlisted: false,
      },
      {
        id: "pb-4",
        title: "Library reading corner",
        provider: library,
        amountRequested: { amountMinor: 4_000_000, currency: "GBP" },
        status: "not_funded",
        shortlisted: false,
      },
      {
        id: "pb-5",
        title: "Street party kit",
        provider: null,
        amountRequested: { amountMinor: 500_000, currency: "GBP" },
        status: "withdrawn",
        shortlisted: false,
      },
    ],
    awards: [
      {
        id: "a-201",
        title: "Community garden",
        kind: "grant",
        provider: garden,
        bidId: "pb-1",
        value: { amountMinor: 3_500_000, currency: "GBP" },
        awardedOn: "2024-07-10",
        status: "active",
        period: { start: "2024-09-01" },
      },
      {
        id: "a-202",
        title: "Girls' football league",
        kind: "grant",
        provider: football,
        bidId: "pb-2",
        value: { amountMinor: 2_000_000, currency: "GBP" },
        awardedOn: "2024-07-10",
        status: "active",
      },
      {
        id: "a-203",
        title: "Benches on Rye Lane",
        kind: "grant",
        provider: null,
        bidId: "pb-3",
        value: { amountMinor: 1_250_000, currency: "GBP" },
        awardedOn: "2024-07-10",
        status: "active",
      },
    ],
    spend: [
      { id: "s-201", awardId: "a-201", amount: { amountMinor: 1_750_000, currency: "GBP" }, paidOn: "2024-09-02" },
    ],
    milestones: [{ id: "m-201", title: "Vote closed", dueOn: "2024-06-30", status: "met", completedOn: "2024-06-30" }],
  };
}

/** A grant paid in Brixton Pounds (B£500), partly disbursed (B£300). */
export function brixtonPoundRound(): RoundExportInput {
  const traders = { id: "p-31", name: "Brixton Young Traders", kind: "community_group" } as const;
  return {
    council: lambeth,
    round: {
      id: "303",
      slug: "brixton-pound-fund-2015",
      title: "Brixton Pound community fund",
      kind: "participatory_budgeting",
      phase: "monitoring",
      pot: { amountMinor: 200_000, currency: "BRX" },
      decisionMethod: "voting",
      allocationRule: "greedy",
      updatedAt: "2015-05-01T10:00:00Z",
    },
    bids: [
      {
        id: "bx-1",
        title: "Market stall for young traders",
        provider: traders,
        amountRequested: { amountMinor: 50_000, currency: "BRX" },
        status: "funded",
        shortlisted: false,
      },
    ],
    awards: [
      {
        id: "a-301",
        title: "Market stall for young traders",
        kind: "grant",
        provider: traders,
        bidId: "bx-1",
        value: { amountMinor: 50_000, currency: "BRX" },
        awardedOn: "2015-03-14",
        status: "active",
      },
    ],
    spend: [
      { id: "s-301", awardId: "a-301", amount: { amountMinor: 20_000, currency: "BRX" }, paidOn: "2015-03-20" },
      { id: "s-302", awardId: "a-301", amount: { amountMinor: 10_000, currency: "BRX" }, paidOn: "2015-04-20" },
    ],
  };
}

export function roundWithoutAwards(): RoundExportInput {
  const charity = {
    id: "p-41",
    name: "Hackney Legal Advice Centre",
    kind: "charity",
    identifier: { scheme: "GB-CHC", id: "1000001" },
  } as const;
  return {
    council: { slug: "hackney", name: "London Borough of Hackney", onsCode: "E09000012", identifier: null },
    round: {
      id: "404",
      slug: "legal-advice-2025",
      title: "Free legal advice for private renters",
      kind: "commissioning",
      phase: "bidding",
      pot: { amountMinor: 4_500_000, currency: "GBP" },
      decisionMethod: "panel_scoring",
      opensOn: "2025-01-10",
      updatedAt: "2025-02-03T09:30:00Z",
    },
    tender: {
      id: "t-404",
      title: "Legal advice for private renters",
      ceiling: { amountMinor: 4_000_000, currency: "GBP" },
      criteria: [
        { name: "Reach", weightBasisPoints: 3333 },
        { name: "Quality", weightBasisPoints: 3333 },
        { name: "Cost", weightBasisPoints: 3334 },
      ],
      status: "published",
      publishedAt: "2025-01-20T09:00:00Z",
      submissionDeadline: "2025-03-01",
    },
    bids: [
      {
        id: "h-1",
        title: "Drop-in advice",
        provider: charity,
        amountRequested: { amountMinor: 3_999_999, currency: "GBP" },
        status: "submitted",
        shortlisted: false,
      },
    ],
    awards: [],
    spend: [],
  };
}
