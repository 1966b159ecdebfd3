// The attribution layer's learned weights as data files (models/content-end.json, cue-detector.json,
// attribution.json at the package's root): a JSON object of where the model came from, the feature
// templates it was trained with, and its weights, one a line in key order so that a retraining diffs
// line by line. JSON keeps each number as JavaScript wrote it, so the weights read back as the same
// doubles. Each file is read once, when its model is first used (perceptron.ts Model).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { UserError } from "../../errors.js";
import type { Weights } from "./perceptron.js";

/** What a model file says of itself, besides its weights. */
export interface ModelHeader {
  /** the file's name without .json: "content-end", "cue-detector", "attribution" */
  model: string;
  trainedBy: string;
  trainedOn: string;
  epochs: number;
  /** how a decision threshold was folded into the weights, if one was */
  threshold?: string;
  templates: readonly string[];
}

/** models/ at the package's root, beside src/ and dist/: this file is src/extract/learned/model-file.ts or dist/extract/learned/model-file.js. */
export const SHIPPED_MODELS = fileURLToPath(new URL("../../../models/", import.meta.url));

let folders = [SHIPPED_MODELS];

/**
 * Training reads models from `dir` first (what its earlier stages wrote there) and from the shipped
 * folder for the others. Call it before a model is first used: a model is read once.
 */
export function readModelsFrom(dir: string): void {
  folders = [path.resolve(dir), SHIPPED_MODELS];
}

export function encodeModel(header: ModelHeader, weights: Weights): string {
  const keys = Object.keys(weights).sort();
  // (the header's fields in one order, whatever order the caller gave them in)
  const { model, trainedBy, trainedOn, epochs, threshold, templates } = header;
  const head = JSON.stringify({ model, trainedBy, trainedOn, epochs, ...(threshold !== undefined && { threshold }), templates, count: keys.length }, null, 2);
  const body = keys.map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(weights[k])}`).join(",\n");
  // (the header as JSON.stringify writes it, then the weights, which it would write in insertion order)
  return `${head.slice(0, -2)},\n  "weights": {\n${body}\n  }\n}\n`;
}

export function decodeModel(file: string, text: string, templates: readonly string[]): { header: ModelHeader; weights: Weights } {
  let data: ModelHeader & { count: number; weights: Weights };
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError("not a JSON model file", file);
  }
  const { weights, count, ...header } = data;
  if (!weights || typeof weights !== "object" || Object.keys(weights).length !== count) throw new UserError("model file has not the weights its header counts", file);
  // a model trained with other templates would read its weights under the wrong features
  if (JSON.stringify(header.templates) !== JSON.stringify(templates)) throw new UserError(`model was trained with other feature templates than the code reads (run \`npm run train\`)`, file);
  return { header, weights };
}

/** The weights of a model, from the first folder that holds its file. */
export function readModel(name: string, templates: readonly string[]): Weights {
  const file = folders.map((dir) => path.join(dir, `${name}.json`)).find((f) => existsSync(f)) ?? path.join(SHIPPED_MODELS, `${name}.json`);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new UserError("model missing (run `npm run train`)", file);
  }
  return decodeModel(file, text, templates).weights;
}
