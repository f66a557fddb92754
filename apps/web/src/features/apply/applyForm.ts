import { t } from "../../i18n";
import { built, type Built } from "../../lib/forms/errors";

/** The census dimensions the API asks about, and the ApplicantApplyInput field each answer goes in. */
export const ANSWER_FIELDS = {
  age_band: "ageBand",
  sex: "sex",
  ethnic_group: "ethnicGroup",
  disability: "disability",
} as const;
export type AnswerField = (typeof ANSWER_FIELDS)[keyof typeof ANSWER_FIELDS];

/** The value a "Prefer not to say" choice carries (sent as no answer). */
export const PREFER_NOT = "__prefer_not_to_say__";

export function answerField(dimension: string): AnswerField | null {
  return (ANSWER_FIELDS as Record<string, AnswerField>)[dimension] ?? null;
}

export interface Question {
  readonly dimension: string;
  readonly categories: readonly string[];
}

export interface ApplicationValues {
  livesInArea: string; // "yes" | "no" | ""
  inTargetGroup: string; // "yes" | "no" | "" (only asked when the round names a target group)
  name: string;
  contact: string;
  /** Home address or UPRN for the household rule (optional). */
  household: string;
  /** The language the council writes to them in (en or cy); "" until chosen (then the page's). */
  language: string;
  consent: boolean;
  answers: Record<AnswerField, string>; // a category, PREFER_NOT, or "" (not answered)
}

export function initialApplication(): ApplicationValues {
  return {
    livesInArea: "",
    inTargetGroup: "",
    name: "",
    contact: "",
    household: "",
    language: "",
    consent: false,
    answers: { ageBand: "", sex: "", ethnicGroup: "", disability: "" },
  };
}

export interface ApplicationInput {
  round: string;
  name?: string;
  contact?: string;
  household?: string;
  language?: string;
  ageBand?: string;
  sex?: string;
  ethnicGroup?: string;
  disability?: string;
  consent: boolean;
  eligible: boolean;
}

/** The longest home address the API keeps. */
export const MAX_HOUSEHOLD_LENGTH = 200;

/** The youngest age a panel member can be. */
export const MIN_AGE = 16;

/**
 * Age bands in age order ("5-9" before "10-14") without those wholly under MIN_AGE (nobody aged 0 to
 * 4 applies); other categories as the census lists them.
 */
export function orderedCategories(dimension: string, categories: readonly string[]): string[] {
  if (dimension !== "age_band") return [...categories];
  const start = (c: string) => Number.parseInt(c, 10);
  const end = (c: string) => {
    const range = /^\d+-(\d+)$/.exec(c);
    return range ? Number(range[1]) : Number.POSITIVE_INFINITY;
  };
  return categories.filter((c) => end(c) >= MIN_AGE).sort((a, b) => start(a) - start(b));
}

export { categoryLabel } from "../../lib/format";

export interface ApplicationContext {
  round: string;
  quotaQuestions: readonly Question[];
  equalityQuestions: readonly Question[];
  /** Whether the form asks "are you in the target group" (the round names one). */
  asksTargetGroup: boolean;
  /** Officers entering a paper form: contact details may be missing (the officer has them on paper). */
  paper?: boolean;
  /** The language to record when none is chosen: the page's for a resident, English on paper. */
  language?: string;
}

/**
 * The checks of the application form, then the mutation input: eligibility answered (and yes), every
 * quota question answered (the lottery needs them), contact details and consent. Equality questions are
 * optional; "prefer not to say" and no answer both send nothing.
 */
export function buildApplication(v: ApplicationValues, c: ApplicationContext): Built<ApplicationInput> {
  const errors: Record<string, string> = {};
  if (v.livesInArea === "") errors.livesInArea = t("apply.errors.livesInArea");
  else if (v.livesInArea === "no") errors.livesInArea = t("apply.errors.notInArea");
  if (c.asksTargetGroup) {
    if (v.inTargetGroup === "") errors.inTargetGroup = t("apply.errors.inTargetGroup");
    else if (v.inTargetGroup === "no") errors.inTargetGroup = t("apply.errors.notInTargetGroup");
  }
  for (const q of c.quotaQuestions) {
    const field = answerField(q.dimension);
    if (field && !v.answers[field]) errors[field] = t(`apply.errors.quota.${q.dimension}`);
  }
  const name = v.name.trim();
  const contact = v.contact.trim();
  if (!c.paper && !name) errors.name = t("apply.errors.name");
  if (!c.paper && !contact) errors.contact = t("apply.errors.contact");
  else if (contact && !isContact(contact)) errors.contact = t("apply.errors.contactFormat");
  const household = v.household.trim();
  if (household.length > MAX_HOUSEHOLD_LENGTH) errors.household = t("apply.errors.householdLength");
  if (!v.consent) errors.consent = t("apply.errors.consent");
  return built(errors, () => {
    const input: ApplicationInput = { round: c.round, consent: true, eligible: true };
    if (name) input.name = name;
    if (contact) input.contact = contact;
    if (household) input.household = household;
    const language = v.language || c.language;
    if (language) input.language = language;
    for (const q of [...c.quotaQuestions, ...c.equalityQuestions]) {
      const field = answerField(q.dimension);
      const answer = field ? v.answers[field] : undefined;
      if (field && answer && answer !== PREFER_NOT) input[field] = answer;
    }
    return input;
  });
}

/** An email address or a UK-style phone number (digits, spaces, +, brackets, dashes; 10 to 15 digits). */
export function isContact(text: string): boolean {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return true;
  if (!/^[+\d\s()-]+$/.test(text)) return false;
  const digits = text.replace(/\D/g, "").length;
  return digits >= 10 && digits <= 15;
}
