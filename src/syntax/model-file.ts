// The syntax models as data files: a gzipped binary of a JSON header (tag or label lists, the tag
// dictionary, where the model came from) followed by the weight arrays. JSON arrays of ~2 million weights
// would be ~25 MB and slow to parse; this is a few MB and loads in tens of milliseconds.
import { gzipSync, gunzipSync } from "node:zlib";
import { UserError } from "../errors.js";
import type { PackedWeights } from "./perceptron.js";

const MAGIC = "claimledger-syntax 1\n";

export function encodeModel(header: object, w: PackedWeights): Buffer {
  const head = Buffer.from(JSON.stringify({ ...header, step: w.step, features: w.keys.length, pairs: w.weights.length }));
  const prefix = Buffer.alloc(MAGIC.length + 4);
  prefix.write(MAGIC, 0, "latin1");
  prefix.writeUInt32LE(head.length, MAGIC.length);
  const parts: Buffer[] = [prefix, head, Buffer.alloc((4 - ((prefix.length + head.length) % 4)) % 4)];
  for (const a of [w.keys, w.starts, w.weights, w.classes]) parts.push(Buffer.from(a.buffer as ArrayBuffer, a.byteOffset, a.byteLength));
  // level and strategy fixed: the same model gives the same bytes
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeModel<H>(file: string, bytes: Uint8Array): { header: H; weights: PackedWeights } {
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes);
  } catch {
    throw new UserError("not a gzipped syntax model", file);
  }
  if (raw.toString("latin1", 0, MAGIC.length) !== MAGIC) throw new UserError("not a claimledger syntax model", file);
  const headLength = raw.readUInt32LE(MAGIC.length);
  let at = MAGIC.length + 4;
  const header = JSON.parse(raw.toString("utf8", at, at + headLength)) as H & { step: number; features: number; pairs: number };
  at += headLength;
  at += (4 - (at % 4)) % 4;
  if (raw.length !== at + header.features * 8 + 4 + header.pairs * 3) throw new UserError("model file is truncated", file);
  // copies into buffers of their own (a Buffer's subarray shares Node's pool and may be unaligned)
  const take = (bytes: number) => {
    const copy = new Uint8Array(bytes);
    copy.set(raw.subarray(at, (at += bytes)));
    return copy.buffer;
  };
  const keys = new Int32Array(take(header.features * 4));
  const starts = new Int32Array(take((header.features + 1) * 4));
  const weights = new Int16Array(take(header.pairs * 2));
  const classes = new Uint8Array(take(header.pairs));
  return { header, weights: { step: header.step, keys, starts, classes, weights } };
}
