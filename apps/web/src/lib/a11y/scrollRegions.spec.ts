import { describe, expect, it } from "vitest";
import { makeScrollRegion, watchScrollRegions } from "./scrollRegions";

function wrapper(html: string): HTMLElement {
  const div = document.createElement("div");
  div.className = "table-wrap";
  div.innerHTML = html;
  return div;
}

describe("scrollable table regions", () => {
  it("are focusable regions named after their table's caption", () => {
    const wrap = wrapper("<table><caption>Every bid,\n  funded or not</caption><tr><td>1</td></tr></table>");
    makeScrollRegion(wrap);
    expect(wrap.tabIndex).toBe(0);
    expect(wrap.getAttribute("role")).toBe("region");
    expect(wrap.getAttribute("aria-label")).toBe("Every bid, funded or not");
  });

  it("keep a name or tab order a screen already gave them", () => {
    const wrap = wrapper("<table><tr><td>1</td></tr></table>");
    wrap.setAttribute("aria-label", "Payments");
    wrap.tabIndex = -1;
    makeScrollRegion(wrap);
    expect(wrap.getAttribute("aria-label")).toBe("Payments");
    expect(wrap.tabIndex).toBe(-1);
  });

  it("reach tables a page renders later, and follow a caption that changes (another language)", async () => {
    const root = document.createElement("div");
    document.body.append(root);
    const observer = watchScrollRegions(root);
    const wrap = wrapper("<table><caption>Awards</caption></table>");
    root.append(wrap);
    await new Promise((r) => setTimeout(r, 0));
    expect(wrap.getAttribute("aria-label")).toBe("Awards");
    wrap.querySelector("caption")!.textContent = "Dyfarniadau";
    await new Promise((r) => setTimeout(r, 0));
    expect(wrap.getAttribute("aria-label")).toBe("Dyfarniadau");
    observer.disconnect();
    root.remove();
  });
});
