/** A minimal listener set; a throwing listener does not stop the others. */
export function createEmitter<E>() {
  const listeners = new Set<(event: E) => void>();
  return {
    on(listener: (event: E) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event: E): void {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          console.error('Store event listener failed', error);
        }
      }
    },
  };
}

export type Emitter<E> = ReturnType<typeof createEmitter<E>>;
