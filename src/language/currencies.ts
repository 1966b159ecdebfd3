// Currency names, codes and signs, and the minor units money is also written in. The living currencies come
// from countries-list (ISO 4217 codes, English names such as "Swiss Franc", native signs such as "₾"); the
// tables below add what news also writes: bare names ("francs", "pesetas"), currencies replaced by the euro,
// the letters written before a dollar sign ("HK$", "C $"), minor units ("cents", "pence") and crypto-currencies.
// Every key is lower case; the unit read is an ISO 4217 code, or "<code> cents" / "<code> pence" for minor units.

import { currencies } from "countries-list/currencies";
import { wordTable } from "./word-table.js";

/** Names and adjectives with a currency that countries-list does not carry or names otherwise. */
const NAMES: Record<string, string> = {
  dollar: "USD", "us dollar": "USD", "american dollar": "USD", greenback: "USD", buck: "USD",
  euro: "EUR", pound: "GBP", "pound sterling": "GBP", "pounds sterling": "GBP", sterling: "GBP", "british pound": "GBP",
  yen: "JPY", yuan: "CNY", renminbi: "CNY", rmb: "CNY", kuai: "CNY", rupee: "INR", "indian rupee": "INR", ruble: "RUB", rouble: "RUB",
  somoni: "TJS", lira: "TRY", franc: "CHF", peso: "MXN", "canadian dollar": "CAD", "australian dollar": "AUD", "hong kong dollar": "HKD",
  rand: "ZAR", reais: "BRL", shekel: "ILS", shekels: "ILS", krona: "SEK", kronor: "SEK", krone: "NOK", kroner: "NOK",
  dinar: "DZD", dirham: "AED", riyal: "SAR", ringgit: "MYR", baht: "THB", rupiah: "IDR", taka: "BDT", naira: "NGN", zloty: "PLN", forint: "HUF", hryvnia: "UAH",
  // currencies the euro replaced, as older news writes them
  markka: "FIM", markkaa: "FIM", "finnish markka": "FIM", peseta: "ESP", "spanish peseta": "ESP", guilder: "NLG", "dutch guilder": "NLG",
  "deutsche mark": "DEM", "german mark": "DEM", "d-mark": "DEM", deutschemark: "DEM", "french franc": "FRF", "belgian franc": "BEF",
  "italian lira": "ITL", lire: "ITL", drachma: "GRD", drachmas: "GRD", drachmae: "GRD", escudo: "PTE", schilling: "ATS", punt: "IEP", "irish pound": "IEP",
  // crypto-currencies
  bitcoin: "BTC",
};

/** Minor units: the amount as written, in hundredths of the named currency. */
const MINOR: Record<string, string> = {
  cent: "USD cents", cents: "USD cents", "¢": "USD cents", penny: "GBP pence", pence: "GBP pence", pennies: "GBP pence",
  mao: "CNY jiao", jiao: "CNY jiao", satoshi: "BTC satoshis", satoshis: "BTC satoshis",
};

/** Letters written before a dollar sign: "HK$", "C $", "A$", "NZ$", "Mex$", "usd$". */
const DOLLAR_PREFIX: Record<string, string> = {
  us: "USD", usd: "USD", c: "CAD", ca: "CAD", cdn: "CAD", cad: "CAD", au: "AUD", aud: "AUD",
  nz: "NZD", nzd: "NZD", hk: "HKD", hkd: "HKD", sg: "SGD", sgd: "SGD", mex: "MXN", mx: "MXN", mxn: "MXN", nt: "TWD",
  // letters that are words too ("a $5 bill", "the firm's $2 loss"): only in capitals and glued to the sign
  A: "AUD", S: "SGD", R: "BRL",
};

/** Signs that are no letter and stand for one currency ("$" read as US dollars where nothing says otherwise). */
const SIGNS: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "元": "CNY", "₿": "BTC", "₩": "KRW", "₪": "ILS", "₺": "TRY" };

// plurals that are not the name and an s ("swedish kronor", "italian lire")
const IRREGULAR: Record<string, string> = { krona: "kronor", krone: "kroner", lira: "lire", real: "reais", markka: "markkaa", drachma: "drachmae" };
const plural = (name: string) => {
  const last = name.split(" ").pop()!;
  return IRREGULAR[last] ? [name, `${name}s`, name.slice(0, name.length - last.length) + IRREGULAR[last]] : [name, `${name}s`];
};

function build() {
  const names: Record<string, string> = wordTable({});
  const signs: Record<string, string> = wordTable({});
  const codes: Record<string, string> = wordTable({});
  for (const [code, c] of Object.entries(currencies)) {
    // metals and fund units ("Gold", "Silver") are not money in a sentence
    if (code.startsWith("X") && !c.name.includes(" ")) continue;
    codes[code] = code;
    for (const n of plural(c.name.toLowerCase())) names[n] ??= code;
    for (const s of [c.symbol, c.symbolNative]) if (s && !/[\p{L}\d.¤]/u.test(s) && s !== "$" && !(s in SIGNS)) signs[s] ??= code;
  }
  for (const [n, code] of Object.entries(NAMES)) for (const w of plural(n)) names[w] = code;
  Object.assign(signs, SIGNS);
  for (const code of ["BTC", "FIM", "ESP", "NLG", "DEM", "FRF", "ITL"]) codes[code] = code;
  codes.RMB = "CNY";
  return { names, signs, codes };
}
const built = build();

/** A currency's name, singular or plural, lower case ("swiss francs" → "CHF"). */
export const CURRENCY_NAMES: Record<string, string> = built.names;
/** Currency signs that are not letters ("€", "₾"); "$" is US dollars. */
export const CURRENCY_SIGNS: Record<string, string> = built.signs;
/** ISO 4217 codes, upper case, read as currencies when written in capitals ("USD 200", "115EUR"); "RMB" for the yuan. */
export const CURRENCY_CODES: Record<string, string> = built.codes;
/** Codes also read in lower case (the others are words too: "all", "top", "cup"). */
export const LOWER_CASE_CODES: ReadonlySet<string> = new Set(["usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "chf", "cad", "aud", "btc"]);
/** Minor units: "cents" → "USD cents". */
export const MINOR_UNITS: Record<string, string> = wordTable({ ...MINOR });
/** Letters before "$" → the dollar they name. */
export const DOLLAR_PREFIXES: Record<string, string> = wordTable({ ...DOLLAR_PREFIX });
/** The longest currency name, in words. */
export const CURRENCY_NAME_WORDS = Math.max(...Object.keys(built.names).map((n) => n.split(" ").length));
