/** @jest-environment jsdom */
import { Saluran } from "../../../src/commands/saluran";
import type { HasilRenstra } from "../../../src/excel/renstra/baca-renstra";
import type { HasilSisip } from "../../../src/excel/sisip/hasil-sisip";
import type { AksiRenstra } from "../../../src/taskpane/renstra/keadaan";
import { pasangRenstra } from "../../../src/taskpane/renstra/pasang";
import { pasangSisip } from "../../../src/taskpane/sisip/pasang";

const HASIL: HasilRenstra = {
  ok: true,
  lembar: "Renstra (2)",
  tahun: [2024, 2025, 2026],
  diperiksa: 10,
  masalah: [
    {
      baris: 14,
      alamat: "A14:T14",
      kode: "2.17.03.2.01",
      nama: "Pengembangan Usaha Mikro",
      status: "Tidak Sesuai",
      tahun: [{ tahun: 2026, sebab: "selisih", pagu: 100e6, selisih: -10e6 }],
    },
    {
      baris: 27,
      alamat: "A27:T27",
      kode: "2.17.04.2.01",
      nama: "Kegiatan Tanpa Program",
      status: "Induk tidak ada",
      tahun: [],
    },
    {
      baris: 28,
      alamat: "A28:T28",
      kode: "2.17.02.2.01.0002",
      nama: "<img src=x onerror=alert(1)>",
      status: "",
      tahun: [{ tahun: 2024, sebab: "teks", pagu: "1.500.000.000", terbaca: 1.5e9 }],
    },
  ],
};

function aksiPalsu(h: HasilRenstra = HASIL): jest.Mocked<AksiRenstra> {
  return {
    periksa: jest.fn<Promise<HasilRenstra>, [lembar?: readonly string[]]>(async () => h),
    pilihSel: jest.fn<Promise<void>, [string, string]>(async () => undefined),
  };
}

function pasang(aksi = aksiPalsu(), bahasa: "id" | "en" = "id") {
  const root = document.createElement("section");
  const bagian = pasangRenstra(root, bahasa, aksi);
  const status = () => root.querySelector("p[role=status]")!.textContent;
  const butir = () => [...root.querySelectorAll<HTMLButtonElement>(".renstra__butir")];
  return { root, bagian, aksi, status, butir };
}

describe("the Periksa Renstra section's state owner and wiring", () => {
  it("checks on a click and lists each wrong row with its row, status and years", async () => {
    const p = pasang();
    p.root.querySelector("button")!.click();
    expect(p.status()).toBe("Sedang memeriksa…");
    await p.bagian.periksa();
    expect(p.aksi.periksa).toHaveBeenCalledWith(undefined);
    expect(p.status()).toBe("3 baris bermasalah dari 10 baris berkode di lembar Renstra (2):");
    expect(p.butir().map((b) => [...b.children].map((c) => c.textContent))).toEqual([
      [
        "2.17.03.2.01 Pengembangan Usaha Mikro",
        "Baris 14 · Tidak Sesuai: pagu tidak sama dengan jumlah pagu turunan langsungnya",
        "2026: jumlah turunan Rp10.000.000 lebih kecil dari pagu",
      ],
      [
        "2.17.04.2.01 Kegiatan Tanpa Program",
        "Baris 27 · Induk tidak ada: kode induknya 2.17.04 tidak ada di tabel",
      ],
      [
        "2.17.02.2.01.0002 <img src=x onerror=alert(1)>",
        "Baris 28",
        '2024: pagu berisi teks "1.500.000.000", tidak ikut dijumlah; ketik sebagai angka (Rp1.500.000.000)',
      ],
    ]);
    expect(p.root.querySelector("img")).toBeNull();
  });

  it("selects the row a click names, on the result's sheet", async () => {
    const p = pasang();
    await p.bagian.periksa();
    p.butir()[1].click();
    expect(p.aksi.pilihSel).toHaveBeenCalledWith("Renstra (2)", "A27:T27");
  });

  it("tells a failed selection in the pane's language", async () => {
    const aksi = aksiPalsu();
    aksi.pilihSel.mockRejectedValue({ code: "InvalidSelection", message: "x" });
    const p = pasang(aksi, "en");
    await p.bagian.periksa();
    p.butir()[0].click();
    await new Promise((r) => setTimeout(r));
    expect(p.status()).toMatch(
      /^The row could not be selected: Excel can only select a cell on the sheet being shown/,
    );
  });

  it("says so when every pagu agrees, in English where Office runs in English", async () => {
    const p = pasang(aksiPalsu({ ...HASIL, lembar: "Renstra", masalah: [] }), "en");
    await p.bagian.periksa();
    expect([p.status(), p.butir()]).toEqual([
      "Every pagu agrees: 10 coded rows checked on sheet Renstra.",
      [],
    ]);
  });

  it("runs a double click once, the button disabled meanwhile", async () => {
    let selesai!: (h: HasilRenstra) => void;
    const aksi = aksiPalsu();
    aksi.periksa.mockImplementation(() => new Promise((r) => (selesai = r)));
    const p = pasang(aksi);
    const kerja = p.bagian.periksa();
    p.bagian.dom.periksa.click();
    expect(p.bagian.dom.periksa.disabled).toBe(true);
    selesai(HASIL);
    await kerja;
    expect([aksi.periksa.mock.calls.length, p.bagian.dom.periksa.disabled]).toEqual([1, false]);
  });

  it("shows the reader's message when no table is found on demand", async () => {
    const p = pasang(aksiPalsu({ ok: false, alasan: { id: "Tidak ada.", en: "None." }, tanpaTabel: true }));
    await p.bagian.periksa();
    expect(p.status()).toBe("Tidak ada.");
  });
});

describe("the check after an insertion", () => {
  const sisip = (aksi: AksiRenstra) => {
    const root = document.createElement("section");
    const renstra = pasangRenstra(document.createElement("section"), "id", aksi);
    const saluran = new Saluran<HasilSisip>();
    const hasil: HasilSisip = { ok: true, lembar: ["IKU", "Renstra (2)"] };
    pasangSisip(
      root,
      "id",
      jest.fn(async () => hasil),
      saluran,
      (h) => void renstra.setelahSisip(h),
    );
    return { root, renstra, saluran, hasil };
  };

  it("checks the sheets the pane's insertion created", async () => {
    const aksi = aksiPalsu();
    const s = sisip(aksi);
    s.root.querySelector<HTMLButtonElement>("#sisip-tombol")!.click();
    await new Promise((r) => setTimeout(r));
    expect(aksi.periksa).toHaveBeenCalledWith(["IKU", "Renstra (2)"]);
    expect(s.renstra.dom.hasil.querySelectorAll(".renstra__butir")).toHaveLength(3);
  });

  it("checks after the ribbon's insertion, says nothing without a Renstra sheet, nothing after a failure", async () => {
    const aksi = aksiPalsu({ ok: false, alasan: { id: "Tidak ada.", en: "None." }, tanpaTabel: true });
    const s = sisip(aksi);
    s.saluran.kirim(s.hasil);
    await new Promise((r) => setTimeout(r));
    expect([aksi.periksa.mock.calls, s.renstra.dom.status.textContent]).toEqual([
      [[["IKU", "Renstra (2)"]]],
      "",
    ]);
    s.saluran.kirim({ ok: false, pesan: { id: "Gagal.", en: "Failed." } });
    expect(aksi.periksa).toHaveBeenCalledTimes(1);
  });
});
