/**
 * Pure renderers of the "Tandai Capaian" section: a result and a language in, DOM out. No Office
 * or Excel call here; buttons only report clicks through the callbacks they are given.
 */
import type { Bahasa } from "../../bahasa";
import { AksiOffice, pesanGalatOffice } from "../../excel/galat-office";
import type { HasilHapus } from "../../excel/tandai/hapus";
import type { ButirPanel, HasilTandai, SelTeksPanel } from "../../excel/tandai/hasil-tandai";
import type { RentangDipilih } from "../../excel/tandai/manual";
import { buat, fragmen, tombol } from "../dom";
import { teksTandai as t } from "./teks";

export type HasilTandaiOk = Extract<HasilTandai, { ok: true }>;
export type JenisRentang = "target" | "realisasi";
export type PilihanManual = Partial<Record<JenisRentang, RentangDipilih>>;

const lokal = (bahasa: Bahasa) => (bahasa === "id" ? "id-ID" : "en-US");

/** A cell value as the planner reads it: numbers in the pane's locale, anything else as text. */
export function tampilNilai(v: unknown, bahasa: Bahasa): string {
  if (typeof v !== "number") return String(v ?? "");
  return new Intl.NumberFormat(lokal(bahasa), { maximumFractionDigits: 4 }).format(v);
}

function persen(v: number, bahasa: Bahasa): string {
  const f = { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;
  return new Intl.NumberFormat(lokal(bahasa), f).format(v);
}

/** The status line after a flag run: how many rules were added, or why nothing was. */
export function teksStatusTandai(h: HasilTandai, bahasa: Bahasa): string {
  if (!h.ok) return h.alasan[bahasa];
  return h.ditambah + h.diganti > 0
    ? `${h.ditambah} ${t("ditambah", bahasa)} ${h.lembar}.`
    : t("sudahAda", bahasa);
}

/** The status line after "Hapus Tanda". */
export function teksStatusHapus(h: HasilHapus, bahasa: Bahasa): string {
  return h.ok ? `${h.dihapus} ${t("dihapus", bahasa)} ${h.lembar}.` : h.alasan[bahasa];
}

/** An Office error in the pane's language: what failed, why, and what to do. */
export function teksGagal(e: unknown, aksi: AksiOffice, bahasa: Bahasa): string {
  return pesanGalatOffice(e, aksi)[bahasa];
}

/** A chosen range as "Sheet!A1:A9", or "not chosen". */
export function teksRentang(r: RentangDipilih | undefined, bahasa: Bahasa): string {
  return r ? `${r.lembar}!${r.alamat}` : t("belumDipilih", bahasa);
}

/** One line per period: "2025: 5 dari 8 indikator tercapai". */
export function renderRingkasan(h: HasilTandaiOk, bahasa: Bahasa): DocumentFragment {
  return fragmen(
    ...h.ringkasan.map((r) =>
      buat(
        "p",
        "tandai__ringkasan",
        `${r.periode ? `${r.periode}: ` : ""}${r.tercapai} ${t("dari", bahasa)} ${r.dinilai} ${t("tercapai", bahasa)}`,
      ),
    ),
  );
}

function teksAngkaButir(b: ButirPanel, bahasa: Bahasa): string {
  return [
    b.alamat,
    `${t("target", bahasa)} ${tampilNilai(b.target, bahasa)}`,
    `${t("realisasi", bahasa)} ${tampilNilai(b.realisasi, bahasa)}`,
    `${t("capaian", bahasa)} ${persen(b.capaian ?? 0, bahasa)}`,
    b.predikat ?? "",
  ].join(" · ");
}

/** The review list of misses; each is a button that asks (saatPilih) to select its cell. */
export function renderMeleset(
  h: HasilTandaiOk,
  bahasa: Bahasa,
  saatPilih: (b: ButirPanel) => void,
): DocumentFragment {
  const meleset = h.butir.filter((b) => b.status === "Tidak Tercapai");
  const hasil = fragmen(buat("h3", "bagian__subjudul", t("judulMeleset", bahasa)));
  if (meleset.length === 0) hasil.append(buat("p", "catatan", t("tanpaMeleset", bahasa)));
  const ul = buat("ul", "tandai__daftar");
  for (const b of meleset) {
    const butir = buat("button", "tandai__butir");
    butir.type = "button";
    butir.append(
      buat("span", "tandai__label", b.periode ? `${b.label} (${b.periode})` : b.label),
      buat("span", "tandai__angka", teksAngkaButir(b, bahasa)),
    );
    butir.addEventListener("click", () => saatPilih(b));
    const li = buat("li");
    li.append(butir);
    ul.append(li);
  }
  hasil.append(ul);
  return hasil;
}

/** Cells that cannot be judged, each with the reason; empty when there are none. */
export function renderGalat(h: HasilTandaiOk, bahasa: Bahasa): DocumentFragment {
  const galat = h.butir.filter((b) => b.status === "Galat");
  if (galat.length === 0) return fragmen();
  const ul = buat("ul", "tandai__daftar");
  ul.append(...galat.map((b) => buat("li", undefined, `${b.alamat} ${b.label}: ${b.pesan?.[bahasa] ?? ""}`)));
  return fragmen(buat("p", "catatan", `${galat.length} ${t("galat", bahasa)}`), ul);
}

/** Numbers stored as text, named cell by cell, and the button that converts them; empty when none. */
export function renderTeksAngka(
  teks: readonly SelTeksPanel[],
  bahasa: Bahasa,
  saatUbah: (tombolUbah: HTMLButtonElement) => void,
): DocumentFragment {
  if (teks.length === 0) return fragmen();
  const daftar = teks.map((s) => `${s.alamat} "${s.teks}" → ${tampilNilai(s.angka, bahasa)}`).join("; ");
  const ubah = tombol(t("ubah", bahasa), "tombol tombol--kedua");
  ubah.addEventListener("click", () => saatUbah(ubah));
  return fragmen(buat("p", "catatan", `${teks.length} ${t("teksAngka", bahasa)} ${daftar}`), ubah);
}

export interface AksiHasil {
  saatPilih: (b: ButirPanel) => void;
  saatUbah: (tombolUbah: HTMLButtonElement) => void;
}

/** Everything a successful flag run shows under the status line, in reading order. */
export function renderHasil(h: HasilTandaiOk, bahasa: Bahasa, aksi: AksiHasil): DocumentFragment {
  return fragmen(
    renderRingkasan(h, bahasa),
    renderMeleset(h, bahasa, aksi.saatPilih),
    renderGalat(h, bahasa),
    renderTeksAngka(h.teks, bahasa, aksi.saatUbah),
  );
}

/** The manual pointing disclosure and the parts that change with the chosen ranges. */
export interface ManualDom {
  elemen: HTMLDetailsElement;
  label: Record<JenisRentang, HTMLElement>;
  pakai: Record<JenisRentang, HTMLButtonElement>;
  tandaiRentang: HTMLButtonElement;
}

/** Shows the chosen ranges; "Tandai rentang ini" works once both are chosen. */
export function perbaruiManual(dom: ManualDom, pilihan: PilihanManual, bahasa: Bahasa): void {
  dom.label.target.textContent = teksRentang(pilihan.target, bahasa);
  dom.label.realisasi.textContent = teksRentang(pilihan.realisasi, bahasa);
  dom.tandaiRentang.disabled = !(pilihan.target && pilihan.realisasi);
}

/** "Tunjuk rentang sendiri": one button per range kind with what it holds, then the flag button. */
export function renderManual(pilihan: PilihanManual, bahasa: Bahasa): ManualDom {
  const elemen = buat("details", "tandai__manual");
  elemen.append(buat("summary", undefined, t("manual", bahasa)));
  const label = { target: buat("span", "kode"), realisasi: buat("span", "kode") };
  const pakai = {
    target: tombol(t("pakaiTarget", bahasa), "tombol tombol--kedua"),
    realisasi: tombol(t("pakaiRealisasi", bahasa), "tombol tombol--kedua"),
  };
  for (const jenis of ["target", "realisasi"] as const) {
    const p = buat("p");
    p.append(pakai[jenis], " ", label[jenis]);
    elemen.append(p);
  }
  const dom = { elemen, label, pakai, tandaiRentang: tombol(t("tandaiRentang", bahasa)) };
  elemen.append(dom.tandaiRentang);
  perbaruiManual(dom, pilihan, bahasa);
  return dom;
}

/** The section's fixed frame: heading, hint, the two main buttons, status line, manual, results. */
export interface KerangkaTandai {
  simpul: HTMLElement[];
  tandai: HTMLButtonElement;
  hapus: HTMLButtonElement;
  status: HTMLElement;
  manual: ManualDom;
  hasil: HTMLElement;
}

export function renderKerangkaTandai(bahasa: Bahasa): KerangkaTandai {
  const judul = buat("h2", "bagian__judul", t("judul", bahasa));
  judul.id = "judul-tandai";
  const tandai = tombol(t("tandai", bahasa));
  const hapus = tombol(t("hapus", bahasa), "tombol tombol--kedua");
  const baris = buat("p", "tandai__tombol");
  baris.append(tandai, " ", hapus);
  const status = buat("p", "catatan");
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  const manual = renderManual({}, bahasa);
  const hasil = buat("div", "tandai__hasil");
  const simpul = [judul, buat("p", "catatan", t("petunjuk", bahasa)), baris, status, manual.elemen, hasil];
  return { simpul, tandai, hapus, status, manual, hasil };
}
