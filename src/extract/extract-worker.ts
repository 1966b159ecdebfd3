// A worker thread of the extraction pool (worker-pool.ts): extracts each document it is sent and posts
// back the record, or the error's message.

import { parentPort } from "node:worker_threads";
import { extract } from "./pipeline.js";
import type { ExtractOptions } from "../types.js";

parentPort!.on("message", ({ id, text, options }: { id: number; text: string; options: ExtractOptions }) => {
  try {
    parentPort!.postMessage({ id, record: extract(text, options) });
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
// the models are loaded (static imports above): the pool starts a document's clock from here
parentPort!.postMessage({ ready: true });
