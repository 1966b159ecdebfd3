// The claims page pages by the API's keyset cursor: "next" follows the answer's `next` (the address names
// `after`, never an offset), "previous" and the browser's back button return through the pages before, in
// any order; an address with `after` opened as it is (shared) shows the same page and offers the first page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, type Page } from "playwright-core";
import { startServer, type TestServer } from "../helpers/server.js";
import { launchChromium } from "../helpers/browser.js";

let browser: Browser;
let server: TestServer;
let page: Page;
const errors: string[] = [];

// invented reports, each sentence one claim with its own number, enough for three pages of 50
const REPORTS = Array.from({ length: 3 }, (_, d) => ({
  title: `Harbour report ${d + 1}`,
  published: `2021-0${d + 1}-15`,
  text: `Harbour report ${d + 1}\n\n` + Array.from({ length: 45 }, (_, k) => `The port authority said ${1000 + d * 100 + k} containers were inspected in ${2000 + (k % 20)}.`).join(" "),
}));

beforeAll(async () => {
  browser = await launchChromium();
  server = await startServer();
  for (const data of REPORTS) {
    const res = await fetch(`${server.url}/api/documents`, { method: "POST", headers: { authorization: `Bearer ${server.token}`, "content-type": "application/json" }, body: JSON.stringify(data) });
    expect(res.status).toBe(201);
  }
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  page.on("pageerror", (e) => errors.push(e.message));
}, 120_000);
afterAll(async () => {
  await page?.close();
  await browser?.close();
  await server?.close();
});

const ids = () => page.locator('table.claims td[data-label="id"]').allTextContents();
const values = async () => (await page.locator('table.claims td[data-label="quantity"]').allTextContents()).map((t) => Number(t.replace(/[^\d.]/g, "")));
const count = () => page.getByTestId("claims-count").textContent();
const settled = async (previous: string[]) => {
  await expect.poll(async () => (await ids()).join(",")).not.toBe(previous.join(","));
  await page.getByTestId("claims-count").waitFor();
};

describe("the claims page's pages", () => {
  it("follows the answer's next cursor and comes back by previous and by the back button", async () => {
    const total = ((await (await fetch(`${server.url}/api/claims?limit=1`)).json()) as { total: number }).total;
    expect(total).toBeGreaterThan(100);
    await page.goto(`${server.url}/claims`);
    await page.locator("table.claims").waitFor();
    const first = await ids();
    expect(first).toHaveLength(50);
    expect(await count()).toMatch(/claims, 1–50$/);

    await page.getByRole("button", { name: "next →" }).click();
    await settled(first);
    const url2 = new URL(page.url());
    expect(url2.searchParams.get("after")).toBe(first[49]);
    expect(url2.searchParams.has("offset")).toBe(false);
    const second = await ids();
    expect(second.filter((id) => first.includes(id))).toEqual([]);
    expect(await count()).toMatch(/claims, 51–100$/);

    await page.getByRole("button", { name: "next →" }).click();
    await settled(second);
    const third = await ids();
    expect(await count()).toMatch(new RegExp(`claims, 101–${100 + third.length}$`));
    expect(new URL(page.url()).searchParams.get("after")).toBe(second[49]);

    await page.getByRole("button", { name: "← previous" }).click();
    await settled(third);
    expect(await ids()).toEqual(second);
    expect(await count()).toMatch(/claims, 51–100$/);
    await page.getByRole("button", { name: "← previous" }).click();
    await settled(second);
    expect(await ids()).toEqual(first);
    expect(new URL(page.url()).search).toBe("");

    // the browser's history holds each page seen, with its way back
    await page.goBack();
    await settled(first);
    expect(await ids()).toEqual(second);
    expect(await count()).toMatch(/claims, 51–100$/);
    await page.goForward();
    await settled(second);
    expect(await ids()).toEqual(first);
    expect(errors).toEqual([]);
  });

  it("pages in the order chosen, and a shared address shows its page", async () => {
    await page.goto(`${server.url}/claims?sort=value&order=desc`);
    await page.locator("table.claims").waitFor();
    const first = await ids();
    const firstValues = await values();
    await page.getByRole("button", { name: "next →" }).click();
    await settled(first);
    const shared = page.url();
    expect(new URL(shared).searchParams.get("sort")).toBe("value");
    const second = await ids();
    const secondValues = await values();
    expect(Math.max(...secondValues)).toBeLessThanOrEqual(Math.min(...firstValues));

    // opened afresh, with no way back in its history: the same claims, and the first page offered instead
    const other = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    try {
      await other.goto(shared);
      await other.locator("table.claims").waitFor();
      expect(await other.locator('table.claims td[data-label="id"]').allTextContents()).toEqual(second);
      expect(await other.getByTestId("claims-count").textContent()).toMatch(new RegExp(`50 after claim ${first[49]}$`));
      await other.getByRole("button", { name: "← first page" }).click();
      await expect.poll(() => new URL(other.url()).searchParams.has("after")).toBe(false);
      await expect.poll(async () => (await other.locator('table.claims td[data-label="id"]').allTextContents()).join(",")).toBe(first.join(","));
    } finally {
      await other.close();
    }

    // a new order starts again at the first page
    await page.getByLabel("order").selectOption({ label: "smallest number first" });
    await expect.poll(() => new URL(page.url()).searchParams.has("after")).toBe(false);
    await page.getByTestId("claims-count").waitFor();
    expect(await count()).toMatch(/claims, 1–50$/);
  });
});
