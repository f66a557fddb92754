/**
 * Plain input types for the open-data export builders (OCDS, 360Giving, CSV).
 *
 * The builders are pure functions over these types: a loader service (later) reads one round
 * from the database and fills a `RoundExportInput`; the builders never touch the database.
 *
 * Deliberately absent, so that no loader can leak them by accident:
 * - panel members, applicants, voters, ballots, interview scores of individual people;
 * - compensation (pay to panel members, possibly in Brixton Pounds) — it is not an award and
 *   is not exported as one (see README.md);
 * - the residents who proposed a PB project: a bid without an organisation has `provider: null`.
 *
 * Money is always `{ amountMinor, currency }` (integer minor units; see `@coproduce/domain`).
 * Dates: civil dates as `YYYY-MM-DD`, instants as ISO 8601 date-times with a zone (`…Z`).
 */
import { type Money } from "@coproduce/domain";

/** An organisation identifier from org-id.guide: `scheme` is the list code, `id` the number in it. */
export interface OrgIdentifierInput {
  /** e.g. `GB-CHC` (Charity Commission), `GB-COH` (Companies House), `GB-LAE` (English councils). */
  readonly scheme: string;
  /** The identifier within the scheme, e.g. `1123456` (a charity number), `LBH` (Lambeth). */
  readonly id: string;
}

export interface CouncilExportInput {
  readonly slug: string;
  readonly name: string;
  /** ONS/GSS code of the council's area, e.g. `E09000022` for Lambeth. */
  readonly onsCode?: string | null;
  /** The council's org-id, e.g. `{ scheme: "GB-LAE", id: "LBH" }`. */
  readonly identifier?: OrgIdentifierInput | null;
  readonly website?: string | null;
}

/** Provider kinds as stored (`charity | company | community_group | public_body | resident_group`). */
export type ProviderKind = "charity" | "company" | "community_group" | "public_body" | "resident_group";

/** An organisation that bid for or received money. Never a natural person. */
export interface ProviderExportInput {
  /** Internal key, stable across exports (used only when no org-id is known). */
  readonly id: string;
  readonly name: string;
  readonly kind: ProviderKind;
  readonly identifier?: OrgIdentifierInput | null;
  readonly website?: string | null;
}

export interface AreaExportInput {
  readonly name: string;
  /** ONS/GSS code, e.g. a ward `E05014100` or a borough `E09000022`. */
  readonly onsCode?: string | null;
  /** 360Giving geoCodeType code for `onsCode` (e.g. `WD` for a ward), when known. */
  readonly geoCodeType?: string | null;
}

export interface CriterionExportInput {
  readonly name: string;
  readonly description?: string | null;
  /** Weight in basis points: 2500 = 25 %. A tender's weights sum to 10,000. */
  readonly weightBasisPoints: number;
}

export interface TenderExportInput {
  readonly id: string;
  readonly title: string;
  /** The specification the panel drafted (plain text). */
  readonly specification?: string | null;
  /** Budget ceiling: the most the council will pay. */
  readonly ceiling: Money;
  readonly criteria: readonly CriterionExportInput[];
  /** `draft | published | closed` as stored. */
  readonly status: "draft" | "published" | "closed";
  /** Instant the tender was published. */
  readonly publishedAt?: string | null;
  /** Civil date: last day for bids. */
  readonly submissionDeadline?: string | null;
}

/** Bid statuses as stored. */
export type BidStatus =
  "submitted" | "withdrawn" | "ineligible" | "shortlisted" | "not_shortlisted" | "funded" | "not_funded";

/** A provider's bid for a tender, or a project in a PB round. */
export interface BidExportInput {
  readonly id: string;
  readonly title: string;
  readonly summary?: string | null;
  /** Null for a PB project proposed by residents: their identity is never exported. */
  readonly provider: ProviderExportInput | null;
  readonly amountRequested: Money;
  readonly status: BidStatus;
  /** Whether the bid was short-listed for interview (commissioning rounds). */
  readonly shortlisted: boolean;
  /** Instant the bid was received. */
  readonly submittedAt?: string | null;
}

/**
 * Money committed for a funded bid or project. `kind` says how the money is given: a `contract`
 * for a procured service, a `grant` for a grant-style award (every PB project; a commissioning
 * round may fund a community group by grant too). Only grants go to 360Giving.
 */
export interface AwardExportInput {
  readonly id: string;
  readonly title: string;
  readonly description?: string | null;
  readonly kind: "contract" | "grant";
  /** The organisation paid. Null when the council delivers a PB project itself. */
  readonly provider: ProviderExportInput | null;
  readonly bidId?: string | null;
  readonly value: Money;
  /** Civil date (or instant) the decision to award was made. */
  readonly awardedOn: string;
  /** `pending | active | cancelled | completed`. */
  readonly status: "pending" | "active" | "cancelled" | "completed";
  /** Civil dates the funded service or project runs. */
  readonly period?: { readonly start?: string | null; readonly end?: string | null } | null;
}

/** A payment made against an award ("where the money went"). */
export interface SpendExportInput {
  readonly id: string;
  readonly awardId: string;
  readonly amount: Money;
  /** Civil date (or instant) of payment. */
  readonly paidOn: string;
  readonly description?: string | null;
}

/** A milestone of a funded service, or of the round itself when `awardId` is absent. */
export interface MilestoneExportInput {
  readonly id: string;
  readonly awardId?: string | null;
  readonly title: string;
  readonly description?: string | null;
  /** Civil date. */
  readonly dueOn: string;
  /** `scheduled | met | late | missed` as stored. */
  readonly status: "scheduled" | "met" | "late" | "missed";
  readonly completedOn?: string | null;
}

/** An outcome the panel defined, with its indicators (described, never personal). */
export interface OutcomeExportInput {
  readonly title: string;
  readonly indicators: readonly { readonly name: string; readonly unit: string; readonly target?: number | null }[];
}

export interface RoundExportInput {
  readonly council: CouncilExportInput;
  readonly round: {
    /** Stable database key: part of the OCID and of grant identifiers, so it must never change. */
    readonly id: string;
    readonly slug: string;
    readonly title: string;
    readonly description?: string | null;
    readonly kind: "commissioning" | "participatory_budgeting";
    /** Lifecycle phase (`draft` … `closed`, see `@coproduce/domain` PHASES). */
    readonly phase: string;
    readonly theme?: string | null;
    readonly targetGroup?: string | null;
    readonly area?: AreaExportInput | null;
    readonly pot: Money;
    /** `panel_scoring | voting`, and for voting the allocation rule (`greedy | mes`). */
    readonly decisionMethod?: string | null;
    readonly allocationRule?: string | null;
    /** Civil dates the round opened and closed. */
    readonly opensOn?: string | null;
    readonly closesOn?: string | null;
    /** Instant of the last change to anything in this round (the release date). */
    readonly updatedAt: string;
    /** Public page for the round, if any. */
    readonly url?: string | null;
  };
  readonly tender?: TenderExportInput | null;
  readonly outcomes?: readonly OutcomeExportInput[];
  readonly bids: readonly BidExportInput[];
  readonly awards: readonly AwardExportInput[];
  readonly spend: readonly SpendExportInput[];
  readonly milestones?: readonly MilestoneExportInput[];
}

/** Thrown when an input is inconsistent (e.g. spend against an award of another round). */
export class ExportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExportInputError";
  }
}
