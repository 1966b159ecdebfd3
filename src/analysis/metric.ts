// The metric a claim is about, as a key two claims share when they count the same thing in the same way:
// the head noun of what is counted (singular, lower case) and the predicate ("people|detain").

const IRREGULAR: Record<string, string> = { people: "person", men: "man", women: "woman", children: "child", police: "police", news: "news", series: "series" };

export function singular(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + "y";
  if (/(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w)) return w.slice(0, -1);
  return w;
}

/** "natives of Central Asia" → "native"; "Tajik citizens" → "citizen". */
export function countedHead(counted: string | null): string | null {
  if (!counted) return null;
  const words = counted.split(/\s+of\s+/i)[0].split(/\s+/).filter(Boolean);
  return words.length ? singular(words[words.length - 1].replace(/[^\p{L}\p{N}-]/gu, "")) : null;
}

export function metricKey(claim: { counted: string | null; predicate: string | null }): string | null {
  const head = countedHead(claim.counted);
  if (!head) return null;
  return `${head}|${claim.predicate ?? ""}`;
}
