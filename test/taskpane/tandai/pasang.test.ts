/** @jest-environment jsdom */
import { Saluran } from "../../../src/commands/saluran";
import type { HasilPerintahTandai } from "../../../src/commands/tandai";
import type { HasilTandai, SelTeksPanel } from "../../../src/excel/tandai/hasil-tandai";
import type { RentangDipilih } from "../../../src/excel/tandai/manual";
import type { AksiTandai } from "../../../src/taskpane/tandai/keadaan";
import { pasangTandai } from "../../../src/taskpane/tandai/pasang";
import { HASIL } from "./contoh";

/** Excel as the section sees it: each action answers what the test gives it, and records its calls. */
function aksiPalsu(tandai: HasilTandai = HASIL): jest.Mocked<AksiTandai> {
  let n = 0;
  return {
    tandai: jest.fn(async () => tandai),
    hapus: jest.fn(async () => ({ ok: true as const, lembar: "IKU 2025", dihapus: 1 })),
    bacaPilihan: jest.fn(async () => ({ lembar: "IKU 2025", alamat: ++n === 1 ? "C4:C13" : "D4:D13" })),
    tandaiManual: jest.fn<Promise<HasilTandai>, [RentangDipilih, RentangDipilih]>(async () => HASIL),
    ubahJadiAngka: jest.fn<Promise<number>, [string, readonly SelTeksPanel[]]>(async () => 1),
    pilihSel: jest.fn<Promise<void>, [string, string]>(async () => undefined),
  };
}

function pasang(aksi = aksiPalsu(), bahasa: "id" | "en" = "id") {
  const root = document.createElement("section");
  const saluran = new Saluran<HasilPerintahTandai>();
  const { bagian, berhenti } = pasangTandai(root, bahasa, aksi, saluran);
  const status = () => root.querySelector("p[role=status]")!.textContent;
  const tombolBernama = (nama: string) =>
    [...root.querySelectorAll("button")].find((b) => b.textContent === nama) as HTMLButtonElement;
  return { root, bagian, berhenti, saluran, aksi, status, tombolBernama };
}

describe("the Tandai section's state owner and wiring", () => {
  it("flags on a click and shows the status, summary and review list", async () => {
    const p = pasang();
    p.tombolBernama("Tandai Capaian").click();
    expect(p.status()).toBe("Sedang bekerja…");
    await p.bagian.tandai();
    expect(p.aksi.tandai).toHaveBeenCalledTimes(1);
    expect(p.status()).toBe("1 aturan tanda ditambahkan pada lembar IKU 2025.");
    expect(p.root.querySelectorAll(".tandai__hasil .tandai__butir")).toHaveLength(2);
  });

  it("keeps the buttons disabled while an action runs and runs a double click once", async () => {
    let selesai!: (h: HasilTandai) => void;
    const aksi = aksiPalsu();
    aksi.tandai.mockImplementation(() => new Promise((r) => (selesai = r)));
    const p = pasang(aksi);
    const kerja = p.bagian.tandai();
    p.tombolBernama("Tandai Capaian").click();
    expect([p.tombolBernama("Tandai Capaian").disabled, p.tombolBernama("Hapus Tanda").disabled]).toEqual([
      true,
      true,
    ]);
    selesai(HASIL);
    await kerja;
    expect(aksi.tandai).toHaveBeenCalledTimes(1);
    expect([p.tombolBernama("Tandai Capaian").disabled, p.bagian.sedangBekerja]).toEqual([false, false]);
  });

  it("opens the manual pointing with the reason when detection refuses", async () => {
    const p = pasang(
      aksiPalsu({ ok: false, alasan: { id: "Tidak ditemukan judul kolom.", en: "No headers." } }),
    );
    await p.bagian.tandai();
    expect([p.status(), p.root.querySelector("details")!.open]).toEqual([
      "Tidak ditemukan judul kolom.",
      true,
    ]);
  });

  it.each([
    [
      "reading the selection",
      (a: jest.Mocked<AksiTandai>) => a.bacaPilihan,
      (p: ReturnType<typeof pasang>) => p.bagian.pakaiPilihan("target"),
      "The selection could not be read: the sheet, range or rule it needs no longer exists (deleted or renamed, perhaps) (ItemNotFound). Nothing was changed. Select the range on the sheet again, then click the Use selection button once more.",
    ],
    [
      "converting text numbers",
      (a: jest.Mocked<AksiTandai>) => a.ubahJadiAngka,
      async (p: ReturnType<typeof pasang>) => {
        await p.bagian.tandai();
        p.tombolBernama("Convert to numbers").click();
        await new Promise((r) => setTimeout(r));
      },
      "The cells could not be converted to numbers: the sheet, range or rule it needs no longer exists (deleted or renamed, perhaps) (ItemNotFound). Cells not yet converted still hold text. Click Flag misses again to refresh the list, then click Convert to numbers.",
    ],
  ] as const)(
    "says in words, with Excel's code, when Excel throws while %s",
    async (_, pilih, jalankan, baris) => {
      const aksi = aksiPalsu();
      (pilih(aksi) as jest.Mock).mockRejectedValue(
        Object.assign(new Error("Gone."), { code: "ItemNotFound" }),
      );
      const p = pasang(aksi, "en");
      await jalankan(p);
      expect(p.status()).toBe(baris);
    },
  );

  it("flags the two ranges the planner pointed at", async () => {
    const p = pasang();
    await p.bagian.pakaiPilihan("target");
    expect(p.tombolBernama("Tandai rentang ini").disabled).toBe(true);
    await p.bagian.pakaiPilihan("realisasi");
    expect([p.root.querySelector("details")!.textContent, p.status()]).toEqual([
      "Tunjuk rentang sendiriGunakan pilihan sebagai Target IKU 2025!C4:C13Gunakan pilihan sebagai Realisasi IKU 2025!D4:D13Tandai rentang ini",
      "",
    ]);
    await p.bagian.tandaiRentang();
    expect(p.aksi.tandaiManual).toHaveBeenCalledWith(
      { lembar: "IKU 2025", alamat: "C4:C13" },
      { lembar: "IKU 2025", alamat: "D4:D13" },
    );
  });

  it("converts the text numbers of the shown sheet, then drops the button", async () => {
    const p = pasang();
    await p.bagian.tandai();
    p.tombolBernama("Ubah jadi angka").click();
    await new Promise((r) => setTimeout(r));
    expect(p.aksi.ubahJadiAngka).toHaveBeenCalledWith("IKU 2025", HASIL.teks);
    expect([p.status(), p.tombolBernama("Ubah jadi angka")]).toEqual(["1 sel diubah jadi angka.", undefined]);
  });

  it("selects a listed miss's cell on the shown sheet", async () => {
    const p = pasang();
    await p.bagian.tandai();
    p.root.querySelectorAll<HTMLButtonElement>(".tandai__butir")[1].click();
    expect(p.aksi.pilihSel).toHaveBeenCalledWith("IKU 2025", "D11");
  });

  it("clears the review list after Hapus Tanda", async () => {
    const p = pasang();
    await p.bagian.tandai();
    await p.bagian.hapus();
    expect([p.status(), p.root.querySelector(".tandai__hasil")!.childNodes.length]).toEqual([
      "1 tanda dihapus dari lembar IKU 2025.",
      0,
    ]);
  });

  it("shows what a ribbon command did until it stops listening", () => {
    const p = pasang();
    p.saluran.kirim({ jenis: "tandai", hasil: HASIL });
    expect(p.root.querySelectorAll(".tandai__butir")).toHaveLength(2);
    p.saluran.kirim({ jenis: "hapus", hasil: { ok: true, lembar: "IKU 2025", dihapus: 1 } });
    expect(p.status()).toBe("1 tanda dihapus dari lembar IKU 2025.");
    p.berhenti();
    p.saluran.kirim({ jenis: "tandai", hasil: HASIL });
    expect(p.root.querySelectorAll(".tandai__butir")).toHaveLength(0);
  });

  it("lets two panes listen to the same ribbon", () => {
    const saluran = new Saluran<HasilPerintahTandai>();
    const [a, b] = [document.createElement("section"), document.createElement("section")];
    pasangTandai(a, "id", aksiPalsu(), saluran);
    pasangTandai(b, "en", aksiPalsu(), saluran);
    saluran.kirim({ jenis: "hapus", hasil: { ok: true, lembar: "IKU", dihapus: 3 } });
    expect([a, b].map((r) => r.querySelector("p[role=status]")!.textContent)).toEqual([
      "3 tanda dihapus dari lembar IKU.",
      "3 flags removed from sheet IKU.",
    ]);
  });
});
