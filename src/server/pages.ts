// The one HTML page the browser loads for every route; the bundle in dist/ui renders the rest. No inline
// script or style, so the Content-Security-Policy can forbid both.

export function pageShell(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>claimledger</title>
<link rel="stylesheet" href="/ui/app-style.css">
<script type="module" src="/ui/app.js"></script>
</head>
<body><div id="app"><noscript>claimledger's review pages need JavaScript; the API is at /api/openapi.json.</noscript></div></body>
</html>
`;
}
