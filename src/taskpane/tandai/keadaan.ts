/**
 * The "Tandai Capaian" section's one state owner: the chosen ranges, the last result, whether an
 * action runs. It reaches Excel only through the AksiTandai it is given.
 */
import type { Bahasa } from "../../bahasa";
import type { HasilPerintahTandai } from "../../commands/tandai";
import type { AksiOffice } from "../../excel/galat-office";
import type { HasilHapus } from "../../excel/tandai/hapus";
import type { ButirPanel, HasilTandai, SelTeksPanel } from "../../excel/tandai/hasil-tandai";
import type { RentangDipilih } from "../../excel/tandai/manual";
import {
  perbaruiManual,
  renderHasil,
  renderKerangkaTandai,
  teksGagal,
  teksStatusHapus,
  teksStatusTandai,
  type JenisRentang,
  type KerangkaTandai,
  type PilihanManual,
} from "./tampilan";
import { teksTandai } from "./teks";

/** What the section asks of Excel; src/excel in the pane, fakes in tests. */
export interface AksiTandai {
  tandai(): Promise<HasilTandai>;
  hapus(): Promise<HasilHapus>;
  bacaPilihan(): Promise<RentangDipilih>;
  tandaiManual(target: RentangDipilih, realisasi: RentangDipilih): Promise<HasilTandai>;
  ubahJadiAngka(lembar: string, daftar: readonly SelTeksPanel[]): Promise<number>;
  pilihSel(lembar: string, alamat: string): Promise<void>;
}

export class BagianTandai {
  readonly dom: KerangkaTandai;
  private pilihan: PilihanManual = {};
  private sibuk = false;

  constructor(
    root: HTMLElement,
    private readonly bahasa: Bahasa,
    private readonly aksi: AksiTandai,
  ) {
    this.dom = renderKerangkaTandai(bahasa);
    root.setAttribute("aria-labelledby", "judul-tandai");
    root.replaceChildren(...this.dom.simpul);
  }

  get sedangBekerja(): boolean {
    return this.sibuk;
  }

  private set status(teks: string) {
    this.dom.status.textContent = teks;
  }

  /**
   * Runs one action with the buttons disabled, so a double click cannot queue a second run; an
   * Office error ends up in the status line in the pane's language.
   */
  async kerja(aksi: AksiOffice, f: () => Promise<void>): Promise<void> {
    if (this.sibuk) return;
    const semua = [this.dom.tandai, this.dom.hapus, this.dom.manual.tandaiRentang];
    semua.forEach((b) => (b.disabled = true));
    this.sibuk = true;
    this.status = teksTandai("bekerja", this.bahasa);
    try {
      await f();
    } catch (e) {
      this.status = teksGagal(e, aksi, this.bahasa);
    } finally {
      this.sibuk = false;
      // Decided after the action: choosing the second range is what enables "Tandai rentang ini".
      this.dom.tandai.disabled = this.dom.hapus.disabled = false;
      this.dom.manual.tandaiRentang.disabled = !(this.pilihan.target && this.pilihan.realisasi);
    }
  }

  /** A flag run's result: status line, then the review list; a refusal opens the manual pointing. */
  tampilkanTandai(h: HasilTandai): void {
    this.dom.hasil.replaceChildren();
    this.status = teksStatusTandai(h, this.bahasa);
    if (!h.ok) {
      this.dom.manual.elemen.open = true;
      return;
    }
    this.dom.hasil.append(
      renderHasil(h, this.bahasa, {
        saatPilih: (b) => void this.pilihSel(h.lembar, b),
        saatUbah: (tombolUbah) => void this.ubahJadiAngka(h.lembar, h.teks, tombolUbah),
      }),
    );
  }

  tampilkanHapus(h: HasilHapus): void {
    this.dom.hasil.replaceChildren();
    this.status = teksStatusHapus(h, this.bahasa);
  }

  /** What a ribbon command did, shown as if the pane's own button had done it. */
  tampilkanPerintah(h: HasilPerintahTandai): void {
    if (h.jenis === "tandai") this.tampilkanTandai(h.hasil);
    else this.tampilkanHapus(h.hasil);
  }

  tandai(): Promise<void> {
    return this.kerja("tandai", async () => this.tampilkanTandai(await this.aksi.tandai()));
  }

  hapus(): Promise<void> {
    return this.kerja("hapus", async () => this.tampilkanHapus(await this.aksi.hapus()));
  }

  /** Takes the current selection as the target or the realisation range. */
  pakaiPilihan(jenis: JenisRentang): Promise<void> {
    return this.kerja("pilihan", async () => {
      this.pilihan = { ...this.pilihan, [jenis]: await this.aksi.bacaPilihan() };
      perbaruiManual(this.dom.manual, this.pilihan, this.bahasa);
      this.status = "";
    });
  }

  tandaiRentang(): Promise<void> {
    const { target, realisasi } = this.pilihan;
    if (!target || !realisasi) return Promise.resolve();
    return this.kerja("manual", async () =>
      this.tampilkanTandai(await this.aksi.tandaiManual(target, realisasi)),
    );
  }

  private ubahJadiAngka(
    lembar: string,
    teks: readonly SelTeksPanel[],
    tombolUbah: HTMLElement,
  ): Promise<void> {
    return this.kerja("ubahAngka", async () => {
      const n = await this.aksi.ubahJadiAngka(lembar, teks);
      tombolUbah.remove();
      this.status = `${n} ${teksTandai("diubah", this.bahasa)}`;
    });
  }

  /** Selecting a listed cell is not an action that blocks the others; only a failure is told. */
  private async pilihSel(lembar: string, b: ButirPanel): Promise<void> {
    try {
      await this.aksi.pilihSel(lembar, b.alamat);
    } catch (e) {
      this.status = teksGagal(e, "pilihSel", this.bahasa);
    }
  }
}
