/**
 * The "Periksa Renstra" section's one state owner: the last check's result and whether a check
 * runs. It reaches Excel only through the AksiRenstra it is given.
 */
import type { Bahasa } from "../../bahasa";
import { AksiOffice, pesanGalatOffice } from "../../excel/galat-office";
import type { HasilRenstra, MasalahPanel } from "../../excel/renstra/baca-renstra";
import type { HasilSisip } from "../../excel/sisip/hasil-sisip";
import { renderKerangkaRenstra, renderMasalah, teksStatusRenstra, type KerangkaRenstra } from "./tampilan";
import { teksRenstra } from "./teks";

/** What the section asks of Excel; src/excel in the pane, fakes in tests. */
export interface AksiRenstra {
  /** The workbook's Renstra table, or the one among `lembar` (an insertion's sheets). */
  periksa(lembar?: readonly string[]): Promise<HasilRenstra>;
  pilihSel(lembar: string, alamat: string): Promise<void>;
}

export class BagianRenstra {
  readonly dom: KerangkaRenstra;
  private sibuk = false;

  constructor(
    root: HTMLElement,
    private readonly bahasa: Bahasa,
    private readonly aksi: AksiRenstra,
  ) {
    this.dom = renderKerangkaRenstra(bahasa);
    root.setAttribute("aria-labelledby", "judul-renstra");
    root.replaceChildren(...this.dom.simpul);
  }

  private gagal(e: unknown, aksi: AksiOffice): void {
    this.dom.status.textContent = pesanGalatOffice(e, aksi)[this.bahasa];
  }

  /**
   * Checks with the button disabled, so a double click cannot queue a second run. After an
   * insertion (`lembar` given) a workbook without a Renstra table is not worth a message.
   */
  async periksa(lembar?: readonly string[]): Promise<void> {
    if (this.sibuk) return;
    this.sibuk = this.dom.periksa.disabled = true;
    this.dom.status.textContent = teksRenstra("bekerja", this.bahasa);
    this.dom.hasil.replaceChildren();
    try {
      const h = await this.aksi.periksa(lembar);
      const diam = lembar !== undefined && !h.ok && h.tanpaTabel === true;
      this.tampilkan(h, diam);
    } catch (e) {
      this.gagal(e, "renstra");
    } finally {
      this.sibuk = this.dom.periksa.disabled = false;
    }
  }

  /** A check's result: the status line, then the list of wrong rows. */
  tampilkan(h: HasilRenstra, diam = false): void {
    this.dom.status.textContent = diam ? "" : teksStatusRenstra(h, this.bahasa);
    if (h.ok)
      this.dom.hasil.replaceChildren(renderMasalah(h, this.bahasa, (m) => void this.pilih(h.lembar, m)));
  }

  /** An insertion's outcome, the pane's own or the ribbon's: its sheets are checked if it worked. */
  setelahSisip(h: HasilSisip): Promise<void> {
    return h.ok ? this.periksa(h.lembar) : Promise.resolve();
  }

  /** Selecting a listed row is not an action that blocks the others; only a failure is told. */
  private async pilih(lembar: string, m: MasalahPanel): Promise<void> {
    try {
      await this.aksi.pilihSel(lembar, m.alamat);
    } catch (e) {
      this.gagal(e, "pilihBaris");
    }
  }
}
