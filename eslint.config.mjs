// Lint rules for the whole workspace: TypeScript (type-aware), module boundaries between Nx projects,
// import cycles, React hooks for the console, and Prettier owning formatting.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import { createProjectGraphAsync } from '@nx/devkit';
import prettier from 'eslint-config-prettier';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// `@nx/enforce-module-boundaries` reads the cached project graph and silently skips itself when
// there is none, so refresh it (incrementally) before linting. Nx never needs its daemon or cloud here.
process.env.NX_DAEMON ??= 'false';
process.env.NX_NO_CLOUD ??= 'true';
await createProjectGraphAsync({ exitOnError: true });

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs'];
const TEST_FILES = [
  '**/*.spec.ts',
  '**/*.spec.tsx',
  '**/*.test.ts',
  '**/*.test.tsx',
  '**/*.int-spec.ts',
  '**/*.e2e-spec.ts',
  '**/test/**',
  '**/e2e/**',
];
const SCRIPT_FILES = [
  'tools/**',
  'scripts/**',
  'bench/**',
  '*.config.ts',
  '*.config.mjs',
  'apps/*/*.config.ts',
];
const CONSOLE_FILES = [
  'apps/console/**/*.ts',
  'apps/console/**/*.tsx',
  'libs/web/**/*.ts',
  'libs/web/**/*.tsx',
];

// Who may import whom. A project's tags must satisfy every constraint whose source tag it carries.
// `type:testing` (the test harness, libs/server/testing) and `type:platform` (the development platform
// in tools/, `@relais/dev-platform`: starts the apps, seeds the demo) are for tests and tools only: no
// production file imports them. Test files (TEST_FILES) get the same rules with both allowed
// (`forTests`). Only `onlyDependOnLibsWithTags` fences them: Nx checks `notDependOnLibsWithTags`
// through the project graph, where a library's tests make it depend on the harness.
function dependencyRules({ forTests }) {
  const testing = forTests ? ['type:testing', 'type:platform'] : [];
  return [
    // Every service (any scope other than the shared libraries, the console and the development
    // platform) sees only shared libs: services talk to each other over NATS through
    // `@relais/contracts`, never through code.
    {
      sourceTag: '/^scope:(?!shared$|console$|dev-platform$).+$/',
      onlyDependOnLibsWithTags: ['scope:shared', ...(forTests ? ['scope:dev-platform'] : [])],
      notDependOnLibsWithTags: ['type:web'],
    },
    {
      sourceTag: 'type:app',
      onlyDependOnLibsWithTags: ['type:contracts', 'type:server', 'type:rules', 'type:web', ...testing],
    },
    { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
    { sourceTag: 'type:server', onlyDependOnLibsWithTags: ['type:server', 'type:contracts', ...testing] },
    { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts', ...testing] },
    // Pure rules shared by the services and the console (what each network accepts): no I/O, no other lib.
    { sourceTag: 'type:rules', onlyDependOnLibsWithTags: ['type:rules', ...testing] },
    // The browser tests start the platform from Node (e2e/platform), never in the console's bundle.
    {
      sourceTag: 'scope:console',
      onlyDependOnLibsWithTags: [
        'type:web',
        'type:rules',
        ...(forTests ? [...testing, 'scope:dev-platform'] : []),
      ],
    },
    { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:web'] },
    // The test harness builds on the server libraries and the contracts.
    {
      sourceTag: 'type:testing',
      onlyDependOnLibsWithTags: ['type:server', 'type:contracts', 'type:testing'],
    },
    // The development platform runs the apps as processes and reaches them over NATS and HTTP: it sees
    // the shared libraries (the harness included), never an app's code.
    { sourceTag: 'scope:dev-platform', onlyDependOnLibsWithTags: ['scope:shared'] },
    {
      sourceTag: 'type:platform',
      onlyDependOnLibsWithTags: ['type:contracts', 'type:server', 'type:rules', 'type:testing'],
    },
  ];
}
const depConstraints = dependencyRules({ forTests: false });
const testDepConstraints = dependencyRules({ forTests: true });
const boundaryOptions = (constraints) => ({
  enforceBuildableLibDependency: false,
  allowCircularSelfDependency: false,
  checkDynamicDependenciesExceptions: [],
  depConstraints: constraints,
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'tmp/**',
      'coverage/**',
      '.data/**',
      '.nx/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'libs/web/graphql/src/generated/**',
      // Deliberately wrong code that tools/lint/lint-rules.spec.ts lints on its own.
      'tools/lint/fixtures/**',
      '**/*.d.ts',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,
  ...nx.configs['flat/base'],

  {
    files: TS_FILES,
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // Each file is checked with the nearest tsconfig.json: the root one for services, libs and
        // tools, apps/console/tsconfig.json for the console.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // React handlers and Express callbacks legitimately receive async functions.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Message handlers implement async contracts even when a particular one does not await.
      '@typescript-eslint/require-await': 'off',
      // Type-only imports must stay off: Nest reads constructor parameter types through decorator metadata.
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    files: JS_FILES,
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },

  {
    files: [...TS_FILES, ...JS_FILES],
    plugins: { import: importPlugin },
    settings: {
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts', '.cts'] },
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
      // Never parse installed packages: cycles only matter inside the workspace.
      'import/ignore': ['node_modules'],
    },
    rules: {
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-self-import': 'error',
      '@nx/enforce-module-boundaries': ['error', boundaryOptions(depConstraints)],
      'no-console': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through the app config only.' },
      ],
    },
  },

  // Configuration modules are where the environment is read.
  {
    files: [
      'libs/server/config/**',
      '**/config/**',
      '**/*.config.ts',
      'libs/server/testing/**',
      ...SCRIPT_FILES,
    ],
    rules: { 'no-restricted-properties': 'off' },
  },

  // Command-line tools talk to the terminal.
  {
    files: SCRIPT_FILES,
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },

  // The console: browser globals and the rules of hooks (with the React Compiler checks).
  {
    files: CONSOLE_FILES,
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      // Components receive callbacks as props (`onClose`, `setError`); there is no `this` to lose.
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  // Tests read untyped HTTP and GraphQL bodies and pass jest mock methods around; the `any` checks add
  // noise there without catching anything. Floating promises stay an error: a missed await hides failures.
  {
    files: TEST_FILES,
    languageOptions: { globals: { ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-properties': 'off',
      // Tests may use the test harness and the development platform (a later block's options win).
      '@nx/enforce-module-boundaries': ['error', boundaryOptions(testDepConstraints)],
    },
  },

  // The content service's media, feeds and link cards modules each have one public interface, their `index.ts`:
  // other folders import `../media`, `../feeds` or `../link-cards`, never a file inside them (files inside may import
  // each other freely).
  {
    files: ['apps/content/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/media/*'],
              message: 'Import the media module through its public interface (`../media`).',
            },
            {
              group: ['**/feeds/*'],
              message: 'Import the feeds module through its public interface (`../feeds`).',
            },
            {
              group: ['**/link-cards/*'],
              message: 'Import the link cards module through its public interface (`../link-cards`).',
            },
          ],
        },
      ],
    },
  },

  prettier,
);
