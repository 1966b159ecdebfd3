// The metric and findings pages in Debian's chromium at 1366 and 390 pixels wide, over a ledger of the seed
// article (published 2017-01-20) with the shared reference tables imported by `claimledger reference
// import`: the Tajik fighters abroad drawn as one series with its bounds as arrows and the reference
// figures apart; the 40 vs 41 "joined Islamic State" conflict one click from the claim in the reader and
// from the reference figure, and each of its figures one click from it; findings by kind with loading,
// error, empty and past-the-end states; the speaker page by metric with the speaker's record; the queue
// with the conflict first; the header's links in view. Screenshots: test-output/metrics/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { type Browser, type Locator, type Page } from "playwright-core";
import { root, SEED } from "../helpers/server.js";
import { openLedger } from "../../src/ledger/open.js";
import { ingest } from "../../src/ingest/ingest.js";
import { buildApp } from "../../src/server/app.js";
import type { Ledger } from "../../src/ledger/ledger.js";
import { launchChromium } from "../helpers/browser.js";

const shots = path.join(root, "test-output", "metrics");
const REFERENCE = path.resolve(root, "..", "shared", "reference");
const ABROAD = "/metrics/" + encodeURIComponent("person|in|number|Iraq+Syria");

let browser: Browser;
let dir: string;
let ledger: Ledger;
let app: FastifyInstance;
let url: string;
let joined: number; // the claim "40 people joined Islamic State"

beforeAll(async () => {
  if (!existsSync(path.join(root, "dist", "ui", "app.js"))) throw new Error("dist is not built: run npm run build");
  mkdirSync(shots, { recursive: true });
  dir = mkdtempSync(path.join(tmpdir(), "claimledger-metrics-"));
  const db = path.join(dir, "ledger.db");
  ledger = await openLedger(db);
  await ingest(ledger, [SEED], { published: "2017-01-20" });
  const tables = readdirSync(REFERENCE).filter((f) => f.endsWith(".csv")).map((f) => path.join(REFERENCE, f));
  const out = execFileSync(process.execPath, [path.join(root, "bin", "claimledger.js"), "reference", "import", "--db", db, ...tables], { encoding: "utf8" });
  expect(out).toMatch(/tajik-fighters-abroad\.csv: 7 reference figures/);
  joined = (await ledger.findClaims({ text: "joined", quantified: true })).find((c) => c.quantity?.value === 40)!.id;
  app = await buildApp({ ledger });
  url = await app.listen({ host: "127.0.0.1", port: 0 });
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await ledger?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
/** in the window now, not below the fold */
async function inView(page: Page, l: Locator): Promise<boolean> {
  const box = (await l.boundingBox())!;
  const height = page.viewportSize()!.height;
  return box.y >= 0 && box.y < height && box.y + Math.min(box.height, 40) <= height;
}

for (const width of [1366, 390]) {
  describe(`metrics and findings at ${width} px`, () => {
    let page: Page;
    const errors: string[] = [];
    const shot = (name: string) => page.screenshot({ path: path.join(shots, `${width}-${name}.png`), fullPage: true });
    const open = async (to: string, ready: string) => {
      await page.goto(`${url}${to}`);
      await page.locator(ready).first().waitFor();
      expect(await noSideScroll(page), `${to} scrolls sideways`).toBeLessThanOrEqual(0);
    };

    beforeAll(async () => {
      page = await browser.newPage({ viewport: { width, height: width > 500 ? 900 : 844 } });
      page.on("pageerror", (e) => errors.push(e.message));
    });
    afterAll(async () => page?.close());

    it("fits each page and the header, Metrics and Findings included, in the width", async () => {
      for (const [to, ready, name] of [["/metrics", "table.metrics", "metrics"], ["/findings", "[data-testid=finding]", "findings"], [ABROAD, "[data-testid=timeline]", "metric-abroad"], ["/speakers/Rahimzoda", "[data-testid=speaker-record]", "speaker"], [`/claims/${joined}`, "[data-testid=claim-findings]", "reader-joined"]]) {
        await open(to, ready);
        for (const link of ["Metrics", "Findings", "Reviews", "Sign in"]) {
          const box = await page.getByRole("link", { name: link, exact: true }).first().boundingBox();
          expect(box && box.x >= 0 && box.x + box.width <= width, `${link} on ${to}`).toBe(true);
        }
        await shot(name);
      }
    });

    it("draws the fighters abroad as one series, bounds as arrows, the reference figures apart", async () => {
      await open("/metrics", "table.metrics");
      await page.getByLabel("find a metric").fill("syria");
      await page.getByRole("button", { name: "Find" }).click();
      await expect.poll(() => page.getByTestId("metrics-count").textContent()).toMatch(/with “syria”/);
      await page.getByRole("link", { name: "people from Tajikistan in Iraq and Syria" }).click();
      await page.getByTestId("timeline").waitFor();
      expect(await page.locator("h1").textContent()).toBe("people from Tajikistan in Iraq and Syria");

      const points = page.getByTestId("timeline-point");
      const marks = Object.fromEntries(await points.evaluateAll((ps) => ps.map((p) => [p.getAttribute("aria-label")!.split(" (")[0] + (p.hasAttribute("data-reference") ? " ref" : " claim"), p.getAttribute("data-mark")])));
      expect(marks).toEqual({
        "700 ref": "exact", "up to 1,000 ref": "bound-down", "more than 1,000 ref": "bound-up", "around 1,100 ref": "approx", "around 1,300 ref": "approx",
        "1,300 ref": "exact", "at least 1,100 ref": "bound-up", "around 1,100 claim": "approx",
      });
      // a bound is an arrow from its figure the way the truth may lie; an approximate figure a ring
      for (const [label, up] of [["more than 1,000", true], ["at least 1,100", true], ["up to 1,000", false]] as const) {
        const p = points.filter({ has: page.locator(`title`, { hasText: new RegExp(`^${label} `) }) }).first();
        const dot = (await p.locator(".dot").boundingBox())!;
        const arrow = (await p.locator(".bound").boundingBox())!;
        if (up) expect(arrow.y + arrow.height).toBeLessThanOrEqual(dot.y + dot.height / 2);
        else expect(arrow.y).toBeGreaterThanOrEqual(dot.y + dot.height / 2 - 1);
      }
      expect(await page.locator('[data-testid=timeline-point][data-claim] circle.dot.hollow').count()).toBe(1);
      // reference figures: diamonds in their own colour, named in the legend; claims: circles
      expect(await page.locator("[data-testid=timeline-point][data-reference] circle").count()).toBe(0);
      expect(await page.locator("[data-testid=timeline-point][data-reference] path.dot").count()).toBe(7);
      const stroke = (sel: string) => page.locator(sel).first().evaluate((e) => getComputedStyle(e).stroke);
      expect(await stroke("[data-reference] .dot.hollow")).not.toBe(await stroke("[data-claim] .dot.hollow"));
      expect(await page.getByTestId("legend").textContent()).toMatch(/◆ reference figure/);
      // the series in words, earliest first
      expect(await page.getByTestId("series-reason").textContent()).toMatch(/700 \(2015-12-31\) → up to 1,000 \(2016-01\) → more than 1,000 \(2016-07-22\) → around 1,100/);
      const words = await page.getByTestId("series-words").locator("li").allTextContents();
      expect(words).toHaveLength(8);
      expect(words[0]).toMatch(/^2015-12-31: exactly 700, said by Government of Tajikistan \(reference figure/);
      expect(words.at(-1)).toMatch(/^2018: at least 1,100/);
      expect(await noSideScroll(page)).toBeLessThanOrEqual(0);
      await shot("metric-abroad-series");
    });

    it("draws a metric's first page of figures and loads the rest on demand, reading on to a figure its address names", async () => {
      // the API cut into pages of 3 (the seed's metrics are smaller than a page): the page asks for the next by its cursor
      const isAbroad = (u: URL) => decodeURIComponent(u.pathname) === "/api/metrics/person|in|number|Iraq+Syria";
      const asked: (string | null)[] = [];
      await page.route(isAbroad, async (route) => {
        const u = new URL(route.request().url());
        const all = await (await route.fetch({ url: `${u.origin}${u.pathname}?limit=500` })).json();
        const after = u.searchParams.get("after");
        asked.push(after);
        const from = after ? Number(after.split("~")[1]) : 0;
        const next = from + 3 < all.claims.length ? `page~${from + 3}` : null;
        await route.fulfill({ json: { ...all, claims: all.claims.slice(from, from + 3), findings: after ? [] : all.findings, next } });
      });
      try {
        await open(ABROAD, "[data-testid=timeline]");
        const points = page.getByTestId("timeline-point");
        expect(await points.count()).toBe(3);
        expect(await page.getByTestId("metric-partial").textContent()).toMatch(/the earliest 3 of its 8 figures/);
        await page.getByTestId("metric-more").click();
        await expect.poll(() => points.count()).toBe(6);
        await page.getByTestId("metric-more").click();
        await expect.poll(() => points.count()).toBe(8);
        expect(await page.getByTestId("metric-partial").count()).toBe(0);
        expect(asked).toEqual([null, "page~3", "page~6"]);
        // an address naming the last reference figure: the page reads on until it has its row
        const last = (await (await page.request.get(`${url}/api/metrics/${encodeURIComponent("person|in|number|Iraq+Syria")}?limit=500`)).json()).claims
          .filter((c: { id: number | string }) => typeof c.id === "string").at(-1).id.replace(":", "-");
        await open(`${ABROAD}#${last}`, "[data-testid=timeline]");
        const row = page.locator(`#${last}`);
        await expect.poll(() => row.count()).toBe(1);
        await expect.poll(() => row.evaluate((e) => e.classList.contains("targeted"))).toBe(true);
      } finally {
        await page.unroute(isAbroad);
      }
    });

    it("puts the 40 vs 41 conflict one click from the claim in the reader and from the reference figure", async () => {
      // from the claim, in the reader
      await open(`/claims/${joined}`, "[data-testid=claim-findings]");
      const panel = page.getByTestId("claim-panel");
      expect(await panel.getByTestId("claim-metric").textContent()).toBe("people joined in Tajikistan");
      const fromClaim = panel.locator("[data-testid=claim-finding][data-kind=conflict]");
      expect(await fromClaim.textContent()).toMatch(/"40".*"41".*cannot both hold/);
      await fromClaim.getByTestId("claim-finding-link").click();
      const conflict = page.locator("[data-testid=finding][data-kind=conflict]");
      await conflict.waitFor();
      expect(decodeURIComponent(page.url())).toMatch(/\/metrics\/person\|join\|number\|Tajikistan#finding-\d+$/);
      await expect.poll(() => conflict.evaluate((e) => e.classList.contains("targeted"))).toBe(true);
      expect(await inView(page, conflict)).toBe(true);
      await shot("conflict-from-claim");

      // the conflict names both figures: the claim and the reference figure
      const figures = conflict.getByTestId("figure-link");
      expect(await figures.allTextContents()).toEqual([expect.stringMatching(/^“40” — Ramazon Rahimzoda, tajikistan-boasts-of-big-huge-wins\.txt claim \d+$/), expect.stringMatching(/^“41” — Ramazon Rahimzoda, Russian-language reports of the same press conference reference figure$/)]);

      // from the reference figure's row, one click to the conflict; from the conflict, one click to the row
      const row = page.getByTestId("reference-row");
      await figures.nth(1).click();
      await expect.poll(() => row.evaluate((e) => e.classList.contains("targeted"))).toBe(true);
      expect(await inView(page, row)).toBe(true);
      await page.evaluate(() => window.scrollTo(0, 0));
      await row.getByTestId("finding-link").filter({ hasText: "conflict" }).click();
      await expect.poll(() => conflict.evaluate((e) => e.classList.contains("targeted"))).toBe(true);
      expect(await inView(page, conflict)).toBe(true);
      // and the reference figure's mark on the timeline leads to its row
      await page.locator("[data-testid=timeline-point][data-reference]").click();
      await expect.poll(() => row.evaluate((e) => e.classList.contains("targeted"))).toBe(true);
      await shot("conflict-from-reference");

      // from the conflict, one click to the reader at the claim
      await figures.first().click();
      await page.getByTestId("claim-panel").waitFor();
      expect(page.url()).toBe(`${url}/claims/${joined}`);
      expect(await page.getByTestId("claim-panel").locator("h2").textContent()).toBe(`Claim ${joined}`);
      expect(await noSideScroll(page)).toBeLessThanOrEqual(0);
    });

    it("lists findings by kind, each with its reason, metric and figures, and says loading, failed, empty and past the end", async () => {
      await open("/findings", "[data-testid=finding]");
      await page.getByTestId("tab-conflict").click();
      await expect.poll(() => page.getByTestId("findings-count").textContent()).toBe("1 finding (conflicts), 1–1");
      const f = page.getByTestId("finding");
      expect(await f.count()).toBe(1);
      expect(await f.getByTestId("finding-metric").textContent()).toBe("people joined in Tajikistan");
      expect(await f.getByTestId("finding-reason").textContent()).toMatch(/cannot both hold/);
      expect(await f.textContent()).toMatch(/unreviewed/);
      await page.getByTestId("tab-no-evidence").click();
      await expect.poll(() => f.first().getAttribute("data-kind")).toBe("no-evidence");
      expect(await f.first().getByTestId("finding-reason").textContent()).toMatch(/the speaker (gave no evidence|declined to give evidence) \("(provided no details|declined to speculate)/);
      await shot("findings-no-evidence");

      await page.route(/\/api\/findings\?kind=series/, async (route) => {
        await new Promise((r) => setTimeout(r, 1000));
        await route.continue();
      });
      await page.goto(`${url}/findings?kind=series`);
      await page.getByTestId("loading").waitFor();
      await f.first().waitFor();
      await page.unroute(/\/api\/findings\?kind=series/);
      await page.route(/\/api\/findings/, (route) => route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ statusCode: 503, error: "the ledger is busy: try again in a moment" }) }));
      await open("/findings", "[data-testid=error]");
      expect(await page.getByTestId("error").textContent()).toBe("Could not load findings: the ledger is busy: try again in a moment");
      await page.unroute(/\/api\/findings/);
      await open("/findings?kind=conflict&metric=nothing%7Chere", "[data-testid=empty]");
      expect(await page.getByTestId("empty").textContent()).toMatch(/^No findings yet/);
      await open("/findings?kind=conflict&metric=" + encodeURIComponent("person|detain|number|Tajikistan"), "[data-testid=empty]");
      expect(await page.getByTestId("empty").textContent()).toMatch(/^No conflicts for this metric/);
      await open("/findings?offset=500", "[data-testid=empty]");
      expect(await page.getByTestId("empty").textContent()).toMatch(/past the last of the \d+ findings/);
      await open("/metrics?offset=500", "[data-testid=empty]");
      expect(await page.getByTestId("empty").textContent()).toMatch(/past the last metric: there are \d+/);
      await open("/metrics?q=zzyzx", "[data-testid=empty]");
      expect(await page.getByTestId("empty").textContent()).toMatch(/No metric has the words “zzyzx”/);
    });

    it("groups the speaker's figures by metric under the speaker's record, and queues the conflict first", async () => {
      await open("/speakers/Rahimzoda", "[data-testid=speaker-record]");
      expect(await page.getByTestId("record-claims").textContent()).toMatch(/^9 \(of \d+ statements\)$/);
      expect(await page.getByTestId("record-no-evidence").textContent()).toBe("100% (9 of 9)");
      expect(await page.getByTestId("record-hedged").textContent()).toMatch(/“claimed” 1/);
      expect(await page.getByTestId("record-verdicts").textContent()).toMatch(/none yet \(9 unreviewed\)/);
      const headings = await page.locator("[data-testid=metric-group] h3").allTextContents();
      expect(headings).toEqual(expect.arrayContaining(["people detained in Tajikistan", "people joined in Tajikistan", "people from Tajikistan in Iraq and Syria"]));
      expect(headings).not.toContain("people");
      await page.getByRole("link", { name: "people joined in Tajikistan" }).click();
      await page.locator("[data-testid=finding][data-kind=conflict]").waitFor();

      await open("/queue", "table.queue");
      const first = page.locator("table.queue tbody tr").first();
      expect(await first.locator("td[data-label=id]").textContent()).toBe(String(joined));
      expect(await first.locator('td[data-label="why first"]').textContent()).toMatch(/^in a conflict \(people joined in Tajikistan\)/);
      expect(errors).toEqual([]);
    });
  });
}
