import { expect, fixture, html } from '@open-wc/testing';
import { Modal } from './modal.js';

/** A host with a shadow root holding one dialog with three buttons, driven by a Modal. */
async function dialogHost() {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  let dismissed = 0;
  const modal = new Modal(root, () => (dismissed += 1));
  root.innerHTML =
    '<dialog aria-label="Test"><button>first</button><button>middle</button><button>last</button></dialog>';
  const dialog = root.querySelector('dialog')!;
  dialog.addEventListener('keydown', modal.keydown);
  dialog.addEventListener('cancel', modal.cancel);
  const buttons = [...root.querySelectorAll('button')];
  return { host, root, modal, dialog, buttons, dismissals: () => dismissed };
}

// The key as the dialog receives it (the browser's own Tab move is not what is tested here: the wrap at the edges
// is; the banner's keyboard suite presses real keys through the same helper).
const press = (dialog: HTMLDialogElement, key: string, shiftKey = false) =>
  dialog
    .querySelector<HTMLElement>(':focus')!
    .dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true, composed: true }));

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

describe('Modal, the dialog pattern every Assent dialog uses', () => {
  it('keeps Tab and Shift+Tab inside a modal dialog', async () => {
    const { root, modal, dialog, buttons } = await dialogHost();
    modal.show(dialog, true);
    expect(dialog.matches(':modal')).to.equal(true);
    buttons[2].focus();
    press(dialog, 'Tab');
    expect(root.activeElement).to.equal(buttons[0]);
    press(dialog, 'Tab', true);
    expect(root.activeElement).to.equal(buttons[2]);
    dialog.close();
  });

  it('reports Escape as a dismissal', async () => {
    const { modal, dialog, buttons, dismissals } = await dialogHost();
    modal.show(dialog, true);
    buttons[1].focus();
    press(dialog, 'Escape');
    expect(dismissals()).to.equal(1);
    dialog.close();
  });

  it('opens a non-modal dialog without taking the focus from where the visitor has put it', async () => {
    const { root, modal, dialog } = await dialogHost();
    const field = await fixture<HTMLInputElement>(html`<input aria-label="Search" />`);
    modal.show(dialog, false);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(false);
    field.focus();
    await frame();
    expect(document.activeElement).to.equal(field);
    expect(root.activeElement).to.equal(null);
    dialog.close();
  });

  it('gives the focus back to the opener only if the focus is still inside', async () => {
    const opener = await fixture<HTMLButtonElement>(html`<button>Privacy settings</button>`);
    const { host, modal, dialog, buttons } = await dialogHost();
    opener.focus();
    modal.opening();
    modal.show(dialog, true);
    buttons[1].focus();
    dialog.close();
    modal.closed(Promise.resolve(), host);
    await frame();
    expect(document.activeElement).to.equal(opener);

    const elsewhere = await fixture<HTMLInputElement>(html`<input aria-label="Elsewhere" />`);
    modal.opening(opener);
    modal.show(dialog, false);
    elsewhere.focus();
    dialog.close();
    modal.closed(Promise.resolve(), host);
    await frame();
    expect(document.activeElement).to.equal(elsewhere);
  });
});
