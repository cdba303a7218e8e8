/**
 * English profile: abbreviations for sentence splitting and the word lists behind each claim
 * signal. Also the fallback for languages without a profile, so its digit-based patterns
 * (figures, years) must stay language-neutral.
 */
import { phrases } from './phrases';
import type { LanguageProfile } from './types';

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
/**
 * Words that are figures by themselves: magnitudes, fractions and cardinals from thirteen up.
 * Small cardinals ("two", "seven") count only before a unit (`COUNTED_UNITS`): "two things" and
 * "the two parties" are not figures a reader would check; "two percent" and "seven years" are.
 */
const FIGURE_WORDS =
  'hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|twice|percent|per cent|quarter|two-thirds|three-quarters|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SMALL_CARDINALS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const COUNTED_UNITS =
  'percent|per cent|times|years?|months?|weeks?|days?|hours?|minutes?|dollars?|cents?|points?|votes?|seats?|miles?|tons?|acres?|jobs|senators|members|deaths|victims|soldiers|troops';

export const en: LanguageProfile = {
  code: 'en',
  titles: ['mr.', 'mrs.', 'ms.', 'dr.', 'st.', 'jr.', 'sr.', 'prof.', 'gen.', 'sen.', 'rep.', 'gov.'],
  abbreviations: [
    'u.s.',
    'u.k.',
    'u.n.',
    'e.g.',
    'i.e.',
    'vs.',
    'no.',
    'inc.',
    'corp.',
    'co.',
    'ltd.',
  ].concat(['jan.', 'feb.', 'mar.', 'apr.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.']),
  sentenceStarters: ['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that'].concat([
    'these',
    'those',
    'there',
    'but',
    'and',
    'so',
    'in',
    'on',
    'at',
    'as',
    'if',
    'then',
  ]),
  capitalisedCommonWords: ['i', "i'm", "i've", "i'd", "i'll", 'ok'],
  verb: phrases(
    "is|are|was|were|be|been|being|am|\\p{L}+'(?:s|re|m|ve|d|ll)|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must",
    '[a-z]+(?:ed|es)',
    'said|says|made|gave|got|took|went|came|paid|lost|won|left|put|set|cut|grew|rose|fell|began|spent|told|built|sold|bought|know|think|want|need|get|make|go|see|say|give|take|come|like|let|look|believe|mean|keep|lose|pay|win|tell',
  ),
  patterns: {
    figure: [/\d/, /%/, /[$€£¥]/, phrases(FIGURE_WORDS, `(?:${SMALL_CARDINALS}) (?:${COUNTED_UNITS})`)],
    date: [
      /\b(?:1[6-9]|20)\d\d\b/,
      /'\d\d\b/,
      /\b\d\d?(?:\/|-)\d\d?(?:\/|-)\d\d(?:\d\d)?\b/,
      phrases(`${MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday`),
      phrases(
        'yesterday|last (?:year|month|week|decade|century|time)|(?:years?|months?|decades?) ago|since|in the (?:19|20)\\d0s|this year|so far',
      ),
    ],
    superlative: [
      phrases(
        'first(?!,| of all| lady)|only|record|ever|never before|most|least|best|worst|largest|biggest|highest|lowest|fastest|greatest|smallest|longest|strongest|weakest|richest|poorest|oldest|youngest|top|unprecedented|all-time|number one',
      ),
    ],
    'official-act': [
      phrases(
        'laws?|bills?|acts?|decrees?|executive orders?|treaty|treaties|agreements?|regulations?|legislation|amendment|statutes?|sanctions?|budgets?|tax(?:es)?|tariffs?',
        'signed|vetoed|voted|ruled|banned|passed|enacted|repealed|approved|ratified|appointed|indicted|convicted|sentenced|outlawed|legali[sz]ed|recogni[sz]ed|announced|imposed|cut|raised',
        'proposed|supported|opposed|fought|created|added|reduced|increased|killed|sent|failed|funded|paid|spent|lost',
      ),
    ],
    attribution: [
      phrases(
        'according to|said|says|stated|claimed|reported|announced|told|testified|confirmed|admitted|acknowledged|estimated|found that|shows? that|showed',
      ),
    ],
    comparison: [
      phrases(
        'more than|less than|fewer than|greater than|compared (?:with|to)|than|increased?|increases|increasing|decreased?|decreases|rose|risen|fell|fallen|dropped|grew|grown|doubled|tripled|quadrupled|halved|up from|down from|higher|lower|growth|decline|declined|went up|went down|times as',
      ),
    ],
    causal: [
      phrases(
        'because of|due to|caused|causes|led to|leads to|result(?:ed)? (?:of|in)|as a result|therefore|thanks to|responsible for|blamed',
      ),
    ],
    'past-event': [
      phrases(
        "was|were|had|did|has been|have been|\\p{L}+'(?:s|ve|d) been",
        '(?!(?:need|indeed|proceed|speed|seed|feed|breed|exceed|succeed|bleed|greed|weed)(?![a-z]))[a-z]{3,}ed(?! (?:by|to))',
        'went|came|made|gave|took|got|lost|won|left|paid|spent|built|sold|bought|began|sent|brought|told|wrote|ran|became',
      ),
    ],
    opinion: [
      phrases(
        "i (?:don't |do not |really |just )?(?:think|believe|feel|hope|want|love|agree|disagree)|i guess|i suppose|i hope|i know|i mean|in my (?:opinion|view)|my view|it seems|frankly|honestly|obviously|clearly",
        'great|terrible|wonderful|awful|horrible|amazing|fantastic|beautiful|disgrace(?:ful)?|shame(?:ful)?|ridiculous|stupid|crazy|silly|nonsense|tremendous|incredible|good|bad|nice|wrong|right|fair|unfair|important|outrageous|disaster|proud|love|hate|ought',
      ),
    ],
    'call-to-action': [
      /^\s*(?:click|subscribe|share|follow|sign up|sign in|log in|register|download|join|watch|listen|read|see|learn|tap|contact|donate|buy|get|try|visit|check out|don't miss|let's|let us)\b/i,
      phrases('click here|follow us|subscribe (?:to|now)|share (?:this|on)|sign up|newsletter'),
    ],
    boilerplate: [
      /^\s*(?:read more|read also|see also|related|advertisement|sponsored|views?|comments?|share|tags?|posted|updated|published|photo|image|credit|source)\b\s*[:|.…-]?/i,
      /(?:…|\.\.\.)\s*$/,
      /^\s*[^\p{Ll}]{6,}:/u,
      phrases('all rights reserved|cookies?|privacy policy|terms of (?:use|service)'),
    ],
    'first-person': [
      phrases("i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|we'd|we'll|us|our|ours|ourselves"),
    ],
    'second-person': [phrases("you|you're|you've|you'd|you'll|your|yours|yourself|yourselves")],
    future: [phrases("will|won't|\\p{L}+'ll|going to|gonna|shall|would|plan to|intend to|promise")],
    prescriptive: [phrases("should|shouldn't|must|ought to|need to|needs to|have to|has to|let's|let us")],
    'policy-topic': [
      phrases(
        'tax(?:es|payers)?|deficits?|debt|budget|spending|unemployment|jobs|wages?|incomes?|inflation|prices?|poverty|economy|manufacturing|loans?|insurance|benefits|medicare|medicaid|social security|oil|energy|crime|drugs?|border|immigra\\p{L}*|troops|weapons|nuclear|military|defen[cs]e|war|health care|hospitals?|schools?|students?|pollution|emissions',
      ),
    ],
    rhetoric: [
      phrases(
        'values?|opportunit(?:y|ies)|challenges?|freedom|future|leadership|strength|principles?|faith|commitment|vision|dream|hope|believe in|together|stand for|fight for|21st century|next generation',
      ),
    ],
    'meta-talk': [
      phrases(
        "thank you|thanks|questions?|answer|respond|response|tonight|debate|let me|i'd like to|talk about|my opponent|moderator|point is|go ahead|excuse me",
      ),
    ],
    hedge: [
      phrases('maybe|perhaps|might|may|could|possibly|probably|seems?|appears? to|i guess|kind of|sort of'),
    ],
  },
};
