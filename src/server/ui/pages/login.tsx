// Sign-in: a reviewer's name and password give a session cookie and the CSRF token for writes.

import { useState } from "preact/hooks";
import { api, setCsrf } from "../api.js";
import { navigate } from "../router.js";

export function LoginPage(props: { onSignedIn: () => Promise<void>; reason?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    try {
      const r = await api<{ csrf: string }>("/api/session", { method: "POST", body: { name: String(form.get("name")), password: String(form.get("password")) } });
      setCsrf(r.csrf);
      await props.onSignedIn();
      const back = new URLSearchParams(location.search).get("next");
      navigate(back && back.startsWith("/") && !back.startsWith("//") ? back : "/");
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="narrow">
      <h1>Sign in</h1>
      {props.reason && <p>{props.reason}</p>}
      <form onSubmit={submit} class="stack">
        <label>Name <input name="name" autocomplete="username" required /></label>
        <label>Password <input name="password" type="password" autocomplete="current-password" required /></label>
        <button type="submit" disabled={busy}>Sign in</button>
        {error && <p class="error" role="alert">{error}</p>}
      </form>
      <p class="hint">Reviewers are added with <code>claimledger user add NAME</code>.</p>
    </section>
  );
}
