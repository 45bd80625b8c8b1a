/**
 * The quirk matrix's two workbooks and six actions. Each action is prepared without any quirk
 * (an earlier Tandai for Hapus, Ubah jadi angka and the jump to a miss), then run once; its
 * outcome is the action's result in the pane's terms: done, or a message.
 */
import { Teks } from "../../../src/bahasa";
import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { Katalog } from "../../../src/domain/types";
import { AksiOffice, pesanGalatOffice } from "../../../src/excel/galat-office";
import { sisipkanRencana } from "../../../src/excel/sisip/terapkan-rencana";
import { hapusTanda } from "../../../src/excel/tandai/hapus";
import { tandaiManual } from "../../../src/excel/tandai/manual";
import { tandaiCapaian } from "../../../src/excel/tandai/tandai-pilihan";
import { pilihSel, ubahJadiAngka } from "../../../src/excel/tandai/ubah-angka";
import { buatRencana } from "../../../src/workbook/sisip/rencana-iku";
import { penandaDari } from "../../../src/workbook/tandai/tanda";
import { uraiAlamat } from "../../emulator/alamat";
import { Buku } from "../../emulator/model";
import { buatExcel, ExcelEmulator } from "../../emulator/muat-klien";
import { kisiTeks } from "../tandai/buku-tandai";
import { kisiBesar } from "../tandai/tabel-emulator";

/** The built-in catalog cut to its first indicator: the insertion's paths at a fraction of the time. */
const KATALOG_KECIL: Katalog = {
  ...KATALOG_BAWAAN,
  tujuan: [
    {
      ...KATALOG_BAWAAN.tujuan[0],
      sasaran: [
        {
          ...KATALOG_BAWAAN.tujuan[0].sasaran[0],
          indikator: [KATALOG_BAWAAN.tujuan[0].sasaran[0].indikator[0]],
        },
      ],
    },
  ],
};

export type Hasil = { ok: true } | { ok: false; pesan: Teks };

export interface BukuMatriks {
  nama: string;
  buat(): ExcelEmulator;
  /** The sheet of the table, the one protected under lembarDiproteksi. */
  lembar: string;
  /** The table as the planner selects it, and the manual target and realisation ranges. */
  tabel: string;
  target: string;
  realisasi: string;
}

/** A planner's own table with a text-typed number, rules of the planner on and beside its realisation column. */
function bukuPerencana(): BukuMatriks {
  const kisi = kisiBesar(6);
  kisi[4][6] = "61";
  return {
    nama: "tabel perencana",
    buat() {
      const excel = buatExcel({ lembar: { Kinerja: kisiTeks(kisi), Lain: [] }, aktif: "Kinerja" });
      const l = excel.model.lembar("Kinerja");
      // The planner's own: one exactly on a realisation column, one over part of another.
      l.tambahAturan(uraiAlamat("G4:G9"), "Custom").rumus = "=G4>100";
      l.tambahAturan(uraiAlamat("J2:J6"), "DataBar");
      excel.model.pilihan = { lembar: l, kotak: uraiAlamat("A1:L9") };
      return excel;
    },
    lembar: "Kinerja",
    tabel: "A1:L9",
    target: "F4:F9",
    realisasi: "G4:G9",
  };
}

/** The built-in catalog inserted once (about 150 ms through the client library), copied per use. */
async function bukuBawaan(): Promise<BukuMatriks> {
  const awal = buatExcel({ lembar: { Sheet1: [] }, hitung: () => "" });
  const h = await awal.run((ctx) => sisipkanRencana(ctx, (nama) => buatRencana(KATALOG_BAWAAN, nama, {})));
  if (!h.ok) throw new Error("penyisipan bawaan gagal");
  const l = awal.model.lembar("IKU");
  const judul = l.nilai(l.alamat(l.terpakai(true)!));
  const baris = judul.findIndex((b) => b.includes("Target 2025"));
  const kolom = (teks: string) => judul[baris].indexOf(teks);
  const akhir = judul.findIndex((b, i) => i > baris && b[kolom("Kode")] === "") - 1;
  const huruf = (k: number) => l.alamat({ b0: 0, b1: 0, k0: k, k1: k }).replace(/\d+/, "");
  const rentang = (k: number) => `${huruf(k)}${baris + 2}:${huruf(k)}${akhir + 1}`;
  // A realisation typed as text, as pasted from a report.
  l.tulis(uraiAlamat(`${huruf(kolom("Realisasi 2025"))}${baris + 2}`), [["'85"]], false);
  const buku: Buku = awal.model;
  return {
    nama: "buku IKU bawaan",
    buat: () => buatExcel({ buku: buku.salin() }),
    lembar: "IKU",
    tabel: `A${baris + 1}:${huruf(judul[baris].length - 1)}${akhir + 1}`,
    target: rentang(kolom("Target 2025")),
    realisasi: rentang(kolom("Realisasi 2025")),
  };
}

export const bukuMatriks = async (): Promise<BukuMatriks[]> => [bukuPerencana(), await bukuBawaan()];

/** "G4:G9" → "G4:G6": the first three rows of a one-column range. */
const tigaBarisPertama = (alamat: string): string =>
  alamat.replace(/^([A-Z]+)(\d+):([A-Z]+)\d+$/, (_, k, b, l) => `${k}${b}:${l}${Number(b) + 2}`);

/** Selects the table on its sheet, as the planner's click does. */
function pilihTabel(excel: ExcelEmulator, b: BukuMatriks): void {
  const l = excel.model.lembar(b.lembar);
  excel.model.aktif = l;
  excel.model.pilihan = { lembar: l, kotak: uraiAlamat(b.tabel) };
}

const pesan = (e: unknown, aksi: AksiOffice): Hasil => ({ ok: false, pesan: pesanGalatOffice(e, aksi) });

async function tandaiDulu(excel: ExcelEmulator, b: BukuMatriks) {
  pilihTabel(excel, b);
  const t = await tandaiCapaian();
  if (!t.ok) throw new Error(`persiapan Tandai gagal: ${t.alasan.id}`);
  return t;
}

export interface AksiMatriks {
  nama: string;
  /** The words that say what did not change, in Indonesian and in English. */
  tetap: [RegExp, RegExp];
  /** Prepares the workbook without quirks; returns the action to run under them. */
  siapkan(excel: ExcelEmulator, b: BukuMatriks): Promise<() => Promise<Hasil>>;
}

export const AKSI_MATRIKS: AksiMatriks[] = [
  {
    nama: "Sisipkan IKU",
    tetap: [/tidak diubah|dihapus kembali|secara manual/, /not changed|removed again|by hand/],
    siapkan: async () => async () => {
      const h = await Excel.run((ctx) =>
        sisipkanRencana(ctx, (nama) => buatRencana(KATALOG_KECIL, nama, { tahunAktif: 2025 })),
      );
      return h.ok ? { ok: true } : { ok: false, pesan: h.pesan };
    },
  },
  {
    nama: "Tandai pada pilihan",
    tetap: [/tidak diubah|Tidak ada yang diubah/, /not changed|Nothing was changed/],
    siapkan: async (excel, b) => {
      pilihTabel(excel, b);
      return async () => {
        const h = await tandaiCapaian();
        return h.ok ? { ok: true } : { ok: false, pesan: h.alasan };
      };
    },
  },
  {
    nama: "Tandai manual",
    tetap: [/tidak diubah|Tidak ada yang diubah/, /not changed|Nothing was changed/],
    siapkan: async (_, b) => async () => {
      const h = await tandaiManual(
        { lembar: b.lembar, alamat: b.target },
        { lembar: b.lembar, alamat: b.realisasi },
      );
      return h.ok ? { ok: true } : { ok: false, pesan: h.alasan };
    },
  },
  {
    nama: "Hapus Tanda",
    tetap: [/Isi sel tidak diubah|Tidak ada tanda/, /No cell contents were changed|No flag/],
    siapkan: async (excel, b) => {
      await tandaiDulu(excel, b);
      // A manual flag over the first rows too: two flags of ours sharing cells.
      const [t, r] = [b.target, b.realisasi].map(tigaBarisPertama);
      const m = await tandaiManual({ lembar: b.lembar, alamat: t }, { lembar: b.lembar, alamat: r });
      if (!m.ok) throw new Error(`persiapan manual gagal: ${m.alasan.id}`);
      return async () => {
        const h = await hapusTanda();
        return h.ok ? { ok: true } : { ok: false, pesan: h.alasan };
      };
    },
  },
  {
    nama: "Ubah jadi angka",
    tetap: [/tetap berisi teks/, /still hold text/],
    siapkan: async (excel, b) => {
      const t = await tandaiDulu(excel, b);
      if (t.teks.length === 0) throw new Error("persiapan: tidak ada angka bertipe teks");
      return () =>
        ubahJadiAngka(t.lembar, t.teks).then(
          (): Hasil => ({ ok: true }),
          (e) => pesan(e, "ubahAngka"),
        );
    },
  },
  {
    nama: "Lompat ke sel meleset",
    tetap: [/Tidak ada yang diubah/, /Nothing was changed/],
    siapkan: async (excel, b) => {
      const t = await tandaiDulu(excel, b);
      excel.model.aktif = excel.model.daftar.find((l) => l.nama !== b.lembar)!;
      const sel = t.butir[0].alamat;
      return () =>
        pilihSel(t.lembar, sel).then(
          (): Hasil => ({ ok: true }),
          (e) => pesan(e, "pilihSel"),
        );
    },
  },
];

/**
 * What an action may change, comparable across runs: sheet names, cells, rules (without their
 * ids), names, selection. Rules are sorted: their order among equals is Excel's business.
 */
export function keadaan(excel: ExcelEmulator): string {
  const m = excel.model;
  return JSON.stringify({
    lembar: m.daftar.map((l) => ({
      nama: l.nama,
      sel: [...l.sel].map(([b, r]) => [b, [...r]]),
      aturan: l.bersyarat
        .map((a) => JSON.stringify([a.jenis, a.kotak, a.rumus, a.format, a.stopIfTrue]))
        .sort(),
    })),
    nama: [...m.nama.values()].map((n) => [n.eja, n.rujukan, n.terlihat ?? true]).sort(),
    pilihan: m.pilihan && [m.pilihan.lembar.nama, m.pilihan.lembar.alamat(m.pilihan.kotak)],
  });
}

/** Every rule that is not a flag of Tandai (the planner's, the inserted sheets'), by sheet. */
export function aturanLain(excel: ExcelEmulator): string[] {
  return excel.model.daftar.flatMap((l) =>
    l.bersyarat
      .filter((a) => penandaDari(a.rumus) === undefined)
      .map((a) => `${l.nama} ${JSON.stringify([a.jenis, a.kotak, a.rumus])}`),
  );
}
