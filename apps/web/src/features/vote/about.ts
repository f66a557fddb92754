import { asksVoters, checkEligibility, voterQuestionsOf, type Eligibility } from "@coproduce/domain";
import { t } from "../../i18n";
import { categoryLabel } from "../../lib/format";

/** The round's voter questions as the booth reads them (`Round.voterQuestions`). */
export interface BoothQuestions {
  readonly ageBands: readonly string[];
  readonly ageBandRequired: boolean;
  readonly sexes: readonly string[];
  readonly areas: readonly { readonly slug: string; readonly name: string }[];
  readonly recordAgeBand: boolean;
  readonly recordSex: boolean;
}

/** A voter's answers on the "About you" step. "" is no answer (prefer not to say); OTHER is "none of these". */
export interface AboutAnswers {
  ageBand: string;
  sex: string;
  area: string;
}
export const OTHER = "other";
export const emptyAnswers = (): AboutAnswers => ({ ageBand: "", sex: "", area: "" });

/** The domain's eligibility of the round, rebuilt from what the booth reads, so booth and API apply one rule. */
export function eligibilityOfQuestions(q: BoothQuestions): Eligibility {
  return {
    ageBands: q.ageBandRequired ? q.ageBands : null,
    areas: q.areas.length ? q.areas.map((a) => a.slug) : null,
    record: { ageBand: q.recordAgeBand, sex: q.recordSex },
  };
}

/** Whether the booth shows its "About you" step. */
export function asksAboutYou(q: BoothQuestions | null | undefined): boolean {
  return q ? asksVoters(voterQuestionsOf(eligibilityOfQuestions(q))) : false;
}

/** What a voter must put right before going on, by field, in plain words (empty: they may go on). */
export function aboutProblems(q: BoothQuestions, answers: AboutAnswers): { field: keyof AboutAnswers; text: string }[] {
  const { problems } = checkEligibility(eligibilityOfQuestions(q), answersToCast(answers));
  return problems.map((p) => {
    if (p.field === "ageBand")
      return {
        field: "ageBand",
        text:
          p.code === "REQUIRED"
            ? t("vote.about.ageRequired")
            : t("vote.about.ageNotEligible", {
                bands: q.ageBands.map((b) => categoryLabel("age_band", b)).join(", "),
              }),
      };
    if (p.field === "area")
      return {
        field: "area",
        text: p.code === "REQUIRED" ? t("vote.about.areaRequired") : t("vote.about.areaNotEligible"),
      };
    return { field: "sex", text: t("vote.about.sexInvalid") };
  });
}

/** The answers as `ballotCast` takes them: no answer is left out; "none of these" is sent as said. */
export function answersToCast(a: AboutAnswers): { ageBand?: string; sex?: string; area?: string } {
  return {
    ...(a.ageBand ? { ageBand: a.ageBand } : {}),
    ...(a.sex ? { sex: a.sex } : {}),
    ...(a.area ? { area: a.area } : {}),
  };
}

/** How an age band reads ("16 to 24", "65 or over"). */
export const ageBandLabel = (band: string): string => categoryLabel("age_band", band);
