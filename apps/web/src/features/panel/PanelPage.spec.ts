import { afterEach, describe, expect, it, vi } from "vitest";
import { ref } from "vue";
import { mountAt } from "../../test/mount";
import { i18n } from "../../i18n";
import PanelPage from "./PanelPage.vue";

/**
 * The panel member's home over a recorded myPanel answer: the round's and its outcomes' words in the
 * member's language when translated, else the English, marked. End to end: e2e/panel.e2e.ts.
 */
const money = (amountMinor: number) => ({ amountMinor, currency: "GBP" });
const PANEL = {
  myPanel: {
    pseudonym: "Member 7",
    round: {
      id: "R1",
      slug: "yos",
      title: "A service for young offenders",
      textLang: "en",
      translations: [{ lang: "cy", title: "Gwasanaeth i droseddwyr ifanc" }],
      phase: "DEFINING_OUTCOMES",
      tender: null,
      bids: [],
      outcomes: [
        {
          id: "O1",
          title: "Fewer young people reoffend",
          textLang: "en",
          translations: [{ lang: "cy", title: "Llai o bobl ifanc yn aildroseddu" }],
          indicators: [
            {
              id: "I1",
              name: "Reoffending rate",
              translations: [{ lang: "cy", name: "Cyfradd aildroseddu" }],
              unit: "%",
              baseline: 42,
              target: 25,
              dueOn: "2024-08-31",
            },
          ],
        },
        {
          id: "O2",
          title: "Young people build skills",
          textLang: "en",
          translations: [],
          indicators: [
            { id: "I2", name: "Awards gained", translations: [], unit: "people", baseline: 0, target: 40, dueOn: null },
          ],
        },
      ],
    },
    sessions: [],
    nextSession: null,
    scores: [],
    canChangeScores: false,
    payments: [],
    owed: money(0),
    paid: money(0),
    outstanding: money(0),
  },
};

vi.mock("../../lib/session", () => ({
  sessionToken: ref("token"),
  sessionViewer: ref({ role: "PANEL_MEMBER", displayName: "Member 7", councilSlug: null, councilName: null }),
  signIn: vi.fn(),
  signOut: vi.fn(),
  deviceId: () => "device",
}));
vi.mock("./usePanel", () => ({
  useMyPanel: () => ({ data: ref(PANEL), fetching: ref(false), error: ref(undefined), executeQuery: vi.fn() }),
  usePanelJoin: () => ({ executeMutation: vi.fn() }),
  usePanelMemberLanguageSet: () => ({ executeMutation: vi.fn() }),
  useInterviewScoreSubmit: () => ({ executeMutation: vi.fn(), fetching: ref(false) }),
  usePanelBidShortlist: () => ({ executeMutation: vi.fn(), fetching: ref(false) }),
}));
vi.mock("../../lib/useSignOut", () => ({ useSignOut: () => vi.fn() }));

afterEach(() => {
  i18n.global.locale.value = "en";
});

describe("PanelPage: the member's home in Welsh", () => {
  it("names the round, its outcomes and indicators in Welsh where translated, else in English marked English", async () => {
    i18n.global.locale.value = "cy";
    const { wrapper } = await mountAt(PanelPage, "/panel");
    const round = wrapper.get(".round__title");
    expect([round.text(), round.attributes("lang")]).toEqual(["Gwasanaeth i droseddwyr ifanc", undefined]);
    const [first, second] = wrapper.findAll(".outcomes > li");
    const title = first!.get(".outcome__title");
    expect([title.text(), title.attributes("lang")]).toEqual(["Llai o bobl ifanc yn aildroseddu", undefined]);
    const indicator = first!.get("p.muted span");
    expect([indicator.text(), indicator.attributes("lang")]).toEqual(["Cyfradd aildroseddu", undefined]);
    expect(first!.get("p.muted").text()).toContain("42");
    const untranslated = second!.get(".outcome__title");
    expect([untranslated.text(), untranslated.attributes("lang")]).toEqual(["Young people build skills", "en"]);
    expect(second!.get("p.muted span").attributes("lang")).toBe("en");
  });

  it("gives English readers the originals, unmarked", async () => {
    const { wrapper } = await mountAt(PanelPage, "/panel");
    expect(wrapper.get(".outcomes .outcome__title").text()).toBe("Fewer young people reoffend");
    expect(wrapper.get(".outcomes p.muted span").text()).toBe("Reoffending rate");
    expect(wrapper.get(".outcomes p.muted span").attributes("lang")).toBeUndefined();
  });
});
