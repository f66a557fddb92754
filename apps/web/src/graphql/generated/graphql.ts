/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
/** greedy (by votes) or the Method of Equal Shares. */
export type AllocationRule = "GREEDY" | "MES";

/** An application to a round's panel: self-reported answers in the census dimensions (blank = prefer not to say). */
export type ApplicantApplyInput = {
  ageBand?: string | null | undefined;
  /** Consent to store and use the answers for selection and anonymous statistics (required). */
  consent: boolean;
  /** Phone or email, private to the council's officers. */
  contact?: string | null | undefined;
  disability?: string | null | undefined;
  /** The applicant confirms they belong to the round's target group. */
  eligible: boolean;
  ethnicGroup?: string | null | undefined;
  /** Home address (or postcode and house number) or UPRN, used only for the household rule (at most one person per household); private to the council's officers, never published. */
  household?: string | null | undefined;
  /** The language the applicant reads (en or cy; default en): what the council sends them is written in it. */
  language?: string | null | undefined;
  /** The name to use when the council gets in touch (private to its officers). */
  name?: string | null | undefined;
  /** Officer-entered applications may set a pseudonym; otherwise A-001, A-002… */
  pseudonym?: string | null | undefined;
  round: string | number;
  sex?: string | null | undefined;
};

/** An officer's review of an application: accept it into the lottery pool, or reject it. */
export type ApplicantReviewInput = {
  /** true: keep it in the pool; false: reject it (a reason is required). */
  accept: boolean;
  applicant: string | number;
  /** Why it is rejected (required to reject). */
  reason?: string | null | undefined;
};

/** Whether a panel member attended a session (recording again replaces it). */
export type AttendanceRecordInput = {
  member: string | number;
  present: boolean;
  session: string | number;
};

/** An award for a funded bid. */
export type AwardCreateInput = {
  awardedOn: string;
  /** The funded bid. */
  bid: string | number;
  /** End of the contract period. */
  endsOn?: string | null | undefined;
  kind?: AwardKind;
  /** Start of the contract period. */
  startsOn?: string | null | undefined;
  /** Default: the bid's title. */
  title?: string | null | undefined;
  /** At most the bid's amount; all awards of the round together at most the pot. */
  value: MoneyInput;
};

/** A contract (commissioned service) or a grant (PB project). */
export type AwardKind = "CONTRACT" | "GRANT";

/** An explicit variation of an award's value, with its reason. */
export type AwardVaryInput = {
  award: string | number;
  delta: MoneyDeltaInput;
  reason: string;
};

/** A ballot in the round's ballot type. Ordinal ballots list projects first choice first. */
export type BallotCastInput = {
  /** Answers to the round's eligibility questions (age band, area; sex only where the round records it). */
  answers?: VoterAnswersInput | null | undefined;
  choices: Array<BallotChoiceInput>;
  /** A kiosk session's token (`kioskSessionStart`): cast at a supervised kiosk. Needs the voter's own code (`voterToken`) for every ballot; no receipt. */
  kioskToken?: string | null | undefined;
  /** The receipt given when you voted: replaces that ballot's content (rounds with changeable ballots, until voting closes). */
  receipt?: string | null | undefined;
  round: string | number;
  /** A resident's voter token (participatory-budgeting rounds); panel members vote signed in. */
  voterToken?: string | null | undefined;
};

/** One project on a ballot. */
export type BallotChoiceInput = {
  /** The project (bid). */
  bid: string | number;
  /** Points (cumulative) or score (scoring ballots); omit for approval, choose-1 and ordinal ballots. */
  points?: number | null | undefined;
};

/** How voters express preferences. */
export type BallotType = "APPROVAL" | "CHOOSE_1" | "CUMULATIVE" | "ORDINAL" | "SCORING";

/** What census figures a make-up is compared with: the round's target group (ages it names) or all residents. */
export type BaselineScope = "AREA" | "TARGET_GROUP";

/** Put a bid on the shortlist. */
export type BidShortlistInput = {
  bid: string | number;
  /** Why the bid deserves an interview. */
  reason: string;
};

/** Where a bid or project stands. */
export type BidStatus =
  "FUNDED" | "INELIGIBLE" | "NOT_FUNDED" | "NOT_SHORTLISTED" | "SHORTLISTED" | "SUBMITTED" | "WITHDRAWN";

/** A provider's bid, entered by an officer (or a resident-proposed project in a PB round). */
export type BidSubmitInput = {
  /** Amount requested, in the round's currency, within the tender's budget ceiling. */
  amountRequested: MoneyInput;
  /** PB projects: the area the project serves, e.g. a ward's name. */
  area?: string | null | undefined;
  /** Category of a PB project, e.g. `greenery`. */
  category?: string | null | undefined;
  /** The round's outcomes this bid says it will address. */
  outcomes?: Array<string | number>;
  /** The bidding organisation (required for commissioning rounds). */
  provider?: string | number | null | undefined;
  round: string | number;
  summary?: string;
  title: string;
};

/** Pay per hour of the session's length, or a flat fee per session attended. */
export type CompensationBasis = "FLAT" | "HOURLY";

/** Set the pay rate for sessions: owed amounts are (re)computed for every member present (hourly: rate × minutes / 60, rounded half-up to a minor unit). */
export type CompensationRateSetInput = {
  basis: CompensationBasis;
  /** Rate per hour or flat fee, in minor units of the round's compensation currency. */
  rateMinor: number;
  round: string | number;
  /** Sessions to apply it to (default: all of the round's sessions). */
  sessions?: Array<string | number> | null | undefined;
};

/** What a contribution counts: speaking turns, minutes spoken or written inputs. */
export type ContributionKind = "MINUTES_SPOKEN" | "SPEAKING_TURNS" | "WRITTEN_INPUTS";

/** A logged contribution of a panel member in a session. */
export type ContributionRecordInput = {
  /** Turns, minutes or written inputs. */
  amount: number;
  kind: ContributionKind;
  member: string | number;
  session: string | number;
};

/** An award criterion and its weight. */
export type CriterionInput = {
  description?: string | null | undefined;
  name: string;
  /** Weight in basis points (2500 = 25 %); all criteria add up to 10,000. */
  weightBasisPoints: number;
};

/** A score on one criterion. */
export type CriterionScoreInput = {
  criterion: string | number;
  /** 0 (poor) to 5 (excellent). */
  score: number;
};

/** Panel's weighted interview scores, or a vote with an allocation rule. */
export type DecisionMethod = "PANEL_SCORING" | "VOTING";

/** Recompute a decision and check it matches. */
export type DecisionRecomputeInput = {
  decision: string | number;
};

/** The officer's (commissioning manager's) recommendation, recorded before the decision. */
export type DecisionRecordRecommendationInput = {
  /** The bid the officer recommends. */
  bid: string | number;
  /** Why, in words. */
  note: string;
  round: string | number;
};

/** Take the round's decision by its method and rule. */
export type DecisionTakeInput = {
  round: string | number;
  /** A summary in words (default: generated from the result). */
  summary?: string | null | undefined;
};

/** A measurable indicator of an outcome. */
export type IndicatorCreateInput = {
  baseline: number;
  direction: IndicatorDirection;
  /** When the target should be reached. */
  dueOn: string;
  name: string;
  outcome: string | number;
  /** Start of the monitoring period. */
  startsOn: string;
  target: number;
  /** Unit, e.g. `young people`, `%`. */
  unit: string;
};

/** Which way an indicator improves: higher is better (e.g. % in education) or lower is better (e.g. reoffending). */
export type IndicatorDirection = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";

/** The translated public name of one of the outcome's indicators; an empty string removes it. */
export type IndicatorTranslationInput = {
  indicator: string | number;
  name: string;
};

/** A panel member's scores of one shortlisted bid: sent by the member, or entered from their paper sheet by an officer of the round's council. */
export type InterviewScoreSubmitInput = {
  bid: string | number;
  /** Officers: the panel member whose paper scoring sheet is entered (required for officers; the scores are that member's). Panel members: omit, or give their own id. */
  panelMember?: string | number | null | undefined;
  scores: Array<CriterionScoreInput>;
};

/** How many invitation letters were sent for the round's panel (null clears it). */
export type InvitationsSentSetInput = {
  invitationsSent?: number | null | undefined;
  round: string | number;
};

/** Open a kiosk session for a PB round. */
export type KioskSessionStartInput = {
  /** How long the session lasts, in hours (1–24). */
  hours: number;
  round: string | number;
};

/** A measured value of an indicator. */
export type MeasurementRecordInput = {
  indicator: string | number;
  measuredOn: string;
  /** Where the figure comes from, e.g. `Provider quarterly report`. */
  source: string;
  value: number;
};

/** A delivery milestone of a funded service. */
export type MilestoneCreateInput = {
  /** The award it belongs to, if any. */
  award?: string | number | null | undefined;
  dueOn: string;
  round: string | number;
  title: string;
};

/** Where a delivery milestone stands. */
export type MilestoneStatus = "LATE" | "MET" | "MISSED" | "SCHEDULED";

/** Changes to a milestone; omitted fields stay as they are. */
export type MilestoneUpdateInput = {
  completedOn?: string | null | undefined;
  dueOn?: string | null | undefined;
  milestone: string | number;
  status?: MilestoneStatus | null | undefined;
  title?: string | null | undefined;
};

/** A signed change of an amount of money. */
export type MoneyDeltaInput = {
  /** Change in minor units: positive to increase, negative to decrease. */
  amountMinor: number;
  currency: string;
};

/** An amount of money: integer minor units (pence) and a currency code. */
export type MoneyInput = {
  /** Amount in minor units, e.g. 3200000 = £32,000. */
  amountMinor: number;
  /** Currency code, e.g. GBP (ISO 4217) or BRX (Brixton Pound). */
  currency: string;
};

/** NONE: amounts in minor units; PER_CAPITA: per resident (minor units); PER_POT: as a share of the pot (0..1, same currency only). */
export type Normalise = "NONE" | "PER_CAPITA" | "PER_POT";

/** An officer's email and password. */
export type OfficerLoginInput = {
  /** The second factor, when the account has two-factor sign-in: the six-digit code from the authenticator app, or a recovery code. Asked for with TWO_FACTOR_REQUIRED. */
  code?: string | null | undefined;
  email: string;
  password: string;
};

/** Sort direction. */
export type OrderDirection = "ASC" | "DESC";

/** A new outcome of a round (defining_outcomes phase). */
export type OutcomeCreateInput = {
  description?: string | null | undefined;
  /** Display position (default: last). */
  position?: number | null | undefined;
  round: string | number;
  title: string;
};

/** Translate an outcome's words into one language: each field given replaces its translation; an empty string removes it; fields left out stay as they are. */
export type OutcomeTranslationSetInput = {
  description?: string | null | undefined;
  /** Public names of the outcome's indicators in the language; indicators left out stay as they are. */
  indicators?: Array<IndicatorTranslationInput> | null | undefined;
  /** The language: en or cy. */
  lang: string;
  outcome: string | number;
  title?: string | null | undefined;
};

/** Changes to a draft outcome; omitted fields stay as they are. */
export type OutcomeUpdateInput = {
  description?: string | null | undefined;
  outcome: string | number;
  position?: number | null | undefined;
  title?: string | null | undefined;
};

/** Publish the draw's commitment before the seed is known. */
export type PanelDrawCommitInput = {
  /** maximin (default) or leximin. */
  algorithm?: string | null | undefined;
  /** Public ceremony: round the distribution to this many equally likely tickets (2..10,000, e.g. 1000) and draw one; omit for the exact distribution. */
  ceremonyTickets?: number | null | undefined;
  /** At most one person per household (applicants' private addresses, normalised): the pool file then carries household group labels, never addresses. Default false. */
  household?: boolean | null | undefined;
  /** The date (YYYY-MM-DD) of the public randomness, today or later. */
  randomnessDate: string;
  /** Where the seed will come from, e.g. the Lotto draw of that date, dice at a public meeting. */
  randomnessSource: string;
  round: string | number;
};

/** The single-use invitation code an officer gave the panel member. */
export type PanelJoinInput = {
  /** A random id the device keeps (e.g. in local storage): the same code entered again on the same device signs in again. */
  device?: string | null | undefined;
  invitationCode: string;
};

/** The panel member who accepted their seat. */
export type PanelMemberConfirmInput = {
  member: string | number;
};

/** The panel member to invite. */
export type PanelMemberInviteInput = {
  member: string | number;
};

/** The language the signed-in panel member reads. */
export type PanelMemberLanguageSetInput = {
  /** en or cy. */
  language: string;
};

/** The withdrawn member whose seat is to be filled from the alternates. */
export type PanelMemberReplaceInput = {
  member: string | number;
};

/** The panel member who leaves the panel, and why. */
export type PanelMemberWithdrawInput = {
  member: string | number;
  /** Why they leave (private to the council's officers). */
  reason: string;
};

/** Replace a round's quotas and set its panel size (before the lottery). */
export type PanelQuotasSetInput = {
  panelSize: number;
  quotas: Array<QuotaInput>;
  round: string | number;
};

/** Draw the panel by stratified lottery from the published commitment, with the public random number. */
export type PanelSelectInput = {
  round: string | number;
  /** The seed: the public random number the commitment named, exactly as published (REQUIRED without one). */
  seed?: string | null | undefined;
};

/** One officer's entry of a paper ballot (double entry). */
export type PaperBallotEnterInput = {
  choices: Array<BallotChoiceInput>;
  round: string | number;
  /** The serial number printed on the paper ballot (never recorded against a voter). */
  serial: string;
};

/** Where a paper ballot's double entry stands. */
export type PaperBallotStatus =
  /** Two officers agreed: counted once (mixed with the other ballots). */
  | "COUNTED"
  /** Officers' entries disagree: look at the paper again; an agreeing entry counts it. */
  | "MISMATCH"
  /** Entered once: a second officer enters the same paper. */
  | "PENDING";

/** Record a payment to a panel member. Idempotent: retrying with the same idempotencyKey records it once and returns the first. */
export type PaymentRecordInput = {
  /** Minor units, > 0. */
  amountMinor: number;
  /** Must be the round's compensation currency (default). */
  currency?: string | null | undefined;
  /** A unique key from the client (e.g. a UUID) so a retried request is not paid twice. */
  idempotencyKey: string;
  member: string | number;
  method?: string | null | undefined;
  paidOn: string;
};

/** A requirement to leave a phase (packages/domain round/requirements.ts). */
export type PhaseRequirementCode =
  | "BID_RECEIVED"
  | "BID_SHORTLISTED"
  | "DECISION_TAKEN"
  | "FUNDED_BIDS_AWARDED"
  | "INDICATORS_MEASURED"
  | "MILESTONES_SETTLED"
  | "OUTCOME_WITH_INDICATOR"
  | "PANEL_CONFIRMED"
  | "PANEL_DRAWN"
  | "SHORTLIST_SCORED_BY_QUORUM"
  | "TENDER_CEILING_WITHIN_POT"
  | "TENDER_PUBLISHED"
  | "TENDER_WEIGHTS_SUM_TO_100";

/** An officer's review of a resident's proposal. */
export type ProposalReviewInput = {
  /** Why the cost was revised (required with `revisedCost`). */
  costReason?: string | null | undefined;
  /** ACCEPTED (it goes on the ballot) or REJECTED. */
  outcome: ProposalReviewOutcome;
  proposal: string | number;
  /** Why: the proposer reads this. */
  reason: string;
  /** Accepted only: the officer's own cost, when the estimate is revised (the ballot uses it). */
  revisedCost?: MoneyInput | null | undefined;
};

/** An officer's review of a proposal: ACCEPTED (it goes on the ballot) or REJECTED. */
export type ProposalReviewOutcome = "ACCEPTED" | "REJECTED";

/** Where a resident's proposal stands: waiting for the officer's review, accepted onto the ballot, or rejected. */
export type ProposalStatus = "ACCEPTED" | "REJECTED" | "SUBMITTED";

/** A resident's project idea for a participatory-budgeting round (while it is BIDDING). */
export type ProposalSubmitInput = {
  /** Where it would happen. */
  area?: string | null | undefined;
  /** Categories (several allowed, as in Pabulib). */
  categories?: Array<string>;
  /** How the council may contact the proposer: kept private, never shown publicly. */
  contact?: string | null | undefined;
  /** What the idea is and who it helps. */
  description: string;
  /** The proposer's estimate of the cost, in the round's currency. */
  estimatedCost: MoneyInput;
  round: string | number;
  /** The idea's short name (at most 120 characters). */
  title: string;
};

/** A proposed quota (nothing saved). */
export type ProposedQuotaInput = {
  category: string;
  dimension: string;
  max: number;
  min: number;
};

/** An organisation to register. The identifier follows org-id.guide: a scheme (GB-CHC charity, GB-COH company, GB-LAE council…) and the registration number. */
export type ProviderCreateInput = {
  /** Registration number within the scheme. */
  identifier?: string | null | undefined;
  /** org-id.guide scheme, e.g. GB-CHC or GB-COH. */
  identifierScheme?: string | null | undefined;
  kind: ProviderKind;
  name: string;
  website?: string | null | undefined;
};

/** The kind of organisation. */
export type ProviderKind = "CHARITY" | "COMMUNITY_GROUP" | "COMPANY" | "PUBLIC_BODY" | "RESIDENT_GROUP";

/** Min/max panel seats for one category of a dimension. */
export type QuotaInput = {
  category: string;
  /** age_band, sex, ethnic_group or disability. */
  dimension: string;
  max: number;
  min: number;
};

/** Where a ballot with a given receipt is (ADR 0008). */
export type ReceiptStatus =
  /** Counted in the round's decision. */
  | "COUNTED"
  /** Sealed in the round's mixing pool; it is mixed in with the next batch or when voting closes. */
  | "SEALED"
  /** Mixed among the round's ballots; it is counted when voting closes. */
  | "STORED"
  /** No ballot of this round has this receipt. */
  | "UNKNOWN";

/** Move a round to another phase (as the lifecycle allows). */
export type RoundAdvancePhaseInput = {
  round: string | number;
  to: RoundPhase;
};

/** A new round, created in phase DRAFT. */
export type RoundCreateInput = {
  allocationRule?: AllocationRule | null | undefined;
  /** The area the round serves (its population is the panel's baseline). */
  area?: string | number | null | undefined;
  ballotType?: BallotType | null | undefined;
  closesOn?: string | null | undefined;
  /** Currency the panel is paid in, e.g. GBP or BRX (Brixton Pounds). */
  compensationCurrency?: string | null | undefined;
  /** The council (defaults to the officer's own). */
  council?: string | number | null | undefined;
  /** Currency of the pot: a known code (GBP, EUR, PLN, …). */
  currency: string;
  decisionMethod?: DecisionMethod;
  description?: string | null | undefined;
  kind?: RoundKind;
  opensOn?: string | null | undefined;
  /** Target panel size. */
  panelSize?: number | null | undefined;
  /** The pot in minor units (pence), > 0: 3200000 = £32,000. */
  potMinor: number;
  /** URL-safe identifier (default: from the title and year). */
  slug?: string | null | undefined;
  targetGroup?: string | null | undefined;
  /** Theme, e.g. `youth`. */
  theme: string;
  title: string;
  year: number;
};

/** Filter rounds. All given conditions must hold. */
export type RoundFilter = {
  area?: string | number | null | undefined;
  /** Council slug. */
  council?: string | null | undefined;
  /** Any of these council slugs. */
  councils?: Array<string> | null | undefined;
  /** From this year (inclusive). */
  fromYear?: number | null | undefined;
  kind?: RoundKind | null | undefined;
  /** Any of these phases. */
  phases?: Array<RoundPhase> | null | undefined;
  /** Words in the title. */
  search?: string | null | undefined;
  /** Theme, e.g. `youth`. */
  theme?: string | null | undefined;
  /** Up to this year (inclusive). */
  toYear?: number | null | undefined;
  year?: number | null | undefined;
};

/** Co-produced commissioning, or participatory budgeting (PB). */
export type RoundKind = "COMMISSIONING" | "PARTICIPATORY_BUDGETING";

/** Sort order of rounds (ties broken by id). */
export type RoundOrder = {
  direction?: OrderDirection;
  field: RoundOrderField;
};

/** Fields rounds can be sorted by. */
export type RoundOrderField = "CREATED_AT" | "POT" | "TITLE" | "YEAR";

/** Lifecycle phase of a round, in order. */
export type RoundPhase =
  | "AWARDED"
  | "BIDDING"
  | "CLOSED"
  | "DECIDING"
  | "DEFINING_OUTCOMES"
  | "DRAFT"
  | "INTERVIEWING"
  | "MONITORING"
  | "RECRUITING"
  | "SHORTLISTING"
  | "TENDERING";

/** Where a stage stands: DONE (passed, with what it needed), INCOMPLETE (passed without it), SKIPPED (not used by this round), CURRENT, UPCOMING. */
export type RoundStageStatus = "CURRENT" | "DONE" | "INCOMPLETE" | "SKIPPED" | "UPCOMING";

/** Take a round back one phase after a mistaken advance (audited with the reason). */
export type RoundStepBackInput = {
  /** Why (required, at most 1000 characters). */
  reason: string;
  round: string | number;
};

/** Translate a round's words into one language: each field given replaces its translation; an empty string removes it; fields left out stay as they are. */
export type RoundTranslationSetInput = {
  description?: string | null | undefined;
  /** The language: en or cy. */
  lang: string;
  round: string | number;
  targetGroup?: string | null | undefined;
  title?: string | null | undefined;
};

/** Edit a round's settings: each field given replaces the current value (null clears an optional one); fields left out stay as they are. A setting the round's phase no longer lets change is refused with FIELD_LOCKED. */
export type RoundUpdateInput = {
  allocationRule?: AllocationRule | null | undefined;
  /** The area the round serves; null: the whole council. */
  area?: string | number | null | undefined;
  ballotType?: BallotType | null | undefined;
  closesOn?: string | null | undefined;
  /** Currency the panel is paid in; null: none. */
  compensationCurrency?: string | null | undefined;
  currency?: string | null | undefined;
  decisionMethod?: DecisionMethod | null | undefined;
  description?: string | null | undefined;
  opensOn?: string | null | undefined;
  /** Target panel size; null: none (voting rounds). */
  panelSize?: number | null | undefined;
  /** The pot in minor units, > 0. */
  potMinor?: number | null | undefined;
  round: string | number;
  targetGroup?: string | null | undefined;
  theme?: string | null | undefined;
  title?: string | null | undefined;
};

/** What a search result is (a PB project is a Bid in a participatory-budgeting round). */
export type SearchResultKind = "BID" | "COUNCIL" | "PB_PROJECT" | "PROVIDER" | "ROUND";

/** A new panel session. */
export type SessionCreateInput = {
  /** The day (no time zone). */
  date: string;
  /** Length in minutes. */
  durationMinutes: number;
  /** e.g. induction, outcomes_workshop, tender_drafting, interviews, deliberation, vote, review. */
  kind: string;
  /** Where the session meets (shown to the panel's members). */
  place?: string | null | undefined;
  round: string | number;
  /** Local start time, `HH:MM` (24-hour). */
  startTime?: string | null | undefined;
  title: string;
};

/** Publish or redact a panel member's shortlist reason. */
export type ShortlistReasonReviewInput = {
  /** The shortlisted bid. */
  bid: string | number;
  /** True: publish the reason as written; false: redact it (officers still see it). */
  publish: boolean;
};

/** A payment made against an award. */
export type SpendRecordInput = {
  amount: MoneyInput;
  award: string | number;
  description: string;
  paidOn: string;
  /** The finance system's reference: recording the same payment twice is harmless (idempotent). */
  reference: string;
};

/** Which rounds (and awards) count. All given conditions must hold; a list matches any of its values. */
export type SpendingFilter = {
  /** Area ids: rounds in the area or in a ward inside it. */
  areas?: Array<string | number> | null | undefined;
  /** Council slugs. */
  councils?: Array<string> | null | undefined;
  /** Rounds opened in or after this year. */
  fromYear?: number | null | undefined;
  kinds?: Array<RoundKind> | null | undefined;
  /** Provider ids: only their awards (and rounds where they got one). */
  providers?: Array<string | number> | null | undefined;
  /** Round ids or slugs. */
  rounds?: Array<string | number> | null | undefined;
  /** Themes, e.g. `youth`. */
  themes?: Array<string> | null | undefined;
  /** Rounds opened in or before this year. */
  toYear?: number | null | undefined;
};

/** The tender as drafted: replaces the previous draft entirely. */
export type TenderDraftInput = {
  /** The most a bid may request (at most the pot). */
  budgetCeiling: MoneyInput;
  criteria: Array<CriterionInput>;
  /** The round's outcomes the service must deliver. */
  outcomes: Array<string | number>;
  round: string | number;
  /** The specification text. */
  specification: string;
  /** Deadline for bids. */
  submissionDeadline?: string | null | undefined;
  title: string;
};

/** Publish a drafted tender. */
export type TenderPublishInput = {
  tender: string | number;
};

/** A trust answer (1 = no trust … 5 = full trust), usually at the first and last sessions. Panel members answer for themselves; officers may enter a paper answer. */
export type TrustResponseRecordInput = {
  /** Officers: the member answering (panel members: omit). */
  member?: string | number | null | undefined;
  score: number;
  session: string | number;
};

/** A six-digit code from the authenticator app. */
export type TwoFactorCodeInput = {
  code: string;
};

/** Machine-readable reason for a user error. */
export type UserErrorCode =
  | "ACCOUNT_LOCKED"
  | "ALREADY_VOTED"
  | "CURRENCY_MISMATCH"
  | "DRAW_COMMITTED"
  | "DRAW_NOT_COMMITTED"
  | "DUPLICATE"
  | "DUPLICATE_APPLICATION"
  | "EXCEEDS_AWARD"
  | "EXCEEDS_BID"
  | "EXCEEDS_CEILING"
  | "EXCEEDS_POT"
  | "FIELD_LOCKED"
  | "FROZEN"
  | "INVALID"
  | "INVALID_BALLOT"
  | "INVALID_CREDENTIALS"
  | "INVITATION_USED"
  | "MEMBER_NOT_WITHDRAWN"
  | "MEMBER_WITHDRAWN"
  | "NOT_ELIGIBLE"
  | "NOT_FOUND"
  | "NO_ALTERNATE_LEFT"
  | "OUT_OF_RANGE"
  | "QUOTAS_INFEASIBLE"
  | "REQUIRED"
  | "REQUIREMENTS_UNMET"
  | "TIE_UNRESOLVED"
  | "TOO_EARLY"
  | "TOO_LONG"
  | "TOO_MANY_ATTEMPTS"
  | "TRANSITION_NOT_ALLOWED"
  | "TWO_FACTOR_REQUIRED"
  | "VOTING_CLOSED"
  | "WEIGHTS_MUST_SUM_TO_100"
  | "WRONG_PHASE";

/** What the viewer may do: residents read; officers run their council's rounds; analysts read with higher limits; panel members act in their round. */
export type ViewerRole = "ADMINISTRATOR" | "ANALYST" | "ANONYMOUS" | "OFFICER" | "PANEL_MEMBER";

/** A voter's answers to the round's eligibility questions (`allocationParams.ballot.eligibility`). Only what the round records is kept, with the ballot, for aggregate statistics. */
export type VoterAnswersInput = {
  /** Age band, e.g. 16-24. */
  ageBand?: string | null | undefined;
  /** The area (slug) the voter lives in; never recorded. */
  area?: string | null | undefined;
  sex?: string | null | undefined;
};

/** What a voting round asks its voters before the ballot. Empty lists: not asked. Frozen once a ballot is cast. */
export type VoterQuestionsSetInput = {
  /** The age bands that may vote, e.g. 16-24, 65+ (empty: any age). */
  ageBands: Array<string>;
  /** The areas (slugs) whose residents may vote (empty: anyone). */
  areas: Array<string>;
  /** Keep the voter's age band with the ballot, for 'who voted'. */
  recordAgeBand: boolean;
  /** Ask the voter's sex (they may prefer not to say) and keep it with the ballot. */
  recordSex: boolean;
  round: string | number;
};

/** Issue resident voter tokens for a PB round. */
export type VoterTokensIssueInput = {
  /** How many tokens (1–1000). */
  count: number;
  /** A label for the batch (e.g. where the codes are handed out), kept with the batch's record. */
  label?: string | null | undefined;
  round: string | number;
};

export type AccountViewerQueryVariables = Exact<{ [key: string]: never }>;

export type AccountViewerQuery = {
  viewer: {
    role: ViewerRole;
    email: string | null;
    displayName: string | null;
    twoFactorEnabled: boolean;
    twoFactorRequired: boolean;
  };
};

export type TwoFactorEnrolStartMutationVariables = Exact<{ [key: string]: never }>;

export type TwoFactorEnrolStartMutation = {
  twoFactorEnrolStart: {
    secret: string | null;
    otpauthUri: string | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type TwoFactorEnrolConfirmMutationVariables = Exact<{
  input: TwoFactorCodeInput;
}>;

export type TwoFactorEnrolConfirmMutation = {
  twoFactorEnrolConfirm: {
    recoveryCodes: Array<string>;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type ApplyRoundQueryVariables = Exact<{
  slug: string;
}>;

export type ApplyRoundQuery = {
  round: {
    id: string;
    slug: string;
    title: string;
    description: string;
    targetGroup: string | null;
    textLang: string;
    phase: RoundPhase;
    kind: RoundKind;
    compensationCurrency: string | null;
    panelSize: number | null;
    translations: Array<{ lang: string; title: string | null; description: string | null; targetGroup: string | null }>;
    area: { id: string; name: string } | null;
    council: { id: string; name: string };
    sessions: Array<{ id: string; date: string; title: string; durationMinutes: number }>;
    applicationForm: {
      open: boolean;
      received: number;
      quotaQuestions: Array<{ dimension: string; categories: Array<string> }>;
      equalityQuestions: Array<{ dimension: string; categories: Array<string> }>;
    };
  } | null;
};

export type ApplicationFormFieldsFragment = {
  open: boolean;
  received: number;
  quotaQuestions: Array<{ dimension: string; categories: Array<string> }>;
  equalityQuestions: Array<{ dimension: string; categories: Array<string> }>;
};

export type ApplicantApplyMutationVariables = Exact<{
  input: ApplicantApplyInput;
}>;

export type ApplicantApplyMutation = {
  applicantApply: {
    reference: string | null;
    applicant: { id: string; pseudonym: string; status: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type ApplicationStatusQueryVariables = Exact<{
  round: string | number;
  reference: string;
}>;

export type ApplicationStatusQuery = {
  applicationStatus: {
    status: string;
    rejectionReason: string | null;
    selectionProbability: number | null;
    drawCommitted: boolean;
    drawn: boolean;
  };
};

export type ComparePageQueryVariables = Exact<{ [key: string]: never }>;

export type ComparePageQuery = {
  councils: {
    nodes: Array<{ id: string; slug: string; name: string; region: string | null; population: number | null }>;
  };
  rounds: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean };
    nodes: Array<{
      id: string;
      slug: string;
      title: string;
      year: number;
      council: { id: string; slug: string; name: string };
    }>;
  };
};

export type CompareGroupQueryVariables = Exact<{
  councils: Array<string> | string;
  rounds: Array<string | number> | string | number;
  normalise: Normalise;
}>;

export type CompareGroupQuery = {
  compare: {
    normalise: Normalise;
    group: Array<{ measure: string; currency: string; median: number | null; min: number | null; max: number | null }>;
    items: Array<{
      id: string;
      label: string;
      meanGini: number | null;
      proportionality: number | null;
      normalised: Array<{ measure: string; currency: string; value: number | null }>;
      outcomes: {
        onTrack: number;
        atRisk: number;
        offTrack: number;
        notReported: number;
        included: number;
        progress: number | null;
      };
      participation: { roundCount: number; panelSize: { display: string }; voterCount: { display: string } };
      spending: {
        roundCount: number;
        awardCount: number;
        population: number | null;
        pot: Array<{ amountMinor: number; currency: string }>;
        awarded: Array<{ amountMinor: number; currency: string }>;
        spent: Array<{ amountMinor: number; currency: string }>;
      };
    }>;
  };
};

export type CouncilPageQueryVariables = Exact<{
  slug: string;
  filter: RoundFilter;
}>;

export type CouncilPageQuery = {
  council: {
    id: string;
    slug: string;
    name: string;
    region: string | null;
    population: number | null;
    onsCode: string | null;
    orgIdentifier: string | null;
    areas: Array<{
      id: string;
      slug: string;
      name: string;
      kind: string;
      population: number | null;
      onsCode: string | null;
      parent: { id: string } | null;
    }>;
  } | null;
  rounds: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean };
    nodes: Array<{
      targetGroup: string | null;
      id: string;
      slug: string;
      title: string;
      textLang: string;
      year: number;
      theme: string;
      phase: RoundPhase;
      kind: RoundKind;
      spent: Array<{ amountMinor: number; currency: string }>;
      area: { id: string; slug: string; name: string; kind: string; population: number | null } | null;
      translations: Array<{ lang: string; title: string | null }>;
      council: { id: string; slug: string; name: string };
      pot: { amountMinor: number; currency: string };
      awarded: Array<{ amountMinor: number; currency: string }>;
    }>;
  };
};

export type RoundDrawQueryVariables = Exact<{
  id: string | number;
}>;

export type RoundDrawQuery = {
  round: {
    id: string;
    slug: string;
    phase: RoundPhase;
    panelSize: number | null;
    applicationForm: {
      quotaQuestions: Array<{ dimension: string; categories: Array<string> }>;
      equalityQuestions: Array<{ dimension: string; categories: Array<string> }>;
    };
    panel: {
      size: number;
      applicants: number;
      quotas: Array<{ dimension: string; category: string; min: number; max: number }>;
    };
    lottery: {
      drawn: boolean;
      seed: string | null;
      probabilities: { min: number | null; median: number | null; max: number | null };
    };
    panelDraw: {
      committedAt: string;
      commitmentSha256: string;
      commitment: string;
      poolSha256: string;
      poolCsv: string;
      applicants: number;
      panelSize: number;
      algorithm: string;
      algorithmVersion: string;
      randomnessDate: string;
      randomnessSource: string;
      seed: string | null;
      drawnAt: string | null;
      panel: Array<string>;
      alternates: Array<string>;
      ceremonyTickets: number | null;
      verifyCommand: string;
      quotas: Array<{ dimension: string; category: string; min: number; max: number }>;
      probabilities: { min: number; median: number; max: number } | null;
      ceremony: {
        tickets: number;
        ticket: number;
        firstTicketOfPanel: number;
        lastTicketOfPanel: number;
        loss: number;
        minProbability: number;
        exactMinProbability: number;
      } | null;
      household: { applied: boolean; affected: number; households: number };
    } | null;
  } | null;
};

export type QuotaFeasibilityQueryVariables = Exact<{
  id: string | number;
  panelSize: number;
  quotas: Array<ProposedQuotaInput> | ProposedQuotaInput;
}>;

export type QuotaFeasibilityQuery = {
  round: {
    id: string;
    quotaFeasibility: {
      feasible: boolean;
      applicants: number;
      reason: string | null;
      message: string | null;
      conflicts: Array<{
        dimension: string;
        category: string;
        min: number;
        max: number;
        suggestedMin: number;
        suggestedMax: number;
      }>;
      suggestedQuotas: Array<{ dimension: string; category: string; min: number; max: number }> | null;
      pool: Array<{ dimension: string; category: string; applicants: number }>;
      problems: Array<{ code: UserErrorCode; field: Array<string> | null; message: string }>;
    };
  } | null;
};

export type DrawQuotasSetMutationVariables = Exact<{
  input: PanelQuotasSetInput;
}>;

export type DrawQuotasSetMutation = {
  panelQuotasSet: {
    round: { id: string; panelSize: number | null } | null;
    userErrors: Array<{ code: UserErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type PanelDrawCommitMutationVariables = Exact<{
  input: PanelDrawCommitInput;
}>;

export type PanelDrawCommitMutation = {
  panelDrawCommit: {
    draw: { commitmentSha256: string } | null;
    userErrors: Array<{ code: UserErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type DrawSelectMutationVariables = Exact<{
  input: PanelSelectInput;
}>;

export type DrawSelectMutation = {
  panelSelect: {
    quotasMet: boolean;
    round: { id: string; lotterySeed: string | null } | null;
    userErrors: Array<{ code: UserErrorCode; field: Array<string> | null; message: string }>;
  };
};

export type SpendingFieldsFragment = {
  truncated: boolean;
  rows: Array<{
    key: string | null;
    label: string;
    awardCount: number;
    roundCount: number;
    population: number | null;
    awarded: Array<{ amountMinor: number; currency: string }>;
  }>;
  other: {
    key: string | null;
    label: string;
    awardCount: number;
    roundCount: number;
    population: number | null;
    awarded: Array<{ amountMinor: number; currency: string }>;
  } | null;
  totals: {
    key: string | null;
    label: string;
    awardCount: number;
    roundCount: number;
    population: number | null;
    awarded: Array<{ amountMinor: number; currency: string }>;
  };
};

export type SpendingRowFieldsFragment = {
  key: string | null;
  label: string;
  awardCount: number;
  roundCount: number;
  population: number | null;
  awarded: Array<{ amountMinor: number; currency: string }>;
};

export type HomeQueryVariables = Exact<{
  filter?: SpendingFilter | null | undefined;
  roundFilter?: RoundFilter | null | undefined;
  decisionFilter?: RoundFilter | null | undefined;
}>;

export type HomeQuery = {
  councils: {
    totalCount: number;
    nodes: Array<{
      id: string;
      slug: string;
      name: string;
      region: string | null;
      population: number | null;
      onsCode: string | null;
    }>;
  };
  byCouncil: {
    truncated: boolean;
    rows: Array<{
      key: string | null;
      label: string;
      awardCount: number;
      roundCount: number;
      population: number | null;
      awarded: Array<{ amountMinor: number; currency: string }>;
    }>;
    other: {
      key: string | null;
      label: string;
      awardCount: number;
      roundCount: number;
      population: number | null;
      awarded: Array<{ amountMinor: number; currency: string }>;
    } | null;
    totals: {
      key: string | null;
      label: string;
      awardCount: number;
      roundCount: number;
      population: number | null;
      awarded: Array<{ amountMinor: number; currency: string }>;
    };
  };
  byTheme: {
    truncated: boolean;
    rows: Array<{
      key: string | null;
      label: string;
      awardCount: number;
      roundCount: number;
      population: number | null;
      awarded: Array<{ amountMinor: number; currency: string }>;
    }>;
    other: {
      key: string | null;
      label: string;
      awardCount: number;
      roundCount: number;
      population: number | null;
      awarded: Array<{ amountMinor: number; currency: string }>;
    } | null;
    totals: {
      key: string | null;
      label: string;
      awardCount: number;
      roundCount: number;
      population: number | null;
      awarded: Array<{ amountMinor: number; currency: string }>;
    };
  };
  byProvider: {
    truncated: boolean;
    rows: Array<{
      key: string | null;
      label: string;
      awardCount: number;
      roundCount: number;
      population: number | null;
      awarded: Array<{ amountMinor: number; currency: string }>;
    }>;
    other: {
      key: string | null;
      label: string;
      awardCount: number;
      roundCount: number;
      population: number | null;
      awarded: Array<{ amountMinor: number; currency: string }>;
    } | null;
    totals: {
      key: string | null;
      label: string;
      awardCount: number;
      roundCount: number;
      population: number | null;
      awarded: Array<{ amountMinor: number; currency: string }>;
    };
  };
  latestDecisions: {
    totalCount: number;
    nodes: Array<{
      id: string;
      slug: string;
      title: string;
      textLang: string;
      year: number;
      theme: string;
      phase: RoundPhase;
      kind: RoundKind;
      translations: Array<{ lang: string; title: string | null }>;
      council: { id: string; slug: string; name: string };
      pot: { amountMinor: number; currency: string };
      awarded: Array<{ amountMinor: number; currency: string }>;
    }>;
  };
  allRounds: { totalCount: number };
  providers: { totalCount: number };
};

export type OfficerAuditCouncilQueryVariables = Exact<{
  slug: string;
}>;

export type OfficerAuditCouncilQuery = {
  council: { id: string; name: string } | null;
  rounds: { nodes: Array<{ id: string; slug: string; title: string }> };
};

export type AuditLogPageQueryVariables = Exact<{
  council?: string | number | null | undefined;
  round?: string | number | null | undefined;
  after?: string | null | undefined;
}>;

export type AuditLogPageQuery = {
  auditLog: {
    nodes: Array<{
      id: string;
      action: string;
      actor: string;
      actorName: string;
      createdAt: string;
      entityType: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
      round: { id: string; slug: string; title: string } | null;
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type CommissionRoundQueryVariables = Exact<{
  id: string | number;
}>;

export type CommissionRoundQuery = {
  round: {
    id: string;
    phase: RoundPhase;
    pot: { amountMinor: number; currency: string };
    outcomes: Array<{
      id: string;
      title: string;
      description: string;
      status: string;
      indicators: Array<{
        id: string;
        name: string;
        unit: string;
        baseline: number;
        target: number;
        direction: IndicatorDirection;
        startsOn: string | null;
        dueOn: string | null;
      }>;
    }>;
    tender: {
      id: string;
      title: string;
      specification: string;
      status: string;
      publishedAt: string | null;
      submissionDeadline: string | null;
      budgetCeiling: { amountMinor: number; currency: string };
      outcomes: Array<{ id: string; title: string }>;
      criteria: Array<{ id: string; name: string; description: string; weightBasisPoints: number }>;
    } | null;
    bids: Array<{
      id: string;
      title: string;
      status: BidStatus;
      amountRequested: { amountMinor: number; currency: string };
      provider: { id: string; name: string } | null;
      shortlisting: { proposedByRole: string; reason: string | null; reasonStatus: string } | null;
    }>;
    scoring: { bids: Array<{ rank: number | null; score: number | null; bid: { id: string; title: string } }> } | null;
    decision: {
      id: string;
      decidedAt: string | null;
      summary: string | null;
      officerRecommendationNote: string | null;
      recommendationRecordedAt: string | null;
      followedRecommendation: boolean | null;
      officerRecommendation: { id: string; title: string } | null;
      projects: Array<{ funded: boolean; bid: { id: string; title: string } }>;
    } | null;
    awards: Array<{ id: string; title: string; status: string; bid: { id: string; title: string } | null }>;
    milestones: Array<{
      id: string;
      title: string;
      dueOn: string;
      status: string;
      completedOn: string | null;
      award: { id: string } | null;
    }>;
  } | null;
};

export type OutcomeCreateMutationVariables = Exact<{
  input: OutcomeCreateInput;
}>;

export type OutcomeCreateMutation = {
  outcomeCreate: {
    outcome: { id: string; title: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type OutcomeUpdateMutationVariables = Exact<{
  input: OutcomeUpdateInput;
}>;

export type OutcomeUpdateMutation = {
  outcomeUpdate: {
    outcome: { id: string; title: string; description: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type IndicatorCreateMutationVariables = Exact<{
  input: IndicatorCreateInput;
}>;

export type IndicatorCreateMutation = {
  indicatorCreate: {
    indicator: { id: string; name: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type TenderDraftMutationVariables = Exact<{
  input: TenderDraftInput;
}>;

export type TenderDraftMutation = {
  tenderDraft: {
    tender: { id: string; title: string; status: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type TenderPublishMutationVariables = Exact<{
  input: TenderPublishInput;
}>;

export type TenderPublishMutation = {
  tenderPublish: {
    tender: { id: string; status: string; publishedAt: string | null } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type ShortlistReasonReviewMutationVariables = Exact<{
  input: ShortlistReasonReviewInput;
}>;

export type ShortlistReasonReviewMutation = {
  shortlistReasonReview: {
    bid: { id: string; title: string; shortlisting: { reasonStatus: string } | null } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type DecisionRecordRecommendationMutationVariables = Exact<{
  input: DecisionRecordRecommendationInput;
}>;

export type DecisionRecordRecommendationMutation = {
  decisionRecordRecommendation: {
    decision: {
      id: string;
      recommendationRecordedAt: string | null;
      officerRecommendation: { id: string; title: string } | null;
    } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type MilestoneCreateMutationVariables = Exact<{
  input: MilestoneCreateInput;
}>;

export type MilestoneCreateMutation = {
  milestoneCreate: {
    milestone: { id: string; title: string; dueOn: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type MilestoneUpdateMutationVariables = Exact<{
  input: MilestoneUpdateInput;
}>;

export type MilestoneUpdateMutation = {
  milestoneUpdate: {
    milestone: { id: string; title: string; status: string; completedOn: string | null } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type OfficerRoundSettingsQueryVariables = Exact<{
  slug: string;
}>;

export type OfficerRoundSettingsQuery = {
  round: {
    id: string;
    slug: string;
    title: string;
    description: string;
    phase: RoundPhase;
    kind: RoundKind;
    theme: string;
    targetGroup: string | null;
    compensationCurrency: string | null;
    panelSize: number | null;
    decisionMethod: DecisionMethod;
    ballotType: BallotType | null;
    allocationRule: AllocationRule | null;
    year: number;
    opensOn: string | null;
    closesOn: string | null;
    translations: Array<{ lang: string; title: string | null; description: string | null; targetGroup: string | null }>;
    outcomes: Array<{
      id: string;
      title: string;
      position: number;
      translations: Array<{ lang: string; title: string | null; description: string | null }>;
      indicators: Array<{ id: string; name: string; translations: Array<{ lang: string; name: string | null }> }>;
    }>;
    area: { id: string; name: string } | null;
    pot: { amountMinor: number; currency: string };
    council: { id: string; slug: string; name: string };
  } | null;
};

export type RoundUpdateMutationVariables = Exact<{
  input: RoundUpdateInput;
}>;

export type RoundUpdateMutation = {
  roundUpdate: {
    round: { id: string; slug: string; title: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type RoundTranslationSetMutationVariables = Exact<{
  input: RoundTranslationSetInput;
}>;

export type RoundTranslationSetMutation = {
  roundTranslationSet: {
    round: {
      id: string;
      translations: Array<{
        lang: string;
        title: string | null;
        description: string | null;
        targetGroup: string | null;
      }>;
    } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type OutcomeTranslationSetMutationVariables = Exact<{
  input: OutcomeTranslationSetInput;
}>;

export type OutcomeTranslationSetMutation = {
  outcomeTranslationSet: {
    outcome: {
      id: string;
      translations: Array<{ lang: string; title: string | null; description: string | null }>;
      indicators: Array<{ id: string; translations: Array<{ lang: string; name: string | null }> }>;
    } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type OfficerPanelQueryVariables = Exact<{
  slug: string;
}>;

export type OfficerPanelQuery = {
  round: {
    id: string;
    slug: string;
    title: string;
    phase: RoundPhase;
    targetGroup: string | null;
    selectionReportCsv: string;
    council: { id: string; slug: string; name: string };
    panelRoster: {
      drawn: boolean;
      targetSize: number | null;
      active: number;
      confirmed: number;
      openSeats: number;
      quotasMet: boolean;
      alternatesStored: boolean;
      seats: Array<{
        applicantPseudonym: string | null;
        status: string;
        confirmedAt: string | null;
        withdrawnAt: string | null;
        withdrawalReason: string | null;
        member: { id: string; pseudonym: string; active: boolean };
        replacedBy: { id: string; pseudonym: string } | null;
        replaces: { id: string; pseudonym: string } | null;
        quotaAnswers: Array<{ dimension: string; category: string | null }>;
      }>;
      alternates: Array<{
        position: number;
        state: string;
        applicant: { id: string; pseudonym: string };
        quotaAnswers: Array<{ dimension: string; category: string | null }>;
      }>;
    };
    selectionHistory: Array<{
      id: string;
      kind: string;
      actor: string;
      at: string;
      summary: string;
      seed: string | null;
      reason: string | null;
      quotasKept: boolean | null;
      explanation: string | null;
      quotas: Array<{ dimension: string; category: string; min: number; max: number }>;
    }>;
    representationFunnel: {
      targetGroup: string | null;
      ageFrom: number | null;
      ageTo: number | null;
      baselineSource: string | null;
      invited: { invited: number; applied: number; responseRate: number | null } | null;
      stages: Array<{ stage: string; total: number }>;
      dimensions: Array<{
        dimension: string;
        scope: string;
        categories: Array<{
          category: string;
          targetShare: number | null;
          stages: Array<{ stage: string; count: number; share: number | null }>;
        }>;
        noData: Array<{ stage: string; count: number }>;
      }>;
    };
  } | null;
};

export type PanelMemberConfirmMutationVariables = Exact<{
  input: PanelMemberConfirmInput;
}>;

export type PanelMemberConfirmMutation = {
  panelMemberConfirm: {
    member: { id: string; pseudonym: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type InvitationsSentSetMutationVariables = Exact<{
  input: InvitationsSentSetInput;
}>;

export type InvitationsSentSetMutation = {
  invitationsSentSet: {
    invitationsSent: number | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type PanelMemberWithdrawMutationVariables = Exact<{
  input: PanelMemberWithdrawInput;
}>;

export type PanelMemberWithdrawMutation = {
  panelMemberWithdraw: {
    member: { id: string; pseudonym: string; active: boolean } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type PanelMemberReplaceMutationVariables = Exact<{
  input: PanelMemberReplaceInput;
}>;

export type PanelMemberReplaceMutation = {
  panelMemberReplace: {
    applicantPseudonym: string | null;
    alternatePosition: number | null;
    quotasKept: boolean;
    violation: number | null;
    explanation: string | null;
    withdrawn: { id: string; pseudonym: string } | null;
    member: { id: string; pseudonym: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type OfficerRoundPeopleQueryVariables = Exact<{
  slug: string;
}>;

export type OfficerRoundPeopleQuery = {
  round: {
    id: string;
    slug: string;
    title: string;
    phase: RoundPhase;
    compensationCurrency: string | null;
    council: { id: string; slug: string; name: string };
    sessions: Array<{
      id: string;
      date: string;
      title: string;
      kind: string;
      durationMinutes: number;
      attendance: Array<{ present: boolean; member: { id: string } }> | null;
    }>;
    panel: { members: Array<{ id: string; pseudonym: string; active: boolean }> };
    compensation: {
      currency: string | null;
      owed: { amountMinor: number; currency: string } | null;
      paid: { amountMinor: number; currency: string } | null;
      outstanding: { amountMinor: number; currency: string } | null;
      participants: Array<{
        member: { id: string; pseudonym: string };
        owed: { amountMinor: number; currency: string };
        paid: { amountMinor: number; currency: string };
        outstanding: { amountMinor: number; currency: string };
      }> | null;
    };
  } | null;
};

export type AttendanceRecordMutationVariables = Exact<{
  input: AttendanceRecordInput;
}>;

export type AttendanceRecordMutation = {
  attendanceRecord: {
    session: { id: string; title: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type CompensationRateSetMutationVariables = Exact<{
  input: CompensationRateSetInput;
}>;

export type CompensationRateSetMutation = {
  compensationRateSet: {
    entries: number;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type PaymentRecordMutationVariables = Exact<{
  input: PaymentRecordInput;
}>;

export type PaymentRecordMutation = {
  paymentRecord: {
    replayed: boolean;
    payment: { id: string; paidOn: string; amount: { amountMinor: number; currency: string } } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type TrustResponseRecordMutationVariables = Exact<{
  input: TrustResponseRecordInput;
}>;

export type TrustResponseRecordMutation = {
  trustResponseRecord: {
    session: { id: string; title: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type RoundApplicantsQueryVariables = Exact<{
  slug: string;
}>;

export type RoundApplicantsQuery = {
  round: {
    id: string;
    slug: string;
    title: string;
    phase: RoundPhase;
    targetGroup: string | null;
    council: { id: string; slug: string; name: string };
    area: { id: string; name: string } | null;
    applicationForm: {
      open: boolean;
      received: number;
      quotaQuestions: Array<{ dimension: string; categories: Array<string> }>;
      equalityQuestions: Array<{ dimension: string; categories: Array<string> }>;
    };
    applicants: Array<{
      name: string | null;
      contact: string | null;
      household: string | null;
      language: string;
      source: string;
      appliedAt: string;
      reviewedAt: string | null;
      rejectionReason: string | null;
      applicant: { id: string; pseudonym: string; status: string };
      quotaAnswers: Array<{ dimension: string; category: string | null }>;
    }>;
    panel: {
      members: Array<{
        id: string;
        pseudonym: string;
        role: string;
        active: boolean;
        invitation: { state: string; issuedAt: string | null; joinedAt: string | null } | null;
      }>;
    };
  } | null;
};

export type ApplicantReviewMutationVariables = Exact<{
  input: ApplicantReviewInput;
}>;

export type ApplicantReviewMutation = {
  applicantReview: {
    applicant: { rejectionReason: string | null; applicant: { id: string; pseudonym: string; status: string } } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type PanelMemberInviteMutationVariables = Exact<{
  input: PanelMemberInviteInput;
}>;

export type PanelMemberInviteMutation = {
  panelMemberInvite: {
    invitationCode: string | null;
    member: { id: string; pseudonym: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type OfficerLoginMutationVariables = Exact<{
  input: OfficerLoginInput;
}>;

export type OfficerLoginMutation = {
  officerLogin: {
    token: string | null;
    expiresAt: string | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
    viewer: {
      role: ViewerRole;
      displayName: string | null;
      twoFactorEnabled: boolean;
      twoFactorRequired: boolean;
      council: { id: string; slug: string; name: string } | null;
    } | null;
  };
};

export type OfficerRoundsQueryVariables = Exact<{
  council: string;
}>;

export type OfficerRoundsQuery = {
  rounds: {
    totalCount: number;
    nodes: Array<{
      id: string;
      slug: string;
      title: string;
      textLang: string;
      year: number;
      theme: string;
      phase: RoundPhase;
      kind: RoundKind;
      translations: Array<{ lang: string; title: string | null }>;
      council: { id: string; slug: string; name: string };
      pot: { amountMinor: number; currency: string };
      awarded: Array<{ amountMinor: number; currency: string }>;
    }>;
  };
};

export type RoundAdvancePhaseMutationVariables = Exact<{
  input: RoundAdvancePhaseInput;
}>;

export type RoundAdvancePhaseMutation = {
  roundAdvancePhase: {
    round: { id: string; slug: string; phase: RoundPhase } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type OfficerRoundDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type OfficerRoundDetailQuery = {
  round: {
    id: string;
    kind: RoundKind;
    phase: RoundPhase;
    pot: { amountMinor: number; currency: string };
    sessions: Array<{ id: string; date: string; title: string; kind: string; durationMinutes: number }>;
    panel: { members: Array<{ id: string; pseudonym: string; active: boolean }> };
    outcomes: Array<{ id: string; title: string; indicators: Array<{ id: string; name: string; unit: string }> }>;
    tender: {
      id: string;
      criteria: Array<{ id: string; name: string; description: string; weightBasisPoints: number }>;
    } | null;
    bids: Array<{
      id: string;
      title: string;
      status: BidStatus;
      amountRequested: { amountMinor: number; currency: string };
      provider: { id: string; name: string } | null;
    }>;
    scoring: {
      scorers: number;
      bids: Array<{ rank: number | null; score: number | null; scorers: number; bid: { id: string; title: string } }>;
    } | null;
    decision: {
      id: string;
      summary: string | null;
      decidedAt: string | null;
      officerRecommendationNote: string | null;
      officerRecommendation: { id: string; title: string } | null;
      projects: Array<{ funded: boolean; bid: { id: string } }>;
    } | null;
    awards: Array<{
      id: string;
      title: string;
      status: string;
      bid: { id: string } | null;
      value: { amountMinor: number; currency: string };
      spent: { amountMinor: number; currency: string };
    }>;
  } | null;
};

export type SessionCreateMutationVariables = Exact<{
  input: SessionCreateInput;
}>;

export type SessionCreateMutation = {
  sessionCreate: {
    session: { id: string; title: string; date: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type ContributionRecordMutationVariables = Exact<{
  input: ContributionRecordInput;
}>;

export type ContributionRecordMutation = {
  contributionRecord: {
    session: { id: string; title: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type DecisionTakeMutationVariables = Exact<{
  input: DecisionTakeInput;
}>;

export type DecisionTakeMutation = {
  decisionTake: {
    decision: { id: string; summary: string | null } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type OfficerProvidersQueryVariables = Exact<{ [key: string]: never }>;

export type OfficerProvidersQuery = { providers: { totalCount: number; nodes: Array<{ id: string; name: string }> } };

export type DecisionRecomputeMutationVariables = Exact<{
  input: DecisionRecomputeInput;
}>;

export type DecisionRecomputeMutation = {
  decisionRecompute: {
    verification: { matches: boolean; differences: Array<string> } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type AwardVaryMutationVariables = Exact<{
  input: AwardVaryInput;
}>;

export type AwardVaryMutation = {
  awardVary: {
    award: { id: string; title: string; value: { amountMinor: number; currency: string } } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type ProviderCreateMutationVariables = Exact<{
  input: ProviderCreateInput;
}>;

export type ProviderCreateMutation = {
  providerCreate: {
    provider: { id: string; name: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type BidSubmitMutationVariables = Exact<{
  input: BidSubmitInput;
}>;

export type BidSubmitMutation = {
  bidSubmit: {
    bid: {
      id: string;
      title: string;
      externalId: string;
      amountRequested: { amountMinor: number; currency: string };
    } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type BidShortlistMutationVariables = Exact<{
  input: BidShortlistInput;
}>;

export type BidShortlistMutation = {
  bidShortlist: {
    bid: { id: string; title: string; status: BidStatus } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type OfficerScoreSubmitMutationVariables = Exact<{
  input: InterviewScoreSubmitInput;
}>;

export type OfficerScoreSubmitMutation = {
  interviewScoreSubmit: {
    bid: { id: string; title: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type AwardCreateMutationVariables = Exact<{
  input: AwardCreateInput;
}>;

export type AwardCreateMutation = {
  awardCreate: {
    award: { id: string; title: string; value: { amountMinor: number; currency: string } } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type SpendRecordMutationVariables = Exact<{
  input: SpendRecordInput;
}>;

export type SpendRecordMutation = {
  spendRecord: {
    spendTransaction: {
      id: string;
      reference: string;
      paidOn: string;
      amount: { amountMinor: number; currency: string };
    } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type MeasurementRecordMutationVariables = Exact<{
  input: MeasurementRecordInput;
}>;

export type MeasurementRecordMutation = {
  measurementRecord: {
    measurement: { id: string; value: number; measuredOn: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type OfficerRoundTasksQueryVariables = Exact<{
  slug: string;
}>;

export type OfficerRoundTasksQuery = {
  round: {
    id: string;
    slug: string;
    title: string;
    kind: RoundKind;
    phase: RoundPhase;
    nextPhase: RoundPhase | null;
    previousPhase: RoundPhase | null;
    council: { id: string; slug: string; name: string };
    stages: Array<{ phase: RoundPhase; label: string; status: RoundStageStatus }>;
    nextPhaseRequirements: Array<{ code: PhaseRequirementCode; met: boolean; message: string }>;
  } | null;
};

export type RoundStepBackMutationVariables = Exact<{
  input: RoundStepBackInput;
}>;

export type RoundStepBackMutation = {
  roundStepBack: {
    round: { id: string; slug: string; phase: RoundPhase } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type RoundCreateMutationVariables = Exact<{
  input: RoundCreateInput;
}>;

export type RoundCreateMutation = {
  roundCreate: {
    round: { id: string; slug: string; title: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type CouncilAreasQueryVariables = Exact<{
  slug: string;
}>;

export type CouncilAreasQuery = {
  council: { id: string; areas: Array<{ id: string; name: string; kind: string }> } | null;
};

export type OutcomesPageQueryVariables = Exact<{
  filter: RoundFilter;
}>;

export type OutcomesPageQuery = {
  councils: { nodes: Array<{ id: string; slug: string; name: string }> };
  rounds: {
    totalCount: number;
    nodes: Array<{
      id: string;
      slug: string;
      title: string;
      textLang: string;
      year: number;
      translations: Array<{ lang: string; title: string | null }>;
      council: { id: string; slug: string; name: string };
      outcomes: Array<{
        id: string;
        title: string;
        textLang: string;
        indicators: Array<{
          id: string;
          name: string;
          unit: string;
          baseline: number;
          target: number;
          startsOn: string | null;
          dueOn: string | null;
          measurements: Array<{ id: string; measuredOn: string; value: number; source: string }>;
        }>;
      }>;
    }>;
  };
};

export type OutcomeProgressQueryVariables = Exact<{
  rounds: Array<string | number> | string | number;
}>;

export type OutcomeProgressQuery = {
  outcomeProgress: {
    asOf: string;
    rule: string;
    overall: {
      onTrack: number;
      atRisk: number;
      offTrack: number;
      notReported: number;
      included: number;
      progress: number | null;
    };
    rounds: Array<{
      roundId: string;
      rollup: {
        onTrack: number;
        atRisk: number;
        offTrack: number;
        notReported: number;
        included: number;
        progress: number | null;
      };
    }>;
    indicators: Array<{
      indicatorId: string;
      roundId: string;
      status: string;
      latest: number | null;
      latestOn: string | null;
      progress: number | null;
      expected: number;
      costPerPersonReached: Array<{ amountMinor: number; currency: string }>;
    }>;
  };
};

export type OutcomeTranslationsQueryVariables = Exact<{
  filter: RoundFilter;
}>;

export type OutcomeTranslationsQuery = {
  rounds: {
    nodes: Array<{
      id: string;
      outcomes: Array<{
        id: string;
        translations: Array<{ lang: string; title: string | null }>;
        indicators: Array<{ id: string; translations: Array<{ lang: string; name: string | null }> }>;
      }>;
    }>;
  };
};

export type PanelJoinMutationVariables = Exact<{
  input: PanelJoinInput;
}>;

export type PanelJoinMutation = {
  panelJoin: {
    token: string | null;
    expiresAt: string | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
    viewer: {
      role: ViewerRole;
      pseudonym: string | null;
      displayName: string | null;
      council: { id: string; slug: string; name: string } | null;
    } | null;
  };
};

export type MyPanelQueryVariables = Exact<{ [key: string]: never }>;

export type MyPanelQuery = {
  myPanel: {
    pseudonym: string;
    language: string;
    canChangeScores: boolean;
    round: {
      id: string;
      slug: string;
      title: string;
      textLang: string;
      phase: RoundPhase;
      translations: Array<{ lang: string; title: string | null }>;
      tender: { id: string; criteria: Array<{ id: string; name: string; description: string }> } | null;
      bids: Array<{
        id: string;
        title: string;
        summary: string;
        status: BidStatus;
        amountRequested: { amountMinor: number; currency: string };
        provider: { id: string; name: string } | null;
      }>;
      outcomes: Array<{
        id: string;
        title: string;
        textLang: string;
        translations: Array<{ lang: string; title: string | null }>;
        indicators: Array<{
          id: string;
          name: string;
          unit: string;
          baseline: number;
          target: number;
          dueOn: string | null;
          translations: Array<{ lang: string; name: string | null }>;
        }>;
      }>;
    };
    sessions: Array<{
      present: boolean | null;
      session: {
        id: string;
        date: string;
        kind: string;
        title: string;
        durationMinutes: number;
        startTime: string | null;
        place: string | null;
      };
    }>;
    nextSession: {
      session: {
        id: string;
        date: string;
        kind: string;
        title: string;
        durationMinutes: number;
        startTime: string | null;
        place: string | null;
      };
    } | null;
    scores: Array<{
      bid: { id: string; title: string };
      scores: Array<{ score: number; criterion: { id: string; name: string } }>;
    }>;
    payments: Array<{
      id: string;
      paidOn: string;
      method: string | null;
      amount: { amountMinor: number; currency: string };
    }>;
    owed: { amountMinor: number; currency: string };
    paid: { amountMinor: number; currency: string };
    outstanding: { amountMinor: number; currency: string };
  };
};

export type InterviewScoreSubmitMutationVariables = Exact<{
  input: InterviewScoreSubmitInput;
}>;

export type InterviewScoreSubmitMutation = {
  interviewScoreSubmit: {
    bid: { id: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type PanelBidShortlistMutationVariables = Exact<{
  input: BidShortlistInput;
}>;

export type PanelBidShortlistMutation = {
  bidShortlist: {
    bid: { id: string; status: BidStatus } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type PanelMemberLanguageSetMutationVariables = Exact<{
  input: PanelMemberLanguageSetInput;
}>;

export type PanelMemberLanguageSetMutation = {
  panelMemberLanguageSet: {
    member: { id: string; language: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type ProposeRoundQueryVariables = Exact<{
  slug: string;
}>;

export type ProposeRoundQuery = {
  round: {
    id: string;
    slug: string;
    title: string;
    kind: RoundKind;
    phase: RoundPhase;
    proposalsOpen: boolean;
    pot: { amountMinor: number; currency: string };
    council: { id: string; name: string };
    area: { id: string; name: string } | null;
  } | null;
};

export type ProposalSubmitMutationVariables = Exact<{
  input: ProposalSubmitInput;
}>;

export type ProposalSubmitMutation = {
  proposalSubmit: {
    reference: string | null;
    proposal: { id: string; title: string; status: ProposalStatus } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type ProposalStatusQueryVariables = Exact<{
  reference: string;
}>;

export type ProposalStatusQuery = {
  proposalStatus: {
    id: string;
    title: string;
    status: ProposalStatus;
    reviewReason: string | null;
    costRevisionReason: string | null;
    estimatedCost: { amountMinor: number; currency: string };
    cost: { amountMinor: number; currency: string };
    round: { id: string; slug: string; title: string };
  } | null;
};

export type OfficerProposalsQueryVariables = Exact<{
  slug: string;
}>;

export type OfficerProposalsQuery = {
  round: {
    id: string;
    slug: string;
    title: string;
    kind: RoundKind;
    phase: RoundPhase;
    council: { id: string; name: string };
    pot: { amountMinor: number; currency: string };
    proposals: Array<{
      reference: string;
      contact: string | null;
      sameContactProposals: number;
      proposal: {
        id: string;
        title: string;
        description: string;
        area: string | null;
        categories: Array<string>;
        status: ProposalStatus;
        reviewReason: string | null;
        costRevisionReason: string | null;
        createdAt: string;
        estimatedCost: { amountMinor: number; currency: string };
        revisedCost: { amountMinor: number; currency: string } | null;
        cost: { amountMinor: number; currency: string };
      };
    }>;
  } | null;
};

export type ProposalReviewMutationVariables = Exact<{
  input: ProposalReviewInput;
}>;

export type ProposalReviewMutation = {
  proposalReview: {
    proposal: { id: string; title: string; status: ProposalStatus; reviewReason: string | null } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type ProviderPageQueryVariables = Exact<{
  id: string | number;
}>;

export type ProviderPageQuery = {
  node:
    | { __typename: "Area" }
    | { __typename: "Award" }
    | { __typename: "Bid" }
    | { __typename: "Council" }
    | { __typename: "Criterion" }
    | { __typename: "Decision" }
    | { __typename: "Indicator" }
    | { __typename: "Measurement" }
    | { __typename: "Milestone" }
    | { __typename: "Outcome" }
    | { __typename: "PanelSession" }
    | {
        __typename: "Provider";
        id: string;
        slug: string;
        name: string;
        kind: string;
        identifierScheme: string | null;
        identifier: string | null;
        website: string | null;
        awards: Array<{
          id: string;
          title: string;
          kind: string;
          status: string;
          awardedOn: string;
          startsOn: string | null;
          endsOn: string | null;
          value: { amountMinor: number; currency: string };
          spent: { amountMinor: number; currency: string };
          round: {
            id: string;
            slug: string;
            title: string;
            textLang: string;
            projectLang: string;
            year: number;
            phase: RoundPhase;
            translations: Array<{ lang: string; title: string | null }>;
            council: { id: string; slug: string; name: string };
            outcomes: Array<{
              id: string;
              title: string;
              textLang: string;
              status: string;
              translations: Array<{ lang: string; title: string | null }>;
            }>;
          };
        }>;
      }
    | { __typename: "Round" }
    | { __typename: "SpendTransaction" }
    | { __typename: "Tender" }
    | null;
};

export type RoundPageQueryVariables = Exact<{
  slug: string;
}>;

export type RoundPageQuery = {
  round: {
    id: string;
    slug: string;
    title: string;
    description: string;
    textLang: string;
    projectLang: string;
    year: number;
    theme: string;
    kind: RoundKind;
    phase: RoundPhase;
    proposalsOpen: boolean;
    targetGroup: string | null;
    decisionMethod: DecisionMethod;
    allocationRule: AllocationRule | null;
    ballotType: BallotType | null;
    panelSize: number | null;
    lotterySeed: string | null;
    compensationCurrency: string | null;
    dataSource: string | null;
    opensOn: string | null;
    closesOn: string | null;
    translations: Array<{ lang: string; title: string | null; description: string | null; targetGroup: string | null }>;
    stages: Array<{ phase: RoundPhase; status: RoundStageStatus }>;
    council: { id: string; slug: string; name: string };
    area: { id: string; slug: string; name: string; population: number | null } | null;
    pot: { amountMinor: number; currency: string };
    awarded: Array<{ amountMinor: number; currency: string }>;
    spent: Array<{ amountMinor: number; currency: string }>;
    sessions: Array<{ id: string; date: string; kind: string; title: string; durationMinutes: number }>;
    outcomes: Array<{
      id: string;
      title: string;
      description: string;
      textLang: string;
      position: number;
      status: string;
      translations: Array<{ lang: string; title: string | null; description: string | null }>;
      indicators: Array<{
        id: string;
        name: string;
        unit: string;
        baseline: number;
        target: number;
        startsOn: string | null;
        dueOn: string | null;
        translations: Array<{ lang: string; name: string | null }>;
        measurements: Array<{ id: string; measuredOn: string; value: number; source: string }>;
      }>;
    }>;
    tender: {
      id: string;
      title: string;
      status: string;
      specification: string;
      publishedAt: string | null;
      submissionDeadline: string | null;
      budgetCeiling: { amountMinor: number; currency: string };
      criteria: Array<{ id: string; name: string; description: string; weightBasisPoints: number }>;
    } | null;
    bids: Array<{
      id: string;
      title: string;
      summary: string;
      status: BidStatus;
      category: string | null;
      amountRequested: { amountMinor: number; currency: string };
      provider: { id: string; slug: string; name: string } | null;
    }>;
    decision: {
      id: string;
      method: DecisionMethod;
      rule: string | null;
      summary: string | null;
      result: Record<string, unknown> | null;
      decidedAt: string | null;
      recommendationRecordedAt: string | null;
      followedRecommendation: boolean | null;
      officerRecommendationNote: string | null;
      officerRecommendation: { id: string; title: string } | null;
      projects: Array<{
        rank: number | null;
        score: number | null;
        funded: boolean;
        explanation: Record<string, unknown> | null;
        reasonFacts: Record<string, unknown> | null;
        bid: {
          id: string;
          externalId: string;
          category: string | null;
          title: string;
          amountRequested: { amountMinor: number; currency: string };
        };
      }>;
    } | null;
    awards: Array<{
      id: string;
      title: string;
      kind: string;
      status: string;
      awardedOn: string;
      startsOn: string | null;
      endsOn: string | null;
      value: { amountMinor: number; currency: string };
      spent: { amountMinor: number; currency: string };
      provider: { id: string; slug: string; name: string } | null;
      transactions: Array<{
        id: string;
        paidOn: string;
        description: string;
        amount: { amountMinor: number; currency: string };
      }>;
    }>;
    milestones: Array<{ id: string; title: string; dueOn: string; completedOn: string | null; status: string }>;
  } | null;
};

export type PanelMakeupFieldsFragment = {
  populationSource: string | null;
  panelSize: { display: string; value: number | null };
  compensationOwed: Array<{ amountMinor: number; currency: string }>;
  compensationPaid: Array<{ amountMinor: number; currency: string }>;
  baselineAges: { from: number; to: number | null } | null;
  panel: Array<{
    dimension: string;
    baselineScope: BaselineScope;
    similarity: number | null;
    total: { display: string; value: number | null };
    noData: { display: string; value: number | null };
    categories: Array<{
      category: string;
      populationCount: number;
      count: { display: string; value: number | null; suppressed: boolean };
    }>;
  }>;
};

export type RoundParticipationQueryVariables = Exact<{
  rounds: Array<string | number> | string | number;
}>;

export type RoundParticipationQuery = {
  participation: {
    populationSource: string | null;
    panelSize: { display: string; value: number | null };
    compensationOwed: Array<{ amountMinor: number; currency: string }>;
    compensationPaid: Array<{ amountMinor: number; currency: string }>;
    baselineAges: { from: number; to: number | null } | null;
    panel: Array<{
      dimension: string;
      baselineScope: BaselineScope;
      similarity: number | null;
      total: { display: string; value: number | null };
      noData: { display: string; value: number | null };
      categories: Array<{
        category: string;
        populationCount: number;
        count: { display: string; value: number | null; suppressed: boolean };
      }>;
    }>;
  };
};

export type CouncilParticipationQueryVariables = Exact<{
  council: string;
}>;

export type CouncilParticipationQuery = {
  participation: {
    roundCount: number;
    populationSource: string | null;
    panelSize: { display: string; value: number | null };
    compensationOwed: Array<{ amountMinor: number; currency: string }>;
    compensationPaid: Array<{ amountMinor: number; currency: string }>;
    baselineAges: { from: number; to: number | null } | null;
    panel: Array<{
      dimension: string;
      baselineScope: BaselineScope;
      similarity: number | null;
      total: { display: string; value: number | null };
      noData: { display: string; value: number | null };
      categories: Array<{
        category: string;
        populationCount: number;
        count: { display: string; value: number | null; suppressed: boolean };
      }>;
    }>;
  };
};

export type RoundFairnessQueryVariables = Exact<{
  slug: string;
}>;

export type RoundFairnessQuery = {
  round: {
    id: string;
    voiceEquity: {
      meanSessionGini: number | null;
      sessionsWithDominance: number;
      pooled: {
        gini: number | null;
        topShare: number | null;
        topCount: number;
        participants: number;
        silentParticipants: number;
        dominant: boolean;
        totalWeight: number;
        dominantParticipants: Array<{ id: string; pseudonym: string }>;
      };
      sessions: Array<{
        session: { id: string; title: string; date: string };
        measure: {
          gini: number | null;
          topShare: number | null;
          topCount: number;
          participants: number;
          silentParticipants: number;
          dominant: boolean;
          totalWeight: number;
          dominantParticipants: Array<{ id: string; pseudonym: string }>;
        };
      }>;
    };
    scoring: {
      scorers: number;
      pivotalScorers: number;
      tie: boolean;
      incompleteScoreSets: number;
      scale: { min: number; max: number };
      topRanked: Array<{ id: string; title: string }>;
      bids: Array<{
        score: number | null;
        rank: number | null;
        range: number | null;
        standardDeviation: number | null;
        scorers: number;
        bid: { id: string; title: string };
      }>;
    } | null;
  } | null;
};

export type RoundPanelDrawQueryVariables = Exact<{
  slug: string;
}>;

export type RoundPanelDrawQuery = {
  round: {
    id: string;
    panelDraw: {
      committedAt: string;
      drawnAt: string | null;
      randomnessDate: string;
      randomnessSource: string;
      seed: string | null;
      applicants: number;
      panelSize: number;
      commitmentSha256: string;
      poolSha256: string;
      poolCsv: string;
      verifyCommand: string;
      ceremonyTickets: number | null;
      probabilities: { min: number; median: number; max: number } | null;
      ceremony: { tickets: number; ticket: number; loss: number } | null;
      household: { applied: boolean; affected: number; households: number };
    } | null;
  } | null;
};

export type RoundRuleComparisonQueryVariables = Exact<{
  slug: string | number;
}>;

export type RoundRuleComparisonQuery = {
  fairness: Array<{
    roundId: string;
    ruleComparisonNote: string | null;
    ruleComparison: {
      greedy: Array<string>;
      mes: Array<string>;
      onlyGreedy: Array<string>;
      onlyMes: Array<string>;
      greedyProportionality: number | null;
      mesProportionality: number | null;
      categories: Array<{
        category: string | null;
        votes: number;
        voteShare: number | null;
        greedyAmount: { amountMinor: number; currency: string };
        mesAmount: { amountMinor: number; currency: string };
      }> | null;
    } | null;
  }>;
};

export type RoundFunnelQueryVariables = Exact<{
  slug: string;
}>;

export type RoundFunnelQuery = {
  round: {
    id: string;
    publicFunnel: {
      targetGroup: string | null;
      ageFrom: number | null;
      ageTo: number | null;
      baselineSource: string | null;
      invited: number | null;
      responseRate: number | null;
      stages: Array<{ stage: string; total: { value: number | null; display: string; suppressed: boolean } }>;
      dimensions: Array<{
        dimension: string;
        scope: string;
        publishedThrough: string | null;
        categories: Array<{
          category: string;
          targetShare: number | null;
          stages: Array<{
            stage: string;
            share: number | null;
            count: { value: number | null; display: string; suppressed: boolean };
          }>;
        }>;
      }>;
      voted: {
        total: number;
        dimensions: Array<{
          dimension: string;
          categories: Array<{
            category: string;
            targetShare: number | null;
            stages: Array<{
              stage: string;
              share: number | null;
              count: { value: number | null; display: string; suppressed: boolean };
            }>;
          }>;
        }>;
      } | null;
    } | null;
  } | null;
};

export type RoundListQueryVariables = Exact<{
  filterBy?: RoundFilter | null | undefined;
  orderBy?: RoundOrder | null | undefined;
  after?: string | null | undefined;
}>;

export type RoundListQuery = {
  rounds: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      slug: string;
      title: string;
      textLang: string;
      year: number;
      theme: string;
      phase: RoundPhase;
      kind: RoundKind;
      area: { id: string; name: string } | null;
      translations: Array<{ lang: string; title: string | null }>;
      council: { id: string; slug: string; name: string };
      pot: { amountMinor: number; currency: string };
      awarded: Array<{ amountMinor: number; currency: string }>;
    }>;
  };
  councils: {
    nodes: Array<{ id: string; slug: string; name: string; areas: Array<{ id: string; name: string; kind: string }> }>;
  };
  themes: { rows: Array<{ key: string | null }> };
};

export type RoundVotingQueryVariables = Exact<{
  id: string | number;
}>;

export type RoundVotingQuery = {
  round: {
    id: string;
    slug: string;
    kind: RoundKind;
    phase: RoundPhase;
    decisionMethod: DecisionMethod;
    ballotsCast: number;
    decision: { id: string; decidedAt: string | null } | null;
    ballotChannels: {
      total: number;
      online: { display: string; suppressed: boolean; value: number | null };
      paper: { display: string; suppressed: boolean; value: number | null };
    } | null;
  } | null;
  participation: {
    populationSource: string | null;
    voters: Array<{
      dimension: string;
      categories: Array<{
        category: string;
        share: number | null;
        populationShare: number | null;
        count: { display: string; suppressed: boolean; value: number | null };
      }>;
      noData: { display: string; suppressed: boolean; value: number | null };
    }>;
  };
};

export type SearchQueryVariables = Exact<{
  query: string;
  after?: string | null | undefined;
}>;

export type SearchQuery = {
  search: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    terms: Array<{ typed: string; matched: Array<string>; corrected: boolean }>;
    edges: Array<{
      cursor: string;
      kind: SearchResultKind;
      node:
        | {
            __typename: "Bid";
            id: string;
            title: string;
            round: {
              id: string;
              slug: string;
              title: string;
              textLang: string;
              projectLang: string;
              translations: Array<{ lang: string; title: string | null }>;
              council: { id: string; name: string };
            };
            provider: { id: string; name: string } | null;
          }
        | { __typename: "Council"; id: string; slug: string; name: string; region: string | null }
        | {
            __typename: "Provider";
            id: string;
            name: string;
            kind: string;
            identifierScheme: string | null;
            identifier: string | null;
          }
        | {
            __typename: "Round";
            id: string;
            slug: string;
            title: string;
            textLang: string;
            year: number;
            translations: Array<{ lang: string; title: string | null }>;
            council: { id: string; name: string };
          };
    }>;
  };
};

export type ReceiptRoundQueryVariables = Exact<{
  slug: string;
}>;

export type ReceiptRoundQuery = {
  round: { id: string; slug: string; title: string; decisionMethod: DecisionMethod } | null;
};

export type ReceiptCheckQueryVariables = Exact<{
  round: string | number;
  receipt: string;
}>;

export type ReceiptCheckQuery = { ballotReceipt: ReceiptStatus };

export type VoteBoothQueryVariables = Exact<{
  slug: string;
}>;

export type VoteBoothQuery = {
  round: {
    id: string;
    slug: string;
    title: string;
    description: string;
    textLang: string;
    projectLang: string;
    kind: RoundKind;
    phase: RoundPhase;
    decisionMethod: DecisionMethod;
    ballotType: BallotType | null;
    council: { id: string; name: string };
    translations: Array<{ lang: string; title: string | null; description: string | null }>;
    pot: { amountMinor: number; currency: string };
    ballotRules: {
      type: BallotType;
      minLength: number;
      maxLength: number | null;
      minPointsPerProject: number;
      maxPointsPerProject: number;
      minSumPoints: number | null;
      maxSumPoints: number | null;
      shuffle: boolean;
      changeable: boolean;
      minSumCost: { amountMinor: number; currency: string } | null;
      maxSumCost: { amountMinor: number; currency: string } | null;
    } | null;
    voterQuestions: {
      ageBands: Array<string>;
      ageBandRequired: boolean;
      sexes: Array<string>;
      recordAgeBand: boolean;
      recordSex: boolean;
      areas: Array<{ slug: string; name: string }>;
    } | null;
    bids: Array<{
      id: string;
      title: string;
      summary: string;
      status: BidStatus;
      category: string | null;
      area: string | null;
      amountRequested: { amountMinor: number; currency: string };
    }>;
    decision: { id: string; decidedAt: string | null } | null;
  } | null;
};

export type BoothCastMutationVariables = Exact<{
  input: BallotCastInput;
}>;

export type BoothCastMutation = {
  ballotCast: {
    receipt: string | null;
    replaced: boolean;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type OfficerVotingQueryVariables = Exact<{
  slug: string;
}>;

export type OfficerVotingQuery = {
  round: {
    id: string;
    slug: string;
    title: string;
    kind: RoundKind;
    phase: RoundPhase;
    nextPhase: RoundPhase | null;
    decisionMethod: DecisionMethod;
    ballotType: BallotType | null;
    ballotsCast: number;
    council: { id: string; slug: string; name: string; areas: Array<{ slug: string; name: string }> };
    voterQuestions: {
      ageBands: Array<string>;
      ageBandRequired: boolean;
      recordAgeBand: boolean;
      recordSex: boolean;
      areas: Array<{ slug: string; name: string }>;
    } | null;
    ballotRules: {
      type: BallotType;
      minLength: number;
      maxLength: number | null;
      minPointsPerProject: number;
      maxPointsPerProject: number;
      maxSumPoints: number | null;
    } | null;
    bids: Array<{
      id: string;
      title: string;
      status: BidStatus;
      amountRequested: { amountMinor: number; currency: string };
    }>;
    voterTokensIssued: {
      total: number;
      used: number;
      batches: Array<{
        count: number;
        label: string | null;
        issuedBy: string;
        issuedByName: string | null;
        issuedAt: string;
      }>;
    };
    paperBallots: Array<{ serial: string; status: PaperBallotStatus; entries: number; enteredBy: Array<string> }>;
    ballotChannels: { total: number; online: { value: number | null }; paper: { value: number | null } } | null;
    decision: { id: string; decidedAt: string | null } | null;
    nextPhaseRequirements: Array<{ code: PhaseRequirementCode; met: boolean; message: string }>;
  } | null;
};

export type VoterCodesIssueMutationVariables = Exact<{
  input: VoterTokensIssueInput;
}>;

export type VoterCodesIssueMutation = {
  voterTokensIssue: {
    tokens: Array<string>;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type KioskStartMutationVariables = Exact<{
  input: KioskSessionStartInput;
}>;

export type KioskStartMutation = {
  kioskSessionStart: {
    kioskToken: string | null;
    expiresAt: string | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type PaperBallotEnterMutationVariables = Exact<{
  input: PaperBallotEnterInput;
}>;

export type PaperBallotEnterMutation = {
  paperBallotEnter: {
    status: PaperBallotStatus | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type VoterQuestionsSetMutationVariables = Exact<{
  input: VoterQuestionsSetInput;
}>;

export type VoterQuestionsSetMutation = {
  voterQuestionsSet: {
    round: { id: string } | null;
    userErrors: Array<{ code: UserErrorCode; message: string; field: Array<string> | null }>;
  };
};

export type UserErrorFieldsFragment = { code: UserErrorCode; message: string; field: Array<string> | null };

export type MoneyFieldsFragment = { amountMinor: number; currency: string };

export type RoundCardFieldsFragment = {
  id: string;
  slug: string;
  title: string;
  textLang: string;
  year: number;
  theme: string;
  phase: RoundPhase;
  kind: RoundKind;
  translations: Array<{ lang: string; title: string | null }>;
  council: { id: string; slug: string; name: string };
  pot: { amountMinor: number; currency: string };
  awarded: Array<{ amountMinor: number; currency: string }>;
};

export type TenderCriterionFieldsFragment = {
  id: string;
  name: string;
  description: string;
  weightBasisPoints: number;
};

export type IndicatorFieldsFragment = {
  id: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  startsOn: string | null;
  dueOn: string | null;
  measurements: Array<{ id: string; measuredOn: string; value: number; source: string }>;
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: { revoked: boolean } };

export const ApplicationFormFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ApplicationFormFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ApplicationForm" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "open" } },
          { kind: "Field", name: { kind: "Name", value: "received" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotaQuestions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "dimension" } },
                { kind: "Field", name: { kind: "Name", value: "categories" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "equalityQuestions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "dimension" } },
                { kind: "Field", name: { kind: "Name", value: "categories" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplicationFormFieldsFragment, unknown>;
export const MoneyFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoneyFieldsFragment, unknown>;
export const SpendingRowFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SpendingRowFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "SpendingRow" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "key" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "awardCount" } },
          { kind: "Field", name: { kind: "Name", value: "roundCount" } },
          { kind: "Field", name: { kind: "Name", value: "population" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "awarded" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SpendingRowFieldsFragment, unknown>;
export const SpendingFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SpendingFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "SpendingSummary" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "truncated" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "rows" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "SpendingRowFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "other" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "SpendingRowFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "totals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "SpendingRowFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SpendingRowFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "SpendingRow" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "key" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "awardCount" } },
          { kind: "Field", name: { kind: "Name", value: "roundCount" } },
          { kind: "Field", name: { kind: "Name", value: "population" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "awarded" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SpendingFieldsFragment, unknown>;
export const PanelMakeupFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PanelMakeupFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ParticipationSummaryType" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "populationSource" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "panelSize" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "display" } },
                { kind: "Field", name: { kind: "Name", value: "value" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "compensationOwed" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "compensationPaid" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "baselineAges" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "from" } },
                { kind: "Field", name: { kind: "Name", value: "to" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "panel" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "dimension" } },
                { kind: "Field", name: { kind: "Name", value: "baselineScope" } },
                { kind: "Field", name: { kind: "Name", value: "similarity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "total" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "display" } },
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "noData" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "display" } },
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "categories" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "category" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "count" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "display" } },
                            { kind: "Field", name: { kind: "Name", value: "value" } },
                            { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "populationCount" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PanelMakeupFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const RoundCardFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoundCardFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Round" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "textLang" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "translations" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "lang" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "year" } },
          { kind: "Field", name: { kind: "Name", value: "theme" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "council" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "pot" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "awarded" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundCardFieldsFragment, unknown>;
export const TenderCriterionFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TenderCriterionFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Criterion" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "weightBasisPoints" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenderCriterionFieldsFragment, unknown>;
export const IndicatorFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "IndicatorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Indicator" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "unit" } },
          { kind: "Field", name: { kind: "Name", value: "baseline" } },
          { kind: "Field", name: { kind: "Name", value: "target" } },
          { kind: "Field", name: { kind: "Name", value: "startsOn" } },
          { kind: "Field", name: { kind: "Name", value: "dueOn" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "measurements" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
                { kind: "Field", name: { kind: "Name", value: "value" } },
                { kind: "Field", name: { kind: "Name", value: "source" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorFieldsFragment, unknown>;
export const AccountViewerDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AccountViewer" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "viewer" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "role" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
                { kind: "Field", name: { kind: "Name", value: "displayName" } },
                { kind: "Field", name: { kind: "Name", value: "twoFactorEnabled" } },
                { kind: "Field", name: { kind: "Name", value: "twoFactorRequired" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccountViewerQuery, AccountViewerQueryVariables>;
export const TwoFactorEnrolStartDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "TwoFactorEnrolStart" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "twoFactorEnrolStart" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "secret" } },
                { kind: "Field", name: { kind: "Name", value: "otpauthUri" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TwoFactorEnrolStartMutation, TwoFactorEnrolStartMutationVariables>;
export const TwoFactorEnrolConfirmDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "TwoFactorEnrolConfirm" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "TwoFactorCodeInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "twoFactorEnrolConfirm" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "recoveryCodes" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TwoFactorEnrolConfirmMutation, TwoFactorEnrolConfirmMutationVariables>;
export const ApplyRoundDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ApplyRound" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "description" } },
                { kind: "Field", name: { kind: "Name", value: "targetGroup" } },
                { kind: "Field", name: { kind: "Name", value: "textLang" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "translations" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "lang" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "description" } },
                      { kind: "Field", name: { kind: "Name", value: "targetGroup" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "compensationCurrency" } },
                { kind: "Field", name: { kind: "Name", value: "panelSize" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "area" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "council" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "sessions" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "date" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "durationMinutes" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "applicationForm" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ApplicationFormFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ApplicationFormFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ApplicationForm" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "open" } },
          { kind: "Field", name: { kind: "Name", value: "received" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotaQuestions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "dimension" } },
                { kind: "Field", name: { kind: "Name", value: "categories" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "equalityQuestions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "dimension" } },
                { kind: "Field", name: { kind: "Name", value: "categories" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplyRoundQuery, ApplyRoundQueryVariables>;
export const ApplicantApplyDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ApplicantApply" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ApplicantApplyInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "applicantApply" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "applicant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "reference" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplicantApplyMutation, ApplicantApplyMutationVariables>;
export const ApplicationStatusDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ApplicationStatus" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "round" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "reference" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "applicationStatus" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "round" },
                value: { kind: "Variable", name: { kind: "Name", value: "round" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "reference" },
                value: { kind: "Variable", name: { kind: "Name", value: "reference" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "rejectionReason" } },
                { kind: "Field", name: { kind: "Name", value: "selectionProbability" } },
                { kind: "Field", name: { kind: "Name", value: "drawCommitted" } },
                { kind: "Field", name: { kind: "Name", value: "drawn" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplicationStatusQuery, ApplicationStatusQueryVariables>;
export const ComparePageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ComparePage" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "councils" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "region" } },
                      { kind: "Field", name: { kind: "Name", value: "population" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "rounds" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "hasNextPage" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "year" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "council" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComparePageQuery, ComparePageQueryVariables>;
export const CompareGroupDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CompareGroup" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "councils" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "rounds" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "normalise" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Normalise" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "compare" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "councils" },
                value: { kind: "Variable", name: { kind: "Name", value: "councils" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "rounds" },
                value: { kind: "Variable", name: { kind: "Name", value: "rounds" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "normalise" },
                value: { kind: "Variable", name: { kind: "Name", value: "normalise" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "normalise" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "group" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "measure" } },
                      { kind: "Field", name: { kind: "Name", value: "currency" } },
                      { kind: "Field", name: { kind: "Name", value: "median" } },
                      { kind: "Field", name: { kind: "Name", value: "min" } },
                      { kind: "Field", name: { kind: "Name", value: "max" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "items" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "label" } },
                      { kind: "Field", name: { kind: "Name", value: "meanGini" } },
                      { kind: "Field", name: { kind: "Name", value: "proportionality" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "normalised" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "measure" } },
                            { kind: "Field", name: { kind: "Name", value: "currency" } },
                            { kind: "Field", name: { kind: "Name", value: "value" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "outcomes" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "onTrack" } },
                            { kind: "Field", name: { kind: "Name", value: "atRisk" } },
                            { kind: "Field", name: { kind: "Name", value: "offTrack" } },
                            { kind: "Field", name: { kind: "Name", value: "notReported" } },
                            { kind: "Field", name: { kind: "Name", value: "included" } },
                            { kind: "Field", name: { kind: "Name", value: "progress" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "participation" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "roundCount" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "panelSize" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "Field", name: { kind: "Name", value: "display" } }],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "voterCount" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "Field", name: { kind: "Name", value: "display" } }],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "spending" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "roundCount" } },
                            { kind: "Field", name: { kind: "Name", value: "awardCount" } },
                            { kind: "Field", name: { kind: "Name", value: "population" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "pot" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "awarded" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "spent" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompareGroupQuery, CompareGroupQueryVariables>;
export const CouncilPageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CouncilPage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RoundFilter" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "council" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "region" } },
                { kind: "Field", name: { kind: "Name", value: "population" } },
                { kind: "Field", name: { kind: "Name", value: "onsCode" } },
                { kind: "Field", name: { kind: "Name", value: "orgIdentifier" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "areas" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      { kind: "Field", name: { kind: "Name", value: "population" } },
                      { kind: "Field", name: { kind: "Name", value: "onsCode" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "parent" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "rounds" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filterBy" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "hasNextPage" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "RoundCardFields" } },
                      { kind: "Field", name: { kind: "Name", value: "targetGroup" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "spent" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "area" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "kind" } },
                            { kind: "Field", name: { kind: "Name", value: "population" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoundCardFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Round" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "textLang" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "translations" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "lang" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "year" } },
          { kind: "Field", name: { kind: "Name", value: "theme" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "council" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "pot" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "awarded" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CouncilPageQuery, CouncilPageQueryVariables>;
export const RoundDrawDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RoundDraw" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                { kind: "Field", name: { kind: "Name", value: "panelSize" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "applicationForm" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "quotaQuestions" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "dimension" } },
                            { kind: "Field", name: { kind: "Name", value: "categories" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "equalityQuestions" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "dimension" } },
                            { kind: "Field", name: { kind: "Name", value: "categories" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "panel" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "size" } },
                      { kind: "Field", name: { kind: "Name", value: "applicants" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "quotas" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "dimension" } },
                            { kind: "Field", name: { kind: "Name", value: "category" } },
                            { kind: "Field", name: { kind: "Name", value: "min" } },
                            { kind: "Field", name: { kind: "Name", value: "max" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "lottery" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "drawn" } },
                      { kind: "Field", name: { kind: "Name", value: "seed" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "probabilities" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "min" } },
                            { kind: "Field", name: { kind: "Name", value: "median" } },
                            { kind: "Field", name: { kind: "Name", value: "max" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "panelDraw" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "committedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "commitmentSha256" } },
                      { kind: "Field", name: { kind: "Name", value: "commitment" } },
                      { kind: "Field", name: { kind: "Name", value: "poolSha256" } },
                      { kind: "Field", name: { kind: "Name", value: "poolCsv" } },
                      { kind: "Field", name: { kind: "Name", value: "applicants" } },
                      { kind: "Field", name: { kind: "Name", value: "panelSize" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "quotas" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "dimension" } },
                            { kind: "Field", name: { kind: "Name", value: "category" } },
                            { kind: "Field", name: { kind: "Name", value: "min" } },
                            { kind: "Field", name: { kind: "Name", value: "max" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "algorithm" } },
                      { kind: "Field", name: { kind: "Name", value: "algorithmVersion" } },
                      { kind: "Field", name: { kind: "Name", value: "randomnessDate" } },
                      { kind: "Field", name: { kind: "Name", value: "randomnessSource" } },
                      { kind: "Field", name: { kind: "Name", value: "seed" } },
                      { kind: "Field", name: { kind: "Name", value: "drawnAt" } },
                      { kind: "Field", name: { kind: "Name", value: "panel" } },
                      { kind: "Field", name: { kind: "Name", value: "alternates" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "probabilities" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "min" } },
                            { kind: "Field", name: { kind: "Name", value: "median" } },
                            { kind: "Field", name: { kind: "Name", value: "max" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "ceremonyTickets" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "ceremony" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "tickets" } },
                            { kind: "Field", name: { kind: "Name", value: "ticket" } },
                            { kind: "Field", name: { kind: "Name", value: "firstTicketOfPanel" } },
                            { kind: "Field", name: { kind: "Name", value: "lastTicketOfPanel" } },
                            { kind: "Field", name: { kind: "Name", value: "loss" } },
                            { kind: "Field", name: { kind: "Name", value: "minProbability" } },
                            { kind: "Field", name: { kind: "Name", value: "exactMinProbability" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "household" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "applied" } },
                            { kind: "Field", name: { kind: "Name", value: "affected" } },
                            { kind: "Field", name: { kind: "Name", value: "households" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "verifyCommand" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundDrawQuery, RoundDrawQueryVariables>;
export const QuotaFeasibilityDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "QuotaFeasibility" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "panelSize" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "quotas" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "ProposedQuotaInput" } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "quotaFeasibility" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "panelSize" },
                      value: { kind: "Variable", name: { kind: "Name", value: "panelSize" } },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "quotas" },
                      value: { kind: "Variable", name: { kind: "Name", value: "quotas" } },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "feasible" } },
                      { kind: "Field", name: { kind: "Name", value: "applicants" } },
                      { kind: "Field", name: { kind: "Name", value: "reason" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "conflicts" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "dimension" } },
                            { kind: "Field", name: { kind: "Name", value: "category" } },
                            { kind: "Field", name: { kind: "Name", value: "min" } },
                            { kind: "Field", name: { kind: "Name", value: "max" } },
                            { kind: "Field", name: { kind: "Name", value: "suggestedMin" } },
                            { kind: "Field", name: { kind: "Name", value: "suggestedMax" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "suggestedQuotas" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "dimension" } },
                            { kind: "Field", name: { kind: "Name", value: "category" } },
                            { kind: "Field", name: { kind: "Name", value: "min" } },
                            { kind: "Field", name: { kind: "Name", value: "max" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "pool" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "dimension" } },
                            { kind: "Field", name: { kind: "Name", value: "category" } },
                            { kind: "Field", name: { kind: "Name", value: "applicants" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "problems" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "code" } },
                            { kind: "Field", name: { kind: "Name", value: "field" } },
                            { kind: "Field", name: { kind: "Name", value: "message" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuotaFeasibilityQuery, QuotaFeasibilityQueryVariables>;
export const DrawQuotasSetDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DrawQuotasSet" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "PanelQuotasSetInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "panelQuotasSet" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "round" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "panelSize" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DrawQuotasSetMutation, DrawQuotasSetMutationVariables>;
export const PanelDrawCommitDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PanelDrawCommit" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "PanelDrawCommitInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "panelDrawCommit" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "draw" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "commitmentSha256" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PanelDrawCommitMutation, PanelDrawCommitMutationVariables>;
export const DrawSelectDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DrawSelect" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "PanelSelectInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "panelSelect" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "quotasMet" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "round" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "lotterySeed" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DrawSelectMutation, DrawSelectMutationVariables>;
export const HomeDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Home" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "SpendingFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "roundFilter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "RoundFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "decisionFilter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "RoundFilter" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "councils" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "region" } },
                      { kind: "Field", name: { kind: "Name", value: "population" } },
                      { kind: "Field", name: { kind: "Name", value: "onsCode" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "byCouncil" },
            name: { kind: "Name", value: "spending" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "groupBy" },
                value: { kind: "EnumValue", value: "COUNCIL" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filterBy" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "SpendingFields" } }],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "byTheme" },
            name: { kind: "Name", value: "spending" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "groupBy" },
                value: { kind: "EnumValue", value: "THEME" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filterBy" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "SpendingFields" } }],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "byProvider" },
            name: { kind: "Name", value: "spending" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "groupBy" },
                value: { kind: "EnumValue", value: "PROVIDER" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filterBy" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "SpendingFields" } }],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "latestDecisions" },
            name: { kind: "Name", value: "rounds" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "6" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filterBy" },
                value: { kind: "Variable", name: { kind: "Name", value: "decisionFilter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "RoundCardFields" } }],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "allRounds" },
            name: { kind: "Name", value: "rounds" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "1" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filterBy" },
                value: { kind: "Variable", name: { kind: "Name", value: "roundFilter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "totalCount" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "providers" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "1" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "totalCount" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SpendingRowFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "SpendingRow" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "key" } },
          { kind: "Field", name: { kind: "Name", value: "label" } },
          { kind: "Field", name: { kind: "Name", value: "awardCount" } },
          { kind: "Field", name: { kind: "Name", value: "roundCount" } },
          { kind: "Field", name: { kind: "Name", value: "population" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "awarded" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SpendingFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "SpendingSummary" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "truncated" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "rows" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "SpendingRowFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "other" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "SpendingRowFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "totals" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "SpendingRowFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoundCardFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Round" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "textLang" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "translations" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "lang" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "year" } },
          { kind: "Field", name: { kind: "Name", value: "theme" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "council" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "pot" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "awarded" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const OfficerAuditCouncilDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OfficerAuditCouncil" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "council" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "rounds" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filterBy" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "council" },
                      value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficerAuditCouncilQuery, OfficerAuditCouncilQueryVariables>;
export const AuditLogPageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AuditLogPage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "council" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "round" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "auditLog" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "council" },
                value: { kind: "Variable", name: { kind: "Name", value: "council" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "round" },
                value: { kind: "Variable", name: { kind: "Name", value: "round" } },
              },
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "20" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "action" } },
                      { kind: "Field", name: { kind: "Name", value: "actor" } },
                      { kind: "Field", name: { kind: "Name", value: "actorName" } },
                      { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                      { kind: "Field", name: { kind: "Name", value: "entityType" } },
                      { kind: "Field", name: { kind: "Name", value: "before" } },
                      { kind: "Field", name: { kind: "Name", value: "after" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "round" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditLogPageQuery, AuditLogPageQueryVariables>;
export const CommissionRoundDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CommissionRound" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pot" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "outcomes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "description" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "indicators" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "unit" } },
                            { kind: "Field", name: { kind: "Name", value: "baseline" } },
                            { kind: "Field", name: { kind: "Name", value: "target" } },
                            { kind: "Field", name: { kind: "Name", value: "direction" } },
                            { kind: "Field", name: { kind: "Name", value: "startsOn" } },
                            { kind: "Field", name: { kind: "Name", value: "dueOn" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "tender" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "specification" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "submissionDeadline" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "budgetCeiling" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "outcomes" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "criteria" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "description" } },
                            { kind: "Field", name: { kind: "Name", value: "weightBasisPoints" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bids" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "amountRequested" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "provider" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "shortlisting" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "proposedByRole" } },
                            { kind: "Field", name: { kind: "Name", value: "reason" } },
                            { kind: "Field", name: { kind: "Name", value: "reasonStatus" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "scoring" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "bids" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "rank" } },
                            { kind: "Field", name: { kind: "Name", value: "score" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "bid" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "title" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decision" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "summary" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "officerRecommendation" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "officerRecommendationNote" } },
                      { kind: "Field", name: { kind: "Name", value: "recommendationRecordedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "followedRecommendation" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "projects" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "funded" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "bid" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "title" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "awards" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "bid" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "milestones" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "dueOn" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "completedOn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "award" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommissionRoundQuery, CommissionRoundQueryVariables>;
export const OutcomeCreateDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "OutcomeCreate" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "OutcomeCreateInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "outcomeCreate" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "outcome" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutcomeCreateMutation, OutcomeCreateMutationVariables>;
export const OutcomeUpdateDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "OutcomeUpdate" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "OutcomeUpdateInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "outcomeUpdate" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "outcome" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "description" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutcomeUpdateMutation, OutcomeUpdateMutationVariables>;
export const IndicatorCreateDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "IndicatorCreate" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "IndicatorCreateInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "indicatorCreate" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "indicator" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorCreateMutation, IndicatorCreateMutationVariables>;
export const TenderDraftDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "TenderDraft" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TenderDraftInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "tenderDraft" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "tender" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenderDraftMutation, TenderDraftMutationVariables>;
export const TenderPublishDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "TenderPublish" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "TenderPublishInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "tenderPublish" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "tender" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TenderPublishMutation, TenderPublishMutationVariables>;
export const ShortlistReasonReviewDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ShortlistReasonReview" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ShortlistReasonReviewInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "shortlistReasonReview" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bid" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "shortlisting" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "Field", name: { kind: "Name", value: "reasonStatus" } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShortlistReasonReviewMutation, ShortlistReasonReviewMutationVariables>;
export const DecisionRecordRecommendationDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DecisionRecordRecommendation" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "DecisionRecordRecommendationInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "decisionRecordRecommendation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decision" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "recommendationRecordedAt" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "officerRecommendation" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecisionRecordRecommendationMutation, DecisionRecordRecommendationMutationVariables>;
export const MilestoneCreateDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "MilestoneCreate" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "MilestoneCreateInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "milestoneCreate" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "milestone" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "dueOn" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MilestoneCreateMutation, MilestoneCreateMutationVariables>;
export const MilestoneUpdateDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "MilestoneUpdate" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "MilestoneUpdateInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "milestoneUpdate" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "milestone" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "completedOn" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MilestoneUpdateMutation, MilestoneUpdateMutationVariables>;
export const OfficerRoundSettingsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OfficerRoundSettings" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "description" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "translations" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "lang" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "description" } },
                      { kind: "Field", name: { kind: "Name", value: "targetGroup" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "outcomes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "position" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "translations" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "lang" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "description" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "indicators" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "translations" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "lang" } },
                                  { kind: "Field", name: { kind: "Name", value: "name" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "theme" } },
                { kind: "Field", name: { kind: "Name", value: "targetGroup" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "area" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pot" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "compensationCurrency" } },
                { kind: "Field", name: { kind: "Name", value: "panelSize" } },
                { kind: "Field", name: { kind: "Name", value: "decisionMethod" } },
                { kind: "Field", name: { kind: "Name", value: "ballotType" } },
                { kind: "Field", name: { kind: "Name", value: "allocationRule" } },
                { kind: "Field", name: { kind: "Name", value: "year" } },
                { kind: "Field", name: { kind: "Name", value: "opensOn" } },
                { kind: "Field", name: { kind: "Name", value: "closesOn" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "council" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficerRoundSettingsQuery, OfficerRoundSettingsQueryVariables>;
export const RoundUpdateDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RoundUpdate" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RoundUpdateInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "roundUpdate" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "round" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundUpdateMutation, RoundUpdateMutationVariables>;
export const RoundTranslationSetDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RoundTranslationSet" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RoundTranslationSetInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "roundTranslationSet" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "round" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "translations" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "lang" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "description" } },
                            { kind: "Field", name: { kind: "Name", value: "targetGroup" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundTranslationSetMutation, RoundTranslationSetMutationVariables>;
export const OutcomeTranslationSetDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "OutcomeTranslationSet" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "OutcomeTranslationSetInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "outcomeTranslationSet" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "outcome" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "translations" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "lang" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "description" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "indicators" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "translations" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "lang" } },
                                  { kind: "Field", name: { kind: "Name", value: "name" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutcomeTranslationSetMutation, OutcomeTranslationSetMutationVariables>;
export const OfficerPanelDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OfficerPanel" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                { kind: "Field", name: { kind: "Name", value: "targetGroup" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "council" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "panelRoster" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "drawn" } },
                      { kind: "Field", name: { kind: "Name", value: "targetSize" } },
                      { kind: "Field", name: { kind: "Name", value: "active" } },
                      { kind: "Field", name: { kind: "Name", value: "confirmed" } },
                      { kind: "Field", name: { kind: "Name", value: "openSeats" } },
                      { kind: "Field", name: { kind: "Name", value: "quotasMet" } },
                      { kind: "Field", name: { kind: "Name", value: "alternatesStored" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "seats" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "member" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                                  { kind: "Field", name: { kind: "Name", value: "active" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "applicantPseudonym" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                            { kind: "Field", name: { kind: "Name", value: "confirmedAt" } },
                            { kind: "Field", name: { kind: "Name", value: "withdrawnAt" } },
                            { kind: "Field", name: { kind: "Name", value: "withdrawalReason" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "replacedBy" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "replaces" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "quotaAnswers" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "dimension" } },
                                  { kind: "Field", name: { kind: "Name", value: "category" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "alternates" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "position" } },
                            { kind: "Field", name: { kind: "Name", value: "state" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "applicant" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "quotaAnswers" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "dimension" } },
                                  { kind: "Field", name: { kind: "Name", value: "category" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "selectionHistory" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      { kind: "Field", name: { kind: "Name", value: "actor" } },
                      { kind: "Field", name: { kind: "Name", value: "at" } },
                      { kind: "Field", name: { kind: "Name", value: "summary" } },
                      { kind: "Field", name: { kind: "Name", value: "seed" } },
                      { kind: "Field", name: { kind: "Name", value: "reason" } },
                      { kind: "Field", name: { kind: "Name", value: "quotasKept" } },
                      { kind: "Field", name: { kind: "Name", value: "explanation" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "quotas" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "dimension" } },
                            { kind: "Field", name: { kind: "Name", value: "category" } },
                            { kind: "Field", name: { kind: "Name", value: "min" } },
                            { kind: "Field", name: { kind: "Name", value: "max" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "selectionReportCsv" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "representationFunnel" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "invited" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "invited" } },
                            { kind: "Field", name: { kind: "Name", value: "applied" } },
                            { kind: "Field", name: { kind: "Name", value: "responseRate" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "targetGroup" } },
                      { kind: "Field", name: { kind: "Name", value: "ageFrom" } },
                      { kind: "Field", name: { kind: "Name", value: "ageTo" } },
                      { kind: "Field", name: { kind: "Name", value: "baselineSource" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "stages" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "stage" } },
                            { kind: "Field", name: { kind: "Name", value: "total" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "dimensions" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "dimension" } },
                            { kind: "Field", name: { kind: "Name", value: "scope" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "categories" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "category" } },
                                  { kind: "Field", name: { kind: "Name", value: "targetShare" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "stages" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "stage" } },
                                        { kind: "Field", name: { kind: "Name", value: "count" } },
                                        { kind: "Field", name: { kind: "Name", value: "share" } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "noData" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "stage" } },
                                  { kind: "Field", name: { kind: "Name", value: "count" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficerPanelQuery, OfficerPanelQueryVariables>;
export const PanelMemberConfirmDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PanelMemberConfirm" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "PanelMemberConfirmInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "panelMemberConfirm" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "member" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PanelMemberConfirmMutation, PanelMemberConfirmMutationVariables>;
export const InvitationsSentSetDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "InvitationsSentSet" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "InvitationsSentSetInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "invitationsSentSet" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "invitationsSent" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvitationsSentSetMutation, InvitationsSentSetMutationVariables>;
export const PanelMemberWithdrawDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PanelMemberWithdraw" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "PanelMemberWithdrawInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "panelMemberWithdraw" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "member" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                      { kind: "Field", name: { kind: "Name", value: "active" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PanelMemberWithdrawMutation, PanelMemberWithdrawMutationVariables>;
export const PanelMemberReplaceDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PanelMemberReplace" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "PanelMemberReplaceInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "panelMemberReplace" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "withdrawn" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "member" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "applicantPseudonym" } },
                { kind: "Field", name: { kind: "Name", value: "alternatePosition" } },
                { kind: "Field", name: { kind: "Name", value: "quotasKept" } },
                { kind: "Field", name: { kind: "Name", value: "violation" } },
                { kind: "Field", name: { kind: "Name", value: "explanation" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PanelMemberReplaceMutation, PanelMemberReplaceMutationVariables>;
export const OfficerRoundPeopleDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OfficerRoundPeople" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                { kind: "Field", name: { kind: "Name", value: "compensationCurrency" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "council" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "sessions" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "date" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      { kind: "Field", name: { kind: "Name", value: "durationMinutes" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "attendance" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "member" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "present" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "panel" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "members" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                            { kind: "Field", name: { kind: "Name", value: "active" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "compensation" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "currency" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "owed" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "paid" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "outstanding" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "participants" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "member" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "owed" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "paid" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "outstanding" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficerRoundPeopleQuery, OfficerRoundPeopleQueryVariables>;
export const AttendanceRecordDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AttendanceRecord" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "AttendanceRecordInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "attendanceRecord" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "session" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AttendanceRecordMutation, AttendanceRecordMutationVariables>;
export const CompensationRateSetDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CompensationRateSet" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "CompensationRateSetInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "compensationRateSet" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "entries" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompensationRateSetMutation, CompensationRateSetMutationVariables>;
export const PaymentRecordDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PaymentRecord" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "PaymentRecordInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "paymentRecord" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "replayed" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "payment" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "amount" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "paidOn" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaymentRecordMutation, PaymentRecordMutationVariables>;
export const TrustResponseRecordDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "TrustResponseRecord" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "TrustResponseRecordInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "trustResponseRecord" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "session" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrustResponseRecordMutation, TrustResponseRecordMutationVariables>;
export const RoundApplicantsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RoundApplicants" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                { kind: "Field", name: { kind: "Name", value: "targetGroup" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "council" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "area" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "applicationForm" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "ApplicationFormFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "applicants" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "applicant" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "contact" } },
                      { kind: "Field", name: { kind: "Name", value: "household" } },
                      { kind: "Field", name: { kind: "Name", value: "language" } },
                      { kind: "Field", name: { kind: "Name", value: "source" } },
                      { kind: "Field", name: { kind: "Name", value: "appliedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "reviewedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "rejectionReason" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "quotaAnswers" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "dimension" } },
                            { kind: "Field", name: { kind: "Name", value: "category" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "panel" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "members" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                            { kind: "Field", name: { kind: "Name", value: "role" } },
                            { kind: "Field", name: { kind: "Name", value: "active" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "invitation" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "state" } },
                                  { kind: "Field", name: { kind: "Name", value: "issuedAt" } },
                                  { kind: "Field", name: { kind: "Name", value: "joinedAt" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ApplicationFormFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ApplicationForm" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "open" } },
          { kind: "Field", name: { kind: "Name", value: "received" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "quotaQuestions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "dimension" } },
                { kind: "Field", name: { kind: "Name", value: "categories" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "equalityQuestions" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "dimension" } },
                { kind: "Field", name: { kind: "Name", value: "categories" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundApplicantsQuery, RoundApplicantsQueryVariables>;
export const ApplicantReviewDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ApplicantReview" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ApplicantReviewInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "applicantReview" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "applicant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "applicant" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "rejectionReason" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplicantReviewMutation, ApplicantReviewMutationVariables>;
export const PanelMemberInviteDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PanelMemberInvite" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "PanelMemberInviteInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "panelMemberInvite" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "invitationCode" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "member" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PanelMemberInviteMutation, PanelMemberInviteMutationVariables>;
export const OfficerLoginDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "OfficerLogin" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "OfficerLoginInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "officerLogin" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "token" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "viewer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "role" } },
                      { kind: "Field", name: { kind: "Name", value: "displayName" } },
                      { kind: "Field", name: { kind: "Name", value: "twoFactorEnabled" } },
                      { kind: "Field", name: { kind: "Name", value: "twoFactorRequired" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "council" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficerLoginMutation, OfficerLoginMutationVariables>;
export const OfficerRoundsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OfficerRounds" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "council" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "rounds" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filterBy" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "council" },
                      value: { kind: "Variable", name: { kind: "Name", value: "council" } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "RoundCardFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoundCardFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Round" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "textLang" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "translations" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "lang" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "year" } },
          { kind: "Field", name: { kind: "Name", value: "theme" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "council" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "pot" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "awarded" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficerRoundsQuery, OfficerRoundsQueryVariables>;
export const RoundAdvancePhaseDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RoundAdvancePhase" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RoundAdvancePhaseInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "roundAdvancePhase" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "round" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "phase" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundAdvancePhaseMutation, RoundAdvancePhaseMutationVariables>;
export const OfficerRoundDetailDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OfficerRoundDetail" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pot" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "sessions" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "date" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      { kind: "Field", name: { kind: "Name", value: "durationMinutes" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "panel" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "members" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                            { kind: "Field", name: { kind: "Name", value: "active" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "outcomes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "indicators" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "unit" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "tender" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "criteria" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "TenderCriterionFields" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bids" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "amountRequested" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "provider" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "scoring" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "scorers" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "bids" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "rank" } },
                            { kind: "Field", name: { kind: "Name", value: "score" } },
                            { kind: "Field", name: { kind: "Name", value: "scorers" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "bid" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "title" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decision" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "summary" } },
                      { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "officerRecommendation" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "officerRecommendationNote" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "projects" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "funded" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "bid" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "awards" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "bid" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "value" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "spent" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TenderCriterionFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Criterion" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "weightBasisPoints" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficerRoundDetailQuery, OfficerRoundDetailQueryVariables>;
export const SessionCreateDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SessionCreate" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "SessionCreateInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "sessionCreate" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "session" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "date" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionCreateMutation, SessionCreateMutationVariables>;
export const ContributionRecordDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ContributionRecord" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ContributionRecordInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "contributionRecord" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "session" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContributionRecordMutation, ContributionRecordMutationVariables>;
export const DecisionTakeDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DecisionTake" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "DecisionTakeInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "decisionTake" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decision" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "summary" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecisionTakeMutation, DecisionTakeMutationVariables>;
export const OfficerProvidersDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OfficerProviders" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "providers" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficerProvidersQuery, OfficerProvidersQueryVariables>;
export const DecisionRecomputeDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DecisionRecompute" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "DecisionRecomputeInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "decisionRecompute" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "verification" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "matches" } },
                      { kind: "Field", name: { kind: "Name", value: "differences" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecisionRecomputeMutation, DecisionRecomputeMutationVariables>;
export const AwardVaryDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AwardVary" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "AwardVaryInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "awardVary" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "award" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "value" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AwardVaryMutation, AwardVaryMutationVariables>;
export const ProviderCreateDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ProviderCreate" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ProviderCreateInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "providerCreate" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "provider" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProviderCreateMutation, ProviderCreateMutationVariables>;
export const BidSubmitDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "BidSubmit" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "BidSubmitInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "bidSubmit" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bid" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "externalId" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "amountRequested" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BidSubmitMutation, BidSubmitMutationVariables>;
export const BidShortlistDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "BidShortlist" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "BidShortlistInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "bidShortlist" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bid" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BidShortlistMutation, BidShortlistMutationVariables>;
export const OfficerScoreSubmitDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "OfficerScoreSubmit" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "InterviewScoreSubmitInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "interviewScoreSubmit" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bid" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficerScoreSubmitMutation, OfficerScoreSubmitMutationVariables>;
export const AwardCreateDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "AwardCreate" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "AwardCreateInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "awardCreate" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "award" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "value" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AwardCreateMutation, AwardCreateMutationVariables>;
export const SpendRecordDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SpendRecord" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "SpendRecordInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "spendRecord" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "spendTransaction" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "reference" } },
                      { kind: "Field", name: { kind: "Name", value: "paidOn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "amount" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SpendRecordMutation, SpendRecordMutationVariables>;
export const MeasurementRecordDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "MeasurementRecord" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "MeasurementRecordInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "measurementRecord" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "measurement" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasurementRecordMutation, MeasurementRecordMutationVariables>;
export const OfficerRoundTasksDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OfficerRoundTasks" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                { kind: "Field", name: { kind: "Name", value: "nextPhase" } },
                { kind: "Field", name: { kind: "Name", value: "previousPhase" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "council" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "stages" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "phase" } },
                      { kind: "Field", name: { kind: "Name", value: "label" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nextPhaseRequirements" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                      { kind: "Field", name: { kind: "Name", value: "met" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficerRoundTasksQuery, OfficerRoundTasksQueryVariables>;
export const RoundStepBackDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RoundStepBack" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "RoundStepBackInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "roundStepBack" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "round" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "phase" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundStepBackMutation, RoundStepBackMutationVariables>;
export const RoundCreateDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RoundCreate" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RoundCreateInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "roundCreate" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "round" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundCreateMutation, RoundCreateMutationVariables>;
export const CouncilAreasDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CouncilAreas" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "council" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "areas" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CouncilAreasQuery, CouncilAreasQueryVariables>;
export const OutcomesPageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OutcomesPage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RoundFilter" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "councils" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "rounds" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filterBy" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "textLang" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "translations" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "lang" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "year" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "council" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "outcomes" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "textLang" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "indicators" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "FragmentSpread", name: { kind: "Name", value: "IndicatorFields" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "IndicatorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Indicator" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "unit" } },
          { kind: "Field", name: { kind: "Name", value: "baseline" } },
          { kind: "Field", name: { kind: "Name", value: "target" } },
          { kind: "Field", name: { kind: "Name", value: "startsOn" } },
          { kind: "Field", name: { kind: "Name", value: "dueOn" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "measurements" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
                { kind: "Field", name: { kind: "Name", value: "value" } },
                { kind: "Field", name: { kind: "Name", value: "source" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutcomesPageQuery, OutcomesPageQueryVariables>;
export const OutcomeProgressDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OutcomeProgress" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "rounds" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "outcomeProgress" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "rounds" },
                value: { kind: "Variable", name: { kind: "Name", value: "rounds" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "asOf" } },
                { kind: "Field", name: { kind: "Name", value: "rule" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "overall" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "onTrack" } },
                      { kind: "Field", name: { kind: "Name", value: "atRisk" } },
                      { kind: "Field", name: { kind: "Name", value: "offTrack" } },
                      { kind: "Field", name: { kind: "Name", value: "notReported" } },
                      { kind: "Field", name: { kind: "Name", value: "included" } },
                      { kind: "Field", name: { kind: "Name", value: "progress" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "rounds" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "roundId" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "rollup" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "onTrack" } },
                            { kind: "Field", name: { kind: "Name", value: "atRisk" } },
                            { kind: "Field", name: { kind: "Name", value: "offTrack" } },
                            { kind: "Field", name: { kind: "Name", value: "notReported" } },
                            { kind: "Field", name: { kind: "Name", value: "included" } },
                            { kind: "Field", name: { kind: "Name", value: "progress" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "indicators" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "indicatorId" } },
                      { kind: "Field", name: { kind: "Name", value: "roundId" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "latest" } },
                      { kind: "Field", name: { kind: "Name", value: "latestOn" } },
                      { kind: "Field", name: { kind: "Name", value: "progress" } },
                      { kind: "Field", name: { kind: "Name", value: "expected" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "costPerPersonReached" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutcomeProgressQuery, OutcomeProgressQueryVariables>;
export const OutcomeTranslationsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OutcomeTranslations" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RoundFilter" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "rounds" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filterBy" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "outcomes" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "translations" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "lang" } },
                                  { kind: "Field", name: { kind: "Name", value: "title" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "indicators" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "translations" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "lang" } },
                                        { kind: "Field", name: { kind: "Name", value: "name" } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutcomeTranslationsQuery, OutcomeTranslationsQueryVariables>;
export const PanelJoinDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PanelJoin" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "PanelJoinInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "panelJoin" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "token" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "viewer" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "role" } },
                      { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                      { kind: "Field", name: { kind: "Name", value: "displayName" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "council" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PanelJoinMutation, PanelJoinMutationVariables>;
export const MyPanelDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MyPanel" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "myPanel" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                { kind: "Field", name: { kind: "Name", value: "language" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "round" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "textLang" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "translations" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "lang" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "phase" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "tender" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "criteria" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "name" } },
                                  { kind: "Field", name: { kind: "Name", value: "description" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "bids" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "summary" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "amountRequested" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "provider" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "name" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "outcomes" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "textLang" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "translations" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "lang" } },
                                  { kind: "Field", name: { kind: "Name", value: "title" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "indicators" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "name" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "translations" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "lang" } },
                                        { kind: "Field", name: { kind: "Name", value: "name" } },
                                      ],
                                    },
                                  },
                                  { kind: "Field", name: { kind: "Name", value: "unit" } },
                                  { kind: "Field", name: { kind: "Name", value: "baseline" } },
                                  { kind: "Field", name: { kind: "Name", value: "target" } },
                                  { kind: "Field", name: { kind: "Name", value: "dueOn" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "sessions" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "present" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "session" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "date" } },
                            { kind: "Field", name: { kind: "Name", value: "kind" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "durationMinutes" } },
                            { kind: "Field", name: { kind: "Name", value: "startTime" } },
                            { kind: "Field", name: { kind: "Name", value: "place" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nextSession" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "session" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "date" } },
                            { kind: "Field", name: { kind: "Name", value: "kind" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "durationMinutes" } },
                            { kind: "Field", name: { kind: "Name", value: "startTime" } },
                            { kind: "Field", name: { kind: "Name", value: "place" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "scores" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "bid" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "scores" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "criterion" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "name" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "score" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "canChangeScores" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "payments" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "paidOn" } },
                      { kind: "Field", name: { kind: "Name", value: "method" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "amount" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "owed" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "paid" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "outstanding" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyPanelQuery, MyPanelQueryVariables>;
export const InterviewScoreSubmitDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "InterviewScoreSubmit" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "InterviewScoreSubmitInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "interviewScoreSubmit" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bid" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InterviewScoreSubmitMutation, InterviewScoreSubmitMutationVariables>;
export const PanelBidShortlistDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PanelBidShortlist" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "BidShortlistInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "bidShortlist" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bid" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PanelBidShortlistMutation, PanelBidShortlistMutationVariables>;
export const PanelMemberLanguageSetDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PanelMemberLanguageSet" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "PanelMemberLanguageSetInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "panelMemberLanguageSet" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "member" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "language" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PanelMemberLanguageSetMutation, PanelMemberLanguageSetMutationVariables>;
export const ProposeRoundDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ProposeRound" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                { kind: "Field", name: { kind: "Name", value: "proposalsOpen" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pot" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "council" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "area" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposeRoundQuery, ProposeRoundQueryVariables>;
export const ProposalSubmitDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ProposalSubmit" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ProposalSubmitInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "proposalSubmit" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "reference" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "proposal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposalSubmitMutation, ProposalSubmitMutationVariables>;
export const ProposalStatusDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ProposalStatus" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "reference" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "proposalStatus" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "reference" },
                value: { kind: "Variable", name: { kind: "Name", value: "reference" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "reviewReason" } },
                { kind: "Field", name: { kind: "Name", value: "costRevisionReason" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "estimatedCost" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "cost" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "round" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposalStatusQuery, ProposalStatusQueryVariables>;
export const OfficerProposalsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OfficerProposals" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "council" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pot" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "proposals" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "reference" } },
                      { kind: "Field", name: { kind: "Name", value: "contact" } },
                      { kind: "Field", name: { kind: "Name", value: "sameContactProposals" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "proposal" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "description" } },
                            { kind: "Field", name: { kind: "Name", value: "area" } },
                            { kind: "Field", name: { kind: "Name", value: "categories" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                            { kind: "Field", name: { kind: "Name", value: "reviewReason" } },
                            { kind: "Field", name: { kind: "Name", value: "costRevisionReason" } },
                            { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "estimatedCost" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "revisedCost" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "cost" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficerProposalsQuery, OfficerProposalsQueryVariables>;
export const ProposalReviewDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ProposalReview" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ProposalReviewInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "proposalReview" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "proposal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "reviewReason" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposalReviewMutation, ProposalReviewMutationVariables>;
export const ProviderPageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ProviderPage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "node" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Provider" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      { kind: "Field", name: { kind: "Name", value: "identifierScheme" } },
                      { kind: "Field", name: { kind: "Name", value: "identifier" } },
                      { kind: "Field", name: { kind: "Name", value: "website" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "awards" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "kind" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                            { kind: "Field", name: { kind: "Name", value: "awardedOn" } },
                            { kind: "Field", name: { kind: "Name", value: "startsOn" } },
                            { kind: "Field", name: { kind: "Name", value: "endsOn" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "value" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "spent" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "round" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "slug" } },
                                  { kind: "Field", name: { kind: "Name", value: "title" } },
                                  { kind: "Field", name: { kind: "Name", value: "textLang" } },
                                  { kind: "Field", name: { kind: "Name", value: "projectLang" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "translations" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "lang" } },
                                        { kind: "Field", name: { kind: "Name", value: "title" } },
                                      ],
                                    },
                                  },
                                  { kind: "Field", name: { kind: "Name", value: "year" } },
                                  { kind: "Field", name: { kind: "Name", value: "phase" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "council" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "slug" } },
                                        { kind: "Field", name: { kind: "Name", value: "name" } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "outcomes" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "title" } },
                                        { kind: "Field", name: { kind: "Name", value: "textLang" } },
                                        {
                                          kind: "Field",
                                          name: { kind: "Name", value: "translations" },
                                          selectionSet: {
                                            kind: "SelectionSet",
                                            selections: [
                                              { kind: "Field", name: { kind: "Name", value: "lang" } },
                                              { kind: "Field", name: { kind: "Name", value: "title" } },
                                            ],
                                          },
                                        },
                                        { kind: "Field", name: { kind: "Name", value: "status" } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProviderPageQuery, ProviderPageQueryVariables>;
export const RoundPageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RoundPage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "description" } },
                { kind: "Field", name: { kind: "Name", value: "textLang" } },
                { kind: "Field", name: { kind: "Name", value: "projectLang" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "translations" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "lang" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "description" } },
                      { kind: "Field", name: { kind: "Name", value: "targetGroup" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "year" } },
                { kind: "Field", name: { kind: "Name", value: "theme" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                { kind: "Field", name: { kind: "Name", value: "proposalsOpen" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "stages" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "phase" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "targetGroup" } },
                { kind: "Field", name: { kind: "Name", value: "decisionMethod" } },
                { kind: "Field", name: { kind: "Name", value: "allocationRule" } },
                { kind: "Field", name: { kind: "Name", value: "ballotType" } },
                { kind: "Field", name: { kind: "Name", value: "panelSize" } },
                { kind: "Field", name: { kind: "Name", value: "lotterySeed" } },
                { kind: "Field", name: { kind: "Name", value: "compensationCurrency" } },
                { kind: "Field", name: { kind: "Name", value: "dataSource" } },
                { kind: "Field", name: { kind: "Name", value: "opensOn" } },
                { kind: "Field", name: { kind: "Name", value: "closesOn" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "council" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "area" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "population" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pot" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "awarded" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "spent" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "sessions" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "date" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "durationMinutes" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "outcomes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "description" } },
                      { kind: "Field", name: { kind: "Name", value: "textLang" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "translations" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "lang" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", name: { kind: "Name", value: "description" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "position" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "indicators" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "IndicatorFields" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "translations" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "lang" } },
                                  { kind: "Field", name: { kind: "Name", value: "name" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "tender" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "specification" } },
                      { kind: "Field", name: { kind: "Name", value: "publishedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "submissionDeadline" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "budgetCeiling" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "criteria" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "TenderCriterionFields" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bids" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "summary" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "category" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "amountRequested" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "provider" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decision" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "method" } },
                      { kind: "Field", name: { kind: "Name", value: "rule" } },
                      { kind: "Field", name: { kind: "Name", value: "summary" } },
                      { kind: "Field", name: { kind: "Name", value: "result" } },
                      { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "recommendationRecordedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "followedRecommendation" } },
                      { kind: "Field", name: { kind: "Name", value: "officerRecommendationNote" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "officerRecommendation" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "projects" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "rank" } },
                            { kind: "Field", name: { kind: "Name", value: "score" } },
                            { kind: "Field", name: { kind: "Name", value: "funded" } },
                            { kind: "Field", name: { kind: "Name", value: "explanation" } },
                            { kind: "Field", name: { kind: "Name", value: "reasonFacts" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "bid" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "externalId" } },
                                  { kind: "Field", name: { kind: "Name", value: "category" } },
                                  { kind: "Field", name: { kind: "Name", value: "title" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "amountRequested" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "awards" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "awardedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "startsOn" } },
                      { kind: "Field", name: { kind: "Name", value: "endsOn" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "value" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "spent" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "provider" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "transactions" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "paidOn" } },
                            { kind: "Field", name: { kind: "Name", value: "description" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "amount" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "milestones" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "dueOn" } },
                      { kind: "Field", name: { kind: "Name", value: "completedOn" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "IndicatorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Indicator" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "unit" } },
          { kind: "Field", name: { kind: "Name", value: "baseline" } },
          { kind: "Field", name: { kind: "Name", value: "target" } },
          { kind: "Field", name: { kind: "Name", value: "startsOn" } },
          { kind: "Field", name: { kind: "Name", value: "dueOn" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "measurements" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "measuredOn" } },
                { kind: "Field", name: { kind: "Name", value: "value" } },
                { kind: "Field", name: { kind: "Name", value: "source" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "TenderCriterionFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Criterion" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "weightBasisPoints" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundPageQuery, RoundPageQueryVariables>;
export const RoundParticipationDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RoundParticipation" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "rounds" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "participation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "rounds" },
                value: { kind: "Variable", name: { kind: "Name", value: "rounds" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PanelMakeupFields" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PanelMakeupFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ParticipationSummaryType" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "populationSource" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "panelSize" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "display" } },
                { kind: "Field", name: { kind: "Name", value: "value" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "compensationOwed" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "compensationPaid" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "baselineAges" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "from" } },
                { kind: "Field", name: { kind: "Name", value: "to" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "panel" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "dimension" } },
                { kind: "Field", name: { kind: "Name", value: "baselineScope" } },
                { kind: "Field", name: { kind: "Name", value: "similarity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "total" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "display" } },
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "noData" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "display" } },
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "categories" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "category" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "count" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "display" } },
                            { kind: "Field", name: { kind: "Name", value: "value" } },
                            { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "populationCount" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundParticipationQuery, RoundParticipationQueryVariables>;
export const CouncilParticipationDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CouncilParticipation" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "council" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "participation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "council" },
                value: { kind: "Variable", name: { kind: "Name", value: "council" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "roundCount" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "PanelMakeupFields" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PanelMakeupFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "ParticipationSummaryType" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "populationSource" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "panelSize" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "display" } },
                { kind: "Field", name: { kind: "Name", value: "value" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "compensationOwed" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "compensationPaid" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "baselineAges" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "from" } },
                { kind: "Field", name: { kind: "Name", value: "to" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "panel" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "dimension" } },
                { kind: "Field", name: { kind: "Name", value: "baselineScope" } },
                { kind: "Field", name: { kind: "Name", value: "similarity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "total" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "display" } },
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "noData" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "display" } },
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "categories" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "category" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "count" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "display" } },
                            { kind: "Field", name: { kind: "Name", value: "value" } },
                            { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "populationCount" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CouncilParticipationQuery, CouncilParticipationQueryVariables>;
export const RoundFairnessDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RoundFairness" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "voiceEquity" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "meanSessionGini" } },
                      { kind: "Field", name: { kind: "Name", value: "sessionsWithDominance" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "pooled" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "gini" } },
                            { kind: "Field", name: { kind: "Name", value: "topShare" } },
                            { kind: "Field", name: { kind: "Name", value: "topCount" } },
                            { kind: "Field", name: { kind: "Name", value: "participants" } },
                            { kind: "Field", name: { kind: "Name", value: "silentParticipants" } },
                            { kind: "Field", name: { kind: "Name", value: "dominant" } },
                            { kind: "Field", name: { kind: "Name", value: "totalWeight" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "dominantParticipants" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "sessions" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "session" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "title" } },
                                  { kind: "Field", name: { kind: "Name", value: "date" } },
                                ],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "measure" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "gini" } },
                                  { kind: "Field", name: { kind: "Name", value: "topShare" } },
                                  { kind: "Field", name: { kind: "Name", value: "topCount" } },
                                  { kind: "Field", name: { kind: "Name", value: "participants" } },
                                  { kind: "Field", name: { kind: "Name", value: "silentParticipants" } },
                                  { kind: "Field", name: { kind: "Name", value: "dominant" } },
                                  { kind: "Field", name: { kind: "Name", value: "totalWeight" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "dominantParticipants" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "pseudonym" } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "scoring" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "scorers" } },
                      { kind: "Field", name: { kind: "Name", value: "pivotalScorers" } },
                      { kind: "Field", name: { kind: "Name", value: "tie" } },
                      { kind: "Field", name: { kind: "Name", value: "incompleteScoreSets" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "scale" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "min" } },
                            { kind: "Field", name: { kind: "Name", value: "max" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "topRanked" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "bids" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "bid" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "title" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "score" } },
                            { kind: "Field", name: { kind: "Name", value: "rank" } },
                            { kind: "Field", name: { kind: "Name", value: "range" } },
                            { kind: "Field", name: { kind: "Name", value: "standardDeviation" } },
                            { kind: "Field", name: { kind: "Name", value: "scorers" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundFairnessQuery, RoundFairnessQueryVariables>;
export const RoundPanelDrawDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RoundPanelDraw" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "panelDraw" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "committedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "drawnAt" } },
                      { kind: "Field", name: { kind: "Name", value: "randomnessDate" } },
                      { kind: "Field", name: { kind: "Name", value: "randomnessSource" } },
                      { kind: "Field", name: { kind: "Name", value: "seed" } },
                      { kind: "Field", name: { kind: "Name", value: "applicants" } },
                      { kind: "Field", name: { kind: "Name", value: "panelSize" } },
                      { kind: "Field", name: { kind: "Name", value: "commitmentSha256" } },
                      { kind: "Field", name: { kind: "Name", value: "poolSha256" } },
                      { kind: "Field", name: { kind: "Name", value: "poolCsv" } },
                      { kind: "Field", name: { kind: "Name", value: "verifyCommand" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "probabilities" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "min" } },
                            { kind: "Field", name: { kind: "Name", value: "median" } },
                            { kind: "Field", name: { kind: "Name", value: "max" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "ceremonyTickets" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "ceremony" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "tickets" } },
                            { kind: "Field", name: { kind: "Name", value: "ticket" } },
                            { kind: "Field", name: { kind: "Name", value: "loss" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "household" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "applied" } },
                            { kind: "Field", name: { kind: "Name", value: "affected" } },
                            { kind: "Field", name: { kind: "Name", value: "households" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundPanelDrawQuery, RoundPanelDrawQueryVariables>;
export const RoundRuleComparisonDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RoundRuleComparison" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "fairness" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "rounds" },
                value: { kind: "ListValue", values: [{ kind: "Variable", name: { kind: "Name", value: "slug" } }] },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "roundId" } },
                { kind: "Field", name: { kind: "Name", value: "ruleComparisonNote" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ruleComparison" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "greedy" } },
                      { kind: "Field", name: { kind: "Name", value: "mes" } },
                      { kind: "Field", name: { kind: "Name", value: "onlyGreedy" } },
                      { kind: "Field", name: { kind: "Name", value: "onlyMes" } },
                      { kind: "Field", name: { kind: "Name", value: "greedyProportionality" } },
                      { kind: "Field", name: { kind: "Name", value: "mesProportionality" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "categories" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "category" } },
                            { kind: "Field", name: { kind: "Name", value: "votes" } },
                            { kind: "Field", name: { kind: "Name", value: "voteShare" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "greedyAmount" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                              },
                            },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "mesAmount" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundRuleComparisonQuery, RoundRuleComparisonQueryVariables>;
export const RoundFunnelDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RoundFunnel" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "publicFunnel" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "targetGroup" } },
                      { kind: "Field", name: { kind: "Name", value: "ageFrom" } },
                      { kind: "Field", name: { kind: "Name", value: "ageTo" } },
                      { kind: "Field", name: { kind: "Name", value: "baselineSource" } },
                      { kind: "Field", name: { kind: "Name", value: "invited" } },
                      { kind: "Field", name: { kind: "Name", value: "responseRate" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "stages" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "stage" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "total" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "value" } },
                                  { kind: "Field", name: { kind: "Name", value: "display" } },
                                  { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "dimensions" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "dimension" } },
                            { kind: "Field", name: { kind: "Name", value: "scope" } },
                            { kind: "Field", name: { kind: "Name", value: "publishedThrough" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "categories" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "category" } },
                                  { kind: "Field", name: { kind: "Name", value: "targetShare" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "stages" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "stage" } },
                                        { kind: "Field", name: { kind: "Name", value: "share" } },
                                        {
                                          kind: "Field",
                                          name: { kind: "Name", value: "count" },
                                          selectionSet: {
                                            kind: "SelectionSet",
                                            selections: [
                                              { kind: "Field", name: { kind: "Name", value: "value" } },
                                              { kind: "Field", name: { kind: "Name", value: "display" } },
                                              { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "voted" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "total" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "dimensions" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "dimension" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "categories" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "category" } },
                                        { kind: "Field", name: { kind: "Name", value: "targetShare" } },
                                        {
                                          kind: "Field",
                                          name: { kind: "Name", value: "stages" },
                                          selectionSet: {
                                            kind: "SelectionSet",
                                            selections: [
                                              { kind: "Field", name: { kind: "Name", value: "stage" } },
                                              { kind: "Field", name: { kind: "Name", value: "share" } },
                                              {
                                                kind: "Field",
                                                name: { kind: "Name", value: "count" },
                                                selectionSet: {
                                                  kind: "SelectionSet",
                                                  selections: [
                                                    { kind: "Field", name: { kind: "Name", value: "value" } },
                                                    { kind: "Field", name: { kind: "Name", value: "display" } },
                                                    { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                                                  ],
                                                },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundFunnelQuery, RoundFunnelQueryVariables>;
export const RoundListDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RoundList" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filterBy" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "RoundFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "orderBy" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "RoundOrder" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "rounds" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "20" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filterBy" },
                value: { kind: "Variable", name: { kind: "Name", value: "filterBy" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "Variable", name: { kind: "Name", value: "orderBy" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "RoundCardFields" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "area" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "councils" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "areas" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "kind" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "themes" },
            name: { kind: "Name", value: "spending" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "groupBy" },
                value: { kind: "EnumValue", value: "THEME" },
              },
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "rows" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "key" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "RoundCardFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Round" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "textLang" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "translations" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "lang" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "year" } },
          { kind: "Field", name: { kind: "Name", value: "theme" } },
          { kind: "Field", name: { kind: "Name", value: "phase" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "council" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "pot" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "awarded" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundListQuery, RoundListQueryVariables>;
export const RoundVotingDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "RoundVoting" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                { kind: "Field", name: { kind: "Name", value: "decisionMethod" } },
                { kind: "Field", name: { kind: "Name", value: "ballotsCast" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decision" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ballotChannels" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "total" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "online" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "display" } },
                            { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                            { kind: "Field", name: { kind: "Name", value: "value" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "paper" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "display" } },
                            { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                            { kind: "Field", name: { kind: "Name", value: "value" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "participation" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "round" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "populationSource" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "voters" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "dimension" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "categories" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "category" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "count" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "display" } },
                                  { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                                  { kind: "Field", name: { kind: "Name", value: "value" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "share" } },
                            { kind: "Field", name: { kind: "Name", value: "populationShare" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "noData" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "display" } },
                            { kind: "Field", name: { kind: "Name", value: "suppressed" } },
                            { kind: "Field", name: { kind: "Name", value: "value" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundVotingQuery, RoundVotingQueryVariables>;
export const SearchDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Search" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "query" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "search" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "query" },
                value: { kind: "Variable", name: { kind: "Name", value: "query" } },
              },
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "20" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "terms" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "typed" } },
                      { kind: "Field", name: { kind: "Name", value: "matched" } },
                      { kind: "Field", name: { kind: "Name", value: "corrected" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                            {
                              kind: "InlineFragment",
                              typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Council" } },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "slug" } },
                                  { kind: "Field", name: { kind: "Name", value: "name" } },
                                  { kind: "Field", name: { kind: "Name", value: "region" } },
                                ],
                              },
                            },
                            {
                              kind: "InlineFragment",
                              typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Round" } },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "slug" } },
                                  { kind: "Field", name: { kind: "Name", value: "title" } },
                                  { kind: "Field", name: { kind: "Name", value: "textLang" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "translations" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "lang" } },
                                        { kind: "Field", name: { kind: "Name", value: "title" } },
                                      ],
                                    },
                                  },
                                  { kind: "Field", name: { kind: "Name", value: "year" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "council" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "name" } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: "InlineFragment",
                              typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Bid" } },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "title" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "round" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "slug" } },
                                        { kind: "Field", name: { kind: "Name", value: "title" } },
                                        { kind: "Field", name: { kind: "Name", value: "textLang" } },
                                        { kind: "Field", name: { kind: "Name", value: "projectLang" } },
                                        {
                                          kind: "Field",
                                          name: { kind: "Name", value: "translations" },
                                          selectionSet: {
                                            kind: "SelectionSet",
                                            selections: [
                                              { kind: "Field", name: { kind: "Name", value: "lang" } },
                                              { kind: "Field", name: { kind: "Name", value: "title" } },
                                            ],
                                          },
                                        },
                                        {
                                          kind: "Field",
                                          name: { kind: "Name", value: "council" },
                                          selectionSet: {
                                            kind: "SelectionSet",
                                            selections: [
                                              { kind: "Field", name: { kind: "Name", value: "id" } },
                                              { kind: "Field", name: { kind: "Name", value: "name" } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "provider" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "name" } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: "InlineFragment",
                              typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Provider" } },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "name" } },
                                  { kind: "Field", name: { kind: "Name", value: "kind" } },
                                  { kind: "Field", name: { kind: "Name", value: "identifierScheme" } },
                                  { kind: "Field", name: { kind: "Name", value: "identifier" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const ReceiptRoundDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ReceiptRound" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "decisionMethod" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReceiptRoundQuery, ReceiptRoundQueryVariables>;
export const ReceiptCheckDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ReceiptCheck" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "round" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "receipt" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "ballotReceipt" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "round" },
                value: { kind: "Variable", name: { kind: "Name", value: "round" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "receipt" },
                value: { kind: "Variable", name: { kind: "Name", value: "receipt" } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReceiptCheckQuery, ReceiptCheckQueryVariables>;
export const VoteBoothDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "VoteBooth" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "council" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "description" } },
                { kind: "Field", name: { kind: "Name", value: "textLang" } },
                { kind: "Field", name: { kind: "Name", value: "projectLang" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "translations" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "lang" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "description" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                { kind: "Field", name: { kind: "Name", value: "decisionMethod" } },
                { kind: "Field", name: { kind: "Name", value: "ballotType" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pot" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ballotRules" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "type" } },
                      { kind: "Field", name: { kind: "Name", value: "minLength" } },
                      { kind: "Field", name: { kind: "Name", value: "maxLength" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "minSumCost" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "maxSumCost" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "minPointsPerProject" } },
                      { kind: "Field", name: { kind: "Name", value: "maxPointsPerProject" } },
                      { kind: "Field", name: { kind: "Name", value: "minSumPoints" } },
                      { kind: "Field", name: { kind: "Name", value: "maxSumPoints" } },
                      { kind: "Field", name: { kind: "Name", value: "shuffle" } },
                      { kind: "Field", name: { kind: "Name", value: "changeable" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "voterQuestions" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "ageBands" } },
                      { kind: "Field", name: { kind: "Name", value: "ageBandRequired" } },
                      { kind: "Field", name: { kind: "Name", value: "sexes" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "areas" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "recordAgeBand" } },
                      { kind: "Field", name: { kind: "Name", value: "recordSex" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bids" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "summary" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "category" } },
                      { kind: "Field", name: { kind: "Name", value: "area" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "amountRequested" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decision" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VoteBoothQuery, VoteBoothQueryVariables>;
export const BoothCastDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "BoothCast" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "BallotCastInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "ballotCast" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "receipt" } },
                { kind: "Field", name: { kind: "Name", value: "replaced" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoothCastMutation, BoothCastMutationVariables>;
export const OfficerVotingDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OfficerVoting" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "round" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "phase" } },
                { kind: "Field", name: { kind: "Name", value: "nextPhase" } },
                { kind: "Field", name: { kind: "Name", value: "decisionMethod" } },
                { kind: "Field", name: { kind: "Name", value: "ballotType" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "council" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "areas" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "voterQuestions" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "ageBands" } },
                      { kind: "Field", name: { kind: "Name", value: "ageBandRequired" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "areas" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "recordAgeBand" } },
                      { kind: "Field", name: { kind: "Name", value: "recordSex" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ballotRules" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "type" } },
                      { kind: "Field", name: { kind: "Name", value: "minLength" } },
                      { kind: "Field", name: { kind: "Name", value: "maxLength" } },
                      { kind: "Field", name: { kind: "Name", value: "minPointsPerProject" } },
                      { kind: "Field", name: { kind: "Name", value: "maxPointsPerProject" } },
                      { kind: "Field", name: { kind: "Name", value: "maxSumPoints" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "bids" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "amountRequested" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "MoneyFields" } }],
                        },
                      },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "ballotsCast" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "voterTokensIssued" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "total" } },
                      { kind: "Field", name: { kind: "Name", value: "used" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "batches" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                            { kind: "Field", name: { kind: "Name", value: "label" } },
                            { kind: "Field", name: { kind: "Name", value: "issuedBy" } },
                            { kind: "Field", name: { kind: "Name", value: "issuedByName" } },
                            { kind: "Field", name: { kind: "Name", value: "issuedAt" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "paperBallots" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "serial" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "entries" } },
                      { kind: "Field", name: { kind: "Name", value: "enteredBy" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "ballotChannels" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "total" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "online" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "Field", name: { kind: "Name", value: "value" } }],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "paper" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "Field", name: { kind: "Name", value: "value" } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "decision" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "decidedAt" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nextPhaseRequirements" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                      { kind: "Field", name: { kind: "Name", value: "met" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountMinor" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficerVotingQuery, OfficerVotingQueryVariables>;
export const VoterCodesIssueDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "VoterCodesIssue" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "VoterTokensIssueInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "voterTokensIssue" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "tokens" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VoterCodesIssueMutation, VoterCodesIssueMutationVariables>;
export const KioskStartDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "KioskStart" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "KioskSessionStartInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "kioskSessionStart" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kioskToken" } },
                { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KioskStartMutation, KioskStartMutationVariables>;
export const PaperBallotEnterDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PaperBallotEnter" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "PaperBallotEnterInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "paperBallotEnter" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "status" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaperBallotEnterMutation, PaperBallotEnterMutationVariables>;
export const VoterQuestionsSetDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "VoterQuestionsSet" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "VoterQuestionsSetInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "voterQuestionsSet" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "round" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "UserErrorFields" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "UserErrorFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "UserError" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "code" } },
          { kind: "Field", name: { kind: "Name", value: "message" } },
          { kind: "Field", name: { kind: "Name", value: "field" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VoterQuestionsSetMutation, VoterQuestionsSetMutationVariables>;
export const LogoutDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "Logout" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "logout" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "Field", name: { kind: "Name", value: "revoked" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
