/**
 * Pure renderers of the insert section: a result (or catalog) and a language in, DOM out; every
 * text from the catalog or the workbook goes through textContent.
 */
import type { Bahasa } from "../../bahasa";
import type { Katalog } from "../../domain/types";
import type { HasilSisip } from "../../excel/sisip/hasil-sisip";
import { tahunSisipBawaan, type TahunSisip } from "../../workbook/sisip/rencana-iku";
import type { TempatIsian } from "../../workbook/sisip/tempat-isian";
import { buat, fragmen, tombol } from "../dom";
import { BERIKUT, teksSisip as t } from "./teks";

/** The status line while a large catalog goes in several batches: "part 2 of 5". */
export function teksKemajuan(selesai: number, jumlah: number, bahasa: Bahasa): string {
  return t("bagian", bahasa).replace("{s}", String(selesai)).replace("{n}", String(jumlah));
}

/** The status line text of one insertion. */
export function teksHasil(hasil: HasilSisip, bahasa: Bahasa): string {
  return hasil.ok ? t("dibuat", bahasa) + hasil.lembar.join(", ") : hasil.pesan[bahasa];
}

/** "Katalog: <agency>", the line under the file picker. */
export function teksKatalogAktif(katalog: Katalog, bahasa: Bahasa): string {
  return t("katalogAktif", bahasa) + katalog.instansi;
}

/** One option per catalog year. */
export function renderTahun(katalog: Katalog): HTMLOptionElement[] {
  return katalog.tahun.map((tahun) => buat("option", undefined, String(tahun)));
}

/** A catalog's problems (each names its field and row), under a heading saying what happened. */
export function renderPesanKatalog(
  jenis: "katalogDitolak" | "katalogDibersihkan",
  pesan: readonly string[],
  bahasa: Bahasa,
): DocumentFragment {
  const ul = buat("ul");
  ul.append(...pesan.map((p) => buat("li", undefined, p)));
  return fragmen(buat("p", undefined, t(jenis, bahasa)), ul);
}

/** Columns named per sheet in "fill in next"; a wide sheet's rest is an ellipsis. */
const KOLOM_TAMPIL = 6;

/**
 * "Fill in next" after an insertion: per sheet with input cells, what goes there, its columns, and
 * a button that asks (saatPilih) to select the block to fill first. Empty without places.
 */
export function renderBerikut(
  isian: readonly TempatIsian[],
  tahun: TahunSisip | undefined,
  bahasa: Bahasa,
  saatPilih: (tempat: TempatIsian) => void,
): DocumentFragment {
  if (isian.length === 0) return fragmen();
  const ul = buat("ul", "sisip__berikut");
  for (const tempat of isian) {
    const li = buat("li");
    const kunci = BERIKUT[tempat.kunci];
    const kepala = buat("p", "sisip__berikut-kepala");
    kepala.append(buat("strong", undefined, tempat.lembar));
    if (kunci) kepala.append(`: ${t(kunci, bahasa, { ...tahun })}`);
    li.append(kepala);
    const kolom =
      tempat.kolom.length > KOLOM_TAMPIL ? [...tempat.kolom.slice(0, KOLOM_TAMPIL), "…"] : tempat.kolom;
    if (kolom.length > 0) li.append(buat("p", "catatan", t("kolom", bahasa) + kolom.join(", ")));
    const pilih = tombol(t("pilih", bahasa, { alamat: tempat.pilih }), "tombol tombol--kedua");
    pilih.setAttribute(
      "aria-label",
      t("pilihLabel", bahasa, { lembar: tempat.lembar, alamat: tempat.pilih }),
    );
    pilih.addEventListener("click", () => saatPilih(tempat));
    li.append(pilih);
    ul.append(li);
  }
  return fragmen(buat("h3", "bagian__subjudul", t("berikut", bahasa)), ul);
}

/** "What you fill in": the yellow cells of each sheet, folded. */
export function renderIsian(bahasa: Bahasa): HTMLDetailsElement {
  const isian = buat("details", "catatan");
  isian.id = "sisip-isian";
  const daftar = buat("ul");
  daftar.append(
    ...(["isianIku", "isianAnggaran", "isianLkjip", "isianPk"] as const).map((k) =>
      buat("li", undefined, t(k, bahasa)),
    ),
  );
  isian.append(buat("summary", undefined, t("isianJudul", bahasa)), daftar);
  return isian;
}

/** The section's frame, with the controls the state owner and the wiring need. */
export interface KerangkaSisip {
  simpul: HTMLElement[];
  /** The report year (LKjIP, Evaluasi Renja). */
  tahun: HTMLSelectElement;
  /** The plan year (PK, Rencana Aksi). */
  tahunRencana: HTMLSelectElement;
  tombol: HTMLButtonElement;
  berkas: HTMLInputElement;
  infoKatalog: HTMLElement;
  kemajuan: HTMLProgressElement;
  status: HTMLElement;
  /** "Fill in next", filled after an insertion. */
  berikut: HTMLElement;
}

/** Fills both year lists and the catalog line from a catalog, the default years chosen. */
export function isiKatalog(k: KerangkaSisip, katalog: Katalog, bahasa: Bahasa, sekarang = new Date()): void {
  const bawaan = tahunSisipBawaan(katalog, sekarang);
  k.tahun.replaceChildren(...renderTahun(katalog));
  k.tahun.value = String(bawaan.laporan);
  k.tahunRencana.replaceChildren(...renderTahun(katalog));
  k.tahunRencana.value = String(bawaan.rencana);
  k.infoKatalog.textContent = teksKatalogAktif(katalog, bahasa);
}

/** A label over its select, both in one block. */
function pilihanTahun(id: string, label: string): { blok: HTMLElement; pilihan: HTMLSelectElement } {
  const blok = buat("div", "sisip__tahun");
  const l = buat("label", undefined, label);
  l.htmlFor = id;
  const pilihan = buat("select");
  pilihan.id = id;
  blok.append(l, pilihan);
  return { blok, pilihan };
}

export function renderKerangkaSisip(katalog: Katalog, bahasa: Bahasa, sekarang = new Date()): KerangkaSisip {
  const judul = buat("h2", "bagian__judul", t("judul", bahasa));
  judul.id = "judul-sisip";
  const laporan = pilihanTahun("sisip-tahun", t("tahun", bahasa));
  const rencana = pilihanTahun("sisip-tahun-rencana", t("tahunRencana", bahasa));
  const kirim = tombol(t("tombol", bahasa), "");
  kirim.id = "sisip-tombol";
  const labelBerkas = buat("label", undefined, t("katalog", bahasa));
  labelBerkas.htmlFor = "sisip-katalog";
  const berkas = buat("input");
  berkas.id = "sisip-katalog";
  berkas.type = "file";
  berkas.accept = ".json,application/json";
  const infoKatalog = buat("p", "catatan");
  infoKatalog.id = "sisip-info-katalog";
  const kemajuan = buat("progress", "sisip__kemajuan");
  kemajuan.id = "sisip-kemajuan";
  kemajuan.hidden = true;
  const status = buat("div", "catatan sisip__status");
  status.id = "sisip-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  const berikut = buat("div", "sisip__hasil");
  berikut.id = "sisip-berikut";
  // The two years side by side where the pane is wide enough, then the button (taskpane.css).
  const baris = buat("div", "sisip__baris");
  baris.append(laporan.blok, rencana.blok);
  const simpul = [
    judul,
    buat("p", "catatan", t("penjelasan", bahasa)),
    baris,
    kirim,
    buat("p", "catatan", t("tahunUntuk", bahasa)),
    status,
    kemajuan,
    berikut,
    renderIsian(bahasa),
    labelBerkas,
    berkas,
    infoKatalog,
  ];
  const k = {
    simpul,
    tahun: laporan.pilihan,
    tahunRencana: rencana.pilihan,
    tombol: kirim,
    berkas,
    infoKatalog,
    kemajuan,
    status,
    berikut,
  };
  isiKatalog(k, katalog, bahasa, sekarang);
  return k;
}
