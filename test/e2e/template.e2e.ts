// `npm run template` as a planner runs it: strict arguments, never an overwrite, and a hostile
// catalog whose texts LibreOffice must show verbatim, never compute.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import data from "../../katalog/dkukmperindag-ppu-2025.json";
import { bacaCsv, csvLembar, recalc } from "./lo-helper";

const AKAR = join(__dirname, "..", "..");
const KELUARAN = join(AKAR, "test-output", "template");

function template(...argumen: string[]) {
  const r = spawnSync("npx", ["tsx", join(AKAR, "scripts", "template.ts"), ...argumen], {
    cwd: KELUARAN,
    encoding: "utf8",
    timeout: 120000,
  });
  return { kode: r.status, keluar: r.stdout, galat: r.stderr };
}

/** The built-in catalog's JSON with hostile texts, and a name `panjang` characters long. */
function katalogJahat(panjang: number): string {
  const k = JSON.parse(JSON.stringify(data));
  const i = k.tujuan[0].sasaran[0].indikator;
  k.instansi = "=1+1";
  k.tujuan[0].nama = '=HYPERLINK("http://x","y")';
  k.tujuan[0].sasaran[0].nama = "+1";
  Object.assign(i[0], { nama: "-1", satuan: "@SUM(1)" });
  i[1].nama = "Indikator\uFFFE dengan karakter terlarang";
  i[2].nama = "x".repeat(panjang);
  i[0].formulasi = { alasan: "=1+1", rumus: "  =2*3", sumberData: "-1" };
  return JSON.stringify(k);
}

beforeEach(() => {
  rmSync(KELUARAN, { recursive: true, force: true });
  mkdirSync(KELUARAN, { recursive: true });
});

describe("npm run template", () => {
  it.each(["0x7E9", "2e3", "２０２５", "2025.0"])("refuses --tahun %s and writes nothing", (tahun) => {
    const r = template("--out", "iku.xlsx", "--tahun", tahun);
    expect(r.kode).toBe(1);
    expect(r.galat).toContain(`--tahun ${tahun}: tahun ditulis empat angka, misalnya 2025.`);
    expect(readdirSync(KELUARAN)).toEqual([]);
  });

  it("never overwrites an existing file: it writes the next free name and says which", () => {
    writeFileSync(join(KELUARAN, "iku.xlsx"), "realisasi yang sudah diisi");
    const r = template("--out", "iku.xlsx");
    expect(r.kode).toBe(0);
    expect(readFileSync(join(KELUARAN, "iku.xlsx"), "utf8")).toBe("realisasi yang sudah diisi");
    expect(r.keluar).toContain(`${join(KELUARAN, "iku (2).xlsx")}`);
    expect(r.keluar).toContain("iku.xlsx sudah ada dan tidak diubah");
    expect(existsSync(join(KELUARAN, "iku (2).xlsx"))).toBe(true);
  });

  it("refuses a 40,000-character name, naming the field and the limit", () => {
    writeFileSync(join(KELUARAN, "jahat.json"), katalogJahat(40000));
    const r = template("--out", "iku.xlsx", "--catalog", "jahat.json");
    expect(r.kode).toBe(1);
    expect(r.galat).toContain(
      "tujuan[0].sasaran[0].indikator[2].nama: teks 40000 karakter terlalu panjang; satu sel Excel memuat paling banyak 32767 karakter",
    );
    expect(readdirSync(KELUARAN)).toEqual(["jahat.json"]);
  });

  it("writes hostile texts that LibreOffice shows verbatim, never computes", () => {
    writeFileSync(join(KELUARAN, "jahat.json"), katalogJahat(32767));
    const r = template("--out", "iku.xlsx", "--catalog", "jahat.json", "--tahun", "2025");
    expect(r.kode).toBe(0);
    expect(r.galat).toContain(
      "tujuan[0].sasaran[0].indikator[1].nama: 1 karakter yang tidak dapat disimpan dalam berkas Excel dihapus (U+FFFE pada karakter ke-10)",
    );
    const masuk = join(KELUARAN, "iku.xlsx");
    const folder = join(KELUARAN, "csv");
    recalc(masuk, folder, "csv");
    const lembar = (nama: string) => bacaCsv(readFileSync(csvLembar(folder, masuk, nama), "utf8"));
    const iku = lembar("IKU");
    const formulasi = lembar("Formulasi");
    expect(iku[1][0]).toBe("=1+1");
    expect(iku[5].slice(1, 6)).toEqual(['=HYPERLINK("http://x","y")', "+1", "IKU-01", "-1", "@SUM(1)"]);
    expect(iku[6][4]).toBe("Indikator dengan karakter terlarang");
    expect(iku[7][4]).toBe("x".repeat(32767));
    expect(formulasi[5].slice(2, 5)).toEqual(["=1+1", "=2*3", "-1"]);
    // The workbook's own formulas still compute: the dashboard counts, it does not show formulas.
    const ringkasan = lembar("Dashboard").filter((b) => ["Tercapai", "Tidak Tercapai"].includes(b[2]));
    expect(ringkasan.map((b) => b[3])).toEqual(["0", "0"]);
  });
});
