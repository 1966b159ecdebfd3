// Being a polite client of each site: its robots.txt obeyed (robots-parser, RFC 9309 matching), and at
// most one request per host every so often (the site's Crawl-delay when longer, up to a minute). Kept
// per process: a PostgreSQL worker on another machine keeps its own.

import { createRequire } from "node:module";
import { UserError } from "../errors.js";
import { fetchUrl, type FetchLimits } from "../ingest/fetch.js";

/** the name robots.txt rules are matched against */
export const ROBOTS_AGENT = "claimledger";
const ROBOTS_TTL_MS = 3600_000;
const ROBOTS_MAX_BYTES = 512 * 1024;
const MAX_CRAWL_DELAY_MS = 60_000;

interface Robot {
  isDisallowed(url: string, ua?: string): boolean | undefined;
  getMatchingLineNumber(url: string, ua?: string): number;
  getCrawlDelay(ua?: string): number | undefined;
}
// CommonJS whose typings declare an ES default export: required, so that the function itself comes back
const robotsParser = createRequire(import.meta.url)("robots-parser") as (url: string, text: string) => Robot;

export class Politeness {
  private robots = new Map<string, { robot: Robot | "all" | "none"; at: number }>();
  private nextAt = new Map<string, number>();

  constructor(
    private readonly limits: FetchLimits,
    /** the least time between two requests to one host */
    private readonly hostIntervalMs = 1000,
  ) {}

  /** null when robots.txt lets us fetch the URL, else why not */
  async disallowed(url: string): Promise<string | null> {
    const u = new URL(url);
    const robot = await this.robotsFor(u);
    if (robot === "all") return null;
    if (robot === "none") return `${u.origin}/robots.txt cannot be read (the server failed): nothing is fetched from ${u.host} until it can`;
    if (robot.isDisallowed(url, ROBOTS_AGENT)) return `${u.origin}/robots.txt disallows it (line ${robot.getMatchingLineNumber(url, ROBOTS_AGENT)})`;
    return null;
  }

  /** waits for the host's turn, and takes it */
  async turn(url: string): Promise<void> {
    const u = new URL(url);
    const cached = this.robots.get(u.origin)?.robot;
    const delay = typeof cached === "object" ? Math.min((cached.getCrawlDelay(ROBOTS_AGENT) ?? 0) * 1000, MAX_CRAWL_DELAY_MS) : 0;
    const now = Date.now();
    const at = Math.max(now, this.nextAt.get(u.host) ?? 0);
    this.nextAt.set(u.host, at + Math.max(this.hostIntervalMs, delay));
    if (at > now) await new Promise((r) => setTimeout(r, at - now));
  }

  private async robotsFor(u: URL): Promise<Robot | "all" | "none"> {
    const cached = this.robots.get(u.origin);
    if (cached && Date.now() - cached.at < ROBOTS_TTL_MS) return cached.robot;
    const where = `${u.origin}/robots.txt`;
    let robot: Robot | "all" | "none";
    try {
      await this.turn(where);
      const page = await fetchUrl(where, { ...this.limits, maxBytes: ROBOTS_MAX_BYTES });
      robot = robotsParser(where, Buffer.from(page.body).toString("utf8"));
    } catch (e) {
      const status = e instanceof UserError ? /answered (\d{3})/.exec(e.message)?.[1] : undefined;
      // RFC 9309: a robots.txt that is not there (4xx) allows everything; a server error disallows everything.
      // One that cannot be reached at all is not held against the site here: the page's own fetch fails by name.
      robot = status?.startsWith("5") ? "none" : "all";
    }
    this.robots.set(u.origin, { robot, at: Date.now() });
    return robot;
  }
}
