import { backfillRuleComparisons } from "../analytics/rule-comparison.js";
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { hasReached, PHASES, type Phase } from "@coproduce/domain";
import { Council } from "../council/council.entity.js";
import { Area } from "../area/area.entity.js";
import { PopulationBaseline } from "../area/population-baseline.entity.js";
import { Round } from "../round/round.entity.js";
import { Applicant } from "../panel/applicant.entity.js";
import { PanelMember } from "../panel/panel-member.entity.js";
import { Quota } from "../panel/quota.entity.js";
import { PanelSession } from "../session/session.entity.js";
import { Attendance } from "../session/attendance.entity.js";
import { Contribution } from "../session/contribution.entity.js";
import { TrustResponse } from "../session/trust-response.entity.js";
import { CompensationEntry } from "../compensation/compensation-entry.entity.js";
import { Payment } from "../compensation/payment.entity.js";
import { Outcome } from "../outcome/outcome.entity.js";
import { Indicator } from "../outcome/indicator.entity.js";
import { Measurement } from "../outcome/measurement.entity.js";
import { Milestone } from "../outcome/milestone.entity.js";
import { Tender } from "../tender/tender.entity.js";
import { Criterion } from "../tender/criterion.entity.js";
import { Provider } from "../provider/provider.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { ShortlistEntry } from "../bid/shortlist-entry.entity.js";
import { InterviewScore } from "../bid/interview-score.entity.js";
import { Decision } from "../decision/decision.entity.js";
import { DecisionProject } from "../decision/decision-project.entity.js";
import { Award } from "../award/award.entity.js";
import { SpendTransaction } from "../award/spend-transaction.entity.js";
import { UserAccount } from "../auth/user.entity.js";
import { hashPassword } from "../auth/password.js";
import { CENSUS_SOURCE, WARD_SOURCE, readCensus } from "./census.js";
import { SeededRandom } from "./random.js";
import { importDemoPbRounds } from "./demo-pb.js";
import { seedDemoAccess } from "./demo-access.js";

/**
 * Demo data that makes the product come alive, the same on every machine (seeded PRNG):
 * four London councils with their real Census 2021 baselines, wards, 6 rounds each over 2022–2025
 * across phases and themes — including the Lambeth reference round (PRODUCT.md) — and a PB round
 * imported from a real Pabulib election. Organisations and people are fictional.
 *
 * Demo officer logins are documented in the README (`officer@<council>.example`, password
 * `coproduce-demo`); they are not secrets of real people and the seed never prints passwords.
 */
export const DEMO_PASSWORD = "coproduce-demo";

interface CouncilSpec {
  slug: string;
  name: string;
  code: string;
  org: string;
  borough: string;
  wards: string[];
}

const COUNCILS: CouncilSpec[] = [
  {
    slug: "lambeth",
    name: "London Borough of Lambeth",
    code: "E09000022",
    org: "GB-LAE-LBH",
    borough: "Lambeth",
    wards: [],
  },
  {
    slug: "southwark",
    name: "London Borough of Southwark",
    code: "E09000028",
    org: "GB-LAE-SWK",
    borough: "Southwark",
    wards: ["Peckham", "Camberwell Green", "North Bermondsey", "Old Kent Road", "Nunhead & Queen's Road"],
  },
  {
    slug: "lewisham",
    name: "London Borough of Lewisham",
    code: "E09000023",
    org: "GB-LAE-LEW",
    borough: "Lewisham",
    wards: ["Deptford", "Catford South", "Brockley", "New Cross Gate", "Sydenham"],
  },
  {
    slug: "hackney",
    name: "London Borough of Hackney",
    code: "E09000012",
    org: "GB-LAE-HCK",
    borough: "Hackney",
    wards: ["Dalston", "Hackney Central", "Stoke Newington", "Homerton", "Woodberry Down"],
  },
];

const THEMES: { theme: string; target: string; service: string }[] = [
  { theme: "youth", target: "young people aged 11–19", service: "youth work and positive activities" },
  { theme: "health", target: "adults with long-term conditions", service: "community health and wellbeing support" },
  { theme: "legal_advice", target: "private renters facing eviction", service: "housing and debt legal advice" },
  {
    theme: "environment",
    target: "residents of estates without green space",
    service: "community growing and greening",
  },
  { theme: "older_people", target: "isolated residents over 65", service: "befriending and day opportunities" },
  {
    theme: "community_safety",
    target: "young people at risk of exploitation",
    service: "detached youth work and mentoring",
  },
  { theme: "arts", target: "children and families", service: "community arts and culture" },
];

const PROVIDER_WORDS = [
  "Bridge",
  "Roots",
  "Open Door",
  "Common Ground",
  "Lighthouse",
  "Kinship",
  "Horizon",
  "Hearth",
  "Spark",
  "Tandem",
  "Compass",
  "Harbour",
];
const PROVIDER_SUFFIX: [string, string | null, string][] = [
  ["Trust", "GB-CHC", "charity"],
  ["CIC", "GB-COH", "company"],
  ["Collective", null, "community_group"],
  ["Foundation", "GB-CHC", "charity"],
  ["Ltd", "GB-COH", "company"],
];

const SESSION_PLAN: { kind: string; title: string; minutes: number; from: Phase }[] = [
  { kind: "induction", title: "Welcome and ground rules", minutes: 150, from: "recruiting" },
  { kind: "outcomes_workshop", title: "What should the service change?", minutes: 180, from: "defining_outcomes" },
  { kind: "tender_drafting", title: "Writing the tender together", minutes: 180, from: "tendering" },
  { kind: "shortlisting", title: "Reading the bids and shortlisting", minutes: 180, from: "shortlisting" },
  { kind: "interviews", title: "Interviewing the shortlisted bidders", minutes: 240, from: "interviewing" },
  { kind: "deliberation", title: "Deciding together", minutes: 180, from: "deciding" },
  { kind: "review", title: "Looking back: is it working?", minutes: 120, from: "monitoring" },
];

const reached = (phase: string, target: Phase) => hasReached(phase as Phase, target);

const AGE_BANDS_YOUNG = ["15-19", "20-24"];
const AGE_BANDS_ADULT = [
  "20-24",
  "25-29",
  "30-34",
  "35-39",
  "40-44",
  "45-49",
  "50-54",
  "55-59",
  "60-64",
  "65-69",
  "70-74",
  "75-79",
];
const ETHNIC = [
  "Asian, Asian British or Asian Welsh",
  "Black, Black British, Black Welsh, Caribbean or African",
  "Mixed or Multiple ethnic groups",
  "White",
  "Other ethnic group",
];

async function insertAll<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: T[],
): Promise<T[]> {
  // New rows: INSERT in chunks (save() would SELECT each one first); the generated keys are set on them.
  // Rows already stored (a status changed): save.
  const stored = rows.filter((r) => (r as { key?: unknown }).key !== undefined);
  const fresh = rows.filter((r) => (r as { key?: unknown }).key === undefined);
  for (let i = 0; i < fresh.length; i += 100) await manager.insert(entity, fresh.slice(i, i + 100));
  for (let i = 0; i < stored.length; i += 100) await manager.save(entity, stored.slice(i, i + 100));
  return rows;
}

function make<T extends object>(entity: new () => T, values: Partial<T>): T {
  return Object.assign(new entity(), values);
}

function isoDate(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface RoundPlan {
  council: Council;
  area: Area | null;
  slug: string;
  title: string;
  description: string;
  theme: string;
  targetGroup: string;
  /** What the tender asks for, in a phrase. */
  service: string;
  potMinor: number;
  year: number;
  phase: string;
  compensationCurrency: string;
  hourlyRateMinor: number;
  panelSize: number;
  dominated: boolean;
  ethnicWeights: number[];
  youngPanel: boolean;
  bids: {
    title: string;
    summary: string;
    share: number;
    quality: number[];
    provider?: { name: string; kind: string; scheme: string | null };
  }[];
  officerPicks: number;
  outcomes: {
    title: string;
    indicator: string;
    unit: string;
    baseline: number;
    target: number;
    direction: string;
    trend: number[];
  }[];
}

export async function seedDemoData(dataSource: DataSource): Promise<string> {
  const rng = new SeededRandom(20231118);
  const census = readCensus();
  const counts = { councils: 0, rounds: 0, bids: 0, awards: 0, sessions: 0 };
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await dataSource.transaction(async (manager) => {
    if ((await manager.count(Council)) > 0) return; // another replica seeded first
    const providers: Provider[] = [];
    const councilsSeeded: { spec: CouncilSpec; council: Council; borough: Area; wards: Area[] }[] = [];
    const providerFor = async (borough: string, index: number, r: SeededRandom = rng): Promise<Provider> => {
      const word = PROVIDER_WORDS[(index * 5 + borough.length) % PROVIDER_WORDS.length]!;
      const [suffix, scheme, kind] = PROVIDER_SUFFIX[(index + borough.length) % PROVIDER_SUFFIX.length]!;
      const name = `${borough} ${word} ${suffix}`;
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
      let provider = providers.find((p) => p.slug === slug);
      if (!provider) {
        provider = make(Provider, {
          slug,
          name,
          kind,
          identifierScheme: scheme,
          identifier:
            scheme === "GB-CHC"
              ? String(1_100_000 + r.int(0, 99_999))
              : scheme === "GB-COH"
                ? String(10_000_000 + r.int(0, 9_999_999)).padStart(8, "0")
                : null,
          website: null,
        });
        providers.push(await manager.save(provider));
      }
      return provider;
    };

    for (const spec of COUNCILS) {
      const council = await manager.save(
        make(Council, {
          slug: spec.slug,
          name: spec.name,
          onsCode: spec.code,
          region: "London",
          orgIdentifier: spec.org,
        }),
      );
      counts.councils++;
      await manager.save(
        make(UserAccount, {
          email: `officer@${spec.slug}.example`,
          displayName: `${spec.borough} commissioning officer`,
          passwordHash,
          role: "officer",
          councilKey: council.key,
          disabledAt: null,
        }),
      );
      const borough = await manager.save(
        make(Area, {
          councilKey: council.key,
          parentKey: null,
          slug: spec.slug,
          name: spec.borough,
          onsCode: spec.code,
          kind: "borough",
        }),
      );
      await insertAll(
        manager,
        PopulationBaseline,
        census
          .filter((r) => r.areaCode === spec.code)
          .map((r) =>
            make(PopulationBaseline, {
              areaKey: borough.key,
              dimension: r.dimension,
              category: r.category,
              count: r.count,
              source: CENSUS_SOURCE,
              year: 2021,
            }),
          ),
      );
      const wardNames =
        spec.slug === "lambeth"
          ? [...new Set(census.filter((r) => r.areaCode === "").map((r) => r.areaName))]
          : spec.wards;
      const wards: Area[] = [];
      for (const wardName of wardNames) {
        const ward = await manager.save(
          make(Area, {
            councilKey: council.key,
            parentKey: borough.key,
            slug: wardName
              .toLowerCase()
              .replace(/&/g, "and")
              .replace(/[^a-z0-9]+/g, "-")
              .replace(/^-|-$/g, ""),
            name: wardName,
            onsCode: null,
            kind: "ward",
          }),
        );
        wards.push(ward);
        const rows = census.filter((r) => r.areaCode === "" && r.areaName === wardName);
        if (rows.length > 0) {
          const total = rows.filter((r) => r.dimension === "sex").reduce((s, r) => s + r.count, 0);
          await insertAll(manager, PopulationBaseline, [
            ...rows.map((r) =>
              make(PopulationBaseline, {
                areaKey: ward.key,
                dimension: r.dimension,
                category: r.category,
                count: r.count,
                source: WARD_SOURCE,
                year: 2021,
              }),
            ),
            make(PopulationBaseline, {
              areaKey: ward.key,
              dimension: "total",
              category: "All usual residents",
              count: total,
              source: WARD_SOURCE,
              year: 2021,
            }),
          ]);
        }
      }

      councilsSeeded.push({ spec, council, borough, wards });
      const plans: RoundPlan[] = [];
      if (spec.slug === "lambeth") plans.push(lambethReferencePlan(council, borough));
      const phases = spec.slug === "lambeth" ? LAMBETH_PHASES : OTHER_PHASES;
      phases.forEach((phase, i) =>
        plans.push(generatedPlan(rng, spec, council, borough, wards, phase, i, phases.length)),
      );
      for (const plan of plans) {
        await seedRound(manager, rng, plan, (i) => providerFor(spec.borough, i), counts);
      }
    }

    const pb = await importDemoPbRounds(manager);
    counts.rounds += pb.rounds;
    counts.councils += pb.rounds;
    counts.bids += pb.projects;
    await seedDemoAccess(manager, new Date().toISOString().slice(0, 10));

    // Every council also has a round in each phase its history above lacks (a draft, one in
    // tendering, one deciding…), so the console and the public pages show every stage. Seeded last,
    // from their own random stream, so the rounds above are the same as before they were added.
    const extra = new SeededRandom(20261204);
    for (const { spec, council, borough, wards } of councilsSeeded) {
      const history = new Set(spec.slug === "lambeth" ? [...LAMBETH_PHASES, "monitoring"] : OTHER_PHASES);
      const missing = PHASES.filter((phase) => !history.has(phase));
      const first = spec.slug === "lambeth" ? LAMBETH_PHASES.length : OTHER_PHASES.length;
      for (const [j, phase] of missing.entries()) {
        const plan = generatedPlan(extra, spec, council, borough, wards, phase, first + j, first, 2026);
        await seedRound(manager, extra, plan, (i) => providerFor(spec.borough, i, extra), counts);
      }
    }
  });
  // Voted rounds seeded with a decision get their greedy-vs-MES comparison stored, as taking it would.
  await backfillRuleComparisons(dataSource);
  return `${counts.councils} councils, ${counts.rounds} rounds, ${counts.bids} bids, ${counts.awards} awards, ${counts.sessions} sessions`;
}

/** The phases of each council's generated history (Lambeth's reference round is in monitoring). */
const LAMBETH_PHASES = ["closed", "monitoring", "awarded", "interviewing", "recruiting"] as const;
const OTHER_PHASES = ["closed", "monitoring", "monitoring", "awarded", "bidding", "defining_outcomes"] as const;

/** The demo council's `i`-th generated commissioning round (of `count` in its first batch), at `phase`. */
function generatedPlan(
  r: SeededRandom,
  spec: CouncilSpec,
  council: Council,
  borough: Area,
  wards: Area[],
  phase: string,
  i: number,
  count: number,
  fixedYear?: number,
): RoundPlan {
  const theme = THEMES[(i * 3 + spec.slug.length) % THEMES.length]!;
  const year = fixedYear ?? 2022 + Math.min(3, Math.floor((i * 4) / count));
  const area = i % 2 === 0 ? borough : (wards[i % wards.length] ?? borough);
  const potMinor = r.int(3, 50) * 5_000 * 100;
  const nBids = r.int(3, 6);
  return {
    council,
    area,
    year,
    phase,
    slug: `${spec.slug}-${year}-${theme.theme.replace(/_/g, "-")}-${i + 1}`,
    title: `${area.name}: ${theme.service}`,
    // what the page says follows the stage: the panel has chosen only once the round is awarded
    description: `A co-produced commissioning round: a panel of local people ${reached(phase, "awarded") ? "chose" : "will choose"} a provider of ${theme.service} for ${theme.target} in ${area.name}.`,
    theme: theme.theme,
    targetGroup: theme.target,
    service: `${theme.service} for ${theme.target} in ${area.name}`,
    potMinor,
    compensationCurrency: "GBP",
    hourlyRateMinor: r.pick([1200, 1500, 2000]),
    panelSize: r.int(8, 14),
    dominated: i === 1,
    youngPanel: theme.theme === "youth" || theme.theme === "community_safety",
    ethnicWeights: ETHNIC.map(() => r.int(1, 6)),
    bids: Array.from({ length: nBids }, (_, b) => ({
      title: `${theme.service[0]!.toUpperCase()}${theme.service.slice(1)} — proposal ${String.fromCharCode(65 + b)}`,
      summary: `How we would deliver ${theme.service} for ${theme.target}, with local staff and a steering group of service users.`,
      share: r.int(70, 100) / 100,
      quality: [r.int(1, 5), r.int(1, 5), r.int(1, 5)],
    })),
    officerPicks: r.int(0, nBids - 1),
    outcomes: [
      {
        title: `More ${theme.target} reached`,
        indicator: "People supported",
        unit: "people",
        baseline: 0,
        target: r.int(8, 30) * 10,
        direction: "higher_is_better",
        trend: [0.2, 0.45, 0.6, 0.85],
      },
      {
        title: "People feel the service is theirs",
        indicator: "Users rating the service good or very good",
        unit: "%",
        baseline: 50,
        target: 80,
        direction: "higher_is_better",
        trend: [0.1, 0.3, 0.35, 0.4],
      },
    ],
  };
}

/** The reference case (PRODUCT.md): Lambeth's young people's commissioning team and young offenders paid in Brixton Pounds. */
function lambethReferencePlan(council: Council, borough: Area): RoundPlan {
  return {
    council,
    area: borough,
    year: 2023,
    phase: "monitoring",
    slug: "lambeth-2023-young-offenders-service",
    title: "A service for young offenders, chosen by young people",
    description:
      "Lambeth's young people's commissioning team handed a £32,000 decision to a panel of young people with experience of the youth justice system. " +
      "Paid in Brixton Pounds for their time, they defined the outcomes, helped draw up the tender, interviewed the short-listed bidders and chose to fund " +
      "a talent show organised by local youth — not the commissioning manager's first choice.",
    theme: "youth",
    targetGroup: "young offenders aged 16–21",
    potMinor: 3_200_000,
    service:
      "a service that helps young offenders aged 16–21 in Lambeth build confidence and skills and stay away from offending",
    compensationCurrency: "BRX",
    hourlyRateMinor: 1000,
    panelSize: 8,
    dominated: true,
    youngPanel: true,
    ethnicWeights: [1, 6, 3, 2, 1],
    bids: [
      {
        title: "Brixton Youth Talent Show",
        summary:
          "Young people from Brixton organise and stage a talent show, with mentoring from local artists, rehearsal space and a public final; participants gain AQA awards.",
        share: 0.95,
        quality: [5, 5, 4],
        provider: { name: "Brixton Youth Stage CIC", kind: "community_group", scheme: "GB-COH" },
      },
      {
        title: "One-to-one mentoring for young people leaving custody",
        summary:
          "Trained mentors meet each young person weekly for six months after release, linking them to education, training and work.",
        share: 1.0,
        quality: [4, 3, 5],
        provider: { name: "South London Mentoring Trust", kind: "charity", scheme: "GB-CHC" },
      },
      {
        title: "Sports diversion evenings",
        summary: "Friday-night football and boxing sessions on three estates, with youth workers on hand.",
        share: 0.8,
        quality: [3, 4, 3],
      },
      {
        title: "Employability bootcamp",
        summary: "A twelve-week course in CV writing, interview skills and work placements with local employers.",
        share: 0.9,
        quality: [3, 2, 3],
      },
    ],
    officerPicks: 1,
    outcomes: [
      {
        title: "Fewer young people reoffend",
        indicator: "Participants reoffending within 12 months",
        unit: "%",
        baseline: 42,
        target: 25,
        direction: "lower_is_better",
        trend: [0.25, 0.5, 0.6, 0.75],
      },
      {
        title: "Young people build confidence and skills",
        indicator: "Participants gaining an accredited award",
        unit: "young people",
        baseline: 0,
        target: 40,
        direction: "higher_is_better",
        trend: [0.15, 0.45, 0.7, 0.9],
      },
      {
        title: "Young people are seen differently by the community",
        indicator: "Audience members who say their view of local young people improved",
        unit: "%",
        baseline: 0,
        target: 60,
        direction: "higher_is_better",
        trend: [0.3, 0.5, 0.55, 0.6],
      },
    ],
  };
}

async function seedRound(
  manager: EntityManager,
  rng: SeededRandom,
  plan: RoundPlan,
  providerFor: (index: number) => Promise<Provider>,
  counts: { rounds: number; bids: number; awards: number; sessions: number },
): Promise<void> {
  const opensOn = isoDate(plan.year, rng.int(1, 4), rng.int(1, 28));
  const round = await manager.save(
    make(Round, {
      slug: plan.slug,
      councilKey: plan.council.key,
      areaKey: plan.area?.key ?? null,
      title: plan.title,
      description: plan.description,
      kind: "commissioning",
      phase: plan.phase,
      theme: plan.theme,
      targetGroup: plan.targetGroup,
      potMinor: plan.potMinor,
      currency: "GBP",
      compensationCurrency: plan.compensationCurrency,
      ballotType: null,
      decisionMethod: "panel_scoring",
      allocationRule: null,
      allocationParams: null,
      year: plan.year,
      opensOn,
      closesOn: reached(plan.phase, "awarded") ? addDays(opensOn, 150) : null,
      panelSize: plan.panelSize,
      // Commit, then draw: a recruiting round has no seed until its draw (panelDrawCommit, then
      // panelSelect); only the rounds whose panel the demo data already holds carry one.
      lotterySeed: reached(plan.phase, "defining_outcomes") ? `${plan.slug}-lottery` : null,
      ballotsChangeable: false,
      dataSource: null,
    }),
  );
  counts.rounds++;
  if (!reached(plan.phase, "recruiting")) return;

  // Applicants and the panel. Demographics are self-reported; some prefer not to say.
  const applicantCount = plan.panelSize * 3;
  const applicants = await insertAll(
    manager,
    Applicant,
    Array.from({ length: applicantCount }, (_, i) =>
      make(Applicant, {
        roundKey: round.key,
        pseudonym: `A-${String(i + 1).padStart(3, "0")}`,
        contact: null,
        ageBand: plan.youngPanel ? rng.pick(AGE_BANDS_YOUNG) : rng.pick(AGE_BANDS_ADULT),
        sex:
          rng.next() < 0.06
            ? null
            : rng.weighted([
                ["Female", 0.55],
                ["Male", 0.45],
              ] as const),
        ethnicGroup:
          rng.next() < 0.05 ? null : rng.weighted(ETHNIC.map((e, k) => [e, plan.ethnicWeights[k] ?? 1] as const)),
        disability:
          rng.next() < 0.1
            ? null
            : rng.weighted([
                ["Disabled under the Equality Act", 0.2],
                ["Not disabled under the Equality Act", 0.8],
              ] as const),
        eligible: true,
        consentAt: new Date(`${opensOn}T10:00:00Z`),
        status: "applied",
        selectionProbability: null,
      }),
    ),
  );
  await insertAll(manager, Quota, [
    make(Quota, {
      roundKey: round.key,
      dimension: "sex",
      category: "Female",
      min: Math.floor(plan.panelSize * 0.4),
      max: Math.ceil(plan.panelSize * 0.6),
    }),
    make(Quota, {
      roundKey: round.key,
      dimension: "sex",
      category: "Male",
      min: Math.floor(plan.panelSize * 0.4),
      max: Math.ceil(plan.panelSize * 0.6),
    }),
  ]);
  if (!reached(plan.phase, "defining_outcomes")) return;
  const selected = applicants.slice(0, plan.panelSize);
  for (const a of applicants) {
    a.status = selected.includes(a) ? "selected" : "reserve";
    a.selectionProbability = plan.panelSize / applicantCount;
  }
  await insertAll(manager, Applicant, applicants);
  const members = await insertAll(
    manager,
    PanelMember,
    selected.map((a, i) =>
      make(PanelMember, {
        roundKey: round.key,
        applicantKey: a.key,
        pseudonym: `Panel member ${String.fromCharCode(65 + i)}`,
        role: "member",
        invitationCodeHash: null,
        invitationUsedAt: new Date(`${opensOn}T12:00:00Z`),
        active: true,
      }),
    ),
  );

  // Sessions up to the current phase, with attendance, contributions, trust and pay.
  const plannedSessions = SESSION_PLAN.filter((s) => reached(plan.phase, s.from));
  const sessions: PanelSession[] = [];
  let date = addDays(opensOn, 21);
  for (const s of plannedSessions) {
    sessions.push(
      await manager.save(
        make(PanelSession, { roundKey: round.key, date, kind: s.kind, title: s.title, durationMinutes: s.minutes }),
      ),
    );
    date = addDays(date, rng.int(10, 24));
    // The review meets once the service has been running for a while.
    if (plannedSessions[sessions.length]?.kind === "review") date = addDays(date, 180);
  }
  counts.sessions += sessions.length;
  const attendance: Attendance[] = [];
  const contributions: Contribution[] = [];
  const trust: TrustResponse[] = [];
  const pay: CompensationEntry[] = [];
  const dropout = new Set(members.filter(() => rng.next() < 0.15).map((m) => m.key));
  sessions.forEach((session, si) => {
    members.forEach((member, mi) => {
      const present = !(dropout.has(member.key) && si >= Math.ceil(sessions.length / 2)) && rng.next() > 0.08;
      attendance.push(make(Attendance, { sessionKey: session.key, memberKey: member.key, present }));
      if (!present) return;
      // One vocal participant dominates the deliberation in "dominated" rounds.
      const vocal = plan.dominated && mi === 0 && session.kind !== "interviews";
      const turns = vocal ? rng.int(28, 40) : rng.int(2, 12);
      contributions.push(
        make(Contribution, { sessionKey: session.key, memberKey: member.key, kind: "speaking_turns", amount: turns }),
      );
      contributions.push(
        make(Contribution, {
          sessionKey: session.key,
          memberKey: member.key,
          kind: "minutes_spoken",
          amount: Math.max(1, Math.round(turns * (vocal ? 1.6 : 1.1))),
        }),
      );
      if (rng.next() < 0.5)
        contributions.push(
          make(Contribution, {
            sessionKey: session.key,
            memberKey: member.key,
            kind: "written_inputs",
            amount: rng.int(1, 4),
          }),
        );
      if (si === 0)
        trust.push(make(TrustResponse, { sessionKey: session.key, memberKey: member.key, score: rng.int(1, 3) }));
      if (si === sessions.length - 1 && sessions.length > 1)
        trust.push(make(TrustResponse, { sessionKey: session.key, memberKey: member.key, score: rng.int(3, 5) }));
      pay.push(
        make(CompensationEntry, {
          roundKey: round.key,
          memberKey: member.key,
          sessionKey: session.key,
          basis: "hourly",
          rateMinor: plan.hourlyRateMinor,
          minutes: session.durationMinutes,
          amountMinor: Math.round((plan.hourlyRateMinor * session.durationMinutes) / 60),
          currency: plan.compensationCurrency,
        }),
      );
    });
  });
  await insertAll(manager, Attendance, attendance);
  await insertAll(manager, Contribution, contributions);
  await insertAll(manager, TrustResponse, trust);
  await insertAll(manager, CompensationEntry, pay);
  // Payments: everything owed before the last session has been paid (idempotency key per member and session batch).
  const paidSessions = new Set(sessions.slice(0, -1).map((s) => s.key));
  const owedByMember = new Map<number, number>();
  for (const p of pay)
    if (p.sessionKey !== null && paidSessions.has(p.sessionKey))
      owedByMember.set(p.memberKey, (owedByMember.get(p.memberKey) ?? 0) + p.amountMinor);
  await insertAll(
    manager,
    Payment,
    [...owedByMember].map(([memberKey, amountMinor]) =>
      make(Payment, {
        roundKey: round.key,
        memberKey,
        amountMinor,
        currency: plan.compensationCurrency,
        paidOn: sessions.at(-2)?.date ?? opensOn,
        method: plan.compensationCurrency === "BRX" ? "Brixton Pound pay-by-text" : "bank transfer",
        idempotencyKey: `${plan.slug}:member-${memberKey}:batch-1`,
      }),
    ),
  );

  // Outcomes and indicators the panel defined.
  const outcomes: Outcome[] = [];
  const indicators: Indicator[] = [];
  for (const [i, o] of plan.outcomes.entries()) {
    const outcome = await manager.save(
      make(Outcome, {
        roundKey: round.key,
        title: o.title,
        description: "",
        status: reached(plan.phase, "tendering") ? "frozen" : "draft",
        position: i,
      }),
    );
    outcomes.push(outcome);
    indicators.push(
      await manager.save(
        make(Indicator, {
          outcomeKey: outcome.key,
          name: o.indicator,
          unit: o.unit,
          baseline: o.baseline,
          target: o.target,
          direction: o.direction,
          startsOn: addDays(opensOn, 180),
          dueOn: addDays(opensOn, 180 + 365),
        }),
      ),
    );
  }
  if (!reached(plan.phase, "tendering")) return;

  const tender = await manager.save(
    make(Tender, {
      roundKey: round.key,
      title: `Tender: ${plan.title}`,
      specification: `The panel is looking for ${plan.theme === "youth" ? "an organisation that young people trust" : "a local organisation"} to deliver ${plan.service}. Bids must show how they will achieve the outcomes the panel defined and involve the people the service is for throughout.`,
      ceilingMinor: plan.potMinor,
      currency: "GBP",
      status: reached(plan.phase, "bidding") ? "published" : "draft",
      publishedAt: reached(plan.phase, "bidding") ? new Date(`${addDays(opensOn, 60)}T09:00:00Z`) : null,
      submissionDeadline: addDays(opensOn, 90),
      outcomes,
    }),
  );
  const criteria = await insertAll(manager, Criterion, [
    make(Criterion, {
      tenderKey: tender.key,
      name: "Young people and users at the heart",
      description: "Designed and run with the people it serves.",
      weightBasisPoints: 4000,
      position: 0,
    }),
    make(Criterion, {
      tenderKey: tender.key,
      name: "Achieving the outcomes",
      description: "A credible plan for the panel's outcomes.",
      weightBasisPoints: 3500,
      position: 1,
    }),
    make(Criterion, {
      tenderKey: tender.key,
      name: "Value for money",
      description: "Costs are clear and realistic.",
      weightBasisPoints: 2500,
      position: 2,
    }),
  ]);
  if (!reached(plan.phase, "bidding")) return;

  const bidProviders: Provider[] = [];
  for (const [i, b] of plan.bids.entries()) {
    bidProviders.push(
      b.provider
        ? await manager.save(
            make(Provider, {
              slug: b.provider.name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
              name: b.provider.name,
              kind: b.provider.kind,
              identifierScheme: b.provider.scheme,
              identifier:
                b.provider.scheme === "GB-CHC"
                  ? String(1_100_000 + rng.int(0, 99_999))
                  : String(10_000_000 + rng.int(0, 9_999_999)),
              website: null,
            }),
          )
        : await providerFor(i + round.key),
    );
  }
  const bids = await insertAll(
    manager,
    Bid,
    plan.bids.map((b, i) =>
      make(Bid, {
        roundKey: round.key,
        providerKey: bidProviders[i]!.key,
        externalId: `B${i + 1}`,
        title: b.title,
        summary: b.summary,
        category: plan.theme,
        amountRequestedMinor: Math.round((plan.potMinor * b.share) / 100) * 100,
        currency: "GBP",
        status: "submitted",
        extra: null,
        outcomesAddressed: outcomes,
      }),
    ),
  );
  counts.bids += bids.length;
  if (!reached(plan.phase, "shortlisting")) return;
  // The panel shortlists the three best-quality bids.
  const byQuality = [...bids.keys()].sort((a, b) => sum(plan.bids[b]!.quality) - sum(plan.bids[a]!.quality) || a - b);
  // A round still shortlisting has one bid on the list so far; the rest wait, "submitted".
  const shortlisting = plan.phase === "shortlisting";
  const shortlisted = byQuality.slice(0, shortlisting ? 1 : Math.min(3, bids.length)).map((i) => bids[i]!);
  for (const bid of bids)
    bid.status = shortlisted.includes(bid) ? "shortlisted" : shortlisting ? "submitted" : "not_shortlisted";
  await insertAll(manager, Bid, bids);
  await insertAll(
    manager,
    ShortlistEntry,
    shortlisted.map((bid, i) =>
      make(ShortlistEntry, {
        bidKey: bid.key,
        proposedByMemberKey: members[i % members.length]!.key,
        reason: "Strong on involving the people the service is for.",
      }),
    ),
  );
  if (!reached(plan.phase, "interviewing")) return;

  // Interview scores on a 0–5 scale: each member scores each shortlisted bid on each criterion.
  const scores: InterviewScore[] = [];
  const totals = new Map<number, number>();
  for (const bid of shortlisted) {
    const quality = plan.bids[bids.indexOf(bid)]!.quality;
    for (const member of members) {
      criteria.forEach((criterion, ci) => {
        const score = Math.max(0, Math.min(5, (quality[ci] ?? 3) + rng.int(-1, 1)));
        scores.push(
          make(InterviewScore, { bidKey: bid.key, memberKey: member.key, criterionKey: criterion.key, score }),
        );
        totals.set(bid.key, (totals.get(bid.key) ?? 0) + score * criterion.weightBasisPoints);
      });
    }
  }
  await insertAll(manager, InterviewScore, scores);
  if (plan.phase === "deciding") {
    // Deciding: the officer's recommendation is on record; the decision is the panel's to take.
    const recommended = bids[plan.officerPicks] ?? shortlisted[0]!;
    await manager.save(
      make(Decision, {
        roundKey: round.key,
        method: "panel_scoring",
        rule: null,
        parameters: null,
        result: null,
        officerRecommendationBidKey: recommended.key,
        officerRecommendationNote: `The commissioning manager recommends “${recommended.title}”.`,
        recommendationRecordedAt: new Date(`${addDays(opensOn, 137)}T09:00:00Z`),
        decidedAt: null,
        summary: null,
      }),
    );
  }
  if (!reached(plan.phase, "awarded")) return;

  // The decision: the panel's weighted scores choose the bid; the officer's recommendation was recorded first.
  const ranking = [...shortlisted].sort((a, b) => (totals.get(b.key) ?? 0) - (totals.get(a.key) ?? 0) || a.key - b.key);
  const winner = ranking[0]!;
  const recommended = bids[plan.officerPicks] ?? winner;
  const decidedOn = addDays(opensOn, 140);
  const divisor = members.length * 10_000;
  const decision = await manager.save(
    make(Decision, {
      roundKey: round.key,
      method: "panel_scoring",
      rule: "weighted_scores",
      parameters: { scale: { min: 0, max: 5 } },
      result: {
        selected: [winner.externalId],
        ranking: ranking.map((b) => ({ bid: b.externalId, weightedScore: (totals.get(b.key) ?? 0) / divisor })),
      },
      officerRecommendationBidKey: recommended.key,
      officerRecommendationNote:
        recommended.key === winner.key
          ? "The officer recommended the same bid."
          : `The commissioning manager recommended “${recommended.title}”.`,
      recommendationRecordedAt: new Date(`${addDays(decidedOn, -3)}T09:00:00Z`),
      decidedAt: new Date(`${decidedOn}T17:00:00Z`),
      summary: `The panel chose “${winner.title}”.`,
    }),
  );
  await insertAll(
    manager,
    DecisionProject,
    ranking.map((b, i) =>
      make(DecisionProject, {
        decisionKey: decision.key,
        bidKey: b.key,
        funded: b.key === winner.key,
        rank: i + 1,
        score: (totals.get(b.key) ?? 0) / divisor,
        explanation: { weightedScore: (totals.get(b.key) ?? 0) / divisor, scale: 5 },
      }),
    ),
  );
  for (const bid of bids)
    if (bid.status === "shortlisted") bid.status = bid.key === winner.key ? "funded" : "not_funded";
  await insertAll(manager, Bid, bids);

  const awardedOn = addDays(decidedOn, 14);
  const award = await manager.save(
    make(Award, {
      // Community arts and greening are funded as grants (published in 360Giving); services as contracts (OCDS).
      roundKey: round.key,
      bidKey: winner.key,
      providerKey: winner.providerKey,
      title: winner.title,
      kind: plan.theme === "arts" || plan.theme === "environment" ? "grant" : "contract",
      valueMinor: winner.amountRequestedMinor,
      currency: "GBP",
      awardedOn,
      startsOn: addDays(awardedOn, 14),
      endsOn: addDays(awardedOn, 14 + 365),
      status: plan.phase === "closed" ? "completed" : "active",
    }),
  );
  counts.awards++;
  await insertAll(manager, Milestone, [
    make(Milestone, {
      roundKey: round.key,
      awardKey: award.key,
      title: "Service launched",
      dueOn: addDays(awardedOn, 45),
      status: reached(plan.phase, "monitoring") ? "met" : "scheduled",
      completedOn: reached(plan.phase, "monitoring") ? addDays(awardedOn, 42) : null,
    }),
    make(Milestone, {
      roundKey: round.key,
      awardKey: award.key,
      title: plan.slug.includes("young-offenders") ? "Talent show final" : "Mid-year review with the panel",
      dueOn: addDays(awardedOn, 200),
      status: plan.phase === "closed" ? "met" : "scheduled",
      completedOn: plan.phase === "closed" ? addDays(awardedOn, 205) : null,
    }),
    // a closed service delivered to the end
    ...(plan.phase === "closed"
      ? [
          make(Milestone, {
            roundKey: round.key,
            awardKey: award.key,
            title: "Final report to the panel",
            dueOn: addDays(awardedOn, 14 + 365),
            status: "met",
            completedOn: addDays(awardedOn, 14 + 360),
          }),
        ]
      : []),
  ]);
  if (!reached(plan.phase, "monitoring")) return;

  // Spend: quarterly instalments, never more than the award.
  const instalments = plan.phase === "closed" ? 4 : 3;
  const instalment = Math.floor(award.valueMinor / 4);
  await insertAll(
    manager,
    SpendTransaction,
    Array.from({ length: instalments }, (_, q) =>
      make(SpendTransaction, {
        awardKey: award.key,
        amountMinor: q === 3 ? award.valueMinor - instalment * 3 : instalment,
        currency: "GBP",
        paidOn: addDays(award.startsOn ?? awardedOn, q * 91),
        description: `Quarter ${q + 1} payment`,
        reference: `${plan.slug}-Q${q + 1}`,
      }),
    ),
  );
  // Outcome measurements every quarter since the service started.
  const measurements: Measurement[] = [];
  plan.outcomes.forEach((o, i) => {
    const indicator = indicators[i]!;
    o.trend.slice(0, plan.phase === "closed" ? 4 : 3).forEach((progress, q) => {
      const value = Math.round((o.baseline + (o.target - o.baseline) * progress) * 10) / 10;
      measurements.push(
        make(Measurement, {
          indicatorKey: indicator.key,
          value,
          measuredOn: addDays(award.startsOn ?? awardedOn, 91 * (q + 1)),
          source: "Provider quarterly monitoring report",
          recordedByUserKey: null,
        }),
      );
    });
  });
  // A closed service's final report, at the end of the contract: some targets met, some nearly, some
  // missed (a realistic mix on the Outcomes page rather than every closed service stalling mid-way).
  if (plan.phase === "closed") {
    plan.outcomes.forEach((o, i) => {
      const progress = FINAL_PROGRESS[(i + plan.slug.length) % FINAL_PROGRESS.length]!;
      measurements.push(
        make(Measurement, {
          indicatorKey: indicators[i]!.key,
          value: Math.round((o.baseline + (o.target - o.baseline) * progress) * 10) / 10,
          measuredOn: award.endsOn ?? addDays(awardedOn, 379),
          source: "Provider's final report",
          recordedByUserKey: null,
        }),
      );
    });
  }
  await insertAll(manager, Measurement, measurements);
}

/** How far a closed service got towards each target by its final report (met, nearly met, missed). */
const FINAL_PROGRESS = [1.05, 0.93, 0.7];

function sum(values: number[]): number {
  return values.reduce((s, v) => s + v, 0);
}
