import { errorMessage } from '../../core/text/error-message';
/** A page could not be analysed; the message says why, for the reader. */
export class AnalysisFailed extends Error {
  override name = 'AnalysisFailed';
  constructor(cause: unknown) {
    super(`Factmark could not analyse this page: ${errorMessage(cause)}`, {
      cause,
    });
  }
}
