import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Node's modules that reach outside the process's own memory: the edge's alone. */
const EDGE_MODULES = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'os', 'node:os', 'child_process', 'node:child_process', 'net', 'node:net', 'http', 'node:http', 'https', 'node:https'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Only the edge talks to the runner, the daemon, the file system and processes (STYLE.md:
    // adapters at the edge); everything else reaches them through the ports in src/ports/.
    files: ['src/**/*.ts'],
    ignores: ['src/adapters/**', 'src/entry/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'Only src/adapters/ imports @actions/*; use the ports in src/ports/.' },
            { group: ['**/adapters/*'], message: 'Capabilities use ports; only the composition roots (src/app/deps.ts, the command actions, src/index.ts) wire adapters.' },
          ],
          paths: EDGE_MODULES.map((name) => ({ name, message: `Only src/adapters/ uses ${name}; use the ports in src/ports/ (Files, ThisProcess, CommandRunner, DockerApi, NetworkProbe).` })),
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'Only src/adapters/ and src/entry/ touch process; use the ThisProcess port (env, cwd, streams, signals).' }],
    },
  },
  {
    // The composition roots wire the real adapters: the app's deps, the command actions, the library.
    files: ['src/app/deps.ts', 'src/app/action/steps.ts', 'src/app/commands/*.ts', 'src/app/monitor.ts', 'src/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['@actions/*'], message: 'Only src/adapters/ imports @actions/*.' }],
          paths: EDGE_MODULES.map((name) => ({ name, message: `Only src/adapters/ uses ${name}.` })),
        },
      ],
    },
  },
);
