// The review pages: the article reader, the claims table, speakers and their timelines, metrics and the
// checks' findings, the queue, reviews and the ClaimReview export, sign-in. Preact renders every string as
// text: nothing from an article is markup.

import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { api, setCsrf, type SessionInfo } from "./api.js";
import { Link, navigate, useLocation } from "./router.js";
import { ClaimsPage } from "./pages/claims.js";
import { DocumentsPage } from "./pages/documents.js";
import { ReaderPage } from "./pages/reader.js";
import { SpeakersPage, SpeakerPage } from "./pages/speakers.js";
import { ReviewsPage } from "./pages/reviews.js";
import { QueuePage } from "./pages/queue.js";
import { LoginPage } from "./pages/login.js";
import { MetricPage, MetricsPage } from "./pages/metrics.js";
import { FindingsPage } from "./pages/findings.js";
import { AlertArea } from "./alerts.js";

function App() {
  const { path } = useLocation();
  const [session, setSession] = useState<SessionInfo | null>(null);
  const refresh = () =>
    api<SessionInfo>("/api/session").then((s) => {
      setCsrf(s.csrf);
      setSession(s);
    });
  useEffect(() => {
    void refresh();
  }, []);
  if (!session) return <p class="loading" role="status">Loading claimledger…</p>;

  const signOut = async () => {
    await api("/api/session", { method: "DELETE" });
    await refresh();
    navigate("/");
  };
  let page;
  let m: RegExpExecArray | null;
  if (!session.user && !session.openRead && path !== "/login") page = <LoginPage onSignedIn={refresh} reason="This ledger is closed: sign in to read it." />;
  else if (path === "/" || path === "/claims") page = <ClaimsPage />;
  else if (path === "/documents") page = <DocumentsPage session={session} />;
  else if ((m = /^\/documents\/(\d+)$/.exec(path))) page = <ReaderPage id={Number(m[1])} session={session} />;
  else if ((m = /^\/claims\/(\d+)$/.exec(path))) page = <ReaderPage claimId={Number(m[1])} session={session} />;
  else if (path === "/speakers") page = <SpeakersPage />;
  else if ((m = /^\/speakers\/(.+)$/.exec(path))) page = <SpeakerPage name={decodeURIComponent(m[1])} />;
  else if (path === "/metrics") page = <MetricsPage />;
  else if ((m = /^\/metrics\/(.+)$/.exec(path))) page = <MetricPage metricKey={decodeURIComponent(m[1])} />;
  else if (path === "/findings") page = <FindingsPage />;
  else if (path === "/reviews") page = <ReviewsPage />;
  else if (path === "/queue") page = <QueuePage />;
  else if (path === "/login") page = <LoginPage onSignedIn={refresh} />;
  else page = <p class="error">No page here. <Link href="/">Claims</Link></p>;

  return (
    <>
      <header>
        <Link href="/" class="brand">claimledger</Link>
        <nav>
          <Link href="/claims">Claims</Link>
          <Link href="/documents">Documents</Link>
          <Link href="/speakers">Speakers</Link>
          <Link href="/metrics">Metrics</Link>
          <Link href="/findings">Findings</Link>
          <Link href="/queue">Queue</Link>
          <Link href="/reviews">Reviews</Link>
        </nav>
        <span class="account">
          {session.user ? (
            <>
              <span data-testid="signed-in">{session.user.name}</span> <button type="button" class="link" onClick={signOut}>Sign out</button>
            </>
          ) : (
            <Link href="/login">Sign in</Link>
          )}
        </span>
      </header>
      <AlertArea signedIn={!!session.user} />
      <main>{page}</main>
    </>
  );
}

render(<App />, document.getElementById("app")!);
