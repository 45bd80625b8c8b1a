/**
 * `npm run laporan`: a saved IKU workbook in, a Bab III Word draft out. The steps are here, the
 * file system is passed in, so tests run them without touching disk.
 */
import { GalatBatas } from "../xlsx/batas";
import { tahunArgumen } from "../xlsx/berkas-bebas";
import { BukuUtuh } from "../xlsx/lembar-utuh";
import { GalatZip } from "../xlsx/zip-baca";
import { dataDariBuku } from "./baca-buku";
import { lengkapiStandar } from "./baca-standar";
import { bacaTabel39 } from "./baca-pendukung";
import { TEKS } from "./docx/teks-draf";
import { bytesBab3 } from "./tulis-docx";

export interface ArgumenLaporan {
  buku: string[];
  tahun?: string;
  keluar?: string;
}

export interface Sistem {
  /** The workbook's sheets, read through the one workbook reader (bacaBukuUtuh). */
  baca: (berkas: string) => Promise<BukuUtuh>;
  /** Writes a new file, never over one that exists, and returns the path written. */
  tulis: (berkas: string, isi: Buffer) => string;
}

export interface HasilLaporan {
  /** 0 written, 1 refused input, 2 wrong arguments. */
  kode: 0 | 1 | 2;
  pesan: string[];
  berkas?: string;
}

export async function jalankanLaporan(arg: ArgumenLaporan, sistem: Sistem): Promise<HasilLaporan> {
  if (arg.buku.length !== 1) return { kode: 2, pesan: ["Sebutkan tepat satu buku kerja .xlsx."] };
  if (!arg.keluar) return { kode: 2, pesan: ["--out wajib diisi: nama berkas .docx yang akan ditulis."] };
  if (!/\.docx$/i.test(arg.keluar))
    return { kode: 2, pesan: [`--out ${arg.keluar}: nama berkas harus berakhiran .docx.`] };
  if (arg.tahun !== undefined && tahunArgumen(arg.tahun) === undefined) {
    return { kode: 2, pesan: [`--tahun ${arg.tahun} bukan tahun empat angka, misalnya 2025.`] };
  }
  const [berkas] = arg.buku;
  let wb: BukuUtuh;
  try {
    wb = await sistem.baca(berkas);
  } catch (e) {
    // What exactly, when the reader knows (a cell past the grid, a damaged part), in its own words.
    const rincian = e instanceof GalatBatas || e instanceof GalatZip ? e.rincian : undefined;
    return {
      kode: 1,
      pesan: [
        `${berkas} tidak dapat dibaca sebagai buku kerja Excel (.xlsx)${rincian ? `: ${rincian}` : ""}. ` +
          "Buka di Excel, simpan sebagai Buku Kerja Excel (.xlsx), lalu coba lagi. Tidak ada berkas yang ditulis.",
      ],
    };
  }
  const hasil = dataDariBuku(wb);
  if (!hasil.ok)
    return {
      kode: 1,
      pesan: [
        `${berkas} belum dapat dijadikan laporan; perbaiki:`,
        ...hasil.pesan.map((p) => `  - ${p}`),
        "Tidak ada berkas yang ditulis.",
      ],
    };
  lengkapiStandar(wb, hasil.data);
  const tahun = arg.tahun === undefined ? tahunTerakhirTerisi(hasil) : Number(arg.tahun);
  if (!hasil.tahun.includes(tahun)) {
    return {
      kode: 1,
      pesan: [
        `Tahun ${tahun} tidak ada di buku kerja; pilih salah satu: ${hasil.tahun.join(", ")}. Tidak ada berkas yang ditulis.`,
      ],
    };
  }
  const tabel39 = bacaTabel39(wb, tahun);
  const hilang = [...hasil.hilang];
  if ("hilang" in tabel39 && !hilang.includes(tabel39.hilang)) hilang.push(tabel39.hilang);
  const tujuan = sistem.tulis(arg.keluar, await bytesBab3(hasil.data, tahun, { hilang, tabel39 }));
  const catatan = tujuan === arg.keluar ? "" : ` (${arg.keluar} sudah ada dan tidak ditimpa)`;
  return {
    kode: 0,
    // One line per part an older or trimmed workbook lacked, so the planner knows what is not in the draft.
    pesan: [`Draf Bab III tahun ${tahun} ditulis: ${tujuan}${catatan}`, ...hilang.map((h) => TEKS.hilang[h])],
    berkas: tujuan,
  };
}

/** Without --tahun: the latest year with any realisation typed, else the first year. */
function tahunTerakhirTerisi(hasil: {
  data: { indikator: { realisasi: Record<number, number | null> }[] };
  tahun: number[];
}): number {
  const terisi = hasil.tahun.filter((t) =>
    hasil.data.indikator.some((i) => i.realisasi[t] !== null && i.realisasi[t] !== undefined),
  );
  return terisi.length > 0 ? terisi[terisi.length - 1] : hasil.tahun[0];
}
