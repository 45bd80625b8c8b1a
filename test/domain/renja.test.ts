import { adalahGalat } from "../../src/domain/galat";
import { ALASAN_RENJA, BarisRenja, hitungEvaluasiRenja, rataCapaian } from "../../src/domain/renja";

/** A sub kegiatan row: target 4, pagu 100, jumlah, positif; fields overridden per case. */
const baris = (ubah: Partial<BarisRenja> = {}): BarisRenja => ({
  kode: "2.17.02.2.01.0001",
  polaritas: "positif",
  agregasi: "jumlah",
  targetAkhir: 12,
  paguAkhir: 300,
  target: 4,
  pagu: 100,
  realisasiLaluK: null,
  realisasiLaluRp: null,
  k: [null, null, null, null],
  rp: [null, null, null, null],
  ...ubah,
});

const satu = (ubah: Partial<BarisRenja>) => hitungEvaluasiRenja([baris(ubah)]).baris[0];

describe("hitungEvaluasiRenja", () => {
  it.each([
    ["jumlah", [1, 1, null, null], 2],
    ["akhir", [1, 3, null, null], 3],
    ["akhir", [1, 3, 0, null], 0],
    ["rata-rata", [2, 4, null, null], 3],
    ["jumlah", [0, 0, 0, 0], 0],
  ] as const)("aggregates K by %s: %j gives %d", (agregasi, k, harap) => {
    expect(satu({ agregasi, k: [...k] }).realisasiK).toBe(harap);
  });

  it("leaves every cell blank while nothing is filled", () => {
    const h = satu({});
    expect([h.realisasiK, h.realisasiRp, h.capaianK, h.capaianRp, h.sampaiK, h.keterangan]).toEqual([
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
  });

  it("reads 0 as filled: capaian 0%, not blank", () => {
    const h = satu({ k: [0, null, null, null], rp: [0, null, null, null] });
    expect([h.realisasiK, h.capaianK, h.realisasiRp, h.capaianRp]).toEqual([0, 0, 0, 0]);
  });

  it("computes capaian by polarity and serapan, and s.d. N adding last year for sums", () => {
    const h = satu({
      k: [1, 2, null, null],
      rp: [30, 20, null, null],
      realisasiLaluK: 4,
      realisasiLaluRp: 90,
    });
    expect(h.capaianK).toBe(0.75);
    expect(h.capaianRp).toBe(0.5);
    expect(h.sampaiK).toBe(7);
    expect(h.sampaiRp).toBe(140);
    expect(h.capaianSampaiK).toBeCloseTo(7 / 12, 12);
    expect(h.capaianSampaiRp).toBeCloseTo(140 / 300, 12);
    expect(satu({ polaritas: "negatif", k: [5, null, null, null] }).capaianK).toBe(0.75);
  });

  it("takes this year's value as s.d. N for absolut (akhir) indicators", () => {
    expect(satu({ agregasi: "akhir", k: [3, null, null, null], realisasiLaluK: 10 }).sampaiK).toBe(3);
  });

  it.each([
    ["a quarter typed as text", { k: [1, "dua", null, null] }, ALASAN_RENJA.teks],
    ["an Rp quarter typed as text", { rp: ["1.000", null, null, null] }, ALASAN_RENJA.teks],
    ["a realisation above 1.000% of target", { k: [41, null, null, null] }, ALASAN_RENJA.terlaluBesar],
    ["Rp above 1.000% of pagu", { rp: [1001, null, null, null] }, ALASAN_RENJA.terlaluBesar],
    ["a target of 0", { target: 0, k: [1, null, null, null] }, ALASAN_RENJA.periksa],
  ] as const)("gives an error and says why for %s", (_, ubah, alasan) => {
    const h = satu(ubah as unknown as Partial<BarisRenja>);
    expect(h.keterangan).toBe(alasan);
    expect([h.realisasiK, h.realisasiRp, h.capaianK, h.capaianRp].some(adalahGalat)).toBe(true);
  });

  it("sums a parent's Rp from its direct children, blank where none reported, and a child's error stays one", () => {
    const rows = [
      baris({ kode: "2.17.02", rp: [999, 999, 999, 999], k: [1, null, null, null] }),
      baris({ kode: "2.17.02.2.01", rp: [999, null, null, null] }),
      baris({ kode: "2.17.02.2.01.0001", rp: [10, null, null, null] }),
      baris({ kode: "2.17.02.2.01.0002", rp: [5, 7, null, null] }),
      baris({ kode: null, k: [2, null, null, null] }),
    ];
    const h = hitungEvaluasiRenja(rows).baris;
    expect(h[1].rpTw).toEqual([15, 7, "", ""]);
    expect(h[1].realisasiRp).toBe(22);
    expect(h[0].rpTw).toEqual([15, 7, "", ""]);
    expect(h[0].realisasiRp).toBe(22);
    // A further indicator of the same unit has no Rp of its own.
    expect([h[4].realisasiRp, h[4].capaianRp, h[4].realisasiK]).toEqual(["", "", 2]);
    rows[3] = baris({ kode: "2.17.02.2.01.0002", rp: ["lima", 7, null, null] });
    const salah = hitungEvaluasiRenja(rows).baris;
    expect(adalahGalat(salah[1].realisasiRp)).toBe(true);
    expect(adalahGalat(salah[0].realisasiRp)).toBe(true);
    expect(salah[1].rpTw).toEqual([10, 7, "", ""]);
  });

  it("keeps a row's Rp typed when the sheet says so (a row typed after insertion)", () => {
    const rows = [
      baris({ kode: "2.17.02.2.01", rp: [50, null, null, null], rpDariAnak: false }),
      baris({ kode: "2.17.02.2.01.0001", rp: [10, null, null, null] }),
    ];
    expect(hitungEvaluasiRenja(rows).baris[0].realisasiRp).toBe(50);
  });

  it("gives the mean capaian K with its predikat; an error anywhere makes the mean one", () => {
    const e = hitungEvaluasiRenja([
      baris({ k: [4, null, null, null] }),
      baris({ k: [3, null, null, null] }),
      baris(),
    ]);
    expect(e.rataRata).toBe(0.875);
    expect(e.predikat).toBe("Tinggi");
    expect(adalahGalat(hitungEvaluasiRenja([baris({ k: ["x", null, null, null] })]).rataRata)).toBe(true);
    expect(rataCapaian(["", ""])).toBe("");
  });
});
