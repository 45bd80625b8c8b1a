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

/** A plain button (never a form submit) with its text. */
export function tombol(teks: string, kelas = "tombol"): HTMLButtonElement {
  const b = buat("button", kelas, teks);
  b.type = "button";
  return b;
}

/** Sibling nodes in one fragment: a renderer's output that keeps the section's layout flat. */
export function fragmen(...isi: Array<Node | string>): DocumentFragment {
  const f = document.createDocumentFragment();
  f.append(...isi);
  return f;
}

/** The element with this id; a missing one is a broken page, so say which. */
export function ambil(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Elemen #${id} tidak ada di taskpane.html`);
  return el;
}
