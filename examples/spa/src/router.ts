// A tiny client-side router: links marked data-link change the view without a page load.
export type View = (root: HTMLElement) => (() => void) | void;

export function startRouter(routes: Record<string, View>, root: HTMLElement, onRoute: (path: string) => void): void {
  let cleanup: (() => void) | void;
  const show = () => {
    cleanup?.();
    root.textContent = '';
    const view = routes[location.pathname] ?? routes['*'];
    cleanup = view(root);
    onRoute(location.pathname);
  };
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.('a[data-link]') as HTMLAnchorElement | null;
    if (!link || link.origin !== location.origin || event.metaKey || event.ctrlKey) return;
    event.preventDefault();
    if (link.pathname !== location.pathname) {
      history.pushState(null, '', link.pathname);
      show();
    }
  });
  addEventListener('popstate', show);
  show();
}
