// Periods as ISO date ranges, and how two relate: the same period, one inside the other (a half-year inside
// its year), overlapping in part, or apart. A figure with no period of its own is about the day it was
// published: a news report gives the count as it stood then.

export interface DateRange {
  start: string;
  end: string;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const lastDay = (y: number, m: number) => (m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : DAYS[m - 1]);

/** "2016" → the year; "2016-01" → the month; "2016-01-20" → the day; "start/end" → from start to end. */
export function parsePeriod(text: string): DateRange | null {
  const t = text.trim();
  if (t.includes("/")) {
    const [a, b] = t.split("/");
    const s = parsePeriod(a), e = parsePeriod(b);
    return s && e && s.start <= e.end ? { start: s.start, end: e.end } : null;
  }
  let m = /^(\d{4})$/.exec(t);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m && +m[2] >= 1 && +m[2] <= 12) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${String(lastDay(+m[1], +m[2])).padStart(2, "0")}` };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m && +m[2] >= 1 && +m[2] <= 12 && +m[3] >= 1 && +m[3] <= lastDay(+m[1], +m[2])) return { start: t, end: t };
  return null;
}

export type PeriodRelation = "same" | "inside" | "contains" | "partial" | "apart";

/** How a relates to b: "inside" when a lies within b (and is shorter). */
export function relate(a: DateRange, b: DateRange): PeriodRelation {
  if (a.end < b.start || b.end < a.start) return "apart";
  if (a.start === b.start && a.end === b.end) return "same";
  if (b.start <= a.start && a.end <= b.end) return "inside";
  if (a.start <= b.start && b.end <= a.end) return "contains";
  return "partial";
}

/** "2016", "2016-01", "2016-01-20", or "2016-01-01 to 2016-06-30": a period as people read it */
export function periodText(p: DateRange): string {
  const [ys, ms, ds] = p.start.split("-"), [ye, me, de] = p.end.split("-");
  if (p.start === p.end) return p.start;
  if (ys === ye && ms === "01" && ds === "01" && me === "12" && de === "31") return ys;
  if (ys === ye && ms === me && ds === "01" && +de === lastDay(+ye, +me)) return `${ys}-${ms}`;
  return `${p.start} to ${p.end}`;
}
