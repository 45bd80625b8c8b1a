import { readFileSync } from "node:fs";
import { join } from "node:path";
import { KATALOG_BAWAAN } from "../../../../src/domain/katalog-bawaan";
import { bacaKatalogTeks } from "../../../../src/domain/katalog-json";
import { Agregasi, Katalog, Polaritas } from "../../../../src/domain/types";
import { NAMA_DASAR, NamaLembar, adalahRumus } from "../../../../src/workbook/rencana";
import { buatRencana } from "../../../../src/workbook/sisip/rencana-iku";

const POLARITAS: Polaritas[] = ["positif", "negatif", "negatif_rasio"];
const AGREGASI: Agregasi[] = ["jumlah", "akhir", "rata-rata"];

/** 500 indicators over every polarity and aggregation, the size a large agency reaches. */
const BESAR: Katalog = {
  ...KATALOG_BAWAAN,
  tujuan: Array.from({ length: 5 }, (_, t) => ({
    nama: `Tujuan ${t + 1}`,
    sasaran: Array.from({ length: 10 }, (_, s) => ({
      nama: `Sasaran ${t + 1}.${s + 1}`,
      indikator: Array.from({ length: 10 }, (_, i) => ({
        ...KATALOG_BAWAAN.tujuan[0].sasaran[0].indikator[0],
        kode: `IKU-${t}-${s}-${i}`,
        polaritas: POLARITAS[i % 3],
        agregasi: AGREGASI[s % 3],
      })),
    })),
  })),
};

/** The Renstra cascade example: the Evaluasi Renja sheet and Tabel 3.9 have rows only with it. */
const CONTOH_RENSTRA = bacaKatalogTeks(
  readFileSync(join(__dirname, "../../../../katalog/contoh-renstra-dkukmperindag.json"), "utf8"),
) as Katalog;

/** Every sheet under a long name, as a workbook that already holds eleven inserts would give. */
const NAMA_PANJANG: NamaLembar = {
  iku: "IKU (12)",
  triwulan: "Triwulan (12)",
  rencanaAksi: "Rencana Aksi (12)",
  formulasi: "Formulasi (12)",
  dashboard: "Dashboard (12)",
  anggaran: "Anggaran (12)",
  renstra: "Renstra (12)",
  evaluasiRenja: "Evaluasi Renja (12)",
  lkjip: "LKjIP (12)",
  pk: "PK (12)",
};

/** The formula of every cell of every plan of a catalog: each year, under the given names. */
function semuaRumus(katalog: Katalog, daftarNama: NamaLembar[]): string[] {
  return katalog.tahun.flatMap((tahunAktif) =>
    daftarNama.flatMap((nama) =>
      buatRencana(katalog, nama, { tahunAktif }).lembar.flatMap((l) =>
        l.blok.flatMap((b) => b.nilai.flat().flatMap((v) => (v !== null && adalahRumus(v) ? [v.rumus] : []))),
      ),
    ),
  );
}

const ukuran = (rumus: string[]) => ({
  banyak: rumus.length,
  terpanjang: Math.max(...rumus.map((r) => r.length)),
  rerata: Math.round(rumus.reduce((n, r) => n + r.length, 0) / rumus.length),
});

describe("every formula of the inserted workbook is short enough to check by hand", () => {
  it.each([
    ["the built-in catalog", KATALOG_BAWAAN, [NAMA_DASAR, NAMA_PANJANG]],
    // Only the long names here: they give the longest references, and the plan is large.
    ["a catalog of 500 indicators", BESAR, [NAMA_PANJANG]],
    ["the Renstra cascade example", CONTOH_RENSTRA, [NAMA_PANJANG]],
  ])("in %s, at most 200 characters", (_, katalog, daftarNama) => {
    const u = ukuran(semuaRumus(katalog, daftarNama));
    // Reported so that a change of length shows in the test log.
    process.stdout.write(`${JSON.stringify(u)}\n`);
    expect(u.banyak).toBeGreaterThan(100);
    // The formulas over the limit are the failure message, so the long one is named, not only counted.
    expect(semuaRumus(katalog, daftarNama).filter((r) => r.length > 200)).toEqual([]);
  });

  it("keeps every conditional-format rule within the 255 characters Excel allows", () => {
    const aturan = buatRencana(BESAR, NAMA_PANJANG, { tahunAktif: 2025 }).lembar.flatMap((l) =>
      l.formatBersyarat.map((f) => f.rumus),
    );
    expect(aturan.length).toBeGreaterThan(0);
    for (const r of aturan) expect(r.length).toBeLessThanOrEqual(255);
  });
});
