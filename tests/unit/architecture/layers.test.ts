/**
 * The layer rules `npm run lint` enforces (.dependency-cruiser.cjs) still catch what they are
 * for: each file under tests/fixtures/layers breaks one rule, and the rules must name exactly
 * those files. Lint itself checks the real source; this test keeps the rules from going blind
 * (a path pattern that no longer matches passes every import).
 */
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type IForbiddenRuleType } from 'dependency-cruiser';
import { expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURE = resolve(ROOT, 'tests/fixtures/layers');
const { forbidden } = createRequire(import.meta.url)(resolve(ROOT, '.dependency-cruiser.cjs')) as {
  forbidden: IForbiddenRuleType[];
};

test('every layer rule catches its planted violation, and nothing else fires', async () => {
  const result = await cruise(['.'], {
    baseDir: FIXTURE,
    ruleSet: { forbidden },
    validate: true,
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
  });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text, not a result');
  const violations = result.output.summary.violations.map(({ rule, from }) => `${rule.name}: ${from}`);
  expect(violations.sort()).toEqual([
    'cli-runs-core: cli/imports-storage.ts',
    'core-is-pure: core/imports-dexie.ts',
    'no-circular: core/cycle-a.ts',
    'no-upward-from-core: core/imports-storage.ts',
    'no-upward-from-storage: storage/imports-components.ts',
  ]);
}, 60_000);
