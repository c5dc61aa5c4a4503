// The custom elements manifest (custom-elements.json) is generated from the sources' JSDoc
// (@summary @fires @csspart @cssprop @slot) and Lit properties; Storybook's docs read it.
export default {
  globs: ['src/base/hcx-element.ts', 'src/components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
