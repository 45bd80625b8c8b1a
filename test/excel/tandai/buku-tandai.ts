/** Workbooks for the tandai tests, on the emulator: planners' tables as Excel would hold them. */
import { kisiBesar } from "./tabel-emulator";
import { alirkanBaris, bacaBuku } from "../../../src/xlsx/buku-kerja";
import { bukaXlsx } from "../../../src/periksa/jenis-berkas";
import { uraiAlamat } from "../../emulator/alamat";
import { buatExcel, ExcelEmulator } from "../../emulator/muat-klien";

/** A grid whose strings stay text as typed (a leading apostrophe), placed at (baris0, kolom0). */
export function kisiTeks(kisi: ReadonlyArray<ReadonlyArray<unknown>>, baris0 = 0, kolom0 = 0): unknown[][] {
  const sel = (v: unknown) => (v === "" || v === undefined ? null : typeof v === "string" ? `'${v}` : v);
  return [
    ...Array.from({ length: baris0 }, () => []),
    ...kisi.map((b) => [...new Array(kolom0).fill(null), ...b.map(sel)]),
  ];
}

/** Writes a grid of text-kept cells at an address of a sheet, as a planner types it. */
export function ketik(excel: ExcelEmulator, lembar: string, alamat: string, kisi: unknown[][]): void {
  excel.model.lembar(lembar).tulis(uraiAlamat(alamat), kisiTeks(kisi), false);
}

/** Selects a range of a sheet (and activates the sheet), as the planner's click does. */
export function pilih(excel: ExcelEmulator, lembar: string, alamat: string): void {
  const l = excel.model.lembar(lembar);
  excel.model.aktif = l;
  excel.model.pilihan = { lembar: l, kotak: uraiAlamat(alamat) };
}

/** Each conditional format of a sheet: its address, type and formula. */
export function aturan(
  excel: ExcelEmulator,
  lembar: string,
): Array<{ alamat: string; jenis: string; rumus?: string }> {
  const l = excel.model.lembar(lembar);
  return l.bersyarat.map((a) => ({
    alamat: a.kotak.map((k) => l.alamat(k)).join(","),
    jenis: a.jenis,
    rumus: a.rumus,
  }));
}

/** A planner's table of `n` indicators (see kisiBesar), selected on the emulator. */
export function excelBesar(n: number): { excel: ExcelEmulator; alamat: string } {
  const alamat = `A1:L${n + 3}`;
  return {
    excel: buatExcel({ lembar: { Kinerja: kisiTeks(kisiBesar(n)) }, pilihan: `Kinerja!${alamat}` }),
    alamat,
  };
}

/** Every sheet of a saved workbook as the emulator's grids: the cached values, strings kept as text. */
export async function lembarTersimpan(berkas: string): Promise<Record<string, unknown[][]>> {
  const zip = await bukaXlsx(berkas);
  try {
    const buku = await bacaBuku(zip);
    const hasil: Record<string, unknown[][]> = {};
    for (const l of buku.lembar) {
      const kisi: unknown[][] = [];
      await alirkanBaris(buku, l, (nomor, sel) => (kisi[nomor - 1] = [...sel]));
      hasil[l.nama] = kisiTeks(Array.from(kisi, (b) => b ?? []));
    }
    return hasil;
  } finally {
    await zip.tutup();
  }
}
