// Words written before a person's name: honorifics and the abbreviations of titles and ranks, with the
// place-name abbreviations ("Ft.", "Mt.") that take a period inside a name. Lower case, without the period.

/** honorifics that start a person's name but are not part of it */
export const HONORIFICS = new Set(["mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "madam", "mister", "miss"]);

/** the commonest of the titles below: those the speaker rules read a name's period through ("Sen. Graham said"; not yet "Rev.", "Sgt.") */
export const COMMON_TITLE_ABBREVIATIONS = ["mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "st"] as const;
/** abbreviated titles and ranks that a name reads through ("Lt. Col. Smith", "Sen. Graham") */
export const TITLE_ABBREVIATIONS = [...COMMON_TITLE_ABBREVIATIONS, "sgt", "capt", "adm", "jr", "sr", "rev"] as const;
/** abbreviated titles that end no sentence but that names do not take in ("Pres. Obama" is Obama) */
export const OTHER_TITLE_ABBREVIATIONS = ["cmdr", "maj", "hon", "pres", "supt", "insp", "det"] as const;

/** abbreviations in place names ("Ft. Worth", "Mt. Everest") */
export const PLACE_ABBREVIATIONS = ["ft", "mt"] as const;

/** "Sen" from "sen": how an abbreviation is written before a name */
export const capitalised = (w: string) => w[0].toUpperCase() + w.slice(1);
