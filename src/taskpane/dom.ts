/** Builds an element with an optional class and text; text goes through textContent, never HTML. */
export function buat<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  kelas?: string,
  teks?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (kelas) el.className = kelas;
  if (teks !== undefined) el.textContent = teks;
  return el;
}

/** The element with this id; a missing one is a broken page, so say which. */
export function ambil(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Elemen #${id} tidak ada di taskpane.html`);
  return el;
}
