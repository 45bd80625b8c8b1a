/**
 * The worker process of `periksa` (see terpisah.ts): checks the files its parent sends, one at a
 * time, and reports rows, messages and output-name requests back in order.
 */
import { periksaSatu } from "./satu-berkas";
import { pesanGagal } from "./pesan-berkas";
import { BarisRingkasan, barisTanpaTabel } from "./ringkasan";
import { PesanAnak, PesanInduk, kemasBaris } from "./terpisah";

/** Rows go in batches: one message per row would cost more than judging it. */
const UKURAN_KIRIMAN = 2000;

const kirim = (p: PesanAnak) => process.send!(p);
let tertunda: BarisRingkasan[] = [];
const siram = () => {
  if (tertunda.length > 0) kirim({ jenis: "baris", baris: kemasBaris(tertunda) });
  tertunda = [];
};
let terimaNama: ((path: string) => void) | undefined;

async function periksa(p: Extract<PesanInduk, { jenis: "periksa" }>): Promise<void> {
  const m = p.masukan;
  let berhasil = false;
  try {
    berhasil = await periksaSatu(m, {
      lapor(pesan) {
        siram();
        kirim({ jenis: "lapor", pesan });
      },
      tulis(b) {
        tertunda.push(b);
        if (tertunda.length >= UKURAN_KIRIMAN) siram();
      },
      nama(dasar) {
        siram();
        return new Promise((r) => {
          terimaNama = r;
          kirim({ jenis: "nama", dasar });
        });
      },
      salinanSelesai(path) {
        siram();
        kirim({ jenis: "salinan", path });
      },
    });
  } catch (e) {
    // periksaSatu names every expected failure itself; this is the unexpected rest.
    const pesan = pesanGagal(e);
    tertunda.push(barisTanpaTabel(m.label, "", "Berkas tidak terbaca", pesan));
    siram();
    kirim({ jenis: "lapor", pesan: `${m.label}: tidak dapat dibaca. ${pesan}` });
  }
  siram();
  // maxRSS is in kilobytes.
  kirim({ jenis: "selesai", berhasil, mbPuncak: process.resourceUsage().maxRSS / 1024 });
}

process.on("message", (p: PesanInduk) => {
  if (p.jenis === "nama") terimaNama?.(p.path);
  else void periksa(p);
});
process.on("disconnect", () => process.exit(0));
