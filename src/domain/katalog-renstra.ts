/**
 * The catalog's Renstra cascade under each program (docs/katalog.md): outcome indicators, kegiatan
 * and sub kegiatan with their codes, indicators, pagu, lokasi and unit. Checked like the rest of
 * the catalog: every problem found, each naming its field path, in Indonesian.
 */
import { bacaJenisAgregasi } from "./agregat";
import { adalahGalat, tampilkan } from "./galat";
import { bacaKondisiAwal, bacaPagu, bacaPerTahun, Pelapor } from "./katalog-laporan";
import { bacaPolaritas } from "./polaritas";
import { BENTUK_KODE, indukKode, Tingkat, tingkatKode } from "./renstra";
import { Agregasi, JenisSatuan, Kegiatan, KinerjaRenstra, Polaritas, Program, SubKegiatan } from "./types";

type Objek = Record<string, unknown>;
const adalahObjek = (v: unknown): v is Objek => typeof v === "object" && v !== null && !Array.isArray(v);
const JENIS_SATUAN: JenisSatuan[] = ["persen", "jumlah", "indeks"];

/** Reports a code not of its level's shape, naming the shape and an example. */
export function periksaBentukKode(p: Pelapor, kode: string, tingkat: Tingkat, jalur: string): boolean {
  if (tingkatKode(kode) === tingkat) return true;
  const b = BENTUK_KODE.find((x) => x.tingkat === tingkat)!;
  const lain = tingkatKode(kode);
  p.salah(
    jalur,
    lain
      ? `"${kode}" adalah kode ${lain.toLowerCase()}, bukan ${tingkat.toLowerCase()}; kode ${tingkat.toLowerCase()} berbentuk ${b.wildcard.replace(/\?/g, "X")} (misalnya ${b.contoh})`
      : `"${kode}" tidak berbentuk kode ${tingkat.toLowerCase()} ${b.wildcard.replace(/\?/g, "X")} (misalnya ${b.contoh}); tulis setiap bagian dengan jumlah angka yang tepat, misalnya 02 bukan 2`,
  );
  return false;
}

function bacaKinerja(p: Pelapor, v: unknown, jalur: string, tahun: number[]): KinerjaRenstra[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    p.salah(jalur, "harus daftar indikator [{ nama, satuan, jenisSatuan, polaritas, agregasi, target }]");
    return [];
  }
  const hasil: KinerjaRenstra[] = [];
  v.forEach((o, i) => {
    const j = `${jalur}[${i}]`;
    if (!adalahObjek(o)) return p.salah(j, "harus berupa objek indikator");
    const nama = p.teks(o, "nama", j);
    const satuan = p.teks(o, "satuan", j);
    const jenis = JENIS_SATUAN.find((x) => x === o.jenisSatuan);
    if (!jenis)
      p.salah(
        `${j}.jenisSatuan`,
        `${tampilkan(o.jenisSatuan)} tidak dikenal; isi "persen", "jumlah" atau "indeks"`,
      );
    const polaritas = bacaPolaritas(o.polaritas);
    if (adalahGalat(polaritas))
      p.salah(
        `${j}.polaritas`,
        `${tampilkan(o.polaritas)} tidak dikenal; isi "positif", "negatif" atau "negatif_rasio"`,
      );
    const agregasi = bacaJenisAgregasi(o.agregasi);
    if (adalahGalat(agregasi))
      p.salah(
        `${j}.agregasi`,
        `${tampilkan(o.agregasi)} tidak dikenal; isi "jumlah", "akhir" atau "rata-rata"`,
      );
    const target = bacaPerTahun(p, o.target, `${j}.target`, tahun, {
      nama: "target",
      contoh: 12,
      persen: jenis === "persen",
    });
    const kondisiAwal = bacaKondisiAwal(p, o.kondisiAwal, `${j}.kondisiAwal`, jenis === "persen");
    if (
      nama === undefined ||
      satuan === undefined ||
      !jenis ||
      adalahGalat(polaritas) ||
      adalahGalat(agregasi)
    )
      return;
    hasil.push({
      nama,
      satuan,
      jenisSatuan: jenis,
      polaritas: polaritas as Polaritas,
      agregasi: agregasi as Agregasi,
      ...(kondisiAwal !== undefined ? { kondisiAwal } : {}),
      target,
    });
  });
  return hasil;
}

/**
 * A code of the cascade: of its level's shape, under its parent's code, and unique among all the
 * catalog's programs, kegiatan and sub kegiatan (`semua` maps each code to its path).
 */
function bacaKode(
  p: Pelapor,
  o: Objek,
  jalur: string,
  tingkat: Tingkat,
  induk: string | undefined,
  semua: Map<string, string>,
): string | undefined {
  const k = p.teks(o, "kode", jalur);
  if (k === undefined) return undefined;
  if (!periksaBentukKode(p, k, tingkat, `${jalur}.kode`)) return undefined;
  if (induk !== undefined && tingkatKode(induk) !== undefined && indukKode(k) !== induk)
    p.salah(`${jalur}.kode`, `"${k}" bukan turunan ${induk}; kodenya harus diawali "${induk}."`);
  if (semua.has(k)) p.salah(`${jalur}.kode`, `"${k}" sudah dipakai di ${semua.get(k)}; kode harus unik`);
  else semua.set(k, jalur);
  return k;
}

/** The fields every unit of the cascade has: its code (of its level, under its parent), name, indicators and pagu. */
interface Unsur {
  kode: string;
  nama: string;
  kinerja: KinerjaRenstra[];
  pagu: Record<string, number>;
  unit?: string;
}

/**
 * A list of kegiatan or sub kegiatan: each an object with the common fields, then what `lain`
 * reads from it (given its code, undefined when that was wrong). `bentuk` names the fields in
 * the messages.
 */
function bacaUnsur<T extends Unsur>(
  p: Pelapor,
  v: unknown,
  jalur: string,
  tahun: number[],
  sasaran: { tingkat: Tingkat; induk: string | undefined; semua: Map<string, string>; bentuk: string },
  lain: (o: Objek, j: string, kode: string | undefined) => Omit<T, keyof Unsur>,
): T[] {
  const { tingkat, induk, semua, bentuk } = sasaran;
  const kata = tingkat.toLowerCase();
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    p.salah(jalur, `harus daftar ${kata} [${bentuk}]`);
    return [];
  }
  const hasil: T[] = [];
  v.forEach((o, i) => {
    const j = `${jalur}[${i}]`;
    if (!adalahObjek(o)) return p.salah(j, `harus berupa objek ${kata} ${bentuk}`);
    const kode = bacaKode(p, o, j, tingkat, induk, semua);
    const nama = p.teks(o, "nama", j);
    const kinerja = bacaKinerja(p, o.kinerja, `${j}.kinerja`, tahun);
    const pagu = bacaPagu(p, o.pagu, `${j}.pagu`, tahun);
    const tambahan = lain(o, j, kode);
    const unit = p.teks(o, "unit", j, false);
    if (kode === undefined || nama === undefined) return;
    hasil.push({ kode, nama, kinerja, pagu, ...tambahan, ...(unit ? { unit } : {}) } as T);
  });
  return hasil;
}

const bacaSubKegiatan = (
  p: Pelapor,
  v: unknown,
  jalur: string,
  tahun: number[],
  induk: string | undefined,
  semua: Map<string, string>,
): SubKegiatan[] =>
  bacaUnsur<SubKegiatan>(
    p,
    v,
    jalur,
    tahun,
    { tingkat: "Sub Kegiatan", induk, semua, bentuk: "{ kode, nama, kinerja, pagu, lokasi, unit }" },
    (o, j) => {
      const lokasi = p.teks(o, "lokasi", j, false);
      return lokasi ? { lokasi } : {};
    },
  );

const bacaKegiatan = (
  p: Pelapor,
  v: unknown,
  jalur: string,
  tahun: number[],
  induk: string | undefined,
  semua: Map<string, string>,
): Kegiatan[] =>
  bacaUnsur<Kegiatan>(
    p,
    v,
    jalur,
    tahun,
    { tingkat: "Kegiatan", induk, semua, bentuk: "{ kode, nama, kinerja, pagu, subKegiatan }" },
    (o, j, kode) => ({
      subKegiatan: bacaSubKegiatan(p, o.subKegiatan, `${j}.subKegiatan`, tahun, kode, semua),
    }),
  );

/**
 * The cascade under one program: its outcome indicators, kegiatan and their sub kegiatan. `kode`
 * is the program's code (undefined when it was wrong); `semua` collects every code for uniqueness.
 */
export function bacaTurunanProgram(
  p: Pelapor,
  o: Objek,
  jalur: string,
  tahun: number[],
  kode: string | undefined,
  semua: Map<string, string>,
): Pick<Program, "kinerja" | "kegiatan" | "unit"> {
  // Programs' own duplicates are reported by the program reader; kegiatan and sub kegiatan meet them here.
  if (kode !== undefined && !semua.has(kode)) semua.set(kode, jalur);
  const hasil: Pick<Program, "kinerja" | "kegiatan" | "unit"> = {};
  if (o.kinerja !== undefined) hasil.kinerja = bacaKinerja(p, o.kinerja, `${jalur}.kinerja`, tahun);
  if (o.kegiatan !== undefined)
    hasil.kegiatan = bacaKegiatan(p, o.kegiatan, `${jalur}.kegiatan`, tahun, kode, semua);
  const unit = p.teks(o, "unit", jalur, false);
  if (unit) hasil.unit = unit;
  return hasil;
}
