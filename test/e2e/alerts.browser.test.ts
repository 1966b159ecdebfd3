// The alert area in a real browser: signed in, a reviewer who follows a speaker sees the speaker's new
// claim as soon as it is ingested, its text as text (a title with markup stays words), the list opened from
// the keyboard; signed out, there is no alert area.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import path from "node:path";
import { type Browser, type Page } from "playwright-core";
import { REVIEWER, root, startServer, type TestServer } from "../helpers/server.js";
import { ingestArticle } from "../../src/ingest/ingest.js";
import { addFollow } from "../../src/ledger/alerts/store.js";
import { launchChromium } from "../helpers/browser.js";


let server: TestServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("pageerror", (e) => errors.push(e.message));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("alerts in the pages", () => {
  it("has no alert area for a reader who is not signed in", async () => {
    await page.goto(`${server.url}/claims`);
    await page.getByRole("link", { name: "Sign in", exact: true }).waitFor();
    expect(await page.getByTestId("alerts").count()).toBe(0);
  });

  it("shows a followed speaker's new claim at once, as text, and opens the list from the keyboard", async () => {
    const alice = (await server.ledger.getUser(REVIEWER.name))!;
    await addFollow(server.ledger, alice.id, "speaker", "Varga");
    await page.goto(`${server.url}/login`);
    await page.getByLabel("Name").fill(REVIEWER.name);
    await page.getByLabel("Password").fill(REVIEWER.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("signed-in").waitFor();
    const state = page.getByTestId("alerts-state");
    await expect.poll(() => state.textContent(), { timeout: 10_000 }).toBe("No new alerts since this page opened.");

    await ingestArticle(server.ledger, { source: "bridges.txt", title: "<img src=x data-evil=1> Bridges report", text: "Transport Minister Elin Varga said that 31 bridges were closed in Latvia in June 2022.\n" });
    await expect.poll(() => state.textContent(), { timeout: 10_000 }).toMatch(/^Newest alert: Elin Varga: 31 bridges \(close\) in Latvia/);
    await page.getByRole("button", { name: "Alerts (1 new)" }).focus();
    await page.keyboard.press("Enter");
    // opened, and the count of unseen ones gone from its name
    const toggle = page.getByRole("button", { name: "Alerts", exact: true });
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    const link = page.locator("#alerts-list a");
    expect(await link.textContent()).toMatch(/— <img src=x data-evil=1> Bridges report \(you follow speaker "Varga"\)$/);
    expect(await page.locator("img[data-evil]").count()).toBe(0);
    await link.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/claims\/\d+$/);
    expect(errors).toEqual([]);
  });
});
