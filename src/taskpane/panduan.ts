/** The pane's first-run guide: shown once, reopened from the header's "Panduan" button. */
import type { Bahasa, Teks } from "../bahasa";
import { buat, tombol } from "./dom";

export const KUNCI_PANDUAN = "iku-kinerja.panduan-dilihat";

export const TEKS_PANDUAN = {
  judul: { id: "Mulai dalam empat langkah", en: "Get started in four steps" },
  langkah1: {
    id: "Klik Sisipkan IKU (di pita Beranda atau di atas) untuk membuat lembar IKU, Triwulan, Formulasi, Dashboard, Anggaran, LKjIP dan PK.",
    en: "Click Insert IKU (on the Home ribbon or above) to create the IKU, Triwulan, Formulasi, Dashboard, Anggaran, LKjIP and PK sheets.",
  },
  langkah2: {
    id: "Isi realisasi (dan program di lembar Anggaran). Capaian, predikat, warna merah untuk target yang meleset serta tabel LKjIP dan PK terhitung sendiri.",
    en: "Type the actuals (and programs on the Anggaran sheet). Achievement, rating, the red flag for missed targets and the LKjIP and PK tables follow by themselves.",
  },
  langkah3: {
    id: "Di lembar Anda sendiri, ketik =IKU.CAPAIAN(realisasi; target) atau fungsi IKU lain; contohnya ada di bagian Fungsi IKU.",
    en: "In your own sheets, type =IKU.CAPAIAN(actual, target) or another IKU function; examples are under IKU functions.",
  },
  langkah4: {
    id: "Pilih tabel yang punya kolom Target dan Realisasi, lalu klik Tandai Capaian untuk menandai realisasi yang meleset.",
    en: "Select a table with Target and Realisasi columns, then click Flag misses to flag the actuals below target.",
  },
  tutup: { id: "Mengerti, tutup panduan", en: "Got it, close the guide" },
} satisfies Record<string, Teks>;

/** Storage that may be missing or refuse access (private mode, blocked cookies): never let that break the pane. */
export interface Penyimpanan {
  getItem(kunci: string): string | null;
  setItem(kunci: string, nilai: string): void;
}

function sudahDilihat(simpan: Penyimpanan | null): boolean {
  try {
    return simpan?.getItem(KUNCI_PANDUAN) === "1";
  } catch {
    return false;
  }
}

function tandaiDilihat(simpan: Penyimpanan | null): void {
  try {
    simpan?.setItem(KUNCI_PANDUAN, "1");
  } catch {
    // Without storage the guide simply shows again next time.
  }
}

/** window.localStorage, or null where merely reading the property throws. */
export function penyimpananPanel(): Penyimpanan | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The guide's content: heading (focusable, for the reopen button), the four steps, the close button. */
export function renderPanduan(bahasa: Bahasa): {
  simpul: HTMLElement[];
  judul: HTMLElement;
  tutup: HTMLButtonElement;
} {
  const t = (k: keyof typeof TEKS_PANDUAN) => TEKS_PANDUAN[k][bahasa];
  const judul = buat("h2", "bagian__judul", t("judul"));
  judul.id = "judul-panduan";
  judul.tabIndex = -1;
  const daftar = buat("ol");
  daftar.append(
    ...(["langkah1", "langkah2", "langkah3", "langkah4"] as const).map((k) => buat("li", undefined, t(k))),
  );
  const tutup = tombol(t("tutup"), "tombol tombol--kedua");
  tutup.id = "tutup-panduan";
  return { simpul: [judul, daftar, tutup], judul, tutup };
}

/** The guide's one state owner: open or closed, and remembering the first visit. */
export class Panduan {
  readonly dom: ReturnType<typeof renderPanduan>;

  constructor(
    private readonly root: HTMLElement,
    private readonly tombolBuka: HTMLButtonElement,
    bahasa: Bahasa,
    simpan: Penyimpanan | null,
  ) {
    this.dom = renderPanduan(bahasa);
    root.replaceChildren(...this.dom.simpul);
    tombolBuka.setAttribute("aria-controls", root.id);
    const pertama = !sudahDilihat(simpan);
    this.tampil(pertama);
    if (pertama) tandaiDilihat(simpan);
  }

  get terbuka(): boolean {
    return !this.root.hidden;
  }

  private tampil(terbuka: boolean): void {
    this.root.hidden = !terbuka;
    this.tombolBuka.setAttribute("aria-expanded", String(terbuka));
  }

  /** Focus goes into the guide when it opens and back to the header button when it closes. */
  buka(): void {
    this.tampil(true);
    this.dom.judul.focus();
  }

  tutup(): void {
    this.tampil(false);
    this.tombolBuka.focus();
  }
}

/** Fills the guide section, shown on the first visit only, and wires the header button to reopen it. */
export function pasangPanduan(
  root: HTMLElement,
  tombolBuka: HTMLButtonElement,
  bahasa: Bahasa,
  simpan: Penyimpanan | null = penyimpananPanel(),
): Panduan {
  const panduan = new Panduan(root, tombolBuka, bahasa, simpan);
  panduan.dom.tutup.addEventListener("click", () => panduan.tutup());
  tombolBuka.addEventListener("click", () => panduan.buka());
  return panduan;
}
