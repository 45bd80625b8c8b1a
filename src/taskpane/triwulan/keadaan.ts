/**
 * The "Triwulan ini" section's one state owner: the last check's result and whether a check runs.
 * It reaches Excel only through the AksiTriwulan it is given.
 */
import type { Bahasa } from "../../bahasa";
import { AksiOffice, pesanGalatOffice } from "../../excel/galat-office";
import type { HasilTriwulan } from "../../excel/triwulan/baca-triwulan";
import {
  renderHasilTriwulan,
  renderKerangkaTriwulan,
  teksStatusTriwulan,
  type ButirTriwulan,
  type KerangkaTriwulan,
} from "./tampilan";
import { teksTriwulan } from "./teks";

/** What the section asks of Excel; src/excel in the pane, fakes in tests. */
export interface AksiTriwulan {
  periksa(): Promise<HasilTriwulan>;
  pilihSel(lembar: string, alamat: string): Promise<void>;
}

export class BagianTriwulan {
  readonly dom: KerangkaTriwulan;
  private sibuk = false;

  constructor(
    root: HTMLElement,
    private readonly bahasa: Bahasa,
    private readonly aksi: AksiTriwulan,
  ) {
    this.dom = renderKerangkaTriwulan(bahasa);
    root.setAttribute("aria-labelledby", "judul-triwulan");
    root.replaceChildren(...this.dom.simpul);
  }

  private gagal(e: unknown, aksi: AksiOffice): void {
    this.dom.status.textContent = pesanGalatOffice(e, aksi)[this.bahasa];
  }

  /** Checks with the button disabled, so a double click cannot queue a second run. */
  async periksa(): Promise<void> {
    if (this.sibuk) return;
    this.sibuk = this.dom.periksa.disabled = true;
    this.dom.status.textContent = teksTriwulan("bekerja", this.bahasa);
    this.dom.hasil.replaceChildren();
    try {
      this.tampilkan(await this.aksi.periksa());
    } catch (e) {
      this.gagal(e, "triwulan");
    } finally {
      this.sibuk = this.dom.periksa.disabled = false;
    }
  }

  /** A check's result: the status line, then the two lists. */
  tampilkan(h: HasilTriwulan): void {
    this.dom.status.textContent = teksStatusTriwulan(h, this.bahasa);
    this.dom.hasil.replaceChildren(renderHasilTriwulan(h, this.bahasa, (b) => void this.pilih(b)));
  }

  /** Selecting a listed row is not an action that blocks the others; only a failure is told. */
  private async pilih(b: ButirTriwulan): Promise<void> {
    try {
      await this.aksi.pilihSel(b.lembar, b.alamat);
    } catch (e) {
      this.gagal(e, "pilihBarisTriwulan");
    }
  }
}
