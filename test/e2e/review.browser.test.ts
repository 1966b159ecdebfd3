// The review pages in a real browser (playwright-core driving Debian's chromium, which .ci/run installs):
// read an article, select a claim, sign in, record a verdict, export ClaimReview, follow a speaker.
// Screenshots of each page are kept in test-output/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, type Page } from "playwright-core";
import { REVIEWER, root, startServer, type TestServer } from "../helpers/server.js";
import { claimReviewProblems } from "../../src/server/claimreview.js";
import { launchChromium } from "../helpers/browser.js";

const shots = path.join(root, "test-output", "screenshots");

let server: TestServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

describe("reviewing in the browser", () => {
  it("opens the article and shows a selected claim's fields", async () => {
    await page.goto(`${server.url}/documents`);
    await page.getByRole("link", { name: /Tajikistan/i }).first().click();
    await page.getByTestId("article-text").waitFor();
    const mark = page.locator("mark.quantity", { hasText: "More than 400" });
    await mark.click();
    const fields = page.getByTestId("claim-fields");
    await expect.poll(() => fields.locator('[data-field="speaker"]').textContent()).toBe("Ramazon Rahimzoda");
    expect(await fields.locator('[data-field="qualifier"]').textContent()).toBe("more-than: more than 400");
    expect(await fields.locator('[data-field="counted"]').textContent()).toBe("people");
    expect(await fields.locator('[data-field="what happened"]').textContent()).toBe("detain");
    expect(await fields.locator('[data-field="period"]').textContent()).toMatch(/^2016-01-01 – 2016-12-31/);
    expect(await fields.locator('[data-field="role"]').textContent()).toBe("Interior Minister");
    expect(await page.locator("blockquote").textContent()).toMatch(/^More than 400 people were detained/);
    expect(page.url()).toMatch(/\/claims\/\d+$/);
    await shot("reader");
  });

  it("signs in, records a verdict and keeps the history", async () => {
    await page.getByRole("link", { name: "Sign in", exact: true }).last().click();
    await page.getByLabel("Name").fill(REVIEWER.name);
    await page.getByLabel("Password").fill(REVIEWER.password);
    await shot("sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("signed-in").waitFor();
    // back on the claim it came from
    await page.getByTestId("claim-panel").waitFor();
    await page.getByLabel("Verdict").selectOption("unsupported");
    await page.getByLabel("Note").fill("The ministry gave no names, dates or court records.");
    await page.getByLabel(/Evidence links/).fill("https://example.org/report");
    await page.getByRole("button", { name: "Record verdict" }).click();
    await expect.poll(() => page.getByTestId("verdict").locator("strong").textContent()).toBe("unsupported");
    expect(await page.getByTestId("review-history").locator("> li").count()).toBe(1);
    await shot("reviewed");
  });

  it("exports the verdict as valid ClaimReview JSON-LD", async () => {
    await page.getByRole("link", { name: "Reviews" }).click();
    await page.getByTestId("export-link").waitFor();
    await shot("reviews");
    const res = await page.request.get(`${server.url}/api/claimreview`);
    expect(res.status()).toBe(200);
    const reviews = (await res.json()) as Record<string, any>[];
    expect(reviews).toHaveLength(1);
    expect(claimReviewProblems(reviews[0])).toEqual([]);
    expect(reviews[0].claimReviewed).toMatch(/^More than 400 people were detained/);
    expect(reviews[0].reviewRating).toMatchObject({ alternateName: "unsupported", worstRating: 1 });
    expect(reviews[0].itemReviewed.author).toMatchObject({ "@type": "Person", name: "Ramazon Rahimzoda" });
  });

  it("draws Ramazon Rahimzoda's numbers on a timeline", async () => {
    await page.goto(`${server.url}/speakers`);
    await page.getByRole("link", { name: "Ramazon Rahimzoda" }).click();
    await page.getByTestId("timeline").first().waitFor();
    const points = page.getByTestId("timeline-point");
    expect(await points.count()).toBeGreaterThanOrEqual(3);
    // each point sits inside the chart
    const box = await page.getByTestId("timeline").first().boundingBox();
    const first = await points.first().boundingBox();
    expect(first && box && first.x >= box.x && first.x <= box.x + box.width).toBe(true);
    await shot("speaker");
  });

  it("lists, filters and sorts claims", async () => {
    await page.goto(`${server.url}/claims`);
    await page.getByTestId("claims-count").waitFor();
    await page.getByLabel("counted").fill("people");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect.poll(() => page.getByTestId("claims-count").textContent()).toMatch(/^\d+ claims/);
    const rows = page.locator("table.claims tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    for (const text of await rows.locator(`td[data-label="counted"]`).allTextContents()) expect(text).toMatch(/people/i);
    await page.getByRole("button", { name: /quantity/ }).click();
    await expect.poll(() => page.url()).toMatch(/sort=value/);
    await shot("claims");
  });

  it("shows an article's markup as text and runs none of its script", async () => {
    const hostile = `Evil page\n\nThe mayor said <script>window.__pwned = 1</script> that 12 <img src=x onerror="window.__pwned = 2"> homes burned in 2020.`;
    const res = await fetch(`${server.url}/api/documents`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ text: hostile, title: "<b>bold</b> title", published: "2020-05-01" }),
    });
    expect(res.status).toBe(201);
    const { documentId } = (await res.json()) as { documentId: number };
    await page.goto(`${server.url}/documents/${documentId}`);
    await page.getByTestId("article-text").waitFor();
    expect(await page.getByTestId("article-text").textContent()).toContain("<script>window.__pwned = 1</script>");
    expect(await page.locator("h1").textContent()).toBe("<b>bold</b> title");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("article script, article img").count()).toBe(0);
    await shot("hostile-article");
    expect(errors).toEqual([]);
  });
});
