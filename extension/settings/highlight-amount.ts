/**
 * The reader's choice of how much each page highlights (`fewer`, `normal`, `more`: see
 * core/claims/rank-claims.ts). Kept in the extension's local storage, which pages cannot read;
 * the popup and side panel set it, every tab's content script follows it at once.
 */
import { storage } from 'wxt/utils/storage';
import type { HighlightAmount } from '../../core/claims/rank-claims';

export const highlightAmount = storage.defineItem<HighlightAmount>('local:highlightAmount', {
  fallback: 'normal',
  version: 1,
});
