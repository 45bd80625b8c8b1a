/**
 * The one detect → judge → flag sequence, fed rows in order: it finds a header in a window of
 * rows, judges every indicator row below it, stops the table where another one starts, leaves
 * out summary rows, and recognises our own report tables. The pane (over what it read of a
 * selection), manual ranges (with the pairs given) and `periksa` (over a streamed sheet, any
 * number of tables) all run it; only the window of rows is kept, so any sheet size fits.
 */
import type { Teks } from "../../bahasa";
import { LetakSel } from "../alamat";
import { FormatBersyarat } from "../rencana";
import { akhirTabel, barisBerisi, barisNomorKolom, barisRingkasan, kolomPasangan } from "./batas-tabel";
import { cariBarisData, kolomTeksTerlebar } from "./baris-data";
import { cariJudul, JENDELA_JUDUL } from "./baris-judul";
import { judulSendiri, kepalaSendiri } from "./tabel-sendiri";
import { rencanaTanda } from "./tanda";
import { ButirTinjauan, nilaiBaris, RingkasanPeriode, ringkasPeriode, SelTeks, Tinjauan } from "./tinjau";
import { HasilDeteksi, Kerangka, Kisi, NilaiSel } from "./tipe";

/** Rows read before a header is decided: its search window and a sample of data rows for the label. */
export const BARIS_CONTOH = JENDELA_JUDUL + 15;

/** A table judged: its header, and the rows its indicators span (0-based in the fed rows). */
export interface TabelDinilai extends Kerangka {
  pertama: number;
  terakhir: number;
  /** Something below closed it (another table, our own title, a summary block): flags stop at its last indicator. */
  berakhir: boolean;
  ringkasan: RingkasanPeriode[];
}

/** A table recognised and left alone, with the reason. */
export interface TabelDilewati {
  baris: number;
  judul: string;
  alasan: Teks;
}

export interface HasilAlur {
  tabel: TabelDinilai[];
  dilewati: TabelDilewati[];
  /** Why nothing was judged; undefined when the rows held nothing at all. */
  alasan?: Teks;
}

export interface OpsiAlur {
  /** The header when it is known (manual ranges, the pane after its sample): no search. */
  kerangka?: Kerangka;
  /** Stop after the first table: the pane reads the columns of one table only. */
  satuTabel?: boolean;
  /** Judge every row as given: manual ranges have no header or label to end them by. */
  tanpaBatas?: boolean;
  /**
   * The first indicator row, when a sample of whole rows found it (the pane reads only some
   * columns below its sample, too few to tell a "(1) (2) (3)" row): nothing above it is judged.
   */
  mulaiData?: number;
  butir?: (b: ButirTinjauan) => void;
  teks?: (s: SelTeks) => void;
}

interface Aktif {
  kerangka: Kerangka;
  kolom: number[];
  pertama: number;
  terakhir: number;
  ringkasanAkhir: number;
  hitung: { tercapai: number; dinilai: number }[];
}

const kosong = (baris: readonly NilaiSel[]): boolean =>
  baris.every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""));

const TANPA_DATA: Teks = {
  id: "Judul Target dan Realisasi ditemukan, tetapi tidak ada baris berisi angka di bawahnya.",
  en: "Target and Realisasi headers were found, but no row below them holds a number.",
};

/** The refusal that only says no header was seen: not worth a line for a later part of a sheet. */
const tanpaJudul = (a: Teks): boolean => a.id.startsWith("Tidak ditemukan judul kolom");

export class AlurTandai {
  private jendela: { r: number; baris: readonly NilaiSel[] }[] = [];
  private aktif?: Aktif;
  private calon?: { r: number } & NonNullable<ReturnType<typeof judulSendiri>>;
  /** Inside one of our tables that is not judged, until the next title. */
  private lewati = false;
  /** A window was refused: only one of our titles starts a search again. */
  private tunggu = false;
  private berhenti = false;
  /** Closing what stood above one of our titles. */
  private pembuka = false;
  private alasan?: Teks;
  private readonly tabel: TabelDinilai[] = [];
  private readonly dilewati: TabelDilewati[] = [];

  constructor(private readonly opsi: OpsiAlur = {}) {
    if (opsi.kerangka) this.mulai(opsi.kerangka);
  }

  /** Row `r` (0-based, increasing, gaps allowed) of the sheet or selection. */
  tambah(r: number, baris: readonly NilaiSel[]): void {
    if (this.berhenti) return;
    const judul = this.opsi.tanpaBatas ? undefined : judulSendiri(baris);
    if (judul) {
      // What stood above our title without a header (the sheet's own titles) is no table refused.
      this.pembuka = true;
      this.tutup(true);
      this.pembuka = false;
      if (this.berhenti) return;
      this.calon = { r, ...judul };
      this.lewati = this.tunggu = false;
      return;
    }
    if (this.calon) {
      if (kosong(baris)) return;
      const { r: rJudul, judul: teks, calon } = this.calon;
      this.calon = undefined;
      const putusan = kepalaSendiri(calon, baris);
      if (putusan !== undefined && putusan !== "dinilai") {
        this.dilewati.push({ baris: rJudul, judul: teks, alasan: putusan });
        this.lewati = true;
        this.berhenti = this.opsi.satuTabel === true;
        return;
      }
    }
    if (!this.lewati && !this.tunggu) this.lanjut(r, baris);
  }

  /** Closes what is open and tells what was found. */
  selesai(): HasilAlur {
    this.tutup(false);
    const alasan = this.tabel.length > 0 ? undefined : (this.dilewati[0]?.alasan ?? this.alasan);
    return { tabel: this.tabel, dilewati: this.dilewati, alasan };
  }

  private lanjut(r: number, baris: readonly NilaiSel[]): void {
    if (this.berhenti || this.tunggu) return;
    if (this.aktif) this.barisTabel(r, baris);
    else this.cari(r, baris);
  }

  private cari(r: number, baris: readonly NilaiSel[]): void {
    if (this.jendela.length === 0 && kosong(baris)) return;
    if (this.jendela.length > 0 && r >= this.jendela[0].r + BARIS_CONTOH) {
      this.putuskan();
      this.lanjut(r, baris);
      return;
    }
    this.jendela.push({ r, baris });
  }

  /** The window's header (or the reason there is none), then its rows below the header. */
  private putuskan(): void {
    const baris = this.jendela;
    this.jendela = [];
    const r0 = baris[0].r;
    const kisi: (readonly NilaiSel[])[] = Array.from(
      { length: baris[baris.length - 1].r - r0 + 1 },
      () => [],
    );
    for (const b of baris) kisi[b.r - r0] = b.baris;
    const judul = cariJudul(kisi);
    if (!judul.ok) {
      this.tolak(judul.alasan, r0);
      return;
    }
    const k = judul.tabel;
    const kolomLabel = k.kolomLabel ?? kolomTeksTerlebar(kisi, k, cariBarisData(kisi, k));
    this.mulai({ ...k, barisJudul: k.barisJudul + r0, kolomLabel });
    for (const b of baris) if (b.r > k.barisJudul + r0) this.lanjut(b.r, b.baris);
  }

  private tolak(alasan: Teks, r: number): void {
    if (this.pembuka && tanpaJudul(alasan)) return;
    if (this.tabel.length === 0 && this.dilewati.length === 0) this.alasan ??= alasan;
    else if (!tanpaJudul(alasan)) this.dilewati.push({ baris: r, judul: `Baris ${r + 1}`, alasan });
    this.tunggu = true;
    this.berhenti = this.opsi.satuTabel === true;
  }

  private mulai(kerangka: Kerangka): void {
    this.aktif = {
      kerangka,
      kolom: kolomPasangan(kerangka),
      pertama: -1,
      terakhir: -1,
      ringkasanAkhir: -1,
      hitung: kerangka.pasangan.map(() => ({ tercapai: 0, dinilai: 0 })),
    };
  }

  private barisTabel(r: number, baris: readonly NilaiSel[]): void {
    const a = this.aktif!;
    const batas = !this.opsi.tanpaBatas;
    if (batas && akhirTabel(baris, a.kerangka)) {
      this.selesaikan(true);
      if (this.opsi.satuTabel) this.berhenti = true;
      else this.cari(r, baris);
      return;
    }
    if (!barisBerisi(baris, a.kolom)) return;
    if (this.opsi.mulaiData !== undefined ? r < this.opsi.mulaiData : a.pertama < 0 && barisNomorKolom(baris))
      return;
    if (batas && barisRingkasan(baris, a.kerangka)) {
      a.ringkasanAkhir = r;
      return;
    }
    if (a.pertama < 0) a.pertama = r;
    a.terakhir = r;
    const { butir, teks } = nilaiBaris(baris, r, a.kerangka);
    butir.forEach((b, i) => {
      if (b.status === "Tercapai") a.hitung[i].tercapai++;
      if (b.status === "Tercapai" || b.status === "Tidak Tercapai") a.hitung[i].dinilai++;
      this.opsi.butir?.(b);
    });
    for (const s of teks) this.opsi.teks?.(s);
  }

  private selesaikan(berakhir: boolean): void {
    const a = this.aktif!;
    this.aktif = undefined;
    if (a.pertama < 0) {
      if (this.tabel.length === 0) this.alasan ??= TANPA_DATA;
      return;
    }
    this.tabel.push({
      ...a.kerangka,
      pertama: a.pertama,
      terakhir: a.terakhir,
      berakhir: berakhir || a.ringkasanAkhir > a.terakhir,
      ringkasan: a.kerangka.pasangan.map((p, i) => ({ periode: p.periode, ...a.hitung[i] })),
    });
  }

  /** Decides an open window and closes an open table; deciding may open a table or a window again. */
  private tutup(olehJudul: boolean): void {
    while (!this.berhenti && (this.jendela.length > 0 || this.aktif)) {
      if (this.jendela.length > 0) this.putuskan();
      else this.selesaikan(olehJudul);
    }
    this.jendela = [];
    if (this.aktif) this.selesaikan(olehJudul);
  }
}

/**
 * The flag rules of a judged table over its indicator rows. `akhir` (a row of the same grid)
 * extends them down to the end of a selection when nothing below closed the table.
 */
export function rencanaAlur(t: TabelDinilai, asal: LetakSel, akhir = t.terakhir): FormatBersyarat[] {
  return rencanaTanda(t, asal, t.pertama, t.berakhir ? t.terakhir : Math.max(akhir, t.terakhir));
}

const TANPA_TABEL: Teks = {
  id: "Tidak ditemukan tabel Target dan Realisasi pada pilihan. Pilih seluruh tabel beserta baris judulnya, atau tunjuk rentang target dan realisasi secara manual.",
  en: "No Target and Realisasi table in the selection. Select the whole table with its header, or point at the target and actual ranges yourself.",
};

/**
 * The first table in the top rows of a selection: its header, its label column and how far it
 * reaches within those rows (the pane reads the rest of its columns after this).
 */
export function tabelPertama(kisi: Kisi): HasilDeteksi<TabelDinilai> {
  const alur = new AlurTandai({ satuTabel: true });
  kisi.forEach((b, r) => alur.tambah(r, b ?? []));
  const h = alur.selesai();
  return h.tabel.length > 0
    ? { ok: true, tabel: h.tabel[0] }
    : { ok: false, alasan: h.alasan ?? TANPA_TABEL };
}

/**
 * The rows of one table with its header known, judged: the review the pane lists and the table
 * as far as its indicators reach (undefined when no row holds one). A table from `tabelPertama`
 * keeps the first indicator row its whole rows showed. `tanpaBatas` judges every row as given
 * (manual ranges).
 */
export function tinjauTabel(
  kisi: Kisi,
  kerangka: Kerangka & { pertama?: number },
  tanpaBatas = false,
): { tinjauan: Tinjauan; tabel?: TabelDinilai } {
  const butir: ButirTinjauan[] = [];
  const teks: SelTeks[] = [];
  const { barisJudul, pasangan, kolomLabel, kolomPolaritas } = kerangka;
  const alur = new AlurTandai({
    kerangka: { barisJudul, pasangan, kolomLabel, kolomPolaritas },
    satuTabel: true,
    tanpaBatas,
    mulaiData: kerangka.pertama,
    butir: (b) => butir.push(b),
    teks: (s) => teks.push(s),
  });
  for (let r = barisJudul + 1; r < kisi.length; r++) alur.tambah(r, kisi[r] ?? []);
  const tabel = alur.selesai().tabel[0];
  return {
    tinjauan: { butir, teks, ringkasan: tabel?.ringkasan ?? ringkasPeriode(pasangan, butir) },
    tabel,
  };
}
