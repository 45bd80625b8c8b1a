/** @jest-environment jsdom */
import type { HasilTriwulan } from "../../../src/excel/triwulan/baca-triwulan";
import type { AksiTriwulan } from "../../../src/taskpane/triwulan/keadaan";
import { pasangTriwulan } from "../../../src/taskpane/triwulan/pasang";

const HASIL: HasilTriwulan = {
  ok: true,
  tahun: 2026,
  triwulan: 3,
  rencanaAksi: {
    lembar: "Rencana Aksi",
    diperiksa: 10,
    butir: [
      {
        baris: 5,
        alamat: "A5:S5",
        no: "1",
        indikator: "Persentase Peningkatan Koperasi Aktif",
        status: "Terlambat",
        terisi: [0, 1],
        capaian: 0.5,
      },
      {
        baris: 6,
        alamat: "A6:S6",
        no: "2",
        indikator: "<img src=x onerror=alert(1)>",
        status: "Belum Diisi",
        terisi: [],
      },
    ],
  },
  cekTarget: {
    lembar: "Triwulan (2)",
    tahun: 2026,
    diperiksa: 10,
    butir: [{ baris: 7, alamat: "A7:Z7", no: "2", indikator: "Jumlah Dokumen Pengembangan Industri" }],
  },
};

function aksiPalsu(h: HasilTriwulan = HASIL): jest.Mocked<AksiTriwulan> {
  return {
    periksa: jest.fn<Promise<HasilTriwulan>, []>(async () => h),
    pilihSel: jest.fn<Promise<void>, [string, string]>(async () => undefined),
  };
}

function pasang(aksi = aksiPalsu(), bahasa: "id" | "en" = "id") {
  const root = document.createElement("section");
  const bagian = pasangTriwulan(root, bahasa, aksi);
  const status = () => root.querySelector("p[role=status]")!.textContent;
  const teks = (pilih: string) => [...root.querySelectorAll(pilih)].map((e) => e.textContent);
  const butir = () => [...root.querySelectorAll<HTMLButtonElement>(".triwulan__butir")];
  return { root, bagian, aksi, status, teks, butir };
}

describe("the Triwulan ini section", () => {
  it("checks on a click and lists the late and unfilled indicators, then the misfit targets", async () => {
    const p = pasang();
    p.root.querySelector<HTMLButtonElement>("#triwulan-periksa")!.click();
    expect(p.status()).toBe("Sedang memeriksa…");
    await p.bagian.periksa();
    expect(p.aksi.periksa).toHaveBeenCalledTimes(1);
    expect(p.status()).toBe("Triwulan berjalan: TW IV 2026.");
    expect(p.teks("h3")).toEqual([
      "Rencana Aksi 2026 (lembar Rencana Aksi)",
      "Target triwulan 2026 (lembar Triwulan (2))",
    ]);
    expect(p.teks(".triwulan__hasil p.catatan")).toEqual([
      "2 dari 10 indikator Terlambat atau Belum Diisi:",
      "1 dari 10 indikator: target triwulan Tidak Sesuai dengan target tahunan:",
    ]);
    expect(p.butir().map((b) => [...b.children].map((c) => c.textContent))).toEqual([
      [
        "1. Persentase Peningkatan Koperasi Aktif",
        "Baris 5 · Terlambat · terisi TW I, TW II · capaian s.d. TW 50%",
      ],
      ["2. <img src=x onerror=alert(1)>", "Baris 6 · Belum Diisi · belum ada triwulan terisi"],
      ["2. Jumlah Dokumen Pengembangan Industri", "Baris 7 · Cek Target TW: Tidak Sesuai"],
    ]);
    expect(p.root.querySelector("img")).toBeNull();
  });

  it("selects a listed row's cells on its own sheet", async () => {
    const p = pasang();
    await p.bagian.periksa();
    p.butir()[2].click();
    p.butir()[0].click();
    expect(p.aksi.pilihSel.mock.calls).toEqual([
      ["Triwulan (2)", "A7:Z7"],
      ["Rencana Aksi", "A5:S5"],
    ]);
  });

  it("says in one line when the workbook has neither sheet", async () => {
    const p = pasang(aksiPalsu({ ok: true, triwulan: 3 }));
    await p.bagian.periksa();
    expect(p.status()).toBe(
      "Belum ada lembar Rencana Aksi atau Triwulan dengan baris judulnya (Status, Cek Target TW) di buku kerja ini.",
    );
    expect(p.root.querySelector(".triwulan__hasil")!.childNodes.length).toBe(0);
  });

  it("in English, says all is well on one sheet and names the other as missing", async () => {
    const p = pasang(
      aksiPalsu({
        ok: true,
        tahun: 2026,
        triwulan: 1,
        rencanaAksi: { lembar: "RA", diperiksa: 4, butir: [] },
      }),
      "en",
    );
    await p.bagian.periksa();
    expect([p.status(), ...p.teks(".triwulan__hasil p.catatan")]).toEqual([
      "Quarter under way: TW II 2026.",
      "No indicator is behind plan or unfilled; 4 indicators checked.",
      "The Triwulan sheet has no Cek Target TW column for 2026.",
    ]);
  });

  it("tells Excel's refusal in the status line and enables the button again", async () => {
    const aksi = aksiPalsu();
    aksi.periksa.mockRejectedValueOnce({ code: "ItemNotFound", message: "x" });
    const p = pasang(aksi);
    await p.bagian.periksa();
    expect(p.status()).toMatch(/^Triwulan tidak dapat diperiksa: .*klik Periksa Triwulan sekali lagi\.$/);
    expect(p.root.querySelector<HTMLButtonElement>("#triwulan-periksa")!.disabled).toBe(false);
  });

  it("tells a failed selection without blocking the section", async () => {
    const aksi = aksiPalsu();
    aksi.pilihSel.mockRejectedValueOnce({ code: "InvalidSelection", message: "x" });
    const p = pasang(aksi);
    await p.bagian.periksa();
    p.butir()[0].click();
    await new Promise((r) => setTimeout(r));
    expect(p.status()).toMatch(/^Baris tidak dapat dipilih: .*klik barisnya sekali lagi\.$/);
  });
});
