import { beforeEach, describe, expect, it, vi } from "vitest";
import { ref } from "vue";
import { flushPromises } from "@vue/test-utils";
import { mountAt } from "../../test/mount";
import { setToken, clearToken } from "../../lib/session";
import AccountPage from "./AccountPage.vue";

/**
 * The page's own steps over recorded mutation hooks: start gives the secret and URI as text, a code
 * that is not six digits is refused before any request, a good one is sent and the recovery codes
 * are shown. The server side (secret, codes, single use) is tested in apps/api; the whole flow with a
 * real TOTP code in e2e/two-factor.e2e.ts.
 */
const viewer = ref<{ viewer: Record<string, unknown> } | undefined>(undefined);
const startMutation = vi.fn();
const confirmMutation = vi.fn();
vi.mock("./useAccount", () => ({
  useAccount: () => ({
    viewer: { data: viewer, error: ref(undefined), fetching: ref(false), executeQuery: vi.fn() },
    start: { executeMutation: startMutation, fetching: ref(false) },
    confirm: { executeMutation: confirmMutation, fetching: ref(false) },
  }),
}));

const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

describe("AccountPage", () => {
  beforeEach(() => {
    setToken("t".repeat(43));
    viewer.value = {
      viewer: {
        role: "OFFICER",
        email: "officer@lambeth.example",
        displayName: "Lambeth officer",
        twoFactorEnabled: false,
        twoFactorRequired: true,
      },
    };
    startMutation.mockReset().mockResolvedValue({
      data: {
        twoFactorEnrolStart: {
          secret: SECRET,
          otpauthUri: `otpauth://totp/Coproduce:officer%40lambeth.example?secret=${SECRET}`,
          userErrors: [],
        },
      },
    });
    confirmMutation.mockReset().mockResolvedValue({
      data: { twoFactorEnrolConfirm: { recoveryCodes: ["abcde-fghjk", "mnpqr-stuvw"], userErrors: [] } },
    });
  });

  it("says it is off and required, shows the secret and URI as text, and the recovery codes once on", async () => {
    const { wrapper } = await mountAt(AccountPage, "/officer/account");
    expect(wrapper.text()).toContain("Two-factor sign-in is off for this account.");
    expect(wrapper.text()).toContain("Your council requires two-factor sign-in: set it up now.");
    await wrapper.get("button").trigger("click");
    await flushPromises();
    expect(wrapper.get("[data-testid=totp-secret]").text()).toBe(SECRET);
    expect(wrapper.get("code.uri").text()).toContain(`secret=${SECRET}`);

    await wrapper.get("#a-code").setValue("12 34");
    await wrapper.get("form").trigger("submit");
    await flushPromises();
    expect(confirmMutation).not.toHaveBeenCalled();
    expect(wrapper.get("[role=alert]").text()).toBe("Enter the six digits the app shows.");

    await wrapper.get("#a-code").setValue("123456");
    await wrapper.get("form").trigger("submit");
    await flushPromises();
    expect(confirmMutation).toHaveBeenCalledWith({ input: { code: "123456" } });
    expect(wrapper.findAll(".codes li").map((li) => li.text())).toEqual(["abcde-fghjk", "mnpqr-stuvw"]);
    expect(wrapper.find("[data-testid=totp-secret]").exists()).toBe(false);
  });

  it("shows the server's message when the code is wrong", async () => {
    confirmMutation.mockResolvedValue({
      data: {
        twoFactorEnrolConfirm: {
          recoveryCodes: [],
          userErrors: [{ code: "INVALID_CREDENTIALS", message: "The code is not correct.", field: ["input", "code"] }],
        },
      },
    });
    const { wrapper } = await mountAt(AccountPage, "/officer/account");
    await wrapper.get("button").trigger("click");
    await flushPromises();
    await wrapper.get("#a-code").setValue("654321");
    await wrapper.get("form").trigger("submit");
    await flushPromises();
    expect(wrapper.get("[role=alert]").text()).toBe("The code is not correct.");
    expect(wrapper.find(".codes").exists()).toBe(false);
  });

  it("asks to sign in first without a session", async () => {
    clearToken();
    const { wrapper } = await mountAt(AccountPage, "/officer/account");
    expect(wrapper.text()).toContain("Sign in to the officer console to see your account.");
    expect(startMutation).not.toHaveBeenCalled();
  });
});
