import { describe, expect, it } from "vitest";
import { h } from "vue";
import { mount } from "@vue/test-utils";
import ConsoleField from "./ConsoleField.vue";

/** Every console form's field: the message sits next to the control, which points to it and is marked invalid. */
describe("ConsoleField", () => {
  const control = (attrs: Record<string, unknown>) => h("input", { ...attrs, type: "text" });

  it("labels the control, and links its hint and its error to it", () => {
    const wrapper = mount(ConsoleField, {
      props: { id: "f-amount", label: "Amount (£)", hint: "e.g. 7000", error: "Spend cannot exceed the award." },
      slots: { default: control },
    });
    const input = wrapper.find("input");
    expect(wrapper.find("label").attributes("for")).toBe("f-amount");
    expect(input.attributes("id")).toBe("f-amount");
    expect(input.attributes("aria-invalid")).toBe("true");
    expect(input.attributes("aria-describedby")).toBe("f-amount-hint f-amount-error");
    expect(wrapper.find("#f-amount-error").text()).toBe("Spend cannot exceed the award.");
  });

  it("is neither invalid nor described when there is nothing to say", () => {
    const wrapper = mount(ConsoleField, { props: { id: "f-title", label: "Title" }, slots: { default: control } });
    const input = wrapper.find("input");
    expect(input.attributes("aria-invalid")).toBeUndefined();
    expect(input.attributes("aria-describedby")).toBeUndefined();
    expect(wrapper.find(".error-text").exists()).toBe(false);
  });
});
