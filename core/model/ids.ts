/**
 * Identifiers and fingerprints. Record ids are random UUIDs; an article's id is derived from its
 * normalised URL so every device names the same page alike; a fingerprint is a digest of the
 * article text that tells an edited page from the one that was annotated.
 */
import { squashSpace } from '../text/squash-space';

/** A new random record id (RFC 4122 UUID v4). */
export function newId(): string {
  return crypto.randomUUID();
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Stable article id: 32 hex digits of SHA-256 over the normalised URL. */
export async function articleIdFor(normalisedUrl: string): Promise<string> {
  return (await sha256Hex(normalisedUrl)).slice(0, 32);
}

/** Digest of the article text, whitespace-insensitive. */
export async function fingerprintOf(text: string): Promise<string> {
  return (await sha256Hex(squashSpace(text))).slice(0, 32);
}
