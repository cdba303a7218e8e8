/**
 * The content script's state for one page: the analysed article, its claims, the reader's
 * placed annotations, and the selected claim. It re-runs analysis when asked (DOM changes,
 * navigations), re-reads annotations when they change, and redraws its marks (highlighter.ts)
 * only when what they show changed, so the page never flickers.
 */
import { articleMetadata } from '../../core/article/article-metadata';
import type { ExtractedArticle } from '../../core/article/types';
import { describeRange } from '../../core/anchoring/describe';
import { inHeadlineCandidate } from '../../core/article/headline-ranges';
import { offsetForPoint } from '../../core/article/text-range';
import { fingerprintOf } from '../../core/model/ids';
import type { HighlightAmount } from '../../core/claims/rank-claims';
import type { DetectedClaim, RankedClaim, SentenceSpan } from '../../core/claims/types';
import {
  EMPTY_PAGE_STATE,
  type PageState,
  type Passage,
  type PlacedAnnotation,
  passageOf,
} from '../../core/messaging/page-state';
import type { ClaimPlace } from '../../core/model/fact-check';
import type { EarlierCheck } from '../../core/model/claim-memory';
import type { PageAnnotations, StoredFactCheck } from '../../core/model/stored-records';
import type { ArticleChangeNotice } from '../../core/versions/compare';
import { requestBackground } from '../messaging/request';
import { lookUpAlreadyChecked, reuseEarlierCheck } from './already-checked';
import { analysePage, PageTooLarge } from './analyse-page';
import { type Highlighter, type Mark, scrollToRange } from './highlighter';
import { markedPassages } from './marked-passages';
import { passageRanges, passageSource } from './passage-ranges';
import { placeAnnotations } from './place-annotations';
import { readsInTurn } from './reads-in-turn';
import { measured, measureSince } from './timing';
import { squashSpace } from '../../core/text/squash-space';
import { errorMessage } from '../../core/text/error-message';

/** What is shown at a point of the page: a placed fact-check or a detected claim, and its place. */
type PassageHit = PlacedAnnotation | (DetectedClaim & { place?: ClaimPlace });

/** The reader's fact-checks placed on an article's text, or why they could not be read. */
type PlacedRead = Pick<PageState, 'annotations' | 'failure'> & { article: ExtractedArticle | null };

export class PageSession {
  private article: ExtractedArticle | null = null;
  private saved: PageAnnotations = { article: null, claims: [], factChecks: [], dismissals: [] };
  /** The analysis's claims, before the reader's "not worth checking" marks take theirs out. */
  private detected: Pick<PageState, 'claims' | 'headline'> = { claims: [], headline: [] };
  /** Every sentence of the article text, as the analysis split it (for the claim memory). */
  private sentences: SentenceSpan[] = [];
  private state: PageState = EMPTY_PAGE_STATE;
  private painted = '';
  /** The analysis whose nodes the marks were last placed on. */
  private paintedArticle: ExtractedArticle | null = null;
  private running: Promise<void> | null = null;
  private rerun = false;
  private recallGeneration = 0;
  /** Reads of the reader's fact-checks, one at a time so that an older answer never lands last. */
  private readonly readPlaced = readsInTurn(() => this.placedAnnotations());
  /** The marks last computed, kept for a highlighter mounted after them. */
  private marks: readonly Mark[] = [];
  private highlighter: Highlighter | null = null;

  constructor(
    private readonly doc: Document,
    private readonly pageUrl: () => string,
    private readonly onChange: (state: PageState) => void,
    /** How much to highlight: the reader's setting, read at each analysis. */
    private readonly amount: () => Promise<HighlightAmount> = async () => 'normal',
  ) {}

  /**
   * Draws the marks with `highlighter` from now on, starting with those already computed: its
   * layer is mounted once the page is idle, while the first analysis may have finished before.
   */
  drawMarksWith(highlighter: Highlighter): void {
    this.highlighter = highlighter;
    highlighter.show(this.marks);
  }

  get pageState(): PageState {
    return this.state;
  }

  get currentArticle(): ExtractedArticle | null {
    return this.article;
  }

  /** Analyses the page again; calls made while a run is under way coalesce into one more run. */
  refresh(): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = null;
      if (this.rerun) {
        this.rerun = false;
        void this.refresh();
      }
    });
    return this.running;
  }

  private async run(): Promise<void> {
    const start = performance.now();
    try {
      // The setting is read while the page is serialised, not before: one wait fewer.
      const analysis = await analysePage(this.doc, this.pageUrl(), this.amount());
      if (!analysis) {
        this.article = null;
        this.update({ ...EMPTY_PAGE_STATE, status: 'no-article' });
        measureSince('factmark:pipeline', start);
        return;
      }
      const textChanged = analysis.article.text !== this.article?.text;
      // The offsets of the title's passages (placed checks, the selection, "already checked")
      // are into the title: a reworded headline places them again, as new text does.
      const wordsChanged = textChanged || analysis.article.title !== this.article?.title;
      this.article = analysis.article;
      this.sentences = analysis.sentences;
      this.detected = {
        claims: analysis.claims,
        headline: this.shownInHeadline(analysis.article, analysis.headline),
      };
      const { annotations, failure } = wordsChanged
        ? await this.readPlaced()
        : { annotations: this.state.annotations, failure: this.state.failure };
      const change = textChanged ? await this.compareWithChecked(analysis.article) : this.state.change;
      this.update({
        status: 'article',
        failure,
        article: articleMetadata(analysis.article),
        ...this.shownClaims(),
        annotations,
        selected: wordsChanged ? null : this.state.selected,
        change,
        alreadyChecked: wordsChanged ? [] : this.state.alreadyChecked,
      });
      if (wordsChanged) void this.recall();
      measureSince('factmark:pipeline', start);
    } catch (error) {
      console.error('Factmark: this page could not be analysed', error);
      this.article = null;
      const reason = error instanceof PageTooLarge ? 'too-large' : 'analysis';
      this.update({
        ...EMPTY_PAGE_STATE,
        status: 'failed',
        failure: { reason, detail: errorMessage(error) },
      });
    }
  }

  /** Re-reads the reader's fact-checks for this page and places them again. */
  async reloadAnnotations(): Promise<void> {
    if (!this.article) return;
    const { article, annotations, failure } = await this.readPlaced();
    // Placed on a text the page no longer shows: the run that analysed the new text reads again.
    if (article !== this.article) return;
    this.update({ ...this.state, ...this.shownClaims(), annotations, failure });
    void this.recall();
  }

  /** Looks up which sentences were checked before (already-checked.ts); a stale answer is dropped. */
  private async recall(): Promise<void> {
    const { article, sentences } = this;
    if (!article) return;
    const generation = ++this.recallGeneration;
    try {
      const alreadyChecked = await lookUpAlreadyChecked(
        article,
        this.detected.headline,
        sentences,
        this.state.annotations,
      );
      if (generation === this.recallGeneration && article === this.article) {
        this.update({ ...this.state, alreadyChecked });
      }
    } catch (error) {
      // The memory is a help, not the page's state: a failed look-up leaves the page as it is.
      console.error('Factmark: the claims checked before could not be looked up', error);
    }
  }

  /** Saves an "already checked" passage's earlier check as this page's fact-check. */
  async reuseEarlierCheck(passage: Passage): Promise<boolean> {
    const article = this.article;
    const found = this.state.alreadyChecked.find(
      (candidate) =>
        candidate.place === passage.place &&
        candidate.start === passage.start &&
        candidate.end === passage.end,
    );
    if (!article || !found) return false;
    await reuseEarlierCheck(article, found);
    this.afterOwnWrite();
    return true;
  }

  /**
   * After a write of the page's own (the card's, a "not worth checking" mark, a reused check): its
   * announcement makes the page read its fact-checks again, unless the tab hears of no write
   * now. A Firefox tab loading a page, this one or the next one while this one still shows, is
   * not known to the background (messaging/tab-sites.ts): the page asks, and then reads them
   * itself; the background asks it to rejoin once the load ends, which covers a write made as it
   * ends. One message, not a second read, when the announcement comes; none in Chrome, whose
   * entries name the document, so that its tab always hears.
   */
  afterOwnWrite(): void {
    // Chrome names the page's document: its tab hears of every write, loading or not.
    if (!import.meta.env.FIREFOX) return;
    requestBackground({ type: 'ping' }).then(
      ({ hearsWrites }) => {
        if (!hearsWrites) void this.reloadAnnotations();
      },
      // Not knowing, read: a read too many, not a write missed.
      () => void this.reloadAnnotations(),
    );
  }

  /**
   * The title's claims the page's headline shows: where no heading shows the title, its claims
   * could be neither marked nor reached, so they are not offered.
   */
  private shownInHeadline(article: ExtractedArticle, headline: RankedClaim[]): RankedClaim[] {
    return headline.filter(
      ({ start, end }) => passageRanges(this.doc, article, { start, end, place: 'title' }).length > 0,
    );
  }

  /** The detected claims minus those the reader marked "not worth checking", and those marks. */
  private shownClaims(): Pick<PageState, 'claims' | 'headline' | 'dismissed'> {
    const marks = this.saved.dismissals;
    const dismissed = new Set(marks.map((mark) => squashSpace(mark.quote.exact)));
    const kept = (claim: RankedClaim) => !dismissed.has(squashSpace(claim.text));
    return {
      claims: this.detected.claims.filter(kept),
      headline: this.detected.headline.filter(kept),
      dismissed: marks.map((mark) => ({ id: mark.id, text: mark.quote.exact })),
    };
  }

  /**
   * Marks a highlighted sentence (of the text or the title) "not worth checking"; false when the
   * page highlights no such sentence. The page reads its marks again to take it off
   * (`afterOwnWrite`).
   */
  async dismiss(text: string): Promise<boolean> {
    const article = this.article;
    if (!article) return false;
    const inText = this.detected.claims.find((claim) => claim.text === text);
    const inTitle = this.detected.headline.find((claim) => claim.text === text);
    if (!inText && !inTitle) return false;
    const quote = inText
      ? describeRange(article.text, inText.start, inText.end).quote
      : { type: 'TextQuoteSelector' as const, exact: text, prefix: '', suffix: '' };
    const fingerprint = await fingerprintOf(article.text);
    await requestBackground({
      type: 'dismissClaim',
      draft: { article: { ...articleMetadata(article), fingerprint }, quote },
    });
    this.afterOwnWrite();
    return true;
  }

  /**
   * The reader dismissed the notice that the article changed (popup, side panel): kept with the
   * version compared with (storage/article-versions.ts), so it holds on later visits too, until
   * the text changes again. False when there is no such notice to dismiss.
   */
  async dismissChange(): Promise<boolean> {
    const article = this.article;
    const change = this.state.change;
    if (!article || !change || change.dismissed) return false;
    await requestBackground({
      type: 'dismissChangeNotice',
      url: article.url,
      checkedFingerprint: change.fingerprint,
      nowFingerprint: change.nowFingerprint,
    });
    // Unless the page was analysed again meanwhile (its own comparison says what holds).
    if (this.state.change === change) this.update({ ...this.state, change: { ...change, dismissed: true } });
    return true;
  }

  /**
   * What changed since the last version the reader checked (core/versions/compare.ts), compared in
   * the extension, off the page's main thread; null when nothing did, when no fact-check is saved
   * here, or when the comparison failed (a notice is not worth an error).
   */
  private async compareWithChecked(article: ExtractedArticle): Promise<ArticleChangeNotice | null> {
    if (!this.saved.article) return null;
    try {
      return await requestBackground({ type: 'compareArticle', url: article.url, text: article.text });
    } catch (error) {
      console.error('Factmark: this article could not be compared with the version checked', error);
      return null;
    }
  }

  /** The reader's fact-checks placed on the current article, or why they could not be read. */
  private async placedAnnotations(): Promise<PlacedRead> {
    const article = this.article;
    if (!article) return { article, annotations: [], failure: null };
    try {
      return { article, annotations: await this.loadAnnotations(article), failure: null };
    } catch (error) {
      console.error('Factmark: the fact-checks of this page could not be loaded', error);
      return { article, annotations: [], failure: { reason: 'annotations', detail: errorMessage(error) } };
    }
  }

  private async loadAnnotations(article: ExtractedArticle): Promise<PlacedAnnotation[]> {
    const saved = await requestBackground({ type: 'getPageAnnotations', url: article.url });
    this.saved = saved;
    const placed = placeAnnotations(article, saved);
    const changed = placed.filter((annotation) => {
      const claim = saved.claims.find((row) => row.id === annotation.claimId);
      return claim?.anchorStatus !== annotation.status || (claim.readsNow ?? null) !== annotation.now;
    });
    if (changed.length > 0) {
      await requestBackground({
        type: 'setAnchorStatuses',
        statuses: changed.map(({ claimId, status, now }) => ({
          claimId,
          status,
          ...(now === null ? {} : { now }),
        })),
      });
    }
    return placed;
  }

  /** The stored fact-check with this id, as last read for this page. */
  savedFactCheck(id: string): StoredFactCheck | undefined {
    return this.saved.factChecks.find((factCheck) => factCheck.id === id);
  }

  /**
   * The annotation or detected claim containing this offset of the article text, or of its title
   * with `place` `title` (annotations first).
   */
  passageAt(offset: number, place?: ClaimPlace): PassageHit | undefined {
    const claims = place === 'title' ? this.state.headline : this.state.claims;
    return (
      this.state.annotations.find(
        (annotation) =>
          annotation.place === place &&
          annotation.start !== null &&
          annotation.end !== null &&
          offset >= annotation.start &&
          offset < annotation.end,
      ) ?? claims.find((claim) => offset >= claim.start && offset < claim.end)
    );
  }

  /**
   * The annotation or detected claim shown at this point of the page (a caret position in a text
   * node), in the article text or in the page's headline; annotations first.
   */
  passageAtPoint(node: Text, offset: number): PassageHit | undefined {
    const article = this.article;
    if (!article) return undefined;
    if (article.segments.some((segment) => segment.node === node)) {
      const textOffset = offsetForPoint(article, node, offset);
      return textOffset === null ? undefined : this.passageAt(textOffset);
    }
    // Called on pointer moves too (verdict-tooltip.ts): most points are in no heading at all.
    if (!inHeadlineCandidate(node)) return undefined;
    const inTitle: PassageHit[] = [
      ...this.state.annotations.filter((annotation) => annotation.place === 'title'),
      ...this.state.headline.map((claim) => ({ ...claim, place: 'title' as const })),
    ];
    return inTitle.find(
      (hit) =>
        hit.start !== null &&
        hit.end !== null &&
        passageRanges(this.doc, article, { start: hit.start, end: hit.end, place: 'title' }).some((range) =>
          range.isPointInRange(node, offset),
        ),
    );
  }

  /** The earlier check (claim memory) of a sentence overlapping the passage, if any. */
  earlierCheckFor(passage: Passage): EarlierCheck | undefined {
    return this.state.alreadyChecked.find(
      (found) => found.place === passage.place && found.start < passage.end && passage.start < found.end,
    )?.earlier;
  }

  /** Marks a passage as the selected one (highlighted, shown in the side panel). */
  select(passage: Passage): void {
    this.update({ ...this.state, selected: passageOf(passage.start, passage.end, passage.place) });
  }

  /** Scrolls to a saved fact-check's claim; false until it has been placed on this page. */
  showFactCheck(factCheckId: string): boolean {
    const placed = this.state.annotations.find((annotation) => annotation.factCheckId === factCheckId);
    if (!placed || placed.start === null || placed.end === null) return false;
    return this.scrollTo(passageOf(placed.start, placed.end, placed.place));
  }

  /** Scrolls to a passage and selects it; false when the passage is not in the article. */
  scrollTo(passage: Passage): boolean {
    const article = this.article;
    if (!article) return false;
    if (passage.end > passageSource(article, passage).length) return false;
    const [first] = passageRanges(this.doc, article, passage);
    if (!first) return false;
    scrollToRange(first);
    this.update({ ...this.state, selected: passageOf(passage.start, passage.end, passage.place) });
    return true;
  }

  private update(next: PageState): void {
    this.state = next;
    this.paint();
    this.onChange(next);
  }

  /** Redraws the marks when the passages or verdicts they show changed, or their nodes did. */
  private paint(): void {
    const article = this.article;
    const key = JSON.stringify([
      article?.text.length,
      this.state.claims.map((claim) => [claim.start, claim.end, claim.tier]),
      this.state.headline.map((claim) => [claim.start, claim.end, claim.tier]),
      this.state.annotations.map((annotation) => [
        annotation.place,
        annotation.start,
        annotation.end,
        annotation.verdict,
        annotation.status,
      ]),
      this.state.selected,
    ]);
    // A new analysis of the same text is bound to new nodes when the page re-rendered its own:
    // the marks are placed again on them, or they would stay on nodes no longer in the page.
    if (key === this.painted && article === this.paintedArticle) return;
    this.painted = key;
    this.paintedArticle = article;
    measured('factmark:highlight', () => {
      this.marks = article ? this.marksOn(article) : [];
      this.highlighter?.show(this.marks);
    });
  }

  /** Each marked passage (marked-passages.ts) with its ranges in the live page. */
  private marksOn(article: ExtractedArticle): Mark[] {
    return markedPassages(this.state).map(({ kind, passage }) => ({
      kind,
      ranges: passageRanges(this.doc, article, passage),
    }));
  }
}
