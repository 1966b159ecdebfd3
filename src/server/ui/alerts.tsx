// The alert area under the header: a signed-in reviewer's new alerts (follows: `claimledger follow` or
// POST /api/follows) as they arrive, from GET /api/events. The newest is announced to screen readers; the
// list opens with a button; each alert links to its claim or to the findings. Text only: Preact escapes it.

import { useEffect, useState } from "preact/hooks";
import { Link } from "./router.js";

interface AlertEvent {
  id: number;
  kind: "claim" | "finding";
  line: string;
  claimId: number | null;
  findingId: number | null;
}

/** the most alerts kept on the page */
const KEPT = 30;

type Status = "connecting" | "open" | "retrying";

export function AlertArea({ signedIn }: { signedIn: boolean }) {
  const [alerts, setAlerts] = useState<AlertEvent[]>([]);
  const [status, setStatus] = useState<Status>("connecting");
  const [open, setOpen] = useState(false);
  const [unseen, setUnseen] = useState(0);

  useEffect(() => {
    if (!signedIn || typeof EventSource === "undefined") return;
    // the browser reconnects by itself, sending Last-Event-ID: nothing written meanwhile is missed
    const source = new EventSource("/api/events");
    source.onopen = () => setStatus("open");
    source.onerror = () => setStatus("retrying");
    source.addEventListener("alert", (e: MessageEvent<string>) => {
      let a: AlertEvent;
      try {
        a = JSON.parse(e.data) as AlertEvent;
      } catch {
        return;
      }
      setAlerts((list) => (list.some((x) => x.id === a.id) ? list : [a, ...list].slice(0, KEPT)));
      setUnseen((n) => n + 1);
    });
    return () => source.close();
  }, [signedIn]);

  if (!signedIn) return null;
  const toggle = () => {
    setOpen(!open);
    setUnseen(0);
  };
  const state =
    status === "retrying" ? "Alerts are not arriving: the connection was lost, trying again…"
    : status === "connecting" ? "Connecting to alerts…"
    : alerts.length ? `Newest alert: ${alerts[0].line}`
    : "No new alerts since this page opened.";
  return (
    <section class="alerts" aria-label="Alerts" data-testid="alerts">
      <button type="button" class="alerts-toggle" aria-expanded={open} aria-controls="alerts-list" onClick={toggle}>
        Alerts{unseen ? ` (${unseen} new)` : ""}
      </button>
      <span class={status === "retrying" ? "alerts-state error" : "alerts-state muted"} role="status" aria-live="polite" data-testid="alerts-state">{state}</span>
      {open && (
        <div id="alerts-list" class="alerts-list">
          {alerts.length ? (
            <ul>
              {alerts.map((a) => (
                <li key={a.id}>
                  <Link href={a.claimId !== null ? `/claims/${a.claimId}` : "/findings"}>{a.line}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p class="empty">Nothing yet. New claims and findings of the speakers, metrics and places you follow appear here as they are ingested.</p>
          )}
          {alerts.length > 0 && <button type="button" class="link" onClick={() => setAlerts([])}>Clear the list</button>}
        </div>
      )}
    </section>
  );
}
