#!/usr/bin/env node
// Bundles the review pages (Preact, TSX in src/server/ui) into dist/ui with esbuild: one script, one
// stylesheet, no inline code, so the server's Content-Security-Policy can allow only 'self'.
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
await build({
  entryPoints: { app: path.join(root, "src/server/ui/main.tsx"), "app-style": path.join(root, "src/server/ui/app.css") },
  outdir: path.join(root, "dist/ui"),
  entryNames: "[name]",
  bundle: true,
  format: "esm",
  target: ["es2022"],
  minify: true,
  sourcemap: true,
  jsx: "automatic",
  jsxImportSource: "preact",
  logLevel: "warning",
});
