#!/usr/bin/env node
// The house rules of issue 18, measured: no hand-written file under src/ over 500 lines, no function over 120,
// no generated code under src/ (a file that says it is generated, or a literal of over 2,000 lines), no
// import cycle (madge), every folder under src/ saying what it owns (an index.ts opening with a comment, or a
// README.md), and the README's layout table naming every folder it should, each of which exists. Prints each
// breach and exits 1 when there is one.
//   node scripts/structure.mjs [--json]
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import madge from "madge";

const root = path.resolve(import.meta.dirname, "..");
const src = path.join(root, "src");
const MAX_FILE = 500;
const MAX_FUNCTION = 120;

function* files(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (/\.(ts|tsx)$/.test(e.name) && !/\.d\.ts$/.test(e.name)) yield p;
  }
}

const breaches = [];
for (const file of files(src)) {
  const rel = path.relative(root, file);
  const text = fs.readFileSync(file, "utf8");
  const lines = text.split("\n").length;
  if (/^\/\/.*\b(generated|written by)\b.*\b(do not edit|npm run train)/im.test(text.slice(0, 400)))
    breaches.push({ kind: "generated", file: rel, lines });
  if (lines > MAX_FILE && !/\.test\.tsx?$/.test(file)) breaches.push({ kind: "file", file: rel, lines });
  if (breaches.at(-1)?.kind === "generated" && breaches.at(-1)?.file === rel) continue;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const from = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const to = sf.getLineAndCharacterOfPosition(node.end).line;
      const n = to - from + 1;
      // a test's describe/it callbacks are containers, not functions a reader must hold in mind
      if (n > MAX_FUNCTION && !/\.test\.tsx?$/.test(file)) {
        const name = node.name?.getText(sf) ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(sf) : "(anonymous)");
        breaches.push({ kind: "function", file: `${rel}:${from + 1}`, name, lines: n });
      }
    }
    if (ts.isArrayLiteralExpression(node) || ts.isObjectLiteralExpression(node)) {
      const n = sf.getLineAndCharacterOfPosition(node.end).line - sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      if (n > 2000) { breaches.push({ kind: "generated", file: rel, lines: n }); return; }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

// every folder says what it owns: its index.ts opens with a comment, or it has a README.md
function* folders(dir) {
  yield dir;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) yield* folders(path.join(dir, e.name));
}
for (const dir of folders(src)) {
  if (dir === src) continue;
  const index = path.join(dir, "index.ts");
  const says = fs.existsSync(path.join(dir, "README.md")) || (fs.existsSync(index) && /^\/\/ \S/.test(fs.readFileSync(index, "utf8")));
  if (!says) breaches.push({ kind: "folder", file: `${path.relative(root, dir)}/ (no README.md, no index.ts opening with a comment)` });
}
// the README's layout table: each folder it names exists, and it names every folder directly under src/
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
const named = new Set([...readme.matchAll(/^\| `([\w./-]+\/)` \|/gm)].map((m) => m[1]));
for (const f of named) if (!fs.existsSync(path.join(root, f))) breaches.push({ kind: "layout", file: `${f} (in the README's layout table, not in the project)` });
for (const e of fs.readdirSync(src, { withFileTypes: true }))
  if (e.isDirectory() && !named.has(`src/${e.name}/`)) breaches.push({ kind: "layout", file: `src/${e.name}/ (not in the README's layout table)` });

const graph = await madge(src, { fileExtensions: ["ts", "tsx"], tsConfig: path.join(root, "tsconfig.json") });
for (const cycle of graph.circular()) breaches.push({ kind: "cycle", file: cycle.join(" > ") });

if (process.argv.includes("--json")) console.log(JSON.stringify(breaches, null, 1));
else for (const b of breaches) console.log(`${b.kind.padEnd(9)} ${b.file}${b.name ? ` ${b.name}` : ""}${b.lines ? ` (${b.lines} lines)` : ""}`);
console.log(`structure: ${breaches.length} breaches (files over ${MAX_FILE} lines, functions over ${MAX_FUNCTION}, generated code under src/, import cycles, folders that do not say what they own, the README's layout table)`);
process.exitCode = breaches.length ? 1 : 0;
