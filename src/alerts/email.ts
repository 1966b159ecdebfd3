// E-mail alerts: a message per alert, through a Mailer. The SMTP one is nodemailer's transport, made
// when SMTP is configured (--smtp-url or CLAIMLEDGER_SMTP_URL, with --smtp-from or CLAIMLEDGER_SMTP_FROM);
// tests give a fake.

import nodemailer from "nodemailer";
import { UserError } from "../errors.js";
import type { Alert } from "../ledger/alerts/store.js";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close?(): void;
}

export interface SmtpSettings {
  url: string;
  from: string;
}

/** the SMTP settings from options, else the environment; null when SMTP is not configured */
export function smtpSettings(o: { smtpUrl?: string; smtpFrom?: string }, env: NodeJS.ProcessEnv = process.env): SmtpSettings | null {
  const url = o.smtpUrl ?? env.CLAIMLEDGER_SMTP_URL;
  if (!url) return null;
  if (!/^smtps?:\/\//i.test(url)) throw new UserError(`--smtp-url wants smtp://… or smtps://…, not "${url.replace(/\/\/[^@/]*@/, "//…@")}"`);
  const from = o.smtpFrom ?? env.CLAIMLEDGER_SMTP_FROM;
  if (!from) throw new UserError("e-mail alerts need a from-address too: --smtp-from or CLAIMLEDGER_SMTP_FROM");
  return { url, from };
}

export function emailOf(alert: Alert, to: string): MailMessage {
  const subject = alert.kind === "finding" ? `claimledger: a new finding in ${alert.follow.value}` : `claimledger: a new claim (${alert.follow.kind} ${alert.follow.value})`;
  const link = alert.claimId !== null ? `\n\nClaim ${alert.claimId} in the ledger (the desk's /claims/${alert.claimId}).` : alert.findingId !== null ? "\n\nThe desk's /findings page lists it." : "";
  return { to, subject: subject.replace(/[\r\n]+/g, " ").slice(0, 200), text: `${alert.line}${link}\n` };
}

/** nodemailer's SMTP transport behind the Mailer interface */
export async function smtpMailer(s: SmtpSettings): Promise<Mailer> {
  const transport = nodemailer.createTransport(s.url);
  return {
    send: async (m) => void (await transport.sendMail({ from: s.from, ...m })),
    close: () => transport.close(),
  };
}
