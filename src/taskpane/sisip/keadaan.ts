/** The insert section's one state owner: the active catalog and whether an insertion runs. */
import type { Bahasa } from "../../bahasa";
import { adalahGalatKatalog, bacaKatalogTeks } from "../../domain/katalog-json";
import type { Katalog } from "../../domain/types";
import type { HasilSisip } from "../../excel/sisip/hasil-sisip";
import type { sisipkanIku } from "../../excel/sisip/sisip-iku";
import { pesanGalatOffice } from "../../excel/galat-office";
import type { TempatIsian } from "../../workbook/sisip/tempat-isian";
import {
  isiKatalog,
  renderBerikut,
  renderKerangkaSisip,
  renderPesanKatalog,
  teksHasil,
  teksKemajuan,
  type KerangkaSisip,
} from "./tampilan";
import { teksSisip } from "./teks";

export type Sisipkan = typeof sisipkanIku;
/** Selects a range on a sheet (src/excel in the pane, a fake in tests). */
export type PilihSel = (lembar: string, alamat: string) => Promise<void>;

export class BagianSisip {
  readonly dom: KerangkaSisip;

  constructor(
    root: HTMLElement,
    private readonly bahasa: Bahasa,
    private readonly sisipkanKatalog: Sisipkan,
    private katalog: Katalog,
    /** Told every insertion's outcome, after the status line (the Renstra check listens). */
    private readonly sesudah?: (hasil: HasilSisip) => void,
    /** Selects a "fill in next" place. */
    private readonly pilih?: PilihSel,
  ) {
    this.dom = renderKerangkaSisip(katalog, bahasa);
    root.setAttribute("aria-labelledby", "judul-sisip");
    root.replaceChildren(...this.dom.simpul);
  }

  get katalogAktif(): Katalog {
    return this.katalog;
  }

  /** Inserts the active catalog for the chosen years; the button waits until it is done. */
  async sisipkan(): Promise<void> {
    const { tombol, status, tahun, tahunRencana } = this.dom;
    if (tombol.disabled) return;
    tombol.disabled = true;
    status.textContent = teksSisip("menyisipkan", this.bahasa);
    this.dom.berikut.replaceChildren();
    try {
      const dipilih = { laporan: Number(tahun.value), rencana: Number(tahunRencana.value) };
      const hasil = await this.sisipkanKatalog(this.katalog, dipilih, this.bahasa, (s, n) =>
        this.kemajuan(s, n),
      );
      this.tampilkanHasil(hasil);
    } finally {
      this.dom.kemajuan.hidden = true;
      tombol.disabled = false;
    }
  }

  /** Shown only when there is more than one batch: a small catalog goes in one. */
  kemajuan(selesai: number, jumlah: number): void {
    if (jumlah < 2) return;
    const { kemajuan, status } = this.dom;
    kemajuan.hidden = selesai >= jumlah;
    [kemajuan.max, kemajuan.value] = [jumlah, selesai];
    status.textContent = teksKemajuan(selesai, jumlah, this.bahasa);
  }

  /** An insertion's outcome, the pane's own or the ribbon's. */
  tampilkanHasil(hasil: HasilSisip): void {
    this.dom.status.textContent = teksHasil(hasil, this.bahasa);
    const isian = hasil.ok ? (hasil.isian ?? []) : [];
    const tahun = hasil.ok ? hasil.tahun : undefined;
    this.dom.berikut.replaceChildren(
      renderBerikut(isian, tahun, this.bahasa, (t) => void this.pilihTempat(t)),
    );
    this.sesudah?.(hasil);
  }

  /** Selecting a place to fill is not an action that blocks the others; only a failure is told. */
  private async pilihTempat(tempat: TempatIsian): Promise<void> {
    try {
      await this.pilih?.(tempat.lembar, tempat.pilih);
    } catch (e) {
      this.dom.status.textContent = pesanGalatOffice(e, "pilihIsian")[this.bahasa];
    }
  }

  /** Reads a catalog file's text: a rejected one changes nothing, a cleaned one says what was removed. */
  muatKatalog(teks: string): void {
    const peringatan: string[] = [];
    const hasil = bacaKatalogTeks(teks, peringatan);
    const { status } = this.dom;
    if (adalahGalatKatalog(hasil)) {
      status.replaceChildren(renderPesanKatalog("katalogDitolak", hasil.galatKatalog, this.bahasa));
      return;
    }
    this.katalog = hasil;
    isiKatalog(this.dom, hasil, this.bahasa);
    status.replaceChildren();
    if (peringatan.length > 0)
      status.replaceChildren(renderPesanKatalog("katalogDibersihkan", peringatan, this.bahasa));
  }
}
