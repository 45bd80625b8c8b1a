import { KATALOG_BAWAAN } from "../../src/domain/katalog-bawaan";
import {
  BATAS_BERKAS_KATALOG,
  BATAS_INDIKATOR,
  adalahGalatKatalog,
  bacaKatalog,
  bacaKatalogBita,
  bacaKatalogTeks,
} from "../../src/domain/katalog-json";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import data from "../../katalog/dkukmperindag-ppu-2025.json";

/** The catalog's JSON as the tests break it: any field may get any value or disappear. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Mentah = any;

/** A deep copy of the built-in catalog's JSON, changed by `ubah`. */
function katalogDengan(ubah: (k: Mentah) => void): unknown {
  const k = JSON.parse(JSON.stringify(data));
  ubah(k);
  return k;
}

const pesan = (json: unknown): string[] => {
  const hasil = bacaKatalog(json);
  return adalahGalatKatalog(hasil) ? hasil.galatKatalog : [];
};

describe("bacaKatalog", () => {
  it("reads the built-in catalog's JSON back to the same catalog", () => {
    expect(bacaKatalog(data)).toEqual(KATALOG_BAWAAN);
  });

  it.each([
    [
      "a target that is not a number",
      (k: Mentah) => (k.tujuan[0].sasaran[1].indikator[2].target["2025"] = "abc"),
      'tujuan[0].sasaran[1].indikator[2].target.2025: "abc" bukan angka',
    ],
    [
      "a missing target year",
      (k: Mentah) => delete k.tujuan[1].sasaran[0].indikator[0].target["2026"],
      "tujuan[1].sasaran[0].indikator[0].target.2026: target tahun ini wajib diisi",
    ],
    [
      "a target for a year not in tahun",
      (k: Mentah) => (k.tujuan[0].sasaran[0].indikator[0].target["2027"] = 0.5),
      'tujuan[0].sasaran[0].indikator[0].target.2027: tahun 2027 tidak ada di daftar "tahun"',
    ],
    [
      "a percent written as 41",
      (k: Mentah) => (k.tujuan[0].sasaran[0].indikator[1].target["2025"] = 41),
      'tujuan[0].sasaran[0].indikator[1].target.2025: 41 terlalu besar untuk persen; tulis 41% sebagai 0.41 atau "41%"',
    ],
    [
      "a negative target",
      (k: Mentah) => (k.tujuan[0].sasaran[0].indikator[2].target["2024"] = -1),
      "tujuan[0].sasaran[0].indikator[2].target.2024: -1 negatif; target tidak boleh negatif",
    ],
    [
      "a duplicate code",
      (k: Mentah) => (k.tujuan[1].sasaran[0].indikator[0].kode = "iku-01"),
      'tujuan[1].sasaran[0].indikator[0].kode: "iku-01" sudah dipakai di tujuan[0].sasaran[0].indikator[0]; kode harus unik',
    ],
    [
      "an unknown unit kind",
      (k: Mentah) => (k.tujuan[0].sasaran[0].indikator[3].jenisSatuan = "buah"),
      'tujuan[0].sasaran[0].indikator[3].jenisSatuan: "buah" tidak dikenal; isi "persen", "jumlah" atau "indeks"',
    ],
    [
      "an unknown polarity",
      (k: Mentah) => (k.tujuan[0].sasaran[0].indikator[3].polaritas = "atas"),
      'tujuan[0].sasaran[0].indikator[3].polaritas: "atas" tidak dikenal; isi "positif", "negatif" atau "negatif_rasio"',
    ],
    [
      "an unknown aggregation",
      (k: Mentah) => (k.tujuan[0].sasaran[0].indikator[3].agregasi = "maks"),
      'tujuan[0].sasaran[0].indikator[3].agregasi: "maks" tidak dikenal; isi "jumlah", "akhir" atau "rata-rata"',
    ],
    [
      "an empty indicator name",
      (k: Mentah) => (k.tujuan[0].sasaran[0].indikator[0].nama = " "),
      'tujuan[0].sasaran[0].indikator[0].nama: " " harus teks yang tidak kosong',
    ],
    [
      "a missing bidang",
      (k: Mentah) => delete k.tujuan[0].sasaran[0].indikator[0].bidang,
      "tujuan[0].sasaran[0].indikator[0].bidang: wajib diisi (teks)",
    ],
    [
      "a sasaran without indicators",
      (k: Mentah) => (k.tujuan[0].sasaran[1].indikator = []),
      "tujuan[0].sasaran[1].indikator: wajib diisi: daftar yang berisi paling sedikit satu butir",
    ],
    [
      "no tujuan",
      (k: Mentah) => delete k.tujuan,
      "tujuan: wajib diisi: daftar yang berisi paling sedikit satu butir",
    ],
    [
      "years out of order",
      (k: Mentah) => (k.tahun = [2025, 2024]),
      "tahun[1]: 2024 harus lebih besar dari tahun sebelumnya (urut naik, tanpa ulangan)",
    ],
    [
      "a year that is text",
      (k: Mentah) => (k.tahun = ["2025"]),
      'tahun[0]: "2025" bukan tahun (misalnya 2025)',
    ],
    ["a missing agency", (k: Mentah) => delete k.instansi, "katalog.instansi: wajib diisi (teks)"],
  ])("rejects %s, naming the field", (_kasus, ubah, diharapkan) => {
    expect(pesan(katalogDengan(ubah))).toContain(diharapkan);
  });

  it("reports every problem at once", () => {
    const json = katalogDengan((k) => {
      k.tujuan[0].sasaran[0].indikator[0].target["2025"] = "x";
      k.tujuan[1].sasaran[0].indikator[0].satuan = 3;
    });
    expect(pesan(json)).toHaveLength(2);
  });

  it("caps a flood of problems with a count of the rest", () => {
    const json = katalogDengan((k) => {
      for (const t of k.tujuan)
        for (const s of t.sasaran)
          for (const i of s.indikator) i.target = { 2024: "a", 2025: "b", 2026: "c", 2027: 1 };
    });
    const p = pesan(json);
    expect(p).toHaveLength(31);
    expect(p[30]).toBe("... dan 10 masalah lain");
  });

  it("fills a missing formulasi with (belum diisi) and a blank polarity with positif", () => {
    const hasil = bacaKatalog(
      katalogDengan((k) => {
        delete k.tujuan[0].sasaran[0].indikator[0].formulasi;
        delete k.tujuan[0].sasaran[0].indikator[0].polaritas;
      }),
    );
    if (adalahGalatKatalog(hasil)) throw new Error(hasil.galatKatalog.join("\n"));
    const i = hasil.tujuan[0].sasaran[0].indikator[0];
    expect(i.formulasi).toEqual({
      alasan: "(belum diisi)",
      rumus: "(belum diisi)",
      sumberData: "(belum diisi)",
    });
    expect(i.polaritas).toBe("positif");
  });

  it("reads Indonesian number text in targets and polarity aliases", () => {
    const hasil = bacaKatalog(
      katalogDengan((k) => {
        k.tujuan[0].sasaran[0].indikator[0].target["2025"] = "41%";
        k.tujuan[1].sasaran[0].indikator[0].target["2025"] = "83,22";
        k.tujuan[1].sasaran[0].indikator[0].polaritas = "Turun";
      }),
    );
    if (adalahGalatKatalog(hasil)) throw new Error(hasil.galatKatalog.join("\n"));
    expect(hasil.tujuan[0].sasaran[0].indikator[0].target["2025"]).toBeCloseTo(0.41, 12);
    expect(hasil.tujuan[1].sasaran[0].indikator[0].target["2025"]).toBe(83.22);
    expect(hasil.tujuan[1].sasaran[0].indikator[0].polaritas).toBe("negatif");
  });

  it.each([null, [], "katalog", 3])("rejects %p as a whole", (json) => {
    expect(pesan(json)).toEqual(["katalog harus berupa objek JSON { instansi, judul, tahun, tujuan }"]);
  });
});

describe("bacaKatalogTeks", () => {
  it("accepts the example in docs/katalog.md", () => {
    const md = readFileSync(join(__dirname, "..", "..", "docs", "katalog.md"), "utf8");
    const hasil = bacaKatalogTeks(/```json\n([\s\S]*?)```/.exec(md)![1]);
    if (adalahGalatKatalog(hasil)) throw new Error(hasil.galatKatalog.join("\n"));
    expect(hasil.tujuan[0].sasaran[0].indikator.map((i) => [i.kode, i.polaritas, i.target])).toEqual([
      ["IKU-01", "positif", { 2025: 0.6, 2026: 0.65 }],
      ["IKU-02", "negatif", { 2025: 10, 2026: 8 }],
    ]);
  });

  it("reports a JSON syntax error in Indonesian", () => {
    const hasil = bacaKatalogTeks('{"instansi": ');
    expect(adalahGalatKatalog(hasil) && hasil.galatKatalog[0]).toMatch(
      /^berkas katalog bukan JSON yang sah: /,
    );
  });

  it("accepts a byte-order mark", () => {
    expect(bacaKatalogTeks("\uFEFF" + JSON.stringify(data))).toEqual(KATALOG_BAWAAN);
  });

  it("refuses a key written twice in one object, naming its path", () => {
    const teks = JSON.stringify(data).replace('"kode":"IKU-02"', '"kode":"IKU-02","kode":"IKU-09"');
    const hasil = bacaKatalogTeks(teks);
    expect(adalahGalatKatalog(hasil) && hasil.galatKatalog).toEqual([
      "tujuan[0].sasaran[0].indikator[1].kode: kunci ini ditulis dua kali dalam satu objek; hapus salah satunya",
    ]);
  });
});

describe("catalog text compared as Unicode", () => {
  it("counts a code typed with a combining accent (NFD) as the same as the precomposed one (NFC)", () => {
    const galat = pesan(
      katalogDengan((k) => {
        k.tujuan[0].sasaran[0].indikator[0].kode = "K\u00c9-1";
        k.tujuan[0].sasaran[0].indikator[1].kode = "KE\u0301-1";
      }),
    );
    expect(galat).toEqual([
      expect.stringMatching(/^tujuan\[0\]\.sasaran\[0\]\.indikator\[1\]\.kode: .* sudah dipakai/),
    ]);
  });
});

describe("catalog bytes", () => {
  const utf8 = new TextEncoder().encode(JSON.stringify(data));
  const simpan = [expect.stringContaining("Simpan Sebagai dengan pengodean UTF-8")];

  it("reads UTF-8, with or without a BOM", () => {
    expect(bacaKatalogBita(utf8)).toEqual(KATALOG_BAWAAN);
    expect(bacaKatalogBita(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual(KATALOG_BAWAAN);
  });

  it.each([
    ["UTF-16LE with its BOM", new Uint8Array([0xff, 0xfe, ...Buffer.from(JSON.stringify(data), "utf16le")])],
    ["UTF-16LE without one", new Uint8Array(Buffer.from(JSON.stringify(data), "utf16le"))],
    [
      "Windows-1252 (ANSI)",
      new Uint8Array(Buffer.from(JSON.stringify(data).replace("Dinas", "Dinas \u00e9"), "latin1")),
    ],
  ])("refuses %s, saying to save it as UTF-8", (_, bita) => {
    const hasil = bacaKatalogBita(bita);
    expect(adalahGalatKatalog(hasil) && hasil.galatKatalog).toEqual(simpan);
  });

  it("refuses a file larger than the limit before decoding it, naming the limits", () => {
    const hasil = bacaKatalogBita(new Uint8Array(BATAS_BERKAS_KATALOG + 1));
    expect(adalahGalatKatalog(hasil) && hasil.galatKatalog).toEqual([
      "berkas katalog 16,0 MB terlalu besar; katalog dibaca paling besar 16 MB dan buku kerja IKU memuat paling banyak 5.000 indikator",
    ]);
  });

  it("refuses more indicators than the workbook holds, up front and in one message", () => {
    const banyak = katalogDengan((k) => {
      const contoh = k.tujuan[0].sasaran[0].indikator[0];
      k.tujuan[0].sasaran[0].indikator = Array.from({ length: BATAS_INDIKATOR + 1 }, (_, i) => ({
        ...contoh,
        kode: `K-${i}`,
      }));
    });
    expect(pesan(banyak)).toEqual([
      expect.stringMatching(
        /^katalog berisi 5\.0\d\d indikator; buku kerja IKU memuat paling banyak 5\.000 indikator\. Bagi katalog/,
      ),
    ]);
  });
});

describe("catalog limits", () => {
  const panjang = (n: number) => "a".repeat(n);

  it.each([
    [
      "an indicator name",
      (k: Mentah) => (k.tujuan[0].sasaran[0].indikator[0].nama = panjang(40000)),
      "tujuan[0].sasaran[0].indikator[0].nama",
    ],
    ["a tujuan", (k: Mentah) => (k.tujuan[1].nama = panjang(32768)), "tujuan[1].nama"],
    ["the instansi", (k: Mentah) => (k.instansi = panjang(1 << 20)), "katalog.instansi"],
    [
      "a formulation text",
      (k: Mentah) => (k.tujuan[0].sasaran[0].indikator[2].formulasi.rumus = panjang(32768)),
      "tujuan[0].sasaran[0].indikator[2].formulasi.rumus",
    ],
  ])("refuses %s longer than one Excel cell holds, naming field and limit", (_nama, ubah, jalur) => {
    const p = pesan(katalogDengan(ubah));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(
      new RegExp(
        `^${jalur.replace(/[[\].]/g, "\\$&")}: teks \\d+ karakter terlalu panjang; satu sel Excel memuat paling banyak 32767 karakter$`,
      ),
    );
  });

  it("accepts a text of exactly 32,767 characters", () => {
    const hasil = bacaKatalog(
      katalogDengan((k) => (k.tujuan[0].sasaran[0].indikator[0].nama = panjang(32767))),
    );
    expect(adalahGalatKatalog(hasil)).toBe(false);
  });

  it.each([
    ["U+FFFE", "Indikator\uFFFE Baru", "Indikator Baru", "U+FFFE pada karakter ke-10"],
    ["U+FFFF", "\uFFFFIndikator Baru", "Indikator Baru", "U+FFFF pada karakter ke-1"],
    ["a lone high surrogate", "Indikator \uD800Baru", "Indikator Baru", "U+D800 pada karakter ke-11"],
    ["a lone low surrogate", "Indikator \uDC00Baru", "Indikator Baru", "U+DC00 pada karakter ke-11"],
    ["a vertical tab from Word", "Indikator\u000BBaru", "IndikatorBaru", "U+000B pada karakter ke-10"],
    ["a NUL", "Indikator Baru\u0000", "Indikator Baru", "U+0000 pada karakter ke-15"],
  ])("removes %s, which XML cannot carry, and says so", (_nama, mentah, bersih, letak) => {
    const peringatan: string[] = [];
    const hasil = bacaKatalog(
      katalogDengan((k) => (k.tujuan[0].sasaran[0].indikator[0].nama = mentah)),
      peringatan,
    );
    if (adalahGalatKatalog(hasil)) throw new Error(hasil.galatKatalog.join("\n"));
    expect(hasil.tujuan[0].sasaran[0].indikator[0].nama).toBe(bersih);
    expect(peringatan).toEqual([
      `tujuan[0].sasaran[0].indikator[0].nama: 1 karakter yang tidak dapat disimpan dalam berkas Excel dihapus (${letak})`,
    ]);
  });

  it("keeps tab, line breaks (as LF, what a cell reads back), emoji and Indonesian text", () => {
    const peringatan: string[] = [];
    const nama = "Persentase\tUMKM\r\nnaik kelas 😀 — ≥ 91%";
    const hasil = bacaKatalog(
      katalogDengan((k) => (k.tujuan[0].sasaran[0].indikator[0].nama = nama)),
      peringatan,
    );
    if (adalahGalatKatalog(hasil)) throw new Error(hasil.galatKatalog.join("\n"));
    expect(hasil.tujuan[0].sasaran[0].indikator[0].nama).toBe("Persentase\tUMKM\nnaik kelas 😀 — ≥ 91%");
    expect(peringatan).toEqual([]);
  });

  it("cleans alias texts too and counts every removed character", () => {
    const peringatan: string[] = [];
    const hasil = bacaKatalog(
      katalogDengan((k) => (k.tujuan[0].sasaran[0].indikator[0].alias = ["a\u0001b\u0002c\uFFFF"])),
      peringatan,
    );
    if (adalahGalatKatalog(hasil)) throw new Error(hasil.galatKatalog.join("\n"));
    expect(hasil.tujuan[0].sasaran[0].indikator[0].alias).toEqual(["abc"]);
    expect(peringatan).toEqual([
      "tujuan[0].sasaran[0].indikator[0].alias[0]: 3 karakter yang tidak dapat disimpan dalam berkas Excel dihapus (U+0001 pada karakter ke-2, U+0002 pada karakter ke-4, U+FFFF pada karakter ke-6)",
    ]);
  });

  it("refuses a text that is nothing but such characters", () => {
    expect(pesan(katalogDengan((k) => (k.tujuan[0].nama = "\uFFFE\u0007")))).toEqual([
      "tujuan[0].nama: wajib diisi; isinya hanya karakter yang tidak dapat disimpan dalam berkas Excel",
    ]);
  });

  it("passes the built-in catalog without a notice", () => {
    const peringatan: string[] = [];
    expect(bacaKatalog(data, peringatan)).toEqual(KATALOG_BAWAAN);
    expect(peringatan).toEqual([]);
  });
});
