import { describe, expect, it } from "vitest";
import {
  buildApplication,
  categoryLabel,
  initialApplication,
  isContact,
  orderedCategories,
  PREFER_NOT,
} from "./applyForm";

const context = {
  round: "R1",
  quotaQuestions: [{ dimension: "sex", categories: ["Female", "Male"] }],
  equalityQuestions: [
    { dimension: "age_band", categories: ["20-24", "15-19"] },
    { dimension: "disability", categories: ["Disabled under the Equality Act"] },
  ],
  asksTargetGroup: true,
};

describe("the application form's checks", () => {
  it("names every missing answer by its input field and sends nothing", () => {
    const { input, errors } = buildApplication(initialApplication(), context);
    expect(input).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(["consent", "contact", "inTargetGroup", "livesInArea", "name", "sex"]);
  });

  it("refuses someone outside the area or the target group", () => {
    const v = { ...initialApplication(), livesInArea: "no", inTargetGroup: "no" };
    const { errors } = buildApplication(v, context);
    expect(errors.livesInArea).toBe("This panel is only for people who live in the area.");
    expect(errors.inTargetGroup).toBe("This panel is only for the people named above.");
  });

  it("sends quota answers, equality answers given, and nothing for 'prefer not to say'", () => {
    const v = {
      ...initialApplication(),
      livesInArea: "yes",
      inTargetGroup: "yes",
      name: " Jay ",
      contact: "07700 900123",
      consent: true,
      answers: { sex: "Female", ageBand: "15-19", disability: PREFER_NOT, ethnicGroup: "" },
    };
    expect(buildApplication(v, context)).toEqual({
      input: {
        round: "R1",
        name: "Jay",
        contact: "07700 900123",
        sex: "Female",
        ageBand: "15-19",
        consent: true,
        eligible: true,
      },
      errors: {},
    });
  });

  it("lets an officer enter a paper form without contact details", () => {
    const v = { ...initialApplication(), livesInArea: "yes", inTargetGroup: "yes", consent: true };
    v.answers.sex = "Male";
    const { input } = buildApplication(v, { ...context, paper: true });
    expect(input).toEqual({ round: "R1", sex: "Male", consent: true, eligible: true });
  });

  it("sends the home address trimmed when given (optional), and refuses one over 200 characters", () => {
    const v = { ...initialApplication(), livesInArea: "yes", inTargetGroup: "yes", consent: true };
    v.answers.sex = "Male";
    const paper = { ...context, paper: true };
    expect(buildApplication({ ...v, household: "  12 High St.  " }, paper).input).toEqual({
      round: "R1",
      household: "12 High St.",
      sex: "Male",
      consent: true,
      eligible: true,
    });
    expect(buildApplication({ ...v, household: "   " }, paper).input).not.toHaveProperty("household");
    expect(buildApplication({ ...v, household: "x".repeat(200) }, paper).input?.household).toHaveLength(200);
    expect(buildApplication({ ...v, household: "x".repeat(201) }, paper)).toEqual({
      input: null,
      errors: { household: "Enter an address of 200 characters or fewer." },
    });
  });

  it("accepts phone numbers and emails, and puts age bands in age order with plain labels", () => {
    expect(isContact("jay@example.org")).toBe(true);
    expect(isContact("+44 7700 900123")).toBe(true);
    expect(isContact("12345")).toBe(false);
    expect(isContact("call me")).toBe(false);
    expect(orderedCategories("age_band", ["20-24", "5-9", "15-19", "85+", "10-14"])).toEqual(["15-19", "20-24", "85+"]);
    expect(orderedCategories("sex", ["Male", "Female"])).toEqual(["Male", "Female"]);
    expect(categoryLabel("age_band", "15-19")).toBe("15 to 19");
    expect(categoryLabel("age_band", "85+")).toBe("85 or over");
    expect(categoryLabel("sex", "Female")).toBe("Female");
  });
});
