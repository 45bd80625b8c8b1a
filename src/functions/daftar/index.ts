import { EFISIENSI, SERAPAN } from "./fungsi-anggaran";
import { CAPAIAN, CAPAIAN_RENTANG, PREDIKAT, STATUS, TREN } from "./fungsi-capaian";
import { IKM, MUTU_PELAYANAN, SAMPEL_IKM } from "./fungsi-ikm";
import type { EntriFungsi } from "./jenis";
import { INDIKATOR, TARGET } from "./fungsi-katalog";
import { AGREGAT, PERTUMBUHAN, UTTP_GROWTH } from "./fungsi-pertumbuhan";
import { INDUK, TINGKAT } from "./fungsi-renstra";
import { CAPAIAN_TW } from "./fungsi-triwulan";

export type * from "./jenis";

/**
 * The one registry of the IKU custom functions, in the order of functions.ts: the English
 * metadata, the help page and the pane's reference are written from it, and tests check the
 * JSDoc and every worked example against it. Pure data, so the pane can import it.
 */
export const DAFTAR_FUNGSI: readonly EntriFungsi[] = [
  CAPAIAN,
  CAPAIAN_RENTANG,
  UTTP_GROWTH,
  PERTUMBUHAN,
  PREDIKAT,
  STATUS,
  TARGET,
  INDIKATOR,
  IKM,
  MUTU_PELAYANAN,
  SAMPEL_IKM,
  AGREGAT,
  SERAPAN,
  EFISIENSI,
  TREN,
  TINGKAT,
  INDUK,
  CAPAIAN_TW,
];
