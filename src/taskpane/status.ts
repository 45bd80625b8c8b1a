import type { Bahasa, Teks } from "../bahasa";
import { buat, fragmen } from "./dom";

/** What Office.onReady reports (the typings call them enums; at run time they are strings or null). */
export interface InfoOffice {
  host: unknown;
  platform: unknown;
}
export interface Persyaratan {
  isSetSupported(nama: string, versiMinimal?: string): boolean;
}

/** A requirement set, the version the add-in needs, and the newest minor version worth probing. */
interface SetDiperiksa {
  nama: string;
  dibutuhkan: string;
  minorTertinggi: number;
}

// ExcelApi 1.9 for the inserted workbook's page layout; CustomFunctionsRuntime 1.3 for errors with a message
// (see manifest.xml); SharedRuntime makes functions and pane one runtime.
export const SET_DIPERIKSA: readonly SetDiperiksa[] = [
  { nama: "ExcelApi", dibutuhkan: "1.9", minorTertinggi: 30 },
  { nama: "CustomFunctionsRuntime", dibutuhkan: "1.3", minorTertinggi: 9 },
  { nama: "SharedRuntime", dibutuhkan: "1.1", minorTertinggi: 9 },
];

export interface StatusSet {
  nama: string;
  dibutuhkan: string;
  tertinggi: string | null;
  cukup: boolean;
}

export interface StatusOffice {
  siap: boolean;
  host: string | null;
  platform: string | null;
  set: StatusSet[];
}

function minor(versi: string): number {
  return Number(versi.split(".")[1]);
}

/** The newest 1.x version of a set this Office supports, or null. */
export function versiTertinggi(
  req: Persyaratan | undefined,
  nama: string,
  minorTertinggi: number,
): string | null {
  for (let m = minorTertinggi; m >= 1; m--) {
    try {
      if (req?.isSetSupported(nama, `1.${m}`)) return `1.${m}`;
    } catch {
      // Outside Office the requirements object may exist but throw: treat as unsupported.
      return null;
    }
  }
  return null;
}

export function bacaStatus(info: InfoOffice | null, req: Persyaratan | undefined): StatusOffice {
  const set = SET_DIPERIKSA.map(({ nama, dibutuhkan, minorTertinggi }) => {
    const tertinggi = versiTertinggi(req, nama, minorTertinggi);
    return {
      nama,
      dibutuhkan,
      tertinggi,
      cukup: tertinggi !== null && minor(tertinggi) >= minor(dibutuhkan),
    };
  });
  return {
    siap: String(info?.host) === "Excel",
    host: info?.host ? String(info.host) : null,
    platform: info?.platform ? String(info.platform) : null,
    set,
  };
}

export const TEKS_STATUS = {
  office: { id: "Office", en: "Office" },
  siap: { id: "Siap", en: "Ready" },
  belumSiap: {
    id: "Belum terhubung ke Excel. Buka panel ini dari pita Excel (Beranda > Panel IKU).",
    en: "Not connected to Excel. Open this pane from the Excel ribbon (Home > IKU Pane).",
  },
  belumTerhubung: { id: "belum terhubung", en: "not connected" },
  aplikasi: { id: "Aplikasi", en: "Application" },
  platform: { id: "Platform", en: "Platform" },
  tidakDiketahui: { id: "tidak diketahui", en: "unknown" },
  judulSet: { id: "Set persyaratan (tertinggi yang didukung)", en: "Requirement sets (newest supported)" },
  tidakDidukung: { id: "tidak didukung", en: "not supported" },
  perlu: { id: "perlu", en: "needs" },
} satisfies Record<string, Teks>;

function baris(dl: HTMLElement, label: string, nilai: HTMLElement | string): void {
  dl.append(buat("dt", undefined, label));
  const dd = buat("dd");
  dd.append(nilai);
  dl.append(dd);
}

/** The status as DOM: ready or not, host, platform, requirement sets with the newest version of each. */
export function renderStatus(status: StatusOffice, bahasa: Bahasa): DocumentFragment {
  const t = (k: keyof typeof TEKS_STATUS) => TEKS_STATUS[k][bahasa];
  const dl = buat("dl", "status__daftar");
  const siap = status.siap
    ? buat("span", "status__siap", t("siap"))
    : buat("span", "status__belum", t("belumSiap"));
  baris(dl, t("office"), siap);
  baris(dl, t("aplikasi"), status.host ?? t("tidakDiketahui"));
  baris(dl, t("platform"), status.platform ?? t("tidakDiketahui"));

  const ul = buat("ul", "status__set");
  ul.setAttribute("aria-label", t("judulSet"));
  for (const s of status.set) {
    const li = buat("li");
    li.append(buat("span", undefined, `${s.nama} (${t("perlu")} ${s.dibutuhkan})`));
    const teks = s.tertinggi ?? t("tidakDidukung");
    li.append(buat("span", s.cukup ? "lencana" : "lencana lencana--tidak", teks));
    ul.append(li);
  }
  return fragmen(dl, buat("p", "catatan", t("judulSet")), ul);
}

/** The one word beside the folded status's title: ready, or not connected. */
export function teksSingkat(status: StatusOffice, bahasa: Bahasa): string {
  return status.siap ? TEKS_STATUS.siap[bahasa] : TEKS_STATUS.belumTerhubung[bahasa];
}

/**
 * Replaces root's content with the status and `ringkas` (the folded summary's word) with its one
 * word, in the warning colour when the pane is not connected; the fold stays closed, so the first
 * action keeps its place above the fold.
 */
export function tampilkanStatus(
  root: HTMLElement,
  status: StatusOffice,
  bahasa: Bahasa,
  ringkas?: HTMLElement,
): void {
  root.replaceChildren(renderStatus(status, bahasa));
  if (!ringkas) return;
  ringkas.textContent = teksSingkat(status, bahasa);
  ringkas.className = status.siap ? "" : "status__singkat--belum";
}
