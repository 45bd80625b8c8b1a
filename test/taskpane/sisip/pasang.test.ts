/** @jest-environment jsdom */
import { Saluran } from "../../../src/commands/saluran";
import type { HasilSisip } from "../../../src/excel/sisip/hasil-sisip";
import { pasangSisip } from "../../../src/taskpane/sisip/pasang";

describe("the insert section's guide", () => {
  it.each([
    ["id", ["IKU: realisasi", "Anggaran: program", "LKjIP: jenis target", "PK: nama pihak pertama"]],
    ["en", ["IKU: the realisation", "Anggaran: programs", "LKjIP: the target kind", "PK: the names"]],
  ] as const)("lists in %s which cells the planner fills", (bahasa, awal) => {
    const root = document.createElement("section");
    pasangSisip(root, bahasa, jest.fn());
    const butir = [...root.querySelectorAll("#sisip-isian li")].map((li) => li.textContent ?? "");
    expect(butir.map((b, i) => b.startsWith(awal[i]))).toEqual([true, true, true, true]);
  });

  it("says the active year drives the LKjIP and the PK, and passes it to the insertion", async () => {
    const root = document.createElement("section");
    const sisipkan = jest.fn(async () => ({ ok: true as const, lembar: ["IKU"] }));
    pasangSisip(root, "id", sisipkan);
    expect(root.textContent).toContain(
      "Tahun aktif menentukan Dashboard, LKjIP (Bab III) dan Perjanjian Kinerja (PK).",
    );
    const tahun = root.querySelector<HTMLSelectElement>("#sisip-tahun")!;
    tahun.value = "2026";
    root.querySelector<HTMLButtonElement>("#sisip-tombol")!.click();
    await Promise.resolve();
    expect(sisipkan).toHaveBeenCalledWith(expect.anything(), 2026, "id", expect.any(Function));
  });
});

describe("the insert section's state owner and wiring", () => {
  it("shows progress only when the catalog goes in several batches, then the sheets created", async () => {
    let lapor!: (selesai: number, jumlah: number) => void;
    let selesai!: (h: { ok: true; lembar: string[] }) => void;
    const sisipkan = jest.fn((_k, _t, _b, kemajuan) => {
      lapor = kemajuan;
      return new Promise<{ ok: true; lembar: string[] }>((r) => (selesai = r));
    });
    const root = document.createElement("section");
    const { bagian } = pasangSisip(root, "en", sisipkan);
    const kerja = bagian.sisipkan();
    const kemajuan = root.querySelector<HTMLProgressElement>("#sisip-kemajuan")!;
    const status = root.querySelector("#sisip-status")!;
    lapor(1, 1);
    expect([kemajuan.hidden, status.textContent]).toEqual([true, "Inserting…"]);
    lapor(2, 5);
    expect([kemajuan.hidden, kemajuan.value, kemajuan.max, status.textContent]).toEqual([
      false,
      2,
      5,
      "Inserting… part 2 of 5",
    ]);
    selesai({ ok: true, lembar: ["IKU", "PK"] });
    await kerja;
    expect([kemajuan.hidden, status.textContent, root.querySelector("button")!.disabled]).toEqual([
      true,
      "Created: IKU, PK",
      false,
    ]);
  });

  it("lists a rejected catalog's problems as text and keeps the built-in catalog", () => {
    const root = document.createElement("section");
    const { bagian } = pasangSisip(root, "id", jest.fn());
    const sebelum = bagian.katalogAktif;
    bagian.muatKatalog('{"instansi": "<img src=x>"}');
    const status = root.querySelector("#sisip-status")!;
    expect(status.querySelector("p")?.textContent).toBe("Katalog ditolak, tidak ada yang diubah:");
    expect(status.querySelectorAll("li").length).toBeGreaterThan(0);
    expect([root.querySelector("img"), bagian.katalogAktif]).toEqual([null, sebelum]);
  });

  it("shows what the ribbon's insertion did until it stops listening", () => {
    const saluran = new Saluran<HasilSisip>();
    const root = document.createElement("section");
    const { berhenti } = pasangSisip(root, "id", jest.fn(), saluran);
    saluran.kirim({ ok: false, pesan: { id: "Excel ini belum mendukung.", en: "Too old." } });
    expect(root.querySelector("#sisip-status")!.textContent).toBe("Excel ini belum mendukung.");
    berhenti();
    saluran.kirim({ ok: true, lembar: ["IKU"] });
    expect(root.querySelector("#sisip-status")!.textContent).toBe("Excel ini belum mendukung.");
  });
});
