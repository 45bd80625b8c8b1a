/** @jest-environment jsdom */
import { pasangSisip } from "../../src/taskpane/sisip/pasang";

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
