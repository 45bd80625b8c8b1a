/**
 * Each workbook is read in a worker process with its own memory ceiling and time limit (anak.ts),
 * so a file that exhausts memory, crashes the engine or takes too long costs only its own result:
 * the parent keeps the summary, writes the failing file's row with the reason, removes its
 * unfinished copy and temporary files, and starts a fresh worker for the next file. One worker
 * serves files one after another while they end normally, and stays for the next run in the same
 * process (idle, it keeps nothing alive).
 */
import { ChildProcess, fork } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Masukan } from "./berkas";
import { JenisGagal, MEMORI_PER_BERKAS_MB, PESAN_BERKAS, WAKTU_PER_BERKAS_MS } from "./pesan-berkas";
import { BarisRingkasan, barisTanpaTabel } from "./ringkasan";
import { SaluranBerkas } from "./satu-berkas";
import { Hitungan } from "./tahanan";

const KOLOM = [
  "berkas",
  "lembar",
  "periode",
  "indikator",
  "sel",
  "target",
  "realisasi",
  "capaian",
  "predikat",
  "status",
  "keterangan",
] as const satisfies readonly (keyof BarisRingkasan)[];

/** Rows by column: arrays of plain values cross the channel several times faster than objects. */
export type KolomRingkasan = { [K in (typeof KOLOM)[number]]: BarisRingkasan[K][] };

export function kemasBaris(baris: readonly BarisRingkasan[]): KolomRingkasan {
  const k = Object.fromEntries(KOLOM.map((n) => [n, new Array(baris.length)])) as KolomRingkasan;
  baris.forEach((b, i) => {
    for (const n of KOLOM) k[n][i] = b[n] as never;
  });
  return k;
}

export function bongkarBaris(k: KolomRingkasan): BarisRingkasan[] {
  return k.berkas.map((berkas, i) => ({
    berkas,
    lembar: k.lembar[i],
    periode: k.periode[i],
    indikator: k.indikator[i],
    sel: k.sel[i],
    target: k.target[i],
    realisasi: k.realisasi[i],
    // The summary tells a capaian of none from one of 0: keep it absent, as the worker had it.
    ...(k.capaian[i] === undefined ? {} : { capaian: k.capaian[i] }),
    predikat: k.predikat[i],
    status: k.status[i],
    keterangan: k.keterangan[i],
  }));
}

/** Parent to worker; `csv`: rows as ringkasan.csv text rather than row objects. */
export type PesanInduk =
  { jenis: "periksa"; masukan: Masukan; csv: boolean } | { jenis: "nama"; path: string };

/** Worker to parent, in the order things happened. */
export type PesanAnak =
  | { jenis: "baris"; baris: KolomRingkasan }
  | { jenis: "csv"; data: Uint8Array; hitung: Hitungan }
  | { jenis: "sementara"; path: string }
  | { jenis: "mulai" }
  | { jenis: "lapor"; pesan: string }
  | { jenis: "nama"; dasar: string }
  | { jenis: "salinan"; path: string }
  | { jenis: "selesai"; berhasil: boolean; mbPuncak: number; detikCpu: number };

export interface HasilTerpisah {
  berhasil: boolean;
  /** The worker's peak resident memory so far, in MB (undefined when it died). */
  mbPuncak?: number;
  /** CPU seconds the worker spent on this file (undefined when it died): a figure load does not skew. */
  detikCpu?: number;
}

/** Why a worker died: the engine's own words for running out of memory, or its abort signals. */
export function sebabMati(stderr: string, sinyal: NodeJS.Signals | null): JenisGagal {
  const memori =
    /out of memory|invalid size error|Invalid (array|string|typed array) length|Allocation failed/i.test(
      stderr,
    ) ||
    sinyal === "SIGABRT" ||
    sinyal === "SIGTRAP" ||
    sinyal === "SIGKILL";
  return memori ? "memori" : "rusak";
}

export class PekerjaTerpisah {
  /**
   * @param mb the worker's heap ceiling, @param ms the time one file may take (both lower only in
   * tests, to see a worker stopped)
   */
  constructor(
    private readonly mb = MEMORI_PER_BERKAS_MB,
    private readonly ms = WAKTU_PER_BERKAS_MS,
  ) {}

  private anak?: ChildProcess;
  private stderr = "";
  /** Files are checked one at a time, whoever asks. */
  private antrean: Promise<unknown> = Promise.resolve();

  private mulai(): ChildProcess {
    const anak = fork(join(__dirname, "anak.ts"), [], {
      execArgv: ["--import", pathToFileURL(require.resolve("tsx")).href, `--max-old-space-size=${this.mb}`],
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    anak.stderr!.setEncoding("utf8");
    // Only the end is needed to tell why it died.
    anak.stderr!.on("data", (s: string) => (this.stderr = (this.stderr + s).slice(-1 << 16)));
    return anak;
  }

  /** Checks one file in the worker; never rejects. */
  periksa(m: Masukan, s: SaluranBerkas): Promise<HasilTerpisah> {
    const hasil = this.antrean.then(() => this.periksaKini(m, s));
    this.antrean = hasil;
    return hasil;
  }

  /** Whether the worker holds the process open: while it works, not while it waits. */
  private pegang(anak: ChildProcess, ya: boolean): void {
    for (const h of [anak, anak.channel, anak.stderr]) {
      const x = h as { ref?: () => void; unref?: () => void } | null | undefined;
      if (ya) x?.ref?.();
      else x?.unref?.();
    }
  }

  private periksaKini(m: Masukan, s: SaluranBerkas): Promise<HasilTerpisah> {
    const anak = (this.anak ??= this.mulai());
    this.pegang(anak, true);
    this.stderr = "";
    const diberi: string[] = [];
    const lengkap = new Set<string>();
    const sementara: string[] = [];
    let habis = false;
    return new Promise((selesai) => {
      let waktu: NodeJS.Timeout | undefined;
      const lepas = () => {
        clearTimeout(waktu);
        anak.off("message", pesan);
        anak.off("close", mati);
      };
      const pesan = (p: PesanAnak) => {
        // The clock runs from the file's start, not the worker's: past it the worker is stopped
        // and its "close" writes the file's row.
        if (p.jenis === "mulai")
          waktu = setTimeout(() => {
            habis = true;
            anak.kill("SIGKILL");
          }, this.ms);
        else if (p.jenis === "baris") for (const b of bongkarBaris(p.baris)) s.tulis(b);
        else if (p.jenis === "csv") s.tulisCsv!(p.data, p.hitung);
        else if (p.jenis === "sementara") sementara.push(p.path);
        else if (p.jenis === "lapor") s.lapor(p.pesan);
        else if (p.jenis === "nama")
          void s.nama(p.dasar).then((path) => {
            diberi.push(path);
            anak.send({ jenis: "nama", path } satisfies PesanInduk);
          });
        else if (p.jenis === "salinan") {
          lengkap.add(p.path);
          s.salinanSelesai(p.path);
        } else {
          lepas();
          this.pegang(anak, false);
          selesai({ berhasil: p.berhasil, mbPuncak: p.mbPuncak, detikCpu: p.detikCpu });
        }
      };
      // "close", not "exit": every message the worker sent has been delivered by then.
      const mati = (_: number | null, sinyal: NodeJS.Signals | null) => {
        lepas();
        this.anak = undefined;
        for (const path of diberi) if (!lengkap.has(path)) rmSync(path, { force: true });
        for (const path of sementara) rmSync(path, { recursive: true, force: true });
        const alasan = PESAN_BERKAS[habis ? "waktu" : sebabMati(this.stderr, sinyal)];
        s.lapor(`${m.label}: tidak dapat dibaca. ${alasan}`);
        s.tulis(barisTanpaTabel(m.label, "", "Berkas tidak terbaca", alasan));
        selesai({ berhasil: false });
      };
      anak.on("message", pesan);
      anak.on("close", mati);
      anak.send({ jenis: "periksa", masukan: m, csv: s.tulisCsv !== undefined } satisfies PesanInduk);
    });
  }
}

/** The worker of this process's `periksa` runs. */
export const PEKERJA = new PekerjaTerpisah();
