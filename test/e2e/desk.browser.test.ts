// The review desk in Debian's chromium at 1366 and at 390 pixels wide: no page scrolls sideways, the header
// fits, the claims table answers only for the current filters and says so when it is loading, empty or past
// its end, exports CSV; the reader's panel opens next to the chosen claim, keys step through claims; verdicts
// start unchosen, need a note when negative, can be edited and withdrawn; corrections show on the claim;
// speakers are found by part of a name; the queue lists unreviewed claims. Screenshots: test-output/desk/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type Browser, type Page } from "playwright-core";
import { REVIEWER, root, startServer, type TestServer } from "../helpers/server.js";
import { launchChromium } from "../helpers/browser.js";

const shots = path.join(root, "test-output", "desk");

let browser: Browser;
beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launchChromium();
}, 60_000);
afterAll(async () => browser?.close());

const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const width of [1366, 390]) {
  describe(`the review desk at ${width} px`, () => {
    let server: TestServer;
    let page: Page;
    const errors: string[] = [];
    const shot = (name: string) => page.screenshot({ path: path.join(shots, `${width}-${name}.png`), fullPage: true });
    const open = async (url: string, ready: string) => {
      await page.goto(`${server.url}${url}`);
      await page.locator(ready).first().waitFor();
      expect(await noSideScroll(page), `${url} scrolls sideways`).toBeLessThanOrEqual(0);
    };

    beforeAll(async () => {
      server = await startServer();
      page = await browser.newPage({ viewport: { width, height: width > 500 ? 900 : 844 }, acceptDownloads: true });
      page.on("pageerror", (e) => errors.push(e.message));
    }, 120_000);
    afterAll(async () => {
      await page?.close();
      await server?.close();
    });

    it("fits every page and the whole header in the width", async () => {
      for (const [url, ready] of [["/claims", "table.claims"], ["/documents", "table"], ["/speakers", "table"], ["/queue", "table.queue"], ["/reviews", ".empty"], ["/speakers/Ramazon%20Rahimzoda", "[data-testid=timeline]"]]) {
        await open(url, ready);
        for (const name of ["Reviews", "Sign in", "Queue"]) {
          const box = await page.getByRole("link", { name, exact: true }).first().boundingBox();
          expect(box && box.x >= 0 && box.x + box.width <= width, `${name} on ${url}`).toBe(true);
        }
        await shot(url.split("/").filter(Boolean).join("-").replace(/%20/g, "_") || "home");
      }
      // chart labels stay readable when the chart shrinks
      await open("/speakers/Ramazon%20Rahimzoda", "[data-testid=timeline]");
      const label = await page.locator(".timeline .grid text").first().boundingBox();
      expect(label!.height).toBeGreaterThanOrEqual(9);
    });

    it("shows only the answer for the current filters, and says loading, empty and past the end", async () => {
      // the answer for speaker=biden comes late, after the reader has already asked for rahimzoda
      await page.route(/\/api\/claims\?.*speaker=biden/, async (route) => {
        await new Promise((r) => setTimeout(r, 1500));
        await route.continue();
      });
      await page.goto(`${server.url}/claims?speaker=biden`);
      await page.getByTestId("loading").waitFor();
      await page.getByLabel("speaker").fill("rahimzoda");
      await page.getByRole("button", { name: "Filter", exact: true }).click();
      await page.getByTestId("claims-count").waitFor();
      await page.waitForTimeout(2000);
      expect(page.url()).toMatch(/speaker=rahimzoda/);
      const speakers = await page.locator('table.claims td[data-label="speaker"]').allTextContents();
      expect(speakers.length).toBeGreaterThan(0);
      for (const s of speakers) expect(s).toBe("Ramazon Rahimzoda");
      await page.unroute(/\/api\/claims\?.*speaker=biden/);

      await open("/claims?offset=5000", "[data-testid=empty]");
      expect(await page.getByTestId("empty").textContent()).toMatch(/past the last claim: there are \d+/);
      await open("/claims?search=zzyzx", "[data-testid=empty]");
      expect(await page.getByTestId("empty").textContent()).toMatch(/No claims match these filters/);
      await page.getByRole("button", { name: "Clear filters" }).click();
      await page.getByTestId("claims-count").waitFor();
      expect(new URL(page.url()).search).toBe("");
      await open("/claims?from=2017-01-01&to=2016-01-01", "[role=alert]");
      expect(await page.getByRole("alert").textContent()).toMatch(/"from" \(2017-01-01\) is after "to" \(2016-01-01\)/);
    });

    it("has id and verdict columns and exports the view as CSV", async () => {
      await open("/claims?counted=people", "table.claims");
      const first = page.locator("table.claims tbody tr").first();
      expect(await first.locator('td[data-label="id"]').textContent()).toMatch(/^\d+$/);
      expect(await first.locator('td[data-label="verdict"]').textContent()).toBe("unreviewed");
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
      const csv = readFileSync((await download.path())!, "utf8").trim().split("\r\n");
      const total = Number((await page.getByTestId("claims-count").textContent())!.match(/^(\d+)/)![1]);
      expect(csv[0]).toMatch(/^id,published,speaker,quantity,/);
      expect(csv).toHaveLength(total + 1);
      // a date never wraps
      const lines = await first.locator('td[data-label="period"]').evaluate((td) => {
        const r = document.createRange();
        r.selectNodeContents(td);
        return new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size;
      });
      expect(lines).toBe(1);
    });

    it("finds a speaker by part of the name", async () => {
      await open("/speakers/Rahimzoda", "[data-testid=timeline]");
      expect(await page.locator("h1").textContent()).toBe("Ramazon Rahimzoda");
      expect(await page.getByTestId("speaker-matched").count()).toBe(1);
      // the name in other capitals is the speaker itself, not a near match to explain
      await open("/speakers/ramazon%20rahimzoda", "[data-testid=timeline]");
      expect(await page.locator("h1").textContent()).toBe("Ramazon Rahimzoda");
      expect(await page.getByTestId("speaker-matched").count()).toBe(0);
      await open("/speakers", "table");
      await page.getByLabel("find a speaker").fill("rahim");
      await page.getByRole("button", { name: "Find" }).click();
      await expect.poll(() => page.getByTestId("speakers-count").textContent()).toMatch(/matching “rahim”/);
      expect(await page.locator("table td[data-label=speaker]").first().textContent()).toBe("Ramazon Rahimzoda");
    });

    it("reads an article once titled, with the panel next to the chosen claim and keys to step", async () => {
      await open("/documents", "table");
      await page.getByRole("link", { name: /Tajikistan/i }).first().click();
      await page.getByTestId("article-text").waitFor();
      const title = (await page.locator("h1").textContent())!;
      expect((await page.getByTestId("article-text").textContent())!.startsWith(title)).toBe(false);
      const meta = (await page.getByTestId("document-meta").textContent())!;
      expect(meta).not.toMatch(/^\s*·|·\s*·|·\s*$/);
      expect(await page.locator(".reader .claim").evaluateAll((els) => els.filter((e) => getComputedStyle(e).textDecorationLine.includes("underline")).length)).toBe(0);

      const mark = page.locator("mark.quantity", { hasText: "More than 400" });
      await mark.click();
      const panel = page.getByTestId("claim-panel");
      await panel.waitFor();
      const m = (await mark.boundingBox())!;
      const p = (await panel.boundingBox())!;
      if (width > 900) {
        // beside the text, in view with the claim
        expect(p.x).toBeGreaterThan(m.x);
        expect(p.y).toBeLessThan(m.y + m.height);
      } else {
        // under the claim's paragraph: no scrolling thousands of pixels
        expect(p.y).toBeGreaterThan(m.y);
        expect(p.y - (m.y + m.height)).toBeLessThan(600);
      }
      expect(await noSideScroll(page)).toBeLessThanOrEqual(0);
      await shot("reader");

      const before = page.url();
      await page.locator("body").press("j");
      await expect.poll(() => page.url()).not.toBe(before);
      // the address changes at once, the focus on the next animation frame (reader.tsx: select)
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-claim") ?? document.activeElement?.getAttribute("data-sentence-of"))).toBe(page.url().split("/").pop());
      const second = page.url();
      await page.locator("body").press("k");
      await expect.poll(() => page.url()).toBe(before);
      // keys pressed faster than the page repaints step from the claim the last key chose, not the one shown
      await page.keyboard.press("j");
      await page.keyboard.press("j");
      await page.keyboard.press("k");
      await expect.poll(() => page.url()).toBe(second);
      await page.locator("body").press("k");
      await expect.poll(() => page.url()).toBe(before);
      // every statement is reachable by Tab
      const focusable = await page.locator(".reader .claim.statement[tabindex='0'], .reader mark.quantity[tabindex='0']").count();
      expect(focusable).toBeGreaterThan(5);
    });

    it("records a verdict only when chosen, with a note when negative; edits and withdraws it", async () => {
      const r = await page.request.post(`${server.url}/api/session`, { data: { name: REVIEWER.name, password: REVIEWER.password } });
      expect(r.status()).toBe(200);
      await page.reload();
      await page.getByTestId("signed-in").waitFor();
      const panel = page.getByTestId("claim-panel");
      await panel.waitFor();
      const verdict = panel.getByLabel("Verdict");
      expect(await verdict.inputValue()).toBe("");
      const record = panel.getByRole("button", { name: "Record verdict" });
      expect(await record.isDisabled()).toBe(true);
      // the keyboard picks the fourth verdict on the scale
      await page.locator("body").press("4");
      expect(await verdict.inputValue()).toBe("unsupported");
      expect(await panel.locator("textarea[name=note]").getAttribute("required")).not.toBeNull();
      await record.click();
      expect(await panel.getByTestId("verdict").count()).toBe(0);
      await panel.locator("textarea[name=note]").fill("The ministry named no one.");
      await record.click();
      await expect.poll(() => panel.getByTestId("verdict").locator("strong").textContent()).toBe("unsupported");
      await shot("verdict");

      await panel.getByRole("button", { name: "Edit verdict" }).click();
      expect(await verdict.inputValue()).toBe("unsupported");
      await verdict.selectOption("misleading");
      await panel.locator("textarea[name=note]").fill("Court records name 212.");
      await panel.getByRole("button", { name: "Save the edit" }).click();
      await expect.poll(() => panel.getByTestId("verdict").locator("strong").textContent()).toBe("misleading");
      expect(await panel.locator("[data-testid=review-history] > li.withdrawn").count()).toBe(1);
      await panel.getByRole("button", { name: "Withdraw verdict" }).click();
      await panel.getByTestId("no-verdict").waitFor();
      expect(await panel.locator("[data-testid=review-history] > li").count()).toBe(2);
      expect(await panel.locator("[data-testid=review-history] > li.withdrawn").count()).toBe(2);
    });

    it("corrects the speaker and marks an item not a claim, shown on the claim", async () => {
      const panel = page.getByTestId("claim-panel");
      await panel.getByText("Correct the extractor's reading").click();
      const form = panel.getByTestId("correction-form");
      await form.getByLabel("Field").selectOption("speaker");
      await form.getByLabel("Who said it").fill("Interior Ministry");
      await form.getByRole("button", { name: "Save the correction" }).click();
      await expect.poll(() => panel.locator('[data-field="speaker"]').textContent()).toBe("Interior Ministry");
      expect(await panel.locator('[data-corrected="speaker"]').textContent()).toMatch(/corrected by alice, .*the extractor read “Ramazon Rahimzoda”/);
      await form.getByLabel("Field").selectOption("not-a-claim");
      await form.getByRole("button", { name: "Mark not a claim" }).click();
      await panel.getByTestId("not-a-claim").waitFor();
      expect(await panel.getByTestId("corrections").locator("li").count()).toBe(2);
      expect(await noSideScroll(page)).toBeLessThanOrEqual(0);
      await shot("corrected");
      // gone from the queue, shown in the table
      const id = page.url().split("/").pop();
      await open("/queue", "table.queue");
      expect(await page.locator(`td[data-label=id] a`).allTextContents()).not.toContain(id);
      await open(`/claims?search=detained&counted=people`, "table.claims");
      expect(await page.locator(`tr:has(td[data-label=id] a:text-is("${id}")) td[data-label=verdict]`).textContent()).toBe("not a claim");
      expect(errors).toEqual([]);
    });

    it("opens a claim's address at the claim, its panel beside it or under its paragraph", async () => {
      // the article's last claim with a number: arriving from the table or the queue must not leave it thousands of pixels down
      const { items } = await (await page.request.get(`${server.url}/api/claims?document=1&limit=200&sort=id`)).json() as { items: { id: number; quantity: { start: number } }[] };
      const last = items.reduce((a, b) => (b.quantity.start > a.quantity.start ? b : a));
      await open(`/claims/${last.id}`, "[data-testid=claim-panel]");
      const mark = page.locator(`mark.quantity[data-claim="${last.id}"]`);
      await expect.poll(async () => {
        const m = (await mark.boundingBox())!;
        return m.y >= 0 && m.y + m.height <= page.viewportSize()!.height;
      }).toBe(true);
      const m = (await mark.boundingBox())!;
      const p = (await page.getByTestId("claim-panel").boundingBox())!;
      if (width > 900) expect(p.y < m.y + m.height && p.y + p.height > m.y, "the panel is level with the claim").toBe(true);
      else expect(p.y - (m.y + m.height)).toBeLessThan(600);
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-claim"))).toBe(String(last.id));
    });

    it("orders the claims by a choice, as the column heads do, on any width", async () => {
      await open("/claims", "table.claims");
      await page.getByLabel("order").selectOption({ label: "largest number first" });
      await expect.poll(() => page.url()).toMatch(/sort=value&order=desc/);
      await page.getByTestId("claims-count").waitFor();
      expect(await page.getByLabel("order").inputValue()).toBe("value:desc");
    });

    it("draws a chart's axis labels inside the chart, large figures too", async () => {
      const text = "Vaccines in Freedonia\n\nThe health ministry said 120 million doses were given in 2021. The health ministry said 95 million doses were given in 2020. The health ministry said 40 million doses were given in 2019.";
      const res = await page.request.post(`${server.url}/api/documents`, { headers: { authorization: `Bearer ${server.token}` }, data: { text, title: "Vaccines in Freedonia", published: "2022-01-10" } });
      expect(res.status()).toBe(201);
      const { documentId } = (await res.json()) as { documentId: number };
      const { claims } = (await (await page.request.get(`${server.url}/api/documents/${documentId}`)).json()) as { claims: { speaker: { name: string } | null }[] };
      const speaker = claims.find((c) => c.speaker)!.speaker!.name;
      await open(`/speakers/${encodeURIComponent(speaker)}`, "[data-testid=timeline]");
      const chart = (await page.getByTestId("timeline").first().boundingBox())!;
      const labels = page.getByTestId("timeline").first().locator(".grid text");
      expect(await labels.count()).toBeGreaterThan(2);
      for (const box of await labels.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect)))
        expect(box.x >= chart.x && box.x + box.width <= chart.x + chart.width, `a label at ${box.x}–${box.x + box.width} in ${chart.x}–${chart.x + chart.width}`).toBe(true);
      await shot("large-figures-chart");
    });
  });
}

// between the phone and the laptop (a tablet, a half screen): no page scrolls sideways either
describe("the review desk between 700 and 1100 px", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  }, 120_000);
  afterAll(async () => server?.close());

  it("fits the claims, queue, speakers, documents and reader in the width", async () => {
    for (const width of [768, 1024, 1100]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const [url, ready] of [["/claims", "table.claims"], ["/queue", "table.queue"], ["/speakers", "table"], ["/documents", "table"], ["/claims/1", "[data-testid=claim-panel]"]]) {
        await page.goto(`${server.url}${url}`);
        await page.locator(ready).first().waitFor();
        expect(await noSideScroll(page), `${url} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
      }
      await page.goto(`${server.url}/claims`);
      await page.locator("table.claims").waitFor();
      await page.screenshot({ path: path.join(shots, `${width}-claims.png`), fullPage: true });
      await page.close();
    }
  });
});
