/**
 * The Chrome builds a review benchmark times, from its command line: `this`, this tree's build or
 * the one `--build DIR` names instead; and `base`, another build timed beside it, if `--base DIR`
 * names one (the benchmark then alternates their runs and prints the ratios).
 */
import { resolve } from 'node:path';
import { assertLaunchable } from '../../e2e/harness/paths';

/** The build folders to time, by name: `this` first, then `base` if given. */
export function benchBuilds(argv: readonly string[] = process.argv): Record<string, string> {
  const dirOf = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? resolve(argv[index + 1] as string) : undefined;
  };
  const builds: Record<string, string> = { this: dirOf('--build') ?? assertLaunchable('chromium').buildDir };
  const base = dirOf('--base');
  if (base) builds.base = base;
  return builds;
}
