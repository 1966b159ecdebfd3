import { describe, expect, it } from "vitest";
import { extract } from "../../../index.js";
import { analyze } from "../../document.js";
import { findEntities } from "../../entities/entities.js";
import { proposeAttributions } from "../training.js";
import { AttributionContext, type Attribution } from "../context.js";
import { rivalReadings } from "../refiners/rival-readings.js";
import { CUE_MODEL } from "../../learned/index.js";

/** Every proposal the rules make (before the model keeps some): content, speaker, cue. */
function proposals(text: string) {
  const doc = analyze(text);
  return proposeAttributions(doc, findEntities(doc)).map((a) => ({ content: text.slice(a.content.start, a.content.end), speaker: a.speaker?.name ?? null, cue: a.cue?.text ?? null }));
}

/** Each attributed statement: its content as written, its speaker's name and its cue. */
function statements(text: string) {
  return extract(text, { published: "2021-03-10" }).claims.filter((c) => c.content).map((c) => ({
    content: text.slice(c.content!.start, c.content!.end),
    speaker: c.speaker?.name ?? null,
    cue: c.cue?.text ?? null,
    mode: c.mode,
  }));
}

describe("statements without a figure (cue-content.ts)", () => {
  it("reads 'said this …' as a clause whose subject is 'this', not a time phrase ('said this week')", () => {
    const rows = statements("Mayor Jane Roe toured the harbour with engineers and said this would delay the ferry.");
    expect(rows).toContainEqual(expect.objectContaining({ content: "this would delay the ferry", speaker: "Jane Roe", cue: "said" }));
    const week = statements("Mayor Jane Roe said this week that the bridge would reopen.");
    expect(week).toContainEqual(expect.objectContaining({ content: "that the bridge would reopen", speaker: "Jane Roe" }));
  });
});

describe("a message or document before a participle speaks (cue-frame.ts sourceBefore)", () => {
  it("reads 'memos saying' and 'letters that morning claiming' as the message's statement", () => {
    const rows = statements("The clinic got 12 memos saying the vaccine stock had run low. There are also letters that morning claiming that the depot lost power.");
    expect(rows).toContainEqual(expect.objectContaining({ content: "the vaccine stock had run low", speaker: expect.stringMatching(/memos$/), cue: "saying" }));
    expect(rows).toContainEqual(expect.objectContaining({ content: "that the depot lost power", speaker: "letters", cue: "claiming" }));
  });

  it("leaves a message sent by the subject to the subject ('issued a statement saying')", () => {
    const rows = proposals("The ministry issued a statement saying the border would stay closed.");
    expect(rows).toContainEqual({ content: "the border would stay closed", speaker: "ministry", cue: "saying" });
  });
});

describe("a cue right after a semicolon (cue-frame.ts frameSubject)", () => {
  it("takes the sentence's subject, not the nearest name before it", () => {
    const rows = statements("Brightline bought two ferries from Norland Yards last winter; confirmed ordering a third in June; and then sold its old tug.");
    expect(rows).toContainEqual(expect.objectContaining({ speaker: "Brightline", cue: "confirmed" }));
    expect(rows.some((r) => r.speaker === "Norland Yards")).toBe(false);
  });
});

describe("a figure's statement under a verb of saying keeps its speaker (rival-readings.ts)", () => {
  // (the model's scores decide which readings are rivals; the two are set here as the rule meets them)
  const text = "The union ended its congress on Sunday by announcing it would raise its membership goal to 40 percent.";
  const doc = analyze(text);
  const ctx = new AttributionContext(doc, findEntities(doc), { cueModel: CUE_MODEL });
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  const speaker = { name: "union", mention: "union", kind: "organization" as const, role: null, resolved: false, ...at("union") };
  const reading = (cue: string, lemma: string, from: string, confidence: number): Attribution => ({
    first: 0, last: 0, content: { start: text.indexOf(from), end: text.length - 1 }, mode: "indirect",
    cue: { text: cue, lemma, ...at(cue) }, speaker, hedges: [], evidence: null, confidence,
  });

  it("does not give way to a likelier rival whose cue is an act that claims no figure", () => {
    const act = reading("ended", "end", "its congress", 20), said = reading("announcing", "announce", "it would", -20);
    expect(rivalReadings.refine(ctx, [act, said])).toContain(said);
  });

  it("gives way to a likelier rival whose cue claims figures", () => {
    const other = reading("ended", "report", "its congress", 20), said = reading("announcing", "announce", "it would", -20);
    expect(rivalReadings.refine(ctx, [other, said])).not.toContain(said);
  });
});

describe("a relative clause between the reported subject and its verb (widened-contents.ts)", () => {
  it("widens the content past ', which …,' when a verb follows it, not past one that ends the clause", () => {
    const rows = statements("The two agencies said they suspect smoke, which builds up fast in tunnels, was the cause of the crash. The mayor said the plan was approved by the council, which met on Monday, and then left.");
    expect(rows).toContainEqual(expect.objectContaining({ content: "they suspect smoke, which builds up fast in tunnels, was the cause of the crash", cue: "said" }));
    expect(rows.find((r) => r.speaker === "mayor")?.content).toBe("the plan was approved by the council");
  });
});

describe("a description after a web address (described-names.ts)", () => {
  it("ties 'The site' to the web address that opens the sentence before, and leaves a name with 'The' alone", () => {
    const rows = statements("Harbourwatch.org said its reporter saw the barge sink.\n\nThe site also said its reporter counted a second barge drifting. The Guardian said the same.");
    expect(rows).toContainEqual(expect.objectContaining({ content: "its reporter counted a second barge drifting", speaker: "Harbourwatch.org" }));
    expect(rows.find((r) => r.content === "the same")?.speaker).toBe("Guardian");
  });
});

describe("nouns and prepositions the readers took for cues (tokens.ts cueCandidate)", () => {
  it("reads 'reports suggest' as a plural subject and its verb", () => {
    const rows = proposals("The club denied any link to the sale; reports suggest the coach was never told of it.");
    expect(rows).toContainEqual({ content: "the coach was never told of it", speaker: "reports", cue: "suggest" });
    expect(rows.some((r) => r.cue === "reports")).toBe(false);
  });

  it("reads no cue in a participle used as a preposition, but one after an auxiliary", () => {
    expect(proposals("Questions regarding the budget were raised on Monday.").some((r) => r.cue === "regarding")).toBe(false);
    expect(proposals("The board is considering whether to sell the plant.")).toContainEqual(expect.objectContaining({ cue: "considering", content: "whether to sell the plant" }));
  });
});

describe("the passive with 'as' (cue-frame.ts passiveAgent)", () => {
  it("runs what the agent said on to the 'as' phrase", () => {
    const rows = proposals("The new stadium was described by Smith as a \"white elephant\", and the vote was delayed.");
    expect(rows).toContainEqual({ content: "The new stadium was described by Smith as a \"white elephant\"", speaker: "Smith", cue: "described" });
  });
});

describe("a stance whose content holds no figure (carried-sources.ts)", () => {
  it("leaves the sentence's figures to the poll before it", () => {
    const text = "A new Harbor Institute poll shows Lopez ahead of Grant by 4 points among likely voters.\n\nThe gap is narrow among retirees, who prefer Lopez by a 5-point margin, and among students, who back her by 11 points.";
    const claims = extract(text, { published: "2021-03-10" }).claims.filter((c) => c.quantity);
    const five = claims.find((c) => text.slice(c.quantity!.start, c.quantity!.end).startsWith("5"));
    expect(five?.speaker?.name).toMatch(/poll/);
  });
});

describe("a statement inside what a document opening the sentence frames (framed-statements.ts)", () => {
  it("keeps the speaker's statement, not the document's frame", () => {
    const rows = statements("Vela closed two mills in 2019. In a podcast last autumn, Ana Ruiz, founder of Vela, stated the firm would keep its Lyon mill.");
    expect(rows).toContainEqual(expect.objectContaining({ content: "the firm would keep its Lyon mill", speaker: "Ana Ruiz", cue: "stated" }));
    expect(rows.some((r) => r.content.startsWith("Ana Ruiz"))).toBe(false);
  });
  it("leaves a poll's frame alone", () => {
    const rows = statements("Vela closed two mills in 2019. In a new poll, Lopez leads by 4 points.");
    expect(rows).toContainEqual(expect.objectContaining({ content: "Lopez leads by 4 points", cue: "In", mode: "according-to" }));
  });
});
