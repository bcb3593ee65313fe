// The banner's lit templates are written indented, like the code around them, and the indentation reaches visitors
// as text: about 50 bytes brotli of the banner. This drops the spaces that start each line inside an html`…` or
// svg`…` template (never in its ${…} expressions), keeping the line breaks: HTML reads a line break as the same
// whitespace, and line numbers stay right for source maps. Used by scripts/build.mjs on the banner's npm build and by
// rollup.config.mjs on the script-tag bundles. Found with TypeScript's parser, so that strings, comments and
// expressions are never mistaken for template text.
import ts from 'typescript';

const TAGS = new Set(['html', 'svg']);

/** The code with every html`…`/svg`…` template's lines unindented; `file` names it for the parser (.ts or .js). */
export function trimTemplates(code, file) {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false);
  const parts = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const { template } = node;
      if (ts.isNoSubstitutionTemplateLiteral(template)) parts.push(template);
      else parts.push(template.head, ...template.templateSpans.map((span) => span.literal));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let trimmed = code;
  for (const part of parts.sort((a, b) => b.getStart(source) - a.getStart(source))) {
    const start = part.getStart(source);
    const text = trimmed.slice(start, part.end).replace(/\n[ \t]+/g, '\n');
    trimmed = trimmed.slice(0, start) + text + trimmed.slice(part.end);
  }
  return trimmed;
}
