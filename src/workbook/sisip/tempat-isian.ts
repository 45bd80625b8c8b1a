/**
 * Where a planner types after an insertion, read from the plan itself: the input-coloured cells of
 * each sheet and the header texts above their columns. Pure; the pane lists them after an
 * insertion and selects the part to fill first.
 */
import { kotak, kotakDariAlamat } from "../alamat";
import { NamaLembar, RencanaBuku, Sel } from "../rencana";
import { WARNA } from "./gaya-dokumen";
import { TahunSisip } from "./rencana-iku";

/** One sheet's input columns and the block of them to fill first. */
export interface TempatIsian {
  /** The sheet's role (its key in NamaLembar), whatever free name it got. */
  kunci: string;
  lembar: string;
  /** Header texts of the input columns, in sheet order, each once; of another year's columns none. */
  kolom: string[];
  /** The input cells to select first: the columns of the sheet's own year when it has any. */
  pilih: string;
}

/** Which of the two years a sheet's input is typed for first; others take the first input block. */
const TAHUN_LEMBAR: Record<string, keyof TahunSisip> = {
  iku: "laporan",
  anggaran: "laporan",
  evaluasiRenja: "laporan",
  triwulan: "rencana",
  rencanaAksi: "rencana",
};

/** How far above an input block its header may stand (a two-row header with a group title). */
const TINGGI_KEPALA = 3;

const teksSel = (v: Sel | undefined): string => (typeof v === "string" ? v.replace(/\s+/g, " ").trim() : "");

/** Every text cell of a sheet's blocks, by "column,row" (1-based). */
function teksLembar(blok: RencanaBuku["lembar"][number]["blok"]): Map<string, string> {
  const peta = new Map<string, string>();
  for (const b of blok) {
    const [p] = kotakDariAlamat(b.alamat);
    b.nilai.forEach((baris, i) =>
      baris.forEach((v, j) => {
        const t = teksSel(v);
        if (t) peta.set(`${p.kolom + j},${p.baris + i}`, t);
      }),
    );
  }
  return peta;
}

/**
 * A column's header above row `r`: the nearest text within TINGGI_KEPALA rows, with the group
 * title left of the row above it when that names a year ("TW I" under "Tahun 2026").
 */
function kepalaKolom(teks: Map<string, string>, kolom: number, r: number): string {
  for (let b = r - 1; b >= Math.max(1, r - TINGGI_KEPALA); b--) {
    const t = teks.get(`${kolom},${b}`);
    if (!t) continue;
    if (/\b\d{4}\b/.test(t) || b - 1 < r - TINGGI_KEPALA) return t;
    for (let k = kolom; k >= 1; k--) {
      const grup = teks.get(`${k},${b - 1}`);
      if (grup) return /^\D*\d{4}$/.test(grup) ? `${t} (${grup})` : t;
    }
    return t;
  }
  return "";
}

/** Whether a header names a year other than `y` (shown only for the sheet's own year). */
const lainTahun = (kepala: string, y: string | undefined): boolean =>
  y !== undefined && /\b\d{4}\b/.test(kepala) && !kepala.includes(y);

/**
 * The input places of each sheet of the plan, in plan order; `nama` gives each sheet its role.
 *
 * @example tempatIsian(buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 }), NAMA_DASAR,
 *   { laporan: 2025, rencana: 2026 })[0]
 * //=> { kunci: "iku", lembar: "IKU", kolom: ["Kondisi Awal", "Realisasi 2025"], pilih: "M6:M15" }
 */
export function tempatIsian(rencana: RencanaBuku, nama: NamaLembar, tahun: TahunSisip): TempatIsian[] {
  const kunciDari = new Map(Object.entries(nama).map(([k, v]) => [v, k]));
  const hasil: TempatIsian[] = [];
  for (const l of rencana.lembar) {
    const kunci = kunciDari.get(l.nama);
    const masukan = l.format
      .filter((f) => f.gaya.warnaIsi === WARNA.masukan)
      .flatMap((f) => kotakDariAlamat(f.alamat));
    if (!kunci || masukan.length === 0) continue;
    const teks = teksLembar(l.blok);
    // One input column at a time, so a block over three years splits by year.
    const kolom = masukan.flatMap((m) =>
      Array.from({ length: m.lebar }, (_, j) => ({
        kotak: { ...m, kolom: m.kolom + j, lebar: 1 },
        kepala: kepalaKolom(teks, m.kolom + j, m.baris),
      })),
    );
    const y = TAHUN_LEMBAR[kunci] ? String(tahun[TAHUN_LEMBAR[kunci]]) : undefined;
    const milikTahun = y === undefined ? [] : kolom.filter((c) => c.kepala.includes(y));
    const dipilih = milikTahun.length > 0 ? milikTahun : [kolom[0]];
    const [a] = dipilih;
    // The first run of adjacent columns: one rectangle to select.
    let lebar = 1;
    while (
      dipilih[lebar]?.kotak.kolom === a.kotak.kolom + lebar &&
      dipilih[lebar].kotak.baris === a.kotak.baris
    )
      lebar++;
    hasil.push({
      kunci,
      lembar: l.nama,
      kolom: [...new Set(kolom.map((c) => c.kepala).filter((t) => t !== "" && !lainTahun(t, y)))],
      pilih: kotak(a.kotak.kolom, a.kotak.baris, lebar, a.kotak.tinggi),
    });
  }
  return hasil;
}
