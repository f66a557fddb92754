import { describe, expect, it } from "vitest";
import { kioskAddress, kioskStorageKey, kioskTokenFromHash } from "./kiosk";

describe("the kiosk token in the booth's address", () => {
  it("comes back from the fragment exactly; a short, foreign or broken fragment is no kiosk", () => {
    const token = "kiosk.12.1798000000.abc_DEF-1.sig+/=";
    const url = kioskAddress("https://x.example", "r", token);
    expect(kioskTokenFromHash(url.slice(url.indexOf("#")))).toBe(token);
    expect(kioskTokenFromHash("#a=1&kiosk=kiosk.1.2.3.4567")).toBe("kiosk.1.2.3.4567");
    expect(kioskTokenFromHash("#kiosk=short")).toBeNull();
    expect(kioskTokenFromHash("#other=1")).toBeNull();
    expect(kioskTokenFromHash("")).toBeNull();
    expect(kioskTokenFromHash("#kiosk=%E0%A4%A-broken")).toBeNull();
    expect(kioskStorageKey("r")).not.toBe(kioskStorageKey("s"));
  });
});
