// Stage "time": owns time expressions and the periods they denote ("last year", "in the first quarter",
// "January 20"), resolved against the document's reference date, which it also works out (time.ts).

export { findDateExpressions, findTimeExpressions, findTimes, referenceDate, shift, type TimeExpression } from "./time.js";
