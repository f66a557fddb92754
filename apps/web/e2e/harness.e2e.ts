import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axe, canvasPaint, launchBrowser, waitForPaintedCanvas, type RunningBrowser } from "./harness";

// The harness's own checks must be able to fail: prove it on pages built to fail them.
describe("e2e harness", () => {
  let browser: RunningBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("axe reports serious violations on an inaccessible page and none on a clean one", async () => {
    const page = await browser.newPage();
    await page.setContent(
      `<!doctype html><html><head><title>bad</title></head><body><main><img src="x.png"><input type="text">` +
        `<p style="color:#aaa;background:#fff">low contrast</p></main></body></html>`,
    );
    const bad = await axe(page);
    expect(bad.map((v) => v.id)).toEqual(expect.arrayContaining(["image-alt", "label", "color-contrast"]));

    await page.setContent(
      `<!doctype html><html lang="en"><head><title>ok</title></head><body><main><h1>Fine</h1>` +
        `<label for="q">Search</label><input id="q" type="text"></main></body></html>`,
    );
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it("tells a painted canvas from a blank one", async () => {
    const page = await browser.newPage();
    await page.setContent(
      `<canvas id="blank" width="200" height="100"></canvas><canvas id="drawn" width="200" height="100"></canvas>` +
        `<script>const c=document.getElementById("drawn").getContext("2d");c.fillStyle="#12436D";c.fillRect(10,10,120,40);` +
        `c.fillStyle="#F46A25";c.fillRect(10,60,60,30);</script>`,
    );
    const [blank] = await canvasPaint(page, "#blank");
    expect(blank!.paintedPixels).toBe(0);
    const drawn = await waitForPaintedCanvas(page, "#drawn", 2_000);
    expect(drawn.paintedPixels).toBe(120 * 40 + 60 * 30);
    expect(drawn.colours).toBe(2);
    await expect(waitForPaintedCanvas(page, "#blank", 500)).rejects.toThrow(/No chart canvas painted/);
    await page.close();
  });
});
