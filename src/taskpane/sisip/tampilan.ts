/**
 * Pure renderers of the insert section: a result (or catalog) and a language in, DOM out; every
 * text from the catalog or the workbook goes through textContent.
 */
import type { Bahasa } from "../../bahasa";
import type { Katalog } from "../../domain/types";
import type { HasilSisip } from "../../excel/sisip/hasil-sisip";
import { tahunBawaan } from "../../workbook/sisip/rencana-iku";
import { buat, fragmen, tombol } from "../dom";
import { teksSisip as t } from "./teks";

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
  tahun: HTMLSelectElement;
  tombol: HTMLButtonElement;
  berkas: HTMLInputElement;
  infoKatalog: HTMLElement;
  kemajuan: HTMLProgressElement;
  status: HTMLElement;
}

/** Fills the year list and the catalog line from a catalog, its default year chosen. */
export function isiKatalog(k: KerangkaSisip, katalog: Katalog, bahasa: Bahasa): void {
  k.tahun.replaceChildren(...renderTahun(katalog));
  k.tahun.value = String(tahunBawaan(katalog));
  k.infoKatalog.textContent = teksKatalogAktif(katalog, bahasa);
}

export function renderKerangkaSisip(katalog: Katalog, bahasa: Bahasa): KerangkaSisip {
  const judul = buat("h2", "bagian__judul", t("judul", bahasa));
  judul.id = "judul-sisip";
  const labelTahun = buat("label", undefined, t("tahun", bahasa));
  labelTahun.htmlFor = "sisip-tahun";
  const tahun = buat("select");
  tahun.id = "sisip-tahun";
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
  // Year and button side by side (taskpane.css).
  const baris = buat("div", "sisip__baris");
  baris.append(tahun, kirim);
  const simpul = [
    judul,
    buat("p", "catatan", t("penjelasan", bahasa)),
    labelTahun,
    baris,
    buat("p", "catatan", t("tahunUntuk", bahasa)),
    renderIsian(bahasa),
    labelBerkas,
    berkas,
    infoKatalog,
    kemajuan,
    status,
  ];
  const k = { simpul, tahun, tombol: kirim, berkas, infoKatalog, kemajuan, status };
  isiKatalog(k, katalog, bahasa);
  return k;
}
