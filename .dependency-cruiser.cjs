/**
 * The layers of the code base, checked by `npm run lint` (depcruise): imports run downward only,
 * entrypoints → extension → components → storage → core; core stays pure (no extension API, no
 * Dexie, no WXT); the CLI runs core alone; no import cycle anywhere, type-only imports included
 * (a type cycle is a design cycle: two modules that cannot be understood one without the other).
 */
const LAYERS = ['entrypoints', 'extension', 'components', 'storage', 'core'];

/** A rule forbidding `layer` to import any layer above it. */
const downwardOnly = (layer, index) => ({
  name: `no-upward-from-${layer}`,
  comment: `${layer} may import only the layers below it: ${LAYERS.slice(index + 1).join(', ') || 'none'}`,
  severity: 'error',
  from: { path: `^${layer}/` },
  to: { path: `^(${LAYERS.slice(0, index).join('|')})/` },
});

module.exports = {
  forbidden: [
    ...LAYERS.slice(1).map((layer) => downwardOnly(layer, LAYERS.indexOf(layer))),
    {
      name: 'core-is-pure',
      comment: 'core runs in the content script, the offscreen analyser, the CLI and unit tests alike',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: '(^|/)node_modules/(wxt|@wxt-dev|dexie|webextension-polyfill)/' },
    },
    {
      name: 'cli-runs-core',
      comment: 'the CLI runs the same pure code as the extension, never the extension itself',
      severity: 'error',
      from: { path: '^cli/' },
      to: { path: '^(entrypoints|extension|components|storage)/' },
    },
    {
      name: 'no-circular',
      comment: 'no import cycle, type-only imports included',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts', '.json'],
    },
  },
};
