import { describe, expect, it } from "vitest";
import { computed, h, nextTick, reactive, ref } from "vue";
import { mount } from "@vue/test-utils";
import { FORM } from "../../lib/forms/errors";
import type { MutationForm } from "../../lib/forms/useMutationForm";
import ConsoleField from "./ConsoleField.vue";
import ConsoleForm from "./ConsoleForm.vue";

/** The GOV.UK error pattern: a summary at the top linking to each field, the message beside the field. */
function formWith(errors: Record<string, string>): MutationForm<{ title: string }> {
  return {
    values: reactive({ title: "" }),
    errors: ref(errors),
    done: ref(null),
    busy: computed(() => false),
    fieldId: (f) => `f-${f}`,
    clearError: () => undefined,
    submit: async () => undefined,
  };
}

function mountForm(form: MutationForm<{ title: string }>) {
  return mount(ConsoleForm, {
    attachTo: document.body,
    props: { form, title: "Record a session", submitLabel: "Record session", busyLabel: "Recording…" },
    slots: {
      default: () =>
        h(
          ConsoleField,
          { name: "title", label: "Title" },
          { default: (a: object) => h("input", { ...a, type: "text" }) },
        ),
    },
  });
}

describe("ConsoleForm", () => {
  it("has no summary while nothing is wrong", () => {
    const w = mountForm(formWith({}));
    expect(w.find(".error-summary").exists()).toBe(false);
    expect(w.find("[role=alert]").exists()).toBe(false);
    w.unmount();
  });

  it("lists every error at the top, each field's linked to it, and the field says it too", async () => {
    const form = formWith({});
    const w = mountForm(form);
    form.errors.value = { title: "Enter a title for the session.", [FORM]: "The round is closed." };
    await nextTick();
    await nextTick();
    const summary = w.get(".error-summary");
    expect(summary.attributes("role")).toBe("alert");
    expect(summary.text()).toContain("There is a problem");
    const links = summary.findAll("a");
    expect(links.map((a) => [a.text(), a.attributes("href")])).toEqual([
      ["Enter a title for the session.", "#f-title"],
    ]);
    expect(summary.findAll("li").map((li) => li.text())).toEqual([
      "Enter a title for the session.",
      "The round is closed.",
    ]);
    // the field, found by its name, shows its own message and points to it
    const input = w.get("#f-title");
    expect(input.attributes("aria-invalid")).toBe("true");
    expect(input.attributes("aria-describedby")).toBe("f-title-error");
    expect(w.get("#f-title-error").text()).toBe("Enter a title for the session.");
    // focus goes to the summary, and a link takes it to the field
    expect(document.activeElement).toBe(summary.element);
    await links[0]!.trigger("click");
    expect(document.activeElement).toBe(input.element);
    w.unmount();
  });
});
