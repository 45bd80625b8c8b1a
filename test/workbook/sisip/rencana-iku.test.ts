import { FORMAT_CAPAIAN_TANDA } from "../../../src/workbook/sisip/format-angka";
import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import { Katalog } from "../../../src/domain/types";
import { NAMA_DASAR, Sel, selRumus } from "../../../src/workbook/rencana";
import { buatRencana, tahunBawaan } from "../../../src/workbook/sisip/rencana-iku";
import { nilai } from "./nilai-rencana";

/** The value a plan puts in one cell, whichever block holds it. */

const rencana = buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 });
const [iku, triwulan, , formulasi, dasbor] = rencana.lembar;

// The seed document's table (BAB IV), in order, as the planner reads it.
const DOKUMEN: Array<[string, string, Sel, Sel, Sel]> = [
  ["Persentase Peningkatan Koperasi Aktif", "%", 0.37, 0.41, 0.44],
  ["Persentase Peningkatan UMKM Naik Kelas", "%", 0.55, 0.6, 0.65],
  ["Jumlah Dokumen Pengembangan Industri", "Dok", 1, 1, 1],
  ["Jumlah Sentra IKM yang dikuatkan", "Sentra", 3, 3, 3],
  ["Persentase Peningkatan Jumlah Industri yang memiliki izin berusaha", "%", 0.1, 0.15, 0.25],
  ["Persentase Peningkatan Data Industri yang masuk dalam SIINAS", "%", 0.1, 0.15, 0.2],
  ["Jumlah Sarana Perdagangan yang Representatif", "Unit", 12, 14, 16],
  [
    "Jumlah Kebutuhan Pokok dan Barang Penting yang diintervensi dalam rangka Stabilisasi Harga dan Stock",
    "Item",
    23,
    23,
    23,
  ],
  ["Jumlah Peningkatan Alat UTTP yang di Tera/Tera Ulang", "UTTP", 200, 250, 300],
  ["Indeks Kepuasan Masyarakat (IKM)", "Indeks", 82.97, 83.22, 83.47],
];

describe("buatRencana", () => {
  it("makes the four sheets under the names given, IKU shown first", () => {
    const nama = { ...NAMA_DASAR, iku: "IKU (2)", formulasi: "Formulasi (3)", lkjip: "LKjIP (2)" };
    const r = buatRencana(KATALOG_BAWAAN, nama, { tahunAktif: 2025 });
    expect(r.lembar.map((l) => l.nama)).toEqual([
      "IKU (2)",
      "Triwulan",
      "Rencana Aksi",
      "Formulasi (3)",
      "Dashboard",
      "Anggaran",
      "Renstra",
      "Evaluasi Renja",
      "LKjIP (2)",
      "PK",
    ]);
    expect(r.aktif).toBe("IKU (2)");
  });
});

describe("IKU sheet", () => {
  it("titles the sheet with the document and the agency", () => {
    expect(nilai(iku, "A1")).toBe("INDIKATOR KINERJA UTAMA (IKU) 2025");
    expect(nilai(iku, "A2")).toBe(
      "DINAS KOPERASI, UKM, PERINDUSTRIAN DAN PERDAGANGAN KABUPATEN PENAJAM PASER UTARA",
    );
    // Over the document's columns (No to Kondisi Awal), the first printed page.
    expect(iku.gabung).toEqual(expect.arrayContaining(["A1:H1", "A2:H2", "A3:H3"]));
  });

  it("has exactly the header cells PRODUCT.md lists, on row 5", () => {
    const kepala =
      "No|Tujuan|Sasaran|Kode|Indikator Kinerja|Satuan|Polaritas|Kondisi Awal|Target 2024|Target 2025|Target 2026|Realisasi 2024|Realisasi 2025|Realisasi 2026|Capaian 2024|Capaian 2025|Capaian 2026|Predikat 2024|Predikat 2025|Predikat 2026";
    const huruf = "ABCDEFGHIJKLMNOPQRST";
    kepala.split("|").forEach((teks, i) => expect(nilai(iku, `${huruf[i]}5`)).toBe(teks));
    expect(nilai(iku, "U5")).toBeUndefined();
  });

  it.each(DOKUMEN.map((d, i) => [6 + i, ...d] as const))(
    "row %i holds the document's indicator %s verbatim, its unit and targets",
    (r, indikator, satuan, t24, t25, t26) => {
      expect(nilai(iku, `D${r}`)).toBe(`IKU-${String(r - 5).padStart(2, "0")}`);
      expect(nilai(iku, `E${r}`)).toBe(indikator);
      expect(nilai(iku, `F${r}`)).toBe(satuan);
      expect(nilai(iku, `G${r}`)).toBe("positif");
      expect(nilai(iku, `H${r}`)).toBeNull();
      expect([nilai(iku, `I${r}`), nilai(iku, `J${r}`), nilai(iku, `K${r}`)]).toEqual([t24, t25, t26]);
      // The year's realisation refers to the quarters typed on Triwulan (its year value: I, U, AG).
      expect([nilai(iku, `L${r}`), nilai(iku, `M${r}`), nilai(iku, `N${r}`)]).toEqual(
        ["M", "Y", "AK"].map((k) => ({ rumus: `=IF(TRIM('Triwulan'!${k}${r})="","",'Triwulan'!${k}${r})` })),
      );
    },
  );

  it("writes tujuan and sasaran once, merged over their indicators, and numbers the tujuan", () => {
    expect(nilai(iku, "A6")).toBe(1);
    expect(nilai(iku, "B6")).toBe("Peningkatan Kontribusi PDRB sektor non Pertambangan dan Penggalian");
    expect(nilai(iku, "C6")).toBe("Merevitalisasi pembinaan, pengelolaan dan pola pengembangan UMKM");
    expect(nilai(iku, "C12")).toBe("Meningkatkan nilai perdagangan dan jasa daerah");
    expect(nilai(iku, "A15")).toBe(2);
    expect(nilai(iku, "B15")).toBe("Penguatan Birokrasi yang efektif dan Efisien");
    expect(nilai(iku, "C15")).toBe("Meningkatkan kualitas tata kelola pemerintahan yang unggul");
    for (const r of [7, 8, 11, 13, 14])
      expect([nilai(iku, `A${r}`), nilai(iku, `B${r}`)]).toEqual([null, null]);
    // Titles merge over A:H, the notes under the table over A:C (left of the repeated print columns).
    const tabel = iku.gabung.filter((g) => !/^A\d+:H\d+$/.test(g) && !["A17:C17", "A18:C18"].includes(g));
    expect(tabel.sort()).toEqual(["A6:A14", "B6:B14", "C12:C14", "C6:C11"]);
  });

  it("computes capaian and predikat from the row's own cells", () => {
    const positif = '{"","positif","+","naik"}';
    expect(nilai(iku, "O6")).toEqual({
      rumus: `=IF(OR(L6="",I6=""),"",IF(AND(COUNT(L6,I6)=2,OR(G6=${positif})),IF(N(I6)>0,MAX(0,L6/I6),NA()),NA()))`,
    });
    expect(nilai(iku, "Q15")).toEqual({
      rumus: `=IF(OR(N15="",K15=""),"",IF(AND(COUNT(N15,K15)=2,OR(G15=${positif})),IF(N(K15)>0,MAX(0,N15/K15),NA()),NA()))`,
    });
    const skala = '{0,0.51,0.66,0.76,0.91},{"Sangat Rendah","Rendah","Sedang","Tinggi","Sangat Tinggi"}';
    expect(nilai(iku, "R6")).toEqual({ rumus: `=IF(O6="","",LOOKUP(ROUND(O6,4),${skala}))` });
    expect(nilai(iku, "T15")).toEqual({ rumus: `=IF(Q15="","",LOOKUP(ROUND(Q15,4),${skala}))` });
  });

  it.each([
    ["H6:N7", "0.0%"],
    ["H8:N8", '#,##0 "Dok"'],
    ["H9:N9", '#,##0 "Sentra"'],
    ["H12:N12", '#,##0 "Unit"'],
    ["H14:N14", '#,##0 "UTTP"'],
    ["H15:N15", "0.00"],
    ["O6:Q15", FORMAT_CAPAIAN_TANDA],
    ["A6:A15", '0"."'],
  ])("formats %s as %s (targets and realisation alike)", (alamat, format) => {
    expect(iku.format.find((f) => f.alamat === alamat)?.gaya.formatAngka).toBe(format);
  });

  it("takes numbers only in the realisation cells, with an Indonesian message", () => {
    expect(iku.validasi).toEqual([
      {
        alamat: "L6:N15",
        judul: "Hanya angka",
        pesan: expect.stringContaining("Isi realisasi dengan angka"),
      },
      {
        alamat: "H6:H15",
        judul: "Hanya angka",
        pesan: expect.stringContaining("Isi realisasi dengan angka"),
      },
    ]);
  });

  it("flags realisation and capaian red when missed and green when met, from the capaian cell", () => {
    const aturan = iku.formatBersyarat.map((f) => [f.alamat, f.rumus, f.warnaIsi, f.berhenti ?? false]);
    expect(aturan).toEqual([
      ["L6:N15", "AND(ISNUMBER(O6),IFERROR(ROUND(O6,4)<1,FALSE))", "#FFC7CE", true],
      ["L6:N15", "AND(ISNUMBER(O6),IFERROR(ROUND(O6,4)>=1,FALSE))", "#C6EFCE", false],
      ["O6:Q15", "AND(ISNUMBER(O6),IFERROR(ROUND(O6,4)<1,FALSE))", "#FFC7CE", true],
      ["O6:Q15", "AND(ISNUMBER(O6),IFERROR(ROUND(O6,4)>=1,FALSE))", "#C6EFCE", false],
    ]);
  });

  it("freezes below the header and right of the indicator, prints landscape at 90% with Kode and Indikator repeated", () => {
    expect(iku.bekukan).toEqual({ baris: 5, kolom: 5 });
    expect(iku.cetak).toEqual({
      orientasi: "lanskap",
      pasLebarHalaman: false,
      skala: 90,
      barisJudul: "$5:$5",
      kolomJudul: "$D:$E",
      // From the header row to the notes: the titles print in the page header instead.
      areaCetak: "A5:T18",
      kepalaHalaman: [
        "INDIKATOR KINERJA UTAMA (IKU) 2025",
        "DINAS KOPERASI, UKM, PERINDUSTRIAN DAN PERDAGANGAN KABUPATEN PENAJAM PASER UTARA",
        `Sumber: ${KATALOG_BAWAAN.sumber}`,
      ],
      kakiHalaman: "Halaman &P dari &N",
    });
    expect(iku.gabung).toEqual(expect.arrayContaining(["A17:C17", "A18:C18"]));
  });

  it("gives every wrapped indicator row room for its lines", () => {
    expect(iku.tinggiBaris[13]).toBeGreaterThan(iku.tinggiBaris[6]);
    expect(iku.lebarKolom.E).toBeGreaterThan(iku.lebarKolom.I);
  });
});

describe("Triwulan sheet", () => {
  it("has four targets, four realisations, the year's value, the target and capaian to date and the fit per year", () => {
    expect([nilai(triwulan, "E4"), nilai(triwulan, "Q4"), nilai(triwulan, "AC4")]).toEqual([
      "Tahun 2024",
      "Tahun 2025",
      "Tahun 2026",
    ]);
    expect(["E", "H", "I", "L", "M", "N", "O", "P"].map((k) => nilai(triwulan, `${k}5`))).toEqual([
      "Target TW I",
      "Target TW IV",
      "Realisasi TW I",
      "Realisasi TW IV",
      "Realisasi 2024",
      "Target s.d. TW",
      "Capaian s.d. TW",
      "Cek Target TW",
    ]);
    expect(triwulan.gabung).toEqual(expect.arrayContaining(["E4:P4", "Q4:AB4", "AC4:AN4", "A4:A5"]));
  });

  it.each([
    [6, "akhir", 2],
    [8, "jumlah", 1],
    [15, "rata-rata", 3],
  ] as const)("row %i aggregates its quarters I–L by %s, its Agregasi cell holding code %i", (r, _, kode) => {
    expect(nilai(triwulan, `D${r}`)).toBe(kode);
    expect(nilai(triwulan, `M${r}`)).toEqual({
      rumus:
        `=IF(COUNTA(I${r}:L${r})=0,"",IF(COUNT(I${r}:L${r})<COUNTA(I${r}:L${r}),NA(),` +
        `CHOOSE($D${r},SUM(I${r}:L${r}),IF(L${r}<>"",L${r},IF(K${r}<>"",K${r},IF(J${r}<>"",J${r},I${r}))),AVERAGE(I${r}:L${r}))))`,
    });
  });

  it("shows each Agregasi code as its words", () => {
    expect(triwulan.format).toContainEqual({
      alamat: "D6:D15",
      gaya: { formatAngka: '[=1]"Jumlah TW I–IV";[=2]"Triwulan terakhir";"Rata-rata TW"' },
    });
  });

  it("takes the target of the quarters filled so far by the row's code", () => {
    expect(nilai(triwulan, "N6")).toEqual({
      rumus:
        `=IF(COUNTA(I6:L6)=0,"",IF(COUNT(E6:H6)<4,NA(),IF($D6=2,LOOKUP(2,1/(I6:L6<>""),E6:H6),` +
        `SUMPRODUCT((I6:L6<>"")*E6:H6)/IF($D6=3,COUNTA(I6:L6),1))))`,
    });
  });

  it("measures the year to date against its own target to date, reading the polarity on IKU", () => {
    expect(nilai(triwulan, "O6")).toEqual({
      rumus:
        `=IF(M6="","",IF(N6=0,"",IF(AND(M6<=10*N6,OR('IKU'!$G6={"","positif","+","naik"})),` +
        `IF(N(N6)>0,MAX(0,M6/N6),NA()),NA())))`,
    });
  });

  it("checks the quarterly targets against the IKU sheet's annual target, never writing into IKU", () => {
    expect(nilai(triwulan, "AB15")).toEqual({
      rumus:
        `=IF(COUNTA(Q15:T15)=0,"",IF(COUNT(Q15:T15)<4,"Tidak Sesuai",` +
        `IF(ROUND(CHOOSE($D15,SUM(Q15:T15),T15,AVERAGE(Q15:T15))-'IKU'!J15,6)=0,"Sesuai","Tidak Sesuai")))`,
    });
    expect(triwulan.formatBersyarat).toContainEqual(
      expect.objectContaining({ alamat: "Q6:T15", rumus: '$AB6="Tidak Sesuai"' }),
    );
  });

  it("takes numbers only in the Agregasi, target and quarter cells", () => {
    expect(triwulan.validasi.map((v) => v.alamat)).toEqual([
      "D6:D15",
      "E6:H15",
      "I6:L15",
      "Q6:T15",
      "U6:X15",
      "AC6:AF15",
      "AG6:AJ15",
    ]);
  });
});

describe("Formulasi sheet", () => {
  it("says the formulations are proposals to confirm against the Renstra", () => {
    expect(nilai(formulasi, "A1")).toContain("USULAN");
    expect(nilai(formulasi, "A3")).toEqual(expect.stringContaining("dikonfirmasi dengan Renstra"));
  });

  it("has reason, formula, source and bidang for each of the ten indicators", () => {
    expect(["A5", "B5", "C5", "D5", "E5", "F5"].map((a) => nilai(formulasi, a))).toEqual([
      "No",
      "Indikator Kinerja",
      "Alasan",
      "Formulasi (usulan)",
      "Sumber Data",
      "Penanggung Jawab",
    ]);
    for (let r = 6; r <= 15; r++) {
      for (const k of "BCDEF") expect(String(nilai(formulasi, `${k}${r}`)).length).toBeGreaterThan(5);
    }
    expect(nilai(formulasi, "F15")).toBe("Sekretariat");
    expect(nilai(formulasi, "D6")).toMatch(/^Usulan/);
  });
});

describe("Dashboard sheet", () => {
  it("reads the chosen year from the IKU sheet, blank while blank", () => {
    expect(nilai(dasbor, "A1")).toBe("CAPAIAN INDIKATOR KINERJA UTAMA TAHUN 2025");
    expect(nilai(dasbor, "D5")).toEqual(selRumus(`IF(TRIM('IKU'!J6)="","",'IKU'!J6)`));
    expect(nilai(dasbor, "E5")).toEqual(selRumus(`IF(TRIM('IKU'!M6)="","",'IKU'!M6)`));
    expect(nilai(dasbor, "F14")).toEqual(selRumus(`IF(TRIM('IKU'!P15)="","",'IKU'!P15)`));
  });

  it("charts capaian per indicator code", () => {
    expect(dasbor.grafik).toEqual([
      expect.objectContaining({
        jenis: "batang",
        kategori: "'Dashboard'!B5:B14",
        nilai: "'Dashboard'!F5:F14",
      }),
    ]);
  });

  it("counts met and missed indicators", () => {
    expect(nilai(dasbor, "D16")).toEqual(selRumus('COUNTIF(H5:H14,"Tercapai")'));
    expect(nilai(dasbor, "D17")).toEqual(selRumus('COUNTIF(H5:H14,"Tidak Tercapai")'));
  });
});

describe("tahunBawaan", () => {
  const katalog = { tahun: [2024, 2025, 2026] } as Katalog;
  it.each([
    [2025, 2025],
    [2030, 2026],
    [2020, 2024],
  ])("in %i picks %i", (kini, tahun) => {
    expect(tahunBawaan(katalog, new Date(kini, 5, 1))).toBe(tahun);
  });
});

describe("a catalog of 500 indicators", () => {
  const besar: Katalog = {
    ...KATALOG_BAWAAN,
    tujuan: Array.from({ length: 5 }, (_, t) => ({
      nama: `Tujuan ${t + 1}`,
      sasaran: Array.from({ length: 10 }, (_, s) => ({
        nama: `Sasaran ${t + 1}.${s + 1}`,
        indikator: Array.from({ length: 10 }, (_, i) => ({
          ...KATALOG_BAWAAN.tujuan[0].sasaran[0].indikator[i % 6],
          kode: `IKU-${t}-${s}-${i}`,
        })),
      })),
    })),
  };
  const [ikuBesar, triwulanBesar] = buatRencana(besar, NAMA_DASAR, { tahunAktif: 2025 }).lembar;

  it("has one row per indicator and merges per tujuan and sasaran", () => {
    expect(nilai(ikuBesar, "E505")).toBe(KATALOG_BAWAAN.tujuan[0].sasaran[0].indikator[3].nama);
    expect(nilai(ikuBesar, "O505")).toEqual({
      rumus: `=IF(OR(L505="",I505=""),"",IF(AND(COUNT(L505,I505)=2,OR(G505={"","positif","+","naik"})),IF(N(I505)>0,MAX(0,L505/I505),NA()),NA()))`,
    });
    expect(ikuBesar.gabung).toEqual(expect.arrayContaining(["A6:A105", "B406:B505", "C496:C505"]));
    expect(ikuBesar.gabung.filter((g) => g.startsWith("C"))).toHaveLength(50);
  });

  it("keeps one validation and four flag rules, however many rows", () => {
    expect(ikuBesar.validasi.map((v) => v.alamat)).toEqual(["L6:N505", "H6:H505"]);
    expect(ikuBesar.formatBersyarat).toHaveLength(4);
    expect(triwulanBesar.validasi).toHaveLength(7);
  });
});
