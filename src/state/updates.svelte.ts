/**
 * The offline service worker: registered after load; a new version is offered, never forced, so
 * nobody loses a half-finished import to an automatic reload.
 */
export class Updates {
  available = $state(false);
  offlineReady = $state(false);
  #update: ((reload?: boolean) => Promise<void>) | null = null;

  /** Loaded after the first paint (nothing on it needs the worker); waits for `load` itself. */
  async register(): Promise<void> {
    if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
    const { registerSW } = await import('virtual:pwa-register');
    this.#update = registerSW({
      immediate: false,
      onNeedRefresh: () => (this.available = true),
      onOfflineReady: () => (this.offlineReady = true),
    });
  }

  async apply(): Promise<void> {
    await this.#update?.(true);
  }

  dismiss(): void {
    this.available = false;
  }
}
