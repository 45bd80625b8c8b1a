import { tidakDiemulasi } from "./galat";

export type Fungsi = (...arg: unknown[]) => unknown;

/**
 * One Excel object as the request processor sees it: PascalCase members, as the client library
 * sends them. Members not registered here are refused as "not emulated".
 */
export class Objek {
  readonly baca: Record<string, () => unknown> = {};
  readonly tulis: Record<string, (v: unknown) => void> = {};
  readonly nav: Record<string, () => Objek | null> = {};
  readonly metode: Record<string, Fungsi> = {};
  /** Scalars returned by load() without a property list. */
  bawaan: string[] = [];
  koleksi = false;
  id?: string;
  /** The sheet's name, for objects of one sheet (a forced refusal may pick them by it). */
  lembar?: { nama: string };

  constructor(readonly jenis: string) {}

  butir(): Objek[] {
    throw tidakDiemulasi(`${this.jenis}.items`);
  }

  indeks(arg: unknown[]): Objek | null {
    throw tidakDiemulasi(`${this.jenis}[${JSON.stringify(arg)}]`);
  }

  /** What an Instantiate action answers: ids let the library address the object again later. */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- only ranges are kept by reference
  instansi(simpan = false): unknown {
    return this.id !== undefined ? { Id: this.id } : {};
  }
}

/**
 * A recorded part (chart, page setup pieces): the listed properties are stored in `wadah`,
 * listed children are further recorded parts; anything else is not emulated.
 */
export function rekam(
  jenis: string,
  wadah: Record<string, unknown>,
  sifat: string[],
  anak: Record<string, string[]> = {},
): Objek {
  const o = new Objek(jenis);
  for (const s of sifat) {
    o.baca[s] = () => wadah[s] ?? null;
    o.tulis[s] = (v) => (wadah[s] = v);
  }
  for (const [n, sifatAnak] of Object.entries(anak)) {
    o.nav[n] = () => {
      const w = (wadah[n] ?? {}) as Record<string, unknown>;
      wadah[n] = w;
      return rekam(`${jenis}.${n}`, w, sifatAnak);
    };
  }
  o.bawaan = sifat;
  return o;
}
