// The WAI-ARIA dialog pattern in one place, for every dialog Assent shows (the banner's two layers, and any other).

/**
 * Opens, traps and closes one `<dialog>` in a shadow root: a modal one makes the page inert and takes the focus at
 * once; a non-modal one (a bar at the bottom) opens without forcing a layout of a page that is still loading and
 * takes the focus after its first frame, unless the visitor has put it somewhere else by then. Tab and Shift+Tab
 * wrap around inside a modal dialog; Escape and the browser's other close requests (Android's back gesture) are
 * reported as a dismissal; on closing, the focus goes back to what opened the dialog, but only if it is still
 * inside: a decision made elsewhere (another tab, the site's code) must not pull it from what the visitor is doing.
 *
 * @example
 * const modal = new Modal(shadowRoot, () => close());
 * modal.opening(clickedLink);
 * modal.show(shadowRoot.querySelector('dialog')!, true);
 * // in the template: @keydown=${modal.keydown} @cancel=${modal.cancel}
 * modal.closed(updateComplete, host);
 */
export class Modal {
  private opener: Element | null = null;

  constructor(
    private readonly root: ShadowRoot,
    private readonly dismiss: () => void,
  ) {}

  /** Remembers where the focus is to return: `opener` (Safari does not focus a clicked link), or the focused element. */
  opening(opener?: Element): void {
    this.opener = opener || document.activeElement;
  }

  /** Shows `dialog` (rendered, maybe already open) as modal or not; a dialog open the other way is reopened. */
  show(dialog: HTMLDialogElement, modal: boolean): void {
    if (dialog.open && dialog.matches(':modal') != modal) dialog.close();
    if (dialog.open) return;
    if (modal) {
      dialog.showModal();
      dialog.focus();
      return;
    }
    // show() and focus() each force a layout of the whole page at once: the attribute opens it without one.
    dialog.setAttribute('open', '');
    const from = document.activeElement;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (dialog.open && document.activeElement == from) dialog.focus();
      }),
    );
  }

  /**
   * After the dialog is gone (`rendered` settles once it is), gives the focus back to its opener, if the focus was
   * inside; where the opener is gone (or was the page itself), to `fallback`.
   */
  closed(rendered: Promise<void>, fallback: HTMLElement): void {
    const back = this.opener as HTMLElement | null;
    this.opener = null;
    if (!this.root.activeElement) return;
    rendered.then(() => (back?.isConnected && back != document.body ? back : fallback).focus());
  }

  /** The dialog's keydown: Escape dismisses, Tab stays inside a modal dialog. */
  keydown = (event: KeyboardEvent): void => {
    if (event.key == 'Escape') {
      event.preventDefault();
      this.dismiss();
    } else if (event.key == 'Tab' && (event.currentTarget as Element).matches(':modal')) {
      // Wrap around instead of leaving the page for the browser's toolbar. The edges are buttons, which every
      // engine tabs to (WebKit may skip links).
      const focusable = [...this.root.querySelectorAll<HTMLElement>('a,button,input:enabled')];
      const index = focusable.indexOf(this.root.activeElement as HTMLElement);
      const atEdge = event.shiftKey ? index < 1 : index == focusable.length - 1;
      if (atEdge) {
        event.preventDefault();
        focusable.at(event.shiftKey ? -1 : 0)!.focus();
      }
    }
  };

  /** The dialog's cancel event (a close request that is no Escape key): a dismissal, not behind our back. */
  cancel = (event: Event): void => {
    event.preventDefault();
    this.dismiss();
  };
}
