// Tables looked up with words of the text. A plain object answers "constructor" or "toString" with
// Object.prototype's functions ("5 constructor fees" read as money, en-pos crashed on "The constructor
// built 400 homes."): these have no prototype, so only their own words are in them.

export function wordTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.setPrototypeOf(entries, null) as Record<string, T>;
}
