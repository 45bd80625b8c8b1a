import { JUDUL_TABEL, KOLOM_31, KOLOM_32, KOLOM_34 } from "../../../src/domain/judul-lkjip";
import { hurufKolom } from "../../../src/workbook/alamat";
import {
  AlurTandai,
  ButirTinjauan,
  deteksiTabel,
  Kisi,
  NilaiSel,
  rencanaAlur,
  tabelPertama,
  tinjauTabel,
} from "../../../src/workbook/tandai";

/** Every row through one sequence: the judged cells ("F7"), the tables and the skipped ones. */
function jalankan(kisi: Kisi) {
  const butir: ButirTinjauan[] = [];
  const alur = new AlurTandai({ butir: (b) => butir.push(b) });
  kisi.forEach((b, r) => alur.tambah(r, b));
  const hasil = alur.selesai();
  const sel = (b: ButirTinjauan) => `${hurufKolom(b.pasangan.kolomRealisasi + 1)}${b.baris + 1}`;
  return { hasil, butir, sel: butir.map(sel), label: butir.map((b) => b.label) };
}

const IKU: Kisi = [
  ["No", "Indikator", "Target 2025", "Realisasi 2025"],
  [1, "Koperasi Aktif", 0.41, 0.42],
  [2, "UMKM Naik Kelas", 0.6, 0.55],
];

describe("AlurTandai: where a table stops", () => {
  it("ends a table at the header of the next one, never judging its rows by the first one's columns", () => {
    const kisi: Kisi = [
      ...IKU,
      [],
      ["No", "Indikator", "Capaian 2024", "Capaian 2025"],
      [1, "Koperasi Aktif", 0.94, 1.02],
    ];
    const { sel, hasil } = jalankan(kisi);
    expect(sel).toEqual(["D2", "D3"]);
    expect(hasil.tabel.map((t) => [t.pertama, t.terakhir, t.berakhir])).toEqual([[1, 2, true]]);
  });

  it("judges a second table on the same sheet by its own columns", () => {
    const kisi: Kisi = [
      ...IKU,
      [],
      ["Indikator", "Satuan", "Realisasi TW I", "Target TW I"],
      ["Dokumen", "Dok", 2, 3],
    ];
    const { sel, label } = jalankan(kisi);
    expect(sel).toEqual(["D2", "D3", "C6"]);
    expect(label).toEqual(["Koperasi Aktif", "UMKM Naik Kelas", "Dokumen"]);
  });

  it("keeps going past text in the pair columns that is data, not a header", () => {
    const kisi: Kisi = [...IKU, [3, "IKM", "-", "n/a"], [4, "UTTP", 200, 190]];
    expect(jalankan(kisi).sel).toEqual(["D2", "D3", "D5"]);
  });
});

describe("AlurTandai: summary rows", () => {
  it.each([
    ["Tercapai", "Tidak Tercapai"],
    ["Jumlah", "Rata-rata"],
    ["TOTAL", "Rata-rata Capaian:"],
    ["Belum dilaporkan / tidak dapat dihitung", "Sub Total"],
  ])("does not take %s or %s for an indicator", (a, b) => {
    const kisi: Kisi = [...IKU, ["", a, 5, ""], ["", b, 1.01, 0.97]];
    const { sel, hasil } = jalankan(kisi);
    expect(sel).toEqual(["D2", "D3"]);
    expect(hasil.tabel[0].berakhir).toBe(true);
  });

  it("keeps an indicator whose name only starts like a summary word", () => {
    const kisi: Kisi = [...IKU, [3, "Jumlah Dokumen Pengembangan Industri", 1, 1]];
    expect(jalankan(kisi).sel).toEqual(["D2", "D3", "D4"]);
  });

  it("reads a JUMLAH merged over the first columns when the label cell is blank", () => {
    const kisi: Kisi = [...IKU, ["JUMLAH", "", 1.01, 0.97]];
    expect(jalankan(kisi).sel).toEqual(["D2", "D3"]);
  });

  it("stops the flags at the last indicator above a summary block", () => {
    const kisi: Kisi = [...IKU, [], ["", "Tercapai", 1, ""]];
    const t = jalankan(kisi).hasil.tabel[0];
    expect(rencanaAlur(t, { kolom: 1, baris: 1 }, 10).map((f) => f.alamat)).toEqual(["D2:D3"]);
  });
});

describe("AlurTandai: our own report tables", () => {
  const lkjip = (n: number): Kisi => [
    [JUDUL_TABEL.t31(n)],
    KOLOM_31(n),
    [1, "Sasaran", "Koperasi Aktif", "%", 0.41, 0.42, 1.02, "Sangat Tinggi"],
    [],
    [JUDUL_TABEL.t32],
    KOLOM_32(n, n - 1),
    [1, "Koperasi Aktif", 0.35, 0.42, 0.95, 1.02, 7, "Membaik"],
    [],
    [JUDUL_TABEL.t34],
    KOLOM_34(n),
    [1, "Program", "IKU-01", 1.2e9, 1.1e9, 0.92, 1.02, 0.1, "Efisien"],
  ];

  it("judges Table 3.1 and skips 3.2 and 3.4, each with its reason", () => {
    const { sel, hasil } = jalankan(lkjip(2025));
    expect(sel).toEqual(["F3"]);
    expect(hasil.dilewati.map((d) => [d.baris + 1, d.judul])).toEqual([
      [5, JUDUL_TABEL.t32],
      [9, JUDUL_TABEL.t34],
    ]);
    expect(hasil.dilewati[0].alasan.id).toMatch(/membandingkan realisasi dengan tahun sebelumnya/);
    expect(hasil.dilewati[1].alasan.en).toMatch(/budget/);
  });

  it("refuses a selection of Table 3.2 alone with that reason", () => {
    const h = tabelPertama(lkjip(2025).slice(4, 7));
    expect(h.ok || h.alasan.id).toMatch(/^Tabel 3\.2/);
  });

  it("reads a planner's own table under a title like ours as any table", () => {
    const kisi: Kisi = [
      [JUDUL_TABEL.t32],
      ["Indikator", "Target", "Realisasi"],
      ["Koperasi Aktif", 0.4, 0.3],
    ];
    expect(jalankan(kisi).sel).toEqual(["C3"]);
  });
});

describe("pairing by header words and period only", () => {
  it("does not pair by position when a period has two target columns", () => {
    const kisi: Kisi = [
      [
        "Indikator",
        "Target 2025 (Renstra)",
        "Target 2025 (PK)",
        "Realisasi 2025",
        "Target 2026",
        "Realisasi 2026",
      ],
      ["Koperasi Aktif", 0.41, 0.45, 0.43, 0.44, 0.5],
    ];
    const h = deteksiTabel(kisi);
    if (!h.ok) throw new Error(h.alasan.id);
    expect(h.tabel.pasangan.map((p) => [p.periode, p.kolomTarget, p.kolomRealisasi])).toEqual([
      ["2026", 4, 5],
    ]);
  });
});

describe("one sequence for the pane, manual ranges and periksa", () => {
  it("judges the same rows from whole rows and from the pane's columns only", () => {
    const kisi: Kisi = [
      ["No", "Indikator", "Satuan", "Target", "Realisasi"],
      [1, 2, 3, 4, 5],
      ...IKU.slice(1).map((b) => [b[0], b[1], "%", b[2], b[3]]),
      ["", "Jumlah", "", 1.01, 0.97],
      [],
      ["No", "Indikator", "Satuan", "Capaian 2024", "Capaian 2025"],
      [1, "Koperasi Aktif", "%", 0.9, 1.1],
    ];
    const utuh = jalankan(kisi).sel;
    const contoh = tabelPertama(kisi.slice(0, 4));
    if (!contoh.ok) throw new Error(contoh.alasan.id);
    // Below the sample the pane reads the pair and label columns only.
    const kolom = [1, 3, 4];
    const sebagian = kisi.map((b, r) => {
      if (r < 4) return b;
      const s: NilaiSel[] = [];
      for (const c of kolom) s[c] = b[c];
      return s;
    });
    const { tinjauan, tabel } = tinjauTabel(sebagian, contoh.tabel);
    expect(tinjauan.butir.map((b) => `E${b.baris + 1}`)).toEqual(utuh);
    expect(utuh).toEqual(["E3", "E4"]);
    expect(tabel?.berakhir).toBe(true);
  });

  it("lists TRUE beside a blank as an error, in the pane as in periksa", () => {
    const kisi: Kisi = [...IKU, [3, "IKM", true, ""]];
    const b = jalankan(kisi).butir.find((x) => x.baris === 3)!;
    expect(b.status).toBe("Galat");
    expect(b.pesan?.id).toMatch(/TRUE|FALSE|logika/i);
  });

  it("judges every row of manual ranges, summary words or not", () => {
    const kisi: Kisi = [
      [0.4, "Jumlah", 0.3],
      [0.5, "x", 0.6],
    ];
    const kerangka = { barisJudul: -1, pasangan: [{ periode: "", kolomTarget: 0, kolomRealisasi: 2 }] };
    expect(tinjauTabel(kisi, kerangka, true).tinjauan.butir.map((b) => b.status)).toEqual([
      "Tidak Tercapai",
      "Tercapai",
    ]);
  });
});
