/**
 * One worksheet read as a stream, the way the add-in reads a selection: the header is searched
 * in the first JENDELA_JUDUL rows from the first non-empty one, then every row below is judged as
 * it comes. Only the window and a few counters are kept, so any sheet size fits in memory.
 */
import { bacaAngka } from "../domain/baca-angka";
import { adalahGalat } from "../domain/galat";
import { hurufKolom, LetakSel, sel } from "../workbook/alamat";
import {
  JENDELA_JUDUL,
  Kerangka,
  NilaiSel,
  TabelTerdeteksi,
  cariBarisData,
  cariJudul,
  lengkapiTabel,
  tinjau,
} from "../workbook/tandai";
import { NilaiXml, PembacaBaris, rentangGabung } from "../xlsx/lembar-xml";
import { BarisRingkasan } from "./ringkasan";

export type Gabung = ReturnType<typeof rentangGabung>;

/** A sheet's rows as a source: called once per pass with a row callback. */
export type SumberBaris = (baris: (nomor: number, sel: NilaiXml[]) => void) => Promise<void>;

/** Streams a worksheet part's rows through the row reader. */
export async function alirkanBaris(
  potongan: AsyncIterable<string>,
  teksBersama: readonly string[],
  baris: (nomor: number, sel: NilaiXml[]) => void,
): Promise<void> {
  const p = new PembacaBaris(teksBersama, baris);
  for await (const s of potongan) {
    if (!p.selesai) p.pemindai.isi(s);
  }
}

/** Blanks merged cells other than the top-left one, row by row (merges sorted by first row). */
function penggabung(gabung: Gabung): (nomor: number, sel: NilaiXml[]) => NilaiXml[] {
  const urut = [...gabung].sort((a, b) => a.r1 - b.r1);
  let i = 0;
  let aktif: Gabung = [];
  return (nomor, s) => {
    if (urut.length === 0) return s;
    while (i < urut.length && urut[i].r1 <= nomor) aktif.push(urut[i++]);
    aktif = aktif.filter((g) => g.r2 >= nomor);
    for (const g of aktif)
      for (let c = g.c1; c <= g.c2 && c <= s.length; c++) if (!(nomor === g.r1 && c === g.c1)) s[c - 1] = "";
    return s;
  };
}

/** Rows of the grid (0-based from the first non-empty row) with merges applied. */
async function jelajahi(sumber: SumberBaris, gabung: Gabung, f: (r: number, baris: NilaiSel[]) => void) {
  const gabungkan = penggabung(gabung);
  let awal = 0;
  await sumber((nomor, s) => {
    const baris = gabungkan(nomor, s);
    if (awal === 0) {
      if (baris.every((v) => v === "")) return;
      awal = nomor;
    }
    f(nomor - awal, baris);
  });
  return awal;
}

const kolomPasangan = (k: Kerangka) => [
  ...new Set(k.pasangan.flatMap((p) => [p.kolomTarget, p.kolomRealisasi])),
];

/**
 * Is this row below the header a data row? The detection's own rule (a number in a target or
 * realisation column; the "(1) (2) (3)" row first skipped), plus rows holding TRUE/FALSE there,
 * so the summary lists them instead of dropping them.
 */
function ujiBarisData(k: Kerangka): (baris: NilaiSel[], adaSebelum: boolean) => boolean {
  const kolom = kolomPasangan(k);
  const tanpaJudul = { ...k, barisJudul: -1 };
  const palsu: NilaiSel[] = [];
  palsu[k.pasangan[0].kolomTarget] = 1;
  return (baris, adaSebelum) => {
    if (kolom.some((c) => typeof baris[c] === "boolean")) return true;
    // A stand-in data row above keeps the "(1) (2) (3)" rule to the first row only.
    return adaSebelum
      ? cariBarisData([palsu, baris], tanpaJudul).length === 2
      : cariBarisData([baris], tanpaJudul).length === 1;
  };
}

export type Analisis = { ok: false; alasan: string } | { ok: true; tabel: TabelTerdeteksi; asal: LetakSel };

/**
 * First pass: finds the header and the data rows. The table's `barisData` holds only the first
 * and last data row (enough for the flag plan); the second pass finds the rest again.
 */
export async function analisisLembar(sumber: SumberBaris, gabung: Gabung): Promise<Analisis> {
  const jendela: NilaiSel[][] = [];
  let kerangka: Kerangka | undefined;
  let alasan: string | undefined;
  let uji: ReturnType<typeof ujiBarisData> | undefined;
  let pertama = -1;
  let terakhir = -1;
  let jumlah = 0;
  let panjangKisi = 0;
  const panjangTeks = new Map<number, number>();
  let dipakai = new Set<number>();

  const data = (r: number, baris: NilaiSel[]) => {
    if (!kerangka || !uji || r <= kerangka.barisJudul || !uji(baris, jumlah > 0)) return;
    if (pertama < 0) pertama = r;
    terakhir = r;
    jumlah++;
    // As kolomTeksTerlebar: the total text length per column outside the pairs and polarity.
    if (kerangka.kolomLabel === undefined)
      baris.forEach((v, c) => {
        if (dipakai.has(c) || typeof v !== "string" || typeof bacaAngka(v) === "number") return;
        panjangTeks.set(c, (panjangTeks.get(c) ?? 0) + v.trim().length);
      });
  };
  const tetapkan = () => {
    if (kerangka || alasan) return;
    const kisi: NilaiSel[][] = Array.from(
      { length: Math.min(panjangKisi, JENDELA_JUDUL) },
      (_, r) => jendela[r] ?? [],
    );
    const judul = cariJudul(kisi);
    if (!judul.ok) {
      alasan = judul.alasan.id;
      return;
    }
    kerangka = judul.tabel;
    uji = ujiBarisData(kerangka);
    dipakai = new Set(kolomPasangan(kerangka));
    if (kerangka.kolomPolaritas !== undefined) dipakai.add(kerangka.kolomPolaritas);
    kisi.forEach((b, r) => data(r, b));
  };

  const awal = await jelajahi(sumber, gabung, (r, baris) => {
    panjangKisi = r + 1;
    if (r < JENDELA_JUDUL) jendela[r] = baris;
    else {
      tetapkan();
      data(r, baris);
    }
  });
  if (awal === 0) return { ok: false, alasan: "Lembar kosong." };
  tetapkan();
  if (!kerangka) return { ok: false, alasan: alasan ?? "Lembar kosong." };
  if (jumlah === 0) {
    const tanpaData = lengkapiTabel([], kerangka);
    return { ok: false, alasan: tanpaData.ok ? "Lembar kosong." : tanpaData.alasan.id };
  }
  let kolomLabel = kerangka.kolomLabel;
  if (kolomLabel === undefined) {
    let terbaik: number | undefined;
    for (const [c, p] of panjangTeks)
      if (p >= 3 * jumlah && (terbaik === undefined || p > panjangTeks.get(terbaik)!)) terbaik = c;
    kolomLabel = terbaik;
  }
  return {
    ok: true,
    tabel: { ...kerangka, kolomLabel, barisData: [pertama, terakhir] },
    asal: { kolom: 1, baris: awal },
  };
}

const NAMA_PERAN = { target: "target", realisasi: "realisasi" } as const;

/** Second pass: every data row judged with the domain rules, one summary row per pair. */
export async function nilaiLembar(
  sumber: SumberBaris,
  gabung: Gabung,
  analisis: Extract<Analisis, { ok: true }>,
  berkas: string,
  lembar: string,
  keluar: (b: BarisRingkasan) => void,
): Promise<void> {
  const { tabel, asal } = analisis;
  const uji = ujiBarisData(tabel);
  let ada = false;
  // One table and one sparse grid reused for every row: the row sits at its own index, so labels
  // and "Baris n" read as in the whole grid, without a new object per row.
  const satuBaris: TabelTerdeteksi = { ...tabel, barisData: [0] };
  const kisi: NilaiSel[][] = [];
  await jelajahi(sumber, gabung, (r, baris) => {
    if (r <= tabel.barisJudul || !uji(baris, ada)) return;
    ada = true;
    satuBaris.barisData[0] = r;
    kisi[r] = baris;
    const { butir } = tinjau(kisi, satuBaris);
    kisi.length = 0;
    for (const b of butir) {
      let { status } = b;
      let keterangan =
        b.pesan?.id ??
        (status === "Angka teks" ? "Angka tersimpan sebagai teks; ubah jadi angka agar ditandai." : "");
      // TRUE/FALSE next to a blank is still not a number: say so rather than "Belum diisi".
      const logika = (["target", "realisasi"] as const).find((n) => typeof b[n] === "boolean");
      if (status === "Belum diisi" && logika) {
        const g = bacaAngka(b[logika], NAMA_PERAN[logika]);
        status = "Galat";
        keterangan = adalahGalat(g) ? g.pesan.id : keterangan;
      }
      keluar({
        berkas,
        lembar,
        periode: b.pasangan.periode,
        indikator: b.label,
        sel: sel(hurufKolom(asal.kolom + b.pasangan.kolomRealisasi), asal.baris + b.baris),
        target: b.target,
        realisasi: b.realisasi,
        capaian: b.capaian,
        predikat: b.predikat ?? "",
        status,
        keterangan,
      });
    }
  });
}
