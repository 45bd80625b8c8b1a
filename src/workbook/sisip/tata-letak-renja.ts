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
    /**
     * The footer's labels, on the first printed group right of the columns repeated on every page,
     * so the other groups' pages show no label without its value.
     */
    labelKaki: 4,
    /** The footer's values, right of its labels. */
    nilaiKaki: 7,
    /** The last column the titles span on screen. */
    akhirJudul: 20,
    /** Columns printed on every page, left of each group: Kode, Program / Kegiatan / Sub Kegiatan, Indikator Kinerja. */
    kolomJudul: 3,
    /**
     * The first column of each printed page's group, read left to right as the form does: the
     * targets, the four quarters, the year's results, then the Renstra's progress with unit and note.
     */
    awalHalaman: [4, 11, 19, 23],
    /** The last column of the first printed page; the factors under the table span to it. */
    akhirHalamanPertama: 10,
  };
}
