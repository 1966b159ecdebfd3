// Extraction off the calling thread: a pool of worker threads, each extracting one document at a time,
// with a time budget per document. A server's event loop stays free to answer while a large article is
// read (one 5 MB POST held a single-process server for over 31 minutes), and a document over its budget
// ends in a named error instead of holding a worker for ever: its worker is ended and another started.
// (node:worker_threads directly, not piscina: the pool needs a queue, a deadline that terminates a worker
// and a close that ends them all, about 90 lines; a dependency would be one more for the lock file.)

import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { UserError } from "../errors.js";
import type { DocumentRecord, ExtractOptions } from "../types.js";

/** a document's default time budget, in seconds */
export const DEFAULT_EXTRACT_SECONDS = 60;

/** The pool's size when none is given: one worker per core. */
export const defaultPoolSize = () => Math.max(1, availableParallelism());

// from src/extract (tests) and dist/extract (built) alike, the worker runs the built code
const WORKER = fileURLToPath(import.meta.url.endsWith(".ts") ? new URL("../../dist/extract/extract-worker.js", import.meta.url) : new URL("./extract-worker.js", import.meta.url));

/** A document over its time budget (the message names it); the server answers 422. */
export class ExtractTimeout extends UserError {
  readonly statusCode = 422;
  constructor(label: string, seconds: number, note = " and was stopped; nothing was stored") {
    super(`extraction took longer than its budget of ${seconds} s${note}`, label);
  }
}
/** The pool was closed (the server is stopping) before the document was extracted; the server answers 503. */
export class PoolClosed extends UserError {
  readonly statusCode = 503;
  constructor(label: string) {
    super("not extracted: the server is stopping", label);
  }
}

interface Task {
  id: number;
  text: string;
  options: ExtractOptions;
  label: string;
  resolve(r: DocumentRecord): void;
  reject(e: Error): void;
}
interface Slot {
  worker: Worker;
  /** its modules are loaded: a document's budget counts from here, not from the worker's start (~1 s) */
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  /** `timeoutNote`: what follows "took longer than its budget of N s" in the error (the CLI stores nothing to speak of) */
  constructor(readonly size = defaultPoolSize(), readonly budgetSeconds = DEFAULT_EXTRACT_SECONDS, readonly timeoutNote?: string) {
    if (!(size >= 1)) throw new UserError(`an extraction pool needs at least one worker, not ${size}`);
  }

  /** The document record of `text`, extracted in a worker; `label` names the document in errors. */
  extract(text: string, options: ExtractOptions = {}, label = options.path ?? "the document"): Promise<DocumentRecord> {
    if (this.closed) return Promise.reject(new PoolClosed(label));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, text, options, label, resolve, reject });
      this.dispatch();
    });
  }

  /** Ends every worker; queued and running documents fail with PoolClosed. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new PoolClosed(t.label));
    await Promise.all(this.slots.splice(0).map((s) => this.end(s, new PoolClosed(s.task?.label ?? ""))));
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.task);
      if (!slot) {
        if (this.slots.length >= this.size) return;
        slot = this.spawn();
      }
      const task = this.queue.shift()!;
      slot.task = task;
      if (slot.ready) this.startClock(slot);
      slot.worker.postMessage({ id: task.id, text: task.text, options: task.options });
    }
  }

  private startClock(slot: Slot): void {
    slot.timer = setTimeout(() => void this.overrun(slot), this.budgetSeconds * 1000);
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER), ready: false, task: null, timer: null };
    slot.worker.on("message", (m: { id: number; ready?: true; record?: DocumentRecord; error?: string }) => {
      if (m.ready) {
        slot.ready = true;
        if (slot.task && !slot.timer) this.startClock(slot);
        return;
      }
      const task = slot.task;
      if (!task || task.id !== m.id) return;
      this.settle(slot);
      if (m.error !== undefined) task.reject(new UserError(`extraction failed (${m.error})`, task.label));
      else task.resolve(m.record!);
      this.dispatch();
    });
    // a worker that dies (out of memory) fails its document only; the next gets a new worker
    slot.worker.on("error", (e) => this.lost(slot, new UserError(`extraction failed (${e.message})`, slot.task?.label)));
    slot.worker.on("exit", () => this.lost(slot, new UserError("extraction failed (its worker stopped)", slot.task?.label)));
    this.slots.push(slot);
    return slot;
  }

  private settle(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
  }

  private lost(slot: Slot, e: Error): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    const task = slot.task;
    this.settle(slot);
    task?.reject(e);
    if (!this.closed) this.dispatch();
  }

  private async overrun(slot: Slot): Promise<void> {
    const task = slot.task;
    if (!task) return;
    await this.end(slot, new ExtractTimeout(task.label, this.budgetSeconds, this.timeoutNote));
    this.dispatch();
  }

  /** Terminates a slot's worker, failing its document with `e`. */
  private async end(slot: Slot, e: Error): Promise<void> {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    const task = slot.task;
    this.settle(slot);
    task?.reject(e);
    await slot.worker.terminate();
  }
}
