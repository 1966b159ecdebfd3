// A router for a handful of pages: the path picks the page, links push history instead of reloading.

import { useEffect, useState } from "preact/hooks";
import type { ComponentChildren } from "preact";

const listeners = new Set<() => void>();

/** go to `to`; `state` rides with this history entry (back and forward bring it back), never in the URL */
export function navigate(to: string, state: unknown = null): void {
  history.pushState(state, "", to);
  for (const l of listeners) l();
  window.scrollTo(0, 0);
}

export function useLocation(): { path: string; search: URLSearchParams; hash: string; state: unknown } {
  const [, force] = useState(0);
  useEffect(() => {
    const update = () => force((n) => n + 1);
    listeners.add(update);
    window.addEventListener("popstate", update);
    return () => {
      listeners.delete(update);
      window.removeEventListener("popstate", update);
    };
  }, []);
  return { path: location.pathname, search: new URLSearchParams(location.search), hash: location.hash, state: history.state as unknown };
}

export function Link({ href, children, class: className, testid }: { href: string; children: ComponentChildren; class?: string; testid?: string }) {
  return (
    <a
      class={className}
      href={href}
      data-testid={testid}
      onClick={(e) => {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
        e.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}
