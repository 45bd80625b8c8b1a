import { Document, Packer } from "docx";
import JSZip from "jszip";
import { TabelDokumen, tabelWord } from "../../../src/laporan/docx/tabel";

/** The rows under the header of a table written alone in a document, as XML. */
async function barisTabel(t: TabelDokumen): Promise<string[]> {
  const doc = new Document({ sections: [{ children: [tabelWord(t, 9638)] }] });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const xml = await zip.file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0]).slice(1);
}

const tabel = (baris: number, catatan: string[]): TabelDokumen => ({
  judul: "Tabel 3.1 Contoh",
  kolom: [
    { judul: "No", rata: "tengah" },
    { judul: "Indikator", rata: "kiri" },
  ],
  baris: Array.from({ length: baris }, (_, i) => [String(i + 1), `Indikator ${i + 1}`]),
  catatan,
});

describe("tabelWord keeps notes with their table", () => {
  it("keeps a table of a page or less whole with its notes", async () => {
    const baris = await barisTabel(tabel(15, ["Catatan metode: contoh."]));
    expect(baris).toHaveLength(15);
    for (const b of baris) expect(b).toContain("<w:keepNext/>");
  });

  it("keeps only the last row of a longer table with its notes, so the table may break across pages", async () => {
    const baris = await barisTabel(tabel(16, ["Catatan metode: contoh."]));
    expect(baris.filter((b) => b.includes("<w:keepNext/>"))).toEqual([baris[15]]);
  });

  it("asks nothing of a table without notes", async () => {
    const baris = await barisTabel(tabel(3, []));
    expect(baris.some((b) => b.includes("<w:keepNext/>"))).toBe(false);
  });
});
