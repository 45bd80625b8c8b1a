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

  it("says which year each report is for, and passes both years to the insertion", async () => {
    const root = document.createElement("section");
    const sisipkan = jest.fn(async () => ({ ok: true as const, lembar: ["IKU"] }));
    pasangSisip(root, "id", sisipkan);
    expect(root.textContent).toContain(
      "LKjIP, Evaluasi Renja dan Dashboard melaporkan tahun lalu; PK dan Rencana Aksi direncanakan untuk tahun ini.",
    );
    const label = (id: string) => root.querySelector(`label[for="${id}"]`)?.textContent;
    expect([label("sisip-tahun"), label("sisip-tahun-rencana")]).toEqual([
      "Tahun laporan (LKjIP, Evaluasi Renja)",
      "Tahun rencana (PK, Rencana Aksi)",
    ]);
    root.querySelector<HTMLSelectElement>("#sisip-tahun")!.value = "2024";
    root.querySelector<HTMLSelectElement>("#sisip-tahun-rencana")!.value = "2025";
    root.querySelector<HTMLButtonElement>("#sisip-tombol")!.click();
    await Promise.resolve();
    expect(sisipkan).toHaveBeenCalledWith(
      expect.anything(),
      { laporan: 2024, rencana: 2025 },
      "id",
      expect.any(Function),
    );
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

describe("after an insertion: what to fill next, and where", () => {
  const HASIL: HasilSisip = {
    ok: true,
    lembar: ["IKU (2)", "Triwulan", "Formulasi"],
    tahun: { laporan: 2025, rencana: 2026 },
    isian: [
      { kunci: "iku", lembar: "IKU (2)", kolom: ["Kondisi Awal", "Realisasi 2025"], pilih: "M6:M15" },
      { kunci: "triwulan", lembar: "Triwulan", kolom: ["TW I (Tahun 2026)"], pilih: "Q6:T15" },
      { kunci: "lainnya", lembar: "<b>Lain</b>", kolom: ["a", "b", "c", "d", "e", "f", "g"], pilih: "A1" },
    ],
  };

  function pasang(
    bahasa: "id" | "en" = "id",
    pilih = jest.fn<Promise<void>, [string, string]>(async () => undefined),
  ) {
    const saluran = new Saluran<HasilSisip>();
    const root = document.createElement("section");
    pasangSisip(root, bahasa, jest.fn(), saluran, undefined, pilih);
    saluran.kirim(HASIL);
    const butir = [...root.querySelectorAll("#sisip-berikut li")];
    return { root, pilih, butir };
  }

  it("lists each sheet with what goes there, its columns and a button that selects the place", () => {
    const { root, pilih, butir } = pasang();
    expect(root.querySelector("#sisip-status")!.textContent).toBe("Dibuat: IKU (2), Triwulan, Formulasi");
    expect(root.querySelector("#sisip-berikut h3")!.textContent).toBe("Isi berikutnya");
    expect(butir.map((li) => [...li.children].map((c) => c.textContent))).toEqual([
      [
        "IKU (2): realisasi tahun laporan 2025 (untuk LKjIP) dan kondisi awal",
        "Kolom: Kondisi Awal, Realisasi 2025",
        "Pilih M6:M15",
      ],
      [
        "Triwulan: target dan realisasi per triwulan tahun rencana 2026",
        "Kolom: TW I (Tahun 2026)",
        "Pilih Q6:T15",
      ],
      ["<b>Lain</b>", "Kolom: a, b, c, d, e, f, …", "Pilih A1"],
    ]);
    expect(root.querySelector("b")).toBeNull();
    butir[1].querySelector("button")!.click();
    expect(pilih.mock.calls).toEqual([["Triwulan", "Q6:T15"]]);
    expect(butir[0].querySelector("button")!.getAttribute("aria-label")).toBe(
      "Pilih M6:M15 di lembar IKU (2)",
    );
  });

  it("says in English what to fill, and tells a selection Excel refuses", async () => {
    const pilih = jest.fn<Promise<void>, [string, string]>(() =>
      Promise.reject({ code: "ItemNotFound", message: "x" }),
    );
    const { root, butir } = pasang("en", pilih);
    expect(butir[0].firstElementChild!.textContent).toBe(
      "IKU (2): the realisation of the report year 2025 (for the LKjIP) and the kondisi awal (baseline)",
    );
    butir[0].querySelector("button")!.click();
    await new Promise((r) => setTimeout(r));
    expect(root.querySelector("#sisip-status")!.textContent).toMatch(
      /^The input cells could not be selected: /,
    );
  });

  it("clears the list when the next insertion starts", async () => {
    const saluran = new Saluran<HasilSisip>();
    const root = document.createElement("section");
    const sisipkan = jest.fn(() => new Promise<HasilSisip>(() => undefined));
    const { bagian } = pasangSisip(root, "id", sisipkan, saluran);
    saluran.kirim(HASIL);
    expect(root.querySelectorAll("#sisip-berikut li").length).toBe(3);
    void bagian.sisipkan();
    expect(root.querySelectorAll("#sisip-berikut li").length).toBe(0);
  });
});
