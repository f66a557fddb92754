import { describe, expect, it } from "vitest";
import { flushPromises, mount } from "@vue/test-utils";
import urql from "@urql/vue";
import { Client, fetchExchange } from "@urql/core";
import ShortlistReview from "./ShortlistReview.vue";

/** Reviewing panel members' shortlist reasons: only those awaiting review are offered; each answer is sent as given. */
function mountReview(answer: (input: Record<string, unknown>) => unknown) {
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
  const bids = [
    {
      id: "B1",
      title: "Peckham youth radio",
      shortlisting: { proposedByRole: "panel_member", reason: "They listen to us.", reasonStatus: "awaiting_review" },
    },
    {
      id: "B2",
      title: "Street league",
      shortlisting: { proposedByRole: "officer", reason: "Strong record.", reasonStatus: "published" },
    },
    { id: "B3", title: "Not shortlisted", shortlisting: null },
  ];
  const wrapper = mount(ShortlistReview, { props: { bids }, global: { plugins: [[urql, client]] } });
  return { wrapper, sent };
}

describe("ShortlistReview", () => {
  it("offers only the reasons awaiting review, and publishes one as written", async () => {
    const { wrapper: w, sent } = mountReview((input) => ({
      data: {
        shortlistReasonReview: {
          bid: { id: input.bid, title: "Peckham youth radio", shortlisting: { reasonStatus: "published" } },
          userErrors: [],
        },
      },
    }));
    expect(w.text()).toContain("Shortlist reasons: 1 published, 0 redacted, 1 waiting.");
    expect(w.findAll("blockquote").map((q) => q.text())).toEqual(["They listen to us."]);
    await w
      .findAll("button")
      .find((b) => b.text() === "Publish as written")!
      .trigger("click");
    await flushPromises();
    expect(sent).toEqual([{ bid: "B1", publish: true }]);
    expect(w.get("[role=status]").text()).toBe("Reason published: Peckham youth radio.");
    expect(w.emitted("changed")).toHaveLength(1);
  });

  it("redacts, and shows the API's refusal beside the bid", async () => {
    const { wrapper: w, sent } = mountReview(() => ({
      data: {
        shortlistReasonReview: {
          bid: null,
          userErrors: [{ code: "FROZEN", message: "The round has moved on.", field: ["input", "bid"] }],
        },
      },
    }));
    await w
      .findAll("button")
      .find((b) => b.text() === "Redact")!
      .trigger("click");
    await flushPromises();
    expect(sent).toEqual([{ bid: "B1", publish: false }]);
    expect(w.get(".error-text").text()).toBe("The round has moved on.");
    expect(w.emitted("changed")).toBeUndefined();
  });
});
