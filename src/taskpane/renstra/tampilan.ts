/**
 * Pure renderers of the "Periksa Renstra" section: a result and a language in, DOM out. Each
 * listed row is a button that only reports its click; every text from the sheet goes through
 * textContent.
 */
import type { Bahasa } from "../../bahasa";
import { indukKode, STATUS_PAGU } from "../../domain/renstra";
import { angkaDokumen } from "../../domain/tulis-angka";
import type { HasilRenstra, MasalahPanel } from "../../excel/renstra/baca-renstra";
import type { TahunSalah } from "../../workbook/renstra/tabel-renstra";
import { buat, fragmen, tombol } from "../dom";
import { teksRenstra as t } from "./teks";

export type HasilRenstraOk = Extract<HasilRenstra, { ok: true }>;

/**
 * Rupiah the Indonesian way in both languages, as the planners' documents print it.
 *
 * @example rupiah(-1500000000) //=> "-Rp1.500.000.000"
 */
export const rupiah = (n: number): string => `${n < 0 ? "-" : ""}Rp${angkaDokumen(Math.abs(n))}`;

/** The status line of a check: all agree, how many rows are wrong, or why nothing was checked. */
export function teksStatusRenstra(h: HasilRenstra, bahasa: Bahasa): string {
  if (!h.ok) return h.alasan[bahasa];
  const isi = { n: h.diperiksa, m: h.masalah.length, lembar: h.lembar };
  return t(h.masalah.length === 0 ? "sesuai" : "adaMasalah", bahasa, isi);
}

/** What the sheet's Cek Pagu word means for this row, in the pane's language; "" for none. */
export function teksStatusBaris(m: MasalahPanel, bahasa: Bahasa): string {
  switch (m.status) {
    case STATUS_PAGU.tidakSesuai:
      return `${m.status}: ${t("tidakSesuai", bahasa)}`;
    case STATUS_PAGU.kodeTidakDikenali:
      return `${m.status}: ${t("kodeTidakDikenali", bahasa)}`;
    case STATUS_PAGU.indukTidakAda:
      return `${m.status}: ${t("indukTidakAda", bahasa, { induk: indukKode(m.kode) ?? "" })}`;
    default:
      return "";
  }
}

/** One wrong year: "2026: jumlah turunan Rp10.000.000 lebih kecil dari pagu". */
export function teksTahun(s: TahunSalah, bahasa: Bahasa): string {
  const bagian: string[] = [];
  if (s.sebab === "teks") {
    const terbaca = s.terbaca === undefined ? "" : t("terbaca", bahasa, { rp: rupiah(s.terbaca) });
    bagian.push(t("teks", bahasa, { teks: String(s.pagu) }) + terbaca);
  }
  if (s.sebab === "negatif") bagian.push(t("negatif", bahasa, { rp: rupiah(s.pagu as number) }));
  if (s.selisih !== undefined && s.selisih !== 0)
    bagian.push(t(s.selisih > 0 ? "lebihBesar" : "lebihKecil", bahasa, { rp: rupiah(Math.abs(s.selisih)) }));
  return `${s.tahun}: ${bagian.join("; ")}`;
}

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
