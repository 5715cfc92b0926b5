import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
    // Only the edge talks to the runner, the daemon and processes (STYLE.md: adapters at the edge).
    files: ['src/**/*.ts'],
    ignores: ['src/adapters/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'Only src/adapters/ imports @actions/*; use the ports in src/ports/.' },
            { group: ['dockerode', 'docker-modem'], message: 'Only src/adapters/ imports dockerode; use the DockerApi port.' },
          ],
          paths: [
            { name: 'child_process', message: 'Only src/adapters/ starts processes; use the CommandRunner port.' },
            { name: 'node:child_process', message: 'Only src/adapters/ starts processes; use the CommandRunner port.' },
          ],
        },
      ],
    },
  },
  {
    // Capabilities sit over a pure core: they never reach for the edge themselves.
    files: ['src/**/*.ts'],
    // src/index.ts is the library's composition root, as src/app/ is the action's and the CLI's.
    ignores: ['src/adapters/**', 'src/app/**', 'src/entry/**', 'src/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/adapters/*'], message: 'Capabilities use ports; only src/app/ wires adapters.' },
            { group: ['@actions/*'], message: 'Only src/adapters/ imports @actions/*.' },
            { group: ['dockerode', 'docker-modem'], message: 'Only src/adapters/ imports dockerode.' },
          ],
          paths: [
            { name: 'child_process', message: 'Only src/adapters/ starts processes.' },
            { name: 'node:child_process', message: 'Only src/adapters/ starts processes.' },
          ],
        },
      ],
    },
  },
);
