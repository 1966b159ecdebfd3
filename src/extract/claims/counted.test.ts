import { describe, expect, it } from "vitest";
import { countedFor, questionCounted } from "./counted.js";
import { tokenize } from "../../text/tokens.js";
import { tagTokens } from "../../language/pos.js";
import type { Quantity } from "../../types.js";

/** counted/predicate/tense for the quantity written `q` in `text` */
function read(text: string, q: string, kind: Quantity["kind"] = "number", value = 1) {
  const start = text.indexOf(q);
  const tokens = tokenize(text);
  const tags = tagTokens(tokens);
  const qFrom = tokens.findIndex((t) => t.end > start);
  let qTo = qFrom;
  while (qTo + 1 < tokens.length && tokens[qTo + 1].start < start + q.length) qTo++;
  const quantity: Quantity = { text: q, start, end: start + q.length, value, upper: null, qualifier: "exact", unit: null, kind };
  const r = countedFor(text, tokens, tags, qFrom, qTo, quantity);
  return [r.counted, r.predicate, r.tense];
}

describe("what a quantity counts and what happened to it", () => {
  it("counts the thing a share measures, not the base it is a share of ('3.1 percent of GDP'), but keeps a population", () => {
    expect(read("The trade deficit widened to 4.8 percent of GDP last year.", "4.8 percent", "percent")[0]).toBe("trade deficit");
    expect(read("Public debt rose to 96 percent of gross domestic product.", "96 percent", "percent")[0]).toBe("Public debt");
    expect(read("About 40 percent of farmers lost their crops.", "40 percent", "percent")[0]).toBe("farmers");
  });
  it("counts the object of 'estimate … at' a sum, not the subject doing the estimating", () => {
    expect(read("Analysts estimate damage at $2 billion, according to a bank report.", "$2 billion", "money").slice(0, 2)).toEqual(["damage", "estimate"]);
    expect(read("Officials put the cost at 40 million euros.", "40 million euros", "money").slice(0, 2)).toEqual(["cost", "put"]);
  });
  it("takes a participle after 'had' or 'has' that the tagger read otherwise as the verb, not 'have'", () => {
    expect(read("The mill had cut 85 jobs by then.", "85")).toEqual(["jobs", "cut", "past"]);
    expect(read("The fungus has infected 300 trees.", "300")).toEqual(["trees", "infect", "present"]);
    expect(read("The mill had a $9 loss.", "$9", "money")[1]).toBe("have");
  });
  it("takes a past form read as an adjective between its subject and the figure as the verb, not the cue before", () => {
    expect(read("Vets said the fever infected 70 cattle.", "70")).toEqual(["cattle", "infect", "past"]);
    expect(read("Doctors said MERS-CoV infected 9 nurses.", "9")).toEqual(["nurses", "infect", "past"]);
    expect(read("Vets said the infected 70 cattle were culled.", "70")[1]).toBe("cull");
  });
  it("reads a participle the tagger took for a noun as a passive when a particle or an agent follows it", () => {
    expect(read("About 60 farms were cut off.", "60")[1]).toBe("cut off");
    expect(read("Nine schools were shut down by the strike.", "Nine")[1]).toBe("shut down");
    expect(read("Four ferries were hit by the waves.", "Four")[1]).toBe("hit");
  });
  it("takes the tense of a bare 'be' or 'have' from the modal before it", () => {
    expect(read("The mayor has promised each family will be owed a grant of 900 dollars.", "900")[2]).toBe("future");
    // (would, could, may: what would be states nothing of how things stand; can and must state the present)
    expect(read("Each family would have 3 rooms under the plan.", "3")[2]).toBe("future");
    expect(read("Each family must have 3 rooms.", "3")[2]).toBe("present");
  });
  it("reads an age set on the counted noun ('aged 18 to 75') as no verb of the figure's", () => {
    expect(read("The ministry has confirmed 38 infections aged between 18 and 75 in the port.", "38")).toEqual(["infections", "confirm", "present"]);
    expect(read("In the port, 38 infections aged 18 to 75 were recorded.", "38")[1]).toBe("record");
    expect(read("The ministry said 9 new infections, aged 20 to 45, were traced in the port.", "9")[1]).toBe("trace");
  });
  it("skips a participle between a determiner and a figure, or after a figure's currency, for the clause's verb", () => {
    expect(read("The two donors spent heavily, giving a combined $4 million to the fund.", "$4 million", "money", 4e6)[1]).toBe("give");
    expect(read("The unit had a 12 million euros trading loss with a 90 million euros turnover.", "90 million euros", "money", 9e7)[1]).toBe("have");
  });
  it("reads a passive whose participle the tagger took for an adjective", () => {
    expect(read("In all, 12 are confirmed dead after the flood.", "12")[1]).toBe("confirm");
  });
  it("leaves a figure's verb 'be' before an adjective that is no past form", () => {
    expect(read("In all, 12 are still alive after the flood.", "12")[1]).toBe("be");
  });
  it("leaves a day named from now out of the counted phrase", () => {
    expect(read("Too many trains today were late.", "Too many", "vague").slice(0, 2)).toEqual(["trains", "be"]);
  });
  it("gives a figure continuing a list the verb of the first, and a share's subject its verb past a post-modifier", () => {
    expect(read("The mayor won, taking 52 percent support in the north, 41 percent in the south.", "41 percent", "percent")[1]).toBe("take");
    expect(read("A mean of 20 percent across all regions named crime as their worry.", "20 percent", "percent")[1]).toBe("name");
  });
  it("reads 'every N minutes' as how often the clause after it happens, and a participle after a definite object figure", () => {
    expect(read("Every 40 seconds, a driver runs a red light.", "40")[1]).toBe("run");
    expect(read("The party won 300 seats, passing the 290 seats needed for control.", "290")[1]).toBe("need");
  });
  it("reads the verb past two post-modifiers and a list ending ', and hundreds of'", () => {
    expect(read("About 300 families near the dam in the valley have been moved.", "About 300")[1]).toBe("move");
    expect(read("Police reported 12 officers, 40 protesters, and hundreds of bystanders hurt.", "40")[1]).toBe("hurt");
  });
  it("crosses an aside of adverbs to the verb, and reads a figure in dashes as its noun phrase's", () => {
    expect(read("The plant employs, directly or indirectly, at least 500 people.", "at least 500")[1]).toBe("employ");
    expect(read("Most of the grant -- $2 million -- went to schools.", "$2 million", "money")[0]).toBe("grant");
  });
  it("reads a participle that modifies the noun after a sum, and a fraction's population from 'among'", () => {
    expect(read("The unit had a $3 million trading loss last year.", "$3 million", "money")[0]).toBe("trading loss");
    expect(read("Among nurses, about two-thirds back the strike.", "about two-thirds", "number", 2 / 3)[0]).toBe("nurses");
  });
  it("does not jump to a far token when an opening dash has no partner", () => {
    expect(read("Some 30 percent of pupils — and 20 percent of teachers overall — stay home, so the schools in the north and the west could close for a week or more.", "20 percent", "percent")[1]).toBe("stay");
  });
  it("reads the subject of a verb written into the quantity, past an appositive", () => {
    expect(read("Early estimates of the damage, given by local officials, exceeded 200.", "exceeded 200")[0]).toBe("estimates of the damage");
  });
  it("reads the verb after a dash that closes an aside the figure opened", () => {
    expect(read("Some 40 percent of nurses — and 25 percent of doctors overall — remain unsure.", "25 percent", "percent")[1]).toBe("remain");
  });
  it("gives a verbless item of a list after a colon the subject and verb of the clause before it", () => {
    const s = "Ticket sales were up at three of the theatres: the Rialto by 12 percent; the Odeon by 8 percent.";
    expect(read(s, "12 percent", "percent").slice(0, 2)).toEqual(["Ticket sales", "be"]);
    expect(read(s, "8 percent", "percent").slice(0, 2)).toEqual(["Ticket sales", "be"]);
  });
  it("counts a list of bare nouns joined by 'and' as one phrase, not a name in apposition", () => {
    expect(read("She has written several books, pamphlets and essays on the war.", "several", "vague")[0]).toBe("books, pamphlets and essays");
    expect(read("Police arrested two farmers, Tom Reed and Ann Fox, on Monday.", "two")[0]).toBe("farmers");
  });
  it("reads the verb after a subject list that ends in a participle, past modifiers in the list", () => {
    expect(read("Officials reported 20 soldiers, 12 armed guards and dozens of villagers wounded.", "20")[1]).toBe("wound");
    expect(read("Officials reported 20 soldiers, 12 armed guards and dozens of villagers wounded.", "12")[0]).toBe("armed guards");
    expect(read("The storm flooded 90 homes including 30 farms, 12 rented flats and four churches.", "12")[1]).toBe("flood");
  });
  it("reads the verb past an aside in dashes and a restating figure", () => {
    expect(read("Almost a third of the budget -- $40 million -- in the plan went to roads.", "$40 million", "money")[1]).toBe("go");
    expect(read("Among members, roughly half, 51 percent, oppose the merger.", "51 percent", "percent")[1]).toBe("oppose");
  });
  it("takes the verb after a semi-auxiliary, and 'be' for a state read as a participle", () => {
    expect(read("Three towns are poised to vote on the plan.", "Three")[1]).toBe("vote");
    expect(read("The ranger said 12 hikers were missing.", "12")[1]).toBe("be");
  });
  it("does not read an infinitive after a duration as a post-modifier", () => {
    expect(read("The curfew was extended by three days to calm the town.", "three days")[1]).toBe("extend");
  });
  it("reads 'have' as the main verb when no verb follows it", () => {
    expect(read("Most families would have two cars by then.", "two")[1]).toBe("have");
  });
  it("reads a relative clause without 'that' and a participle between a figure and its noun", () => {
    expect(read("He repaid the $9,000 in debts he owed.", "$9,000", "money")[1]).toBe("owe");
    expect(read("The town's six remaining mills closed in May.", "six")[1]).toBe("remain");
    expect(read("The firm reported 40 leased trucks last year.", "40")[1]).toBe("lease");
  });
  it("resolves 'it' as the subject of a level to the subject of the clause before", () => {
    expect(read("The jobless rate stayed high, though it has fallen from 9 percent to 7 percent.", "7 percent", "percent")[0]).toBe("jobless rate");
  });
  it("reads a penny as a change and '35-plus' as a qualified number, not a unit", () => {
    expect(read("Tin rose 2 cents, to $9.50 a pound and zinc rose a penny, to $1.10 a pound.", "$1.10", "money")[0]).toBe("zinc");
    expect(read("She worked 40-plus hours a week.", "40-plus")[0]).toBe("hours");
  });
  it("gives a list after 'including' the verb of the figure it details, not 'include'", () => {
    expect(read("The flood ruined 230 shops including 41 bakeries.", "230")[1]).toBe("ruin");
    expect(read("The flood ruined 230 shops including 41 bakeries.", "41")[1]).toBe("ruin");
  });
  it("reads the verb after a vague amount that opens its clause", () => {
    expect(read("Scores drowned when the ferry sank.", "Scores", "vague")[1]).toBe("drown");
  });
  it("takes a verb written into the quantity as its predicate when nothing else governs it", () => {
    expect(read("The final tally of the missing topped 300.", "topped 300")[1]).toBe("top");
  });
  it("reads a subject noun phrase and a passive verb", () => {
    expect(read("More than 300 protesters were arrested in the capital, police said.", "More than 300")).toEqual(["protesters", "arrest", "past"]);
  });
  it("reads a participle of placement as being there, not as something done", () => {
    expect(read("About 4,000 soldiers are stationed along the river, the ministry said.", "About 4,000")).toEqual(["soldiers", "be", "present"]);
    expect(read("About 4,000 soldiers were moved along the river, the ministry said.", "About 4,000")).toEqual(["soldiers", "move", "past"]);
  });
  it("reads an object of the verb before the number", () => {
    expect(read("The army managed to destroy 12 armoured vehicles in March.", "12")).toEqual(["armoured vehicles", "destroy", "past"]);
    expect(read("The ministry sent the foreign governments 30 formal requests about the case.", "30")).toEqual(["formal requests", "send", "past"]);
  });
  it("keeps a particle with its verb", () => {
    expect(read("Another 15 families came back after the war.", "15")).toEqual(["families", "come back", "past"]);
  });
  it("keeps a short of-phrase of names", () => {
    expect(read("a cell comprising 9 citizens of Western Europe was found", "9")[0]).toBe("citizens of Western Europe");
  });
  it("reads 'there are' as a present-tense be", () => {
    expect(read("There are still around 2,000 foreign fighters in the region.", "around 2,000")).toEqual(["foreign fighters", "be", "present"]);
  });
  it("reads a subject with a present-tense be", () => {
    expect(read("He said that numerous local residents are in hiding.", "numerous", "vague")).toEqual(["local residents", "be", "present"]);
  });
  it("finds the counted thing before the number when none follows", () => {
    expect(read("The number of refugees rose to 3,000.", "3,000")[0]).toBe("refugees");
    expect(read("The death toll climbed to 50 on Monday.", "50")[0]).toBe("death toll");
  });
  it("reads the of-phrase of a percentage", () => {
    expect(read("Some 40% of voters backed the plan.", "40%", "percent")[0]).toBe("voters");
  });
  it("finds nothing counted when there is nothing", () => {
    expect(read("Somewhere between 10 and 15, she replied.", "between 10 and 15")[0]).toBeNull();
  });
});

describe("figures whose counted thing is not right after the number", () => {
  it("reads the subject of a level verb for a change and a level", () => {
    const t = "The firm's shares fell 40 cents, or 2.1 percent, to $12.10 in late trading.";
    expect(read(t, "40")[0]).toBe("firm's shares");
    expect(read(t, "2.1 percent", "percent").slice(0, 2)).toEqual(["firm's shares", "fall"]);
    expect(read(t, "$12.10", "money").slice(0, 2)).toEqual(["firm's shares", "fall"]);
  });
  it("reads the subject past an appositive", () => {
    expect(read("Northwind, the shipping group, gained $3.10, or 4 percent, to $80.25.", "$80.25", "money").slice(0, 2)).toEqual(["Northwind", "gain"]);
  });
  it("reads 'at' and copular frames", () => {
    expect(read("The index closed at 2,100.5, down 3 points.", "2,100.5")[0]).toBe("index");
    expect(read("The index closed at 2,100.5, down 3 points.", "3")[0]).toBe("index");
    expect(read("Her approval rating stands at 41 percent.", "41 percent", "percent").slice(0, 2)).toEqual(["approval rating", "stand"]);
    expect(read("The asking price for the farm is $900,000.", "$900,000", "money")[0]).toBe("asking price for the farm");
  });
  it("reads a subject with an of-phrase and a measure noun", () => {
    expect(read("Revenue from the ferries rose 5 percent to $30 billion.", "5 percent", "percent")[0]).toBe("Revenue from the ferries");
    expect(read("The number of stray dogs climbed to 900.", "900")[0]).toBe("stray dogs");
  });
  it("reads the object a verb moves to a level", () => {
    expect(read("The bank raised its inflation forecast by 0.3 percentage points to 2.8 percent.", "2.8 percent", "percent")[0]).toBe("inflation forecast");
    expect(read("Flooding pushed the official death toll to 12.", "12")[0]).toBe("official death toll");
  });
  it("reads a noun after a percentage or a sum", () => {
    expect(read("The clinic reported a 95% vaccination rate last week.", "95%", "percent")[0]).toBe("vaccination rate");
    expect(read("The mayor draws 38 percent support in the suburbs.", "38 percent", "percent")[0]).toBe("support");
    expect(read("The chain sold $4.2 billion in furniture last year.", "$4.2 billion", "money")[0]).toBe("furniture");
    expect(read("Some 12 percent of the eligible nurses left.", "12 percent", "percent")[0]).toBe("eligible nurses");
  });
  it("does not take a verb after a percentage for its noun", () => {
    expect(read("Among likely voters, 52 percent oppose the plan.", "52 percent", "percent").slice(0, 2)).toEqual(["likely voters", "oppose"]);
  });
  it("reads the noun a figure is 'of'", () => {
    expect(read("The bakery posted a profit of $2.10 a share.", "$2.10", "money")[0]).toBe("profit");
    expect(read("The survey has a margin of error of 3 points.", "3")[0]).toBe("margin of error");
  });
  it("reads a unit written into the number and a scale", () => {
    expect(read("They rented a twelve-storey block downtown.", "twelve")[0]).toBe("storey");
    expect(read("A magnitude 5.9 tremor shook the valley.", "5.9")[0]).toBe("magnitude");
  });
  it("reads a bare number that continues an earlier one", () => {
    expect(read("The Greens won 14 seats, while the Liberals lost 9.", "9")[0]).toBe("seats");
    expect(read("The clinic treated 30 injured hikers in the north and 12 in the south.", "12")[0]).toBe("injured hikers");
  });
  it("reads a poll's population from its 'among' phrase", () => {
    expect(read("The mayor leads, 48 percent to 41 percent, among registered voters.", "41 percent", "percent").slice(0, 2)).toEqual(["registered voters", "lead"]);
  });
  it("reads a four-word noun phrase with adjectives between nouns", () => {
    expect(read("The panel questioned 310 likely GOP primary voters.", "310")[0]).toBe("likely GOP primary voters");
  });
  it("keeps an of-phrase after a possessive", () => {
    expect(read("Four of his former deputies resigned.", "Four")[0]).toBe("former deputies");
  });
  it("reads a level reached by a subject, and the subject past a year", () => {
    expect(read("The tally of stolen bicycles, counted by volunteers, passed 400.", "400")[0]).toBe("stolen bicycles");
    expect(read("The average rent for a studio in 2019 was about $1,200.", "about $1,200", "money")[0]).toBe("average rent for a studio");
    expect(read("The usual fee for parking and storage is $15.", "$15", "money")[0]).toBe("usual fee for parking and storage");
  });
  it("reads the noun a figure moved from", () => {
    expect(read("The storm raised the count from four boats to seven.", "seven")[0]).toBe("boats");
  });
  it("does not take a number for the object a verb moves", () => {
    expect(read("Sales slipping 2 percent to $40 million worried the board.", "$40 million", "money")[0]).toBe("Sales");
  });
  it("reads a figure after the one it continues", () => {
    expect(read("Farmers got 22 percent support in the east, 15 percent in the west.", "15 percent", "percent")[0]).toBe("support");
    expect(read("The firm holds $3 billion in bonds, up from $2 billion in 2018.", "$2 billion", "money")[0]).toBe("bonds");
    expect(read("The bakery posted a profit of $2.10 a share, well above the $1.90 that analysts expected.", "$1.90", "money")[0]).toBe("profit");
    expect(read("In 1850 farmers were counted and 1210 had left, while 300 stayed.", "300")).not.toContain("farmers");
  });
  it("reads a label before a share and 'N out of M things'", () => {
    expect(read("Two towns stood out (Mayor approval 31 percent, council support 40 percent).", "40 percent", "percent")[0]).toBe("council support");
    expect(read("Inspectors failed 9 out of 30 sampled restaurants.", "9")[0]).toBe("sampled restaurants");
    expect(read("The Greens won 41 out of the 60 seats in the council.", "41")[0]).toBe("seats");
  });
  it("reads 'half the' and a share noun that a percentage measures", () => {
    expect(read("Nearly half the grant went to salaries.", "Nearly half")[0]).toBe("grant");
    expect(read("The share of renters is highest in Boston at 61 percent.", "61 percent", "percent")[0]).toBe("share of renters");
  });
  it("reads 'times' as a count of occasions, not a multiplier", () => {
    expect(read("The alarm sounded several times that night.", "several", "vague")[0]).toBe("times");
    expect(read("Rents are three times the national average.", "three")[0]).not.toBe("times");
  });
});

describe("the verb a figure belongs to", () => {
  it("reads the verb after a reported figure, not the reporting verb", () => {
    expect(read("Medics said four hikers drowned.", "four")[1]).toBe("drown");
    expect(read("The captain claimed 60 were dead.", "60")[1]).toBe("be");
  });
  it("reads the verb after a subject list or an aside in dashes", () => {
    expect(read("Nine Danes, three Finns and two Poles were rescued.", "three")[1]).toBe("rescue");
    expect(read("Three mills — north, south and east — closed early.", "Three")[1]).toBe("close");
  });
  it("reads a bare figure's own verb", () => {
    expect(read("Some 90 patients were treated and 70 had gone home.", "70")[1]).toBe("go");
  });
  it("reads the verb before an 'including' list", () => {
    expect(read("The flood wrecked 80 homes including 12 barns.", "12")[1]).toBe("wreck");
  });
  it("reads a relative or participle clause on the figure", () => {
    expect(read("Sales reached $9 million, short of the $10 million that traders expected.", "$10 million", "money")[1]).toBe("expect");
    expect(read("The fund sent grants to thousands of families waiting for homes.", "thousands", "vague")[1]).toBe("wait");
  });
  it("counts nouns joined by 'and' that together are the subject of the verb after them", () => {
    expect(read("Security was tight as hundreds of stewards and police officers lined the route.", "hundreds", "vague")).toEqual(["stewards and police officers", "line", "past"]);
    expect(read("It matters because several old habits and rules are at stake.", "several", "vague").slice(0, 2)).toEqual(["old habits and rules", "be"]);
  });
  it("counts modifiers joined by 'and' before one head", () => {
    expect(read("Some 200 local and foreign reporters were accredited.", "200")[0]).toBe("local and foreign reporters");
  });
  it("reads a participle after a preposition or a gerund as a modifier, not as the figure's verb", () => {
    expect(read("The storm hit the coast with sustained winds of 150 kilometres per hour.", "150")[1]).toBe("hit");
    expect(read("The survey showed a majority of registered voters support the plan.", "a majority", "vague")[1]).toBe("support");
  });
  it("keeps the verb a figure is the direct object of over a clause on its noun", () => {
    expect(read("The coast guard boarded 40 trawlers operating without licences.", "40")[1]).toBe("board");
    expect(read("The clinic treated 25 injured hikers who walked to the road.", "25")[1]).toBe("treat");
  });
  it("keeps the main verb for a price after a change", () => {
    expect(read("Orbis gained 20 cents, or 1 percent, to $30.10 after being down early.", "$30.10", "money")[1]).toBe("gain");
  });
  it("reads a margin's figure after 'plus or minus' as the margin's, and a figure continuing it", () => {
    expect(read("The survey has a margin of error of plus or minus 3 percentage points.", "3 percentage points", "number", 3)[0]).toBe("margin of error");
    const text = "The two panels carry margins of error plus or minus 5.1 percent and 6.2 percent.";
    expect(read(text, "5.1 percent", "percent", 5.1)[0]).toBe("margins of error");
    expect(read(text, "6.2 percent", "percent", 6.2)[0]).toBe("margins of error");
  });
  it("counts the rate a multiple is of", () => {
    expect(read("Farmers were losing money at four times the rate of shopkeepers.", "four")[0]).toBe("rate of shopkeepers");
  });
  it("gives a figure whose modifier is joined to a second figure's phrase that phrase's head, not a noun of its own", () => {
    expect(read("The firm sold its roughly 300 Dutch and 45 Belgian shops to a rival.", "300")[0]).toBe("Dutch and 45 Belgian shops");
    expect(read("The raid freed 12 guards and 30 villagers from the camp.", "12")[0]).toBe("guards");
  });
  it("reads the object a verb moves by a measure", () => {
    expect(read("The strike pushed the index 2.3 percent lower on Monday.", "2.3 percent", "percent", 2.3).slice(0, 2)).toEqual(["index", "push"]);
    expect(read("The firm cut its workforce 10 percent last year.", "10 percent", "percent", 10)[0]).toBe("workforce");
  });
  it("keeps an age bound in a poll's population", () => {
    expect(read("Among adults 65 and older, 61 percent back the plan.", "61 percent", "percent", 61)[0]).toBe("adults 65 and older");
  });
  it("reads the subject of 'the number of X' past a participle post-modifier, and counts X", () => {
    expect(read("The number of people injured in the region reached 120 on Monday.", "120")[0]).toBe("people");
    expect(read("The tally of people killed rose to 60, officials said.", "60")[0]).toBe("people");
  });
  it("reads a subject past a name's initials in brackets, a date or an agent at its end, and a list after its preposition", () => {
    expect(read("Membership of the Farmers Union (FU) in Kenya grew 12 percent.", "12 percent", "percent", 12)[0]).toBe("Membership of the Farmers Union (FU) in Kenya");
    expect(read("The Farmers Union (FU) grew 12 percent.", "12 percent", "percent", 12)[0]).toBe("Farmers Union");
    expect(read("Sales for the six months to March 31 fell to 90 million dollars.", "90 million dollars", "money", 9e7)[0]).toBe("Sales for the six months");
    expect(read("The number of complaints filed by tenants rose 20 percent.", "20 percent", "percent", 20)[0]).toBe("complaints");
    expect(read("Income from tickets, food and online advertising rose 9 percent.", "9 percent", "percent", 9)[0]).toBe("Income from tickets, food and online advertising");
  });
  it("reads the clause of a figure past a time after the first figure and past a figure restated in brackets", () => {
    expect(read("Enrolment rose 4 percent last year to about 12,000.", "about 12,000", "number", 12000)[0]).toBe("Enrolment");
    expect(read("The quake left two dead and, by early reports, at least 12 injured.", "at least 12", "number", 12)[0]).toBeNull();
    expect(read("The union's backing is solid, though it has fallen from 61 percent in the last survey to 57 percent now.", "57 percent", "percent", 57)[0]).toBe("union's backing");
    expect(read("Turnover rose to 8 million pounds ($10 million) from 6 million pounds.", "6 million pounds", "money", 6e6)[0]).toBe("Turnover");
  });
});

describe("frames that name what a figure counts before the noun after it", () => {
  it("reads the subject of a clause without a verb: 'with X up 5 percent', 'on X down 3 percent at $2', 'with X accounting for $2'", () => {
    expect(read("Exports climbed, with coffee up 12 percent.", "12 percent", "percent", 12).slice(0, 2)).toEqual(["coffee", "rise"]);
    expect(read("The firm gained on sales down 3 percent at 2 billion dollars.", "2 billion dollars", "money", 2e9).slice(0, 2)).toEqual(["sales", "fall"]);
    expect(read("Farm income grew, with tourism accounting for 30 percent.", "30 percent", "percent", 30).slice(0, 2)).toEqual(["tourism", "account for"]);
  });
  it("counts the noun a measure is 'of', not its unit, and 'times' in 'N times a week'", () => {
    expect(read("The storm brought gusts of 140 kilometres per hour.", "140", "measure", 140)[0]).toBe("gusts");
    expect(read("Patients visit the clinic up to three times a month.", "up to three", "number", 3)[0]).toBe("times");
  });
  it("counts a part's noun past the total ('7 of the 12 border posts'), and the noun after a unit of points in a word", () => {
    expect(read("Rebels seized 7 of the 12 border posts.", "7")[0]).toBe("border posts");
    expect(read("The bank closed 30 of its 200 branches.", "30")[0]).toBe("branches");
    expect(read("The mayor holds a 12-point margin.", "12-point", "number", 12)[0]).toBe("margin");
  });
});

describe("what a figure's noun phrase leaves out", () => {
  it("leaves out a verb the tagger read as a noun joined by 'and', and 'said' after a share", () => {
    expect(read("The siege lasted 40 days and cost Hartfield 3 million dollars.", "40")[0]).toBe("days");
    expect(read("About a quarter said fuel prices were too high.", "About a quarter", "number", 0.25).slice(0, 2)).toEqual([null, "say"]);
  });
});

describe("questions that announce what a bare number counts", () => {
  it("reads 'how many X are Y'", () => {
    const text = "Reporters asked how many armed guards are stationed at the border.";
    const tokens = tokenize(text);
    const r = questionCounted(text, tokens, tagTokens(tokens));
    expect([r?.counted, r?.tense]).toEqual(["armed guards", "present"]);
  });
});
