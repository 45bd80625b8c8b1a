/** @jest-environment jsdom */
import { KUNCI_PANDUAN, pasangPanduan, renderPanduan, type Penyimpanan } from "../../src/taskpane/panduan";

function penyimpanan(awal: Record<string, string> = {}): Penyimpanan & { isi: Record<string, string> } {
  const isi = { ...awal };
  return { isi, getItem: (k) => isi[k] ?? null, setItem: (k, v) => void (isi[k] = v) };
}

function pasang(simpan: Penyimpanan | null, bahasa: "id" | "en" = "id") {
  const root = document.createElement("section");
  root.id = "panduan";
  const buka = document.createElement("button");
  document.body.replaceChildren(buka, root);
  return { root, buka, panduan: pasangPanduan(root, buka, bahasa, simpan) };
}

describe("the first-run guide", () => {
  it.each([
    ["id", "Mulai dalam empat langkah", "Mengerti, tutup panduan"],
    ["en", "Get started in four steps", "Got it, close the guide"],
  ] as const)("renders a heading, four steps and a close button in %s", (bahasa, judul, tutup) => {
    const { simpul } = renderPanduan(bahasa);
    expect(simpul.map((e) => e.textContent?.slice(0, 25))).toEqual([
      judul.slice(0, 25),
      expect.any(String),
      tutup.slice(0, 25),
    ]);
    expect(simpul[1].querySelectorAll("li")).toHaveLength(4);
  });

  it("opens on the first visit and remembers it", () => {
    const simpan = penyimpanan();
    const { root, buka } = pasang(simpan);
    expect([root.hidden, buka.getAttribute("aria-expanded"), simpan.isi]).toEqual([
      false,
      "true",
      { [KUNCI_PANDUAN]: "1" },
    ]);
  });

  it("stays closed on a later visit and reopens from the header button, focus following", () => {
    const { root, buka } = pasang(penyimpanan({ [KUNCI_PANDUAN]: "1" }));
    expect(root.hidden).toBe(true);
    buka.click();
    expect([root.hidden, document.activeElement?.id]).toEqual([false, "judul-panduan"]);
    root.querySelector<HTMLButtonElement>("#tutup-panduan")!.click();
    expect([root.hidden, document.activeElement, buka.getAttribute("aria-expanded")]).toEqual([
      true,
      buka,
      "false",
    ]);
  });

  it("still opens where storage throws", () => {
    const rusak: Penyimpanan = {
      getItem: () => {
        throw new DOMException("diblokir", "SecurityError");
      },
      setItem: () => {
        throw new DOMException("diblokir", "SecurityError");
      },
    };
    expect(pasang(rusak).panduan.terbuka).toBe(true);
  });
});
