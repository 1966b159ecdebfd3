import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { decodeModel, encodeModel, readModel, readModelsFrom, SHIPPED_MODELS, type ModelHeader } from "./model-file.js";
import { Model } from "./perceptron.js";
import { END_TEMPLATES } from "./content-end.js";
import { CUE_TEMPLATES } from "./cue-detector.js";
import { ATTRIBUTION_TEMPLATES } from "./attribution-model.js";

const TEMPLATES = ["w", "w,t"];
const header: ModelHeader = { model: "toy", trainedBy: "a test", trainedOn: "nothing", epochs: 1, templates: TEMPLATES };

describe("model files", () => {
  it("read back every weight as the same double, whatever its digits", () => {
    const weights = { "w,t said VBD": 0.1 + 0.2, bias: -74.117, "w \u001b": 1e-7, "w “quoted”": -0, "w big": 123456789.123 };
    const { header: h, weights: back } = decodeModel("toy.json", encodeModel(header, weights), TEMPLATES);
    expect(h).toEqual(header);
    expect(Object.keys(back)).toEqual(Object.keys(weights).sort());
    for (const [k, v] of Object.entries(weights)) expect(Object.is(back[k], v) || (v === 0 && back[k] === 0), k).toBe(true);
  });

  it("are written the same whatever order the weights and header came in", () => {
    const a = encodeModel(header, { bias: 1, "w a": 2, "w b": 3 });
    const b = encodeModel({ templates: TEMPLATES, epochs: 1, trainedOn: "nothing", trainedBy: "a test", model: "toy" }, { "w b": 3, "w a": 2, bias: 1 });
    expect(b).toBe(a);
    expect(a.slice(a.indexOf('"weights": {')).split("\n").slice(1, 4)).toEqual(['    "bias": 1,', '    "w a": 2,', '    "w b": 3']);
  });

  it("refuse a model trained with other templates, and one whose weights are not all there", () => {
    const text = encodeModel(header, { bias: 1, "w a": 2 });
    expect(() => decodeModel("toy.json", text, ["w"])).toThrow(/other feature templates/);
    expect(() => decodeModel("toy.json", text.replace(/,\n {4}"w a": 2/, ""), TEMPLATES)).toThrow(/weights its header counts/);
    expect(() => decodeModel("toy.json", text.slice(0, 100), TEMPLATES)).toThrow(/not a JSON model file/);
  });

  it("ship the three attribution models, each for the templates its code reads", () => {
    for (const [name, templates] of [["content-end", END_TEMPLATES], ["cue-detector", CUE_TEMPLATES], ["attribution", ATTRIBUTION_TEMPLATES]] as const) {
      const weights = readModel(name, templates);
      expect(Object.keys(weights).length, name).toBeGreaterThan(20_000);
      expect(typeof weights["bias"], name).toBe("number");
    }
  });

  it("are read from a training folder first, from the shipped folder for what it lacks", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "claimledger-models-"));
    try {
      writeFileSync(path.join(dir, "cue-detector.json"), encodeModel({ ...header, model: "cue-detector", templates: CUE_TEMPLATES }, { bias: 5 }));
      readModelsFrom(dir);
      expect(readModel("cue-detector", CUE_TEMPLATES)).toEqual({ bias: 5 });
      expect(Object.keys(readModel("content-end", END_TEMPLATES)).length).toBeGreaterThan(20_000);
    } finally {
      readModelsFrom(SHIPPED_MODELS);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a model read at first use", () => {
  it("reads its weights once, when it first scores or resolves a value, not when it is made", () => {
    let reads = 0;
    const model = new Model(() => (reads++, { bias: 2, "w said": 3 }), TEMPLATES);
    expect(reads).toBe(0);
    expect(model.resolve("said")).toBeGreaterThan(0);
    expect(model.score((emit) => emit(0, "said"))).toBe(5);
    expect(model.score((emit) => emit(0, model.resolve("said")))).toBe(5);
    expect(model.weights).toEqual({ bias: 2, "w said": 3 });
    expect(reads).toBe(1);
  });

  it("scores before anything resolves (the first call may be score)", () => {
    const model = new Model(() => ({ bias: -1, "w,t said VBD": 4 }), TEMPLATES);
    expect(model.score((emit) => emit(1, "said", "VBD"))).toBe(3);
  });
});
