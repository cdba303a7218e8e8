/**
 * One spelling for what news copy writes several ways before a claim is folded into tokens
 * (normalise.ts): apostrophes and quotes ("l’UE" = "l'UE"), dotted acronyms ("U.S." = "US",
 * "U.S.A." = "USA" = "US", "E.U." = "EU"), and currency signs written as the currency's word
 * ("1 398,69 €" = "1 398,69 euros", "$34 trillion" = "34 trillion dollars" as far as words go).
 *
 * Invariant: pure; the output keeps every letter's case (proper names are read from it), and a
 * page's own U+E000 (normalise.ts's figure marker) is blanked so it cannot forge a figure.
 */

/** Acronyms that name the same actor as a shorter one. */
const SAME_ACTOR: Readonly<Record<string, string>> = { USA: 'US' };

/** Currency signs, as the word a claim would otherwise use (plural: stemmed alike). */
const CURRENCIES: Readonly<Record<string, string>> = { '€': 'euros', $: 'dollars', '£': 'pounds' };

/** Two or more capitals each followed by a point ("U.S.", "U.S.A.", "E.U."), not inside a word. */
const DOTTED_ACRONYM = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.){2,}(?!\p{L})/gu;

export function unifySpellings(text: string): string {
  return text
    .replace(/\ue000/gu, ' ')
    .replace(/[\u2019\u2018\u02bc`´]/gu, "'")
    .replace(/[«»“”„"]/gu, ' ')
    .replace(DOTTED_ACRONYM, (dotted: string) => {
      const letters = dotted.replace(/\./gu, '');
      // The last point may also end a sentence: it stays, as it was read before.
      return `${SAME_ACTOR[letters] ?? letters}.`;
    })
    .replace(/[€$£]/gu, (sign) => ` ${CURRENCIES[sign]} `);
}
