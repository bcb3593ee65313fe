// The custom-elements manifest (custom-elements.json, named by "customElements" in package.json) that editors,
// Storybook and documentation tools read: written by the analyzer from the JSDoc of <assent-banner>. Run by
// scripts/build.mjs. The manifest describes what a user of the package meets: the built files in dist/, public
// members only, and the events, parts and properties the class's JSDoc documents.

/** `src/banner/banner.component.ts` → `dist/banner/banner.component.js`: the file a user's import resolves to. */
function builtPath(path) {
  return path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

const publicOnly = {
  name: 'assent-public-api',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      module.path = builtPath(module.path);
      for (const link of [...(module.exports ?? []), ...(module.declarations ?? [])]) {
        if (link.declaration?.module) link.declaration.module = builtPath(link.declaration.module);
        if (link.superclass?.module) link.superclass.module = builtPath(link.superclass.module);
      }
      for (const declaration of module.declarations ?? []) {
        // The element's API is what its JSDoc documents: private fields and methods, and the shadow root's
        // adoptedStyleSheets (set in the constructor), are not.
        declaration.members = declaration.members?.filter(
          (member) => member.privacy !== 'private' && !member.name.startsWith('_') && member.description,
        );
        for (const attribute of declaration.attributes ?? []) {
          const fieldName = attribute.name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
          if (declaration.members?.some((member) => member.name === fieldName)) attribute.fieldName = fieldName;
        }
        // Only the events the JSDoc names: a dispatch through a variable is not an event of its own.
        declaration.events = declaration.events?.filter((event) => event.name.startsWith('assent-'));
        // The base class is chosen at load (HTMLElement in a browser), which is what a user extends.
        if (declaration.superclass?.name === 'BaseElement')
          declaration.superclass = { name: 'HTMLElement', package: 'global:' };
      }
    }
  },
};

// `import '@assent/banner/define'` is what registers the tag (src/define.ts); the analyzer sees the class only.
const registration = {
  name: 'assent-registration',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.push({
      kind: 'javascript-module',
      path: 'dist/define.js',
      declarations: [],
      exports: [
        {
          kind: 'custom-element-definition',
          name: 'assent-banner',
          declaration: { name: 'AssentBanner', module: 'dist/banner/banner.component.js' },
        },
        {
          kind: 'js',
          name: 'AssentBanner',
          declaration: { name: 'AssentBanner', module: 'dist/banner/banner.component.js' },
        },
      ],
    });
  },
};

export default {
  globs: ['src/banner/banner.component.ts'],
  outdir: 'dist',
  dependencies: false,
  plugins: [publicOnly, registration],
};
