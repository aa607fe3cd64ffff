import type { ReactiveControllerHost } from 'lit';

/** Elements whose language follows the page: they update when `<html lang>` changes. One observer serves them all. */
const followers = new Set<ReactiveControllerHost>();
let langObserver: MutationObserver | undefined;

function follow(host: ReactiveControllerHost, on: boolean) {
  if (on) followers.add(host);
  else followers.delete(host);
  if (!langObserver && followers.size > 0 && typeof MutationObserver !== 'undefined') {
    langObserver = new MutationObserver(() => followers.forEach((el) => el.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  } else if (langObserver && followers.size === 0) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

/** A controller that updates `host` whenever the page's language changes, while it is connected. */
export function followPageLang(host: ReactiveControllerHost): void {
  host.addController({ hostConnected: () => follow(host, true), hostDisconnected: () => follow(host, false) });
}
