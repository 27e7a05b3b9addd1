import { registerSW } from 'virtual:pwa-register';

/**
 * The offline service worker: registered after load; a new version is offered, never forced, so
 * nobody loses a half-finished import to an automatic reload.
 */
export class Updates {
  available = $state(false);
  offlineReady = $state(false);
  #update: ((reload?: boolean) => Promise<void>) | null = null;

  register(): void {
    if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
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
