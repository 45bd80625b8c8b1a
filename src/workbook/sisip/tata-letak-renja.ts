/** Where everything sits on the Evaluasi Renja sheet: its rows are the Renstra sheet's rows. */
export function tataLetakRenja() {
  return {
    kode: 1,
    nama: 2,
    indikator: 3,
    satuan: 4,
    targetAkhirK: 5,
    targetAkhirRp: 6,
    laluK: 7,
    laluRp: 8,
    targetK: 9,
    targetRp: 10,
    twK: (q: number) => 11 + 2 * q,
    twRp: (q: number) => 12 + 2 * q,
    realisasiK: 19,
    realisasiRp: 20,
    capaianK: 21,
    capaianRp: 22,
    sampaiK: 23,
    sampaiRp: 24,
    capaianSampaiK: 25,
    capaianSampaiRp: 26,
    unit: 27,
    keterangan: 28,
    kolomAkhir: 28,
    /** The footer's values, right of its labels (A–C, printed on every page). */
    nilaiKaki: 4,
    /** The last column of the first printed page; titles and factors span to it. */
    akhirHalamanPertama: 20,
  };
}
