// One speaker however a sentence capitalised the name: "Officials said" and "officials said" are one row of
// the speakers listing and one speaker page, whichever spelling the address uses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "./helpers/server.js";

// invented: the same group named at a sentence's start and inside one
const text = "Fire in Springfield\n\nOfficials said 40 people were injured in the fire on Monday. The fire destroyed a school, and officials said 12 homes were also destroyed.";

describe("speakers spelled two ways", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    const r = await server.app.inject({ method: "POST", url: "/api/documents", headers: { authorization: `Bearer ${server.token}` }, payload: { text, published: "2021-03-02" } });
    expect(r.statusCode).toBe(201);
  }, 60_000);
  afterAll(async () => server?.close());

  it("lists them once, with the other spelling", async () => {
    const { items: found } = (await server.app.inject({ url: "/api/speakers?q=officials" })).json() as { items: { name: string; quantified: number; spellings?: string[] }[] };
    // ("Russian officials" of the seed article is another speaker)
    const items = found.filter((s) => s.name.toLowerCase() === "officials");
    expect(items).toHaveLength(1);
    expect(items[0].quantified).toBe(2);
    expect([items[0].name, ...(items[0].spellings ?? [])].sort()).toEqual(["Officials", "officials"]);
  });

  it("shows both claims on the speaker page, under either spelling", async () => {
    for (const asked of ["officials", "Officials"]) {
      const page = (await server.app.inject({ url: `/api/speakers/${asked}/claims` })).json() as { record: { claims: number } };
      expect(page.record.claims, asked).toBe(2);
    }
  });
});
