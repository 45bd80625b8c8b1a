import JSZip from "jszip";

const ENTITAS: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'" };
const teksXml = (xml: string): string =>
  xml.replace(/<[^>]+>/g, "").replace(/&(quot|amp|lt|gt|apos);/g, (_, e: string) => ENTITAS[e]);

export interface ParagrafDocx {
  gaya: string | undefined;
  teks: string;
  xml: string;
}

/** A .docx opened for assertions: its parts, paragraphs, sections and picture sizes. */
export async function bukaDocx(isi: Buffer) {
  const zip = await JSZip.loadAsync(isi);
  const bagian = async (nama: string) => (await zip.file(nama)?.async("string")) ?? "";
  const dokumen = await bagian("word/document.xml");
  const paragraf: ParagrafDocx[] = [...dokumen.matchAll(/<w:p[ >].*?<\/w:p>/g)].map(([xml]) => ({
    gaya: /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1],
    teks: teksXml(xml),
    xml,
  }));
  // A section ends at a paragraph's sectPr, the last one at the body's own.
  const bagianSeksi = dokumen.split(/(?=<w:sectPr>)/).slice(1);
  const seksi = bagianSeksi.map((s) => ({
    arah: /w:orient="(\w+)"/.exec(s)?.[1],
    kaki: /<w:footerReference w:type="default" r:id="(\w+)"/.exec(s)?.[1],
  }));
  const gambar = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => n.startsWith("word/media/"))
      .map(async (n) => {
        const b = await zip.file(n)!.async("nodebuffer");
        return { nama: n, lebar: b.readUInt32BE(16), tinggi: b.readUInt32BE(20) }; // PNG IHDR
      }),
  );
  return { zip, bagian, dokumen, paragraf, seksi, gambar, teks: paragraf.map((p) => p.teks).join("\n") };
}

/** The text of the paragraphs between `dari` and the next caption, where a table's rows are. */
export function setelah(paragraf: readonly ParagrafDocx[], dari: string, n: number): string[] {
  const i = paragraf.findIndex((p) => p.teks === dari);
  if (i < 0) throw new Error(`tidak ada paragraf "${dari}"`);
  return paragraf.slice(i + 1, i + 1 + n).map((p) => p.teks);
}
