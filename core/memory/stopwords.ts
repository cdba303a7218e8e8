/**
 * Words the claim memory ignores, folded (no accents, lower case): articles, pronouns,
 * prepositions, auxiliaries and the reporting words a republication wraps a claim in ("selon",
 * "according to", "a déclaré", "said", "figures published on Thursday show"): a republication
 * adds them, they are never the claim. Negations ("pas", "not", "never", "jamais") are NOT
 * here: "X a augmenté" and "X n'a pas augmenté" are different claims.
 */
export const MEMORY_STOPWORDS: ReadonlySet<string> = new Set(
  // French
  (
    'a ai alors au aux avait avec ce ces cet cette comme dans de des du elle elles en est et etait ete ' +
    'il ils la le les leur leurs lui mais meme nous on ont ou par pour qu que qui sa se ses son sont sur ' +
    'un une vous y ainsi aussi donc selon affirme affirmait affirmant declare declarait declarant ' +
    'assure assurait estime explique indique dit disait rappelle souligne avance lance ' +
    'annonce annoncee annonces indiquee confirme confirmee precise ajoute rapporte publie publiee ' +
    'publies publiees chiffres donnees desormais lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    // English
    'an and are as at be been by for from had has have he her his in is it its of on or she that the ' +
    'their there they this to was were which with will would also according said says claimed claims ' +
    'claim stated states told wrote added noted insisted show shows showed shown announced ' +
    'confirmed reported published figures data now monday tuesday wednesday thursday friday ' +
    'saturday sunday'
  ).split(' '),
);
