/**
 * The plan as recorded: a refactor of the sheet builders must give the same plan, cell for cell.
 * A change meant to show on the sheets re-records it (`REKAM_RENCANA=1 npx jest rekaman`) and says
 * in its commit which cells changed.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { Bahasa } from "../../../../src/bahasa";
import { KATALOG_BAWAAN } from "../../../../src/domain/katalog-bawaan";
import { Katalog } from "../../../../src/domain/types";
import { NAMA_DASAR, RencanaBuku } from "../../../../src/workbook/rencana";
import { buatRencana } from "../../../../src/workbook/sisip/rencana-iku";
import { katalogBesar } from "../../../excel/sisip/katalog-besar";

const BERKAS = path.resolve(__dirname, "../../../fixtures/rencana/rekaman.json.gz");
const REKAM = process.env.REKAM_RENCANA === "1";

interface Rekaman {
  /** The built-in catalog's plans whole, so a difference reads as a diff of cells. */
  bawaan: Record<string, RencanaBuku>;
  /** Large plans as the sha256 of their JSON. */
  sidik: Record<string, string>;
}

const BAHASA: Bahasa[] = ["id", "en"];
const kasusBawaan = BAHASA.flatMap((bahasa) => [2024, 2025].map((tahun) => ({ bahasa, tahun })));
const kasusBesar = BAHASA.map((bahasa) => ({ bahasa, tahun: 2025 }));

const rencana = (katalog: Katalog, bahasa: Bahasa, tahun: number): RencanaBuku =>
  // Through JSON, as recorded: an undefined field and a missing one are the same plan.
  JSON.parse(JSON.stringify(buatRencana(katalog, NAMA_DASAR, { bahasa, tahunAktif: tahun })));
const sidik = (r: RencanaBuku) => createHash("sha256").update(JSON.stringify(r)).digest("hex");

function rekamanSekarang(): Rekaman {
  const besar = katalogBesar(500);
  return {
    bawaan: Object.fromEntries(
      kasusBawaan.map(({ bahasa, tahun }) => [`${bahasa}-${tahun}`, rencana(KATALOG_BAWAAN, bahasa, tahun)]),
    ),
    sidik: Object.fromEntries(
      kasusBesar.map(({ bahasa, tahun }) => [`500-${bahasa}-${tahun}`, sidik(rencana(besar, bahasa, tahun))]),
    ),
  };
}

if (REKAM) fs.writeFileSync(BERKAS, gzipSync(JSON.stringify(rekamanSekarang())));
const rekaman: Rekaman = JSON.parse(gunzipSync(fs.readFileSync(BERKAS)).toString("utf8"));

describe("buatRencana gives the recorded plan", () => {
  it.each(kasusBawaan)(
    "for the built-in catalog in $bahasa, year $tahun, sheet by sheet",
    ({ bahasa, tahun }) => {
      const direkam = rekaman.bawaan[`${bahasa}-${tahun}`];
      const kini = rencana(KATALOG_BAWAAN, bahasa, tahun);
      expect(kini.lembar.map((l) => l.nama)).toEqual(direkam.lembar.map((l) => l.nama));
      kini.lembar.forEach((l, i) => expect(l).toEqual(direkam.lembar[i]));
      expect(kini.aktif).toBe(direkam.aktif);
    },
  );

  it.each(kasusBesar)("for 500 indicators in $bahasa, year $tahun, to the hash", ({ bahasa, tahun }) => {
    expect(sidik(rencana(katalogBesar(500), bahasa, tahun))).toBe(rekaman.sidik[`500-${bahasa}-${tahun}`]);
  });
});
