/**
 * Puts the emulator behind Microsoft's Excel client library: every context.sync() the library
 * serializes arrives here as one request and is answered from the workbook model. Plain
 * TypeScript without Node APIs, so the same code runs in Jest and in a browser page.
 */
import { Kuirk } from "./kuirk";
import { Hitung, Buku } from "./model";
import {
  BATAS_BAWAAN,
  bita,
  buatSesi,
  hanyaPembersihan,
  Penolak,
  Permintaan,
  prosesPermintaan,
} from "./proses";

/** Bytes and round trips of one Excel.run (or of everything, for `semua`). */
export interface Rekaman {
  syncs: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  /** Actions across the syncs (the library's cleanup-only request is no sync, so not counted). */
  actions: number;
  /**
   * The request body as it travels inside the host's message: UTF-8 length of
   * JSON.stringify(bodyText), every quote and backslash escaped once more.
   */
  largestEscapedRequestBytes: number;
  totalEscapedRequestBytes: number;
}

/** Which size of a request the limit applies to: escaped (as carried in the host's message) or raw. */
export type BentukBatas = "terlolos" | "mentah";

export interface OpsiEmulator {
  /** Largest request body Excel accepts, in bytes; 5 MB as Excel on the web. */
  batasPermintaan?: number;
  /**
   * Which size `batasPermintaan` applies to: "terlolos" (default), the body escaped once more inside
   * the host's message, which Excel on the web may count; "mentah", the JSON body itself.
   */
  batasPada?: BentukBatas;
  /**
   * How an oversize request is refused: "RequestPayloadSizeLimitExceeded" (HTTP 413, default) or
   * "GeneralException", the internal error Excel on the web may answer instead for an oversize batch.
   */
  galatUkuran?: "RequestPayloadSizeLimitExceeded" | "GeneralException";
  /** Largest response body, in bytes; 5 MB as Excel on the web. */
  batasJawaban?: number;
  /** Values of formulas, for reads; without it, reading a formula's value is refused. */
  hitung?: Hitung;
  /** A refusal forced on chosen actions, a test's stand-in for any refusal of Excel mid-batch. */
  tolak?: Penolak;
  /** Excel's known faults and refusing states, each off by default (see kuirk.ts). */
  kuirk?: Kuirk;
}

export interface Host {
  buku: Buku;
  semua: Rekaman;
  /** One entry per Excel.run, in call order. */
  perRun: Rekaman[];
  /** Every request body as the library sent it, newest last (kept for tests that inspect them). */
  permintaan: Permintaan[];
  /** Replaces the forced refusal (option `tolak`) from now on; undefined lifts it. */
  tolakDengan(p: Penolak | undefined): void;
  /** Replaces the quirk switches (option `kuirk`) from now on; request counts start again. */
  kuirkDengan(k: Kuirk): void;
}

const kosong = (): Rekaman => ({
  syncs: 0,
  largestRequestBytes: 0,
  largestResponseBytes: 0,
  totalRequestBytes: 0,
  totalResponseBytes: 0,
  actions: 0,
  largestEscapedRequestBytes: 0,
  totalEscapedRequestBytes: 0,
});

/** One request's measures, as the recorder adds them up. */
interface Ukuran {
  minta: number;
  mintaLolos: number;
  aksi: number;
  sync: boolean;
}

function catat(r: Rekaman, u: Ukuran, jawab: number): void {
  if (u.sync) {
    r.syncs += 1;
    r.actions += u.aksi;
  }
  r.largestRequestBytes = Math.max(r.largestRequestBytes, u.minta);
  r.largestResponseBytes = Math.max(r.largestResponseBytes, jawab);
  r.totalRequestBytes += u.minta;
  r.totalResponseBytes += jawab;
  r.largestEscapedRequestBytes = Math.max(r.largestEscapedRequestBytes, u.mintaLolos);
  r.totalEscapedRequestBytes += u.mintaLolos;
}

interface Klien {
  OfficeExtension: {
    ClientRequestContext: { defaultRequestUrlAndHeaders: unknown };
    HttpUtility: { setCustomSendRequestFunc(f: (req: { body: unknown }) => Promise<unknown>): void };
  };
  Excel: { run: (...a: unknown[]) => Promise<unknown> };
}

const galatHttp = (status: number, code: string, message: string) => ({
  statusCode: status,
  headers: {},
  body: JSON.stringify({ error: { code, message } }),
});

/** Whether this request is the one a countdown switch picks; counts it down, firing once. */
function giliran(k: Kuirk, nama: "konflik" | "waktuHabis"): boolean {
  const n = k[nama];
  if (n === undefined) return false;
  k[nama] = n - 1 > 0 ? n - 1 : undefined;
  return n === 1;
}

/** A refusal of the whole request before anything of it runs, from the switches of a state of Excel. */
function tolakanKeadaan(k: Kuirk): { Code: string; Message: string; HttpStatusCode: number } | undefined {
  if (k.modeSuntingSel)
    return {
      Code: "InvalidOperationInCellEditMode",
      Message: "The operation isn't available while Excel is in Edit cell mode.",
      HttpStatusCode: 400,
    };
  if (giliran(k, "konflik"))
    return {
      Code: "Conflict",
      Message: "Request could not be processed because of a conflict.",
      HttpStatusCode: 409,
    };
  return undefined;
}

/** Installs the emulator into a global that holds the loaded client library. */
export function pasangEmulator(g: Klien, buku: Buku, opsi: OpsiEmulator = {}): Host {
  const batasMinta = opsi.batasPermintaan ?? BATAS_BAWAAN;
  const batasJawab = opsi.batasJawaban ?? BATAS_BAWAAN;
  const sesi = buatSesi(buku, opsi.tolak, opsi.kuirk);
  const host: Host = {
    buku,
    semua: kosong(),
    perRun: [],
    permintaan: [],
    tolakDengan: (p) => (sesi.penolak = p),
    kuirkDengan: (k) => (sesi.kuirk = { ...k }),
  };
  g.OfficeExtension.ClientRequestContext.defaultRequestUrlAndHeaders = {
    url: "http://emulator/",
    headers: {},
  };
  g.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (req) => {
    const teks = typeof req.body === "string" ? req.body : JSON.stringify(req.body);
    const minta = (typeof req.body === "string" ? JSON.parse(req.body) : req.body) as Permintaan;
    const u: Ukuran = {
      minta: bita(teks),
      mintaLolos: bita(JSON.stringify(teks)),
      aksi: minta.Actions.length,
      // The library's own cleanup request after Excel.run costs bytes but is no sync of the add-in.
      sync: !hanyaPembersihan(minta),
    };
    const tulis = (jawab: number) => {
      catat(host.semua, u, jawab);
      if (host.perRun.length > 0) catat(host.perRun[host.perRun.length - 1], u, jawab);
    };
    const n = opsi.batasPada === "mentah" ? u.minta : u.mintaLolos;
    if (n > batasMinta) {
      tulis(0);
      // Refused before anything runs: the whole batch is lost.
      if (opsi.galatUkuran === "GeneralException") {
        const galat = {
          Code: "GeneralException",
          Message: `There was an internal error while processing the request. (permintaan ${n} bita > ${batasMinta})`,
          HttpStatusCode: 500,
        };
        return { statusCode: 200, headers: {}, body: JSON.stringify({ Error: galat }) };
      }
      return galatHttp(
        413,
        "RequestPayloadSizeLimitExceeded",
        `Permintaan ${n} bita melebihi batas ${batasMinta} bita`,
      );
    }
    // A copy: the library rewrites its request objects once answered (paths become reference ids).
    host.permintaan.push(typeof req.body === "string" ? minta : (JSON.parse(teks) as Permintaan));
    const sebelum = u.sync ? tolakanKeadaan(sesi.kuirk) : undefined;
    if (sebelum) {
      tulis(0);
      return { statusCode: 200, headers: {}, body: JSON.stringify({ Error: sebelum }) };
    }
    const jawab = JSON.stringify(prosesPermintaan(sesi, minta));
    const m = bita(jawab);
    tulis(m);
    if (u.sync && giliran(sesi.kuirk, "waktuHabis")) {
      // The actions ran; the answer never arrives.
      const galat = {
        Code: "RequestAborted",
        Message: "The request was aborted during run time.",
        HttpStatusCode: 500,
      };
      return { statusCode: 200, headers: {}, body: JSON.stringify({ Error: galat }) };
    }
    if (m > batasJawab) {
      // The actions already ran (batches are not atomic); only their results are refused.
      const galat = {
        Code: "ResponsePayloadSizeLimitExceeded",
        Message: `Jawaban ${m} bita melebihi batas ${batasJawab} bita`,
        HttpStatusCode: 400,
      };
      return { statusCode: 200, headers: {}, body: JSON.stringify({ Error: galat }) };
    }
    return { statusCode: 200, headers: {}, body: jawab };
  });
  // A second installation replaces the first: only the newest host records.
  type Run = Klien["Excel"]["run"] & { asli?: Klien["Excel"]["run"] };
  const asli = (g.Excel.run as Run).asli ?? g.Excel.run;
  const run: Run = (...arg: unknown[]) => {
    host.perRun.push(kosong());
    return asli.apply(g.Excel, arg);
  };
  run.asli = asli;
  g.Excel.run = run;
  return host;
}
