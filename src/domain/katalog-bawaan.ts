import data from "../../katalog/dkukmperindag-ppu-2025.json";
import { Katalog } from "./types";

/**
 * The built-in catalog: the 2025 IKU of DKUKMPERINDAG Kabupaten Penajam Paser Utara. Its Renstra
 * period (2024–2026), the head's position and the place are the document's; it states no kondisi awal
 * and no programs, so none are invented.
 */
export const KATALOG_BAWAAN = data as Katalog;
