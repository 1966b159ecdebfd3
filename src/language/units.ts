// Units of measure, once: the words a measure's figure is followed by ("18 kilometres", "300 MW"), each with
// its dimension and its factor to the dimension's base unit (metres, kilograms, square metres, litres,
// megawatts, metres a second), so that "480 km" and "300 miles" compare. Speeds are a dimension of their
// own: "240 km/h" is no length.

import { wordTable } from "./word-table.js";

const KM = 1000, MILE = 1609.344, HOUR = 3600;

/** unit word → [dimension, factor to the dimension's base unit] */
export const UNITS: Record<string, [string, number]> = wordTable({
  km: ["length", KM], kilometres: ["length", KM], kilometers: ["length", KM], kilometre: ["length", KM], kilometer: ["length", KM],
  miles: ["length", MILE], mile: ["length", MILE], metres: ["length", 1], meters: ["length", 1], feet: ["length", 0.3048],
  kg: ["mass", 1], kilograms: ["mass", 1], kilogram: ["mass", 1], tons: ["mass", 1000], tonnes: ["mass", 1000], ton: ["mass", 1000], tonne: ["mass", 1000],
  hectares: ["area", 10_000], hectare: ["area", 10_000], acres: ["area", 4046.856],
  litres: ["volume", 1], liters: ["volume", 1], gallons: ["volume", 3.785], barrels: ["volume", 158.987],
  mw: ["power", 1], megawatts: ["power", 1], gw: ["power", 1000],
  "km/h": ["speed", KM / HOUR], kph: ["speed", KM / HOUR], mph: ["speed", MILE / HOUR], knots: ["speed", 0.514444],
});

/** nouns that name a dimension a unit measures, not a thing: "at a depth of 430 metres", "a distance of 139 km"
 *  (the unit is what the figure counts, as in "430 metres"; unlike "winds of 160 km/h", which measure the winds) */
export const DIMENSION_NOUNS = new Set(["depth", "height", "length", "distance", "altitude", "elevation", "width", "diameter", "radius", "thickness", "area"]);

/** "km" + "/h" or "per hour" → "km/h"; "miles an hour" → "mph"; null for a unit that makes no speed */
export function perHour(unit: string): string | null {
  const u = UNITS[unit.toLowerCase()];
  if (!u || u[0] !== "length") return null;
  return u[1] === KM ? "km/h" : u[1] === MILE ? "mph" : null;
}

/** events measured on a magnitude scale: in a sentence about one, a bare "5.8" is its magnitude */
export const MAGNITUDE_EVENTS = new Set(["earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "aftershock", "aftershocks", "temblor", "magnitude"]);
