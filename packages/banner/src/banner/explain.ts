/**
 * The banner's explanation, composed from the categories the site declared: a purpose the site does not have is
 * never named (a shop without advertising must not promise "relevant ads"). Each optional category contributes
 * its `<name>Purpose` phrase, listed with the language's own separators (`listComma`, `listAnd`: "A, B and C",
 * "A وB وC") into the `consentFor` sentence; a category without such a phrase is covered by `otherPurpose`.
 * A site's own `text` replaces the whole explanation.
 *
 * @example
 * explain(en, ['necessary', 'analytics']);
 * // 'We use cookies the shop needs to work. With your consent we also use cookies to measure visits. You can …'
 */
export function explain(t: Record<string, string>, categories: string[]): string {
  if (t.text) return t.text;
  const optional = categories.filter((name) => name != 'necessary');
  const purposes = [...new Set(optional.map((name) => t[name + 'Purpose'] || t.otherPurpose))];
  // "A", "A and B", "A, B and C". Written out rather than asked of Intl.ListFormat: the first ListFormat a page
  // creates loads the browser's list data, 20 to 80 ms of main thread on a phone, in the task that shows the banner.
  const last = purposes.pop();
  const list = purposes.length ? purposes.join(t.listComma) + t.listAnd + last : last;
  const withConsent = last ? t.consentFor.replace('{purposes}', list!) : '';
  return [t.intro, withConsent, t.anyTime].filter(Boolean).join(' ');
}
