/** The name `assent.js` ships under: the script tag trusts only a script element loaded from a file of this name. */
export const SHIPPED_FILE = 'assent.js';

// Page markup can shadow document.currentScript (<img name="currentScript" data-mode="opt-out">, which survives
// HTML sanitizers); the getter on Document.prototype cannot be shadowed and returns the script that is running.
const runningScript = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')!.get!;

/**
 * The `<script>` element `assent.js` was loaded by, the one place its configuration is read from; `null`, with a
 * console error, when the running script is not a `<script>` whose `src` ends in `assent.js` (a renamed copy, or
 * assent.js bundled into another file): the defaults apply then. Call it while `assent.js` itself runs.
 *
 * @example
 * start(ownScript());
 */
export function ownScript(): HTMLScriptElement | null {
  const running: unknown = runningScript.call(document);
  const isScriptElement = running instanceof HTMLScriptElement;
  const path = isScriptElement ? running.src.replace(/[?#].*/, '') : '';
  const isShippedFile = path.endsWith(`/${SHIPPED_FILE}`);
  if (isScriptElement && isShippedFile) return running;
  console.error(
    `assent: not loaded as <script src=".../${SHIPPED_FILE}">; using the defaults, without a banner`,
    running,
  );
  return null;
}
