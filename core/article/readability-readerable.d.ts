/**
 * Types for Readability's "is this page readable?" screen imported on its own, so that a bundle
 * that only screens pages (the content script) does not carry Readability's parser too.
 */
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';

  const readerable: typeof isProbablyReaderable;
  export default readerable;
}
