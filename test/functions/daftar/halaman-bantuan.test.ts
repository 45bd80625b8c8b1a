import fs from "node:fs";
import path from "node:path";
import { DAFTAR_FUNGSI, type EntriFungsi } from "../../../src/functions/daftar";
import { rumusContoh, tulisHasil } from "../../../src/functions/daftar/tulis";
import {
  halamanBantuan,
  lolos,
  markah,
  PENANDA_HALAMAN,
} from "../../../src/functions/daftar/halaman-bantuan";

const TEMPLAT = fs.readFileSync(path.resolve(__dirname, "../../../src/help/templat-bantuan.html"), "utf8");
const HALAMAN = halamanBantuan(TEMPLAT);

/** Each section's id, Indonesian paragraphs, example rows [formula, result] and English paragraphs. */
function bagian(html: string) {
  return [...html.matchAll(/<section class="bagian" aria-labelledby="([A-Z_]+)">([\s\S]*?)<\/section>/g)].map(
    ([, id, isi]) => ({
      id,
      contoh: [...isi.matchAll(/<tr><td><code>(.*?)<\/code><\/td><td>(.*?)<\/td><\/tr>/g)].map((m) => [
        m[1],
        m[2],
      ]),
      en: [...isi.matchAll(/<p lang="en">(.*?)<\/p>/g)].map((m) => m[1]),
    }),
  );
}

describe("the help page written from the registry", () => {
  it("keeps the template's static parts: CSP, header and the general section", () => {
    const [awal, akhir] = TEMPLAT.split(PENANDA_HALAMAN.bagian);
    expect(HALAMAN.startsWith(awal.split(PENANDA_HALAMAN.daftar)[0])).toBe(true);
    expect(HALAMAN.endsWith(akhir)).toBe(true);
    expect(HALAMAN).toContain("Content-Security-Policy");
    expect(HALAMAN).not.toContain("<!--");
  });

  it("links and explains every function, in the registry's order", () => {
    const tautan = [...HALAMAN.matchAll(/<li><a href="#([A-Z_]+)">/g)].map((m) => m[1]);
    expect(tautan).toEqual(DAFTAR_FUNGSI.map((f) => f.id));
    expect(bagian(HALAMAN).map((b) => b.id)).toEqual(DAFTAR_FUNGSI.map((f) => f.id));
  });

  it("shows every worked example of each function with its result, and nothing else", () => {
    for (const b of bagian(HALAMAN)) {
      const f = DAFTAR_FUNGSI.find((x) => x.id === b.id)!;
      const harapan = f.contoh.map((c) => [
        lolos(rumusContoh(f.id, c.argumen, "id")),
        lolos(tulisHasil(c.hasil, "id")),
      ]);
      expect([b.id, b.contoh]).toEqual([b.id, harapan]);
      expect([b.id, b.en]).toEqual([b.id, f.penjelasan.en.map(markah)]);
    }
  });

  it("escapes registry text and turns only backticks and stars into markup", () => {
    expect(markah('`<b>` & "x" *penting* 2 × 3')).toBe(
      "<code>&lt;b&gt;</code> &amp; &quot;x&quot; <em>penting</em> 2 × 3",
    );
    const jahat: EntriFungsi = {
      ...DAFTAR_FUNGSI[0],
      id: "X",
      penjelasan: { id: ["<script>alert(1)</script>"], en: ["`</code><img src=x>`"] },
      isiRentang: "<i>",
    };
    const html = halamanBantuan(TEMPLAT, [jahat]);
    expect(html).not.toMatch(/<script|<img src=x|<i>/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("refuses a template without exactly one place for the list and the sections", () => {
    expect(() => halamanBantuan(TEMPLAT.replace(PENANDA_HALAMAN.daftar, ""))).toThrow(/DAFTAR_FUNGSI/);
    expect(() => halamanBantuan(TEMPLAT + PENANDA_HALAMAN.bagian)).toThrow(/BAGIAN_FUNGSI/);
  });
});
