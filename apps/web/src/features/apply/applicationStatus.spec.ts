import { describe, expect, it } from "vitest";
import { applicationState, applicationStatusProblem, chancePercent } from "./applicationStatus";

describe("an applicant's status page", () => {
  it("shows chances in whole percent from 10 %, one decimal below, never 0 for a real chance", () => {
    expect(chancePercent(0.123)).toEqual({ percent: 12, digits: 0 });
    expect(chancePercent(0.5)).toEqual({ percent: 50, digits: 0 });
    expect(chancePercent(1)).toEqual({ percent: 100, digits: 0 });
    expect(chancePercent(0.0331)).toEqual({ percent: 3.3, digits: 1 });
    expect(chancePercent(0.005)).toEqual({ percent: 0.5, digits: 1 });
    expect(chancePercent(0.0001)).toEqual({ percent: 0.1, digits: 1 });
    expect(chancePercent(0)).toEqual({ percent: 0, digits: 0 });
  });

  it("names the statuses it knows and reads the API's error codes", () => {
    expect(applicationState("reserve")).toBe("reserve");
    expect(applicationState("rejected")).toBe("rejected");
    expect(applicationState("something new")).toBe("applied");
    expect(applicationStatusProblem(undefined)).toBeNull();
    expect(applicationStatusProblem({ graphQLErrors: [{ extensions: { code: "NOT_FOUND" } }] })).toBe(
      "applicationStatus.notFound",
    );
    expect(applicationStatusProblem({ graphQLErrors: [{ extensions: { code: "RATE_LIMITED" } }] })).toBe(
      "applicationStatus.tooMany",
    );
    expect(applicationStatusProblem({ graphQLErrors: [] })).toBe("applicationStatus.failed");
  });
});
