// The browser's side of the API: JSON in and out, the CSRF token on every write, errors as messages.

import { useEffect, useState } from "preact/hooks";

export interface SessionInfo {
  user: { name: string } | null;
  csrf: string | null;
  openRead: boolean;
}

let csrf: string | null = null;
export const setCsrf = (token: string | null) => {
  csrf = token;
};

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.method && init.method !== "GET" && csrf) headers["x-csrf-token"] = csrf;
  const res = await fetch(path, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body), credentials: "same-origin" });
  if (res.status === 204) return undefined as T;
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, (data as { error?: string } | null)?.error ?? `${res.status} ${res.statusText}`);
  return data as T;
}

export const query = (params: Record<string, string | number | boolean | undefined | null>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "" && v !== false) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
};

/**
 * GET a path whenever it changes: its data (null while loading) and the error message, if any. Only the
 * answer for the current path is ever shown: a slower answer for an earlier path is dropped.
 */
export function useApi<T>(path: string | null, reload = 0): { data: T | null; error: string | null; loading: boolean } {
  const [state, setState] = useState<{ path: string | null; data: T | null; error: string | null }>({ path, data: null, error: null });
  useEffect(() => {
    if (path === null) return;
    let current = true;
    api<T>(path).then(
      (data) => current && setState({ path, data, error: null }),
      (e: Error) => current && setState({ path, data: null, error: e.message }),
    );
    return () => {
      current = false;
    };
  }, [path, reload]);
  // an answer for an earlier path is not shown for this one
  if (path === null) return { data: null, error: null, loading: false };
  return state.path === path && (state.data !== null || state.error !== null) ? { ...state, loading: false } : { data: null, error: null, loading: true };
}
