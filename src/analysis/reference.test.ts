// Where a reference row's figure is: the places its "what" names, as a claim's sentence would give them.
import { describe, expect, it } from "vitest";
import { placesIn } from "./reference.js";

describe("the places a reference row names", () => {
  it("reads places the gazetteer knows, one a name, a comma ending a run", () => {
    expect(placesIn("fighting in Norway and Chile")).toEqual(["Norway", "Chile"]);
    expect(placesIn("in Tromsø, Norway")).toEqual(["Tromsø", "Norway"]);
    expect(placesIn("who joined the Green League")).toEqual([]);
  });

  it("reads a name it does not know where 'in', 'at' or 'near' says a place follows, as written", () => {
    expect(placesIn("people killed in Valdoria")).toEqual(["Valdoria"]);
    expect(placesIn("people killed in the Dorvan Kesh market bombing")).toEqual(["Dorvan Kesh"]);
    expect(placesIn("homes flooded near Lakemont City, Chile")).toEqual(["Lakemont City", "Chile"]);
    // no place word before it: a name, not a place
    expect(placesIn("votes for Ola Berg")).toEqual([]);
  });
});
