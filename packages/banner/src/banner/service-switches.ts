// The preferences of a category whose services have switches of their own (per-service consent). Imported by
// the banner only for a site that declares such services, so that every other site never downloads it.
import { html } from 'lit/html.js';
import type { ServiceDefinition } from '@assent/core';
import { cookiesNote } from './preferences.js';

/** A category as the banner shows it, with the words it has chosen for it. */
export interface ShownCategory {
  name: string;
  label: string;
  description: string;
  services: ReadonlyArray<ServiceDefinition>;
}

let sheet: CSSStyleSheet | undefined;
// A constructed sheet, as the banner's: a strict Content-Security-Policy allows it. A category with some of its
// services on shows its switch half-way (the checkbox's mixed state, which screen readers announce).
const styles = `
  input:indeterminate { border-color: var(--_ac) }
  input:indeterminate::before { translate: 0.6em }
  [dir='rtl'] input:indeterminate::before { translate: -0.6em }
  [part~='services'] > li { margin-block: 0.5em }
  [part~='service'] { font-weight: 400 }
`;

// One category's switches agree: switching the category sets all its services; its switch is on while one of
// them is, and mixed while some are.
function agree(event: Event): void {
  const block = event.currentTarget as HTMLElement;
  const [category, ...services] = block.querySelectorAll('input');
  if (event.target == category) for (const service of services) service.checked = category!.checked;
  const on = services.filter((service) => service.checked).length;
  category!.checked = on > 0;
  category!.indeterminate = on > 0 && on < services.length;
}

/**
 * The category's switch, then one switch per service (named by its `id`, as `saveChoices` takes them), starting
 * from `start` (the current choices, services included).
 *
 * @example
 * render(serviceSwitches(root, t, { name: 'marketing', label: 'Marketing', description: '…', services }, start), list);
 */
export function serviceSwitches(
  root: ShadowRoot,
  t: Record<string, string>,
  { name, label, description, services }: ShownCategory,
  start: Readonly<Record<string, boolean | undefined>>,
) {
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(styles);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const on = services.filter((service) => start[service.id!]).length;
  return html`<div part="category" @change=${agree}>
    <label part="label"
      ><input type="checkbox" part="switch" name=${name} aria-describedby="d-${name}"
        .checked=${on > 0} .indeterminate=${on > 0 && on < services.length}
    />${label}</label>
    <p part="description" id="d-${name}">${description}</p>
    <ul part="services">
      ${services.map(
        (service) => html`<li>
          <label part="label service"
            ><input type="checkbox" role="switch" part="switch" name=${service.id!} aria-describedby="s-${service.id}"
              .checked=${!!start[service.id!]} />${service.name}</label>
          <div id="s-${service.id}">${service.description} ${cookiesNote(t, service.cookies)}</div>
        </li>`,
      )}
    </ul>
  </div>`;
}
