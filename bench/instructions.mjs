// A fixed amount of extract() work for instruction counting (the machine is shared, so seconds are noise):
//   valgrind --tool=callgrind --dump-instr=no node --predictable --hash-seed=1 --random-seed=1 \
//     --single-threaded --predictable-gc-schedule bench/instructions.mjs DOCS PASSES WARMUPS
// runs WARMUPS passes over the first DOCS PolNeAR train texts, then PASSES measured passes. The steady pass
// is (total with PASSES=n − total with PASSES=0) / n. (With one warm-up pass over 20 texts, most of the
// passes after it were still V8 compiling: give it three.)
import { extract } from "../dist/index.js";
import { polnearTexts } from "./lib.mjs";

const [docCount = "20", passes = "2", warmups = "3"] = process.argv.slice(2);
const docs = polnearTexts("train").slice(0, Number(docCount));
let claims = 0;
for (let p = 0; p < Number(warmups) + Number(passes); p++) for (const d of docs) claims += extract(d.text, { published: "2016-09-20" }).claims.length;
console.log(`${docs.length} docs, ${warmups} warm-up and ${passes} measured passes, ${claims} claims`);
