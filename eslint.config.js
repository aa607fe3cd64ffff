import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['bench/pages/', 'dist/', 'node_modules/', 'storybook-static/', 'custom-elements.json', 'bench/results/', 'cms/**/build/', 'demo/consumers/build/', '.wp/'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    settings: { wc: { elementBaseClasses: ['LitElement', 'ExplainerElement'] } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai assertions such as `expect(x).to.exist` are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
