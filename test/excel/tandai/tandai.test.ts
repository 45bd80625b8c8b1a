import { hapusDalam } from "../../../src/excel/tandai/hapus";
import { tandaiManualDalam } from "../../../src/excel/tandai/manual";
import { tandaiDalam } from "../../../src/excel/tandai/tandai";
import { pilihSelDalam, ubahJadiAngkaDalam } from "../../../src/excel/tandai/ubah-angka";
import { hurufKolom, uraiSel } from "../../../src/workbook/alamat";
import { rumusBertanda, rumusMeleset } from "../../../src/workbook/rumus";
import { PENANDA } from "../../../src/workbook/tanda";
import { KORPUS } from "../../workbook/deteksi/korpus";
import { KonteksPalsu, LembarPalsu, sebagaiKonteks } from "./excel-palsu";
import { lembarBesar } from "./tabel-besar";

/** Every layout sits at B3 so addresses are shifted by one column and two rows. */
const geser = (a: string) => {
  const { kolom, baris } = uraiSel(a);
  return `${hurufKolom(kolom + 1)}${baris + 2}`;
};

function lembarDengan(nama: string): { lembar: LembarPalsu; alamat: string } {
  const t = KORPUS.find((x) => x.nama === nama)!;
  const lembar = new LembarPalsu("IKU 2025");
  lembar.isi(t.kisi, 2, 1);
  const lebar = Math.max(...t.kisi.map((b) => b.length));
  return { lembar, alamat: `B3:${hurufKolom(lebar + 1)}${t.kisi.length + 2}` };
}

const diterima = KORPUS.filter((t) => !("tolak" in t.harapan));

describe("tandaiDalam on the corpus", () => {
  it.each(diterima.map((t) => [t.nama, t] as const))(
    "flags the misses of %s in two syncs, and a second run adds nothing",
    async (nama, t) => {
      const h = t.harapan as { meleset: string[]; pasangan: unknown[]; teks: string[] };
      const { lembar, alamat } = lembarDengan(nama);
      const k = new KonteksPalsu(lembar, alamat);
      const hasil = await tandaiDalam(sebagaiKonteks(k));
      if (!hasil.ok) throw new Error(hasil.alasan.id);
      expect(k.sync_).toBe(2);
      expect(hasil.ditambah).toBe(h.pasangan.length);
      expect(lembar.aturan).toHaveLength(h.pasangan.length);
      const meleset = hasil.butir.filter((b) => b.status === "Tidak Tercapai").map((b) => b.alamat);
      expect(meleset.sort()).toEqual(h.meleset.map(geser).sort());
      expect(hasil.teks.map((s) => s.alamat).sort()).toEqual(h.teks.map(geser).sort());

      const sebelum = JSON.stringify(lembar.aturan);
      const k2 = new KonteksPalsu(lembar, alamat);
      const lagi = await tandaiDalam(sebagaiKonteks(k2));
      expect(lagi.ok && [lagi.ditambah, lagi.diganti]).toEqual([0, 0]);
      expect(k2.sync_).toBe(2);
      expect(JSON.stringify(lembar.aturan)).toBe(sebelum);
    },
  );

  it.each(KORPUS.filter((t) => "tolak" in t.harapan).map((t) => [t.nama] as const))(
    "refuses %s without writing anything",
    async (nama) => {
      const { lembar, alamat } = lembarDengan(nama);
      const k = new KonteksPalsu(lembar, alamat);
      const hasil = await tandaiDalam(sebagaiKonteks(k));
      expect(hasil.ok).toBe(false);
      expect(lembar.aturan).toEqual([]);
      expect(k.sync_).toBeLessThanOrEqual(2);
    },
  );

  it("takes the table around a single selected cell", async () => {
    const { lembar } = lembarDengan("bahasa-inggris");
    const hasil = await tandaiDalam(sebagaiKonteks(new KonteksPalsu(lembar, "D5")));
    expect(hasil.ok && hasil.butir.map((b) => b.alamat)).toEqual(["F4", "F5", "F6", "F7"]);
    expect(lembar.aturan.map((a) => a.alamat)).toEqual(["F4:F7"]);
  });

  it.each([
    ["a range beside the table", "J20:L25"],
    ["one empty cell beside the table", "J20"],
    ["whole columns beside the table", "J1:L1048576"],
  ])("says the selection holds no data for %s, in two syncs, writing nothing", async (_, pilihan) => {
    const { lembar } = lembarDengan("bahasa-inggris");
    const k = new KonteksPalsu(lembar, pilihan);
    const hasil = await tandaiDalam(sebagaiKonteks(k));
    expect(hasil.ok || hasil.alasan.id).toMatch(/^Pilihan tidak berisi data/);
    expect(k.sync_).toBeLessThanOrEqual(2);
    expect(lembar.aturan).toEqual([]);
  });

  it("says a blank sheet holds no data", async () => {
    const hasil = await tandaiDalam(sebagaiKonteks(new KonteksPalsu(new LembarPalsu("Kosong"), "A1:D10")));
    expect(hasil.ok || hasil.alasan.id).toMatch(/^Pilihan tidak berisi data/);
  });

  it("trims a whole-sheet selection to the used cells", async () => {
    const { lembar } = lembarDengan("bahasa-inggris");
    const k = new KonteksPalsu(lembar, "A1:XFD1048576");
    const hasil = await tandaiDalam(sebagaiKonteks(k));
    expect(hasil.ok && hasil.butir.map((b) => b.alamat)).toEqual(["F4", "F5", "F6", "F7"]);
    expect(k.selDibaca).toBeLessThan(1000);
  });

  it("replaces its own stale flag when the table grew, and keeps the count", async () => {
    const { lembar, alamat } = lembarDengan("bahasa-inggris");
    await tandaiDalam(sebagaiKonteks(new KonteksPalsu(lembar, alamat)));
    lembar.isi([[5, "Indeks Baru", "Indeks", 80, 70]], 7, 1);
    const hasil = await tandaiDalam(sebagaiKonteks(new KonteksPalsu(lembar, "B3:G8")));
    expect(hasil.ok && [hasil.ditambah, hasil.diganti]).toEqual([1, 1]);
    expect(lembar.aturan.map((a) => a.alamat)).toEqual(["F4:F8"]);
  });
});

describe("nothing of the user's is lost", () => {
  it("keeps the user's own rule, values, number formats and fills through tandai and hapus", async () => {
    const { lembar, alamat } = lembarDengan("polaritas-turun");
    lembar.sel.set("3,5", { nilai: 0.4, formatAngka: "0.0%", isi: "#FFFF00" });
    lembar.aturan.push(
      { id: 99, type: "CellValue", alamat: "F4:F8" },
      { id: 98, type: "Custom", alamat: "E4:E8", rumus: "E4>0.5", warnaIsi: "#00FF00" },
    );
    const sel = JSON.stringify([...lembar.sel]);
    await tandaiDalam(sebagaiKonteks(new KonteksPalsu(lembar, alamat)));
    expect(lembar.aturan).toHaveLength(3);
    const k = new KonteksPalsu(lembar, alamat);
    const hapus = await hapusDalam(sebagaiKonteks(k));
    expect(hapus).toEqual({ ok: true, lembar: "IKU 2025", dihapus: 1 });
    // The rules, our rule's range with its scoped collection, the deletion.
    expect(k.sync_).toBe(3);
    expect(lembar.aturan.map((a) => a.id)).toEqual([99, 98]);
    expect(JSON.stringify([...lembar.sel])).toBe(sel);
  });

  it("counts only the cells that really became numbers: a Text-formatted cell keeps text", async () => {
    const { lembar, alamat } = lembarDengan("angka-teks");
    lembar.sel.set("3,3", { nilai: "41%", formatAngka: "@" });
    const hasil = await tandaiDalam(sebagaiKonteks(new KonteksPalsu(lembar, alamat)));
    if (!hasil.ok) throw new Error("ditolak");
    lembar.sel.set("3,4", { nilai: "diubah pengguna" });
    const k = new KonteksPalsu(lembar, alamat);
    const n = await ubahJadiAngkaDalam(sebagaiKonteks(k), hasil.lembar, hasil.teks);
    expect(n).toBe(hasil.teks.length - 2);
    expect(k.sync_).toBe(2);
    expect(lembar.ambil(3, 3)).toEqual({ nilai: "0.41", formatAngka: "@" });
    expect(lembar.nilai(3, 4)).toBe("diubah pengguna");
    expect(lembar.nilai(7, 4)).toBe(1234);
    expect(lembar.nilai(3, 2)).toBe("Persentase Peningkatan Koperasi Aktif");
  });
});

describe("manual target and realisation ranges", () => {
  it("flags the realisation range against the target range in two syncs", async () => {
    const lembar = new LembarPalsu("Data");
    lembar.isi(
      [
        [10, 9],
        [5, 5],
        [8, ""],
        [4, 3],
      ],
      0,
      0,
    );
    const k = new KonteksPalsu(lembar, "A1");
    const hasil = await tandaiManualDalam(
      sebagaiKonteks(k),
      { lembar: "Data", alamat: "A1:A4" },
      { lembar: "Data", alamat: "B1:B4" },
    );
    expect(k.sync_).toBe(2);
    expect(hasil.ok && hasil.butir.map((b) => [b.alamat, b.status])).toEqual([
      ["B1", "Tidak Tercapai"],
      ["B2", "Tercapai"],
      ["B3", "Belum diisi"],
      ["B4", "Tidak Tercapai"],
    ]);
    expect(lembar.aturan.map((a) => a.alamat)).toEqual(["B1:B4"]);
    expect(lembar.aturan[0].rumus).toBe(rumusBertanda(rumusMeleset("B1", "A1", '"positif"'), PENANDA));
  });

  it("refuses ranges of different sizes", async () => {
    const lembar = new LembarPalsu("Data");
    lembar.isi([
      [10, 9],
      [5, 5],
    ]);
    const hasil = await tandaiManualDalam(
      sebagaiKonteks(new KonteksPalsu(lembar, "A1")),
      { lembar: "Data", alamat: "A1:A2" },
      { lembar: "Data", alamat: "B1:B3" },
    );
    expect(hasil.ok).toBe(false);
    expect(lembar.aturan).toEqual([]);
  });
});

describe("scale", () => {
  it.each([10, 10000])("flags %i rows in two syncs, reading only the needed columns", async (n) => {
    const { lembar, alamat, selTabel } = lembarBesar(n);
    const k = new KonteksPalsu(lembar, alamat);
    const hasil = await tandaiDalam(sebagaiKonteks(k));
    expect(k.sync_).toBe(2);
    expect(hasil.ok && hasil.butir.length).toBe(2 * n);
    expect(lembar.aturan.map((a) => a.alamat)).toEqual([`J4:J${n + 3}`, `G4:G${n + 3}`]);
    // Top rows of two candidate areas, then six of twelve columns (2 pairs, label, polarity) of the data rows.
    expect(k.selDibaca).toBeLessThanOrEqual(2 * 40 * 12 + 6 * n);
    if (n === 10000) expect(k.selDibaca).toBeLessThan(selTabel * 0.51);
  });
});

describe("rules found by their current range", () => {
  /** Rows inserted above the table: cells and rules move, the text of a rule does not. */
  function sisipBaris(lembar: LembarPalsu, n: number) {
    lembar.sel = new Map(
      [...lembar.sel].map(([kunci, v]) => {
        const [r, c] = kunci.split(",").map(Number);
        return [`${r + n},${c}`, v];
      }),
    );
    for (const a of lembar.aturan) a.alamat = a.alamat.replace(/(\d+)/g, (x) => String(Number(x) + n));
  }

  it("sees a moved table as already flagged, adding and replacing nothing", async () => {
    const { lembar } = lembarDengan("bahasa-inggris");
    await tandaiDalam(sebagaiKonteks(new KonteksPalsu(lembar, "B3:F7")));
    const sebelum = lembar.aturan.length;
    sisipBaris(lembar, 5);
    const k = new KonteksPalsu(lembar, "B8:F12");
    const hasil = await tandaiDalam(sebagaiKonteks(k));
    expect(hasil.ok && [hasil.ditambah, hasil.diganti]).toEqual([0, 0]);
    expect(lembar.aturan).toHaveLength(sebelum);
    expect(k.sync_).toBe(2);
  });

  it("recognises a flag of an older version whose marker names its old range", async () => {
    const { lembar } = lembarDengan("bahasa-inggris");
    await tandaiDalam(sebagaiKonteks(new KonteksPalsu(lembar, "B3:F7")));
    for (const a of lembar.aturan) a.rumus = a.rumus!.replace('"IKU-Kinerja"', '"IKU-Kinerja A1:A2"');
    const hasil = await tandaiDalam(sebagaiKonteks(new KonteksPalsu(lembar, "B3:F7")));
    expect(hasil.ok && [hasil.ditambah, hasil.diganti]).toEqual([0, 0]);
  });

  it("removes only its own rules where they overlap each other and the user's", async () => {
    const lembar = new LembarPalsu("Data");
    lembar.isi(Array.from({ length: 8 }, (_, i) => [10, i]));
    lembar.aturan.push({ id: 99, type: "Custom", alamat: "B1:B8", rumus: "B1>5" });
    for (const [t, r] of [
      ["A1:A4", "B1:B4"],
      ["A3:A8", "B3:B8"],
      ["A2:A2", "B2:B2"],
    ])
      await tandaiManualDalam(
        sebagaiKonteks(new KonteksPalsu(lembar, "A1")),
        { lembar: "Data", alamat: t },
        { lembar: "Data", alamat: r },
      );
    expect(lembar.aturan).toHaveLength(4);
    const k = new KonteksPalsu(lembar, "A1");
    const hasil = await hapusDalam(sebagaiKonteks(k));
    expect(hasil).toEqual({ ok: true, lembar: "Data", dihapus: 3 });
    expect(lembar.aturan.map((a) => a.id)).toEqual([99]);
    expect(k.sync_).toBe(3);
  });

  it("says there is nothing to remove in one sync", async () => {
    const lembar = new LembarPalsu("Data");
    lembar.aturan.push({ id: 99, type: "Custom", alamat: "B1:B8", rumus: "B1>5" });
    const k = new KonteksPalsu(lembar, "A1");
    expect(await hapusDalam(sebagaiKonteks(k))).toEqual({ ok: true, lembar: "Data", dihapus: 0 });
    expect(k.sync_).toBe(1);
  });
});

describe("whole columns and inactive sheets", () => {
  it("reads a whole column only over the used rows", async () => {
    const lembar = new LembarPalsu("Data");
    lembar.isi(
      [
        ["Target", "Realisasi"],
        [10, 9],
        [5, 5],
        [8, 7],
      ],
      0,
      3,
    );
    const k = new KonteksPalsu(lembar, "D1");
    const hasil = await tandaiManualDalam(
      sebagaiKonteks(k),
      { lembar: "Data", alamat: "D:D" },
      { lembar: "Data", alamat: "E:E" },
    );
    expect(hasil.ok && hasil.butir.map((b) => [b.alamat, b.status])).toEqual([
      ["E2", "Tidak Tercapai"],
      ["E3", "Tercapai"],
      ["E4", "Tidak Tercapai"],
    ]);
    expect(k.selDibaca).toBe(8);
    expect(lembar.aturan.map((a) => a.alamat)).toEqual(["E1:E4"]);
  });

  it("says a whole column outside the used cells holds no data", async () => {
    const lembar = new LembarPalsu("Data");
    lembar.isi([[10, 9]]);
    const hasil = await tandaiManualDalam(
      sebagaiKonteks(new KonteksPalsu(lembar, "A1")),
      { lembar: "Data", alamat: "H:H" },
      { lembar: "Data", alamat: "J:J" },
    );
    expect(hasil.ok).toBe(false);
    expect(!hasil.ok && hasil.alasan.id).toContain("tidak berisi data");
    expect(lembar.aturan).toEqual([]);
  });

  it("activates the sheet before selecting a cell on it", async () => {
    const lembar = new LembarPalsu("Data");
    const k = new KonteksPalsu(lembar, "A1");
    k.aktif = false;
    await pilihSelDalam(sebagaiKonteks(k), "Data", "C7");
    expect(k.dipilih).toEqual(["C7"]);
  });
});
