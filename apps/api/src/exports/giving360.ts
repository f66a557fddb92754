/**
 * 360Giving Data Standard 1.4 export: one grants package of the grant-style awards
 * (`award.kind === "grant"`) of the given rounds.
 *
 * Mapping (see README.md):
 * - grant `id` = `<grantIdPrefix>-<award id>` (the publisher's registered 360G prefix).
 * - fundingOrganization = the council, by its org-id (`GB-LAE-LBH`); without one,
 *   `<grantIdPrefix>-council-<slug>` (360Giving's advice for organisations with no register id).
 * - recipientOrganization = the provider, by org-id where known (`GB-CHC-…`, `GB-COH-…`, with
 *   `charityNumber` / `companyNumber` filled from the scheme), else `<grantIdPrefix>-provider-<key>`.
 * - amountAwarded = award value; amountAppliedFor = the bid's request; amountDisbursed = sum of
 *   spend (only when all of it is in the award's currency); disbursementTransaction = spend.
 * - plannedDates = the award period; beneficiaryLocation = the round's area (else the council's);
 *   grantProgramme = the round.
 * - Money: see currency.ts. A Brixton Pound grant is given in its sterling equivalent with a
 *   grant-level `coproduceLocalCurrency` note (and one on each transaction).
 *
 * Grants that cannot be expressed are **omitted and reported**, never approximated: awards with no
 * recipient organisation (a PB project the council delivers itself), cancelled or pending awards,
 * and amounts in a local currency with no ISO peg (360Giving requires an ISO `currency`).
 */
import { LOCAL_CURRENCY_FIELD, toStandardAmount, type LocalCurrencyNote } from "./currency.js";
import { assertRoundInputConsistent } from "./check.js";
import { to360Date, to360DateTime } from "./dates.js";
import { ExportInputError, type AwardExportInput, type ProviderExportInput, type RoundExportInput } from "./types.js";

export interface Giving360PackageOptions {
  /** The publisher's registered 360Giving prefix, e.g. `360G-coproduce`. */
  readonly grantIdPrefix: string;
  readonly publisher: { readonly name: string; readonly identifier?: string; readonly website?: string };
  readonly title?: string;
  /** Instant (or date) the package was issued. */
  readonly issued: string;
  /** Canonical licence URI. */
  readonly license: string;
  /** Where this package can be downloaded, if it has a permanent address. */
  readonly downloadURL?: string;
}

export interface Giving360Organization {
  id: string;
  name: string;
  charityNumber?: string;
  companyNumber?: string;
  url?: string;
}

export interface Giving360Transaction {
  id: string;
  transactionDate: string;
  currency: string;
  value: number;
  [LOCAL_CURRENCY_FIELD]?: LocalCurrencyNote;
}

/** Grant-level local-currency note: what was really awarded, applied for and paid. */
export interface Giving360LocalCurrency extends Omit<LocalCurrencyNote, "amount"> {
  amountAwarded: number;
  amountAppliedFor?: number;
  amountDisbursed?: number;
}

export interface Giving360Grant {
  id: string;
  title: string;
  description: string;
  currency: string;
  amountAwarded: number;
  amountAppliedFor?: number;
  amountDisbursed?: number;
  awardDate: string;
  plannedDates?: { startDate: string; endDate?: string }[];
  recipientOrganization: Giving360Organization[];
  fundingOrganization: Giving360Organization[];
  beneficiaryLocation?: { name: string; countryCode: "GB"; geoCode?: string; geoCodeType?: string }[];
  grantProgramme: { code: string; title: string; url?: string }[];
  fromOpenCall: "Yes";
  disbursementTransaction?: Giving360Transaction[];
  dateModified: string;
  url?: string;
  [LOCAL_CURRENCY_FIELD]?: Giving360LocalCurrency;
}

export interface Giving360Package {
  grants: Giving360Grant[];
  version: "1.4";
  title: string;
  issued: string;
  publisher: { name: string; identifier?: string; website?: string };
  license: string;
  downloadURL?: string;
}

export interface OmittedGrant {
  readonly roundId: string;
  readonly awardId: string;
  readonly reason: string;
}

export interface Giving360Result {
  /** Null when there is no grant to publish: the standard requires at least one. */
  readonly package: Giving360Package | null;
  /** Grant-style awards left out, with the reason: report them, never drop them silently. */
  readonly omitted: readonly OmittedGrant[];
}

/** Schemes whose ids are charity numbers (England & Wales, Scotland, Northern Ireland). */
const CHARITY_SCHEMES = new Set(["GB-CHC", "GB-SC", "GB-NIC"]);

function recipient(provider: ProviderExportInput, prefix: string): Giving360Organization {
  const org: Giving360Organization = {
    id: provider.identifier
      ? `${provider.identifier.scheme}-${provider.identifier.id}`
      : `${prefix}-provider-${provider.id}`,
    name: provider.name,
  };
  if (provider.identifier && CHARITY_SCHEMES.has(provider.identifier.scheme))
    org.charityNumber = provider.identifier.id;
  if (provider.identifier?.scheme === "GB-COH") org.companyNumber = provider.identifier.id;
  if (provider.website) org.url = provider.website;
  return org;
}

function grantFor(
  input: RoundExportInput,
  award: AwardExportInput,
  options: Giving360PackageOptions,
): Giving360Grant | { omitted: string } {
  if (award.status === "pending" || award.status === "cancelled") {
    return { omitted: `award is ${award.status}: not a grant made` };
  }
  if (!award.provider) return { omitted: "no recipient organisation (the council delivers this project itself)" };
  const awarded = toStandardAmount(award.value);
  if (awarded.kind === "unrepresentable") return { omitted: awarded.local.note };

  const { council, round } = input;
  const funder: Giving360Organization = {
    id: council.identifier
      ? `${council.identifier.scheme}-${council.identifier.id}`
      : `${options.grantIdPrefix}-council-${council.slug}`,
    name: council.name,
  };
  if (council.website) funder.url = council.website;

  const descriptionParts = [award.description ?? award.title];
  descriptionParts.push(
    round.kind === "participatory_budgeting"
      ? `Funded through the participatory budgeting round "${round.title}": residents voted.`
      : `Funded through the co-produced commissioning round "${round.title}": a panel of people the service is for decided.`,
  );
  if (awarded.local) descriptionParts.push(awarded.local.note);

  const grant: Giving360Grant = {
    id: `${options.grantIdPrefix}-${award.id}`,
    title: award.title.slice(0, 140),
    description: descriptionParts.join(" "),
    currency: awarded.currency,
    amountAwarded: awarded.amount,
    awardDate: to360Date(award.awardedOn),
    recipientOrganization: [recipient(award.provider, options.grantIdPrefix)],
    fundingOrganization: [funder],
    grantProgramme: [{ code: round.slug, title: round.title }],
    // Every Coproduce round is an open call: a published tender, or a PB call for projects.
    fromOpenCall: "Yes",
    dateModified: to360DateTime(round.updatedAt),
  };
  if (round.url) {
    grant.url = round.url;
    const programme = grant.grantProgramme[0];
    if (programme) programme.url = round.url;
  }
  let local: Giving360LocalCurrency | null = null;
  if (awarded.local) {
    const { amount, ...rest } = awarded.local;
    local = { ...rest, amountAwarded: amount };
  }

  // Applied for: the bid's request, only when it maps to the same ISO currency.
  const bid = award.bidId ? input.bids.find((b) => b.id === award.bidId) : undefined;
  if (bid) {
    const applied = toStandardAmount(bid.amountRequested);
    if (applied.kind === "iso" && applied.currency === awarded.currency) {
      grant.amountAppliedFor = applied.amount;
      if (local && applied.local?.currency === local.currency) local.amountAppliedFor = applied.local.amount;
    }
  }

  // Disbursed: spend against this award. Amounts in different currencies are never added up.
  const spend = input.spend.filter((s) => s.awardId === award.id);
  if (spend.length > 0) {
    grant.disbursementTransaction = [];
    for (const s of spend) {
      const paid = toStandardAmount(s.amount);
      if (paid.kind === "unrepresentable") continue; // described by the award's note; no ISO value exists
      const t: Giving360Transaction = {
        id: `${options.grantIdPrefix}-${s.id}`,
        transactionDate: to360Date(s.paidOn),
        currency: paid.currency,
        value: paid.amount,
      };
      if (paid.local) t[LOCAL_CURRENCY_FIELD] = paid.local;
      grant.disbursementTransaction.push(t);
    }
    if (spend.every((s) => s.amount.currency === award.value.currency)) {
      const totalMinor = spend.reduce((acc, s) => acc + s.amount.amountMinor, 0);
      const total = toStandardAmount({ amountMinor: totalMinor, currency: award.value.currency });
      if (total.kind === "iso") {
        grant.amountDisbursed = total.amount;
        if (local && total.local) local.amountDisbursed = total.local.amount;
      }
    }
  }

  const period = award.period;
  if (period?.start) {
    const planned: { startDate: string; endDate?: string } = { startDate: to360Date(period.start) };
    if (period.end) planned.endDate = to360Date(period.end);
    grant.plannedDates = [planned];
  }
  const area = round.area;
  if (area) {
    const loc: NonNullable<Giving360Grant["beneficiaryLocation"]>[number] = { name: area.name, countryCode: "GB" };
    if (area.onsCode) loc.geoCode = area.onsCode;
    if (area.geoCodeType) loc.geoCodeType = area.geoCodeType;
    grant.beneficiaryLocation = [loc];
  } else if (council.onsCode) {
    grant.beneficiaryLocation = [{ name: council.name, countryCode: "GB", geoCode: council.onsCode }];
  }
  if (local) grant[LOCAL_CURRENCY_FIELD] = local;
  return grant;
}

/** Builds one 360Giving grants package from the grant-style awards of the given rounds. */
export function build360GivingPackage(
  inputs: readonly RoundExportInput[],
  options: Giving360PackageOptions,
): Giving360Result {
  if (!/^360G-[A-Za-z0-9_-]+$/.test(options.grantIdPrefix)) {
    throw new ExportInputError(`360Giving prefix must look like "360G-name", got "${options.grantIdPrefix}"`);
  }
  const grants: Giving360Grant[] = [];
  const omitted: OmittedGrant[] = [];
  const ids = new Set<string>();
  for (const input of inputs) {
    assertRoundInputConsistent(input);
    for (const award of input.awards) {
      if (award.kind !== "grant") continue;
      const result = grantFor(input, award, options);
      if ("omitted" in result) {
        omitted.push({ roundId: input.round.id, awardId: award.id, reason: result.omitted });
        continue;
      }
      if (ids.has(result.id)) throw new ExportInputError(`Duplicate grant id ${result.id}`);
      ids.add(result.id);
      grants.push(result);
    }
  }
  if (grants.length === 0) return { package: null, omitted };
  const pkg: Giving360Package = {
    grants,
    version: "1.4",
    title: options.title ?? `${options.publisher.name}: grants decided with Coproduce`,
    issued: to360Date(options.issued),
    publisher: { ...options.publisher },
    license: options.license,
  };
  if (options.downloadURL) pkg.downloadURL = options.downloadURL;
  return { package: pkg, omitted };
}
