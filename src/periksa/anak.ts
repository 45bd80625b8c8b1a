/**
 * The worker process of `periksa` (see terpisah.ts): checks the files its parent sends, one at a
 * time, and reports rows, messages and output-name requests back in order. Rows go either as
 * ringkasan.csv text (what a run needs: no objects to clone and rebuild) or, for a parent that
 * asked for them, as row objects by column.
 */
import { periksaSatu, SaluranPeriksa } from "./satu-berkas";
import { pesanGagal } from "./pesan-berkas";
import { BarisRingkasan, barisCsv, barisTanpaTabel } from "./ringkasan";
import { Hitungan, TahananBerkas, TahananMemori, hitungBaris } from "./tahanan";
import { PesanAnak, PesanInduk, kemasBaris } from "./terpisah";

/** Rows go in batches: one message per row would cost more than judging it. */
const UKURAN_KIRIMAN = 2000;
/** CSV text goes in blocks of about this many characters. */
const UKURAN_TEKS = 1 << 16;

const kirim = (p: PesanAnak) => process.send!(p);
/** Waits until the message has left, so held rows never pile up in this process. */
const kirimTunggu = (p: PesanAnak) => new Promise<void>((r) => process.send!(p, undefined, {}, () => r()));

let csv = false;
let tertunda: BarisRingkasan[] = [];
let teks = "";
let hitung: Hitungan = { tercapai: 0, dinilai: 0 };
const siram = () => {
  if (teks.length > 0) kirim({ jenis: "csv", data: Buffer.from(teks, "utf8"), hitung });
  if (tertunda.length > 0) kirim({ jenis: "baris", baris: kemasBaris(tertunda) });
  tertunda = [];
  teks = "";
  hitung = { tercapai: 0, dinilai: 0 };
};
const tulis = (b: BarisRingkasan) => {
  if (csv) {
    hitungBaris(b, hitung);
    teks += barisCsv(b) + "\r\n";
    if (teks.length >= UKURAN_TEKS) siram();
  } else {
    tertunda.push(b);
    if (tertunda.length >= UKURAN_KIRIMAN) siram();
  }
};
let terimaNama: ((path: string) => void) | undefined;

const saluran: SaluranPeriksa = {
  lapor(pesan) {
    siram();
    kirim({ jenis: "lapor", pesan });
  },
  tulis,
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
  tahan() {
    if (!csv) return new TahananMemori(tulis);
    return new TahananBerkas(
      (path) => {
        siram();
        kirim({ jenis: "sementara", path });
      },
      async (data, h) => {
        siram();
        await kirimTunggu({ jenis: "csv", data, hitung: h });
      },
    );
  },
};

async function periksa(p: Extract<PesanInduk, { jenis: "periksa" }>): Promise<void> {
  const m = p.masukan;
  csv = p.csv;
  kirim({ jenis: "mulai" });
  const cpu = process.cpuUsage();
  let berhasil = false;
  try {
    berhasil = await periksaSatu(m, saluran);
  } catch (e) {
    // periksaSatu names every expected failure itself; this is the unexpected rest.
    const pesan = pesanGagal(e);
    tulis(barisTanpaTabel(m.label, "", "Berkas tidak terbaca", pesan));
    siram();
    kirim({ jenis: "lapor", pesan: `${m.label}: tidak dapat dibaca. ${pesan}` });
  }
  siram();
  // maxRSS is in kilobytes, CPU time in microseconds.
  const { user, system } = process.cpuUsage(cpu);
  kirim({
    jenis: "selesai",
    berhasil,
    mbPuncak: process.resourceUsage().maxRSS / 1024,
    detikCpu: (user + system) / 1e6,
  });
}

process.on("message", (p: PesanInduk) => {
  if (p.jenis === "nama") terimaNama?.(p.path);
  else void periksa(p);
});
process.on("disconnect", () => process.exit(0));
