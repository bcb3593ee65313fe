// The preferences layer's own part: a switch per category with its description and services, and the visitor's
// consent reference. Imported by the banner only when a visitor is about to open the preferences (the Customize
// button pointed at or focused, any way of opening them), so that a visitor who answers on the first layer, as most
// do, never downloads it.
import { html, nothing } from 'lit/html.js';
import { NECESSARY, type Consent, type ServiceDefinition } from '@assent/core';
import { labelOf } from '../i18n/texts.js';
import styles from './preferences.styles.js';
import { serviceSwitches } from './service-slot.js';

let sheet: CSSStyleSheet | undefined;

/**
 * The cookies a service sets, as the preferences list them (a pattern shown as the name it matches: `/^_ga/` as
 * `_ga`), or nothing. Shared by the category's list of services and the per-service switches, which import it from
 * here: a script-tag build then keeps them and the preferences in one file.
 *
 * @example
 * html`<li><b>Google Analytics</b> ${cookiesNote(t, [/^_ga/, '_gid'])}</li>` // Cookies: _ga, _gid
 */
export const cookiesNote = (t: Record<string, string>, cookies: ServiceDefinition['cookies']) =>
  cookies?.length
    ? html`<small>${t.cookies}: ${cookies
        .map((c) => (typeof c == 'string' ? c : c.source.replace(/^\^|\$$/g, '')))
        .join(', ')}</small>`
    : nothing;

/** What the preferences show, as the banner has worked it out for its texts and its store. */
export interface PreferencesContext {
  consent: Consent;
  /** The text key of a category (`statistics` → `analytics` where the site says it means analytics). */
  keyOf: (name: string) => string;
  /** Where each switch starts: the current choices, services included. */
  start: Readonly<Record<string, boolean | undefined>>;
  /** The decision's id to show as the visitor's consent reference, if the site shows it. */
  reference?: string | null;
}

/**
 * The categories' switches (each described by its description, with its services), then the consent reference,
 * in `root`, which gets the switches' styles.
 *
 * @example
 * html`<dialog>… ${preferences(shadowRoot, t, { consent, keyOf, start })} …</dialog>`
 */
export function preferences(root: ShadowRoot, t: Record<string, string>, context: PreferencesContext) {
  const { consent, keyOf, start, reference } = context;
  // A constructed sheet, as the banner's: a strict Content-Security-Policy allows it.
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(styles);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return html`${consent.categories.map(({ name, description, services }) => {
    const always = name == NECESSARY;
    const key = keyOf(name);
    const label = labelOf(t, key, name);
    const words = typeof description == 'string' && description ? description : t[key + 'Text']!;
    if (services[0]?.id && serviceSwitches)
      return serviceSwitches(root, t, { name, label, description: words, services }, start);
    return html`<div part="category">
      <label part="label"
        ><input type="checkbox" role="switch" part="switch" name=${name} aria-describedby="d-${name}"
          ?disabled=${always} .checked=${always || !!start[name]}
      />${label}</label>
      <p part="description" id="d-${name}">${words}</p>
      ${
        services.length
          ? html`<ul part="services">
            ${services.map(
              (service) => html`<li>
              <b>${service.name}</b>${service.description ? `: ${service.description}` : ''}
              ${cookiesNote(t, service.cookies)}
            </li>`,
            )}
          </ul>`
          : nothing
      }
    </div>`;
  })}
  ${reference ? html`<p part="reference">${t.reference} <code>${reference}</code></p>` : nothing}`;
}
