// The banner package's CSS lives readable in its *.styles.ts modules (`export default \`…\``: the banner's, the
// placeholders', the theme they share) and ships minified: comments and indentation are a third of it. Used by scripts/build.mjs on the npm build and by
// rollup.config.mjs on the script-tag bundles.
import { transformSync } from 'esbuild';

export const STYLES_MODULE = /[\\/]banner[\\/](src|dist)[\\/]\w+[\\/][\w-]+\.styles\.(ts|js)$/;

/** The module's code with the CSS text of its default export minified by esbuild. */
export function minifyStyles(code) {
  const found = /export default `([^`$\\]*)`/.exec(code);
  if (!found)
    throw new Error(
      'minify-styles: no plain `export default \`…\`` template (no ${}, no backslash) in a *.styles module',
    );
  // utf8: no CSS escapes for other characters, whose backslashes a template literal would read as its own.
  const css = transformSync(found[1], { loader: 'css', minify: true, charset: 'utf8' }).code.trim();
  const literal = css.replace(/[\\`]|\$\{/g, (c) => `\\${c}`);
  return code.replace(found[0], () => `export default \`${literal}\``);
}
