/**
 * Pure renderers of the "Periksa Renstra" section: a result and a language in, DOM out. Each
 * listed row is a button that only reports its click; every text from the sheet goes through
 * textContent.
 */
import type { Bahasa } from "../../bahasa";
import type { HasilRenstra, MasalahPanel } from "../../excel/renstra/baca-renstra";
import { teksStatus, teksTahun } from "../../workbook/renstra/uraian-renstra";
import { buat, fragmen, tombol } from "../dom";
import { teksRenstra as t } from "./teks";

export type HasilRenstraOk = Extract<HasilRenstra, { ok: true }>;

/** The status line of a check: all agree, how many rows are wrong, or why nothing was checked. */
export function teksStatusRenstra(h: HasilRenstra, bahasa: Bahasa): string {
  if (!h.ok) return h.alasan[bahasa];
  const isi = { n: h.diperiksa, m: h.masalah.length, lembar: h.lembar };
  return t(h.masalah.length === 0 ? "sesuai" : "adaMasalah", bahasa, isi);
}

/** What the sheet's Cek Pagu word means for this row, in the pane's language; "" for none. */
export const teksStatusBaris = (m: MasalahPanel, bahasa: Bahasa): string =>
  teksStatus(m.status, m.kode, bahasa);

/** One listed row: code and name, then row number and status, then one line per wrong year. */
function renderButir(m: MasalahPanel, bahasa: Bahasa, saatPilih: (m: MasalahPanel) => void): HTMLLIElement {
  const butir = tombol("", "renstra__butir");
  const kepala = [m.kode || t("tanpaKode", bahasa), m.nama].filter((x) => x !== "").join(" ");
  butir.append(buat("span", "renstra__label", kepala));
  const status = teksStatusBaris(m, bahasa);
  const baris = t("baris", bahasa, { r: m.baris });
  butir.append(buat("span", "renstra__rinci", status ? `${baris} · ${status}` : baris));
  for (const s of m.tahun) butir.append(buat("span", "renstra__rinci", teksTahun(s, bahasa)));
  butir.addEventListener("click", () => saatPilih(m));
  const li = buat("li");
  li.append(butir);
  return li;
}

/** The list of wrong rows, each a button that asks (saatPilih) to select its row; empty when none. */
export function renderMasalah(
  h: HasilRenstraOk,
  bahasa: Bahasa,
  saatPilih: (m: MasalahPanel) => void,
): DocumentFragment {
  if (h.masalah.length === 0) return fragmen();
  const ul = buat("ul", "renstra__daftar");
  ul.append(...h.masalah.map((m) => renderButir(m, bahasa, saatPilih)));
  return fragmen(ul);
}

/** The section's fixed frame: heading, hint, the button, status line, results. */
export interface KerangkaRenstra {
  simpul: HTMLElement[];
  periksa: HTMLButtonElement;
  status: HTMLElement;
  hasil: HTMLElement;
}

export function renderKerangkaRenstra(bahasa: Bahasa): KerangkaRenstra {
  const judul = buat("h2", "bagian__judul", t("judul", bahasa));
  judul.id = "judul-renstra";
  const periksa = tombol(t("periksa", bahasa));
  const status = buat("p", "catatan");
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  const hasil = buat("div", "renstra__hasil");
  return {
    simpul: [judul, buat("p", "catatan", t("petunjuk", bahasa)), periksa, status, hasil],
    periksa,
    status,
    hasil,
  };
}
