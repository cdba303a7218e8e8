/**
 * The article body as blocks: the element Readability picked, split into blocks of live text
 * (./blocks.ts), with the boilerplate the exact rules know dropped (navigation runs, still
 * images' captions, teaser/prompt/credit lines, date lines unless a data table's cells, lone bare
 * URLs). Apart from extractArticle so that the block classifier's trainer
 * (tests/bench/train-blocks.ts) sees exactly the blocks the classifier is given.
 */
import { dropLoneUrls } from './bare-urls';
import { type Block, collectBlocks } from './blocks';
import { isBoilerplate } from './boilerplate';
import { isStillImageCaption } from './captions';
import { dropLinkRuns } from './link-runs';
import { isTableDatum } from './table-cells';

/** The blocks of Readability's `content` that no exact rule takes for boilerplate. */
export function bodyBlocks(content: Element, liveOf: (text: Text) => Text | null): Block[] {
  return dropLoneUrls(
    dropLinkRuns(collectBlocks(content, liveOf)).filter(
      (block) =>
        !isStillImageCaption(block) && !isBoilerplate(block.text, { dateLine: !isTableDatum(block) }),
    ),
  );
}
