import { describe, expect, it } from "vitest";
import { flushPromises, mount } from "@vue/test-utils";
import urql from "@urql/vue";
import { Client, fetchExchange } from "@urql/core";
import TenderSection from "./TenderSection.vue";

/**
 * The tender form over a real urql client whose `fetch` answers like the API would: criterion rows
 * added and removed with buttons, the live total, nothing sent at 90 %, the server's coded message
 * beside the field it names, and a published tender shown read-only.
 */
function harness(answer: (input: Record<string, unknown>) => unknown) {
  const sent: Record<string, unknown>[] = [];
  const client = new Client({
    url: "http://api.test/graphql",
    preferGetMethod: false,
    exchanges: [fetchExchange],
    fetch: (async (_url: string, init?: RequestInit) => {
      const body = JSON.parse(init?.body as string) as { variables: { input: Record<string, unknown> } };
      sent.push(body.variables.input);
      return new Response(JSON.stringify(answer(body.variables.input)), {
        headers: { "content-type": "application/json" },
      });
    }) as typeof fetch,
  });
  return { client, sent };
}

const POT = { amountMinor: 3_200_000, currency: "GBP" };
const OUTCOMES = [{ id: "O1", title: "Young people feel safe" }];

function mountTender(answer: (input: Record<string, unknown>) => unknown, tender: unknown = null) {
  const h = harness(answer);
  const wrapper = mount(TenderSection, {
    attachTo: document.body,
    props: { roundId: "R1", pot: POT, outcomes: OUTCOMES, tender: tender as never },
    global: { plugins: [[urql, h.client]] },
  });
  return { ...h, wrapper };
}

const byLabel = (w: ReturnType<typeof mount>, text: string) => {
  const label = w.findAll("label").find((l) => l.text() === text);
  if (!label) throw new Error(`no label ${text}`);
  return w.get(`[id="${label.attributes("for")}"]`);
};

describe("TenderSection", () => {
  it("adds and removes criterion rows, totals the weights live and sends nothing at 90 %", async () => {
    const { wrapper: w, sent } = mountTender(() => ({}));
    expect(w.findAll('[data-testid="criterion"]')).toHaveLength(2);
    await byLabel(w, "Title").setValue("Safer streets");
    await byLabel(w, "What the service must do").setValue("Youth work.");
    await byLabel(w, "Most a bid may ask for (£)").setValue("30,000");
    await w.get('input[type="checkbox"]').setValue(true);
    await byLabel(w, "Criterion 1: name").setValue("Quality");
    await byLabel(w, "Criterion 1: weight (%)").setValue("50");
    await byLabel(w, "Criterion 2: name").setValue("Value");
    await byLabel(w, "Criterion 2: weight (%)").setValue("40");
    const total = () => w.get('[data-testid="weight-total"]').text().replace(/\s+/g, " ");
    expect(total()).toBe("Total: 90 % of 100 % 10 % still to give.");

    await w.get("form").trigger("submit");
    await flushPromises();
    expect(sent).toEqual([]);
    expect(w.get(".error-summary").text()).toContain("The weights add up to 90 %; they must add up to 100 %.");

    const add = w.findAll("button").find((b) => b.text() === "Add another criterion")!;
    await add.trigger("click");
    expect(w.findAll('[data-testid="criterion"]')).toHaveLength(3);
    await byLabel(w, "Criterion 3: weight (%)").setValue("25");
    expect(total()).toContain("15 % too much.");
    const remove = w.findAll("button").find((b) => b.text() === "Remove criterion 3")!;
    await remove.trigger("click");
    expect(w.findAll('[data-testid="criterion"]')).toHaveLength(2);
    await byLabel(w, "Criterion 2: weight (%)").setValue("50");
    expect(total()).toBe("Total: 100 %. The weights add up.");
    w.unmount();
  });

  it("sends the draft in minor units and basis points, and shows the server's message beside the ceiling", async () => {
    const { wrapper: w, sent } = mountTender(() => ({
      data: {
        tenderDraft: {
          tender: null,
          userErrors: [
            {
              code: "EXCEEDS_POT",
              message: "The budget ceiling cannot be more than the round's pot.",
              field: ["input", "budgetCeiling"],
            },
          ],
        },
      },
    }));
    await byLabel(w, "Title").setValue("Safer streets");
    await byLabel(w, "What the service must do").setValue("Youth work.");
    await byLabel(w, "Most a bid may ask for (£)").setValue("£30,000.50");
    await w.get('input[type="checkbox"]').setValue(true);
    await byLabel(w, "Criterion 1: name").setValue("Quality");
    await byLabel(w, "Criterion 1: weight (%)").setValue("62.5");
    await byLabel(w, "Criterion 2: name").setValue("Value");
    await byLabel(w, "Criterion 2: weight (%)").setValue("37.5");
    await w.get("form").trigger("submit");
    await flushPromises();
    expect(sent).toEqual([
      {
        round: "R1",
        title: "Safer streets",
        specification: "Youth work.",
        budgetCeiling: { amountMinor: 3_000_050, currency: "GBP" },
        outcomes: ["O1"],
        criteria: [
          { name: "Quality", weightBasisPoints: 6250 },
          { name: "Value", weightBasisPoints: 3750 },
        ],
      },
    ]);
    const ceiling = byLabel(w, "Most a bid may ask for (£)");
    expect(ceiling.attributes("aria-invalid")).toBe("true");
    const errorId = ceiling
      .attributes("aria-describedby")!
      .split(" ")
      .find((id) => id.endsWith("-error"))!;
    expect(w.get(`[id="${errorId}"]`).text()).toBe("The budget ceiling cannot be more than the round's pot.");
    w.unmount();
  });

  it("shows a published tender read-only, with its criteria in percent", () => {
    const { wrapper: w } = mountTender(() => ({}), {
      id: "T1",
      title: "Safer streets",
      specification: "Youth work.",
      status: "published",
      publishedAt: "2026-01-10T09:00:00Z",
      submissionDeadline: null,
      budgetCeiling: { amountMinor: 3_000_000, currency: "GBP" },
      outcomes: OUTCOMES,
      criteria: [
        { id: "C1", name: "Quality", description: "", weightBasisPoints: 8750 },
        { id: "C2", name: "Value", description: "", weightBasisPoints: 1250 },
      ],
    });
    expect(w.find("form").exists()).toBe(false);
    expect(w.find("input").exists()).toBe(false);
    expect(w.get("h3").text()).toBe("The published tender");
    const summary = w.get('[data-testid="tender-summary"]').text();
    expect(summary).toContain("£30,000");
    expect(summary).toContain("Quality: 87.5 %");
    expect(summary).toContain("Value: 12.5 %");
    expect(w.findAll("button").map((b) => b.text())).toEqual([]);
    w.unmount();
  });
});
