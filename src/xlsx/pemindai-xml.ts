import { namaLokal } from "./teks-xml";

/**
 * Longest tag or held-back text, in characters: far above anything Office writes, low enough that
 * a hostile part cannot exhaust memory.
 */
export const BATAS_POTONGAN = 1 << 24;

/** The part is not the XML it claims to be (or is built to exhaust memory). */
export class GalatXml extends Error {}

/** What a scan reports; text only while `tangkap` is on, so skipped content costs no strings. */
export interface PengamatXml {
  buka(nama: string, tag: string, tutupSendiri: boolean): void;
  /** `tag` is the tag's text between "<" and ">" (without it for a self-closing tag's close). */
  tutup(nama: string, tag?: string): void;
  teks(s: string): void;
  tangkap: boolean;
  /** Set to stop scanning the rest of the document. */
  selesai?: boolean;
}

/**
 * A small streaming XML scanner for OOXML parts: start/end tags by local name and raw text
 * (entities left for the caller), fed in chunks of any size. No DTDs; comments, processing
 * instructions and CDATA are handled.
 */
export class PemindaiXml {
  private sisa = "";
  /** Absolute offset of `sisa`'s first character in the whole input. */
  private awalSisa = 0;
  /** Absolute offset just past the tag being reported (valid inside buka and tutup). */
  akhirTag = 0;

  constructor(private readonly pengamat: PengamatXml) {}

  isi(potongan: string): void {
    const p = this.pengamat;
    const buf = this.sisa + potongan;
    let pos = 0;
    while (!p.selesai) {
      const lt = buf.indexOf("<", pos);
      if (lt < 0) {
        if (p.tangkap && pos < buf.length) p.teks(buf.slice(pos));
        pos = buf.length;
        break;
      }
      if (p.tangkap && lt > pos) p.teks(buf.slice(pos, lt));
      const k = buf.charCodeAt(lt + 1);
      if (k === 33 /* ! */ || k === 63 /* ? */) {
        const lain = this.lewati(buf, lt);
        if (lain < 0) {
          pos = lt;
          break;
        }
        pos = lain;
        continue;
      }
      const gt = buf.indexOf(">", lt);
      if (gt < 0) {
        pos = lt;
        break;
      }
      const tag = buf.slice(lt + 1, gt);
      const nama = namaLokal(tag);
      this.akhirTag = this.awalSisa + gt + 1;
      if (tag.charCodeAt(0) === 47) p.tutup(nama, tag);
      else {
        const sendiri = tag.charCodeAt(tag.length - 1) === 47;
        p.buka(nama, tag, sendiri);
        if (sendiri) p.tutup(nama, tag);
      }
      pos = gt + 1;
    }
    this.awalSisa += pos;
    this.sisa = p.selesai ? "" : buf.slice(pos);
    if (this.sisa.length > BATAS_POTONGAN) throw new GalatXml("tag terlalu panjang");
  }

  /** Past a comment, CDATA section (its content is text) or declaration; -1 when it is incomplete. */
  private lewati(buf: string, lt: number): number {
    if (buf.startsWith("<![CDATA[", lt)) {
      const akhir = buf.indexOf("]]>", lt);
      if (akhir < 0) return -1;
      if (this.pengamat.tangkap)
        this.pengamat.teks(
          buf
            .slice(lt + 9, akhir)
            .replace(/&/g, "&amp;")
            .replace(/</g, "&lt;"),
        );
      return akhir + 3;
    }
    const penutup = buf.startsWith("<!--", lt) ? "-->" : ">";
    const akhir = buf.indexOf(penutup, lt + 2);
    return akhir < 0 ? -1 : akhir + penutup.length;
  }

  /** Input must have ended inside nothing. */
  get utuh(): boolean {
    return this.sisa.trim() === "";
  }
}
