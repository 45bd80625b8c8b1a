import { adalahGalatKatalog, bacaKatalog } from "../../src/domain/katalog-json";
import { jenisTargetIndikator, Katalog, tahunPeriodeKatalog } from "../../src/domain/types";
import data from "../../katalog/dkukmperindag-ppu-2025.json";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Mentah = any;

function katalogDengan(ubah: (k: Mentah) => void): unknown {
  const k = JSON.parse(JSON.stringify(data));
  ubah(k);
  return k;
}

const pesan = (json: unknown): string[] => {
  const hasil = bacaKatalog(json);
  return adalahGalatKatalog(hasil) ? hasil.galatKatalog : [];
};

const baca = (json: unknown): Katalog => {
  const hasil = bacaKatalog(json);
  if (adalahGalatKatalog(hasil)) throw new Error(hasil.galatKatalog.join("\n"));
  return hasil;
};

describe("the catalog's report fields", () => {
  it.each([
    [
      "a period outside the catalog years",
      (k: Mentah) => (k.periode = { awal: 2021, akhir: 2026 }),
      'periode.awal: 2021 tidak ada di daftar "tahun" (2024, 2025, 2026); target akhir Renstra dihitung dari target tahunan katalog',
    ],
    [
      "a period that ends before it starts",
      (k: Mentah) => (k.periode = { awal: 2026, akhir: 2024 }),
      "periode: awal 2026 sesudah akhir 2024",
    ],
    [
      "a period year as text",
      (k: Mentah) => (k.periode = { awal: "2024", akhir: 2026 }),
      'periode.awal: "2024" bukan tahun; misalnya { "awal": 2024, "akhir": 2026 }',
    ],
    [
      "an unknown target kind",
      (k: Mentah) => (k.tujuan[0].sasaran[0].indikator[0].jenisTarget = "total"),
      'tujuan[0].sasaran[0].indikator[0].jenisTarget: "total" tidak dikenal; isi "absolut" atau "kumulatif"',
    ],
    [
      "a baseline that is not a number",
      (k: Mentah) => (k.tujuan[0].sasaran[0].indikator[2].kondisiAwal = "dua"),
      'tujuan[0].sasaran[0].indikator[2].kondisiAwal: "dua" bukan angka',
    ],
    [
      "a percent baseline written as 35",
      (k: Mentah) => (k.tujuan[0].sasaran[0].indikator[0].kondisiAwal = 35),
      'tujuan[0].sasaran[0].indikator[0].kondisiAwal: 35 terlalu besar untuk persen; tulis 41% sebagai 0.41 atau "41%"',
    ],
    [
      "a program linked to an unknown indicator",
      (k: Mentah) => (k.program = [{ kode: "2.17.02", nama: "Program A", indikator: ["IKU-01", "IKU-99"] }]),
      'program[0].indikator[1]: "IKU-99" bukan kode indikator di katalog ini',
    ],
    [
      "a program without a name",
      (k: Mentah) => (k.program = [{ kode: "2.17.02" }]),
      "program[0].nama: wajib diisi (teks)",
    ],
    [
      "two programs with one code",
      (k: Mentah) =>
        (k.program = [
          { kode: "2.17.02", nama: "A" },
          { kode: "2.17.02", nama: "B" },
        ]),
      'program[1].kode: "2.17.02" sudah dipakai di program[0]; kode harus unik',
    ],
    [
      "a negative pagu",
      (k: Mentah) => (k.program = [{ kode: "2.17.02", nama: "A", pagu: { 2025: -5 } }]),
      "program[0].pagu.2025: -5 negatif; pagu tidak boleh negatif",
    ],
    [
      "a pagu for a year not in tahun",
      (k: Mentah) => (k.program = [{ kode: "2.17.02", nama: "A", pagu: { 2030: 5 } }]),
      'program[0].pagu.2030: tahun 2030 tidak ada di daftar "tahun"',
    ],
    [
      "programs that are not a list",
      (k: Mentah) => (k.program = { kode: "2.17.02" }),
      "program: harus daftar program [{ kode, nama, indikator, pagu }]",
    ],
    [
      "a program code with a part too short",
      (k: Mentah) => (k.program = [{ kode: "2.17.2", nama: "A" }]),
      'program[0].kode: "2.17.2" tidak berbentuk kode program X.XX.XX (misalnya 2.17.02); tulis setiap bagian dengan jumlah angka yang tepat, misalnya 02 bukan 2',
    ],
    [
      "a kegiatan code given as a program's",
      (k: Mentah) => (k.program = [{ kode: "2.17.02.2.01", nama: "A" }]),
      'program[0].kode: "2.17.02.2.01" adalah kode kegiatan, bukan program; kode program berbentuk X.XX.XX (misalnya 2.17.02)',
    ],
    [
      "a kegiatan under another program's code",
      (k: Mentah) =>
        (k.program = [{ kode: "2.17.02", nama: "A", kegiatan: [{ kode: "2.17.03.2.01", nama: "K" }] }]),
      'program[0].kegiatan[0].kode: "2.17.03.2.01" bukan turunan 2.17.02; kodenya harus diawali "2.17.02."',
    ],
    [
      "a sub kegiatan code used twice in the cascade",
      (k: Mentah) =>
        (k.program = [
          {
            kode: "2.17.02",
            nama: "A",
            kegiatan: [
              { kode: "2.17.02.2.01", nama: "K", subKegiatan: [{ kode: "2.17.02.2.01.0001", nama: "S" }] },
              { kode: "2.17.02.2.01", nama: "K2" },
            ],
          },
        ]),
      'program[0].kegiatan[1].kode: "2.17.02.2.01" sudah dipakai di program[0].kegiatan[0]; kode harus unik',
    ],
    [
      "a negative sub kegiatan pagu",
      (k: Mentah) =>
        (k.program = [
          {
            kode: "2.17.02",
            nama: "A",
            kegiatan: [
              {
                kode: "2.17.02.2.01",
                nama: "K",
                subKegiatan: [{ kode: "2.17.02.2.01.0001", nama: "S", pagu: { 2025: -1 } }],
              },
            ],
          },
        ]),
      "program[0].kegiatan[0].subKegiatan[0].pagu.2025: -1 negatif; pagu tidak boleh negatif",
    ],
    [
      "an outcome indicator without its aggregation",
      (k: Mentah) =>
        (k.program = [
          {
            kode: "2.17.02",
            nama: "A",
            kinerja: [{ nama: "Persentase", satuan: "%", jenisSatuan: "persen", polaritas: "positif" }],
          },
        ]),
      'program[0].kinerja[0].agregasi: (kosong) tidak dikenal; isi "jumlah", "akhir" atau "rata-rata"',
    ],
    [
      "a PK without the second party",
      (k: Mentah) => delete k.pk.jabatanKedua,
      "pk.jabatanKedua: wajib diisi (teks)",
    ],
  ])("refuses %s, naming the field", (_, ubah, harapan) => {
    expect(pesan(katalogDengan(ubah))).toEqual([harapan]);
  });

  it("reads programs, baselines and target kinds as written, codes in the catalog's spelling", () => {
    const k = baca(
      katalogDengan((k: Mentah) => {
        k.tujuan[0].sasaran[0].indikator[0].kondisiAwal = "35%";
        k.tujuan[0].sasaran[0].indikator[0].jenisTarget = "Kumulatif";
        k.program = [
          {
            kode: "2.17.02",
            nama: "Program A",
            indikator: ["iku-01", " IKU-02 "],
            pagu: { 2025: "1.500.000" },
          },
        ];
      }),
    );
    const i = k.tujuan[0].sasaran[0].indikator[0];
    expect([i.kondisiAwal, i.jenisTarget]).toEqual([0.35, "kumulatif"]);
    expect(k.program).toEqual([
      { kode: "2.17.02", nama: "Program A", indikator: ["IKU-01", "IKU-02"], pagu: { 2025: 1500000 } },
    ]);
  });

  it("leaves every report field optional", () => {
    const k = baca(
      katalogDengan((k: Mentah) => {
        delete k.periode;
        delete k.program;
        delete k.pk;
      }),
    );
    expect([k.periode, k.program, k.pk]).toEqual([undefined, undefined, undefined]);
    expect(tahunPeriodeKatalog(k)).toEqual([2024, 2025, 2026]);
  });

  it("narrows the years to the period", () => {
    const k = baca(katalogDengan((k: Mentah) => (k.periode = { awal: 2025, akhir: 2026 })));
    expect(tahunPeriodeKatalog(k)).toEqual([2025, 2026]);
  });

  it.each([
    ["jumlah", undefined, "kumulatif"],
    ["akhir", undefined, "absolut"],
    ["rata-rata", undefined, "absolut"],
    ["jumlah", "absolut", "absolut"],
    ["akhir", "kumulatif", "kumulatif"],
  ] as const)("a %s indicator with jenisTarget %s is %s", (agregasi, jenisTarget, harapan) => {
    expect(jenisTargetIndikator({ agregasi, jenisTarget })).toBe(harapan);
  });

  it("keeps the seed's facts in the built-in catalog and invents none", () => {
    const k = baca(data);
    expect(k.periode).toEqual({ awal: 2024, akhir: 2026 });
    expect(k.program).toEqual([]);
    expect(k.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.indikator.map((i) => i.kondisiAwal)))).toEqual(
      Array(10).fill(undefined),
    );
  });
});
