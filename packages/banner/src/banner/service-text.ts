import { html, nothing } from 'lit/html.js';
import type { ServiceDefinition } from '@assent/core';

/**
 * The cookies a service sets, as the preferences list them (a pattern shown as the name it matches: `/^_ga/` as
 * `_ga`), or nothing. Shared by the category's list of services and the per-service switches.
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
