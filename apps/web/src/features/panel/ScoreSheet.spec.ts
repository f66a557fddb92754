import { beforeEach, describe, expect, it, vi } from "vitest";
import { ref } from "vue";
import { mount, flushPromises } from "@vue/test-utils";
import ScoreSheet from "./ScoreSheet.vue";

/**
 * The scoring sheet's own behaviour: it refuses to send an incomplete sheet (and says which
 * question is missing), and sends exactly the scores picked. The mutation hook is replaced by a
 * recorder here; what the API does with the scores is tested in apps/api (interview scoring specs).
 */
const executeMutation = vi.fn(async (_variables: unknown) => ({
  data: { interviewScoreSubmit: { userErrors: [] } },
  error: undefined,
}));
vi.mock("./usePanel", () => ({ useInterviewScoreSubmit: () => ({ executeMutation, fetching: ref(false) }) }));

const props = {
  bids: [{ id: "QmlkOjE", title: "Brixton Youth Talent Show" }],
  criteria: [
    { id: "Q3JpdGVyaW9uOjE", name: "Young people at the heart", description: "" },
    { id: "Q3JpdGVyaW9uOjI", name: "Value for money", description: "Costs are clear." },
  ],
};

describe("ScoreSheet", () => {
  beforeEach(() => executeMutation.mockClear());

  it("does not send an incomplete sheet and says which question needs a score", async () => {
    const wrapper = mount(ScoreSheet, { props });
    await wrapper.findAll("fieldset")[0]!.find("input[value='3']").setValue(true);
    await wrapper.find("form").trigger("submit");
    await flushPromises();
    expect(wrapper.text()).toContain("Pick a score.");
    expect(wrapper.findAll("fieldset[aria-invalid='true']")).toHaveLength(1);
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it("sends exactly the scores picked, one per criterion", async () => {
    const wrapper = mount(ScoreSheet, { props });
    const fieldsets = wrapper.findAll("fieldset");
    await fieldsets[0]!.find("input[value='3']").setValue(true);
    await fieldsets[1]!.find("input[value='5']").setValue(true);
    await wrapper.find("form").trigger("submit");
    await flushPromises();
    expect(executeMutation).toHaveBeenCalledTimes(1);
    expect(executeMutation.mock.calls[0]![0]).toEqual({
      input: {
        bid: "QmlkOjE",
        scores: [
          { criterion: "Q3JpdGVyaW9uOjE", score: 3 },
          { criterion: "Q3JpdGVyaW9uOjI", score: 5 },
        ],
      },
    });
    expect(wrapper.text()).not.toContain("Pick a score.");
  });
});
