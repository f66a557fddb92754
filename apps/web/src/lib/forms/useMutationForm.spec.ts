import { describe, expect, it } from "vitest";
import { defineComponent, h } from "vue";
import { flushPromises, mount } from "@vue/test-utils";
import urql from "@urql/vue";
import { Client, fetchExchange } from "@urql/core";
import { BidShortlistDocument } from "../../features/officer/useOfficer";
import { built } from "./errors";
import { FORM } from "./errors";
import { useMutationForm, type MutationForm } from "./useMutationForm";

/**
 * The form composable over a real urql client whose `fetch` answers like the API would (the real
 * API is exercised end to end in e2e/dashboard.e2e.ts): what is sent, when, and how the answer is
 * shown.
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
  let form!: MutationForm<{ bid: string; reason: string }>;
  let changed = 0;
  const Form = defineComponent({
    setup() {
      form = useMutationForm({
        mutation: BidShortlistDocument,
        initial: () => ({ bid: "", reason: "" }),
        // a stand-in for buildShortlist: both fields required
        build: (v) =>
          built(
            { ...(v.bid ? {} : { bid: "Choose the bid." }), ...(v.reason.trim() ? {} : { reason: "Say why." }) },
            () => ({ bid: v.bid, reason: v.reason.trim() }),
          ),
        payload: (d) => d?.bidShortlist,
        fields: ["bid", "reason"],
        success: (p) => (p.bid ? `“${p.bid.title}” is on the shortlist.` : null),
        onSuccess: () => changed++,
      });
      return () => h("div");
    },
  });
  mount(Form, { global: { plugins: [[urql, client]] } });
  return { form: () => form, sent, changed: () => changed };
}

const ok = {
  data: { bidShortlist: { bid: { id: "B1", title: "Peckham youth radio", status: "SHORTLISTED" }, userErrors: [] } },
};

describe("useMutationForm", () => {
  it("sends nothing while the client's checks fail, and says which fields are at fault", async () => {
    const h = harness(() => ok);
    await h.form().submit();
    expect(h.sent).toEqual([]);
    expect(h.form().errors.value).toEqual({ bid: "Choose the bid.", reason: "Say why." });
    expect(h.form().done.value).toBeNull();
  });

  it("sends the built input, confirms, resets the values and tells the page", async () => {
    const h = harness(() => ok);
    Object.assign(h.form().values, { bid: "B1", reason: "  Young people present it.  " });
    await h.form().submit();
    await flushPromises();
    expect(h.sent).toEqual([{ bid: "B1", reason: "Young people present it." }]);
    expect(h.form().errors.value).toEqual({});
    expect(h.form().done.value).toBe("“Peckham youth radio” is on the shortlist.");
    expect(h.form().values).toEqual({ bid: "", reason: "" });
    expect(h.changed()).toBe(1);
    expect(h.form().busy.value).toBe(false);
  });

  it("puts the API's userErrors beside the field they name, the rest at the top; keeps the values", async () => {
    const h = harness(() => ({
      data: {
        bidShortlist: {
          bid: null,
          userErrors: [
            { code: "TOO_LONG", message: "Too long.", field: ["input", "reason"] },
            { code: "WRONG_PHASE", message: "The round is not shortlisting.", field: null },
          ],
        },
      },
    }));
    Object.assign(h.form().values, { bid: "B1", reason: "x" });
    await h.form().submit();
    expect(h.form().errors.value).toEqual({ reason: "Too long.", [FORM]: "The round is not shortlisting." });
    expect(h.form().values).toEqual({ bid: "B1", reason: "x" });
    expect(h.form().done.value).toBeNull();
    expect(h.changed()).toBe(0);
  });

  it("shows a GraphQL error on the form, argument validation on its field", async () => {
    const h = harness((input) =>
      input.bid === "bad"
        ? { errors: [{ message: "Unexpected error." }] }
        : {
            errors: [
              {
                message: "Argument Validation Error",
                extensions: {
                  validationErrors: [{ property: "reason", constraints: { maxLength: "reason is too long" } }],
                },
              },
            ],
          },
    );
    Object.assign(h.form().values, { bid: "bad", reason: "x" });
    await h.form().submit();
    expect(h.form().errors.value).toEqual({ [FORM]: "Unexpected error." });
    Object.assign(h.form().values, { bid: "B1" });
    await h.form().submit();
    expect(h.form().errors.value).toEqual({ reason: "reason is too long" });
  });

  it("gives each field a stable element id and forgets one field's error on request", async () => {
    const h = harness(() => ok);
    await h.form().submit();
    const id = h.form().fieldId("reason");
    expect(id).toMatch(/-reason$/);
    expect(h.form().fieldId("reason")).toBe(id);
    expect(h.form().fieldId("bid")).not.toBe(id);
    h.form().clearError("reason");
    expect(h.form().errors.value).toEqual({ bid: "Choose the bid." });
  });
});
