/**
 * Two small articles, one English and one French, that the extension analyses once as it starts
 * (`warmUpAnalysis`), before any page asks: parsing, Readability, the segmenter of each language
 * and the word model then run warm on the reader's first page instead of cold (the first page
 * after the browser started waited for all of them). They are made up, hold no one's data, and
 * pass for articles, so the whole path runs: extraction, scoring, ranking.
 */
import { type AnalyseHtmlOptions, analyseHtml } from './analyse-html';

function page(lang: string, title: string, paragraphs: readonly string[]): string {
  const body = paragraphs.map((text) => `<p>${text}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title><meta property="og:type" content="article"></head><body><header><nav><a href="/">Home</a></nav></header><main><article><h1>${title}</h1>\n${body}\n</article></main><footer><p>© Example</p></footer></body></html>`;
}

export const WARM_UP_PAGES: ReadonlyArray<{ url: string; html: string }> = [
  {
    url: 'https://factmark.invalid/warm-up/en',
    html: page('en', 'City council approves a new budget for public transport', [
      'The city council approved on Tuesday a budget of 42 million dollars for public transport, the largest in a decade, according to the mayor’s office.',
      'The plan adds 120 buses and extends two tram lines by 2027. Officials said ridership rose by 18 percent last year, while fares stayed the same.',
      'Opposition councillors argued that the figures were overstated and that half of the new buses had already been ordered under the previous budget.',
      'A vote on the second part of the plan, which covers bicycle lanes and parking, is expected next month after a public consultation.',
    ]),
  },
  {
    url: 'https://factmark.invalid/warm-up/fr',
    html: page('fr', 'Le conseil municipal adopte un nouveau budget pour les transports', [
      'Le conseil municipal a adopté mardi un budget de 42 millions d’euros pour les transports publics, le plus élevé depuis dix ans, selon la mairie.',
      'Le plan prévoit 120 nouveaux bus et le prolongement de deux lignes de tramway d’ici 2027. La fréquentation a augmenté de 18 % l’an dernier, selon la mairie.',
      'L’opposition estime que ces chiffres sont exagérés et que la moitié des bus avaient déjà été commandés dans le cadre du budget précédent.',
      'Le vote sur la seconde partie du plan, consacrée aux pistes cyclables et au stationnement, est attendu le mois prochain après une consultation publique.',
    ]),
  },
];

/** Analyses each warm-up page once, so the first real page finds everything warm. */
export function warmUpAnalysis(options: Omit<AnalyseHtmlOptions, 'url'>): void {
  for (const { url, html } of WARM_UP_PAGES) analyseHtml(html, { ...options, url });
}
