/**
 * OCDS 1.1.5 export: one release package with one **compiled release** per round.
 *
 * Mapping (see README.md for the full table):
 * - ocid `<ocidPrefix>-<round id>`; tag `["compiled"]`; date = the round's last change.
 * - parties: the council (`buyer`, `procuringEntity`, `payer` once it has paid anything) and each
 *   provider organisation (`tenderer` if it bid, `supplier` if it holds an award, `payee` once paid).
 *   Party ids are org-ids (`GB-CHC-1123456`) where known, else `coproduce-provider-<key>`.
 *   No natural person is ever a party: PB projects proposed by residents have no tenderer.
 * - planning.budget = the round's pot; round-level milestones (no award) = planning.milestones.
 * - tender: the panel's specification (or a PB call for projects), value = ceiling (else the pot),
 *   criteria and weights in `awardCriteriaDetails`, `tenderers` = organisations that bid.
 * - bids: the OCDS bid extension's `bids.details` (status mapped to its bidStatus codelist), plus
 *   `coproduceStatus` (the stored status) and `coproduceShortlisted`.
 * - awards: one per award; contracts: one per active/completed award (or any award with spend),
 *   with `implementation.transactions` = spend and `implementation.milestones` = its milestones.
 * - Money: see currency.ts: local currencies carry a `coproduceLocalCurrency` note on the Value.
 */
import { PHASES, type Money } from "@coproduce/domain";
import { LOCAL_CURRENCY_FIELD, toStandardAmount, type LocalCurrencyNote } from "./currency.js";
import { assertRoundInputConsistent } from "./check.js";
import { toOcdsDateTime, toOcdsEndDateTime } from "./dates.js";
import {
  ExportInputError,
  type AwardExportInput,
  type BidStatus,
  type MilestoneExportInput,
  type OrgIdentifierInput,
  type ProviderExportInput,
  type RoundExportInput,
} from "./types.js";

/** The OCDS bid extension, declared in the package's `extensions`. */
export const OCDS_BID_EXTENSION_URL =
  "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json";

export interface OcdsPackageOptions {
  /** The publisher's registered OCID prefix, e.g. `ocds-cpdc01` (from configuration). */
  readonly ocidPrefix: string;
  readonly publisher: { readonly name: string; readonly scheme?: string; readonly uid?: string; readonly uri?: string };
  /** Instant the package was generated, or of the last change to its contents. */
  readonly publishedDate: string;
  /** URI identifying this package (where a persistent copy is or will be available). */
  readonly uri: string;
  /** Canonical licence URI, e.g. `https://creativecommons.org/licenses/by/4.0/`. */
  readonly license: string;
}

export interface OcdsValue {
  amount?: number;
  currency?: string;
  [LOCAL_CURRENCY_FIELD]?: LocalCurrencyNote;
}

export interface OcdsOrganizationReference {
  id: string;
  name: string;
}

export interface OcdsParty {
  id: string;
  name: string;
  identifier?: { scheme: string; id: string; legalName: string };
  roles: string[];
}

export interface OcdsMilestone {
  id: string;
  title: string;
  description?: string;
  type: "delivery" | "engagement";
  dueDate: string;
  dateMet?: string;
  status: "scheduled" | "met" | "notMet";
}

export interface OcdsTransaction {
  id: string;
  date: string;
  value: OcdsValue;
  payer: OcdsOrganizationReference;
  payee?: OcdsOrganizationReference;
}

export interface OcdsBid {
  id: string;
  date?: string;
  status: "pending" | "valid" | "disqualified" | "withdrawn";
  tenderers?: OcdsOrganizationReference[];
  value: OcdsValue;
  coproduceStatus: BidStatus;
  coproduceShortlisted: boolean;
}

export interface OcdsAward {
  id: string;
  title: string;
  description: string;
  status: "pending" | "active" | "cancelled";
  date: string;
  value: OcdsValue;
  suppliers?: OcdsOrganizationReference[];
  contractPeriod?: { startDate?: string; endDate?: string };
}

export interface OcdsContract {
  id: string;
  awardID: string;
  title: string;
  status: "active" | "terminated" | "cancelled";
  value: OcdsValue;
  period?: { startDate?: string; endDate?: string };
  implementation: { transactions: OcdsTransaction[]; milestones: OcdsMilestone[] };
}

export interface OcdsRelease {
  ocid: string;
  id: string;
  date: string;
  tag: ["compiled"];
  initiationType: "tender";
  language: "en";
  parties: OcdsParty[];
  buyer: OcdsOrganizationReference;
  planning: {
    rationale?: string;
    budget: { id: string; description: string; amount: OcdsValue };
    milestones: OcdsMilestone[];
  };
  tender: {
    id: string;
    title: string;
    description?: string;
    status: "planning" | "planned" | "active" | "complete" | "unsuccessful" | "cancelled";
    procuringEntity: OcdsOrganizationReference;
    items: { id: string; description: string; quantity: number }[];
    value: OcdsValue;
    procurementMethod: "open";
    procurementMethodDetails: string;
    mainProcurementCategory: "services";
    awardCriteria?: "ratedCriteria";
    awardCriteriaDetails?: string;
    tenderPeriod?: { startDate?: string; endDate?: string };
    numberOfTenderers?: number;
    tenderers: OcdsOrganizationReference[];
  };
  bids: { details: OcdsBid[] };
  awards: OcdsAward[];
  contracts: OcdsContract[];
}

export interface OcdsReleasePackage {
  uri: string;
  version: "1.1";
  extensions: string[];
  publishedDate: string;
  publisher: { name: string; scheme?: string; uid?: string; uri?: string };
  license: string;
  releases: OcdsRelease[];
}

const OCID_PREFIX = /^ocds-[a-z0-9]{6}$/;

function phaseIndex(phase: string): number {
  const i = (PHASES as readonly string[]).indexOf(phase);
  if (i < 0) throw new ExportInputError(`Unknown round phase "${phase}"`);
  return i;
}

/** An Amount as an OCDS Value: ISO amounts as is; local currencies with their note (currency.ts). */
export function ocdsValue(m: Money): OcdsValue {
  const s = toStandardAmount(m);
  if (s.kind === "unrepresentable") return { [LOCAL_CURRENCY_FIELD]: s.local };
  return s.local
    ? { amount: s.amount, currency: s.currency, [LOCAL_CURRENCY_FIELD]: s.local }
    : { amount: s.amount, currency: s.currency };
}

function orgId(identifier: OrgIdentifierInput): string {
  return `${identifier.scheme}-${identifier.id}`;
}

export function providerPartyId(provider: ProviderExportInput): string {
  return provider.identifier ? orgId(provider.identifier) : `coproduce-provider-${provider.id}`;
}

function percent(basisPoints: number): string {
  // Exact: basis points are integers; 3333 → "33.33".
  const whole = Math.trunc(basisPoints / 100);
  const frac = Math.abs(basisPoints % 100);
  return frac === 0 ? `${whole}` : `${whole}.${String(frac).padStart(2, "0").replace(/0$/, "")}`;
}

const MILESTONE_STATUS: Record<MilestoneExportInput["status"], OcdsMilestone["status"]> = {
  scheduled: "scheduled",
  met: "met",
  // "late" (due date passed, not yet met) and "missed" are both `notMet` in OCDS.
  late: "notMet",
  missed: "notMet",
};

const BID_STATUS: Record<BidStatus, OcdsBid["status"]> = {
  submitted: "pending",
  withdrawn: "withdrawn",
  ineligible: "disqualified",
  shortlisted: "valid",
  not_shortlisted: "valid",
  funded: "valid",
  not_funded: "valid",
};

function milestone(m: MilestoneExportInput, type: OcdsMilestone["type"]): OcdsMilestone {
  const out: OcdsMilestone = {
    id: m.id,
    title: m.title,
    type,
    dueDate: toOcdsEndDateTime(m.dueOn),
    status: MILESTONE_STATUS[m.status],
  };
  if (m.description) out.description = m.description;
  if (m.status === "met" && m.completedOn) out.dateMet = toOcdsDateTime(m.completedOn);
  return out;
}

function period(p: AwardExportInput["period"]): { startDate?: string; endDate?: string } | undefined {
  if (!p || (!p.start && !p.end)) return undefined;
  const out: { startDate?: string; endDate?: string } = {};
  if (p.start) out.startDate = toOcdsDateTime(p.start);
  if (p.end) out.endDate = toOcdsEndDateTime(p.end);
  return out;
}

function tenderStatus(input: RoundExportInput): OcdsRelease["tender"]["status"] {
  const i = phaseIndex(input.round.phase);
  const active = input.awards.some((a) => a.status !== "cancelled");
  if (i >= phaseIndex("awarded")) return active ? "complete" : "unsuccessful";
  if (i >= phaseIndex("bidding")) return "active";
  if (input.tender?.status === "published") return "active";
  return i >= phaseIndex("tendering") ? "planned" : "planning";
}

/** Builds the compiled release for one round. */
export function buildOcdsRelease(input: RoundExportInput, ocidPrefix: string): OcdsRelease {
  if (!OCID_PREFIX.test(ocidPrefix)) {
    throw new ExportInputError(`OCID prefix must look like "ocds-" + 6 lowercase letters/digits, got "${ocidPrefix}"`);
  }
  const { council, round } = input;
  const ocid = `${ocidPrefix}-${round.id}`;

  assertRoundInputConsistent(input);

  // --- parties ---------------------------------------------------------------------------------
  const parties = new Map<string, OcdsParty>();
  const councilParty: OcdsParty = {
    id: council.identifier ? orgId(council.identifier) : `coproduce-council-${council.slug}`,
    name: council.name,
    roles: ["buyer", "procuringEntity"],
  };
  if (council.identifier) {
    councilParty.identifier = { scheme: council.identifier.scheme, id: council.identifier.id, legalName: council.name };
  }
  parties.set(councilParty.id, councilParty);
  const councilRef: OcdsOrganizationReference = { id: councilParty.id, name: councilParty.name };

  const addRole = (provider: ProviderExportInput, role: string): OcdsOrganizationReference => {
    const id = providerPartyId(provider);
    let party = parties.get(id);
    if (!party) {
      party = { id, name: provider.name, roles: [] };
      if (provider.identifier) {
        party.identifier = { scheme: provider.identifier.scheme, id: provider.identifier.id, legalName: provider.name };
      }
      parties.set(id, party);
    }
    if (!party.roles.includes(role)) party.roles.push(role);
    return { id, name: party.name };
  };

  // --- bids / tenderers --------------------------------------------------------------------------
  const tenderers = new Map<string, OcdsOrganizationReference>();
  const bids: OcdsBid[] = input.bids.map((b) => {
    const bid: OcdsBid = {
      id: b.id,
      status: BID_STATUS[b.status],
      value: ocdsValue(b.amountRequested),
      coproduceStatus: b.status,
      coproduceShortlisted: b.shortlisted,
    };
    if (b.submittedAt) bid.date = toOcdsDateTime(b.submittedAt);
    if (b.provider) {
      const ref = addRole(b.provider, "tenderer");
      tenderers.set(ref.id, ref);
      bid.tenderers = [ref];
    }
    return bid;
  });

  // --- awards, contracts, spend, milestones ----------------------------------------------------
  const milestonesByAward = new Map<string, MilestoneExportInput[]>();
  const roundMilestones: MilestoneExportInput[] = [];
  for (const m of input.milestones ?? []) {
    if (m.awardId) milestonesByAward.set(m.awardId, [...(milestonesByAward.get(m.awardId) ?? []), m]);
    else roundMilestones.push(m);
  }
  const spendByAward = new Map<string, RoundExportInput["spend"][number][]>();
  for (const s of input.spend) spendByAward.set(s.awardId, [...(spendByAward.get(s.awardId) ?? []), s]);

  const awards: OcdsAward[] = [];
  const contracts: OcdsContract[] = [];
  for (const a of input.awards) {
    const value = ocdsValue(a.value);
    const notes = [a.description ?? a.title];
    if (a.kind === "grant") notes.push("Awarded as a grant.");
    const localNote = value[LOCAL_CURRENCY_FIELD];
    if (localNote) notes.push(localNote.note);
    const award: OcdsAward = {
      id: a.id,
      title: a.title,
      description: notes.join(" "),
      status: a.status === "completed" ? "active" : a.status,
      date: toOcdsDateTime(a.awardedOn),
      value,
    };
    const supplierRef = a.provider ? addRole(a.provider, "supplier") : undefined;
    if (supplierRef) award.suppliers = [supplierRef];
    const p = period(a.period);
    if (p) award.contractPeriod = p;
    awards.push(award);

    const spend = spendByAward.get(a.id) ?? [];
    if (a.status === "active" || a.status === "completed" || spend.length > 0) {
      const transactions = spend.map((s): OcdsTransaction => {
        const t: OcdsTransaction = {
          id: s.id,
          date: toOcdsDateTime(s.paidOn),
          value: ocdsValue(s.amount),
          payer: councilRef,
        };
        if (a.provider) t.payee = addRole(a.provider, "payee");
        return t;
      });
      if (transactions.length > 0 && !councilParty.roles.includes("payer")) councilParty.roles.push("payer");
      const contract: OcdsContract = {
        id: `contract-${a.id}`,
        awardID: a.id,
        title: a.title,
        // OCDS 1.1 `terminated` is the status of a contract that has ended (delivered or not).
        status: a.status === "completed" ? "terminated" : a.status === "cancelled" ? "cancelled" : "active",
        value,
        implementation: {
          transactions,
          milestones: (milestonesByAward.get(a.id) ?? []).map((m) => milestone(m, "delivery")),
        },
      };
      if (p) contract.period = p;
      contracts.push(contract);
    }
  }

  // --- tender ------------------------------------------------------------------------------------
  const tender = input.tender;
  const isPb = round.kind === "participatory_budgeting";
  const tenderOut: OcdsRelease["tender"] = {
    id: tender ? tender.id : `${round.id}-call`,
    title: tender ? tender.title : round.title,
    status: tenderStatus(input),
    procuringEntity: councilRef,
    items: [{ id: "1", description: round.theme ? `${round.title} (${round.theme})` : round.title, quantity: 1 }],
    value: ocdsValue(tender ? tender.ceiling : round.pot),
    procurementMethod: "open",
    procurementMethodDetails: isPb
      ? "Participatory budgeting: residents proposed projects and voted on them; an allocation rule turned the ballots into funded projects."
      : "Co-produced commissioning: a panel of people the service is for defined its outcomes, helped draft this tender, interviewed short-listed bidders and decided which to fund.",
    mainProcurementCategory: "services",
    tenderers: [...tenderers.values()],
  };
  const description = tender?.specification || round.description;
  if (description) tenderOut.description = description;
  if (tender && tender.criteria.length > 0) {
    tenderOut.awardCriteria = "ratedCriteria";
    tenderOut.awardCriteriaDetails =
      "Bids scored by the panel against weighted criteria: " +
      tender.criteria.map((c) => `${c.name} ${percent(c.weightBasisPoints)}%`).join("; ") +
      ".";
  } else if (round.decisionMethod === "voting") {
    tenderOut.awardCriteriaDetails = `Decided by vote${round.allocationRule ? `, allocation rule: ${round.allocationRule}` : ""}.`;
  }
  const tenderStart = tender?.publishedAt ?? round.opensOn;
  const tenderEnd = tender?.submissionDeadline ?? (isPb ? round.closesOn : null);
  if (tenderStart || tenderEnd) {
    tenderOut.tenderPeriod = {};
    if (tenderStart) tenderOut.tenderPeriod.startDate = toOcdsDateTime(tenderStart);
    if (tenderEnd) tenderOut.tenderPeriod.endDate = toOcdsEndDateTime(tenderEnd);
  }
  // Only when every bidder is a known organisation: residents' proposals are not counted as
  // tenderers (they are anonymous), so a count would understate the competition.
  if (input.bids.every((b) => b.provider !== null)) tenderOut.numberOfTenderers = tenderers.size;

  const rationale = [
    round.targetGroup ? `For: ${round.targetGroup}.` : "",
    ...(input.outcomes ?? []).map(
      (o) =>
        `Outcome: ${o.title}` +
        (o.indicators.length > 0
          ? ` (measured by ${o.indicators.map((i) => `${i.name}${i.target != null ? `, target ${i.target} ${i.unit}` : ` (${i.unit})`}`).join("; ")})`
          : "") +
        ".",
    ),
  ]
    .filter((s) => s !== "")
    .join(" ");

  const release: OcdsRelease = {
    ocid,
    id: `${ocid}-${toOcdsDateTime(round.updatedAt)}`,
    date: toOcdsDateTime(round.updatedAt),
    tag: ["compiled"],
    initiationType: "tender",
    language: "en",
    parties: [...parties.values()],
    buyer: councilRef,
    planning: {
      budget: { id: `${round.id}-pot`, description: `Pot of the round "${round.title}"`, amount: ocdsValue(round.pot) },
      milestones: roundMilestones.map((m) => milestone(m, "engagement")),
    },
    tender: tenderOut,
    bids: { details: bids },
    awards,
    contracts,
  };
  if (rationale) release.planning.rationale = rationale;
  return release;
}

/** One OCDS 1.1 release package holding one compiled release per round. */
export function buildOcdsReleasePackage(
  inputs: readonly RoundExportInput[],
  options: OcdsPackageOptions,
): OcdsReleasePackage {
  const releases = inputs.map((input) => buildOcdsRelease(input, options.ocidPrefix));
  const ocids = new Set(releases.map((r) => r.ocid));
  if (ocids.size !== releases.length) throw new ExportInputError("Two rounds share an id: OCIDs would collide");
  const publisher: OcdsReleasePackage["publisher"] = { name: options.publisher.name };
  if (options.publisher.scheme) publisher.scheme = options.publisher.scheme;
  if (options.publisher.uid) publisher.uid = options.publisher.uid;
  if (options.publisher.uri) publisher.uri = options.publisher.uri;
  return {
    uri: options.uri,
    version: "1.1",
    extensions: [OCDS_BID_EXTENSION_URL],
    publishedDate: toOcdsDateTime(options.publishedDate),
    publisher,
    license: options.license,
    releases,
  };
}
