import type { Bahasa, Teks } from "../bahasa";
import { adalahGalatKatalog, bacaKatalogTeks } from "../domain/katalog-json";
import { KATALOG_BAWAAN } from "../domain/katalog-bawaan";
import type { Katalog } from "../domain/types";
import type { HasilSisip } from "../excel/hasil";
import { sisipkanIku } from "../excel/sisip-iku";
import { tahunBawaan } from "../workbook/rencana-iku";
import { saatHasilPerintah } from "../commands/sisip";
import { buat } from "./dom";

const TEKS = {
  judul: { id: "Sisipkan tabel IKU", en: "Insert the IKU workbook" },
  penjelasan: {
    id: "Membuat lembar IKU, Triwulan, Formulasi, Dashboard, Anggaran, LKjIP dan PK. Lembar yang sudah ada tidak ditimpa.",
    en: "Creates the IKU, Triwulan, Formulasi, Dashboard, Anggaran, LKjIP and PK sheets. Existing sheets are never overwritten.",
  },
  tahun: { id: "Tahun aktif", en: "Active year" },
  tahunUntuk: {
    id: "Tahun aktif menentukan Dashboard, LKjIP (Bab III) dan Perjanjian Kinerja (PK).",
    en: "The active year sets the Dashboard, the LKjIP (Bab III) and the Perjanjian Kinerja (PK).",
  },
  isianJudul: { id: "Yang Anda isi (sel kuning)", en: "What you fill in (yellow cells)" },
  isianIku: {
    id: "IKU: realisasi per tahun dan kondisi awal.",
    en: "IKU: the realisation per year and the kondisi awal (baseline).",
  },
  isianAnggaran: {
    id: "Anggaran: program, indikator terkait (mis. IKU-01, IKU-02), pagu dan realisasi anggaran.",
    en: "Anggaran: programs, linked indicators (e.g. IKU-01, IKU-02), pagu and budget realisation.",
  },
  isianLkjip: {
    id: "LKjIP: jenis target bila perlu, faktor pendukung, faktor penghambat dan upaya perbaikan (Tabel 3.5).",
    en: "LKjIP: the target kind if needed, faktor pendukung, faktor penghambat and upaya perbaikan (Tabel 3.5).",
  },
  isianPk: {
    id: "PK: nama pihak pertama dan pihak kedua, serta tanggal penandatanganan.",
    en: "PK: the names of both parties and the signing date.",
  },
  tombol: { id: "Sisipkan IKU", en: "Insert IKU" },
  katalog: { id: "Muat katalog (JSON)", en: "Load catalog (JSON)" },
  katalogAktif: { id: "Katalog: ", en: "Catalog: " },
  menyisipkan: { id: "Menyisipkan…", en: "Inserting…" },
  bagian: { id: "Menyisipkan… bagian {s} dari {n}", en: "Inserting… part {s} of {n}" },
  dibuat: { id: "Dibuat: ", en: "Created: " },
  katalogDitolak: {
    id: "Katalog ditolak, tidak ada yang diubah:",
    en: "Catalog rejected, nothing was changed (details in Indonesian):",
  },
  katalogDibersihkan: {
    id: "Katalog dimuat; karakter yang tidak dapat disimpan dalam berkas Excel dihapus:",
    en: "Catalog loaded; characters an Excel file cannot hold were removed (details in Indonesian):",
  },
} satisfies Record<string, Teks>;

/** The status line while a large catalog goes in several batches: "part 2 of 5". */
export function teksKemajuan(selesai: number, jumlah: number, bahasa: Bahasa): string {
  return TEKS.bagian[bahasa].replace("{s}", String(selesai)).replace("{n}", String(jumlah));
}

/** The status line text of one insertion. */
export function teksHasil(hasil: HasilSisip, bahasa: Bahasa): string {
  return hasil.ok ? TEKS.dibuat[bahasa] + hasil.lembar.join(", ") : hasil.pesan[bahasa];
}

/**
 * Fills the pane's insert section: year, insert button, catalog file and a status line. Every
 * text from the catalog or the workbook goes through textContent.
 */
export function pasangSisip(root: HTMLElement, bahasa: Bahasa, sisipkan = sisipkanIku): void {
  let katalog: Katalog = KATALOG_BAWAAN;
  root.setAttribute("aria-labelledby", "judul-sisip");
  const judul = buat("h2", "bagian__judul", TEKS.judul[bahasa]);
  judul.id = "judul-sisip";
  const penjelasan = buat("p", "catatan", TEKS.penjelasan[bahasa]);
  const labelTahun = buat("label", undefined, TEKS.tahun[bahasa]);
  labelTahun.htmlFor = "sisip-tahun";
  const tahun = buat("select");
  tahun.id = "sisip-tahun";
  const tombol = buat("button", undefined, TEKS.tombol[bahasa]);
  tombol.id = "sisip-tombol";
  tombol.type = "button";
  const labelBerkas = buat("label", undefined, TEKS.katalog[bahasa]);
  labelBerkas.htmlFor = "sisip-katalog";
  const berkas = buat("input");
  berkas.id = "sisip-katalog";
  berkas.type = "file";
  berkas.accept = ".json,application/json";
  const infoKatalog = buat("p", "catatan");
  infoKatalog.id = "sisip-info-katalog";
  const status = buat("div", "catatan sisip__status");
  status.id = "sisip-status";
  const kemajuan = buat("progress", "sisip__kemajuan");
  kemajuan.id = "sisip-kemajuan";
  kemajuan.hidden = true;
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");

  const isiTahun = () => {
    tahun.replaceChildren(...katalog.tahun.map((t) => buat("option", undefined, String(t))));
    tahun.value = String(tahunBawaan(katalog));
    infoKatalog.textContent = TEKS.katalogAktif[bahasa] + katalog.instansi;
  };
  isiTahun();

  tombol.addEventListener("click", async () => {
    tombol.disabled = true;
    status.textContent = TEKS.menyisipkan[bahasa];
    // Shown only when there is more than one batch: a small catalog goes in one.
    const hasil = await sisipkan(katalog, Number(tahun.value), bahasa, (selesai, jumlah) => {
      if (jumlah < 2) return;
      kemajuan.hidden = selesai >= jumlah;
      [kemajuan.max, kemajuan.value] = [jumlah, selesai];
      status.textContent = teksKemajuan(selesai, jumlah, bahasa);
    });
    kemajuan.hidden = true;
    status.textContent = teksHasil(hasil, bahasa);
    tombol.disabled = false;
  });

  berkas.addEventListener("change", async () => {
    const file = berkas.files?.[0];
    if (!file) return;
    const peringatan: string[] = [];
    const hasil = bacaKatalogTeks(await file.text(), peringatan);
    // Each problem names its field and row; they are catalog text, so textContent only.
    const daftar = (pesan: string[]) => {
      const ul = buat("ul");
      ul.append(...pesan.map((p) => buat("li", undefined, p)));
      return ul;
    };
    if (adalahGalatKatalog(hasil)) {
      status.replaceChildren(buat("p", undefined, TEKS.katalogDitolak[bahasa]), daftar(hasil.galatKatalog));
      return;
    }
    katalog = hasil;
    isiTahun();
    status.textContent = "";
    if (peringatan.length > 0)
      status.replaceChildren(buat("p", undefined, TEKS.katalogDibersihkan[bahasa]), daftar(peringatan));
  });

  const keteranganTahun = buat("p", "catatan", TEKS.tahunUntuk[bahasa]);
  const isian = buat("details", "catatan");
  isian.id = "sisip-isian";
  const daftarIsian = buat("ul");
  daftarIsian.append(
    ...(["isianIku", "isianAnggaran", "isianLkjip", "isianPk"] as const).map((k) =>
      buat("li", undefined, TEKS[k][bahasa]),
    ),
  );
  isian.append(buat("summary", undefined, TEKS.isianJudul[bahasa]), daftarIsian);

  saatHasilPerintah((hasil) => (status.textContent = teksHasil(hasil, bahasa)));
  // Year and button side by side (taskpane.css); the shared stylesheet styles the controls themselves.
  const baris = buat("div", "sisip__baris");
  baris.append(tahun, tombol);
  root.replaceChildren(
    judul,
    penjelasan,
    labelTahun,
    baris,
    keteranganTahun,
    isian,
    labelBerkas,
    berkas,
    infoKatalog,
    kemajuan,
    status,
  );
}
