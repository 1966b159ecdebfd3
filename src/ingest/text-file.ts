// Reading a plain-text article from disk, with clear errors for what is not text.

import { readFile } from "node:fs/promises";
import { UserError } from "../errors.js";


/** Decodes bytes as UTF-8 text, refusing binary content and invalid encodings. `name` is for messages. */
export function decodeText(bytes: Uint8Array, name: string): string {
  // UTF-16 with a byte-order mark (what Windows tools save as "Unicode") is text, though full of NUL bytes
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  if (utf16) {
    try {
      // the BOM is kept, as for UTF-8 below
      return new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw new UserError(`not valid ${utf16.toUpperCase()} text (it starts with that byte-order mark)`, name);
    }
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new UserError("not a text file (it holds binary data)", name);
  try {
    // The BOM is kept: offsets are indices into the text as Node's readFileSync(…, "utf8") returns it.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UserError("not valid UTF-8 text (convert it to UTF-8 first)", name);
  }
}

export async function readTextFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : code === "EACCES" ? "permission denied" : `cannot be read (${code ?? String(e)})`;
    throw new UserError(why, path);
  }
  return decodeText(bytes, path);
}
