/** The pane's "Tandai Capaian" section: flag, unflag, point at ranges, review the misses. */
import type { Bahasa, Teks } from "../bahasa";
import { saatHasilTandai } from "../commands/tandai";
import { hapusTanda } from "../excel/tandai/hapus";
import { uraiGalat } from "../excel/hasil";
import { HasilTandai } from "../excel/tandai/hasil";
import { bacaPilihan, RentangDipilih, tandaiManual } from "../excel/tandai/manual";
import { tandaiCapaian } from "../excel/tandai/tandai";
import { pilihSel, ubahJadiAngka } from "../excel/tandai/ubah-angka";
import { buat } from "./dom";

export const TEKS_TANDAI = {
  judul: { id: "Tandai Capaian", en: "Flag misses" },
  petunjuk: {
    id: "Pilih tabel yang memiliki kolom Target dan Realisasi (atau satu sel di dalamnya), lalu klik Tandai Capaian. Realisasi yang tidak mencapai target diberi warna merah, langsung diperbarui saat angka diubah.",
    en: "Select a table with Target and Realisasi columns (or one cell in it), then click Flag misses. Actuals below target turn red and stay live as numbers change.",
  },
  tandai: { id: "Tandai Capaian", en: "Flag misses" },
  hapus: { id: "Hapus Tanda", en: "Remove flags" },
  manual: { id: "Tunjuk rentang sendiri", en: "Point at the ranges yourself" },
  pakaiTarget: { id: "Gunakan pilihan sebagai Target", en: "Use selection as Target" },
  pakaiRealisasi: { id: "Gunakan pilihan sebagai Realisasi", en: "Use selection as Actual" },
  tandaiRentang: { id: "Tandai rentang ini", en: "Flag these ranges" },
  belumDipilih: { id: "belum dipilih", en: "not chosen" },
  bekerja: { id: "Sedang bekerja…", en: "Working…" },
  dari: { id: "dari", en: "of" },
  tercapai: { id: "indikator tercapai", en: "indicators met" },
  tanpaMeleset: { id: "Tidak ada realisasi yang meleset dari target.", en: "No actual is below target." },
  judulMeleset: { id: "Tidak mencapai target", en: "Below target" },
  teksAngka: {
    id: "sel berisi angka yang tersimpan sebagai teks (tidak ditandai sampai diubah):",
    en: "cells hold numbers stored as text (not flagged until converted):",
  },
  ubah: { id: "Ubah jadi angka", en: "Convert to numbers" },
  diubah: { id: "sel diubah jadi angka.", en: "cells converted to numbers." },
  galat: { id: "sel tidak dapat dinilai:", en: "cells cannot be judged:" },
  ditambah: { id: "aturan tanda ditambahkan pada lembar", en: "flag rules added on sheet" },
  sudahAda: {
    id: "Tabel ini sudah ditandai; tidak ada yang ditambahkan.",
    en: "This table is already flagged; nothing was added.",
  },
  dihapus: { id: "tanda dihapus dari lembar", en: "flags removed from sheet" },
  target: { id: "Target", en: "Target" },
  realisasi: { id: "Realisasi", en: "Actual" },
  capaian: { id: "Capaian", en: "Achievement" },
  gagal: {
    id: "Excel menolak permintaan ini. Coba lagi; jika tetap gagal, pilih ulang tabelnya lalu klik Tandai Capaian. Keterangan Excel:",
    en: "Excel refused this request. Try again; if it still fails, select the table again and click Flag misses. Excel said:",
  },
} satisfies Record<string, Teks>;

type Kunci = keyof typeof TEKS_TANDAI;

export function pasangTandai(root: HTMLElement, bahasa: Bahasa): void {
  const t = (k: Kunci) => TEKS_TANDAI[k][bahasa];
  const angka = new Intl.NumberFormat(bahasa === "id" ? "id-ID" : "en-US", { maximumFractionDigits: 4 });
  const persen = new Intl.NumberFormat(bahasa === "id" ? "id-ID" : "en-US", {
    style: "percent",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  /** An Office error in the pane's language, with what to do; Excel's own words and code follow. */
  const teksGagal = (e: unknown) => {
    const { pesan, kode } = uraiGalat(e);
    return `${t("gagal")} ${pesan}${kode ? ` (${kode})` : ""}`;
  };
  const tampil = (v: unknown) => (typeof v === "number" ? angka.format(v) : String(v ?? ""));

  const status = buat("p", "catatan");
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  const hasil = buat("div", "tandai__hasil");
  const tombol = (k: Kunci, kelas = "tombol") => {
    const b = buat("button", kelas, t(k));
    b.type = "button";
    return b;
  };

  const tandai = tombol("tandai");
  const hapus = tombol("hapus", "tombol tombol--kedua");
  const manual = buat("details", "tandai__manual");
  manual.append(buat("summary", undefined, t("manual")));
  const pilihan: { target?: RentangDipilih; realisasi?: RentangDipilih } = {};
  const label = {
    target: buat("span", "kode", t("belumDipilih")),
    realisasi: buat("span", "kode", t("belumDipilih")),
  };
  const tandaiRentang = tombol("tandaiRentang");
  tandaiRentang.disabled = true;
  for (const jenis of ["target", "realisasi"] as const) {
    const b = tombol(jenis === "target" ? "pakaiTarget" : "pakaiRealisasi", "tombol tombol--kedua");
    b.addEventListener("click", () =>
      kerja(async () => {
        pilihan[jenis] = await bacaPilihan();
        label[jenis].textContent = `${pilihan[jenis]!.lembar}!${pilihan[jenis]!.alamat}`;
        status.textContent = "";
      }),
    );
    const p = buat("p");
    p.append(b, " ", label[jenis]);
    manual.append(p);
  }
  manual.append(tandaiRentang);

  /** Runs one action with the buttons disabled, so a double click cannot queue a second run. */
  async function kerja(f: () => Promise<void>): Promise<void> {
    const semua = [tandai, hapus, tandaiRentang];
    semua.forEach((b) => (b.disabled = true));
    status.textContent = t("bekerja");
    try {
      await f();
    } catch (e) {
      status.textContent = teksGagal(e);
    } finally {
      // Decided after the action: choosing the second range is what enables "Tandai rentang ini".
      tandai.disabled = hapus.disabled = false;
      tandaiRentang.disabled = !(pilihan.target && pilihan.realisasi);
    }
  }

  function tampilkan(h: HasilTandai): void {
    hasil.replaceChildren();
    if (!h.ok) {
      status.textContent = h.alasan[bahasa];
      manual.open = true;
      return;
    }
    status.textContent =
      h.ditambah + h.diganti > 0 ? `${h.ditambah} ${t("ditambah")} ${h.lembar}.` : t("sudahAda");
    for (const r of h.ringkasan) {
      const awal = r.periode ? `${r.periode}: ` : "";
      hasil.append(
        buat("p", "tandai__ringkasan", `${awal}${r.tercapai} ${t("dari")} ${r.dinilai} ${t("tercapai")}`),
      );
    }
    const meleset = h.butir.filter((b) => b.status === "Tidak Tercapai");
    hasil.append(buat("h3", "bagian__subjudul", t("judulMeleset")));
    if (meleset.length === 0) hasil.append(buat("p", "catatan", t("tanpaMeleset")));
    const ul = buat("ul", "tandai__daftar");
    for (const b of meleset) {
      const li = buat("li");
      const tautan = buat("button", "tandai__butir");
      tautan.type = "button";
      tautan.append(
        buat("span", "tandai__label", b.periode ? `${b.label} (${b.periode})` : b.label),
        buat(
          "span",
          "tandai__angka",
          `${b.alamat} · ${t("target")} ${tampil(b.target)} · ${t("realisasi")} ${tampil(b.realisasi)} · ${t("capaian")} ${persen.format(b.capaian ?? 0)} · ${b.predikat ?? ""}`,
        ),
      );
      tautan.addEventListener(
        "click",
        () => void pilihSel(h.lembar, b.alamat).catch((e) => (status.textContent = teksGagal(e))),
      );
      li.append(tautan);
      ul.append(li);
    }
    hasil.append(ul);
    const galat = h.butir.filter((b) => b.status === "Galat");
    if (galat.length > 0) {
      hasil.append(buat("p", "catatan", `${galat.length} ${t("galat")}`));
      const ug = buat("ul", "tandai__daftar");
      for (const b of galat)
        ug.append(buat("li", undefined, `${b.alamat} ${b.label}: ${b.pesan?.[bahasa] ?? ""}`));
      hasil.append(ug);
    }
    if (h.teks.length > 0) {
      hasil.append(
        buat(
          "p",
          "catatan",
          `${h.teks.length} ${t("teksAngka")} ${h.teks.map((s) => `${s.alamat} "${s.teks}" → ${tampil(s.angka)}`).join("; ")}`,
        ),
      );
      const ubah = tombol("ubah", "tombol tombol--kedua");
      ubah.addEventListener("click", () =>
        kerja(async () => {
          const n = await ubahJadiAngka(h.lembar, h.teks);
          ubah.remove();
          status.textContent = `${n} ${t("diubah")}`;
        }),
      );
      hasil.append(ubah);
    }
  }

  tandai.addEventListener("click", () => kerja(async () => tampilkan(await tandaiCapaian())));
  tandaiRentang.addEventListener("click", () =>
    kerja(async () => tampilkan(await tandaiManual(pilihan.target!, pilihan.realisasi!))),
  );
  hapus.addEventListener("click", () =>
    kerja(async () => {
      const h = await hapusTanda();
      hasil.replaceChildren();
      status.textContent = h.ok ? `${h.dihapus} ${t("dihapus")} ${h.lembar}.` : h.alasan[bahasa];
    }),
  );
  saatHasilTandai((h) => {
    if (h.jenis === "tandai") tampilkan(h.hasil);
    else
      status.textContent = h.hasil.ok
        ? `${h.hasil.dihapus} ${t("dihapus")} ${h.hasil.lembar}.`
        : h.hasil.alasan[bahasa];
  });

  const judul = buat("h2", "bagian__judul", t("judul"));
  judul.id = "judul-tandai";
  root.setAttribute("aria-labelledby", judul.id);
  const baris = buat("p", "tandai__tombol");
  baris.append(tandai, " ", hapus);
  root.replaceChildren(judul, buat("p", "catatan", t("petunjuk")), baris, status, manual, hasil);
}
