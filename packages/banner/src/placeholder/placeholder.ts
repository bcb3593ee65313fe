import { isWebUrl } from '@assent/core';
import { fill, type ChosenTexts } from '../i18n/texts.js';

/** What one placeholder says and does: see {@link placeholderContent}. */
export interface PlaceholderContent {
  /** Who the embed comes from: the service's name, or the host it loads from. */
  service: string;
  /** The host `data-src` loads from, named when the service's name is not that host. */
  host: string;
  /** What "Always allow" grants, as the visitor knows it ("Marketing"). */
  allows: string;
  /** The privacy policy to link, already checked: http(s) or relative. */
  privacyUrl?: string;
  /** A preview image of the site's own, already checked: self-hosted. */
  preview?: string;
  loadOnce(): void;
  alwaysAllow(): void;
}

// One element of the placeholder: attributes as attributes, children appended as nodes (strings become text nodes,
// never markup).
function el(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

// A sentence of the texts' language with every `{name}` replaced by `value` in a <bdi>: a name from the page (a Latin
// "YouTube (www.youtube.com)") keeps its own direction and its brackets inside right-to-left text.
const withName = (text: string, name: string, value: string): (Node | string)[] =>
  text.split(`{${name}}`).flatMap((part, i) => (i ? [el('bdi', {}, value), part] : [part]));

/**
 * The placeholder's content, for its shadow root: the service's name, what loading the embed shares and with whom,
 * "Load this once", "Always allow …" and the privacy policy, all as text; a group named by its title, in the texts'
 * language and direction.
 *
 * @example
 * root.append(placeholderContent(textsFor('de'), { service: 'YouTube', host: 'www.youtube-nocookie.com', … }));
 */
export function placeholderContent({ t, lang, dir }: ChosenTexts, content: PlaceholderContent): DocumentFragment {
  const { service, host, allows, privacyUrl, preview } = content;
  const who = service == host ? host : `${service} (${host})`;
  const button = (part: string, label: string, action: () => void) => {
    const node = el('button', { type: 'button', part: `button ${part}` }, label);
    node.addEventListener('click', action);
    return node;
  };
  const fragment = document.createDocumentFragment();
  if (preview) fragment.append(el('img', { part: 'preview', src: preview, alt: '' }));
  fragment.append(
    el(
      'div',
      { part: 'panel', role: 'group', 'aria-labelledby': 'n', lang, dir },
      el('p', { part: 'title', id: 'n' }, ...withName(t.embedTitle!, 'service', service)),
      el('p', { part: 'text' }, ...withName(t.embedText!, 'service', who)),
      el(
        'div',
        { part: 'actions' },
        button('once', t.loadOnce!, content.loadOnce),
        button('allow', fill(t.alwaysAllow!, 'category', allows), content.alwaysAllow),
      ),
      ...(privacyUrl ? [el('a', { part: 'link', href: privacyUrl }, t.privacy!)] : []),
    ),
  );
  return fragment;
}

/**
 * Whether `url` is an image of this site's own (the same origin, http(s) or relative): a preview must not tell a
 * third party about the visitor before they chose to load its embed.
 *
 * @example
 * isSelfHosted('/img/video.jpg') // true
 * isSelfHosted('https://i.ytimg.com/vi/x/hqdefault.jpg') // false
 */
export const isSelfHosted = (url: string): boolean =>
  isWebUrl(url) && new URL(url, location.href).origin == location.origin;
