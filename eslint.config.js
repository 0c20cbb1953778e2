// @ts-check
import js from '@eslint/js'
import i18next from 'eslint-plugin-i18next'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** The layers may not reach into each other: the contract in shared/ is the only bridge. */
const layerRules = (forbidden, message) => ({
  'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
})

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'out-*/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.cjs', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      // Numbers and booleans in messages are fine; objects are not.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `onClick={() => setOpen(false)}` is how React handlers read best.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // With noUncheckedIndexedAccess, `list[i]!` after a bounds check is the honest spelling.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Spreading a string yields its code points, which is exactly what Chinese text needs.
      '@typescript-eslint/no-misused-spread': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    extends: [reactHooks.configs.flat.recommended, i18next.configs['flat/recommended']],
    rules: {
      ...layerRules(
        ['**/main/**', 'electron', 'better-sqlite3', 'kysely', 'node:*'],
        'The renderer reaches the core only through the api client.',
      ),
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          callees: {
            exclude: [
              'navigate',
              'useApi',
              'useApiMutation',
              'call',
              'print',
              'setFieldValue',
              'getInputProps',
              'clearFieldError',
              't',
              'format',
              'toDate',
            ],
          },
          'jsx-attributes': {
            exclude: [
              'data-testid',
              'testId',
              'to',
              'ff',
              'c',
              'variant',
              'color',
              'size',
              'fw',
              'justify',
              'align',
              'gap',
              'mode',
              'position',
              'key',
              'value',
              'valueFormat',
              'type',
              'inputMode',
              'autoComplete',
              'display',
              'w',
              'p',
              'm',
              'mt',
              'mb',
              'py',
              'px',
              'h',
              'component',
              'className',
              'href',
              'rel',
              'target',
              'lang',
              'dir',
              'id',
              'name',
              'role',
              'alt',
            ],
          },
        },
      ],
    },
  },
  {
    files: ['renderer/src/print/**/*.tsx'],
    rules: { 'i18next/no-literal-string': 'off' },
  },
  {
    // Tests of the renderer run under Node and may read the source files they check.
    files: ['renderer/src/**/*.test.ts'],
    rules: {
      'i18next/no-literal-string': 'off',
      ...layerRules(
        ['**/main/**', 'electron', 'better-sqlite3', 'kysely'],
        'The renderer reaches the core only through the api client.',
      ),
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: layerRules(
      ['**/renderer/**', 'react', 'react-dom', '@mantine/*'],
      'The main process never imports the UI.',
    ),
  },
  {
    files: ['shared/**/*.ts'],
    rules: layerRules(
      [
        'node:*',
        'electron',
        'react',
        'react-dom',
        'better-sqlite3',
        'kysely',
        '**/main/**',
        '**/renderer/**',
      ],
      'shared/ is imported by both sides: no Node, Electron, React or database here.',
    ),
  },
)
