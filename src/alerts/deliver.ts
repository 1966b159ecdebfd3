// Delivering alerts from the outbox, wherever jobs run (`watch`, `worker`, `serve`): each channel is handed
// the alerts written since its cursor, then due deliveries are leased, sent and finished. A channel that is
// down keeps its deliveries pending (retried, the wait doubling); e-mail ones wait while SMTP is not
// configured. Nothing is lost: the outbox and the deliveries are in the ledger.

import type { Ledger } from "../ledger/ledger.js";
import { DEFAULT_RETRY, fanOut, finishDelivery, leaseDeliveries, type ChannelKind, type Leased, type RetryPolicy } from "../ledger/alerts/delivery-store.js";
import { postWebhook, webhookBody } from "./webhook.js";
import { emailOf, smtpMailer, smtpSettings, type Mailer } from "./email.js";

export interface DeliveryOptions {
  /** e-mail goes out only with a mailer */
  mailer?: Mailer | null;
  retry?: RetryPolicy;
  /** how long one webhook request may take */
  timeoutMs?: number;
  /** how long a leased delivery is this process's before another may take it */
  leaseMs?: number;
  /** deliveries leased at once */
  batch?: number;
  onEvent?(message: string): void;
}

export interface DeliverySummary {
  delivered: number;
  retried: number;
  failed: number;
}

async function send(d: Leased, o: DeliveryOptions): Promise<string | null> {
  if (d.channel.kind === "webhook")
    return postWebhook(d.channel.target, webhookBody(d.alert, d.user), { secret: d.channel.secret ?? "", allowPrivate: d.channel.allowPrivate, timeoutMs: o.timeoutMs ?? 10_000, deliveryId: d.deliveryId });
  try {
    await o.mailer!.send(emailOf(d.alert, d.channel.target));
    return null;
  } catch (e) {
    return `the mail server refused it (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`;
  }
}

/** one round: the outbox fanned out to the channels, then every due delivery sent once */
export async function deliverDue(ledger: Ledger, o: DeliveryOptions = {}): Promise<DeliverySummary> {
  const summary: DeliverySummary = { delivered: 0, retried: 0, failed: 0 };
  await fanOut(ledger);
  const kinds: ChannelKind[] = o.mailer ? ["webhook", "email"] : ["webhook"];
  const seen = new Set<number>();
  for (;;) {
    // each delivery at most once a round: one retried at once waits for the next round
    const batch = await leaseDeliveries(ledger, kinds, { limit: o.batch ?? 20, leaseMs: o.leaseMs, exclude: [...seen] });
    if (!batch.length) return summary;
    await Promise.all(batch.map(async (d) => {
      seen.add(d.deliveryId);
      const error = await send(d, o);
      const state = await finishDelivery(ledger, d, error, o.retry ?? DEFAULT_RETRY);
      if (state === "done") summary.delivered++;
      else if (state === "failed") summary.failed++;
      else summary.retried++;
      if (error) o.onEvent?.(`alert ${d.alert.id} to ${d.channel.kind} ${d.channel.id}: ${error}${state === "failed" ? " (given up)" : " (will retry)"}`);
    }));
  }
}

export interface RunningDelivery {
  stop(): Promise<void>;
}

/** delivers every `intervalMs` until stopped (a round at a time: rounds never overlap) */
export function startDelivery(ledger: Ledger, o: DeliveryOptions & { intervalMs?: number; finalRound?: boolean } = {}): RunningDelivery {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();
  const tick = () => {
    round = deliverDue(ledger, o).then(
      () => {},
      (e: unknown) => o.onEvent?.(`alerts: ${e instanceof Error ? e.message : String(e)}`),
    ).finally(() => {
      if (!stopped) timer = setTimeout(tick, o.intervalMs ?? 2000);
    });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await round;
      // what the last moments wrote (`watch --once`) goes out before the process does
      if (o.finalRound) await deliverDue(ledger, o).catch((e: unknown) => o.onEvent?.(`alerts: ${e instanceof Error ? e.message : String(e)}`));
      o.mailer?.close?.();
    },
  };
}

/** the delivery of a command that runs jobs (serve, watch, worker): SMTP from its options or the environment */
export async function startCommandDelivery(ledger: Ledger, o: { smtpUrl?: string; smtpFrom?: string; onEvent?(message: string): void }): Promise<RunningDelivery> {
  const smtp = smtpSettings(o);
  return startDelivery(ledger, { mailer: smtp ? await smtpMailer(smtp) : null, onEvent: o.onEvent, finalRound: true });
}
