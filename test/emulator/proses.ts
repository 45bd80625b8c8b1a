import { GalatExcel, tidakDiemulasi, tolak } from "./galat";
import { ANGGOTA_MENGUBAH, Kuirk } from "./kuirk";
import { Buku, Lembar } from "./model";
import { Objek } from "./objek";
import { bukuObjek, lembarObjek } from "./objek-buku";
import { Sesi } from "./objek-rentang";

interface InfoArgumen {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: Array<number | null>;
}
interface JalurObjek {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: InfoArgumen;
  /** "Do not keep a reference": the library's mark on an object removed from trackedObjects. */
  D?: boolean;
}
interface Aksi {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: InfoArgumen;
  QueryInfo?: { Select?: string[] | null; Expand?: string[] | null };
}
export interface Permintaan {
  /** Excel.run's request with a `_KeepReference` in it: objects instantiated are kept for later batches. */
  AutoKeepReference?: boolean;
  Actions: Aksi[];
  ObjectPaths: Record<string, JalurObjek>;
}

/**
 * Excel on the web refuses a request or response body over 5 MB: "Resource limits and performance
 * optimization for Office Add-ins", learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
 */
export const BATAS_BAWAAN = 5 * 1024 * 1024;

/** UTF-8 length of a text, without allocating it. */
export function bita(teks: string): number {
  let n = 0;
  for (let i = 0; i < teks.length; i++) {
    const c = teks.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One action as a forced refusal sees it: "Range", "Formulas" (a query is "load"), the sheet's name if any. */
export interface AksiDilihat {
  jenis: string;
  anggota: string;
  lembar?: string;
}
/** Gives a refusal for an action ([code, message]), or undefined to let it run. */
export type Penolak = (a: AksiDilihat) => [string, string] | undefined;

/** One workbook behind the client library: objects addressed by reference id live as long as it. */
export function buatSesi(buku: Buku, penolak?: Penolak, kuirk: Kuirk = {}): Sesi {
  const rujukan = new Map<string, Objek>();
  let nomor = 0;
  const lembar = new Map<Lembar, Objek>();
  const sesi: Sesi = {
    buku,
    penolak,
    kuirk: { ...kuirk },
    simpan(o) {
      const id = `rr:${++nomor}`;
      rujukan.set(id, o);
      return id;
    },
    lepas(id) {
      rujukan.delete(id);
    },
    lembarObjek(l) {
      const o = lembar.get(l) ?? lembarObjek(sesi, l);
      lembar.set(l, o);
      return o;
    },
  };
  (sesi as Sesi & { rujukan: Map<string, Objek> }).rujukan = rujukan;
  return sesi;
}

/**
 * A host service created by name (ObjectPathType 2). The library tells Excel, once the page has
 * associated its ribbon functions (Office.actions.associate), that it may call them.
 */
function layanan(sesi: Sesi, nama: string): Objek {
  if (nama !== "Microsoft.InternalService.AddinInternalService") throw tidakDiemulasi(`layanan ${nama}`);
  const o = new Objek("AddinInternalService");
  o.metode.NotifyActionHandlerReady = () => (sesi.buku.perintahSiap = true);
  return o;
}

function bacaAnggota(o: Objek, nama: string): unknown {
  if (nama in o.baca) return o.baca[nama]();
  throw tidakDiemulasi(`${o.jenis}.${nama}`);
}

function navigasi(o: Objek, nama: string): Objek | null {
  if (nama in o.nav) return o.nav[nama]();
  throw tidakDiemulasi(`${o.jenis}.${nama}`);
}

/** A query's Value: selected scalars in PascalCase, navigation paths nested, collections as _Items. */
function kueri(o: Objek, pilih: string[] | null | undefined): unknown {
  if (o.koleksi) return { _Items: o.butir().map((b) => kueriSatu(b, pilih)) };
  return kueriSatu(o, pilih);
}

function kueriSatu(o: Objek, pilih: string[] | null | undefined): Record<string, unknown> {
  const hasil: Record<string, unknown> = {};
  if (o.id !== undefined) hasil.Id = o.id;
  for (const jalur of pilih && pilih.length > 0
    ? pilih
    : o.bawaan.map((b) => b.charAt(0).toLowerCase() + b.slice(1))) {
    const [kepala, ...sisa] = jalur.split("/");
    const nama = pascal(kepala);
    if (sisa.length === 0) {
      hasil[nama] = nama in o.nav ? kueriNav(navigasi(o, nama), null) : bacaAnggota(o, nama);
      continue;
    }
    const anak = navigasi(o, nama);
    const ada = hasil[nama];
    hasil[nama] = anak === null ? null : { ...(ada as object), ...(kueri(anak, [sisa.join("/")]) as object) };
  }
  return hasil;
}

const kueriNav = (o: Objek | null, pilih: string[] | null) => (o === null ? null : kueri(o, pilih));

/** The library's cleanup after Excel.run: only reference releases, no work of the add-in. */
export const hanyaPembersihan = (minta: Permintaan): boolean =>
  minta.Actions.every((a) => a.ActionType === 1 || a.Name === "_RemoveReference");

/** Applies one request to the workbook, in order, and answers as Excel does. */
export function prosesPermintaan(sesi: Sesi, minta: Permintaan): { Results: unknown[]; Error?: unknown } {
  const tersimpan = (sesi as Sesi & { rujukan: Map<string, Objek> }).rujukan;
  const cache = new Map<number, Objek | null>();
  const argumen = (info?: InfoArgumen): unknown[] =>
    (info?.Arguments ?? []).map((a, i) => {
      const ref = info?.ReferencedObjectPathIds?.[i];
      return typeof ref === "number" && ref > 0 ? selesaikan(ref) : a;
    });
  const bukanNull = (id: number): Objek => {
    const o = selesaikan(id);
    if (o === null) throw tolak("InvalidObjectPath", "Objek null (isNullObject) tidak dapat dipakai");
    return o;
  };
  const paksa = (o: Objek, anggota: string, menulis = ANGGOTA_MENGUBAH.has(anggota)) => {
    const t = sesi.penolak?.({ jenis: o.jenis, anggota, lembar: o.lembar?.nama });
    if (t) throw tolak(t[0], t[1]);
    if (menulis && o.lembar && sesi.kuirk.lembarDiproteksi?.includes(o.lembar.nama))
      throw tolak("AccessDenied", "You cannot perform the requested operation. (lembar diproteksi)");
  };

  function selesaikan(id: number): Objek | null {
    if (cache.has(id)) return cache.get(id) as Objek | null;
    const j = minta.ObjectPaths[String(id)];
    if (!j) throw tolak("InvalidObjectPath", `Jalur objek ${id} tidak dikirim`);
    let o: Objek | null;
    if (j.ObjectPathType === 1) o = bukuObjek(sesi);
    else if (j.ObjectPathType === 2) o = layanan(sesi, j.Name);
    else if (j.ObjectPathType === 6) {
      o = tersimpan.get(j.Name) ?? null;
      if (!o) throw tolak("InvalidObjectPath", `Rujukan ${j.Name} tidak dikenal`);
    } else {
      const induk = bukanNull(j.ParentObjectPathId as number);
      if (j.ObjectPathType === 4) o = navigasi(induk, j.Name);
      else if (j.ObjectPathType === 5) o = induk.indeks(argumen(j.ArgumentInfo));
      else if (j.ObjectPathType === 3) {
        const f = induk.metode[j.Name];
        if (!f) throw tidakDiemulasi(`${induk.jenis}.${j.Name}()`);
        paksa(induk, j.Name);
        const hasil = f(...argumen(j.ArgumentInfo));
        if (hasil !== null && !(hasil instanceof Objek))
          throw tidakDiemulasi(`${induk.jenis}.${j.Name}() sebagai objek`);
        o = hasil;
      } else throw tidakDiemulasi(`ObjectPathType ${j.ObjectPathType}`);
    }
    cache.set(id, o);
    return o;
  }

  // Objects kept for later batches get a reference id: every one Excel.run's request instantiates
  // unless its path says "do not keep" (D, set by trackedObjects.remove), and any one told to keep.
  const dijaga = new Set<number>();
  const disimpan = (id: number): boolean =>
    dijaga.has(id) || (minta.AutoKeepReference === true && minta.ObjectPaths[String(id)]?.D !== true);
  const Results: unknown[] = [];
  for (let i = 0; i < minta.Actions.length; i++) {
    const a = minta.Actions[i];
    try {
      if (a.ActionType === 1) {
        const o = selesaikan(a.ObjectPathId);
        Results.push({ ActionId: a.Id, Value: o === null ? null : o.instansi(disimpan(a.ObjectPathId)) });
      } else if (a.ActionType === 2) {
        const o = selesaikan(a.ObjectPathId);
        if (o !== null) paksa(o, "load");
        Results.push({ ActionId: a.Id, Value: o === null ? null : kueri(o, a.QueryInfo?.Select) });
      } else if (a.ActionType === 3 && a.Name === "_KeepReference" && selesaikan(a.ObjectPathId) === null) {
        // The library tracks every object it hands out, null objects included.
        Results.push({ ActionId: a.Id, Value: null });
      } else if (a.ActionType === 3) {
        if (a.Name === "_KeepReference") dijaga.add(a.ObjectPathId);
        const o = bukanNull(a.ObjectPathId);
        paksa(o, a.Name);
        const f = o.metode[a.Name];
        if (!f) throw tidakDiemulasi(`${o.jenis}.${a.Name}()`);
        const v = f(...argumen(a.ArgumentInfo));
        Results.push({ ActionId: a.Id, Value: nilaiJson(v) });
      } else if (a.ActionType === 4) {
        const o = bukanNull(a.ObjectPathId);
        paksa(o, a.Name, true);
        const t = o.tulis[a.Name];
        if (!t) throw tidakDiemulasi(`${o.jenis}.${a.Name} =`);
        t(argumen(a.ArgumentInfo)[0]);
      } else if (a.ActionType !== 5) throw tidakDiemulasi(`ActionType ${a.ActionType}`);
    } catch (e) {
      // Batches are not atomic: what ran before the failing action stays applied, the rest never runs.
      const g =
        e instanceof GalatExcel ? e : new GalatExcel("GeneralException", String((e as Error)?.message ?? e));
      return {
        Results,
        Error: {
          Code: g.kode,
          Message: g.message,
          HttpStatusCode: 400,
          Location: lokasi(minta, a),
          ActionIndex: i,
        },
      };
    }
  }
  return { Results };
}

/** A method's return value as JSON; model objects a setter happened to return are not results. */
function nilaiJson(v: unknown): unknown {
  if (
    v === undefined ||
    (typeof v === "object" &&
      v !== null &&
      !Array.isArray(v) &&
      Object.getPrototypeOf(v) !== Object.prototype)
  )
    return null;
  return v;
}

/** "Range.values"-style location, as debugInfo.errorLocation reads. */
function lokasi(minta: Permintaan, a: Aksi): string {
  const j = minta.ObjectPaths[String(a.ObjectPathId)];
  return [j?.Name || "Workbook", a.Name].filter(Boolean).join(".");
}
