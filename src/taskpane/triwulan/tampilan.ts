/**
 * Pure renderers of the "Triwulan ini" section: a result and a language in, DOM out. Each listed
 * row is a button that only reports its click; every text from the sheet goes through textContent.
 */
import type { Bahasa } from "../../bahasa";
import type { ButirCekPanel, ButirRencanaAksiPanel, HasilTriwulan } from "../../excel/triwulan/baca-triwulan";
import { TW } from "../../workbook/triwulan/tabel-triwulan";
import { buat, fragmen, tombol } from "../dom";
import { TEKS_TRIWULAN, teksTriwulan as t } from "./teks";

export type HasilTriwulanOk = Extract<HasilTriwulan, { ok: true }>;
/** A listed row of either table, with the sheet it stands on. */
export type ButirTriwulan = (ButirRencanaAksiPanel | ButirCekPanel) & { lembar: string };

const lokal = (bahasa: Bahasa) => (bahasa === "id" ? "id-ID" : "en-US");
const persen = (v: number, bahasa: Bahasa) =>
  new Intl.NumberFormat(lokal(bahasa), { style: "percent", maximumFractionDigits: 2 }).format(v);

/** The status line: the quarter under way, or the one line saying there is nothing to read. */
export function teksStatusTriwulan(h: HasilTriwulan, bahasa: Bahasa): string {
  if (!h.ok) return h.alasan[bahasa];
  if (!h.rencanaAksi && !h.cekTarget && h.tahun === undefined) return t("tanpaLembar", bahasa);
  return t("ringkasan", bahasa, { tw: TW[h.triwulan], tahun: h.tahun ?? "" }).replace(" .", ".");
}

/** The sheet's Status word, glossed in English. */
function teksStatus(status: string, bahasa: Bahasa): string {
  return status in TEKS_TRIWULAN ? t(status as "Terlambat" | "Belum Diisi", bahasa) : status;
}

/** One Rencana Aksi row's second line: row, status, quarters filled, capaian to date. */
export function rinciRencanaAksi(b: ButirRencanaAksiPanel, bahasa: Bahasa): string {
  const terisi = b.terisi.length
    ? t("terisi", bahasa, { tw: b.terisi.map((q) => TW[q]).join(", ") })
    : t("belumTerisi", bahasa);
  const bagian = [t("baris", bahasa, { r: b.baris }), teksStatus(b.status, bahasa), terisi];
  if (b.capaian !== undefined) bagian.push(t("capaian", bahasa, { c: persen(b.capaian, bahasa) }));
  return bagian.join(" · ");
}

function renderButir(
  kepala: string,
  rinci: string,
  butir: ButirTriwulan,
  saatPilih: (b: ButirTriwulan) => void,
): HTMLLIElement {
  const b = tombol("", "renstra__butir triwulan__butir");
  b.append(buat("span", "renstra__label", kepala), buat("span", "renstra__rinci", rinci));
  b.addEventListener("click", () => saatPilih(butir));
  const li = buat("li");
  li.append(b);
  return li;
}

const label = (b: { no: string; indikator: string }) =>
  [b.no, b.indikator].filter((x) => x !== "").join(". ");

/** The Rencana Aksi part: heading, summary, the listed indicators; a line when the sheet is missing. */
export function renderRencanaAksi(
  h: HasilTriwulanOk,
  bahasa: Bahasa,
  saatPilih: (b: ButirTriwulan) => void,
): DocumentFragment {
  const ra = h.rencanaAksi;
  if (!ra) return fragmen(buat("p", "catatan", t("tanpaRa", bahasa)));
  const isi = { tahun: h.tahun ?? "", lembar: ra.lembar, n: ra.diperiksa, m: ra.butir.length };
  const hasil = fragmen(
    buat("h3", "bagian__subjudul", t("judulRa", bahasa, isi)),
    buat("p", "catatan", t(ra.butir.length === 0 ? "raBaik" : "raAda", bahasa, isi)),
  );
  if (ra.butir.length === 0) return hasil;
  const ul = buat("ul", "renstra__daftar");
  ul.append(
    ...ra.butir.map((b) =>
      renderButir(label(b), rinciRencanaAksi(b, bahasa), { ...b, lembar: ra.lembar }, saatPilih),
    ),
  );
  hasil.append(ul);
  return hasil;
}

/** The Triwulan part: the misfit quarterly targets of the year; a line when there is no such column. */
export function renderCekTarget(
  h: HasilTriwulanOk,
  bahasa: Bahasa,
  saatPilih: (b: ButirTriwulan) => void,
): DocumentFragment {
  const tw = h.cekTarget;
  if (!tw) {
    const kunci = h.rencanaAksi && h.tahun !== undefined ? "tanpaTwTahun" : "tanpaTw";
    return fragmen(buat("p", "catatan", t(kunci, bahasa, { tahun: h.tahun ?? "" })));
  }
  const isi = { tahun: tw.tahun ?? "", lembar: tw.lembar, n: tw.diperiksa, m: tw.butir.length };
  const hasil = fragmen(
    buat("h3", "bagian__subjudul", t("judulTw", bahasa, isi).replace("  ", " ")),
    buat("p", "catatan", t(tw.butir.length === 0 ? "twBaik" : "twAda", bahasa, isi)),
  );
  if (tw.butir.length === 0) return hasil;
  const ul = buat("ul", "renstra__daftar");
  const rinci = (b: ButirCekPanel) => `${t("baris", bahasa, { r: b.baris })} · ${t("tidakSesuai", bahasa)}`;
  ul.append(...tw.butir.map((b) => renderButir(label(b), rinci(b), { ...b, lembar: tw.lembar }, saatPilih)));
  hasil.append(ul);
  return hasil;
}

/** Everything a check shows under the status line; nothing when there was nothing to read. */
export function renderHasilTriwulan(
  h: HasilTriwulan,
  bahasa: Bahasa,
  saatPilih: (b: ButirTriwulan) => void,
): DocumentFragment {
  if (!h.ok || (!h.rencanaAksi && !h.cekTarget && h.tahun === undefined)) return fragmen();
  return fragmen(renderRencanaAksi(h, bahasa, saatPilih), renderCekTarget(h, bahasa, saatPilih));
}

/** The section's fixed frame: heading, hint, the button, status line, results. */
export interface KerangkaTriwulan {
  simpul: HTMLElement[];
  periksa: HTMLButtonElement;
  status: HTMLElement;
  hasil: HTMLElement;
}

export function renderKerangkaTriwulan(bahasa: Bahasa): KerangkaTriwulan {
  const judul = buat("h2", "bagian__judul", t("judul", bahasa));
  judul.id = "judul-triwulan";
  const periksa = tombol(t("periksa", bahasa));
  periksa.id = "triwulan-periksa";
  const status = buat("p", "catatan");
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  const hasil = buat("div", "triwulan__hasil");
  return {
    simpul: [judul, buat("p", "catatan", t("petunjuk", bahasa)), periksa, status, hasil],
    periksa,
    status,
    hasil,
  };
}
