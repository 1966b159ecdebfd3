// A router for a handful of pages: the path picks the page, links push history instead of reloading.

import { useEffect, useState } from "preact/hooks";
import type { ComponentChildren } from "preact";

const listeners = new Set<() => void>();

export function navigate(to: string): void {
  history.pushState(null, "", to);
  for (const l of listeners) l();
  window.scrollTo(0, 0);
}

export function useLocation(): { path: string; search: URLSearchParams; hash: string } {
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
  return { path: location.pathname, search: new URLSearchParams(location.search), hash: location.hash };
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
