import { bacaAngka, KOSONG } from "./baca-angka";
import { adalahGalat, tampilkan } from "./galat";
import { bacaJenisAgregasi } from "./agregat";
import { bacaPolaritas } from "./polaritas";
import { BATAS_TEKS_SEL, bersihkanTeks } from "./teks-sel";
import { bacaJenisTarget, bacaKondisiAwal, bacaPeriode, bacaPihakPk, bacaProgram } from "./katalog-laporan";
import { bacaStandar } from "./katalog-standar";
import { kunciGanda } from "./kunci-ganda";
import { bacaAmbangRencanaAksi } from "./katalog-triwulan";
import { kunciTeks } from "./katalog";
import { barisKatalog, Formulasi, Indikator, JenisSatuan, Katalog, Sasaran, Tujuan } from "./types";

/** A rejected catalog: every problem found, each naming the field path. */
export interface GalatKatalog {
  galatKatalog: string[];
}

export const adalahGalatKatalog = (x: unknown): x is GalatKatalog =>
  typeof x === "object" && x !== null && "galatKatalog" in x;

const BELUM_DIISI = "(belum diisi)";

/**
 * The most indicators a catalog may hold: the workbook of 5,000 takes about a minute and 800 MB
 * to write (a 2.5 MB catalog); far more would run the writer out of memory long before Excel's
 * 1,048,576 rows (the LKjIP sheet takes five rows per indicator) are reached.
 */
export const BATAS_INDIKATOR = 5000;
/** The largest catalog file read, in bytes: checked before reading, so a huge file costs nothing. */
export const BATAS_BERKAS_KATALOG = 16 * 1024 * 1024;

const JENIS_SATUAN: JenisSatuan[] = ["persen", "jumlah", "indeks"];
const BATAS_PESAN = 30;
/** Removed characters named one by one in a notice; the rest are only counted. */
const BATAS_LETAK = 3;

type Objek = Record<string, unknown>;
const adalahObjek = (v: unknown): v is Objek => typeof v === "object" && v !== null && !Array.isArray(v);

/** Collects problems while reading, so one pass reports them all. */
class Pemeriksa {
  readonly pesan: string[] = [];
  constructor(readonly peringatan: string[]) {}
  salah(jalur: string, teks: string): undefined {
    this.pesan.push(`${jalur}: ${teks}`);
    return undefined;
  }
  /** A text as a cell can hold it: characters XML cannot carry removed (with a notice), length checked. */
  layak(v: string, jalur: string): string | undefined {
    const { teks, dibuang } = bersihkanTeks(v);
    if (dibuang.length > 0) {
      const letak = dibuang.slice(0, BATAS_LETAK).map((d) => `${d.kode} pada karakter ke-${d.ke}`);
      if (dibuang.length > BATAS_LETAK) letak.push("...");
      this.peringatan.push(
        `${jalur}: ${dibuang.length} karakter yang tidak dapat disimpan dalam berkas Excel dihapus (${letak.join(", ")})`,
      );
    }
    const bersih = teks.trim();
    if (bersih === "" && v.trim() !== "")
      return this.salah(
        jalur,
        "wajib diisi; isinya hanya karakter yang tidak dapat disimpan dalam berkas Excel",
      );
    if (bersih.length > BATAS_TEKS_SEL)
      return this.salah(
        jalur,
        `teks ${bersih.length} karakter terlalu panjang; satu sel Excel memuat paling banyak ${BATAS_TEKS_SEL} karakter`,
      );
    return bersih;
  }
  teks(o: Objek, kunci: string, jalur: string, wajib = true): string | undefined {
    const v = o[kunci];
    if (v === undefined && !wajib) return undefined;
    if (typeof v !== "string" || v.trim() === "") {
      return this.salah(
        `${jalur}.${kunci}`,
        v === undefined ? "wajib diisi (teks)" : `${tampilkan(v)} harus teks yang tidak kosong`,
      );
    }
    return this.layak(v, `${jalur}.${kunci}`);
  }
  daftar(o: Objek, kunci: string, jalur: string): unknown[] | undefined {
    const v = o[kunci];
    if (!Array.isArray(v) || v.length === 0) {
      return this.salah(
        `${jalur}${jalur ? "." : ""}${kunci}`,
        "wajib diisi: daftar yang berisi paling sedikit satu butir",
      );
    }
    return v;
  }
}

function bacaTahun(p: Pemeriksa, o: Objek): number[] | undefined {
  const daftar = p.daftar(o, "tahun", "");
  if (!daftar) return undefined;
  const tahun: number[] = [];
  daftar.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1900 || v > 2100)
      p.salah(`tahun[${i}]`, `${tampilkan(v)} bukan tahun (misalnya 2025)`);
    else if (tahun.length > 0 && v <= tahun[tahun.length - 1])
      p.salah(`tahun[${i}]`, `${v} harus lebih besar dari tahun sebelumnya (urut naik, tanpa ulangan)`);
    else tahun.push(v);
  });
  return tahun.length === daftar.length ? tahun : undefined;
}

function bacaTarget(
  p: Pemeriksa,
  v: unknown,
  jalur: string,
  tahun: number[],
  jenis?: JenisSatuan,
): Record<string, number> | undefined {
  if (!adalahObjek(v))
    return p.salah(jalur, `wajib diisi: target per tahun, misalnya { "${tahun[0] ?? 2025}": 0.41 }`);
  const hasil: Record<string, number> = {};
  for (const y of tahun) {
    const mentah = v[String(y)];
    const n = bacaAngka(mentah);
    if (mentah === undefined || n === KOSONG) p.salah(`${jalur}.${y}`, "target tahun ini wajib diisi");
    else if (adalahGalat(n)) p.salah(`${jalur}.${y}`, `${tampilkan(mentah)} bukan angka`);
    else if (n < 0) p.salah(`${jalur}.${y}`, `${tampilkan(mentah)} negatif; target tidak boleh negatif`);
    else if (jenis === "persen" && n > 10)
      p.salah(
        `${jalur}.${y}`,
        `${tampilkan(mentah)} terlalu besar untuk persen; tulis 41% sebagai 0.41 atau "41%"`,
      );
    else hasil[String(y)] = n;
  }
  for (const k of Object.keys(v))
    if (!tahun.map(String).includes(k)) p.salah(`${jalur}.${k}`, `tahun ${k} tidak ada di daftar "tahun"`);
  return Object.keys(hasil).length === tahun.length ? hasil : undefined;
}

function bacaFormulasi(p: Pemeriksa, v: unknown, jalur: string): Formulasi {
  if (v === undefined) return { alasan: BELUM_DIISI, rumus: BELUM_DIISI, sumberData: BELUM_DIISI };
  if (!adalahObjek(v)) {
    p.salah(jalur, "harus berisi alasan, rumus dan sumberData");
    return { alasan: BELUM_DIISI, rumus: BELUM_DIISI, sumberData: BELUM_DIISI };
  }
  const isi = (k: string) => p.teks(v, k, jalur, false) ?? BELUM_DIISI;
  return { alasan: isi("alasan"), rumus: isi("rumus"), sumberData: isi("sumberData") };
}

function bacaIndikator(
  p: Pemeriksa,
  v: unknown,
  jalur: string,
  tahun: number[],
  kode: Map<string, string>,
): Indikator | undefined {
  if (!adalahObjek(v)) return p.salah(jalur, "harus berupa objek indikator");
  const k = p.teks(v, "kode", jalur);
  if (k !== undefined) {
    const kunci = kunciTeks(k);
    if (kode.has(kunci))
      p.salah(`${jalur}.kode`, `"${k}" sudah dipakai di ${kode.get(kunci)}; kode harus unik`);
    else kode.set(kunci, jalur);
  }
  const nama = p.teks(v, "nama", jalur);
  const satuan = p.teks(v, "satuan", jalur);
  const jenis = JENIS_SATUAN.find((j) => j === v.jenisSatuan);
  if (!jenis)
    p.salah(
      `${jalur}.jenisSatuan`,
      `${tampilkan(v.jenisSatuan)} tidak dikenal; isi "persen", "jumlah" atau "indeks"`,
    );
  const polaritas = bacaPolaritas(v.polaritas);
  if (adalahGalat(polaritas))
    p.salah(
      `${jalur}.polaritas`,
      `${tampilkan(v.polaritas)} tidak dikenal; isi "positif", "negatif" atau "negatif_rasio"`,
    );
  const agregasi = bacaJenisAgregasi(v.agregasi);
  if (adalahGalat(agregasi))
    p.salah(
      `${jalur}.agregasi`,
      `${tampilkan(v.agregasi)} tidak dikenal; isi "jumlah", "akhir" atau "rata-rata"`,
    );
  const target = bacaTarget(p, v.target, `${jalur}.target`, tahun, jenis);
  const bidang = p.teks(v, "bidang", jalur);
  const formulasi = bacaFormulasi(p, v.formulasi, `${jalur}.formulasi`);
  const kondisiAwal = bacaKondisiAwal(p, v.kondisiAwal, `${jalur}.kondisiAwal`, jenis === "persen");
  const jenisTarget = bacaJenisTarget(p, v.jenisTarget, `${jalur}.jenisTarget`);
  const standar = bacaStandar(p, v.standar, `${jalur}.standar`, jenis === "persen");
  let alias: string[] | undefined;
  if (v.alias !== undefined) {
    if (Array.isArray(v.alias) && v.alias.every((a) => typeof a === "string"))
      alias = v.alias.map((a: string, i) => p.layak(a, `${jalur}.alias[${i}]`) ?? "");
    else p.salah(`${jalur}.alias`, "harus daftar teks");
  }
  if (
    [k, nama, satuan, jenis, target, bidang].includes(undefined) ||
    adalahGalat(polaritas) ||
    adalahGalat(agregasi)
  )
    return undefined;
  return {
    kode: k!,
    nama: nama!,
    ...(alias ? { alias } : {}),
    satuan: satuan!,
    jenisSatuan: jenis!,
    polaritas: polaritas as Indikator["polaritas"],
    agregasi: agregasi as Indikator["agregasi"],
    target: target!,
    bidang: bidang!,
    formulasi,
    ...(kondisiAwal !== undefined ? { kondisiAwal } : {}),
    ...(jenisTarget !== undefined ? { jenisTarget } : {}),
    ...(standar !== undefined ? { standar } : {}),
  };
}

/**
 * Reads another agency's catalog from parsed JSON (format: docs/katalog.md). Every field is
 * checked; a catalog with any problem is rejected whole, with one Indonesian message per problem
 * naming its path, e.g. `tujuan[1].sasaran[0].indikator[2].target.2025: "abc" bukan angka`.
 * A missing formulasi reads as "(belum diisi)". A text longer than one Excel cell holds is a
 * problem; characters an .xlsx file cannot carry are removed, each removal noted in `peringatan`.
 */
export function bacaKatalog(json: unknown, peringatan: string[] = []): Katalog | GalatKatalog {
  const p = new Pemeriksa(peringatan);
  if (!adalahObjek(json))
    return { galatKatalog: ["katalog harus berupa objek JSON { instansi, judul, tahun, tujuan }"] };
  const jumlah = hitungIndikator(json);
  if (jumlah > BATAS_INDIKATOR)
    return {
      galatKatalog: [
        `katalog berisi ${jumlah.toLocaleString("id-ID")} indikator; buku kerja IKU memuat paling banyak ${BATAS_INDIKATOR.toLocaleString("id-ID")} indikator. Bagi katalog per bidang atau per perangkat daerah.`,
      ],
    };
  const instansi = p.teks(json, "instansi", "katalog");
  const judul = p.teks(json, "judul", "katalog");
  const sumber = p.teks(json, "sumber", "katalog", false) ?? "";
  const tahun = bacaTahun(p, json) ?? [];
  const kode = new Map<string, string>();
  const tujuan: Tujuan[] = (p.daftar(json, "tujuan", "") ?? []).map((t, ti) => {
    const jt = `tujuan[${ti}]`;
    if (!adalahObjek(t))
      return { nama: p.salah(jt, "harus berupa objek { nama, sasaran }") ?? "", sasaran: [] };
    const sasaran: Sasaran[] = (p.daftar(t, "sasaran", jt) ?? []).map((s, si) => {
      const js = `${jt}.sasaran[${si}]`;
      if (!adalahObjek(s))
        return { nama: p.salah(js, "harus berupa objek { nama, indikator }") ?? "", indikator: [] };
      const indikator = (p.daftar(s, "indikator", js) ?? []).map((i, ii) =>
        bacaIndikator(p, i, `${js}.indikator[${ii}]`, tahun, kode),
      );
      return {
        nama: p.teks(s, "nama", js) ?? "",
        indikator: indikator.filter((i): i is Indikator => i !== undefined),
      };
    });
    return { nama: p.teks(t, "nama", jt) ?? "", sasaran };
  });
  const periode = bacaPeriode(p, json.periode, tahun);
  const kodeIndikator = new Map(
    barisKatalog({ tujuan } as Katalog).map(({ indikator: i }) => [kunciTeks(i.kode), i.kode]),
  );
  const program = bacaProgram(p, json.program, tahun, kodeIndikator);
  const pk = bacaPihakPk(p, json.pk);
  const ambangRencanaAksi = bacaAmbangRencanaAksi(p, json.ambangRencanaAksi);
  if (p.pesan.length > 0) {
    const lebih = p.pesan.length - BATAS_PESAN;
    return {
      galatKatalog: lebih > 0 ? [...p.pesan.slice(0, BATAS_PESAN), `... dan ${lebih} masalah lain`] : p.pesan,
    };
  }
  return {
    instansi: instansi!,
    judul: judul!,
    sumber,
    tahun,
    tujuan,
    ...(periode ? { periode } : {}),
    ...(program ? { program } : {}),
    ...(pk ? { pk } : {}),
    ...(ambangRencanaAksi ? { ambangRencanaAksi } : {}),
  };
}

/** Indicators in the raw catalog, counted before any is checked. */
function hitungIndikator(json: Objek): number {
  let n = 0;
  for (const t of Array.isArray(json.tujuan) ? json.tujuan : [])
    for (const s of adalahObjek(t) && Array.isArray(t.sasaran) ? t.sasaran : [])
      if (adalahObjek(s) && Array.isArray(s.indikator)) n += s.indikator.length;
  return n;
}

/**
 * Reads a catalog from the text of a .json file; a syntax error is reported like any other, and
 * so is a key written twice in one object (JSON.parse would keep only the last).
 */
export function bacaKatalogTeks(teks: string, peringatan: string[] = []): Katalog | GalatKatalog {
  let json: unknown;
  const bersih = teks.replace(/^\uFEFF/, "");
  try {
    json = JSON.parse(bersih);
  } catch (e) {
    return { galatKatalog: [`berkas katalog bukan JSON yang sah: ${(e as Error).message}`] };
  }
  const ganda = kunciGanda(bersih);
  if (ganda !== undefined)
    return {
      galatKatalog: [`${ganda}: kunci ini ditulis dua kali dalam satu objek; hapus salah satunya`],
    };
  return bacaKatalog(json, peringatan);
}

const SIMPAN_UTF8 =
  "berkas katalog bukan teks UTF-8 (mungkin UTF-16 atau ANSI). Buka di editor teks, pilih Simpan Sebagai dengan pengodean UTF-8, lalu coba lagi";

/**
 * Reads a catalog from a .json file's bytes: UTF-8 only (with or without a BOM); UTF-16 or any
 * other encoding is refused with how to save it as UTF-8, never read as garbled text. A file
 * larger than BATAS_BERKAS_KATALOG is refused before it is decoded.
 */
export function bacaKatalogBita(bita: Uint8Array, peringatan: string[] = []): Katalog | GalatKatalog {
  if (bita.length > BATAS_BERKAS_KATALOG) return { galatKatalog: [pesanTerlaluBesar(bita.length)] };
  // UTF-16 and UTF-32 put a zero byte next to every ASCII character, and JSON starts with one.
  if (bita.includes(0)) return { galatKatalog: [SIMPAN_UTF8] };
  let teks: string;
  try {
    teks = new TextDecoder("utf-8", { fatal: true }).decode(bita);
  } catch {
    return { galatKatalog: [SIMPAN_UTF8] };
  }
  return bacaKatalogTeks(teks, peringatan);
}

/** A catalog file past BATAS_BERKAS_KATALOG, with both limits named. */
export const pesanTerlaluBesar = (byte: number): string =>
  `berkas katalog ${(byte / 1048576).toFixed(1).replace(".", ",")} MB terlalu besar; katalog dibaca paling besar ${BATAS_BERKAS_KATALOG / 1048576} MB dan buku kerja IKU memuat paling banyak ${BATAS_INDIKATOR.toLocaleString("id-ID")} indikator`;
