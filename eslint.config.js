// Lint rules: typescript-eslint's type-aware recommended set, plus the import boundaries of ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'drizzle/', 'artifacts/', 'coverage/', 'dist/', '.pkp-test/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'The domain core does no I/O.',
            },
            {
              group: ['drizzle-orm*', 'pg', '@electric-sql/*', 'zod'],
              message: 'The domain core uses no framework or database.',
            },
            {
              group: [
                '**/app/**',
                '**/data/**',
                '**/cli/**',
                '**/http/**',
                '**/shared/**',
                '**/reports/**',
                '**/ui/**',
              ],
              message: 'The domain core imports nothing outside src/domain.',
            },
          ],
        },
      ],
    },
  },
);
