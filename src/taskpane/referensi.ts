import type { Bahasa, Teks } from "../bahasa";
import { DAFTAR_FUNGSI, type EntriFungsi } from "../functions/daftar";
import { rumusContoh, sintaks, tulisHasil } from "../functions/daftar/tulis";
import { buat, fragmen } from "./dom";

const TEKS_REFERENSI = {
  contoh: { id: "Contoh", en: "Example" },
  hasil: { id: "hasil", en: "result" },
} satisfies Record<string, Teks>;

/** One disclosure: syntax, summary and the function's first worked example with its result. */
function entri(f: EntriFungsi, bahasa: Bahasa): HTMLElement {
  const t = (k: keyof typeof TEKS_REFERENSI) => TEKS_REFERENSI[k][bahasa];
  const [pertama] = f.contoh;
  const detail = buat("details", "referensi__fungsi");
  detail.append(buat("summary", undefined, `IKU.${f.id}`));
  const badan = buat("div", "referensi__badan");
  const p = buat("p");
  p.append(buat("code", undefined, sintaks(f, bahasa)));
  badan.append(p, buat("p", undefined, f.ringkas[bahasa]));
  const contoh = buat("p");
  contoh.append(`${t("contoh")}: `, buat("code", undefined, rumusContoh(f.id, pertama.argumen, bahasa)));
  contoh.append(` → ${t("hasil")} `, buat("strong", undefined, tulisHasil(pertama.hasil, bahasa)));
  badan.append(contoh);
  if (pertama.catatan) badan.append(buat("p", "catatan", pertama.catatan[bahasa]));
  detail.append(badan);
  return detail;
}

/** One disclosure per registered function. */
export function renderReferensi(bahasa: Bahasa, daftar = DAFTAR_FUNGSI): DocumentFragment {
  return fragmen(...daftar.map((f) => entri(f, bahasa)));
}

/** Replaces root's content with the reference. */
export function pasangReferensi(root: HTMLElement, bahasa: Bahasa, daftar = DAFTAR_FUNGSI): void {
  root.replaceChildren(renderReferensi(bahasa, daftar));
}
