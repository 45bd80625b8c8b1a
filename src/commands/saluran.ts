/** What a listener does with one message. */
export type Pendengar<T> = (nilai: T) => void;

/**
 * A tiny event channel from the ribbon commands to whoever listens (the pane, a test): any number
 * of listeners, each with its own way out.
 */
export class Saluran<T> {
  private readonly pendengar = new Set<Pendengar<T>>();

  /** Adds a listener; the returned function removes exactly that one. */
  dengar(fungsi: Pendengar<T>): () => void {
    // Wrapped so the same function registered twice is two listeners, each removable alone.
    const satu: Pendengar<T> = (nilai) => fungsi(nilai);
    this.pendengar.add(satu);
    return () => {
      this.pendengar.delete(satu);
    };
  }

  /** Hands the message to every listener; one that throws does not keep it from the others. */
  kirim(nilai: T): void {
    for (const f of [...this.pendengar]) {
      try {
        f(nilai);
      } catch (e) {
        console.error(e);
      }
    }
  }

  get jumlah(): number {
    return this.pendengar.size;
  }
}
