/**
 * French profile: abbreviations for sentence splitting and the word lists behind each claim
 * signal. The lists fire on the same kinds of sentences as their English counterparts (checked
 * on the hand-translated CT24 sentences of `data/claims-fr`), so French and English share one
 * meaning per signal; French's own weights are learnt from both languages
 * (`scripts/claims/train-french.ts`). A reason shown must be true of the sentence: `figure` needs
 * digits, a magnitude or a counted unit (« deux fléaux » is not a figure), `superlative` a record
 * or a first (« premier ministre » is a title).
 */
import { foldedPattern, phrases } from './phrases';
import type { LanguageProfile } from './types';

const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
/**
 * Words that are figures by themselves: magnitudes, fractions and cardinals from treize up.
 * Small cardinals count only before a unit (`COUNTED_UNITS`): « deux fléaux » or « les deux
 * gouvernements » are not figures a reader would check; « trois ans » and « six magistrats » are.
 */
const FIGURE_WORDS =
  'cent|cents|centaines?|mille|milliers?|millions?|milliards?|dizaines?|douzaines?|moitié|quart|tiers|pour ?cent|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|quatre-vingts?';
const SMALL_CARDINALS = 'deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze';
const COUNTED_UNITS =
  'pour ?cent|fois|ans|années|mois|semaines|jours|heures|minutes|euros|dollars|centimes|points|voix|sièges|députés|sénateurs|magistrats|morts|victimes|blessés|emplois|kilomètres|mètres|tonnes|litres|hectares|soldats';
/** Past participles and other past forms, used after an auxiliary for `past-event`. */
const PARTICIPLE = '\\p{L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|ort|orte)';

export const fr: LanguageProfile = {
  code: 'fr',
  titles: ['m.', 'mm.', 'mme.', 'mmes.', 'mlle.', 'dr.', 'pr.', 'me.', 'mgr.', 'st.', 'ste.'],
  abbreviations: [
    'etc.',
    'cf.',
    'p.',
    'ex.',
    'env.',
    'av.',
    'apr.',
    'j.-c.',
    'n°.',
    'vol.',
    'chap.',
    'fig.',
  ].concat(['janv.', 'févr.', 'avr.', 'juil.', 'sept.', 'oct.', 'nov.', 'déc.']),
  sentenceStarters: [
    'le',
    'la',
    'les',
    'un',
    'une',
    'des',
    'il',
    'elle',
    'ils',
    'elles',
    'on',
    'ce',
    'cette',
  ].concat(['je', 'nous', 'vous', 'mais', 'et', 'en', 'au', 'dans', 'pour', 'puis', 'si', 'depuis']),
  capitalisedCommonWords: [],
  verb: phrases(
    'est|sont|était|étaient|sera|seront|serait|été|être|a|ont|avait|avaient|aura|auront|aurait|avoir|fait|font|faire|va|vont|peut|peuvent|doit|doivent|dit|disent',
    '\\p{L}+(?:er|ir|é|ée|és|ées|ait|aient|ent|ons|ez|era|eront|erait|it|ut)',
  ),
  patterns: {
    figure: [/\d/, /%/, /[$€£¥]/, phrases(FIGURE_WORDS, `(?:${SMALL_CARDINALS}) (?:${COUNTED_UNITS})`)],
    date: [
      /\b(?:1[6-9]|20)\d\d\b/,
      /\b\d\d?(?:\/|-|\.)\d\d?(?:\/|-|\.)\d\d(?:\d\d)?\b/,
      phrases(`${MONTHS}|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche`),
      phrases(
        "hier|l'an dernier|l'année dernière|le mois dernier|la semaine dernière|il y a (?:\\S+ )?(?:ans?|mois|semaines|jours|décennies)|depuis|cette année|un an plus tôt|(?:\\S+ )?ans plus tôt",
      ),
    ],
    superlative: [
      phrases(
        'premi(?:er|ère|ers|ères)(?! (?:ministre|secrétaire|tour|adjoint|vice-président))|seul|seule|seuls|seules|unique|record|jamais (?:autant|encore|vu)|(?:plus|moins) que jamais|jamais-vu|le plus|la plus|les plus|le moins|la moins|les moins|meilleure?s?|pire|inédite?s?|sans précédent|numéro un|plus grande?s?|plus haute?s?|historique',
      ),
    ],
    'official-act': [
      phrases(
        'lois?|projets? de loi|décrets?|ordonnances?|traités?|accords?|règlements?|amendements?|sanctions?|budgets?|impôts?|taxes?|arrêtés?|référendums?|motions?',
        `(?:a|ont|avait|avaient) (?:\\S+ )?(?:officiellement )?(?:reconnu|signé|voté|adopté|promulgué|interdit|retiré|ratifié|annulé|condamné|nommé|décidé|approuvé|validé|abrogé|suspendu|inscrit|imposé|légalisé)`,
        '(?:a|ont|avait|avaient) (?:\\S+ )?(?:proposé|soutenu|combattu|créé|ajouté|réduit|augmenté|tué|envoyé|échoué|financé|payé|dépensé|perdu|supprimé)',
        'officiellement|reconnaissance officielle|liste des',
      ),
    ],
    attribution: [
      phrases(
        "selon|d'après|cité par|citée par|a affirmé|a déclaré|a annoncé|a indiqué|a précisé|a confirmé|a expliqué|a assuré|a estimé|a reconnu|a souligné|a rapporté|ont affirmé|ont déclaré|ont annoncé|ont confirmé|a-t-il (?:affirmé|déclaré|dit|ajouté|précisé|expliqué)|a-t-elle (?:affirmé|déclaré|dit|ajouté|précisé|expliqué)",
      ),
    ],
    comparison: [
      phrases(
        "plus que|moins que|plus de|moins de|par rapport à|comparé à|comparée à|que l'an|hausse|baisse|augmentation|augmenté|baissé|grimpé|diminution|diminué|doublé|triplé|progressé|reculé|chuté|croissance|recul|supérieure?s?|inférieure?s?|davantage",
      ),
    ],
    causal: [
      phrases(
        'à cause de|en raison de|grâce à|du fait de|provoqué|provoque|entraîné|entraîne|causé|cause de|conduit à|à la suite de|suite à|résultat de|par conséquent|responsable de|attribué à|attribuée à',
      ),
    ],
    'past-event': [
      phrases(
        `(?:a|ont|avait|avaient|est|sont|était|étaient|fut|furent) (?:\\S+ )?${PARTICIPLE}`,
        '\\p{L}{2,}(?:èrent|irent|urent)',
        'était|étaient|avait|avaient',
      ),
    ],
    opinion: [
      phrases(
        "je (?:ne )?(?:pense|crois|trouve|souhaite|veux|aime|espère)(?: pas)?|je suis convaincue?|à mon avis|selon moi|il me semble|j'estime|franchement|honnêtement|évidemment|bien sûr",
        'magnifique|formidable|génial|géniale|superbe|horrible|terrible|scandaleux|scandaleuse|honteux|honteuse|ridicule|stupide|absurde|incroyable|merveilleux|merveilleuse|excellent|excellente|nul|nulle|bon|bonne|mauvais|mauvaise|beau|belle|courageux|courageuse|inacceptable|important|importante|majeur|majeure',
      ),
    ],
    'call-to-action': [
      /^\s*(?:cliquez|abonnez|suivez|partagez|inscrivez|téléchargez|rejoignez|regardez|écoutez|lisez|découvrez|contactez|achetez|essayez|visitez|commentez|likez|soutenez|ne manquez|n'oubliez)/i,
      phrases(
        'cliquez ici|suivez-nous|abonnez-vous|partagez (?:cet|cette|sur)|inscrivez-vous|notre canal|notre newsletter|nos réseaux',
      ),
    ],
    boilerplate: [
      /^\s*(?:lire aussi|lire la suite|à lire aussi|voir aussi|à voir|publicité|sponsorisé|vues?|views?|commentaires?|partager|mots-clés|tags?|publié|mis à jour|photo|crédit|source)\b\s*[:|.…-]?/i,
      /(?:…|\.\.\.)\s*$/,
      /^\s*[^\p{Ll}]{6,}:/u,
      phrases('tous droits réservés|cookies?|politique de confidentialité|mentions légales'),
    ],
    'first-person': [
      phrases('je|me|moi|mon|ma|mes|nous|notre|nos'),
      foldedPattern("(?<!\\p{L})[jm]'(?=\\p{L})"),
    ],
    'second-person': [
      phrases('tu|te|toi|ton|ta|tes|vous|votre|vos'),
      foldedPattern("(?<!\\p{L})t'(?=\\p{L})"),
    ],
    future: [
      phrases(
        'sera|seront|aura|auront|fera|feront|va|vont|allons|allez|devrait|devraient|prévoit de|compte|promet',
        // Future and conditional endings: « augmentera », « pourrait », « viendront ».
        '\\p{L}{2,}(?:era|eront|erons|erez|erai|ira|iront|irons|irez|irai|dra|dront|drons|erait|eraient|irait|iraient|drait|draient)',
      ),
    ],
    prescriptive: [
      phrases(
        'doit|doivent|devons|devez|devrait|devraient|devrions|faut|faudrait|il est temps|nécessaire de',
      ),
    ],
    'policy-topic': [
      phrases(
        'impôts?|taxes?|déficits?|dette|budget|dépenses|chômage|emplois?|salaires?|revenus?|inflation|prix|pauvreté|économie|économiques?|industrie|prêts?|assurances?|retraites?|pensions?|sécurité sociale|pétrole|énergie|gaz|criminalité|drogues?|trafic|frontières?|immigration|migrants?|troupes|armes?|nucléaire|armée|militaires?|défense|guerre|terrorisme|terroristes?|santé|hôpitaux|écoles?|élèves|pollution|émissions',
      ),
    ],
    rhetoric: [
      phrases(
        'valeurs?|opportunités?|défis?|liberté|avenir|leadership|principes?|foi|engagement|vision|rêve|espoir|ensemble|se battre pour|tournant|étape majeure|nouvelle ère',
      ),
    ],
    'meta-talk': [
      phrases(
        'merci|questions?|répondre|réponse|ce soir|débat|laissez-moi|permettez-moi|je voudrais|mon adversaire',
      ),
    ],
    hedge: [
      phrases(
        'peut-être|sans doute|probablement|pourrait|pourraient|semble|semblent|il paraît|éventuellement|plutôt',
      ),
    ],
  },
};
