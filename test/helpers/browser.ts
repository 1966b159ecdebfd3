// Debian's chromium for the browser tests (or CHROMIUM_PATH), launched over a built UI: one place for every e2e file.
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { root } from "./server.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync);

/** chromium, headless, once the UI bundle is built; a clear error naming what is missing otherwise */
export async function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error("chromium not found: install Debian's chromium (bash .ci/run does) or set CHROMIUM_PATH");
  if (!existsSync(path.join(root, "dist", "ui", "app.js"))) throw new Error("dist/ui is not built: run npm run build");
  return chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
}
