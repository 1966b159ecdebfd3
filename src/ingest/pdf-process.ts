// Reading a PDF's text in a child process with a bounded heap and a time limit. pdf.js has no limit of
// its own on what a stream inflates to: a 300 KB file whose content stream inflates to 300 MB grows an
// array past what V8 allows and ends the whole process with a fatal error that no try/catch sees. A
// worker thread with resourceLimits is not enough: V8 can still abort the whole process on some
// out-of-memory paths in a worker (seen here with a 64 MB worker heap). A child process can die alone:
// the ingest names the file and reads the next input. One child is kept and reused (starting one and
// loading pdf.js costs ~200 ms) and replaced after it dies or runs out of time.

import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import type { Socket } from "node:net";
import { UserError } from "../errors.js";

export interface PdfLimits {
  /** heap of the process that reads the PDF, in MB */
  heapMb: number;
  /** time to read one PDF */
  timeoutMs: number;
  maxPages: number;
  /** characters of text in the whole document */
  maxChars: number;
  /** bytes one compressed stream (other than an image) may inflate to */
  maxInflatedBytes: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { heapMb: 256, timeoutMs: 60_000, maxPages: 2_000, maxChars: 20_000_000, maxInflatedBytes: 100 * 1024 * 1024 };

export interface PdfText {
  pages: string[];
  title: string | null;
}

// The child's code is inline (CommonJS, node -e) so that it runs the same from src/ under vitest and
// from dist/ after the build, without a TypeScript loader.
const READER = `
const unpdf = require(process.argv[1]);
process.on("message", async ({ bytes, maxPages, maxChars }) => {
  let pdf;
  try {
    // verbosity 0: errors only; pdf.js writes its warnings with console.log, which would break --json
    pdf = await unpdf.getDocumentProxy(bytes, { verbosity: 0 });
    if (pdf.numPages > maxPages) return process.send({ limit: "more than " + maxPages + " pages" });
    const meta = await pdf.getMetadata().catch(() => null);
    const t = meta && meta.info && meta.info.Title;
    const { text } = await unpdf.extractText(pdf, { mergePages: false });
    let chars = 0;
    for (const p of text) chars += p.length;
    if (chars > maxChars) return process.send({ limit: "more than " + maxChars + " characters of text" });
    process.send({ pages: text, title: typeof t === "string" && t.trim() ? t.trim() : null });
  } catch (e) {
    process.send({ error: String((e && e.message) || e).split("\\n")[0] });
  } finally {
    if (pdf) pdf.destroy().catch(() => {});
  }
});
`;

type Reply = { pages: string[]; title: string | null } | { limit: string } | { error: string };

interface Reader {
  child: ChildProcess;
  heapMb: number;
  /** the end of what the child wrote on stderr, to tell running out of memory from other deaths */
  stderr: string;
}

let reader: Reader | null = null;
let queue: Promise<unknown> = Promise.resolve();

function idle(r: Reader, yes: boolean): void {
  // an idle reader must not keep the process alive
  if (yes) {
    r.child.unref();
    r.child.channel?.unref();
  } else {
    r.child.ref();
    r.child.channel?.ref();
  }
}

function start(heapMb: number): Reader {
  if (reader && reader.heapMb === heapMb && reader.child.exitCode === null && reader.child.signalCode === null) return reader;
  if (reader) retire(reader);
  const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, "-e", READER, createRequire(import.meta.url).resolve("unpdf")], {
    // its stdout is not ours: whatever pdf.js still prints goes to our stderr, never into --json output
    stdio: ["ignore", 2, "pipe", "ipc"],
    serialization: "advanced",
  });
  const r: Reader = { child, heapMb, stderr: "" };
  child.stderr!.on("data", (d: Buffer) => (r.stderr = (r.stderr + d.toString("utf8")).slice(-4000)));
  // read, but never a reason to stay alive (ref/unref of the child and its channel decide that)
  (child.stderr as Socket).unref();
  child.on("error", () => undefined);
  idle(r, true);
  reader = r;
  return r;
}

function retire(r: Reader): void {
  if (reader === r) reader = null;
  r.child.kill("SIGKILL");
}

function readOnce(bytes: Uint8Array, source: string, limits: PdfLimits): Promise<PdfText> {
  const r = start(limits.heapMb);
  const { child } = r;
  return new Promise<PdfText>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
      idle(r, true);
    };
    const onMessage = (m: Reply) => {
      done();
      if ("pages" in m) resolve({ pages: m.pages, title: m.title });
      else if ("limit" in m) reject(new UserError(`the PDF holds ${m.limit}: not read`, source));
      else reject(new UserError(`not a readable PDF (${m.error})`, source));
    };
    const onExit = () => {
      done();
      retire(r);
      const memory = /out of memory|heap limit|invalid (?:array|size|table size|string length)|allocation failed/i.test(r.stderr);
      reject(
        new UserError(
          memory
            ? `the PDF needs more than ${limits.heapMb} MB of memory to read (a stream that inflates without end?): not read`
            : `not a readable PDF (its reader stopped: ${child.signalCode ?? `exit code ${child.exitCode}`})`,
          source,
        ),
      );
    };
    const timer = setTimeout(() => {
      done();
      retire(r);
      reject(new UserError(`the PDF could not be read within ${limits.timeoutMs / 1000} s: not read`, source));
    }, limits.timeoutMs);
    child.on("message", onMessage);
    child.on("exit", onExit);
    idle(r, false);
    child.send({ bytes: new Uint8Array(bytes), maxPages: limits.maxPages, maxChars: limits.maxChars });
  });
}

/** The text of each page and the document's title; a PDF over a limit is one named error, never a crash. */
export function readPdf(bytes: Uint8Array, source: string, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<PdfText> {
  // one PDF at a time through the one reader
  const run = queue.then(() => readOnce(bytes, source, limits));
  queue = run.catch(() => undefined);
  return run;
}
