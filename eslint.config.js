import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Features never import each other: what two features share moves down into a shared layer. */
const featureBoundaries = [
  'map',
  'chart',
  'timeline',
  'filters',
  'article',
  'export',
  'import',
  'detail',
  'judgement',
].map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            // `../other/…` from inside a feature, or any path through features/ to another feature.
            regex: `^(\\.\\./(?!\\.\\.)(?!${feature}/)[^/]+/|.*features/(?!${feature}/))`,
            message: 'Features never import each other; move what they share into a shared layer.',
          },
          { regex: '(^|/)app/', message: 'Features must not import the app layer.' },
        ],
      },
    ],
  },
}));

/**
 * The layers, lowest first: a layer imports only from layers before it (STYLE.md). `features` also never
 * import each other (below). The entry files (boot.ts, main.tsx) start the app and import no feature.
 */
const LAYERS = ['lib', 'config', 'data', 'state', 'components', 'features', 'app'];
const layerZones = LAYERS.slice(0, -1).map((layer, i) => ({
  target: `./src/${layer}`,
  from: LAYERS.slice(i + 1).map((above) => `./src/${above}`),
  message: `The ${layer} layer imports only from the layers below it: ${LAYERS.slice(0, i).join(', ') || 'none'}.`,
}));
const entryZone = {
  target: ['./src/boot.ts', './src/main.tsx'],
  from: ['./src/features', './src/components'],
  message: 'The entry files start the app; what they need from a feature is reached through the app layer.',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'tools/basemap/node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.strict },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, entryZone] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  ...featureBoundaries,
  {
    files: ['src/{lib,config,components,data,state}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**'],
              message: 'Shared layers must not import features or the app.',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  {
    // Playwright fixtures use `use` and an empty destructuring pattern by design; they are not React.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
  prettier,
);
