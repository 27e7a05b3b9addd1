import { getContext, setContext } from 'svelte';

/** The screens, addressed by hash so that the app works from file:// and under any base path. */
export const ROUTES = ['overview', 'groups', 'pipeline', 'flows', 'trends', 'targets', 'data', 'benchmarks', 'settings', 'report', 'embed'] as const;
export type Route = (typeof ROUTES)[number];

/** The route of a location hash such as '#/trends'; unknown or empty hashes show the overview. */
export function routeOf(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'overview';
}

/** The current route, kept in sync with location.hash (back and forward buttons work). */
export class Router {
  route = $state<Route>('overview');

  /** Starts following the hash; returns the function that stops it. */
  listen(target: Window): () => void {
    const sync = () => (this.route = routeOf(target.location.hash));
    sync();
    target.addEventListener('hashchange', sync);
    return () => target.removeEventListener('hashchange', sync);
  }
}

const KEY = Symbol('router');

export function setRouter(router: Router): Router {
  return setContext(KEY, router);
}

export function useRouter(): Router {
  const router = getContext<Router | undefined>(KEY);
  if (!router) throw new Error('useRouter() needs setRouter() in an ancestor');
  return router;
}
