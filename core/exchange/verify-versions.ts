/**
 * An imported article version must be the text it claims to be: its fingerprint is computed
 * again from its text (fingerprintOf, as storage does when it keeps a version) and a version
 * whose fingerprint differs is refused, since a claim's `checkedFingerprint` names the version it
 * was checked on and must not point at another text. Asynchronous (SHA-256 through
 * crypto.subtle), so it runs after the bundle's synchronous checks (bundle-check.ts).
 */
import { fingerprintOf } from '../model/ids';
import type { FactmarkBundle, InvalidRecord } from './bundle';

/** The bundle without the versions whose text does not match their fingerprint, and why. */
export async function verifyVersionFingerprints(
  bundle: FactmarkBundle,
): Promise<{ bundle: FactmarkBundle; invalid: InvalidRecord[] }> {
  const versions = bundle.articleVersions ?? [];
  if (versions.length === 0) return { bundle, invalid: [] };
  const actual = await Promise.all(versions.map((version) => fingerprintOf(version.text)));
  const invalid: InvalidRecord[] = [];
  const kept = versions.filter((version, index) => {
    if (actual[index] === version.fingerprint) return true;
    invalid.push({
      kind: 'articleVersion',
      // Counted among the versions the file's checks kept.
      index,
      id: version.fingerprint,
      reason: `its fingerprint ${version.fingerprint} does not match its text (${actual[index]})`,
    });
    return false;
  });
  return { bundle: { ...bundle, articleVersions: kept }, invalid };
}
