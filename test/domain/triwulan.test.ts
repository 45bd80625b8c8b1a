import { KOSONG } from "../../src/domain/baca-angka";
import { bacaKatalog } from "../../src/domain/katalog-json";
import { ambangRencanaAksi } from "../../src/domain/katalog-triwulan";
import { KATALOG_BAWAAN } from "../../src/domain/katalog-bawaan";
import { AMBANG_STATUS_BAWAAN, HasilTw, capaianSdTw, cekTargetTw, statusTw } from "../../src/domain/triwulan";
import { Agregasi, Polaritas } from "../../src/domain/types";

const _ = null;
type Baris = [string, unknown[], unknown[], Agregasi, Polaritas, number | "", number | "", string];

describe("capaianSdTw and statusTw", () => {
  it.each<Baris>([
    [
      "jumlah adds the filled quarters and their targets",
      [2, 3, _, _],
      [2, 4, 4, 4],
      "jumlah",
      "positif",
      5,
      5 / 6,
      "Perlu Perhatian",
    ],
    [
      "akhir takes the last filled quarter and its target",
      [0.3, 0.36, _, _],
      [0.3, 0.35, 0.38, 0.41],
      "akhir",
      "positif",
      0.36,
      0.36 / 0.35,
      "Sesuai Rencana",
    ],
    [
      "rata-rata averages the filled quarters and their targets",
      [80, 81, 82, _],
      [82, 83, 84, 85],
      "rata-rata",
      "positif",
      81,
      81 / 83,
      "Perlu Perhatian",
    ],
    [
      "a quarter filled with 0 counts as filled",
      [0, _, _, _],
      [1, 1, 1, 1],
      "jumlah",
      "positif",
      0,
      0,
      "Terlambat",
    ],
    [
      "a skipped quarter is not filled",
      [_, 3, _, _],
      [2, 4, 4, 4],
      "jumlah",
      "positif",
      3,
      0.75,
      "Terlambat",
    ],
    [
      "nothing planned yet is on plan with no capaian",
      [0, _, _, _],
      [0, 0, 0, 1],
      "jumlah",
      "positif",
      0,
      "",
      "Sesuai Rencana",
    ],
    [
      "nothing planned yet but done is on plan too",
      [1, _, _, _],
      [0, 0, 0, 1],
      "jumlah",
      "positif",
      1,
      "",
      "Sesuai Rencana",
    ],
    [
      "lower is better reads the negatif rule",
      [12, _, _, _],
      [10, 10, 10, 10],
      "akhir",
      "negatif",
      12,
      0.8,
      "Perlu Perhatian",
    ],
    [
      "lower is better with nothing allowed and nothing done is 100%",
      [0, _, _, _],
      [0, 5, 5, 5],
      "jumlah",
      "negatif",
      0,
      1,
      "Sesuai Rencana",
    ],
    [
      "exactly the Tinggi bound needs attention",
      [76, _, _, _],
      [100, 0, 0, 0],
      "jumlah",
      "positif",
      76,
      0.76,
      "Perlu Perhatian",
    ],
  ])("%s", (_nama, r, t, jenis, pol, realisasi, capaian, status) => {
    const h = capaianSdTw(r, t, jenis, pol);
    expect(h.keadaan).toBe("ada");
    if (h.keadaan !== "ada") return;
    expect(h.realisasi).toBeCloseTo(realisasi as number, 12);
    if (capaian === "") expect(h.capaian).toBe(KOSONG);
    else expect(h.capaian).toBeCloseTo(capaian, 12);
    expect(statusTw(h)).toBe(status);
  });

  it("is Belum Diisi, never green, while no quarter is filled", () => {
    const h = capaianSdTw([_, "", _, _], [_, _, _, _], "jumlah", "positif");
    expect(h).toEqual({ keadaan: "belum" });
    expect(statusTw(h)).toBe("Belum Diisi");
  });

  it.each<[string, unknown[], unknown[], string, RegExp]>([
    [
      "a quarter typed as text",
      [1, "dua", _, _],
      [1, 1, 1, 1],
      "Cek Realisasi TW",
      /realisasi triwulan ke-2 "dua"/,
    ],
    ["a missing TW target", [1, _, _, _], [1, 1, _, 1], "Cek Target TW", /target TW III kosong/],
    [
      "a realisation above 1.000% of its target",
      [41, _, _, _],
      [0.41, 0.41, 0.41, 0.41],
      "Cek Realisasi TW",
      /1\.000%/,
    ],
  ])("gives an error that says why for %s, never a number", (_nama, r, t, status, pesan) => {
    const h = capaianSdTw(r, t, "akhir", "positif", true);
    expect(h.keadaan).toBe("galat");
    if (h.keadaan === "galat") expect(h.galat.pesan.id).toMatch(pesan);
    expect(statusTw(h)).toBe(status);
  });

  it("points at the targets first when both a quarter and the plan are wrong, as the sheet does", () => {
    expect(statusTw(capaianSdTw(["x", _, _, _], [1, _, 1, 1], "jumlah", "positif", true))).toBe(
      "Cek Target TW",
    );
  });

  it("reads Indonesian text numbers unless strict, as the sheet is", () => {
    expect(capaianSdTw(["37%", _, _, _], [0.37, 0.4, 0.4, 0.4], "akhir", "positif")).toMatchObject({
      capaian: 1,
    });
    expect(capaianSdTw(["37%", _, _, _], [0.37, 0.4, 0.4, 0.4], "akhir", "positif", true)).toMatchObject({
      keadaan: "galat",
      sebab: "realisasi",
    });
  });

  it("takes thresholds from the catalog", () => {
    const h: HasilTw = { keadaan: "ada", realisasi: 72, target: 100, capaian: 0.72 };
    expect(statusTw(h)).toBe("Terlambat");
    expect(statusTw(h, { sesuai: 0.9, perhatian: 0.7 })).toBe("Perlu Perhatian");
    expect(statusTw({ ...h, capaian: 0.9 }, { sesuai: 0.9, perhatian: 0.7 })).toBe("Sesuai Rencana");
  });

  it("defaults to 100% and the predikat's Tinggi bound", () => {
    expect(AMBANG_STATUS_BAWAAN).toEqual({ sesuai: 1, perhatian: 0.76 });
    expect(ambangRencanaAksi(KATALOG_BAWAAN)).toEqual(AMBANG_STATUS_BAWAAN);
  });

  it("rounds like predikat: 75,996% is 76,00%", () => {
    expect(statusTw({ keadaan: "ada", realisasi: 0, target: 1, capaian: 0.75996 })).toBe("Perlu Perhatian");
    expect(statusTw({ keadaan: "ada", realisasi: 0, target: 1, capaian: 0.75994 })).toBe("Terlambat");
  });
});

describe("cekTargetTw", () => {
  it.each<[string, (number | null)[], number, Agregasi, string]>([
    ["jumlah fits when the quarters add up", [3, 3, 4, 4], 14, "jumlah", "Sesuai"],
    ["jumlah misfits when they do not", [3, 3, 4, 3], 14, "jumlah", "Tidak Sesuai"],
    ["percent sums fit despite float noise", [0.1, 0.2, 0.05, 0.06], 0.41, "jumlah", "Sesuai"],
    ["akhir fits when TW IV is the year's target", [0.3, 0.35, 0.38, 0.41], 0.41, "akhir", "Sesuai"],
    ["akhir misfits on TW IV alone", [0.41, 0.41, 0.41, 0.4], 0.41, "akhir", "Tidak Sesuai"],
    ["rata-rata fits on the mean", [82, 83, 84, 84], 83.25, "rata-rata", "Sesuai"],
    ["rata-rata misfits otherwise", [82, 83, 84, 85], 83.25, "rata-rata", "Tidak Sesuai"],
    ["an incomplete plan never fits", [3, 3, null, 8], 14, "jumlah", "Tidak Sesuai"],
    ["nothing typed is blank", [null, null, null, null], 14, "jumlah", ""],
  ])("%s", (_nama, t, tahunan, jenis, hasil) => {
    expect(cekTargetTw(t, tahunan, jenis)).toBe(hasil);
  });
});

describe("ambangRencanaAksi in the catalog", () => {
  const dasar = {
    instansi: "Dinas",
    judul: "IKU",
    tahun: [2025],
    tujuan: [
      {
        nama: "T",
        sasaran: [
          {
            nama: "S",
            indikator: [
              {
                kode: "A",
                nama: "A",
                satuan: "Dok",
                jenisSatuan: "jumlah",
                polaritas: "positif",
                agregasi: "jumlah",
                target: { 2025: 1 },
                bidang: "B",
              },
            ],
          },
        ],
      },
    ],
  };

  it("reads percent texts, and a missing one takes its default", () => {
    const k = bacaKatalog({ ...dasar, ambangRencanaAksi: { sesuai: "90%" } });
    expect("galatKatalog" in k ? k.galatKatalog : ambangRencanaAksi(k)).toEqual({
      sesuai: 0.9,
      perhatian: 0.76,
    });
  });

  it.each<[unknown, RegExp]>([
    [{ sesuai: "abc" }, /ambangRencanaAksi\.sesuai: "abc" bukan persen/],
    [{ sesuai: 0.7, perhatian: 0.9 }, /perhatian 0,9 di atas sesuai 0,7/],
    [{ perhatian: 50 }, /ambangRencanaAksi\.perhatian: 50 bukan persen/],
    [{ hijau: 1 }, /ambangRencanaAksi\.hijau: tidak dikenal/],
    [[1, 0.76], /ambangRencanaAksi: harus berupa objek/],
  ])("refuses %p with a message naming the field", (ambang, pesan) => {
    const k = bacaKatalog({ ...dasar, ambangRencanaAksi: ambang });
    expect("galatKatalog" in k && k.galatKatalog.join("\n")).toMatch(pesan);
  });
});
