// Passwords and tokens. Passwords are kept as scrypt hashes (node:crypto, memory-hard, no native add-on);
// session and API tokens are random and stored as their sha256, so a copied ledger opens no account.

import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

const PARAMS = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 64;

function derive(password: string, salt: Buffer, o: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, { ...o, maxmem: 64 * 1024 * 1024 }, (e, key) => (e ? reject(e) : resolve(key))));
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const key = await derive(password, Buffer.from(salt, "base64"), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** a fresh random token, URL-safe */
export const newToken = (bytes = 32) => randomBytes(bytes).toString("base64url");

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a), y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** the rule for a new password: long enough to matter, short enough not to be a denial of service */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return "a password needs at least 10 characters";
  if (password.length > 1024) return "a password has at most 1024 characters";
  return null;
}
