/** A refusal as Excel sends it: an error code from Excel.ErrorCodes and a message. */
export class GalatExcel extends Error {
  constructor(
    public kode: string,
    pesan: string,
  ) {
    super(pesan);
  }
}

export const tolak = (kode: string, pesan: string): GalatExcel => new GalatExcel(kode, pesan);

/** A member the emulator does not implement: loud, so a gap is never mistaken for success. */
export const tidakDiemulasi = (anggota: string): GalatExcel =>
  new GalatExcel("NotImplemented", `Tidak diemulasi (not emulated): ${anggota}`);
