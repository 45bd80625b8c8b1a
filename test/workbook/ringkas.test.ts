import { KATALOG_BAWAAN } from "../../src/domain/katalog-bawaan";
import { uraiSel, kotakDariAlamat } from "../../src/workbook/alamat";
import { NAMA_DASAR, RencanaLembar, Sel, adalahRumus, selRumus } from "../../src/workbook/rencana";
import { ringkasLembar, satukanBlok } from "../../src/workbook/ringkas";
import { lembarKosong } from "../../src/workbook/sisip/bantu-lembar";
import { buatRencana } from "../../src/workbook/sisip/rencana-iku";
import { geserRumus } from "../../src/workbook/rumus-relatif";
import { katalogBesar } from "../excel/sisip/katalog-besar";

/** Every non-null cell a sheet plan writes, by address, fills expanded as Excel's copy would. */
function selTertulis(l: RencanaLembar): Map<string, Sel> {
  const sel = new Map<string, Sel>();
  const tulis = (k: number, b: number, v: Sel) => {
    if (v !== null) sel.set(`${k},${b}`, adalahRumus(v) ? { rumus: v.rumus } : v);
  };
  for (const blok of l.blok) {
    const { kolom, baris } = uraiSel(blok.alamat);
    blok.nilai.forEach((d, i) => d.forEach((v, j) => tulis(kolom + j, baris + i, v)));
  }
  for (const f of l.isian ?? []) {
    const [k] = kotakDariAlamat(f.alamat);
    for (let i = 0; i < k.tinggi; i++)
      for (let j = 0; j < k.lebar; j++)
        tulis(k.kolom + j, k.baris + i, { rumus: geserRumus(f.rumus, j, i) as string });
  }
  return sel;
}

describe("ringkasLembar", () => {
  it("keeps one formula and its extent for a column that repeats it", () => {
    const l = ringkasLembar({
      ...lembarKosong("X"),
      blok: [
        {
          alamat: "B2",
          nilai: [
            ["a", selRumus("C2*2")],
            ["b", selRumus("C3*2")],
            ["c", selRumus("C4*2")],
          ],
        },
      ],
    });
    expect(l.isian).toEqual([{ alamat: "C2:C4", rumus: "=C2*2" }]);
    expect(l.blok).toEqual([
      {
        alamat: "B2",
        nilai: [
          ["a", selRumus("C2*2")],
          ["b", null],
          ["c", null],
        ],
      },
    ]);
  });

  it("fills across and down when a rectangle repeats one formula", () => {
    const rumus = (k: string, b: number) => selRumus(`IF(${k}${b}="","",${k}${b}*2)`);
    const l = ringkasLembar({
      ...lembarKosong("X"),
      blok: [{ alamat: "D6", nilai: [6, 7].map((b) => ["D", "E", "F"].map((k) => rumus(k, b))) }],
    });
    expect(l.isian).toEqual([{ alamat: "D6:F7", rumus: '=IF(D6="","",D6*2)' }]);
  });

  it("leaves a lone formula in its block", () => {
    const l = ringkasLembar({
      ...lembarKosong("X"),
      blok: [{ alamat: "A1", nilai: [[selRumus("SUM(B1:B4)"), 1]] }],
    });
    expect(l.isian).toEqual([]);
    expect(l.blok).toEqual([{ alamat: "A1", nilai: [[selRumus("SUM(B1:B4)"), 1]] }]);
  });

  it("writes no column that holds nothing", () => {
    const l = ringkasLembar({ ...lembarKosong("X"), blok: [{ alamat: "A1", nilai: [[1, null, null, 2]] }] });
    expect(l.blok).toEqual([
      { alamat: "A1", nilai: [[1]] },
      { alamat: "D1", nilai: [[2]] },
    ]);
  });

  it.each([
    ["the built-in catalog", () => buatRencana(KATALOG_BAWAAN, NAMA_DASAR, { tahunAktif: 2025 })],
    ["500 indicators", () => buatRencana(katalogBesar(500), NAMA_DASAR, { tahunAktif: 2025 })],
  ])("writes every cell of %s as the builders did", (_, buat) => {
    let isian = 0;
    for (const l of buat().lembar) {
      const ringkas = ringkasLembar(l);
      expect(selTertulis(ringkas)).toEqual(selTertulis(l));
      isian += ringkas.isian?.length ?? 0;
    }
    expect(isian).toBeGreaterThan(10);
  });
});

describe("satukanBlok", () => {
  it("joins blocks when the blanks added cost less than a write", () => {
    expect(
      satukanBlok(
        [
          { alamat: "A1", nilai: [["Judul"]] },
          { alamat: "A2", nilai: [["No", "Nama"]] },
        ],
        600,
      ),
    ).toEqual([
      {
        alamat: "A1",
        nilai: [
          ["Judul", null],
          ["No", "Nama"],
        ],
      },
    ]);
  });

  it("keeps far-apart blocks apart", () => {
    const b = [
      { alamat: "A1", nilai: [[1]] },
      { alamat: "Z900", nilai: [[2]] },
    ];
    expect(satukanBlok(b, 600)).toEqual(b);
  });

  it("lets a later block win over an earlier one, and a blank leave a cell as it is", () => {
    expect(
      satukanBlok(
        [
          { alamat: "A1", nilai: [[1, 2]] },
          { alamat: "B1", nilai: [[3, null]] },
          { alamat: "C1", nilai: [[null]] },
        ],
        600,
      ),
    ).toEqual([{ alamat: "A1", nilai: [[1, 3, null]] }]);
  });
});

describe("ringkasLembar with a cost per fill", () => {
  it("leaves a short run in its block when the fill would spare less than it costs", () => {
    const blok = [{ alamat: "C2", nilai: [[selRumus("C1*2")], [selRumus("C2*2")]] }];
    expect(ringkasLembar({ ...lembarKosong("X"), blok }, 600).isian).toEqual([]);
    expect(ringkasLembar({ ...lembarKosong("X"), blok }, 0).isian).toHaveLength(1);
  });
});
