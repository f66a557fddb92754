import { In, type DataSource } from "typeorm";
import { PopulationBaseline } from "../area/population-baseline.entity.js";
import type { Round } from "../round/round.entity.js";
import { Applicant } from "./applicant.entity.js";
import { Quota } from "./quota.entity.js";
import { DIMENSION_NAMES, DIMENSIONS, isDimension } from "./dimensions.js";
import { ApplicantRecord, ApplicationForm, ApplicationQuestion, DimensionAnswer } from "./panel.types.js";

/** The round's quota dimensions, in the baseline's order (the questions the lottery needs answered). */
async function quotaDimensions(ds: DataSource, roundKey: number): Promise<string[]> {
  const used = new Set((await ds.getRepository(Quota).findBy({ roundKey })).map((q) => q.dimension));
  return DIMENSION_NAMES.filter((d) => used.has(d));
}

/**
 * The public application form. Quota questions are the round's quota dimensions; every other census
 * dimension is an optional equality-monitoring question. Each question offers the area's census
 * categories (the only answers applicantApply accepts) plus any category a quota names.
 */
export async function applicationForm(ds: DataSource, round: Round): Promise<ApplicationForm> {
  const quotas = await ds.getRepository(Quota).findBy({ roundKey: round.key });
  const baseline =
    round.areaKey === null
      ? []
      : await ds.getRepository(PopulationBaseline).findBy({ areaKey: round.areaKey, dimension: In(DIMENSION_NAMES) });
  const categories = new Map<string, string[]>();
  for (const row of [...baseline, ...quotas]) {
    const list = categories.get(row.dimension) ?? [];
    if (!list.includes(row.category)) list.push(row.category);
    categories.set(row.dimension, list);
  }
  const quotaDims = new Set(quotas.map((q) => q.dimension).filter(isDimension));
  const question = (dimension: string) =>
    Object.assign(new ApplicationQuestion(), { dimension, categories: categories.get(dimension) ?? [] });
  return Object.assign(new ApplicationForm(), {
    open: round.phase === "recruiting",
    quotaQuestions: DIMENSION_NAMES.filter((d) => quotaDims.has(d)).map(question),
    equalityQuestions: DIMENSION_NAMES.filter((d) => !quotaDims.has(d) && categories.has(d)).map(question),
    received: await ds.getRepository(Applicant).countBy({ roundKey: round.key }),
  });
}

function record(applicant: Applicant, dimensions: string[]): ApplicantRecord {
  return Object.assign(new ApplicantRecord(), {
    applicant,
    name: applicant.name,
    contact: applicant.contact,
    household: applicant.household,
    source: applicant.source,
    language: applicant.language,
    appliedAt: applicant.createdAt,
    reviewedAt: applicant.reviewedAt,
    rejectionReason: applicant.rejectionReason,
    // Only the quota dimensions: equality answers are never shown one applicant at a time.
    quotaAnswers: dimensions.map((dimension) =>
      Object.assign(new DimensionAnswer(), {
        dimension,
        category: isDimension(dimension) ? (applicant[DIMENSIONS[dimension]] ?? null) : null,
      }),
    ),
  });
}

/** Officers' list of a round's applications (the caller checks the viewer is an officer of the council). */
export async function roundApplicants(ds: DataSource, round: Round): Promise<ApplicantRecord[]> {
  const [dimensions, applicants] = await Promise.all([
    quotaDimensions(ds, round.key),
    ds.getRepository(Applicant).find({ where: { roundKey: round.key }, order: { key: "ASC" } }),
  ]);
  return applicants.map((a) => record(a, dimensions));
}

export async function applicantRecord(ds: DataSource, applicant: Applicant): Promise<ApplicantRecord> {
  return record(applicant, await quotaDimensions(ds, applicant.roundKey));
}
